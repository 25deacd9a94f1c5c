"""Found address pieces as spans, for the tests of the engine's address clean-up (address_runs, address_fields,
address_bridges): each piece is given by its kind and its text, found at its first place in the text."""
from __future__ import annotations

from redactor.detect.base import Span


def piece_spans(text: str, pieces: list[tuple[str, str]]) -> list[Span]:
    spans = []
    for kind, value in pieces:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.85, "test"))
    return spans
