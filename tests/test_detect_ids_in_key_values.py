"""A letter-prefixed code under a `key=` of a log line or query string whose key names no program thing
(ids_in_key_values.py): doubtful ID_NUMBER."""
import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_in_key_values import find_keyed_codes
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


def values(text: str) -> list[str]:
    return [text[start:end] for start, end, _score in find_keyed_codes(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("INFO badge scanned: staff=E-30417 door=north", "E-30417"),
    ("audit: holder=HX-229177 action=update by=jdoe", "HX-229177"),
    ("/portal/dossier?paciente=HC-0044718&lang=es", "HC-0044718"),
    ("2025-01-14 08:02:11 WARN late return rider=RD-55102 bike=17", "RD-55102"),
    ("[api] fetch borrower=LN4471902 status=200", "LN4471902"),
])
def test_a_code_under_a_key_of_a_record_holder_is_doubtful(text, value):
    assert values(text) == [value]
    assert all(score == DOUBTFUL_SCORE for _start, _end, score in find_keyed_codes(text))


@pytest.mark.parametrize("text", [
    "deploy env=prod build=B-4471 region=eu-west-1",  # a program's thing under its key
    'level=warn code=W-2210 msg="slow query"',
    "GET /search?q=RTX-4090&page=2 200",  # what somebody searched for
    "alert=CVE-2024-3094 severity=high pkg=xz",  # a public prefix
    "release tag=REL-2024 owner=platform",  # a year
    "worker=W-0003 queue=emails processed=120",
    "ticket=SUP-4471 priority=P2",
    "holder=HX-229177",  # one pair alone is no log line nor query string
    "staff=e-30417 door=north",  # not capitals
])
def test_program_keys_and_public_codes_stay(text):
    assert values(text) == []


def test_code_segments_are_left_to_the_key_rules():
    assert list(find_keyed_codes("staff=E-30417 door=north", "code")) == []


def test_the_wire_redacts_it():
    engine = DetectionEngine.from_policy(load_policy("default"))
    text = "INFO badge scanned: staff=E-30417 door=north"
    spans = engine.detect([Segment(text, kind="prose")])[0]
    start = text.index("E-30417")
    assert any(span.start <= start and start + len("E-30417") <= span.end for span in spans)
