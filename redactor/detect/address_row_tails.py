"""The postcode and town in the cells after a found street are the rest of that address (round 20).

Tables split one address over cells: `| 4 | Lena Fischer | Lindenstraße 8 | 04109 Leipzig |`,
`7<TAB>Anna Berg<TAB>Storgatan 5<TAB>753 20 Uppsala`, `1182,Via Roma 22,20121,Milano`. The street finders find
the street cell; address_fields.py takes the whole of that cell, and address_record_places.py a town alone beside
a person, but the postcode-and-town cell after the street leaks. Here, after a found street (STREET_ADDRESS) that
ends its cell (a tab, `|`, `;` or a cell comma without a space after it follows), the next cells of the same row
are taken while each reads as an address's tail:

- a postcode-and-town cell: a postcode shape (`04109`, `753 20`, `00-514`, `1100-053`, `1012 PH`, `SW1A 1AA`,
  `M5H 2N2`, `IL 62704`) and at most three capitalised or caseless-script words ("04109 Leipzig", "Leipzig 04109");
- a town, region or country alone when the gazetteer knows it (place_names), or a postcode alone followed by
  such a cell ("20121,Milano": a bare number alone is a count or an id column, so it needs the town after it).

A cell another finding holds (a phone, a date, an id) ends the row's tail. Layout is the only evidence that the
cell is this address's, so a tail whose town the gazetteer does not know is doubtful (0.55: redacted on the wire,
not reported by an audit); a postcode with a known town is as sure as the street (0.86).

Linear: per found street one look at the rest of its line, at most _MAX_CELLS cells.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.place_names import is_country, is_place_name

_DETECTOR = "address_row_tails"
_SCORE = 0.86
_MAX_CELLS = 3
_MAX_CELL = 48
# A cell delimiter right after the street: tab, pipe, semicolon, or a comma with no space after it.
_DELIMITER_AFTER = re.compile(r"[ \t]*(?:(\t)|(\|)|(;)|(,)(?=\S))")
_POSTCODE = re.compile(
    r"\d{4}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}(?![a-z])|\d{4,6}"  # 1100-053, 00-514, 753 20, 1012 PH, 04109
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"  # UK, Canada
    r"|[A-Z]{2} \d{5}(?:-\d{4})?")  # a US state and ZIP
_YEAR = re.compile(r"(?:19|20)\d\d")
_TOWN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


class _Overlaps(Protocol):
    """Which regions other findings hold (address_runs._Others)."""

    def overlap(self, start: int, end: int) -> bool: ...


def address_row_tails(text: str, spans: Sequence[Span], others: _Overlaps) -> list[Span]:
    """STREET_ADDRESS spans over the postcode and town cells after a found street cell (see the module's doc)."""
    found: list[Span] = []
    covered_to = -1
    for street in sorted((span for span in spans if span.kind == "STREET_ADDRESS"), key=lambda span: span.end):
        if street.end <= covered_to:
            continue
        delimiter = _DELIMITER_AFTER.match(text, street.end)
        if delimiter is None:
            continue
        separator = next(group for group in delimiter.groups() if group)
        line_end = text.find("\n", street.end)
        line_end = len(text) if line_end < 0 else line_end
        position = delimiter.end()
        pending: list[tuple[int, int, float]] = []  # bare postcode cells waiting for their town
        for _ in range(_MAX_CELLS):
            cell_end = text.find(separator, position, line_end)
            cell_end = line_end if cell_end < 0 else cell_end
            start, end = _stripped(text, position, cell_end)
            if start >= end or end - start > _MAX_CELL or others.overlap(start, end):
                break
            reading = _tail_reading(text[start:end])
            if reading is None:
                break
            if reading == "postcode":
                pending.append((start, end, DOUBTFUL_SCORE))
            else:
                found.extend(Span(cell_start, cell_end_, "STREET_ADDRESS", "pii", score, _DETECTOR)
                             for cell_start, cell_end_, score in pending)
                pending = []
                found.append(Span(start, end, "STREET_ADDRESS", "pii",
                                  _SCORE if reading == "known" else DOUBTFUL_SCORE, _DETECTOR))
                covered_to = end
            if cell_end >= line_end:
                break
            position = cell_end + 1
    return found


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return start, end


def _tail_reading(cell: str) -> str | None:
    """How a cell reads as an address's tail: "known" (a known place, with or without a postcode), "town" (a
    postcode and capitalised words the gazetteer does not know), "postcode" (a postcode alone), or None."""
    if is_place_name(cell) or is_country(cell):
        return "known"
    postcode = _POSTCODE.search(cell)
    if postcode is None or (postcode.start() > 0 and cell[postcode.start() - 1].isalnum()) or (
            postcode.end() < len(cell) and cell[postcode.end()].isalnum()):
        return None
    town = (cell[:postcode.start()] + " " + cell[postcode.end():]).strip(" ,")
    if not town:
        return None if _YEAR.fullmatch(cell) else "postcode"
    words = town.split()
    if len(words) > 3 or not all(_TOWN_WORD.fullmatch(word) and not word[0].islower() for word in words):
        return None
    return "known" if is_place_name(town) else "town"
