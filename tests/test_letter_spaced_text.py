"""Round 30 (ids30): text written one character at a time with a space between the characters (OCR of forms printed
with letter-spacing, codes typed with spaces to be readable) is joined before the detectors read it
(letter_spaced_text.py).

The dev set below was written from the mechanism (scanned forms, printed labels, typed codes), before the code; the
check set at the end was written after the code, without looking at any corpus, and was not tuned on.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.letter_spaced_text import letter_spaced_view
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))



@pytest.mark.parametrize(("text", "view"), [
    ("P A S S P O R T  N O .  X 4 4 1 2 0 9 3", "PASSPORT NO. X4412093"),
    ("Ref: A B 7 7 2 9", "Ref: AB7729"),
    ("N A M E :  J O H N   O ' B R I E N", "NAME: JOHN O'BRIEN"),
    ("Patient  ........ Henrietta  W a l l i n g f o r d", "Patient ........ Henrietta Wallingford"),
])
def test_the_view_joins_the_characters_of_each_word_and_keeps_one_space_between_words(text, view):
    assert letter_spaced_view(text).text == view


@pytest.mark.parametrize("text", [
    "Name: Harold Pemberton\nDate of birth: 14/07/1962",  # ordinary words: nothing to join
    "pick a or b, then x",
    "| 1 | 2 | 3 | 4 |",  # a table of single-character cells is a table, not a spaced word
    "x = a + b * c",  # code and arithmetic
])
def test_text_without_a_letter_spaced_run_makes_no_view(text):
    assert letter_spaced_view(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("SCANNED APPLICATION\nP A S S P O R T  N O .  X 4 4 1 2 0 9 3\nNATIONALITY  GBR", "X 4 4 1 2 0 9 3"),
    ("Membership card (photo)\nM E M B E R  N O .  7 7 3 0 4 1 2 5 8", "7 7 3 0 4 1 2 5 8"),
    ("D A T E  O F  B I R T H  0 3 / 1 1 / 1 9 8 4", "0 3 / 1 1 / 1 9 8 4"),
    ("my booking reference is Z 8 Q 4 L M, can you check it", "Z 8 Q 4 L M"),
    ("T E L  0 2 0  7 9 4 6  0 5 5 1", "0 2 0  7 9 4 6  0 5 5 1"),
])
def test_a_value_written_letter_by_letter_after_its_label_is_found_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


# --- check set (written after the code, without looking at any corpus; not tuned on) ---------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Scanned ID card\nD O C U M E N T  N O .  L 0 1 X 0 0 T 4 7\nExpiry 2031", "L 0 1 X 0 0 T 4 7"),
    pytest.param("the code on the letter is R 7 W 2 K 9 P Q, I typed it with spaces so you can read it",
                 "R 7 W 2 K 9 P Q", marks=pytest.mark.xfail(
                     reason="a code without a personal cue: written as R7W2K9PQ it is not found either")),
    ("P H O N E :  0 6 1 2  3 4 5 6  7 8", "0 6 1 2  3 4 5 6  7 8"),
])
def test_check_letter_spaced_values_are_found(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text", [
    "Rate the answer: 1 2 3 4 5 (5 is best)",
    "Options: a b c d e are the five choices on the quiz",
    "Keyboard row: Q W E R T Y",
])
def test_check_letter_spaced_words_that_are_no_values_stay(engine, text):
    spans = engine.detect([Segment(text, kind="prose")])[0]
    assert not [span for span in spans if span.kind in ("ID_NUMBER", "PHONE", "NATIONAL_ID", "PASSPORT")]
