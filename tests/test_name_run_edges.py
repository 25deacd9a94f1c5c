"""Ordinary words at a found name's edges are trimmed before the run is widened (boundaries19)."""
from redactor.detect.base import Span
from redactor.detect.name_runs import whole_name_runs


def _found(text: str, value: str) -> list[str]:
    start = text.index(value)
    spans = whole_name_runs(text, [Span(start, start + len(value), "PERSON", "pii", 0.8, "ner")])
    return [text[span.start:span.end] for span in spans]


def test_a_status_word_after_a_name_is_not_the_name():
    assert _found("Status: Imani Okafor Approved", "Imani Okafor Approved") == ["Imani Okafor"]


def test_verbs_after_a_name_are_not_the_name():
    assert _found("Owner: Priya Raman Will Send The Draft", "Priya Raman Will Send") == ["Priya Raman Will"]


def test_a_common_word_of_another_language_before_a_noun_is_not_a_name():
    assert _found("Meine Kundennummer ist 44", "Meine Kundennummer") == ["Kundennummer"]


def test_listed_names_that_are_common_words_stay():
    assert _found("Ask Rose King please", "Rose King") == ["Rose King"]


def test_a_finding_of_ordinary_words_only_is_left_whole():
    assert _found("Ask Will Young", "Will Young") == ["Will Young"]
