"""Where in a segment noise may go: prose regions, and data regions (tables, JSON) outside code.

Prose regions come from redactor.detect.code_awareness.prose_regions, run on a
copy of the text (same length, same offsets) where the characters that belong
to what we noise are masked: placeholders, a currency sign before a digit, a
percent sign after one, and parentheses. That heuristic counts them as code
symbols, so "[[PERSON_1]] ([[EMAIL_1]]), age 34" or "a budget of $85k" would
read as code, while real code keeps its own signals (=, ;, braces, keywords).
Placeholders themselves are always cut out of the regions.
"""
from __future__ import annotations

import json
import re

from redactor.detect.code_awareness import placeholder_ranges, prose_regions

# Fenced blocks whose contents are data, not code.
_DATA_FENCES = frozenset({"", "csv", "tsv", "json", "jsonl", "ndjson", "text", "txt", "table", "markdown", "md"})
_MASKED_SYMBOLS = re.compile(r"[$€£¥](?=\d)|(?<=\d)%|[()]")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*$", re.MULTILINE)


def noise_prose_regions(text: str, segment_kind: str) -> list[tuple[int, int]]:
    """[start, end) prose regions of `text` where numbers and words may be noised."""
    placeholders = placeholder_ranges(text)
    characters = list(text)
    for start, end in placeholders:
        characters[start:end] = "x" * (end - start)
    for match in _MASKED_SYMBOLS.finditer(text):
        characters[match.start()] = "x" if match.group(0) in "$€£¥%" else " "
    return _subtract(prose_regions("".join(characters), segment_kind), placeholders)


def data_regions(text: str) -> list[tuple[int, int]]:
    """Where tables may be noised: everything except fenced blocks of a programming language."""
    excluded: list[tuple[int, int]] = []
    position = 0
    while True:
        opening = _FENCE.search(text, position)
        if opening is None:
            break
        fence, info = opening.group(1), opening.group(2).lower()
        closing = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        found = closing.search(text, opening.end())
        end = found.end() if found else len(text)
        if info not in _DATA_FENCES:
            excluded.append((opening.start(), end))
        position = end
    return _subtract([(0, len(text))], excluded)


def is_json_document(text: str) -> bool:
    """True when the whole text is one JSON object or array (a tool returning data, not code)."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


def _subtract(regions: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in regions:
        cursor = start
        for cut_start, cut_end in sorted(cuts):
            if cut_end <= cursor or cut_start >= end:
                continue
            if cut_start > cursor:
                result.append((cursor, cut_start))
            cursor = max(cursor, cut_end)
        if cursor < end:
            result.append((cursor, end))
    return result
