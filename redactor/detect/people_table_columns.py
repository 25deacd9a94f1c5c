"""The id and birth-date columns of a table of people: the header, or the age of the dates, says what the cells are.

A CSV, TSV, `;` or Markdown table whose rows hold people (cells found as PERSON in two rows or more) lists,
beside each name, the person's member, patient, staff or customer number and often their date of birth. The
shape of those cells says little (`311`, `st0412`, `K7781a`: no id pattern knows them, and a bare number is
no id anywhere else); the column does:
- a header that names an identifier in any language (`id`, `no`, `nr`, `#`, `ref`, `code`, `member`, `MRN`,
  `Kundennummer`, `numéro`, `matrícula`, `numer`, `numara` ...), and no thing of a program nor a quantity
  (`order no`, `ticket`, `qty`: ids_of_people's test), makes every cell of it with a digit an ID_NUMBER (0.7),
  unless the column counts rows from 1 (1, 2, 3 ...: a line number);
- a header that names a birth (`dob`, `born`, `geburtsdatum`, `nacimiento`, `urodzenia`, `doğum` ...) makes
  its dates DATE_OF_BIRTH (0.8);
- with no header row, a column of dates all 15 to 100 years old is the people's birth dates: doubtful (0.55),
  as events of the past (hired, joined) can be that old too. A header that names anything else leaves them.
Called per table by column_kinds.py, which reads the tables.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_of_people import not_an_id_column

_DETECTOR = "people-columns"
_ID_SCORE = 0.7
_BIRTH_SCORE = 0.8
_MIN_PEOPLE_ROWS = 2
_MIN_AGE, _MAX_AGE = 15, 100
# Words of a header that names an identifier (header words are split on blanks, `_`, `-`, `.`, `/`; compounds
# such as `Kundennummer` end in one of _ID_ENDINGS).
_ID_WORDS = frozenset("""id ids no nr num number numbers # n° nº № ref reference code member membership patient employee
    emp staff student account acct mrn badge card file folio registration reg ident identifier uid pin
    nummer kennung ausweis numéro numero n matrícula matricula legajo expediente código codigo tessera codice
    numer nr. kod identyfikator numara sicil номер 番号 编号 번호""".split())
_ID_ENDINGS = ("nummer", "nr", "number", "numer", "numara", "id", "no")
_BIRTH_HEADER = re.compile(
    r"(?i:dob|d\.o\.b|birth|born|bday|b-day|geb|nacimiento|nacim|fec(?:ha)?[ _.-]*nac|naissance|nascita|nascimento|nasc\b"
    r"|urodz|doğum|dogum"
    r"|födel|fodel|fødsel|fodsel|geboorte|syntym|születés|szuletes|narozen|рожд|出生|生年|생년)")
_DATE = re.compile(
    r"(?P<a>\d{1,4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
    r"|(?P<d>\d{1,2})[ -](?P<mon>[A-Za-z]{3,9})\.?[ -](?P<y>\d{4})")
_CELL_ID = re.compile(r"[#]?[\w./-]{1,24}", re.UNICODE)
_DECIMAL = re.compile(r"[-+]?\d{1,3}(?:[.,]\d{3})*[.,]\d{1,2}")


def people_column_spans(text: str, header: list[str], rows: list[list[tuple[int, int]]],
                        spans: Sequence[Span]) -> Iterator[Span]:
    """ID_NUMBER and DATE_OF_BIRTH spans for the id and birth-date columns of one table of people (module doc)."""
    starts = sorted((span.start, span.end) for span in spans)
    if not _holds_people(rows, spans):
        return
    columns = max(len(row) for row in rows)
    for column in range(columns):
        cells = [row[column] for row in rows if column < len(row) and row[column][1] > row[column][0]]
        if not cells:
            continue
        label = header[column] if column < len(header) else None
        if label is not None and _names_an_id(label):
            yield from _id_cells(text, cells, starts)
        elif label is not None and _BIRTH_HEADER.search(label):
            yield from _date_cells(text, cells, starts, _BIRTH_SCORE, any_age=True)
        elif not header:
            yield from _date_cells(text, cells, starts, DOUBTFUL_SCORE, any_age=False)


def _holds_people(rows: list[list[tuple[int, int]]], spans: Sequence[Span]) -> bool:
    """Whether PERSON findings stand in two rows of the table or more."""
    people = sorted(span.start for span in spans if span.kind == "PERSON")
    if not people:
        return False
    count = 0
    for row in rows:
        first, last = row[0][0], row[-1][1]
        index = bisect.bisect_left(people, first)
        if index < len(people) and people[index] < last:
            count += 1
            if count >= _MIN_PEOPLE_ROWS:
                return True
    return False


def names_a_birth(label: str) -> bool:
    """Whether a header cell names a birth (`dob`, `Geburtsdatum`, `fecha nac.`): printout_records.py reads it too."""
    return _BIRTH_HEADER.search(label) is not None


def names_an_id(label: str) -> bool:
    """Whether a header cell names an identifier (module doc): printout_records.py reads it too."""
    return _names_an_id(label)


def _names_an_id(label: str) -> bool:
    key = label.strip(" \t\"'`*_:").casefold()
    if not key or not_an_id_column(key):
        return False
    words = [word for word in re.split(r"[\s_./-]+", key) if word]
    if key == "#" or any(word in _ID_WORDS for word in words):
        return True
    return any(len(word) > 6 and word.endswith(_ID_ENDINGS) for word in words)  # "Kundennummer", "pesel_nr"


def _overlaps(starts: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(starts, (end, 0))
    return any(s_end > start for _, s_end in starts[max(0, index - 8):index])


def _id_cells(text: str, cells: list[tuple[int, int]], starts: list[tuple[int, int]]) -> Iterator[Span]:
    values = [text[start:end] for start, end in cells]
    if all(value.isdigit() for value in values) and _counts_rows([int(value) for value in values]):
        return  # 1, 2, 3 ...: the row's number, not the person's
    for (start, end), value in zip(cells, values):
        if (not any(ch.isdigit() for ch in value) or len(value) < 2 or not _CELL_ID.fullmatch(value)
                or _DATE.fullmatch(value) or _DECIMAL.fullmatch(value) or _overlaps(starts, start, end)):
            continue
        yield Span(start, end, "ID_NUMBER", "pii", _ID_SCORE, _DETECTOR)


def _counts_rows(numbers: list[int]) -> bool:
    """1, 2, 3 ... from 0 or 1: a line number (a database's consecutive ids, 1001, 1002 ..., are still ids)."""
    return len(numbers) >= 2 and numbers[0] <= 1 and all(b - a == 1 for a, b in zip(numbers, numbers[1:]))


def _date_cells(text: str, cells: list[tuple[int, int]], starts: list[tuple[int, int]], score: float,
                any_age: bool) -> Iterator[Span]:
    """The date cells of a column; without a header, only a column whose cells are all dates 15-100 years old."""
    this_year = date.today().year
    dated = []
    for start, end in cells:
        match = _DATE.fullmatch(text, start, end)
        year = _year(match) if match else None
        if year is None:
            if not any_age:
                return  # a cell that is no date: not a column of dates
            continue
        if not any_age and not _MIN_AGE <= this_year - year <= _MAX_AGE:
            return
        dated.append((start, end))
    if not any_age and len(dated) < 2:
        return
    for start, end in dated:
        if not _overlaps(starts, start, end):
            yield Span(start, end, "DATE_OF_BIRTH", "pii", score, _DETECTOR)


def _year(match: re.Match) -> int | None:
    """The four-digit year of a date, when its parts can be a day, a month and a year."""
    if match.group("y"):
        return int(match.group("y"))
    a, b, c = match.group("a"), match.group("b"), match.group("c")
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        year, month, day = int(c), min(int(a), int(b)), max(int(a), int(b))
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year):
        return None
    return year
