"""Round 30 (ids30): values printed to show a format (all-zero numbers, ids saying TEST/DEMO, the German Muster…
placeholders) are nobody's and stay; real values beside them are still redacted (documented_examples.py).

The dev set was written from the mechanism (format explanations, form hints, API sandboxes) before the engine used
it; the check set at the end was written after, without looking at any corpus, and was not tuned on.
"""
import pytest

from redactor.detect.documented_examples import is_documented_example
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _found_values(engine, text):
    return [text[span.start:span.end] for span in engine.detect([Segment(text, kind="prose")])[0]]


@pytest.mark.parametrize(("value", "kind"), [
    ("000.000.000-00", "NATIONAL_ID"),
    ("0000 0000 0000", "ID_NUMBER"),
    ("ORD-TEST-0042", "ID_NUMBER"),
    ("Musterstraße 12, 10115 Musterstadt", "STREET_ADDRESS"),
    ("Erika Mustermann", "PERSON"),
])
def test_made_up_values_are_examples(value, kind):
    assert is_documented_example(value, kind)


@pytest.mark.parametrize(("value", "kind"), [
    ("12345678", "ID_NUMBER"),  # a dull number can be a real one
    ("4471 2093 0000", "ID_NUMBER"),
    ("Testa Giulia", "PERSON"),
    ("Baker Street 10", "STREET_ADDRESS"),
    ("100 Test Road", "STREET_ADDRESS"),  # a street may be called Test
])
def test_real_looking_values_are_not_examples(value, kind):
    assert not is_documented_example(value, kind)


def test_an_example_beside_a_real_value_leaves_the_real_value_found(engine):
    text = "Le format du NIR est 0 00 00 00 000 000 00 ; le mien est 2 84 05 75 115 032 47."
    found = _found_values(engine, text)
    assert any("2 84 05 75 115 032 47" in value for value in found)
    assert not any("0 00 00 00 000 000 00" in value for value in found)


# --- check set (written after the code, without looking at any corpus; not tuned on) ---------------------------------

@pytest.mark.parametrize(("value", "kind", "example"), [
    ("DUMMY-00017", "ID_NUMBER", True),
    ("00000-000", "STREET_ADDRESS", True),
    ("Max Muster", "PERSON", True),
    ("PL-SAMPLE-7", "PASSPORT", True),
    ("K4471-0009", "ID_NUMBER", False),
    ("Hauptstraße 5, 80331 München", "STREET_ADDRESS", False),
    ("Demir Aylin", "PERSON", False),
])
def test_check_examples_and_values(value, kind, example):
    assert is_documented_example(value, kind) is example
