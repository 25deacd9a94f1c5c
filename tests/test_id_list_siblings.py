"""A list holding a found identifier: its other items of the same letter/digit layout are identifiers too."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.id_list_siblings import siblings_of_found_ids


def _found(text: str, value: str, kind: str = "ID_NUMBER") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "pii", 0.9, "test")


def _values(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return sorted((text[span.start:span.end], span.kind) for span in spans)


def test_items_of_the_same_layout_on_both_sides_of_a_found_id_are_taken():
    text = "Sample failing values: Q7730215; K4410983; R9021377 (3 of 212 rows)"
    added = siblings_of_found_ids(text, [_found(text, "K4410983", "PASSPORT")])
    assert _values(text, added) == [("Q7730215", "PASSPORT"), ("R9021377", "PASSPORT")]


def test_a_conjunction_joins_items_in_other_languages():
    text = "Bitte prüfen Sie die Mitglieder 6630127 und 2219804, danke."
    added = siblings_of_found_ids(text, [_found(text, "6630127")])
    assert _values(text, added) == [("2219804", "ID_NUMBER")]


def test_an_item_of_another_layout_ends_the_list():
    text = "ids: 6630127, v2.4.1, 2219804"
    assert siblings_of_found_ids(text, [_found(text, "6630127")]) == []


def test_only_identifier_kinds_spread_and_found_items_are_not_repeated():
    text = "call 5550123 or 5550188"
    assert siblings_of_found_ids(text, [_found(text, "5550123", "PHONE")]) == []
    text = "cases 4410983, 9021377"
    both = [_found(text, "4410983"), _found(text, "9021377")]
    assert siblings_of_found_ids(text, both) == []
