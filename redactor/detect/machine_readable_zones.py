"""The machine-readable zone of a passport, ID card or visa (ICAO Doc 9303), read field by field.

An MRZ pasted from a scan is two or three lines of capitals, digits and `<` fillers:

- TD3 (passports, 2 x 44) and MRV-A / TD2 / MRV-B (visas and ID cards, 2 x 36): line 1 is the document type,
  the issuing state and the name (`P<GBRDOE<<JANE<ANN<<<<`); line 2 is the document number (9) and its check
  digit, the nationality (3), the birth date (YYMMDD) and its check digit, the sex, the expiry date and its
  check digit, then optional data (a personal number on some passports) and a final check digit.
- TD1 (ID cards, 3 x 30): line 1 is the type, the issuing state, the document number and its check digit and
  optional data; line 2 the birth date, sex, expiry and nationality; line 3 the name.

Reported: the name (surname `<<` given names, PERSON), the document number with its check digit (PASSPORT for
a `P` document, ID_NUMBER otherwise), the birth date with its check digit (DATE_OF_BIRTH) and optional
personal data (ID_NUMBER). Nationality, sex and expiry stay. The reader is tolerant of what a paste or OCR does
to the zone (a line a few characters short or long, fillers lost at the end): the layout is told by the first
characters and the number of lines, and the check digits (7-3-1 weights) only move the score, 0.9 when they
agree and 0.7 when they do not; they never veto (recall first).

Not taken from PyPI: the `mrz` package (0.6.2, 2021) is GPL-3.0 (this project is Apache-2.0) and checks exact
line lengths only; the layout is fixed by ICAO and the check digit is eight lines.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.keywords import needs_marks

_SURE = 0.9
_UNCHECKED = 0.7
_NAME_SCORE = 0.85
# A line of an MRZ: capitals, digits and fillers, at least one filler, up to 50 characters (OCR and pastes
# lose or add a few; a name line that lost its trailing fillers is short: "P<GBRDOE<<JANE").
_ZONE_LINE = re.compile(r"^[ \t]*(?P<line>[A-Z0-9<]{12,50})[ \t]*$", re.MULTILINE)
# Line 1 of TD3/TD2/MRV: document type (P, V, I, A, C and a second letter or filler), issuing state, name.
_NAME_FIRST = re.compile(r"(?P<type>[PVIAC][A-Z<])(?P<state>[A-Z<]{3})(?P<name>[A-Z][A-Z<]*<<[A-Z<]*)")
# Line 1 of TD1: type, issuing state, document number (9) and its check digit.
_TD1_FIRST = re.compile(r"(?P<type>[IAC][A-Z<])(?P<state>[A-Z<]{3})(?P<number>[A-Z0-9<]{9})(?P<check>[0-9<])")
# A name line alone (TD1's third line): surname << given names, fillers to the end.
_NAME_LINE = re.compile(r"(?P<name>[A-Z][A-Z<]*<<[A-Z][A-Z<]*?)<*\Z")
_WEIGHTS = (7, 3, 1)
_STATE = re.compile(r"[A-Z<]{3}")


def check_digit(field: str) -> str:
    """ICAO 9303 check digit of `field`: digits count as themselves, A-Z as 10-35, `<` as 0; weights 7, 3, 1."""
    total = 0
    for position, char in enumerate(field):
        value = int(char) if char.isdigit() else (ord(char) - 55 if "A" <= char <= "Z" else 0)
        total += value * _WEIGHTS[position % 3]
    return str(total % 10)


@needs_marks("<<")  # (its gate: keywords.needs_marks)
def machine_readable_zones(text: str, detector: str) -> list[Span]:
    """Spans of the personal fields of every MRZ in `text` (module doc)."""
    lines = [(match.start("line"), match.group("line")) for match in _ZONE_LINE.finditer(text)
             if "<" in match.group("line")]
    found: list[Span] = []
    index = 0
    while index < len(lines):
        start, line = lines[index]
        following = [lines[next_index] for next_index in (index + 1, index + 2) if next_index < len(lines)
                     and _next_line(text, lines[next_index - 1], lines[next_index])]
        td1 = _TD1_FIRST.match(line)
        if td1 and len(following) == 2 and _NAME_LINE.search(following[1][1]):
            found.extend(_td1(text, (start, line), following[0], following[1], td1, detector))
            index += 3
            continue
        first = _NAME_FIRST.match(line)
        if first:
            found.append(_name_span(start + first.start("name"), first.group("name"), detector))
            if following:
                found.extend(_data_line(following[0], first.group("type"), detector))
            index += 2 if following else 1
            continue
        index += 1
    return found


def _next_line(text: str, previous: tuple[int, str], line: tuple[int, str]) -> bool:
    """Whether `line` is the line right after `previous` (only blanks between them)."""
    between = text[previous[0] + len(previous[1]):line[0]]
    return between.count("\n") == 1 and not between.strip()


def _name_span(start: int, name: str, detector: str) -> Span:
    name = name.rstrip("<")
    return Span(start, start + len(name), "PERSON", "pii", _NAME_SCORE, detector)


def _data_line(line: tuple[int, str], document_type: str, detector: str) -> Iterator[Span]:
    """Line 2 of TD3/TD2/MRV: number+check (0-10), nationality (10-13), birth date+check (13-20), ..."""
    start, text = line
    # The nationality (letters or fillers) then the birth date (digits) stand at 10 and 13; a character lost or
    # added by OCR in the document number moves them by one.
    shift = next((shift for shift in (0, -1, 1) if len(text) >= 20 + shift and text[13 + shift:19 + shift].isdigit()
                  and _STATE.fullmatch(text[10 + shift:13 + shift])), None)
    if shift is None:
        return
    number_end = 9 + shift
    number, number_check = text[0:number_end], text[number_end:number_end + 1]
    score = _SURE if check_digit(number) == number_check else _UNCHECKED
    kind = "PASSPORT" if document_type[0] == "P" else "ID_NUMBER"
    yield Span(start, start + number_end + 1, kind, "pii", score, detector)
    birth = 13 + shift
    birth_score = _SURE if check_digit(text[birth:birth + 6]) == text[birth + 6:birth + 7] else _UNCHECKED
    yield Span(start + birth, start + birth + 7, "DATE_OF_BIRTH", "pii", birth_score, detector)
    # TD3's optional data (28-42) holds a personal number on some passports.
    optional_start, optional_end = 28 + shift, 42 + shift
    optional = text[optional_start:optional_end].strip("<") if len(text) >= optional_end else ""
    if sum(char.isdigit() for char in optional) >= 4:
        offset = start + optional_start + text[optional_start:optional_end].index(optional[0])
        yield Span(offset, offset + len(optional), "ID_NUMBER", "pii", _UNCHECKED, detector)


def _td1(text: str, first: tuple[int, str], second: tuple[int, str], third: tuple[int, str], match: re.Match[str],
         detector: str) -> Iterator[Span]:
    start = first[0]
    score = _SURE if check_digit(match.group("number")) == match.group("check") else _UNCHECKED
    kind = "PASSPORT" if match.group("type")[0] == "P" else "ID_NUMBER"
    yield Span(start + match.start("number"), start + match.end("check"), kind, "pii", score, detector)
    optional = first[1][15:30].strip("<")
    if sum(char.isdigit() for char in optional) >= 4:
        offset = start + 15 + first[1][15:30].index(optional[0])
        yield Span(offset, offset + len(optional), "ID_NUMBER", "pii", _UNCHECKED, detector)
    line_start, line = second
    if len(line) >= 7 and line[0:6].isdigit():
        birth_score = _SURE if check_digit(line[0:6]) == line[6] else _UNCHECKED
        yield Span(line_start, line_start + 7, "DATE_OF_BIRTH", "pii", birth_score, detector)
    name = _NAME_LINE.search(third[1])
    yield _name_span(third[0] + name.start("name"), name.group("name"), detector)
