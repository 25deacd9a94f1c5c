"""Round 11 (ids11): identifiers of people in sentences and chat lines, and birth dates in a record whose cue is
elsewhere.

- ids_near_cues.py: a number of an identifier's length near a cue word naming an id kind (several words before it,
  after it on its line, or in the question a line or two above, in several languages; grouped by spaces, dots or
  dashes) is that kind of number, doubtful. Not a date, year, time, amount, count, IP, version or a thing's number.

Dev examples first (written before the change), then a check set written after it; negatives for each mechanism.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.ids_near_cues import find_ids_near_cues
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    start = text.index(value)
    spans = engine.detect([Segment(text, kind="prose")])[0]
    return any(span.start <= start and start + len(value) <= span.end for span in spans)


def found_values(engine: DetectionEngine, text: str) -> list[str]:
    return [text[span.start:span.end] for span in engine.detect([Segment(text, kind="prose")])[0]]


# --- ids near a cue word ----------------------------------------------------------------------------------------------
NEAR_DEV = [
    ('Quick question about my tax return - the SSN I put down was 523 41 8870, is that the right format?', '523 41 8870'),
    ('hi, renewing my passport. the old one, number 548213907, expires next month', '548213907'),
    ('Meu CPF mudou? não, continua 39053344705 mas o sistema recusa', '39053344705'),
    ('Agent: Can you confirm your BSN please?\nCustomer: sure 1234 56 782', '1234 56 782'),
    ('For the Aadhaar linking I entered 4821 7730 9152 twice and it failed', '4821 7730 9152'),
    ('my personnummer, if you need it for the form, should be 19850312-4471 i think', '19850312-4471'),
    ("I think the NIN they have on file (it's 38291044712) belongs to my brother", '38291044712'),
    ('The member ID on the back of my card reads 88213-0041-7 but the portal says not found', '88213-0041-7'),
    ('Hola, les paso mi DNI para el trámite, es el 48291734 sin la letra', '48291734'),
    ('Die Mitgliedsnummer steht auf der Karte: vermutlich 4471 2093 55, bitte prüfen', '4471 2093 55'),
    ('Employee 30918842 (national insurance details on file) asked for payslips', '30918842'),
    ("77082514178 - that's the PESEL from her old ID card, the new one differs", '77082514178'),
    ('User: what do you need from me?\nBot: your tax file number so payroll can lodge it\nUser: 123 456 782', '123 456 782'),
    ('Customer says the policy number printed on the renewal letter, 0041882731, no longer works.', '0041882731'),
    ("student number? 2019004471, I'm in second year of the nursing course", '2019004471'),
    ("il numero della carta d'identità è CA12345 e scade a giugno", 'CA12345'),
    ('Lookup result: driver licence for that applicant on record as D4821773, status valid', 'D4821773'),
    ('We wired the refund to account number ending... actually full one is 40221873 at Barclays', '40221873'),
    ('Her NHS number got typed as 943.476.5919 on the referral letter', '943.476.5919'),
    ('caller gave patient ID M-204518 and asked about lab results', 'M-204518'),
]
# written after the change
NEAR_CHECK = [
    ("Bonjour, le numéro de client qu'on m'a donné au téléphone c'était 7730418, pas l'autre", '7730418'),
    ('My SIN got rejected; the clerk typed 0464 54286 instead', '0464 54286'),
    ('{"note": "caller verified with their Medicare card, number 2953 41870 1"}', '2953 41870 1'),
    ('Kundennummer? Die alte war 10048823, die neue kommt per Post.', '10048823'),
    ('He read out 5029 1187 4436 as his voter ID, twice.', '5029 1187 4436'),
    ('Support: please send the passport details.\nMe: ok\nMe: X4471920', 'X4471920'),
    ('Patient number for Mrs Dube, per the ward sheet, was 0071-4482, can you pull her chart', '0071-4482'),
    ('the clinic wants your IC number again, the one you gave was 880312-14-5566', '880312-14-5566'),
    ('Sent the pension number (7720 1183 09) to HR yesterday', '7720 1183 09'),
    ('numer klienta w systemie to 55120934 - sprawdź proszę', '55120934'),
    ('For the visa form: passeport n° 19AB44211, délivré à Lyon', '19AB44211'),
    ('The insurance card shows subscriber ID 88 2210 4471 01 under the barcode.', '88 2210 4471 01'),
    ('Bank says the account number is wrong: they have 0012 4471 8830 on file', '0012 4471 8830'),
    ('registration went through with my ID number 7105125800081 finally', '7105125800081'),
    ('Mi cédula es la 1.020.445.318 y el nombre está bien escrito', '1.020.445.318'),
    ("staff no. is on my lanyard... 004471, sorry it's faded", '004471'),
]
NEAR_NEGATIVES = [
    'Ticket 558213 about a passport renewal was closed on Friday.',
    'The passport office sold 1250000 forms in 2024, about 12.5 percent more.',
    'Our employee count grew from 2019 to 2024; 1500 people joined.',
    'Member ID lookups take 250 ms on average and 1200 ms at p99.',
    'A national insurance rise of 1.25 percent was announced in 2021.',
    'Version 10.2.3 of the student portal fixes the login bug.',
    'The tax number field accepts up to 20 characters since release 4.1.',
    'The national ID program enrolled 4500000 residents by 2023.',
    'Passport photos cost 15 euros; the shop at the corner is open till 6.',
    'Employee handbook section 4.2.1 covers ID badges.',
    'Tax numbers are validated by a nine-digit regex in module 2 since 2019.',
    'Customer number formats changed in 2022, see RFC 4122 for UUIDs.',
    'Member ID cards were mailed to 120000 households in week 14.',
    'The student number field was widened from 8 to 12 digits in release 2024.03.',
]


@pytest.mark.parametrize("text, value", NEAR_DEV + NEAR_CHECK)
def test_an_id_near_its_cue_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", NEAR_NEGATIVES)
def test_counts_versions_and_things_near_a_cue_stay(engine: DetectionEngine, text: str) -> None:
    assert found_values(engine, text) == []


def test_near_cue_kinds_and_limits() -> None:
    assert [kind for _, _, kind in find_ids_near_cues("the SSN I put down was 523 41 8870")] == ["NATIONAL_ID"]
    assert [kind for _, _, kind in find_ids_near_cues("renewing my passport, old number 548213907")] == ["PASSPORT"]
    assert [kind for _, _, kind in find_ids_near_cues("my TIN? it is 98 7654321 i think")] == ["TAX_ID"]
    # acronyms that are words too count only in capitals; column heads of `top` are no cue
    assert list(find_ids_near_cues("a sin, they said, 548213907 times")) == []
    assert list(find_ids_near_cues("  PID USER  PR  NI    VIRT    RES\n 4211 dev  20   0 2431088 512344")) == []
    # too far: a cue more than a few lines above, or after the number on another line
    assert list(find_ids_near_cues("passport\n\n\n\nnumber 548213907")) == []
    assert list(find_ids_near_cues("548213907\nis the passport")) == []
    # code segments are left to the key and field rules
    assert list(find_ids_near_cues("passport_no = 548213907", "code")) == []


def test_near_cue_growth_is_linear() -> None:
    def work(size: int):
        text = ("Customer asked about her passport renewal and gave 548213907 and 4471 2093 55 again. " * size)
        return lambda: list(find_ids_near_cues(text))
    assert_linear_growth(work, 4000)
