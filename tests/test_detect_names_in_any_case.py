"""People written in capitals, in lower case, or by a first name alone (issue 12, round 8).

Shipping labels, boarding passes and legacy exports write names in capitals; chat writes them in lower
case; notes name people by a first name of any country. These are found by the same name lists as
capitalised names, and where the evidence is weaker the finding is doubtful: redacted on the wire
(recall first), not reported by `redactor audit` (precision first).
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.ner import NerDetector

NER = NerDetector()


def people(text: str, kind: str = "prose") -> dict[str, float]:
    return {text[s.start:s.end]: s.score for s in NER.detect(DetectionInput(text, kind)) if s.kind == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("RECEIVED BY TEODORA PAVLOVIC AT GATE 4", "TEODORA PAVLOVIC"),
    ("DELIVER TO PATRICK OYELARAN  UNIT 7  DOCK ROAD", "PATRICK OYELARAN"),
    ("EMPLOYEE HIROSHI WATANABE BADGE 2231", "HIROSHI WATANABE"),
    ("TRAVELLER NGOZI ADEBAYO-COLE  GATE B22", "NGOZI ADEBAYO-COLE"),
])
def test_a_name_in_capitals_is_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "RELEASE NOTES FOR VERSION 2\nBREAKING CHANGES IN THE PUBLIC API",
    "DO NOT EDIT. GENERATED FILE. RUN MAKE PROTO TO REBUILD.",
    "GRACE PERIOD ENDS AT MIDNIGHT UTC",
    "STATUS ACTIVE  CARRIER UPS  SERVICE GROUND",
])
def test_headings_and_acronyms_in_capitals_are_no_person(text):
    assert people(text) == {}


def test_a_lower_case_first_name_in_chat_is_a_doubtful_person_with_its_surname():
    found = people("fyi the invoice was approved by finance, mehmet yilmaz will send it over")
    assert "mehmet yilmaz" in found
    found = people("i asked around and ingrid had the same cert problem last week")
    assert WIRE_MIN_SCORE <= found["ingrid"] < AUDIT_MIN_SCORE


@pytest.mark.parametrize("text", [
    "Each call with no matching meta entry gets its own progress line.",  # a capitalised sentence: a tool word
    "ping the channel if the dev deploy fails again",  # a word that calls a person; a short abbreviation
    "hice una transferencia pero todavía no ha llegado",  # not English: the word lists cannot judge it
])
def test_a_lower_case_word_that_is_also_a_first_name_is_no_person_outside_lower_case_english_chat(text):
    assert people(text) == {}


def test_a_first_name_of_any_country_alone_inside_a_sentence_is_a_person():
    found = people("We paired on it and yesterday Radomir found the off-by-one in the pager.")
    assert "Radomir" in found and found["Radomir"] >= AUDIT_MIN_SCORE


def test_an_imperative_that_is_also_a_first_name_stays_no_person_in_agent_instructions():
    assert "Mark" not in people("Mark tasks as completed after finishing them.\nMark the test as flaky.")


def test_a_name_in_a_pasted_chat_or_log_line_is_seen_by_the_model():
    text = ("[09:02] <ops> did the reindex finish?\n"
            "[09:05] <ops> fwiw Radomir said the replica lag is back to normal\n"
            "2024-05-01 10:42:11 INFO user Wairimu Kamau logged in from the VPN")
    found = people(text)
    assert "Radomir" in found and "Wairimu Kamau" in found


# --- round 9 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, confident", [
    ("PASSENGER LIST\nLARSSON, HENRIK 14D", "LARSSON, HENRIK", True),
    ("Court list: REYES, TIFFANY - case 22-1045", "REYES, TIFFANY", True),
    ("ROSTER\nMENDES, ANA LUIZA DAYS", "MENDES, ANA LUIZA", True),
    ("PASSENGER LIST\nOKAFOR, CHIDI 14C", "OKAFOR, CHIDI", False),  # a given name no list knows: doubtful
    ("Passengers: OKAFOR, Chidi (14C); LARSSON, Henrik (14D)", "LARSSON, Henrik", True),  # not prose: any line
    ("Cited as MARTINEZ, Sofia (2019).", "MARTINEZ, Sofia", True),  # the model's city gives way
    ("Defendant: BRENNAN, Joseph Patrick", "BRENNAN, Joseph Patrick", True),
])
def test_a_name_in_capitals_written_surname_first_is_a_person(text, name, confident):
    covering = [score for value, score in people(text).items() if name in value]
    assert covering, "the name is found whole"
    assert (max(covering) >= AUDIT_MIN_SCORE) is confident and max(covering) >= WIRE_MIN_SCORE


@pytest.mark.parametrize("text", [
    "ORLANDO, FLORIDA and DALLAS, TEXAS are the two launch cities.",
    "ERROR, WARNING and INFO are the levels; DEBUG, TRACE are off.",
    "PRICE, GRACE PERIOD AND FEES",
    "NOTES, Release 2.1 and PARIS, France",
    "Offices: DALLAS, Texas and AUSTIN, Texas",  # a city of that region
])
def test_places_and_words_in_capitals_around_a_comma_are_no_person(text):
    assert people(text) == {}


@pytest.mark.parametrize("text, mention", [
    ("Grace Whitfield joined the infra team.\nquick note: grace will own the on-call rota", "grace"),
    ("Thanks, Rose Delacroix\n\nrose - can you resend the deck?", "rose"),
    ("Assigned to Mark Obi.\nupdate: mark said the invoices reconcile now", "mark"),
])
def test_a_lower_case_mention_of_a_word_name_found_in_full_is_a_doubtful_person(text, mention):
    found = people(text)
    start = text.rindex(mention)
    assert mention in found and WIRE_MIN_SCORE <= found[mention] < AUDIT_MIN_SCORE
    assert any(s.start == start for s in NER.detect(DetectionInput(text, "prose")) if s.kind == "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Grace Whitfield set the policy: the grace period will be 14 days.", "grace"),
    ("Mark Obi wrote it. Then mark the ticket as done and close the sprint.", "mark"),
])
def test_a_lower_case_word_after_a_determiner_or_as_a_verb_stays_a_word(text, word):
    start = text.rindex(word)
    assert not any(s.start == start for s in NER.detect(DetectionInput(text, "prose")) if s.kind == "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Can you check the app's config before the deploy?", "app"),
    ("Bill To: Acme Holdings, 4 Main Rd", "Bill"),
    ("Bill To\nMaria Lopez\n22 Elm Street", "Bill"),
])
def test_things_and_invoice_labels_are_no_person(text, word):
    assert word not in people(text)


def test_warm_up_reads_the_name_lists_of_every_script():
    from redactor.detect import names_in_scripts

    NerDetector().warm_up()
    assert names_in_scripts._all_script_names.cache_info().currsize == 1
    assert names_in_scripts._ordinary_words.cache_info().currsize >= 3


@pytest.mark.parametrize("text, name, confident", [
    ('{"reviewer": "Tjarko", "status": "approved"}', "Tjarko", True),
    ('[{"author": "Nneka", "body": "LGTM"}]', "Nneka", True),
    ('ts=2025-01-07 level=warn msg="refund retried" requester=Ifeoma attempts=3', "Ifeoma", True),
    ('{"owner": "Nneka", "service": "billing"}', "Nneka", False),  # a key that also holds teams: doubtful
    # `key: value` lines of YAML, mail headers and tool listings
    ("- id: 14\n  reviewer: Oluwaseun\n  state: approved", "Oluwaseun", True),
    ("messages:\n- body: lunch at 1?\n  channel: general\n  sender: Nneka", "Nneka", False),
    ("Ticket 4411\nAssignee: Ifeoma\nPriority: high", "Ifeoma", True),
])
def test_one_capitalised_name_under_a_person_key_in_json_or_logfmt_is_a_person(text, name, confident):
    found = people(text, "tool_result")
    assert name in found
    assert (found[name] >= AUDIT_MIN_SCORE) is confident


@pytest.mark.parametrize("text", [
    '{"name": "Payments", "owner": "Platform", "image": "Nginx"}',
    "deploy name=Release env=Staging owner=Infra",
    "metadata:\n  name: Payments\n  owner: Platform\n  reviewer: Security",
    '{"name": "Orders", "owner": "Backend", "reviewer": "Security"}',
])
def test_teams_and_things_under_person_keys_are_no_person(text):
    assert people(text, "tool_result") == {}


def test_a_word_of_the_language_beside_a_person_of_that_name_is_no_login():
    from redactor.detect.engine import DetectionEngine
    from redactor.policy import load_policy
    from redactor.segments import Segment

    engine = DetectionEngine.from_policy(load_policy("default"))
    text = "Grace Whitfield set the policy: the grace period will be 14 days."
    kinds = {text[s.start:s.end]: s.kind for s in engine.detect([Segment(text)])[0]}
    assert "grace" not in kinds and kinds.get("Grace Whitfield") == "PERSON"
    from redactor.detect.base import Span
    from redactor.detect.logins_of_people import logins_of_people

    line = "Frank Delgado (fdelgado) asked for frank feedback"  # the word stays a word; the spelling is a login
    spans = logins_of_people(line, [Span(0, 13, "PERSON", "pii", 0.7, "ner")])
    assert [line[s.start:s.end] for s in spans] == ["fdelgado"]


def test_names_written_surname_first_cost_linear_time_in_a_long_listing():
    from redactor.detect.base import Span
    from redactor.detect.ner import _inverted_upper_case_names
    from tests.growth import assert_linear_growth

    row = "LARSSON, Henrik 14D; OKAFOR, Chidi 15A; ERROR, Timeout\n"

    def work(size: int):
        text = row * (size // len(row))
        spans = [Span(i, i + 7, "PERSON", "pii", 0.85, "ner") for i in range(0, len(text), len(row))]
        return lambda: _inverted_upper_case_names(text, spans, "ner")

    assert_linear_growth(work, 200_000)


@pytest.mark.parametrize("text, name", [
    ("Ticket from Siobhan O’Brien.", "Siobhan O’Brien"),
    ("O’Brien says the export is broken.", "O’Brien"),
])
def test_a_surname_with_a_typographic_apostrophe_is_found_whole(text, name):
    assert any(name in value for value in people(text))


@pytest.mark.parametrize("text", [
    "body: 'Hi Emma,\n\n    I''m planning a party for John. We''ve booked the hall.'",  # YAML's escaped apostrophe
    "I'm sure it works. We've tested it and They'll ship it.",
])
def test_a_pronoun_with_a_contraction_is_no_one(text):
    found = {text[s.start:s.end] for s in NER.detect(DetectionInput(text, "tool_result"))}
    assert not found & {"I''m", "We''ve", "I'm", "We've", "They'll"}
