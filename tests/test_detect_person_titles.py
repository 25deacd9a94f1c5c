"""Titles at the start of a PERSON span stay outside it (redactor/detect/person_titles.py)."""
import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.person_titles import titles_only_score, without_leading_titles


def _without_titles(text: str, value: str) -> str:
    start = text.index(value)
    return text[without_leading_titles(text, start, start + len(value)):start + len(value)]


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Please forward the invoice to Mr. Okonkwo before Friday.", "Mr. Okonkwo", "Okonkwo"),
    ("Bitte leiten Sie das an Herrn Brüggemann weiter.", "Herrn Brüggemann", "Brüggemann"),
    ("Frau Dr. Schwarzenbeck hat den Termin bestätigt.", "Frau Dr. Schwarzenbeck", "Schwarzenbeck"),
    ("Merci de transmettre le dossier à Mme Lefèvre-Duplessis.", "Mme Lefèvre-Duplessis", "Lefèvre-Duplessis"),
    ("La Sra. Villalobos llamó para confirmar la cita.", "Sra. Villalobos", "Villalobos"),
])
def test_leading_titles_are_cut(text: str, value: str, name: str) -> None:
    assert _without_titles(text, value) == name


@pytest.mark.parametrize(("text", "value"), [
    ("M. Dubreuil a signé le contrat.", "M. Dubreuil"),  # "M." is an initial too
    ("St. John Rivers wrote back.", "St. John Rivers"),
    ("Miles Okafor sent the report.", "Miles Okafor"),
    ("the dr said no", "dr said"),  # no capitalised word after the title: nothing to tell by
])
def test_initials_names_and_lower_case_words_keep_their_start(text: str, value: str) -> None:
    assert _without_titles(text, value) == value


@pytest.mark.parametrize("value", ["Frau", "La Sra.", "Mr.", "Herrn"])
def test_titles_alone_are_no_one(value: str) -> None:
    assert titles_only_score(value, 0.85) < WIRE_MIN_SCORE


@pytest.mark.parametrize("value", ["Mr. Okonkwo", "M.", "Marianne", "Sir Ambrose"])
def test_names_keep_their_score(value: str) -> None:
    assert titles_only_score(value, 0.85) == 0.85


def test_a_title_before_a_language_name_stays() -> None:
    from redactor.detect.ner import _within_person_edges
    from redactor.detect.base import Span

    text = "Please forward the minutes to Mr. English before the board meeting."
    start = text.index("Mr.")
    span = _within_person_edges(text, Span(start, start + len("Mr. English"), "PERSON", "pii", 0.85, "ner"))
    assert text[span.start:span.end] == "Mr. English"
