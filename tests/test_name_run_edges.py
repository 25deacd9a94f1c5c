"""Stop and calendar words at a found name's edges are trimmed before the run is widened (boundaries19)."""
import pytest

from redactor.detect.base import Span
from redactor.detect.name_runs import whole_name_runs


def _found(text: str, value: str) -> list[str]:
    start = text.index(value)
    spans = whole_name_runs(text, [Span(start, start + len(value), "PERSON", "pii", 0.8, "ner")])
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, found, name", [
    ("Hi Naomi Clarke, the report is attached.", "Hi Naomi Clarke", "Naomi Clarke"),
    ("Thanks Jonas Brandt for the review", "Thanks Jonas Brandt", "Jonas Brandt"),
    ("Owner: Priya Raman Will Send The Draft", "Priya Raman Will Send The", "Priya Raman Will Send"),
    ("Send it to Elena Petrova by noon", "to Elena Petrova by", "Elena Petrova"),
    ("Also Daniel Mercer joins", "Also Daniel Mercer", "Daniel Mercer"),
    ("Ask Mr. John Smith", "Mr. John Smith", "John Smith"),
])
def test_function_words_at_a_found_names_edges_are_not_the_name(text: str, found: str, name: str) -> None:
    assert _found(text, found) == [name]


def test_listed_names_that_are_stop_words_stay():
    assert _found("Ask Will Ferrell today", "Will Ferrell") == ["Will Ferrell"]


def test_a_title_before_a_lone_word_stays():
    assert _found("Forward it to Mr. English", "to Mr. English") == ["Mr. English"]


def test_a_finding_of_function_words_only_is_left_whole():
    assert _found("We will do it for you", "for you") == ["for you"]
