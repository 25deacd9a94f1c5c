"""Header cells of pasted tables that name a credential column (`password`, `Initial PW`, `api_token`).

A CSV, TSV, `;`-separated or Markdown export of accounts (`user,password` then one row per account), or
aligned tool output (`USER  PASSWORD  HOST`), names its secret column once, in the header: every cell below
is a password or a key, whatever it looks like, and no `key=value` layout is left to find it by. This module
finds the header cells; secrets.py classifies the header as it classifies a setting's key (`_classify_key`)
and judges each cell below as the value of that key (table_columns.py reads the column).

A header is a line of two or more short cells (at most three identifier-like words each, no digit run of its
own), so that a sentence with commas ("the password, as I said, is in the vault") is no header; and a row
counts only when it has as many cells as the header (a prose line after a table is not one of its rows).

Cost: the header words are found by the shared keyword scan (keywords.py); only their lines are read.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from redactor.detect.keywords import keyword_positions
from redactor.detect.table_columns import aligned_column_cells, column_cells

_SEPARATORS = ("|", "\t", ",", ";")
# A header cell: identifier-like words (`password`, `Initial PW`, `db_pass`, `API-Key`), at most three.
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z_.-]*(?: [A-Za-z][A-Za-z_.-]*){0,2}")
_CELL_EDGES = " \"'`*_:#\r"


def secret_header_cells(text: str, lowered: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """[start, end) of each table header cell holding one of the lower-case `words`, once per cell, in order."""
    seen_cell = -1
    line_end = -1
    separator: str | None = None
    for position in keyword_positions(lowered, words):
        if position > line_end:
            line_start = text.rfind("\n", 0, position) + 1
            found_end = text.find("\n", position)
            line_end = len(text) if found_end == -1 else found_end
            separator = _header_separator(text, line_start, line_end)
        if separator is None:
            continue
        cell_start = text.rfind(separator, line_start, position) + 1 or line_start
        if cell_start == seen_cell:
            continue
        seen_cell = cell_start
        cell_end = text.find(separator, position, line_end)
        cell_end = line_end if cell_end == -1 else cell_end
        raw = text[cell_start:cell_end]
        label = raw.strip(_CELL_EDGES)
        if label:
            start = cell_start + raw.index(label)
            yield start, start + len(label)


def secret_column_cells(text: str, label_start: int, label_end: int) -> Iterable[tuple[int, int]]:
    """[start, end) of each cell below the header cell text[label_start:label_end], in rows shaped like the header."""
    line_start = text.rfind("\n", 0, label_start) + 1
    found_end = text.find("\n", label_end)
    line_end = len(text) if found_end == -1 else found_end
    separator = _header_separator(text, line_start, line_end)
    if separator is None:
        return []
    header = text[line_start:line_end]
    if separator == " ":
        return aligned_column_cells(text, label_start, label_end)
    width = _cell_count(header, separator)
    cells = []
    for start, end in column_cells(text, label_start, label_end):
        row_start = text.rfind("\n", 0, start) + 1
        row_end = text.find("\n", end)
        row = text[row_start:len(text) if row_end == -1 else row_end]
        if _cell_count(row, separator) == width:
            cells.append((start, end))
    return cells


def _header_separator(text: str, line_start: int, line_end: int) -> str | None:
    """The separator of a header line (" " for aligned upper-case tool output), or None when it is no header."""
    line = text[line_start:line_end].rstrip("\r")
    separator = next((sep for sep in _SEPARATORS if sep in line), None)
    if separator is None:
        words = line.split()
        return " " if len(words) >= 3 and line.upper() == line and all(_HEADER_CELL.fullmatch(w) for w in words) else None
    cells = [cell.strip(_CELL_EDGES) for cell in line.split(separator)]
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or not all(_HEADER_CELL.fullmatch(cell) for cell in filled):
        return None
    return separator


def _cell_count(line: str, separator: str) -> int:
    return line.rstrip("\r").strip(" ").strip(separator if separator == "|" else "").count(separator) + 1
