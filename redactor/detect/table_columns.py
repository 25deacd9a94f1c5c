"""Values under a labelled column of a pasted table (CSV, TSV, Markdown, `;`-separated exports).

A header cell such as `DOB`, `Employee ID` or `username` says what every cell below it holds,
so a detector that recognises the label applies it to the whole column. Rows are read until a
line without the separator (the table ended) or `_MAX_TABLE_ROWS` rows.
"""
from __future__ import annotations

from typing import Iterator

# Rows of a table read below a labelled header.
_MAX_TABLE_ROWS = 500


def column_cells(text: str, label_start: int, label_end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each non-empty cell below a header cell that is exactly text[label_start:label_end].

    Tables pasted as CSV, TSV, Markdown or `;`-separated exports: the header names what a column
    holds, so the label applies to every row. Nothing is yielded when the label is not a whole
    header cell (a word inside a sentence).
    """
    line_start = text.rfind("\n", 0, label_start) + 1
    line_end = text.find("\n", label_end)
    line_end = len(text) if line_end == -1 else line_end
    header = text[line_start:line_end]
    separator = next((sep for sep in ("|", "\t", ",", ";") if sep in header), None)
    if separator is None:
        return
    column = header.count(separator, 0, label_start - line_start)
    if header.split(separator)[column].strip(" \"'`*_:#") != text[label_start:label_end]:
        return
    position = line_end + 1
    for _ in range(_MAX_TABLE_ROWS):
        if position >= len(text):
            return
        row_end = text.find("\n", position)
        row_end = len(text) if row_end == -1 else row_end
        row = text[position:row_end]
        if separator not in row:
            if row.strip():
                return  # the table ended
        else:
            cells = row.split(separator)
            if column < len(cells):
                offset = position + sum(len(cell) + 1 for cell in cells[:column])
                value = cells[column].strip(" \"'`\r")
                if value:
                    start = offset + cells[column].index(value)
                    yield start, start + len(value)
        position = row_end + 1
