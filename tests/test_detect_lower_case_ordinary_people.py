"""A PERSON in lower case made only of ordinary words is no one (language_common_words._ordinary_lower_case_words)."""
import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.language_common_words import common_word_score


def _score(text: str, value: str) -> float:
    start = text.index(value)
    return common_word_score(text, start, start + len(value), "PERSON", 0.7)


@pytest.mark.parametrize(("text", "value"), [
    ("hi yeah", "yeah"),  # "yeah" is a census surname, and an English word of Zipf 5.4
    ("ok thanks, sounds good", "sounds good"),
    ("sure, never mind", "never mind"),
    ("Kunde: meine Bestellung ist leider nie angekommen", "nie angekommen"),
])
def test_ordinary_lower_case_words_are_below_the_wire(text: str, value: str) -> None:
    assert _score(text, value) < WIRE_MIN_SCORE


@pytest.mark.parametrize(("text", "value"), [
    ("talked to john yesterday about the refund", "john"),  # a first name that is also a word
    ("ask mark whether the build passed", "mark"),
    ("rose said the invoice is wrong", "rose"),
    ("ping okonkwo when the deploy is done", "okonkwo"),  # common in no language
    ("cc anneliese schmidt on the thread", "anneliese schmidt"),
])
def test_lower_case_names_keep_their_score(text: str, value: str) -> None:
    assert _score(text, value) == 0.7
