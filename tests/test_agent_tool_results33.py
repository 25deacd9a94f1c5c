"""Personal data and organisations as coding agents' tool results print them (round 33, agentpii33).

- A found organisation's code spellings (org_code_spellings.py): its slug in a path, a Go package, a service name,
  a branch or a label is the organisation, in lower case, without accents, transliterated or its words run
  together; as a word of a sentence a slug that is an ordinary word stays.
- A login-shaped field value of a record whose other fields are a person's (logins_in_person_records.py).
Forms written for these tests, not copied from a corpus.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_in_person_records import logins_in_person_records
from redactor.detect.org_code_spellings import code_spellings, in_code_position
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def test_spellings_drop_accents_join_words_and_transliterate() -> None:
    assert "cupula" in code_spellings("Editora Cúpula")
    assert "hollowfen" in code_spellings("Hollow & Fen Trust")  # first words run together, "&" dropped
    assert "argo" in code_spellings("Ναυτιλία Αργώ")  # Greek transliterated
    assert "rogerio_brandao" in code_spellings("Rogério Brandão", organisation=False)


def test_spellings_refuse_frequent_words_legal_forms_and_one_word_people() -> None:
    spellings = code_spellings("Media Stage Group Ltd")
    assert "media" not in spellings and "stage" not in spellings and "ltd" not in spellings
    assert code_spellings("Kowalczyk", organisation=False) == ()  # a one-word person: too often a false finding
    assert code_spellings("Quellhaven") == ()  # a one-word organisation: too often a product's name
    assert "loader" not in code_spellings("Data Loader", organisation=False)
    assert code_spellings("Router Assign", organisation=False) == ("routerassign",)


@pytest.mark.parametrize("text, value", [
    ("open /var/log/brightpaw/api.log", "brightpaw"),
    ("svc=brightpaw-billing msg=ok", "brightpaw"),
    ('"labels": ["refunds", "brightpaw"]', "brightpaw"),
    ("brightpaw/internal/router.(*Pool).Get", "brightpaw"),
    ("import com.brightpaw.billing.Invoice;", "brightpaw"),
])
def test_code_positions(text: str, value: str) -> None:
    start = text.index(value)
    assert in_code_position(text, start, start + len(value))


@pytest.mark.parametrize("text, value", [
    ("we walked along the brightpaw river.", "brightpaw"),
    ("brightpaw. That is all", "brightpaw"),
])
def test_sentence_positions(text: str, value: str) -> None:
    start = text.index(value)
    assert not in_code_position(text, start, start + len(value))


def test_found_organisation_slug_in_a_log_path_is_redacted(engine: DetectionEngine) -> None:
    text = ("Escalation from Brightpaw Logistics GmbH about late parcels.\n"
            "$ tail -n 2 /var/log/brightpaw/dispatch.log\nERROR dispatch stalled")
    assert covered_on_wire(engine, text, "brightpaw")  # (the first lower-case mention: the path's)


def test_ordinary_word_slug_in_a_sentence_stays(engine: DetectionEngine) -> None:
    # "Riverbend" found; "riverbend" written as an English word of a sentence is no slug.
    text = "Invoice from Riverbend Analytics GmbH attached. We met at the riverbend cafe downtown."
    start = text.index("riverbend cafe")
    spans = engine.detect([Segment(text, kind="prose")])[0]
    assert not any(span.start <= start < span.end for span in spans)


def _person(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), "PERSON", "pii", 0.85, "ner")


def test_login_shaped_field_in_a_personal_record() -> None:
    text = "Patient(id=4, name='Ilse Varga', phone='+36 1 555 0101', booked_by='tmarsh7', ward='b_north')"
    found = [text[span.start:span.end] for span in logins_in_person_records(text, [_person(text, "Ilse Varga")])]
    assert found == ["tmarsh7"]


def test_event_names_and_services_beside_a_person_are_no_logins() -> None:
    text = ('{"ts": "2026-01-02", "event": "invoice.created", "svc": "billing-worker", '
            '"customer": "Ilse Varga", "agent": "j.okoro"}')
    found = [text[span.start:span.end] for span in logins_in_person_records(text, [_person(text, "Ilse Varga")])]
    assert found == ["j.okoro"]


def test_no_personal_finding_no_login() -> None:
    text = "Config(owner='tmarsh7', region='eu-west-1')"
    assert logins_in_person_records(text, []) == []
