"""Values under a labelled column of a pasted table (CSV, TSV, Markdown, `;`-separated exports, aligned tool output).

A header cell such as `DOB`, `Employee ID` or `username` says what every cell below it holds,
so a detector that recognises the label applies it to the whole column. Rows are read until a
line without the separator (the table ended) or `_MAX_TABLE_ROWS` rows.
"""
from __future__ import annotations

import re
from typing import Iterator

# Rows of a table read below a labelled header.
_MAX_TABLE_ROWS = 500


def column_cells(text: str, label_start: int, label_end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each non-empty cell below a header cell that is exactly text[label_start:label_end].

    Tables pasted as CSV, TSV, Markdown or `;`-separated exports: the header names what a column
    holds, so the label applies to every row. Nothing is yielded when the label is not a whole
    header cell (a word inside a sentence).
    """
    line_start, line_end = _line_around(text, label_start, label_end)
    separator = next((sep for sep in ("|", "\t", ",", ";") if text.find(sep, line_start, line_end) != -1), None)
    if separator is None:
        return
    # The header cell holding the label, found around it: most labels stand in prose or code, and splitting
    # their whole line into cells to reject them cost more than the few tables found.
    cell_start = text.rfind(separator, line_start, label_start) + 1 or line_start
    cell_end = text.find(separator, cell_start, line_end)
    if text[cell_start:line_end if cell_end == -1 else cell_end].strip(" \"'`*_:#") != text[label_start:label_end]:
        return
    column = text.count(separator, line_start, label_start)
    for position, row in _rows_below(text, line_end):
        if separator not in row or _RULE_LINE.fullmatch(row):
            if row.strip() and not _RULE_LINE.fullmatch(row):
                return  # the table ended (a psql or MySQL rule line, "+----+" or "----+----", does not end it)
        else:
            cells = row_cells(row, separator)
            if column < len(cells):
                offset, cell = cells[column]
                value = cell.strip(" \"'`\r")
                if value:
                    start = position + offset + cell.index(value)
                    yield start, start + len(value)


# A CSV field in double quotes may hold the separator (`"rotated in May, ask Jo"`); `""` is a quote inside it.
_QUOTED_FIELDS = {separator: re.compile(rf'[ ]*"(?:[^"]|"")*"[ ]*(?={re.escape(separator)}|\r?$)|[^{re.escape(separator)}]*')
                  for separator in (",", ";", "\t")}


def row_cells(row: str, separator: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row. Exports quote a CSV, `;` or TSV field that holds the separator
    (1Password, Bitwarden, KeePass: `"joint account, old"`), so a field that opens with `"` runs to its closing
    quote; Markdown cells are split at every `|`."""
    if '"' not in row or separator not in _QUOTED_FIELDS:
        cells, offset = [], 0
        for cell in row.split(separator):
            cells.append((offset, cell))
            offset += len(cell) + 1
        return cells
    field = _QUOTED_FIELDS[separator]
    cells, offset = [], 0
    while True:
        match = field.match(row, offset)
        cells.append((offset, match.group(0)))
        offset = match.end()
        if offset >= len(row) or row[offset] != separator:
            return cells
        offset += 1


def aligned_column_cells(text: str, label_start: int, label_end: int,
                         whole_cells: bool = False) -> Iterator[tuple[int, int]]:
    """[start, end) of each word below a header cell of whitespace-aligned tool output (ps, top, w, kubectl).

    Such tables have no separator: a header is a line of three or more upper-case words (`USER  PID %CPU`),
    and a row's cell is the word that overlaps the header cell's character columns (left- or right-aligned).
    With `whole_cells`, a left-aligned cell of several words (`H Karimi` under `OWNER`, `vendor review` under
    `TASK`) runs on over the words that start before the next header cell does.
    Rows are read until a blank line, a line with fewer words than the header, or `_MAX_TABLE_ROWS`.
    """
    line_start, line_end = _line_around(text, label_start, label_end)
    if label_start > line_start and not text[label_start - 1].isspace():
        return
    if label_end < line_end and not text[label_end].isspace():
        return
    header = text[line_start:line_end]
    if header.upper() != header:  # (upper-casing maps each character alone: the same as asking each word)
        return
    header_words = header.split()
    if len(header_words) < 3:
        return
    first_column, last_column = label_start - line_start, label_end - line_start
    next_header = _WORD.search(header, last_column)
    next_column = next_header.start() if next_header else None
    for position, row in _rows_below(text, line_end):
        words = list(_WORD.finditer(row))
        if len(words) < len(header_words) - 1:
            return  # a blank line or prose: the table ended
        for index, word in enumerate(words):
            if word.start() < last_column and word.end() > first_column:
                end = word.end()
                if whole_cells:
                    for following in words[index + 1:]:
                        if next_column is None or following.start() >= next_column:
                            break
                        end = following.end()
                yield position + word.start(), position + end
                break


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the line holding text[start:end]."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def _rows_below(text: str, header_end: int) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line after the header line ending at `header_end`, at most _MAX_TABLE_ROWS."""
    position = header_end + 1
    for _ in range(_MAX_TABLE_ROWS):
        if position >= len(text):
            return
        row_end = text.find("\n", position)
        row_end = len(text) if row_end == -1 else row_end
        yield position, text[position:row_end]
        position = row_end + 1


_WORD = re.compile(r"\S+")
_RULE_LINE = re.compile(r"[ \t]*[-+=|:]{3,}[-+=|: \t]*\r?")
