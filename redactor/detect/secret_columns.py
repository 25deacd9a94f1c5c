"""Header cells of pasted tables that name a credential column (`password`, `Initial PW`, `api_token`).

A CSV, TSV, `;`-separated or Markdown export of accounts (`user,password` then one row per account), or
aligned tool output (`USER  PASSWORD  HOST`), names its secret column once, in the header: every cell below
is a password or a key, whatever it looks like, and no `key=value` layout is left to find it by. This module
finds the header cells; secrets.py classifies the header as it classifies a setting's key (`_classify_key`)
and judges each cell below as the value of that key (table_columns.py reads the column).

A header is a line of two or more short cells (at most three identifier-like words each, no digits), so that a sentence with commas ("the password, as I said, is in the vault") is no header; and a row
counts only when it has as many cells as the header (a prose line after a table is not one of its rows).

Cost: the header words' positions come from the secrets detector's one literal pass; only their lines are read,
each once, and a line longer than a header or not shaped like one is refused by one regex match.

Headers are written in the team's language (`contraseña`, `mot de passe`, `Kennwort`, `hasło`, `пароль`, `密码`):
header cells are words of any script, and `names_password_column` reads a cell as a password column when its
last words, case- and accent-folded, are a password label of term_lists.yaml (`secret_label_password_words`),
the list the keyword rules use, so that a header is judged as a label in the text would be.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator

from redactor.detect.rule_files import term_list
from redactor.detect.table_columns import aligned_column_cells, column_cells, row_cells

_CELL_EDGES = " \"'`*_:#\r"
_LONGEST_HEADER = 400
# A header cell: identifier-like words of any script (`password`, `Initial PW`, `db_pass`, `contraseña`,
# `mot de passe`), at most three, no digits. A whole header line per separator: two or more cells (empty edge
# cells of a Markdown row allowed).
_EDGE = r"[ \"'`*_:#]*+"
_LETTER = r"[^\W\d_]"
_HEADER_WORD = rf"{_LETTER}[^\W\d]*+(?:[.-][^\W\d]*+)*+"
_CELL = rf"{_EDGE}{_HEADER_WORD}(?: {_HEADER_WORD}){{0,2}}+{_EDGE}"
_HEADER_LINES = tuple(
    (separator, re.compile(rf"(?:{re.escape(separator)}{_EDGE})?{_CELL}(?:{re.escape(separator)}{_CELL})+"
                           rf"(?:{re.escape(separator)}{_EDGE})?\r?"))
    for separator in ("|", "\t", ",", ";"))
_ALIGNED_HEADER_LINE = re.compile(r"[ \t]*[A-Z][A-Z_.-]*(?:[ \t]+[A-Z][A-Z_.-]*){2,}[ \t]*\r?")


def secret_header_cells(text: str, word_positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """[start, end) of each table header cell holding one of the sorted `word_positions` (where a secret's word
    starts), once per cell, in order."""
    seen_cell = -1
    line_end = -1
    separator: str | None = None
    for position in word_positions:
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
    if line_end - line_start > _LONGEST_HEADER:
        return None
    line = text[line_start:line_end]
    for separator, header in _HEADER_LINES:
        if separator in line:
            return separator if header.fullmatch(line) else None
    return " " if line.upper() == line and _ALIGNED_HEADER_LINE.fullmatch(line) else None


def _cell_count(line: str, separator: str) -> int:
    return len(row_cells(line.rstrip("\r").strip(" ").strip(separator if separator == "|" else ""), separator))


def _folded(label: str) -> str:
    """`Contraseña` -> `contrasena`, `Mot_de_passe` -> `mot de passe`: case and accents folded, separators spaced."""
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.split(r"[\s_.:*-]+", letters)).strip()


PASSWORD_HEADER_LABELS = frozenset(_folded(word) for word in term_list("secret_label_password_words"))
# The labels as the secrets detector's literal pass reports them (lower-cased as written): where a header is looked for.
PASSWORD_HEADER_WORDS: tuple[str, ...] = tuple(sorted({word.lower() for word in term_list("secret_label_password_words")}))


def names_password_column(label: str) -> bool:
    """Whether a header cell names a password column in any language: its last one to three words are a password
    label (`Passwort`, `Neues Kennwort`, `mot de passe`, `hasło`, `пароль`); `password reset`, `password hash` are
    about a password and are not."""
    words = _folded(label).split()
    return any(" ".join(words[index:]) in PASSWORD_HEADER_LABELS for index in range(max(0, len(words) - 3), len(words)))
