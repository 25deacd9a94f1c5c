"""The one past date of a person's record is their birth date, whatever its field is called.

A birth date is found where its label says so (`dob`, `Geburtsdatum`, `BDAY`); a record written by another system
names the field in its own words and abbreviations (`<GebDt>`, `nasc.`, `ծնվ.`, `dogum=`, a bare column), and no
vocabulary holds them all. What the record says instead is its structure: its other fields are a person's (a name,
an address, an account, a national id), and a person's record holds one date that lies years in the past: when the
person was born. A booking, a claim, a log line dates *events*, which are recent and usually more than one.

A record is a line about a person (ids_in_person_records' rule: a person-only finding, or two contact kinds) that is
no row of a table (a table's column is one field for every row, named by its header: `since`, `issued`), or
a block of fields indented under one parent (an XML element's children, a pretty-printed JSON object or a YAML
mapping: consecutive lines at one indentation, deeper ones included) holding such findings. In it, a full date
(year first, or day and month first with `-`, `/`, `.`; `YYYYMMDD` as one token) whose year is 1900 or later and
at least five years before this one, with no time of day after it, is a DATE_OF_BIRTH, doubtful (0.55: on the wire,
not in an audit), when it is the record's only such date: a record with two past dates (hired and born, opened and
closed) says nothing about which is which, and is left to labels.

Cost: runs only when a personal finding is in the text; each record is read once.
"""
from __future__ import annotations

import datetime
import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.birth_date_layouts import date_exists
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_in_person_records import about_a_person, person_lines
from redactor.detect.table_columns import tables

_DETECTOR = "record-birth-dates"
_KIND = "DATE_OF_BIRTH"
_FULL_DATE = re.compile(
    r"(?<![\w./:-])(?:"
    r"(?P<y1>(?:19|20)\d\d)(?P<s1>[-/.])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    r"|(?P<a2>\d{1,2})(?P<s2>[-/.])(?P<b2>\d{1,2})(?P=s2)(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])"
    r")(?![\w/-]|[.:]\d)")
_TIME_AFTER = re.compile(r"(?:T|[ \t]+)\d{1,2}:\d{2}")
_YEARS_BEFORE_NOW = 5  # a date this many years back or more: a past beyond a record's recent events (a licence
# issued, a check passed two or three years ago: a register of volunteers dates them so)
_BLOCK_LINES = 30  # lines of one indented block read as one record
_BLOCK_REACH = 2000  # characters of such a block


def birth_dates_in_person_records(text: str, spans: Sequence[Span]) -> list[Span]:
    """DATE_OF_BIRTH spans for the one past date of each person's record (module doc)."""
    personal = [span for span in spans if span.category == "pii"]
    if not personal:
        return []
    # A table's row is no record of its own: its column is one field for every row, named by the header
    # (people_table_columns reads birth headers), and a column of dates is as often `since` or `issued`.
    rows = {text.rfind("\n", 0, row[0][0]) + 1 for _, table_rows in tables(text) for row in table_rows if row}
    records = {line for line in person_lines(text, spans) if line[0] not in rows}
    records.update(_indented_records(text, [span for span in personal
                                            if text.rfind("\n", 0, span.start) + 1 not in rows]))
    latest = datetime.date.today().year - _YEARS_BEFORE_NOW
    taken = [(span.start, span.end) for span in spans]
    added: list[Span] = []
    seen: set[int] = set()
    for start, end in sorted(records):
        dates = [match for match in _FULL_DATE.finditer(text, start, end) if _past_date(match, latest)
                 and not _TIME_AFTER.match(text, match.end())]
        if len({match.group() for match in dates}) != 1:
            continue
        for match in dates:
            if match.start() in seen or any(a < match.end() and match.start() < b for a, b in taken):
                continue
            seen.add(match.start())
            added.append(Span(match.start(), match.end(), _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR))
    return added


def _past_date(match: re.Match, latest: int) -> bool:
    if match.group("y1"):
        year, pairs = int(match.group("y1")), [(int(match.group("m1")), int(match.group("d1")))]
    elif match.group("y2"):
        first, second = int(match.group("a2")), int(match.group("b2"))
        year, pairs = int(match.group("y2")), [(second, first), (first, second)]
    else:
        year, pairs = int(match.group("y3")), [(int(match.group("m3")), int(match.group("d3")))]
    if not 1900 <= year <= latest:
        return False
    return any(date_exists(year, month, day) for month, day in pairs)


def _indented_records(text: str, personal: Sequence[Span]) -> list[tuple[int, int]]:
    """[start, end) of the indented blocks (module doc) that hold a person's findings."""
    records: list[tuple[int, int]] = []
    read: set[int] = set()
    for span in personal:
        line_start = text.rfind("\n", 0, span.start) + 1
        indent = _indent(text, line_start)
        if indent is None or indent == 0 or line_start in read:
            continue
        start = line_start
        for _ in range(_BLOCK_LINES):  # up over siblings and their deeper lines
            if start == 0:
                break
            above = text.rfind("\n", 0, start - 1) + 1
            above_indent = _indent(text, above)
            if above_indent is None or above_indent < indent:
                break
            start = above
        end = line_start
        for _ in range(_BLOCK_LINES):
            line_end = text.find("\n", end)
            if line_end == -1:
                end = len(text)
                break
            below_indent = _indent(text, line_end + 1)
            if below_indent is None or below_indent < indent:
                end = line_end
                break
            end = line_end + 1
        if end - start > _BLOCK_REACH:
            continue
        read.add(line_start)
        kinds = {other.kind for other in personal if start <= other.start < end}
        if about_a_person(kinds):
            records.append((start, end))
    return records


def _indent(text: str, line_start: int) -> int | None:
    """The line's indentation in characters; None for a blank line (a block ends there)."""
    position = line_start
    while position < len(text) and text[position] in " \t":
        position += 1
    if position >= len(text) or text[position] in "\r\n":
        return None
    return position - line_start
