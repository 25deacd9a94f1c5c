"""Fixed-width records cut by the layout the text declares: `EMP-NO 1-7, NAME 8-26, DOB 36-43`.

Mainframe extracts, census and payroll files and bank batch files write a record as one run of characters whose
fields are known only by position (`6541137HOLLOWAY  BRENDAN J 5707795871971042…`): no separator and no label
tells a finder where an id ends and a date starts. Whoever asks about such a file states its layout (a copybook,
`colspecs`, "pos 1-9 DNI, 10-39 apellidos y nombre, 40-47 fecha nac."), and that layout is the reading every writer
of this traffic produces: three fields or more, each a name and a range of character positions (name first or range
first, 1-based and inclusive), in increasing order. Each line below it as long as most of the layout is cut at
those positions, and a field whose name says what it holds (people_table_columns' vocabularies: an id, a birth; a
national id's or a social security number's abbreviation) is that kind when its value holds a digit.
Scored 0.7: the layout names the field. Cost: a literal pre-check for a range (`digit-digit`), then one pass.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.ids_of_people import not_an_id_column
from redactor.detect.people_table_columns import names_a_birth, names_an_id

_DETECTOR = "fixed-width-layouts"
_SCORE = 0.7
_LEAST_FIELDS = 3
# A field of a person's name, or of the postcode of their address: the record's other personal fields.
_NAME = re.compile(r"(?i)^(?:(?:full|last|first|family|given|sur|fore)?[ _-]?names?|surname|forename|nombres?|apellidos?|"
                   r"apellidos y nombres?|nom|prénom|prenom|nom et prénom|nome|cognome|naam|achternaam|voornaam|"
                   r"nazwisko|imię|imie|vorname|nachname|фио|имя|фамилия|ad[ı]?[ _-]?soyad[ı]?|emp[ _-]?name)$")
_POSTCODE = re.compile(r"(?i)^(?:cp|c\.p\.|zip|zip[ _-]?code|postcode|post[ _-]?code|postal[ _-]?code|plz|cap|"
                       r"code postal|código postal|codigo postal|postnummer|kod pocztowy)$")
_MAX_POSITION = 2000
_RANGE = re.compile(r"(?<![\w.])(?P<a>\d{1,4})[ \t]*[-–][ \t]*(?P<b>\d{1,4})(?![\w.])")
# A field named first (`EMP-NO 1-7`) or its range first (`10-39 apellidos y nombre`); items split at `,` `;` or a
# line break, one range each.
_ITEM_SPLIT = re.compile(r"[,;\n]")
_LEAD_WORDS = re.compile(r"(?i)^(?:pos(?:ition)?s?\.?|cols?\.?|columns?|bytes?|chars?|stellen?|posiciones?)[ \t]+")
_SSN = re.compile(r"(?i)\b(?:ssn|sin|nino|ni[ _-]?no|soc(?:ial)?[ _-]?sec\w*|tfn|bsn|ahv|avs)\b")
_NATIONAL = re.compile(r"(?i)\b(?:dni|nie|nif|nid|nin|cpf|curp|pesel|nric|national[ _-]?id|personnummer|hetu|cnp|"
                       r"codice[ _-]?fiscale|steuer[ _-]?id|aadhaar|emirates[ _-]?id)\b")


def fixed_width_spans(text: str) -> list[Span]:
    """Spans of the named fields of fixed-width records under a declared layout (module doc)."""
    if "-" not in text and "–" not in text:
        return []
    spans: list[Span] = []
    for layout_end, fields in _layouts(text):
        width = max(end for end, _, _ in fields)
        least = (width * 3) // 4
        started = False
        line_start = text.find("\n", layout_end) + 1
        while 0 < line_start <= len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end].rstrip("\r")
            if _is_record(line, least):
                started = True
                for end, start, kind in fields:
                    value = line[start:end]
                    stripped = value.strip()
                    if stripped and (kind == "PERSON") != any(char.isdigit() for char in stripped):
                        offset = line_start + start + (len(value) - len(value.lstrip()))
                        spans.append(Span(offset, offset + len(stripped), kind, "pii", _SCORE, _DETECTOR))
            elif started or line.strip():
                break  # the records end at the first line that is none (or prose comes first)
            line_start = line_end + 1
    return spans


def _is_record(line: str, least: int) -> bool:
    """A line as long as most of the layout, mostly characters (a record pads with blanks, prose has words)."""
    return len(line) >= least and any(char.isdigit() for char in line) and line.count(" ") * 3 < len(line)


def _layouts(text: str) -> Iterator[tuple[int, list[tuple[int, int, str]]]]:
    """(end of the declaration, [(end, start, kind)]) for each layout of three ranged fields or more (0-based)."""
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group()
        if len(_RANGE.findall(line)) < _LEAST_FIELDS:
            continue
        fields: list[tuple[int, int, str | None]] = []
        for item in _ITEM_SPLIT.split(line):
            ranges = list(_RANGE.finditer(item))
            if len(ranges) != 1:
                continue
            found = ranges[0]
            first, last = int(found.group("a")), int(found.group("b"))
            if not 1 <= first <= last <= _MAX_POSITION:
                continue
            after = re.sub(r"\([^)]*\)", " ", item[found.end():]).strip(" \t.:")
            before = re.sub(r"\([^)]*\)", " ", item[:found.start()]).split(":")[-1]
            # range first (`10-39 apellidos y nombre`, `pos 1-9 DNI`): the words after; name first (`… says EMP-NO
            # 1-7`, `DOB 36-43 (CCYYMMDD)`): the last words before
            label = after if after else _LEAD_WORDS.sub("", " ".join(before.split()[-3:])).strip(" \t.:")
            fields.append((last, first - 1, _kind(label)))
        if len(fields) < _LEAST_FIELDS or any(b[1] < a[0] for a, b in zip(fields, fields[1:])):
            continue  # not a layout: fewer fields, or ranges that overlap or go back
        named = [(end, start, kind) for end, start, kind in fields if kind is not None]
        if named:
            yield line_match.end(), named


def _kind(label: str) -> str | None:
    if not label:
        return None
    if _NAME.search(label):
        return "PERSON"
    if _POSTCODE.search(label):
        return "STREET_ADDRESS"
    if names_a_birth(label):
        return "DATE_OF_BIRTH"
    if _SSN.search(label):
        return "SSN"
    if _NATIONAL.search(label):
        return "NATIONAL_ID"
    if names_an_id(label) and not not_an_id_column(label.casefold()):
        return "ID_NUMBER"
    return None
