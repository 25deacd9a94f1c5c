"""Values under a labelled column of a pasted table (CSV, TSV, Markdown, `;`-separated exports, aligned tool output).

A header cell such as `DOB`, `Employee ID` or `username` says what every cell below it holds,
so a detector that recognises the label applies it to the whole column. Rows are read until a
line without the separator (the table ended) or `_MAX_TABLE_ROWS` rows.

`tables` reads every table of a text at once (rows of the same separator and cell count), for the rules that judge a
column by what its cells hold rather than by a label (column_kinds.py, secret_columns.py).
"""
from __future__ import annotations

import re
import threading
from typing import Iterator

# Rows of a table read below a labelled header.
_MAX_TABLE_ROWS = 500
# Lines of a table `tables` reads: a header and two rows, or three rows without a header; or a header of words and
# one row under it (a record exported with its column names: `policy,device_imei,vin` over one line of values).
MIN_TABLE_LINES = 3
_MIN_RECORD_LINES = 2
_MAX_CELL = 120


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
    header_cell, label = text[cell_start:line_end if cell_end == -1 else cell_end], text[label_start:label_end]
    # "#ticket" is the header `ticket`, but a header that is only "#" is its own label.
    if header_cell.strip(" \"'`*_:#") != label and header_cell.strip(" \"'`*_:") != label:
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


def may_have_cells_below(text: str, label_start: int, label_end: int) -> bool:
    """False where column_cells(text, label_start, label_end) yields nothing for the layout alone: the label's line
    holds no separator, or the first line below it that is neither blank nor a rule line lacks the line's separator
    (column_cells stops there). A cheap test before reading a label in a line of prose or code as a header cell.

    The answer depends on the label's line alone, and the login and record-id finders ask it at every label word of
    the text (~65 times per 10 KB of mixed text, ~15 lines): each line's answer is remembered for the last text (per
    thread), as `tables` remembers its tables."""
    line_start, line_end = _line_around(text, label_start, label_end)
    remembered = _last_tables.text_and_lines_with_cells_below
    if remembered is None or not (remembered[0] is text or remembered[0] == text):
        remembered = _last_tables.text_and_lines_with_cells_below = (text, {})
    known = remembered[1].get((line_start, line_end))
    if known is None:
        known = remembered[1][(line_start, line_end)] = _line_may_have_cells_below(text, line_start, line_end)
    return known


def _line_may_have_cells_below(text: str, line_start: int, line_end: int) -> bool:
    separator = next((sep for sep in ("|", "\t", ",", ";") if text.find(sep, line_start, line_end) != -1), None)
    if separator is None:
        return False
    for _, row in _rows_below(text, line_end):
        is_rule = _RULE_LINE.fullmatch(row) is not None
        if separator in row and not is_rule:
            return True
        if row.strip() and not is_rule:
            return False
    return False


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
                         lower_case_header: bool = False, whole_cells: bool = False,
                         index_column: bool = False) -> Iterator[tuple[int, int]]:
    """[start, end) of each word below a header cell of whitespace-aligned tool output (ps, top, w, kubectl).

    Such tables have no separator: a header is a line of three or more upper-case words (`USER  PID %CPU`),
    and a row's cell is the word that overlaps the header cell's character columns (left- or right-aligned).
    With `whole_cells`, a left-aligned cell of several words (`H Karimi` under `OWNER`, `vendor review` under
    `TASK`) runs on over the words that start before the next header cell does.
    Rows are read until a blank line, a line with fewer words than the header, or `_MAX_TABLE_ROWS`.
    With `lower_case_header` a header in lower case counts too (a vault export: `db user password`), and then
    only rows of exactly the header's word count are read, since lower-case words also open sentences; their cell
    is the word at the header cell's place (such exports separate cells by one blank, not aligned).
    With `index_column` too, a row may also start with one word more than the header, its row label (pandas and
    Spark print a data frame's index left of its columns: `0   10231   priya   raghavan`).
    """
    line_start, line_end = _line_around(text, label_start, label_end)
    if label_start > line_start and not text[label_start - 1].isspace():
        return
    if label_end < line_end and not text[label_end].isspace():
        return
    header = text[line_start:line_end]
    upper_case = header.upper() == header  # (upper-casing maps each character alone: the same as asking each word)
    if not upper_case and not (lower_case_header and header.lower() == header):
        return
    header_words = header.split()
    if len(header_words) < 3:
        return
    first_column, last_column = label_start - line_start, label_end - line_start
    next_header = _WORD.search(header, last_column)
    next_column = next_header.start() if next_header else None
    aligned = "  " in header.strip()
    for position, row in _rows_below(text, line_end):
        words = list(_WORD.finditer(row))
        extra = len(words) - len(header_words)
        # A data frame's cell of two words ("Ward 12") adds a word to its row: with a header aligned by column gaps,
        # such a row is read by character columns as an upper-case header's rows are (round 37).
        by_columns = (not upper_case and index_column and aligned and extra > 1
                      and _WORD_GAP.search(row) is not None)
        if len(words) < len(header_words) - 1 or not upper_case and not by_columns and extra not in (
                (0, 1) if index_column else (0,)):
            return  # a blank line or prose: the table ended
        if not upper_case and not by_columns:
            word = words[len(text[line_start:label_start].split()) + extra]
            yield position + word.start(), position + word.end()
            continue
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
_WORD_GAP = re.compile(r"\S[ \t]{2,}\S")
# What a cell's value is trimmed of: blanks and quotes.
_CELL_EDGES = " \t\"'`\r"
_RULE_LINE = re.compile(r"[ \t]*[-+=|:]{3,}[-+=|: \t]*\r?")


def tables(text: str) -> Iterator[tuple[list[str], list[list[tuple[int, int]]]]]:
    """Each table of the text as (its header's cell texts, or [] without a header; rows of cells ([start, end) of the
    trimmed cell value)); the header row is not among the rows. The caller must not change them.

    Read once per text: the secrets detector (secret_columns.py), the PII detector (ids_of_devices.py) and the
    engine's column rule (column_kinds.py) each ask for the same text's tables; the last text's are remembered (per
    thread), so it is parsed once, not once per reader.
    """
    remembered = _last_tables.text_and_tables
    if remembered is not None and (remembered[0] is text or remembered[0] == text):
        return iter(remembered[1])
    parsed = tuple(_parsed_tables(text))
    _last_tables.text_and_tables = (text, parsed)
    return iter(parsed)


class _LastTables(threading.local):
    text_and_tables: tuple[str, tuple[tuple[list[str], list[list[tuple[int, int]]]], ...]] | None = None
    # the last text may_have_cells_below read, and its answer by line ([start, end) of the label's line)
    text_and_lines_with_cells_below: tuple[str, dict[tuple[int, int], bool]] | None = None


_last_tables = _LastTables()


def _parsed_tables(text: str) -> Iterator[tuple[list[str], list[list[tuple[int, int]]]]]:
    run: list[tuple[int, str]] = []  # (line start, line) of consecutive rows
    run_key: tuple[str, int] | None = None
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if run and _RULE_LINE.fullmatch(line):
            run.append((line_start, ""))  # a rule under a header: kept as a marker
            continue
        separator = _separator(line)
        cell_count = len(_cell_bounds(line, separator)) if separator else 0  # (trimmed only in a table: _rows_of)
        key = (separator, cell_count) if cell_count >= 2 else None
        if key is not None and key == run_key:
            run.append((line_start, line))
            continue
        if run_key is not None and len(run) >= _MIN_RECORD_LINES:
            yield from _rows_of(run, run_key[0])
        run, run_key = ([(line_start, line)], key) if key is not None else ([], None)
    if run_key is not None and len(run) >= _MIN_RECORD_LINES:
        yield from _rows_of(run, run_key[0])


def _separator(line: str) -> str | None:
    """The line's cell separator: a tab or `|` when there is one, else the more frequent of `,` and `;` (a `;` export
    writes decimal commas: "Hurtownia Bemar;7791234567;88,10")."""
    if "\t" in line:
        return "\t"
    if "|" in line:
        return "|"
    commas, semicolons = line.count(","), line.count(";")
    if not commas and not semicolons:
        return None
    return ";" if semicolons > commas else ","


def _rows_of(run: list[tuple[int, str]], separator: str) -> Iterator[tuple[list[str], list[list[tuple[int, int]]]]]:
    lines = sum(1 for _, line in run if line)
    if lines < MIN_TABLE_LINES and not (lines == _MIN_RECORD_LINES and _is_record_under_header(run)):
        return
    rows: list[list[tuple[int, int]]] = []
    header: list[str] = []
    header_done = False
    for number, (start, line) in enumerate(run):
        if not line:
            header_done = True  # a rule line: everything above it was the header
            if len(rows) == 1 and not header:
                header = [run[0][1][a:b] for a, b in _cells(run[0][1], separator)]
            rows.clear()
            continue
        if number == 0 and not header_done and _looks_like_header(line):
            header = [line[a:b] for a, b in _cells(line, separator)]
            continue
        rows.append([(start + a, start + b) for a, b in _cells(line, separator)])
    if len(rows) >= 2 or (header and rows):
        yield header, rows


def _is_record_under_header(run: list[tuple[int, str]]) -> bool:
    """Two lines: a header of words and one row that is not (a row with a digit or an `@`)."""
    lines = [line for _, line in run if line]
    return _looks_like_header(lines[0]) and not _looks_like_header(lines[1])


def _looks_like_header(line: str) -> bool:
    """A first row of words only (no digit, no @ in any cell) is the table's header."""
    return not any(character.isdigit() or character == "@" for character in line)


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """[start, end) in the line of each cell's value, trimmed of blanks and quotes (CSV quoting honoured); [] for a
    line of fewer than two cells."""
    bounds = _cell_bounds(line, separator)
    if len(bounds) < 2:
        return []
    trimmed = []
    for a, b in bounds:
        cell = line[a:b]
        value = cell.strip(_CELL_EDGES)
        if value:
            a += len(cell) - len(cell.lstrip(_CELL_EDGES))
            b = a + len(value)
        else:
            b = a = a + len(cell)  # (a blank cell: trimmed from the left, it ends where it ended)
        trimmed.append((a, b) if b - a <= _MAX_CELL else (a, a))
    return trimmed


def _cell_bounds(line: str, separator: str) -> list[tuple[int, int]]:
    """[start, end) in the line of each cell, untrimmed (CSV quoting honoured; a Markdown row's blank edges outside
    its outer pipes are no cells)."""
    bounds: list[tuple[int, int]] = []
    if separator == "|" or '"' not in line:  # nothing quoted: every separator ends a cell (str.split, in C)
        cell_start = 0
        for cell in line.split(separator):
            bounds.append((cell_start, cell_start + len(cell)))
            cell_start += len(cell) + 1
    else:
        cell_start = 0
        in_quotes = False
        for index, character in enumerate(line):
            if character == '"':
                in_quotes = not in_quotes
            elif character == separator and not in_quotes:
                bounds.append((cell_start, index))
                cell_start = index + 1
        bounds.append((cell_start, len(line)))
    if separator == "|":  # "| a | b |": the edges outside the outer pipes are no cells
        if bounds and not line[bounds[0][0]:bounds[0][1]].strip():
            bounds = bounds[1:]
        if bounds and not line[bounds[-1][0]:bounds[-1][1]].strip():
            bounds = bounds[:-1]
    return bounds
