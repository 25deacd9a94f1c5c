"""Logins that a CSV or TSV column holds, whatever its header says (or with no header at all).

A column of two or more different cells shaped like personal logins ("r.okafor", "jdoe_22", "tmoreno7"), most of
the column's cells, is a column of logins: an export of commits, sign-ins or orders with an account in each row.
The shape must be a login's and no word's: parts joined by "." "_" "-" of which none is an ordinary word of three
letters or more (no "in_progress", "us-east-1", "get_user"), or letters and a short number ("tmoreno7", not
"web01", whose letters are a public term); no file names, versions, hex digests or host names.

One pass over the lines, one over each block's cells: linear in the text.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect import term_lists
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word, reads_as_initial_and_surname

LOGIN_COLUMN_SCORE = 0.8
_MIN_ROWS = 2
_SHARE = 0.6
# initial or word parts joined by . _ - ("m.tanaka", "jdoe_22", "svetlana_p"), or letters then 1-4 digits ("tmoreno7").
_JOINED = re.compile(r"[a-z][a-z0-9]{0,20}(?:[._-][a-z0-9]{1,20}){1,2}")
_LETTERS_NUMBER = re.compile(r"(?P<letters>[a-z]{3,16})\d{1,4}")
# A CSV cell: quoted (doubled quotes inside) or up to the next comma, each followed by a comma or the line's end.
_CSV_CELL = re.compile(r'[ \t]*(?:"(?P<quoted>(?:[^"]|"")*)"[ \t]*|[^,]*)(?=,|$)')
# Some cell, between separators, shaped like a login (the gate before the pass over the lines).
_ANY_LOGIN_CELL = re.compile(
    r'[,\t|][ "]*(?:[a-z][a-z0-9]{0,20}(?:[._-][a-z0-9]{1,20}){1,2}|[a-z]{3,16}\d{1,4}|[a-z]{5,17})[ "]*(?=[,\t|\r\n]|$)')
# A Markdown table's rule line (`|---|:--:|`), which does not end the table.
_PIPE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?)?[ \t]*\r?")
_HEX = re.compile(r"[0-9a-f._-]+")
_NOT_LOGIN_ENDINGS = frozenset(
    """py js ts tsx jsx txt csv tsv json log md rst yaml yml toml ini cfg conf sh bash ps1 html htm css go rs java
    kt c h cc cpp hpp rb php pl swift sql xml png jpg jpeg gif svg pdf zip gz tgz tar bz2 xz exe dll so lock env
    com org net io dev app ai co uk de fr eu local internal lan corp cloud svc""".split())


def _login_cell(value: str) -> float | None:
    """The score of a cell shaped like a personal login, or None."""
    if not 4 <= len(value) <= 32 or value != value.lower() or not value[:1].isalpha():
        return None
    if value.isalpha():
        # "mkhan", "jkowalski": an initial and a surname that is no English word, the commonest corporate login
        return DOUBTFUL_SCORE if 5 <= len(value) <= 17 and reads_as_initial_and_surname(value) else None
    if any(char.isdigit() for char in value) and _HEX.fullmatch(value) and len(value) >= 6:
        return None  # a digest or an id: "a1b2c3d", "9f8e-7d6a"
    terms = term_lists.term_list("tech_terms")
    if (letters := _LETTERS_NUMBER.fullmatch(value)) is not None:
        word = letters.group("letters")
        if is_ordinary_word(word) or word in terms or not re.search(r"[aeiouy]", word):
            return None  # "web01", "node3", "sku12"
        return LOGIN_COLUMN_SCORE
    if _JOINED.fullmatch(value) is None:
        return None
    parts = re.split(r"[._-]", value)
    if parts[-1] in _NOT_LOGIN_ENDINGS or all(part.isdigit() for part in parts[1:]) and "_" not in value:
        return None  # "report.csv", "sku-1042", "inc-42" (a code or a ticket; "jdoe_22" stays)
    alpha = [letters for part in parts if (letters := part.rstrip("0123456789")).isalpha()]  # "doe2": "doe"
    if not alpha or any(len(part) >= 3 and (is_ordinary_word(part) or part in terms) for part in alpha):
        return None  # "in_progress", "us-east-1", "get_user"
    if not any(len(part) >= 3 and re.search(r"[aeiouy]", part) for part in alpha):
        return None  # "sku-1042", "ab-cd"
    return LOGIN_COLUMN_SCORE if ("." in value or "_" in value) else DOUBTFUL_SCORE


def find_login_column_cells(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each login in a column of logins of a CSV/TSV block."""
    if "\n" not in text or ("," not in text and "\t" not in text and "|" not in text) or not _ANY_LOGIN_CELL.search(text):
        return  # (no cell shaped like a login anywhere: no column of them, and no pass over the lines)
    block: list[list[tuple[int, int]]] = []
    block_key = None
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if "," not in line and "\t" not in line and "|" not in line:
            key = None  # one cell: no row (most lines of prose and logs; no split)
            if key != block_key:
                yield from _columns(text, block)
                block, block_key = [], key
            continue
        if line.count("|") >= 2:
            # a Markdown or pipe table, how agents print tool output: the cells between the pipes
            if _PIPE_RULE.fullmatch(line):
                continue  # `|---|---|` under the header does not end the table
            cells = _pipe_cells(line, line_start)
            key = ("|", len(cells)) if len(cells) >= 2 else None
            if key != block_key:
                yield from _columns(text, block)
                block, block_key = [], key
            if key is not None:
                block.append(cells)
            continue
        separator = "\t" if "\t" in line else ","
        if separator == "," and '"' in line:
            # a quoted cell may hold commas ("Doe, Jane"): the cells are the quoted ones and the others
            cells = list(_quoted_cells(line, line_start))
        else:
            cells, cell_start = [], line_start
            for cell in line.split(separator):
                cells.append((cell_start, cell_start + len(cell)))
                cell_start += len(cell) + 1
        key = (separator, len(cells)) if len(cells) >= 2 else None
        if key != block_key:
            yield from _columns(text, block)
            block, block_key = [], key
        if key is not None:
            block.append(cells)
    yield from _columns(text, block)


def _pipe_cells(line: str, line_start: int) -> list[tuple[int, int]]:
    """The cells of a pipe table's row: between its pipes, without the empty edges of `| a | b |`."""
    offsets, at = [], line_start
    for piece in line.split("|"):
        offsets.append((at, at + len(piece)))
        at += len(piece) + 1
    if offsets and not line[:offsets[0][1] - line_start].strip():
        offsets = offsets[1:]
    if offsets and not line[offsets[-1][0] - line_start:].strip():
        offsets = offsets[:-1]
    return offsets


def _quoted_cells(line: str, line_start: int) -> Iterator[tuple[int, int]]:
    at = 0
    while True:
        found = _CSV_CELL.match(line, at)
        if found.group("quoted") is not None:
            yield line_start + found.start("quoted"), line_start + found.end("quoted")
        else:
            yield line_start + found.start(), line_start + found.end()
        if found.end() >= len(line):
            return
        at = found.end() + 1


def _columns(text: str, block: list[list[tuple[int, int]]]) -> Iterator[tuple[int, int, float]]:
    if len(block) < _MIN_ROWS:
        return
    for column in range(len(block[0])):
        found, filled = [], 0
        for row in block:
            start, end = row[column]
            while start < end and text[start] in " \r":
                start += 1
            while end > start and text[end - 1] in " \r":
                end -= 1
            if start == end:
                continue
            filled += 1
            score = _login_cell(text[start:end])
            if score is not None:
                found.append((start, end, score))
        if len({text[start:end] for start, end, _ in found}) >= 2 and len(found) >= _SHARE * filled:
            yield from found
