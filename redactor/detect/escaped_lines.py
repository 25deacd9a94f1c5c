"""The escaped-lines view: printed tables and logs held in JSON strings, as the lines they print.

Data work reaches the proxy as JSON more often than as a terminal: a Jupyter notebook's cell keeps a data frame's
printout as an array of strings, one printed line each (`"text/plain": ["   first_name  last_name  dob\\n",
"0  ...\\n"]`), and a tool's result or an agent's transcript holds a whole printed table in one string with `\\n`
escapes (`"stdout": "id  name  dob\\n1  S3733  Tessa Okafor  1970-04-23\\n2 ..."`). The readers of aligned
columns, headers and records (pii_fields, people_in_structure, people_in_personal_records) read lines: to them the
header is framed by quotes and indentation and the rows run on after a `\\n` on one physical line, so a header
names no column and a name in a column of a script no name model reads goes out.

The view writes the body of every JSON string that holds a `\\n` escape on lines of its own, with its `\\n` escapes
as line breaks and its `\\t`, `\\"` and `\\\\` escapes as the characters they stand for; consecutive strings of one
array (a notebook's output) follow each other line by line, so a header stands over its rows at the same columns as
when printed. Each view character maps back to the characters it was written with (an escape to both of its
characters). Strings with no `\\n` escape are left out (a key, a value, a sentence: the plain pass reads them as
they are), and so is a text with fewer than two escaped line breaks (no printout).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A JSON string literal on one line (escapes included); the view is built only from those holding a `\n` escape.
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": ""}
_MIN_LINE_BREAKS = 2
# Texts larger than this are not rewritten (cost bound: the view is scanned by every detector again).
_MAX_TEXT = 256 * 1024


@dataclass(frozen=True, slots=True)
class EscapedLinesView:
    """The printed lines, and per view character the original [start, end)."""

    text: str
    starts: list[int]
    ends: list[int]


def escaped_lines_view(text: str) -> EscapedLinesView | None:
    """The view of `text` (module doc), or None when it holds no printout in JSON strings."""
    if text.count("\\n") < _MIN_LINE_BREAKS or len(text) > _MAX_TEXT:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(piece: str, start: int, end: int) -> None:
        pieces.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))

    for string in _STRING.finditer(text):
        body_start, body_end = string.span(1)
        if text.find("\\n", body_start, body_end) < 0:
            continue
        if pieces and pieces[-1] != "\n":
            emit("\n", string.start(), string.start() + 1)  # a string opens a line of its own
        position = body_start
        while position < body_end:
            char = text[position]
            if char == "\\" and position + 1 < body_end:
                emit(_ESCAPES.get(text[position + 1], text[position:position + 2]), position, position + 2)
                position += 2
                continue
            emit(char, position, position + 1)
            position += 1
    if not pieces:
        return None
    view = "".join(pieces)
    if view.count("\n") < _MIN_LINE_BREAKS:
        return None
    return EscapedLinesView(view, starts, ends)
