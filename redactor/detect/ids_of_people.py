"""A code written right after a person's name is that person's identifier: "Ms Okafor, 448-221-09".

Registers, letters and tickets attach a person's member, patient, staff or file number to their name
without a label: `Ms Okafor, 448-221-09, wants her records transferred`, `Thabo Nkosi (77120-4)`,
`J. Brennan – 2023/118841`, `Maria Lopez #20214471`. Once a PERSON is found, a code that follows it on the
same line after a comma, an opening bracket, a dash, a colon or a `#` (perhaps then a short id word: `(id 8821-44)`,
`, Nr. 4471902`, `(ref: CL-20931)`) is an ID_NUMBER when it looks like an
identifier: at least five digits (four with a letter: `E4471`), with only capitals, `-`, `/` and `.` besides,
and it is not a date, a time, an amount, a year or a house number (a capitalised word after it: `12 Quay St`).
Phones, national ids and the like are found by their own rules first; this adds a doubtful span (0.55) only
where no finding is.

Round 9, rows of a table about people (`_ids_in_rows`): in a row of a CSV, TSV, `;` or Markdown table (three
cells or more by one separator) with a cell found as a PERSON, another cell that is a code alone (`E4471`,
`20214471`, `EMP-0091`: four digits or more, perhaps after a letter prefix) is that person's id, unless the
column's header names a quantity or a place (`age`, `salary`, `qty`, `zip`, `ext` ...). Doubtful.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.record_ids import _THING_WORDS

_DETECTOR = "person-ids"
_MIN_DIGITS = 5
_MIN_DIGITS_WITH_LETTER = 4
_AFTER_NAME = re.compile(
    r"[ \t]*(?:,|\(|–|—|-|:|\||(?=#))[ \t]*(?:#|(?i:no|nr|id|ref|n°|nº)\.?[ \t]*[:#]?[ \t]*)?"
    r"(?P<code>[A-Z0-9][A-Z0-9./-]{2,30}[A-Z0-9])"
    r"(?P<after>[ \t]*[)\],;:.!?]?[ \t]*(?:[a-z]\w*|$)|[ \t]*[)\],;]|[ \t]*$)",
    re.MULTILINE)
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")
# A cell of a row that is an id alone: a letter prefix perhaps, then digits (dashes and slashes inside).
_ROW_ID = re.compile(r"[A-Z]{0,4}[-/]?\d{3,14}(?:[-/][A-Z0-9]{1,8}){0,2}")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2}){0,3}")
_HL7_SEGMENT = re.compile(r"[ \t]*[A-Z][A-Z0-9]{2}\|")
_ROW_SEPARATORS = (",", "\t", ";", "|")
# Header cells of columns that hold quantities, money, places or times, not ids.
_NOT_ID_HEADER = re.compile(
    r"(?i:\b(?:age|years?|yrs?|qty|quantity|amount|total|price|cost|salary|pay|wage|balance|score|points?|count|hours?"
    r"|hrs|zip|postcode|postal|plz|cap|ext|extension|room|floor|unit|apt|weight|height|size|duration|days?|limit"
    r"|budget|revenue|sales|units|stock|phone|tel|mobile|fax|cell|house|street|number of|rate|percent|grade|level"
    r"|income|spend|fee|due|paid|credit|debit|value|sum|avg|mean|min|max|km|miles|mins?|minutes|seconds|ms)\b)")


# Round 21, a code a person owns by a possessive: "Mr. Otieno's card AB-7781", "Priya's member number is 44812".
# The noun (one to three lower-case words) says what the code is; a thing's noun (`order`, `commit`, `ticket`,
# `flight`) or a quantity's (`salary`, `score`, `room`) is not the person's id.
_POSSESSIVE = re.compile(
    r"['’]s?[ \t]+(?P<noun>[a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*(?::|#|\bno\.?|\b(?:is|was|reads)\b)?[ \t]*"
    r"(?P<code>[A-Z0-9][A-Z0-9./-]{2,30}[A-Z0-9])(?P<after>[ \t]*[)\],;:.!?]?[ \t]*(?:[a-z]\w*|$)|[ \t]*[)\],;]|[ \t]*$)",
    re.MULTILINE)

# A noun ending in a preposition has the code as another thing's object ("Fowler's article on CQRS-2011").
_LINKING_WORDS = frozenset("on in at for to from with about of by and or than like into onto over under via".split())
_YEAR_IN_NAME = re.compile(r"[A-Z]+[-/ ]?(?:19|20)\d\d")  # a standard's or a release's name (`COBOL-60`, `CQRS-2011`)


def _owned_code(text: str, name_end: int) -> re.Match | None:
    """The match of a code after a person's possessive and a noun that is no thing's nor quantity's, or None."""
    match = _POSSESSIVE.match(text, name_end)
    if match is None:
        return None
    words = match.group("noun").split()
    if (_NOT_ID_HEADER.search(match.group("noun")) or any(word in _THING_WORDS for word in words)
            or words[-1] in _LINKING_WORDS or _YEAR_IN_NAME.fullmatch(match.group("code"))):
        return None
    return match


def ids_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for codes written right after a found PERSON, or beside one in a table row (module doc)."""
    people = [span for span in spans if span.kind == "PERSON"]
    if not people:
        return []
    taken = _Taken([(span.start, span.end) for span in spans])
    added: list[Span] = []
    headers: dict[tuple[int, str], str | None] = {}
    for person in people:
        match = _AFTER_NAME.match(text, person.end) or _owned_code(text, person.end)
        if match is None:
            continue
        code = match.group("code")
        start, end = match.span("code")
        digits = sum(character.isdigit() for character in code)
        if (digits < (_MIN_DIGITS_WITH_LETTER if any(char.isalpha() for char in code) else _MIN_DIGITS)
                or _DATE_OR_TIME.fullmatch(code) or _YEAR_RANGE.fullmatch(code)
                or taken.overlaps(start, end) or _under_a_non_id_header(text, start, headers)):
            continue
        added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
        taken.append((start, end))
    for start, end in _ids_in_rows(text, people, taken, headers):
        added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
        taken.append((start, end))
    return added


class _Taken:
    """The regions found so far, sorted by start: an overlap test looks at the few that can reach (bisection), not
    at every region (a row per person made that quadratic on tall tables)."""

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        self._regions = sorted(regions)
        self._starts = [start for start, _ in self._regions]
        self._longest = max((end - start for start, end in self._regions), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return any(start < region_end for _, region_end in self._regions[first:last])

    def append(self, region: tuple[int, int]) -> None:
        index = bisect.bisect_left(self._starts, region[0])
        self._regions.insert(index, region)
        self._starts.insert(index, region[0])
        self._longest = max(self._longest, region[1] - region[0])


def _under_a_non_id_header(text: str, start: int, headers: dict[tuple[int, str], str | None]) -> bool:
    """A cell of a table row whose header names a quantity or a thing ("salary": `Maria Lopez,52000`)."""
    row_start = text.rfind("\n", 0, start) + 1
    row_end = text.find("\n", start)
    row = text[row_start:len(text) if row_end == -1 else row_end]
    separator = next((sep for sep in _ROW_SEPARATORS if row.count(sep) >= 2), None)
    if separator is None or _HL7_SEGMENT.match(row):
        return False
    header = _header_cells(text, row_start, separator, row.count(separator), headers)
    index = text.count(separator, row_start, start)
    return header is not None and index < len(header) and not_an_id_column(header[index])


def _ids_in_rows(text: str, people: Sequence[Span], taken: "_Taken",
                 headers: dict[tuple[int, str], str | None]) -> Iterator[tuple[int, int]]:
    """[start, end) of the id cells of table rows that hold a found person (each row read once)."""
    rows_done: set[int] = set()
    for person in sorted(people, key=lambda span: span.start):
        row_start = text.rfind("\n", 0, person.start) + 1
        if row_start in rows_done:
            continue
        rows_done.add(row_start)
        row_end = text.find("\n", person.end)
        row_end = len(text) if row_end == -1 else row_end
        row = text[row_start:row_end]
        if _HL7_SEGMENT.match(row):
            continue  # an HL7 segment: its fields are read by position (pii_fields.py, people_in_records.py)
        separator = next((sep for sep in _ROW_SEPARATORS if row.count(sep) >= (1 if sep == "\t" else 2)), None)
        if separator is None:
            continue
        header = _header_cells(text, row_start, separator, row.count(separator), headers)
        offset = row_start
        for index, cell in enumerate(row.split(separator)):
            cell_start, cell_end = offset, offset + len(cell)
            offset = cell_end + 1
            stripped = cell.strip(" \t\r\"'`*")
            if not stripped or not _ROW_ID.fullmatch(stripped):
                continue
            start = cell_start + cell.index(stripped)
            end = start + len(stripped)
            digits = sum(char.isdigit() for char in stripped)
            if (digits < 4 or _YEAR_RANGE.fullmatch(stripped) or _DATE_OR_TIME.fullmatch(stripped)
                    or _COMPACT_DATE.fullmatch(stripped) or taken.overlaps(start, end)):
                continue
            if header is not None and index < len(header) and not_an_id_column(header[index]):
                continue
            yield start, end


def not_an_id_column(header_cell: str) -> bool:
    """A header cell naming a quantity, a place or a thing of a program (`ticket`, `order`, `build`), not a person's id."""
    if _NOT_ID_HEADER.search(header_cell):
        return True
    words = re.findall(r"[a-z]+", header_cell.lower())
    return any(word in _THING_WORDS for word in words)


def _header_cells(text: str, row_start: int, separator: str, count: int,
                  headers: dict[tuple[int, str], str | None]) -> list[str] | None:
    """The cells of the table's first line above the row (same separator count), or None (a headerless row).

    Every line walked over is remembered with the header found (`headers`, by line and separator), so a table is
    walked up once in all, not once per row (linear in the table's lines). A line walked with another separator is
    not this table's: a table of `;` right under one of `,` has its own header, not the header of the table above."""
    line_end = row_start - 1
    header = None
    walked = [row_start]
    while line_end > 0:  # up the block of lines with as many separators; rule lines (`|---|`) are skipped
        line_start = text.rfind("\n", 0, line_end) + 1
        if (line_start, separator) in headers:  # (walked with this separator: it holds it)
            header = headers[(line_start, separator)]
            break
        line = text[line_start:line_end]
        if not line.count(separator):  # (a quoted cell may hold the separator: counts differ within a table)
            break
        walked.append(line_start)
        if line.strip(" \t|-:+=\r"):
            header = line
        line_end = line_start - 1
    for line_start in walked:
        headers[(line_start, separator)] = header
    return header.split(separator) if header is not None else None
