"""A found person's name written as an identifier is the same person (the wire only): engine.py propagation with
name_identifiers.name_identifier_forms. Dev set (written before the change) and check set (written after)."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.identifier_pieces import identifier_words
from redactor.detect.name_identifiers import name_identifier_forms
from redactor.policy import load_policy
from tests.wire_coverage import covered_by_one_finding


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str, role: str = "user", kind: str = "prose") -> bool:
    return covered_by_one_finding(engine, text, value, role, kind)


DEV = [
    ("The refund for Marta Kowalczyk failed again, see the test:\n\n"
     "def test_refund_for_marta_kowalczyk(client):\n    assert client.refund(order_id=7).ok", "marta_kowalczyk"),
    ("Customer Jane Okonkwo says her account is locked.\n\nconst janeOkonkwoAccount = await loadAccount(42);",
     "janeOkonkwo"),
    ("Please anonymise the seed data before Priya Raghunathan reviews it.\n\n"
     "MATCH (p:Person) WHERE p.id = 'PriyaRaghunathan' RETURN p", "PriyaRaghunathan"),
    ("Ticket from Tomasz Wieczorek: the export is wrong.\n$ ls exports/\ntomasz-wieczorek-2024-03.csv  summary.csv",
     "tomasz-wieczorek"),
    ("Dr. Henrike Brandstätter is on leave.\nfunc TestInvoiceHenrikeBrandstätter(t *testing.T) {}",
     "HenrikeBrandstätter"),
    ("Beneficiary: Oluwaseun Adeyemi\nexport const OLUWASEUN_ADEYEMI_IBAN = process.env.IBAN_1;",
     "OLUWASEUN_ADEYEMI"),
    ("The fixture for Fenella Ashcombe is stale:\n  fixtures/users/fenella.ashcombe.yml", "fenella.ashcombe"),
    ("Support note: Kwabena Mensah called twice.\n    @Test void refundsKwabenaMensahTwice() {}",
     "KwabenaMensah"),
    # The surname alone, lower case, as a whole word of an identifier or path.
    ("Invoice dispute from Marta Kowalczyk.\n  tests/refunds/test_kowalczyk_dispute.py::test_partial FAILED",
     "kowalczyk"),
    ("Yusuf Demirtaş needs a new laptop.\n$ git log --oneline\n3f2a1c9 onboarding: add demirtaş_laptop_request",
     "demirtaş"),
]

CLEAN = [
    ("Mark Hunter approved the change.\n\nmark_hunter = False  # unrelated flag name", "mark_hunter"),
    ("Ask Data Loader team? No: Grace Data is a person.\nclass DataLoader: pass", "DataLoader"),
]


@pytest.mark.parametrize("text, value", DEV)
def test_dev_a_found_name_in_an_identifier(engine, text, value):
    assert covered(engine, text, value), value


def test_identifier_words_split_snake_camel_kebab_and_dots():
    assert identifier_words("test_refund_for_marta_kowalczyk") == ["test", "refund", "for", "marta", "kowalczyk"]
    assert identifier_words("janeOkonkwoAccount") == ["jane", "Okonkwo", "Account"]
    assert identifier_words("HTTPServerName") == ["HTTP", "Server", "Name"]
    assert identifier_words("tomasz-wieczorek-2024.csv") == ["tomasz", "wieczorek", "2024", "csv"]
    # A run of capitals is one word, in constants and in env keys read as one word (`PGUSER`).
    assert identifier_words("OLUWASEUN_ADEYEMI_IBAN") == ["OLUWASEUN", "ADEYEMI", "IBAN"]
    assert identifier_words("PGUSER") == ["PGUSER"]


def test_forms_of_a_two_word_name():
    forms = set(name_identifier_forms("Marta Kowalczyk"))
    assert {"marta_kowalczyk", "MartaKowalczyk", "martaKowalczyk", "MARTA_KOWALCZYK", "marta-kowalczyk",
            "marta.kowalczyk"} <= forms
    assert name_identifier_forms("Kowalczyk") == ()
    assert name_identifier_forms("Data Loader") == ()
    assert name_identifier_forms("Jenkins Pipeline") == () == name_identifier_forms("Django Rest")
    # The surname alone only where name_case_variants takes it in lower case: a listed surname that is no
    # ordinary English word ("gallagher", however frequent), not "baker" or "hunter".
    assert "kowalczyk" in name_identifier_forms("Marta Kowalczyk")
    assert "gallagher" in name_identifier_forms("Siobhan Gallagher")
    assert "baker" not in name_identifier_forms("Emma Baker")
    assert "hunter" not in name_identifier_forms("Tom Hunter")


# Written after the code, never tuned on.
CHECK = [
    ("Seed data for Aigerim Bekova is wrong.\n\nlet(:aigerim_bekova) { create(:user, email: 'x@example.test') }",
     "aigerim_bekova"),
    ("Our patient Rukhsana Siddiqui got a double charge.\n$rukhsanaSiddiquiInvoice = Invoice::find(881);",
     "rukhsanaSiddiqui"),
    ("Ledger for Bogdan Petrenko attached.\nvar BogdanPetrenkoLedger = ledger.Open(\"2024\")", "BogdanPetrenko"),
    ("Escalation: Ingrid Solberg asked for deletion.\n"
     "DELETE FROM users WHERE login = 'ingrid.solberg';", "ingrid.solberg"),
    ("Report from Chukwuemeka Obi on the outage.\n  owner: CHUKWUEMEKA_OBI_ONCALL", "CHUKWUEMEKA_OBI"),
    ("Assigned to Valentina Ricci.\n git checkout -b fix/valentina-ricci-address", "valentina-ricci"),
    ("Mail from lucia.fernandez@example.org about her order.\n"
     "it('refunds luciaFernandez twice', async () => {})", "luciaFernandez"),
    ("Anneliese Vogt wrote in.\nprivate static final String ANNELIESE_VOGT_ID = \"x\";", "ANNELIESE_VOGT"),
]

CHECK_CLEAN = [
    ("Rose Baker filed the bug.\nrose_baker = Bakery.new  # the baking module", "rose_baker"),
    ("Dr. Will Power presented the results.\nwill_power = compute_score(run)", "will_power"),
]


@pytest.mark.parametrize("text, value", CHECK)
def test_check_a_found_name_in_an_identifier(engine, text, value):
    assert covered(engine, text, value), value


@pytest.mark.parametrize("text, value", CLEAN + CHECK_CLEAN)
def test_identifiers_made_of_words_stay(engine, text, value):
    assert not covered(engine, text, value)
