"""A list holding a found identifier holds identifiers: its other items of the same shape are the same kind.

Data-quality reports print the failing values of a column as a sample (`"X8379252;n0534587"`), people list the
records they ask about ("members 5158866 and 4798977", "DNI 12345678Z, 87654321X"), logs join keys with `,`. When a
finder recognised one item (a passport by its label, an id by its check digit), the items beside it, joined by a
list separator (`,` `;` `/` `|`, or a conjunction of the traffic's languages) and written in the same shape (the
same sequence of letters and digits, case aside: a data-entry error keeps the shape), are values of the same
column. Only identifier kinds spread (a phone or a date has its own finders); doubtful (0.55).
Cost: runs per identifier finding, reading a few characters on each side.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE

_DETECTOR = "id-list-siblings"
_KINDS = frozenset({"ID_NUMBER", "PASSPORT", "NATIONAL_ID", "DRIVER_LICENSE", "TAX_ID", "SSN", "BANK_ACCOUNT"})
_JOIN = r"(?:[ \t]*[,;/|][ \t]*|[ \t]+(?:and|or|et|ou|y|o|und|oder|e|i|en|og|och|ve|и)[ \t]+)"
_AFTER = re.compile(_JOIN + r"(?P<item>[A-Za-z0-9][A-Za-z0-9-]{3,30})(?![\w-])")
_BEFORE = re.compile(r"(?<![\w-])(?P<item>[A-Za-z0-9][A-Za-z0-9-]{3,30})" + _JOIN + r"$")
_MAX_ITEMS = 20


def siblings_of_found_ids(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for the list items beside a found identifier that share its shape (module doc)."""
    found = [span for span in spans if span.kind in _KINDS and span.category == "pii"]
    if not found:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    added: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for span in found:
        shape = _shape(text[span.start:span.end])
        if shape is None:
            continue

        def take(match: re.Match | None) -> tuple[int, int] | None:
            """The item of `match` when it has the found id's shape (added unless already found), else None."""
            if match is None or _shape(match.group("item")) != shape:
                return None
            start, end = match.span("item")
            if not _taken(taken, start, end) and (start, end) not in seen:
                seen.add((start, end))
                added.append(Span(start, end, span.kind, "pii", DOUBTFUL_SCORE, _DETECTOR))
            return start, end

        position = span.end
        for _ in range(_MAX_ITEMS):  # forwards along the list
            item = take(_AFTER.match(text, position))
            if item is None:
                break
            position = item[1]
        position = span.start
        for _ in range(_MAX_ITEMS):  # backwards
            item = take(_BEFORE.search(text, max(0, position - 40), position))
            if item is None:
                break
            position = item[0]
    return added


def _shape(value: str) -> str | None:
    """Letters as `a`, digits as `9`, runs kept (`X8379252` and `n0534587` -> `a9999999`); None without a digit or
    with fewer than four of them (a word, a short count)."""
    if sum(char.isdigit() for char in value) < 4:
        return None
    return "".join("9" if char.isdigit() else "a" if char.isalpha() else char for char in value)


def _taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(taken, (end, 0))
    return any(t_end > start for _, t_end in taken[max(0, index - 12):index])
