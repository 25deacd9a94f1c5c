"""The cells of a person's row, read by their own shape: a plate layout is the person's plate, a street and a house
number the person's address.

Exports, seeds and tool output print one person per row without saying what each cell holds: a CSV line with no
header (`RA-…,<name>,<licence>,<birth date>,<phone>,KR 8663M,…`), an `INSERT INTO t VALUES(…,'Rantatie 42 A 30')`
seed, a psql row. Where the detectors already made the line a person's (ids_in_person_records.person_lines: a
found name, birth date or national id, or two contact values), a cell nobody found is that person's when its whole
value is
- a plate in a country's layout (vehicle_plates.is_country_plate): LICENSE_PLATE;
- a street and a house number: capitalised words, then a number, then at most a unit (`42 A 30`, `115 C 2`,
  `12b`, `3/14`); or a number then capitalised words (`218 Baker Street`) — with a street word, or a first word
  that is no ordinary word (the street's own name: `Rantatie`, `Hämeenkatu`), so `Studio 4` or `Spin 45` on a
  member's row stay; or a whole address with a street word (`Moda Cad. No:116 D:5, 34710 Kadıköy/İstanbul`):
  STREET_ADDRESS. A cell holding any finding is left to it.
Cells are the row's quoted values when it has three or more (a SQL VALUES tuple, a Python tuple), else the pieces
between the line's separator (`,` `;` `|` tab). Doubtful (0.55): the wire redacts, an audit does not report.

Cost: runs only on the lines about a person, each read once.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span, covered_regions, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_in_person_records import person_lines
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.street_words import has_street_word
from redactor.detect.vehicle_plates import is_country_plate

_DETECTOR = "person-row-cells"
_QUOTED = re.compile(r"'([^'\n]{1,80})'|\"([^\"\n]{1,80})\"")
_SEPARATORS = (",", ";", "|", "\t")
_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:-[^\W\d_]+)*"
_UNIT = r"(?:[ ,/-]{1,2}(?:[A-Za-z](?:[ ]?\d{1,4})?|\d{1,4}))?"
_STREET_THEN_NUMBER = re.compile(rf"(?P<words>{_WORD}(?:[ ]{_WORD}){{0,4}})[ ]\d{{1,5}}[A-Za-z]?{_UNIT}")
_NUMBER_THEN_STREET = re.compile(rf"\d{{1,5}}[A-Za-z]?,?[ ](?P<words>{_WORD}(?:[ ]{_WORD}){{0,4}})")


def cells_of_person_rows(text: str, spans: Sequence[Span]) -> list[Span]:
    """LICENSE_PLATE and STREET_ADDRESS spans for unfound cells of person rows (module doc)."""
    added: list[Span] = []
    lines = person_lines(text, spans)
    if not lines:
        return added
    found = covered_regions(spans)
    for line_start, line_end in lines:
        for start, end in _cells(text, line_start, line_end):
            if overlaps_a_region(found, start, end):
                continue  # (taking a cell whose address was found in part whole raised addr28dev's held-out
                # over-redaction 11.3% -> 11.8% in round 34: the found part's own edges stand)
            value = text[start:end]
            if is_country_plate(value):
                added.append(Span(start, end, "LICENSE_PLATE", "pii", DOUBTFUL_SCORE, _DETECTOR))
            elif _street_and_number(value):
                added.append(Span(start, end, "STREET_ADDRESS", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return added


def _cells(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each trimmed cell of the line (module doc)."""
    quoted = list(_QUOTED.finditer(text, start, end))
    if len(quoted) >= 3:
        for match in quoted:
            group = 1 if match.group(1) is not None else 2
            yield _trimmed(text, *match.span(group))
        return
    line = text[start:end]
    separator = max(_SEPARATORS, key=line.count)
    if line.count(separator) < 2:
        return
    position = start
    for piece in line.split(separator):
        yield _trimmed(text, position, position + len(piece))
        position += len(piece) + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\"'`([{":
        start += 1
    while end > start and text[end - 1] in " \t\"'`)]};\r":
        end -= 1
    return start, end


def _street_and_number(value: str) -> bool:
    """A street's words and a house number (module doc), with a street word or a first word that is no ordinary word."""
    match = _STREET_THEN_NUMBER.fullmatch(value) or _NUMBER_THEN_STREET.fullmatch(value)
    if match is None:
        return _written_address(value)
    words = match.group("words").split()
    if not all(word[:1].isupper() for word in words):
        return False
    return has_street_word(value) or (len(words[0]) >= 4 and not is_ordinary_word(words[0].casefold()))


_LETTER_WORD = re.compile(r"(?<![\w.])[^\W\d_]{4,}(?![\w.])")


def _written_address(value: str) -> bool:
    """A whole address in one cell (`Moda Cad. No:116 D:5, 34710 Kadıköy/İstanbul`): a street word, a number, at most
    twelve words and no lower-case word of four letters or more (prose: `see the gate 3 notes`)."""
    return (len(value.split()) <= 12 and any(char.isdigit() for char in value) and has_street_word(value)
            and not any(word.group()[0].islower() for word in _LETTER_WORD.finditer(value)))
