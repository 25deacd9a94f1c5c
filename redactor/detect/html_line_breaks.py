"""The line-break view: `<br>` tags and the cells of a row that holds them, as the lines they show (round 39, people39).

A postal address is written on lines: a person, then the street, then the postcode and town. Markdown tables,
mail bodies and pages turned into text keep those lines with `<br>` inside one physical line (`| Ana Ruiz<br>Calle
Mayor 4, 2º<br>28013 Madrid | Jonas Berg<br>...`), as do labels and address blocks pasted from HTML. The readers of
addresses and of people read lines (address_runs, address_blocks, postcode_layouts): to them the postcode and town
after a `<br>` are glued to the street before it and to the next cell, and the block is not read as one, so
the town line goes out beside a redacted street.

The view writes every line that holds a `<br>` (`<br>`, `<br/>`, `<br />`, any case) as the lines it shows: each
tag becomes a line break, and so does each `|` cell separator of that line (a cell of such a row is a block of its
own). Each view character maps back to itself; a line break maps to the whole tag or separator. Only findings on
those lines are kept (the plain pass reads the rest). Texts without `<br` get no view.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*")
# A cell separator of a Markdown or pipe table row (blanks around it are part of it).
_CELL = re.compile(r"[ \t]*\|[ \t]*")
# Texts larger than this get no view (cost bound: every detector reads the view again).
_MAX_TEXT = 256 * 1024


@dataclass(frozen=True, slots=True)
class LineBreakView:
    """The shown lines, per view character the original [start, end), and the original ranges rewritten."""

    text: str
    starts: list[int]
    ends: list[int]
    lines: list[tuple[int, int]]


def line_break_view(text: str) -> LineBreakView | None:
    """The view of `text` with its `<br>` lines broken (module doc), or None when no line holds a tag."""
    if len(text) > _MAX_TEXT or "<" not in text or not _TAG.search(text):
        return None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    lines: list[tuple[int, int]] = []

    def copy(start: int, end: int) -> None:
        parts.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))

    def newline(start: int, end: int) -> None:
        parts.append("\n")
        starts.append(start)
        ends.append(end)

    position = 0
    for line in _LINE.finditer(text):
        start, end = line.span()
        if start < position or not _TAG.search(text, start, end):
            continue
        copy(position, start)
        breaks = sorted([*(m.span() for m in _TAG.finditer(text, start, end)),
                         *(m.span() for m in _CELL.finditer(text, start, end))])
        cursor = start
        for break_start, break_end in breaks:
            if break_start < cursor:
                continue
            copy(cursor, break_start)
            newline(break_start, break_end)
            cursor = break_end
        copy(cursor, end)
        lines.append((start, end))
        position = end
    if not lines:
        return None
    copy(position, len(text))
    return LineBreakView("".join(parts), starts, ends, lines)
