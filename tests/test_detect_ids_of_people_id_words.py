"""A code after a person's name and a short id word ("Robert Chen (id 8821-44)", "Sarah Kim, Nr. 884120") is that
person's id (ids_of_people.py), as a code right after the name is."""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_of_people import ids_of_people


def _ids(text: str, name: str) -> list[str]:
    start = text.index(name)
    person = Span(start, start + len(name), "PERSON", "pii", 0.85, "test")
    return [text[span.start:span.end] for span in ids_of_people(text, [person])]


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Robert Chen (id 8821-44) asked for a copy.", "Robert Chen", "8821-44"),
    ("Maria Lopez (ID: PX-44712) called twice.", "Maria Lopez", "PX-44712"),
    ("Frau Weber, Nr. 4471902, hat angerufen.", "Weber", "4471902"),
    ("Jean Roux (réf. 2291774) a écrit.", "Jean Roux", "2291774"),  # (round 24: any short word of an id or role)
    ("Ana Ruiz (ref: CL-20931) wants a refund.", "Ana Ruiz", "CL-20931"),
])
def test_a_code_after_an_id_word_after_a_name_is_the_persons(text, name, value):
    assert _ids(text, name) == ([] if value is None else [value])


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. Alan Turing (1912-1954) was a mathematician.", "Alan Turing"),
    ("Anna Berg (ref 2024) joined.", "Anna Berg"),  # a year
    ("Tom Hardy (id 42) is the admin.", "Tom Hardy"),  # too few digits
    ("Linus Torvalds (id est the author) wrote it.", "Linus Torvalds"),
])
def test_dates_years_and_short_numbers_stay(text, name):
    assert _ids(text, name) == []
