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

Round 24, a record is about a person when it holds any found PERSON, EMAIL or PHONE (an export row keyed by
e-mail has no name cell), and a record is also a log line of `key=value` pairs (`user=c_8841220 email=...`) or a
Python/SQL tuple (`('Carla Mendes', 'E-20417', ...)`: brackets and quotes around a cell are not the cell). A code
cell may also be written as a program writes it: a lower-case prefix and `_` (`cus_P4x8Lm2QzT`, `c_8841220`). A
key's words are read like a header (`session_id`, `latency_ms` stay). After a name, an abbreviation of the person's
role or an id word of any language may stand before the code (`Carla Mendes, emp E-20417`, `Juan Pérez (legajo
3391)`, `Ayşe Yılmaz sicil 00418`, `mã KH00418`): one short word, no word of a thing or quantity (`ticket`,
`room`, `salary`), and with only a space before it no word of the language (`Tom Becker paid 4400` stays).

Round 26, a record's own id beside the person's fields, anywhere on the line (`_record_codes_in_line`): a tracker key
whatever its prefix (`Created OPS-4471 for Bisi Okonjo`) or capitals joined to digits (`payslip_oct_EMP4471.pdf`),
unless a public name (`UTF-8`, `SHA256`: ids_work_item_keys.public_key_name), a program's error or message code
(`ERR-5012`, `INC-4471`: ids_work_item_keys.program_message_code) or a year; the number after a record's
class name as a program prints it (`<User 3318 first_name='Cher' ...>`, `User 3318 (Cher, ...)`, `Schadenfall 77120
(Jörg Hansen)`: a capitalised word, no thing's nor quantity's, then the number, then a bracket, a colon or a
`key=` field); and under an `id` key of a `key=value` record any value with a digit (`Trip(id='trp_55a9',
rider='Ama Mensah')`).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_work_item_keys import program_message_code, public_key_name
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.record_ids import _ROLE_KEY_ABBREVIATIONS, _THING_WORDS

_DETECTOR = "person-ids"
_MIN_DIGITS = 5
_MIN_DIGITS_WITH_LETTER = 4
_AFTER_NAME = re.compile(
    r"[ \t]*(?:,|\(|–|—|-|:|\||(?=#))[ \t]*(?:#|(?i:no|nr|id|ref|n°|nº)\.?[ \t]*[:#]?[ \t]*)?"
    r"(?P<code>[A-Z0-9][A-Z0-9./-]{2,30}[A-Z0-9])"
    r"(?P<after>[ \t]*[)\],;:.!?]?[ \t]*(?:[a-z]\w*|$)|[ \t]*[)\],;]|[ \t]*$)",
    re.MULTILINE)
# A short word between a name and its code (`, emp E-20417`, ` (legajo 3391)`, ` sicil 00418`, ` mã KH00418`,
# `, MA 00731`): the person's role abbreviated or an id word of some language. After a separator any such word; after
# a space alone only one that is no word of the language (a verb then a number is no id: "Tom Becker paid 4400").
_ROLE_WORD_AFTER_NAME = re.compile(
    r"(?P<separator>[ \t]*(?:,|\(|–|—|-|:|\|)[ \t]*|[ \t]+)(?P<word>[^\W\d_]{2,8}|[A-Z]{2,3})\.?[ \t]*[:#]?[ \t]*"
    r"(?P<code>[A-Z0-9][A-Z0-9./-]{1,30}[A-Z0-9])"
    r"(?P<after>[ \t]*[)\],;:.!?]?[ \t]*(?:[^\W\d]\w*|$)|[ \t]*[)\],;]|[ \t]*$)",
    re.MULTILINE)
_MIN_DIGITS_AFTER_ROLE_WORD = 4
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")
# A cell of a row that is an id alone: a letter prefix perhaps, then digits (dashes and slashes inside).
_ROW_ID = re.compile(r"[A-Z]{0,4}[-/]?\d{3,14}(?:[-/][A-Z0-9]{1,8}){0,2}")
# ... or as a program writes it: a lower-case prefix and `_`, then digits or a random run (`c_8841220`, `cus_P4x8Lm2QzT`).
_KEYED_ROW_ID = re.compile(r"[a-z]{1,8}_(?:\d{4,14}|[A-Za-z0-9]{8,32})")
# The characters around a cell that are not the cell: quotes, emphasis, a tuple's brackets.
_CELL_WRAPPING = " \t\r\"'`*()[]{}"
# A log line's pair (`user=c_8841220`, `email="ana@x.io"`): a key, then a value up to a space or a comma.
_KEY_VALUE = re.compile(r"(?<![\w.-])(?P<key>[A-Za-z][\w.-]{0,40})=(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^\s,;]+)")
# Found kinds that make a record a person's: a name, or the person's own e-mail address or phone number.
_PERSON_KINDS = frozenset({"PERSON", "EMAIL", "PHONE"})
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2}){0,3}")
_HL7_SEGMENT = re.compile(r"[ \t]*[A-Z][A-Z0-9]{2}\|")
_ROW_SEPARATORS = (",", "\t", ";", "|")
# Header cells of columns that hold quantities, money, places or times, not ids.
_NOT_ID_HEADER = re.compile(
    r"(?i:\b(?:age|years?|yrs?|qty|quantity|amount|total|price|cost|salary|pay|wage|balance|score|points?|count|hours?"
    r"|hrs|zip|postcode|postal|plz|cap|ext|extension|room|floor|unit|apt|weight|height|size|duration|days?|limit"
    r"|budget|revenue|sales|units|stock|phone|tel|mobile|fax|cell|house|street|number of|rate|percent|grade|level"
    r"|income|spend|fee|due|paid|credit|debit|value|sum|avg|mean|min|max|km|miles|mins?|minutes|seconds|ms"
    # (round 24: the quantities of a log line's `key=value` pairs)
    r"|bytes|kb|mb|latency|elapsed|took|len|length|uptime|size_bytes|tokens)\b)")


# A record's code on a person's line: a tracker key, or capitals joined to digits (a file name's part: `_EMP4471.pdf`).
_CODE_ON_LINE = re.compile(
    r"(?<![A-Za-z0-9/@#$-])(?P<code>[A-Z][A-Z0-9]{1,9}-(?P<number>\d{2,7})|(?P<letters>[A-Z]{2,5})(?P<digits>\d{3,9}))"
    r"(?![A-Za-z0-9@-]|/\w|[.,:]\d)")
# A record's class name then its number, as a program prints an object (`<User 3318 first_name=`, `User 3318 (`).
_NUMBER_AFTER_CLASS_NAME = re.compile(
    r"(?<![\w.-])(?P<word>[A-Z][^\W\d_]{2,20})[ \t]+#?(?P<code>\d{3,9})(?=[ \t]*[(:]|[ \t]+[A-Za-z_]\w*=)")
# The key of a `key=value` field that holds the record's id (`id`, `uid`, `trip_id`, `riderId`).
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[ \t]*[:#=]?[ \t]*$")
_ID_KEY = re.compile(r"(?:.*[_ ])?(?:id|uid|pk)|.*[a-z]Id", re.IGNORECASE)
_ID_VALUE = re.compile(r"[A-Za-z0-9][\w-]{2,40}")


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


def _code_after_role_word(text: str, name_end: int) -> re.Match | None:
    """The match of a code after a name and one short word that may be a role or an id word (module doc), or None."""
    match = _ROLE_WORD_AFTER_NAME.match(text, name_end)
    if match is None:
        return None
    word = match.group("word")
    folded = word.casefold()
    if folded in _THING_WORDS or folded in _LINKING_WORDS or _NOT_ID_HEADER.search(word):
        return None
    if (not match.group("separator").strip() and folded not in _ROLE_KEY_ABBREVIATIONS
            and is_ordinary_word(folded)):
        return None  # a word of the language after a space: "paid", "has", "won"
    return match


def ids_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for codes written right after a found PERSON, or beside one in a table row (module doc)."""
    people = [span for span in spans if span.kind == "PERSON"]
    anchors = [span for span in spans if span.kind in _PERSON_KINDS]
    if not anchors:
        return []
    taken = _Taken([(span.start, span.end) for span in spans])
    added: list[Span] = []
    headers: dict[tuple[int, str], str | None] = {}
    for person in people:
        match = _AFTER_NAME.match(text, person.end) or _owned_code(text, person.end)
        after_role_word = match is None
        if after_role_word:
            match = _code_after_role_word(text, person.end)
        if match is None:
            continue
        code = match.group("code")
        start, end = match.span("code")
        digits = sum(character.isdigit() for character in code)
        least = (_MIN_DIGITS_AFTER_ROLE_WORD if after_role_word
                 else _MIN_DIGITS_WITH_LETTER if any(char.isalpha() for char in code) else _MIN_DIGITS)
        if (digits < least
                or _DATE_OR_TIME.fullmatch(code) or _YEAR_RANGE.fullmatch(code)
                or taken.overlaps(start, end) or _under_a_non_id_header(text, start, headers)):
            continue
        added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
        taken.append((start, end))
    for start, end in _ids_in_rows(text, anchors, taken, headers):
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


def _ids_in_rows(text: str, anchors: Sequence[Span], taken: "_Taken",
                 headers: dict[tuple[int, str], str | None]) -> Iterator[tuple[int, int]]:
    """[start, end) of the id cells of table rows and `key=value` lines that hold a found person, e-mail or phone
    (each line read once)."""
    rows_done: set[int] = set()
    for anchor in sorted(anchors, key=lambda span: span.start):
        row_start = text.rfind("\n", 0, anchor.start) + 1
        if row_start in rows_done:
            continue
        rows_done.add(row_start)
        row_end = text.find("\n", anchor.end)
        row_end = len(text) if row_end == -1 else row_end
        row = text[row_start:row_end]
        if _HL7_SEGMENT.match(row):
            continue  # an HL7 segment: its fields are read by position (pii_fields.py, people_in_records.py)
        for start, end in _code_cells(text, row_start, row, headers):
            if not taken.overlaps(start, end):
                yield start, end
        for start, end in _record_codes_in_line(text, row_start, row_end):
            if not taken.overlaps(start, end) and not _under_a_non_id_header(text, start, headers):
                taken.append((start, end))
                yield start, end


def _record_codes_in_line(text: str, line_start: int, line_end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of a record's own codes on a line about a person: a key or a joined code (no public name, no
    year), a number after a record's class name (module doc)."""
    for match in _CODE_ON_LINE.finditer(text, line_start, line_end):
        number = match.group("number") or match.group("digits")
        code = match.group("letters") or match.group("code")
        if public_key_name(code) or program_message_code(code) or _YEAR_RANGE.fullmatch(number):
            continue
        thing = _WORD_BEFORE.search(text, max(line_start, match.start() - 32), match.start())
        if thing is None or thing.group("word").casefold() not in _THING_WORDS:  # "ticket SUP-4471": a case word's
            yield match.span("code")
    for match in _NUMBER_AFTER_CLASS_NAME.finditer(text, line_start, line_end):
        word = match.group("word").casefold()
        if not (word in _THING_WORDS or _NOT_ID_HEADER.search(word) or _YEAR_RANGE.fullmatch(match.group("code"))):
            yield match.span("code")


def _code_cells(text: str, row_start: int, row: str,
                headers: dict[tuple[int, str], str | None]) -> Iterator[tuple[int, int]]:
    """[start, end) of the cells of a row (a separated row, else a line of `key=value` pairs) that are ids by shape,
    under no header or key of a quantity or a thing."""
    separator = next((sep for sep in _ROW_SEPARATORS if row.count(sep) >= (1 if sep == "\t" else 2)), None)
    if separator is not None:
        header = _header_cells(text, row_start, separator, row.count(separator), headers)
        offset = row_start
        for index, cell in enumerate(row.split(separator)):
            cell_start = offset
            offset += len(cell) + 1
            key = header[index] if header is not None and index < len(header) else None
            found = _code_in_cell(cell, cell_start, key)
            if found is not None:
                yield found
        return
    pairs = list(_KEY_VALUE.finditer(row))
    if len(pairs) < 2:
        return
    for pair in pairs:
        # A log key's words split at `_` (`latency_ms`); a table header's are not: its `base_salary` column was read
        # as ids, the only finding that keeps salaries in a person's row off the wire.
        key = pair.group("key").replace("_", " ")
        found = _code_in_cell(pair.group("value"), row_start + pair.start("value"), key)
        if found is not None:
            yield found


def _code_in_cell(cell: str, cell_start: int, key: str | None) -> tuple[int, int] | None:
    """[start, end) of the code a cell holds alone (`_ROW_ID`, `_KEYED_ROW_ID`), unless it is a year, a date, a time
    or its key names no id; else None."""
    opening = cell.rfind("(") + 1  # a tuple opens in the first cell: `VALUES ('MB-77120'`, `[('Ana Ruiz'`
    cell_start += opening
    cell = cell[opening:]
    cell = cell[:cell.find(")")] if ")" in cell else cell  # ... and closes in the last: `'gold');`
    pair = _KEY_VALUE.fullmatch(cell.strip()) if key is None else None
    if pair is not None:  # a keyword argument among a call's (`Trip(id='trp_55a9', rider='Ama Mensah')`)
        offset = cell.index(pair.group("value"), len(cell) - len(cell.lstrip()) + pair.end("key"))
        cell_start, cell, key = cell_start + offset, pair.group("value"), pair.group("key").replace("_", " ")
    stripped = cell.strip(_CELL_WRAPPING)
    if not stripped:
        return None
    if _ROW_ID.fullmatch(stripped):
        if (sum(char.isdigit() for char in stripped) < 4 or _YEAR_RANGE.fullmatch(stripped)
                or _DATE_OR_TIME.fullmatch(stripped) or _COMPACT_DATE.fullmatch(stripped)):
            return None
    elif not (_KEYED_ROW_ID.fullmatch(stripped) and sum(char.isdigit() for char in stripped) >= 2) and not (
            key is not None and _ID_KEY.fullmatch(key.strip()) and _ID_VALUE.fullmatch(stripped)
            and any(char.isdigit() for char in stripped) and not _DATE_OR_TIME.match(stripped)):
        return None  # (under an id key any value with a digit is the record's id: `id='trp_55a9'`)
    if key is not None and not_an_id_column(key):
        return None
    start = cell_start + cell.index(stripped)
    return start, start + len(stripped)


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
