"""The rows of a printed table about people: what each column holds, read from its header and its neighbours.

Data work pastes tables as programs print them, their columns aligned with blanks rather than split by a separator:
`psql` and `mysql` result sets, pandas and R (`tibble`, `glimpse`) output, Stata's `list`, a spreadsheet copied
as text, a mainframe or AIMS export. table_columns.tables reads separated tables only, so the column readers
(column_kinds.py, people_table_columns.py) never saw these. Every writer of such a printout produces the same
structure: a header line of column names over rows whose cells stand under them, two blanks or a `|` apart.

A row holding a person's findings (ids_in_person_records.person_lines: a name, a birth date, a national id, or two
contact values) is a person's record, and its cells nobody found are read by the column they stand in:
- under a header that names an identifier (people_table_columns' vocabulary: `id`, `no`, `member_no`, `hhid`,
  `Таб.№`, `ficha`, `matrícula` ...), a cell with a digit is an ID_NUMBER;
- under a header that names a passport (`passport`, `pasaporte`, `Reisepass`, `паспорт` ...), the cell's code is
  a PASSPORT; under one that names a birth (`dob`, `geb.`, `рожд` ...), its date is a DATE_OF_BIRTH;
- under a header that names a latitude or a longitude (`lat`, `gps_lon`, `Breite`, `широта` ...), a decimal
  number in the range of one is GEO_COORDINATES (a home's position);
- under no header, or one that names nothing of these and no quantity (`balance`, `age`, `hours`:
  ids_of_people.not_an_id_column), a number written as a register writes one (five digits or more, a leading zero,
  digit groups joined by `-` or `/`: `0412-770`) or a code (ids_in_person_records.code_shaped) is an ID_NUMBER
  when it opens the row (a record's key comes first) or when the same column holds such a value in another
  person's row too (a column of ids). Amounts (a decimal or a thousands mark), years, dates, times and row counters
  stay.
A row of the table without a person's findings is still read under an id header when it holds any personal finding
(`57607  12,400  0711004707` under `member no | balance | phone`).
Doubtful (0.55) where only the shape speaks, 0.7 where the header names the kind: the wire redacts both.
Cost: a literal two-blank pre-check, then only the blocks of aligned lines that hold a personal finding.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_in_person_records import code_shaped, person_lines
from redactor.detect.ids_of_people import not_an_id_column
from redactor.detect.people_table_columns import names_a_birth, names_an_id

_DETECTOR = "printout-records"
_HEADER_SCORE = 0.7
_MAX_BLOCK_LINES = 400
_MAX_LINE = 400
# A gap between two cells of a printed row: two blanks or more, a tab, or a `|` border.
_CELL = re.compile(r"[^\s|](?:[^\t|]*?[^\s|])?(?=[ ]{2,}|\t|[ ]*\||[ ]*$)")
_ALIGNED = re.compile(r"\S(?:[ ]{2,}|\t| ?\| ?)\S")
_RULE_LINE = re.compile(r"[ \t]*[-+=|:]{3,}[-+=|: \t]*")
_TYPE_LINE = re.compile(r"[ \t]*(?:<[a-z]{2,5}>[ \t]*){2,}")  # R's `<chr> <int> <dbl>` under a tibble's header
_DIGITS_ID = re.compile(r"0\d{3,}|\d{5,14}|\d{2,}(?:[-/]\d{2,}){1,3}")
_PREFIXED_ID = re.compile(r"[A-Z]{1,4}[-/]?\d{4,12}")
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d\d"
                   r"|(?:19|20)\d\d[-/](?:19|20)?\d\d")  # dates, a month and year, a range of years
_TIME_OR_AMOUNT = re.compile(r".*[:.,].*")
_ROW_NUMBER = re.compile(r"\d{1,4}[.:)]?")
_DECIMAL = re.compile(r"[-+]?\d{1,3}\.\d{3,8}")
_PASSPORT_VALUE = re.compile(r"[A-Z]{0,2}\d[\dA-Z ]{4,11}\d|[A-Z]{1,2}[ ]?\d{6,9}", re.IGNORECASE)
_PASSPORT_HEADER = re.compile(
    r"(?i:passport|pasaporte|passeport|passaporto|passaporte|reisepass|paszport|pasaport|pasport|паспорт|"
    r"护照|護照|パスポート|여권|جواز)")
_LATITUDE_WORDS = frozenset("lat latitude latitud latitudine breite breitengrad широта 緯度 纬度 위도".split())
_LONGITUDE_WORDS = frozenset("lon lng long longitude longitud longitudine länge laenge längengrad долгота 経度 经度 경도"
                             .split())
_PII_KINDS_OF_A_ROW = frozenset({"PERSON", "EMAIL", "PHONE", "DATE_OF_BIRTH", "NATIONAL_ID", "SSN", "PASSPORT",
                                 "STREET_ADDRESS", "ADDRESS", "IBAN", "TAX_ID", "DRIVER_LICENSE", "ID_NUMBER"})


def ids_in_printout_rows(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for the unfound cells of printed people's rows (module doc)."""
    if "  " not in text and "|" not in text and "\t" not in text:
        return []
    personal = [span for span in spans if span.category == "pii" and span.kind in _PII_KINDS_OF_A_ROW]
    if not personal:
        return []
    people = {start for start, _ in person_lines(text, spans)}
    found_lines = {text.rfind("\n", 0, span.start) + 1 for span in personal}
    taken = sorted((span.start, span.end) for span in spans)
    added: list[Span] = list(_transposed_spans(text, personal, taken)) if "$ " in text else []
    for block in _blocks(text):
        if not any(start in found_lines for start, _ in block):
            continue
        added.extend(_read_block(text, block, people, found_lines, taken))
    return added


def _blocks(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of two lines or more written as aligned cells (rule and type lines inside them are skipped)."""
    block: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position <= length:
        end = text.find("\n", position)
        end = length if end < 0 else end
        line = text[position:end].rstrip("\r")
        if _RULE_LINE.fullmatch(line) or _TYPE_LINE.fullmatch(line):
            pass  # `+-----+`, `|---|`, `<chr> <int>`: inside a block, not a row
        elif len(line) <= _MAX_LINE and _ALIGNED.search(line) and len(block) < _MAX_BLOCK_LINES:
            block.append((position, position + len(line)))
        else:
            if len(block) >= 2:
                yield block
            block = []
        position = end + 1
    if len(block) >= 2:
        yield block


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + match.start(), start + match.end()) for match in _CELL.finditer(text[start:end])]


def _read_block(text: str, block: list[tuple[int, int]], people: set[int], found_lines: set[int],
                taken: list[tuple[int, int]]) -> Iterator[Span]:
    header_start, header_end = block[0]
    header = None
    if not any(char.isdigit() for char in text[header_start:header_end]) or not _overlaps_any(
            taken, header_start, header_end):
        header = [(start - header_start, end - header_start, text[start:end])
                  for start, end in _cells(text, header_start, header_end)]
        if len(header) < 2 or any(_DIGITS_ID.fullmatch(label) for _, _, label in header):
            header = None
    rows = block[1:] if header is not None else block
    # Two people's rows make the table one of people: its other rows with a personal finding (a one-word name the
    # model found, a phone) are records too.
    of_people = sum(start in people for start, _ in rows) >= 2
    candidates: list[tuple[int, int, int, str | None, bool]] = []  # start, end, column start, label, opens row
    for row_start, row_end in rows:
        in_record = row_start in people or (of_people and row_start in found_lines)
        if not in_record and not (header is not None and row_start in found_lines):
            continue
        cells = _cells(text, row_start, row_end)
        first = True
        for cell_start, cell_end in cells:
            label = _label_over(header, cell_start - row_start, cell_end - row_start)
            for span in _cell_spans(text, cell_start, cell_end, label, taken, in_record):
                if span.kind == "ID_NUMBER" and span.score < _HEADER_SCORE:
                    candidates.append((span.start, span.end, span.start - row_start, label, first))
                else:
                    yield span
            value = text[cell_start:cell_end]
            if not _ROW_NUMBER.fullmatch(value):
                first = False
    # A shaped number without an id header: the row's first value, or one of a column of them.
    columns = [column for _, _, column, _, _ in candidates]
    for start, end, column, _, opens in candidates:
        supported = sum(abs(other - column) <= 3 for other in columns) >= 2
        if opens or supported:
            yield Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR)


def _label_over(header: list[tuple[int, int, str]] | None, start: int, end: int) -> str | None:
    """The header cell standing over a cell's character columns (left- or right-aligned), if one does."""
    if header is None:
        return None
    best, overlap = None, 0
    for label_start, label_end, label in header:
        shared = min(end, label_end) - max(start, label_start)
        if shared > overlap:
            best, overlap = label, shared
    return best


def _cell_spans(text: str, start: int, end: int, label: str | None, taken: list[tuple[int, int]],
                in_record: bool, shaped: bool = True) -> Iterator[Span]:
    value = text[start:end]
    if _overlaps_any(taken, start, end):
        return
    if label is not None:
        if _PASSPORT_HEADER.search(label):
            if _PASSPORT_VALUE.fullmatch(value) and in_record:
                yield Span(start, end, "PASSPORT", "pii", _HEADER_SCORE, _DETECTOR)
            return
        if names_a_birth(label):
            if _DATE.fullmatch(value) and in_record:
                yield Span(start, end, "DATE_OF_BIRTH", "pii", _HEADER_SCORE, _DETECTOR)
            return
        words = set(re.split(r"[\s_./-]+", label.casefold()))
        if words & (_LATITUDE_WORDS | _LONGITUDE_WORDS):
            if _DECIMAL.fullmatch(value) and in_record:
                bound = 90 if words & _LATITUDE_WORDS else 180
                if abs(float(value)) <= bound:
                    yield Span(start, end, "GEO_COORDINATES", "pii", _HEADER_SCORE, _DETECTOR)
            return
        if not_an_id_column(label.casefold()):
            return
        if names_an_id(label):
            if (any(char.isdigit() for char in value) and len(value) >= 2 and " " not in value
                    and not _DATE.fullmatch(value) and not _TIME_OR_AMOUNT.fullmatch(value)):
                yield Span(start, end, "ID_NUMBER", "pii", _HEADER_SCORE, _DETECTOR)
            return
    if not in_record or not shaped:
        return
    for token in re.finditer(r"\S+", value):  # (a tibble prints the row's number in the id's cell: `1 0412-770`)
        word = token.group()
        token_start, token_end = start + token.start(), start + token.end()
        if _overlaps_any(taken, token_start, token_end):
            continue
        if _shaped_id(word):
            yield Span(token_start, token_end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR)


# R's `glimpse()` and `str()` print a table turned on its side: one line per column, its name, its type, its values.
_TRANSPOSED_LINE = re.compile(r"^[ \t]*\$[ \t]+(?P<name>[^\s:]+)[ \t]*(?:<[a-z]{2,5}>|:[ \t]*[a-zA-Z]{2,5}(?:[ \t]+\[[^\]\n]*\])?)"
                              r"[ \t]+(?P<values>[^\n]*)$", re.MULTILINE)
_TRANSPOSED_VALUE = re.compile(r'"([^"\n]*)"|([^\s",]+)')


def _transposed_spans(text: str, personal: Sequence[Span], taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The column lines of a table printed on its side whose other lines hold people (`$ nombre <chr> "Ana …"`): a line
    of distinct codes, or one named for an id, a passport, a birth or a position, is read as a column (module doc)."""
    lines = list(_TRANSPOSED_LINE.finditer(text))
    if len(lines) < 2:
        return
    starts = sorted(span.start for span in personal if span.kind == "PERSON")
    if not any(bisect.bisect_left(starts, line.start("values")) < bisect.bisect_left(starts, line.end())
               for line in lines):
        return  # no person in the table
    for line in lines:
        label = line.group("name")
        values = [(match.start(match.lastindex), match.end(match.lastindex))
                  for match in _TRANSPOSED_VALUE.finditer(text, line.start("values"), line.end("values"))
                  if match.group(match.lastindex) and match.group(match.lastindex) not in ("NA", "...", "…")]
        if not values or any(_overlaps_any(taken, start, end) for start, end in values):
            continue  # a column found already (the names), or one a detector read
        cells = [text[start:end] for start, end in values]
        if names_an_id(label) and not not_an_id_column(label.casefold()) or (
                len(set(cells)) == len(cells) >= 2
                and all(_shaped_id(cell) for cell in cells)):
            for (start, end), cell in zip(values, cells):
                if any(char.isdigit() for char in cell) and not _DATE.fullmatch(cell):
                    yield Span(start, end, "ID_NUMBER", "pii", _HEADER_SCORE if names_an_id(label) else DOUBTFUL_SCORE,
                               _DETECTOR)
            continue
        for (start, end), cell in zip(values, cells):
            yield from _cell_spans(text, start, end, label, taken, True, shaped=False)


def _shaped_id(word: str) -> bool:
    """A number written as a register writes one (module doc), a letter prefix before one (`F-975978`), or a code."""
    if word.isdigit() or not any(char.isalpha() for char in word):
        return _DIGITS_ID.fullmatch(word) is not None and not _DATE.fullmatch(word)
    return _PREFIXED_ID.fullmatch(word) is not None or code_shaped(word)


def _overlaps_any(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(taken, (end, 0))
    return any(t_end > start for _, t_end in taken[max(0, index - 12):index])
