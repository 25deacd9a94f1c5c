"""A town written as its own field of a person's record is where that person lives (round 17).

Exports, CRM rows and JSON objects put a person's city in a field of its own, under a header that does not say
so or under none: `Anna Berg,Uppsala,2024-03-01`, `1|Marek Novak|Brno|pro`, `{"name":"Hugo Lenz","base":"Graz"}`,
`Carla Mendes; 41; Coimbra; nurse`, `- Priya Raman (Coimbatore) — backend`. pii_fields reads a city under a
telling key and address_runs joins a city to a found street; a town alone beside a name is neither. Here:

- a line that holds a found person (PERSON), or a person's contact (EMAIL, PHONE: `maria.k@gmail.com   Thessaloniki`),
  is read as a record: its fields are the stretches between delimiters (quotes, tabs, `|`, `;`, brackets, `=`, a
  label's colon, a cell comma without a space after it, a spaced dash, middle dot or bullet, a run of two or more
  spaces as printed columns align (pandas, fixed-width reports), an escaped line break or tab of a table printed
  inside a JSON string, the edges of the line; a comma with a space after it stays inside a field, as in
  `"Lyon, France"`);
- a field whose whole value is a known town or city (place_names: GeoNames cities of 15,000+, their
  Latin-script alternate names, ISO 3166 subdivisions), capitalised, optionally followed by its region or
  country after a comma ("Kumasi, Ghana"), is that person's place: STREET_ADDRESS.
- Not a place: a country alone (a nationality or a market, not an address), a word of the language or a
  public software name written as a place's name ("Phoenix", "Split", "Vite"), a field another finding holds.

It is a guess from layout alone, so it is doubtful (0.55): the wire redacts it, an audit does not report it.
Prose lines have no fields but the whole line and the asides in brackets, so "meet me in Berlin" stays.

Linear: each line holding a person is split once (at most _MAX_LINE characters); one gazetteer look-up per field.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Protocol, Sequence

from redactor.detect.base import Span
from redactor.detect.name_parts import is_ordinary_word, is_software_name
from redactor.detect.place_names import is_country, is_place_name

_DETECTOR = "address_record_places"
_SCORE = 0.55  # doubtful: a town beside a name by layout alone
_MAX_LINE = 2000
_MAX_FIELD = 60
# What ends a field (address_fields' delimiters, brackets included): a cell comma has no space after it. Columns
# printed for the eye are aligned with two or more spaces, and a table printed into a JSON string keeps its line
# breaks and tabs escaped ("\\n"); one space stays inside a field ("Nova Gorica", "Ana Ruiz").
_DELIMITER = re.compile(r"[\"'`\t|;=<>{}\[\]()]|:(?=[\s\"']|$)|,(?=\S)|\s[—–·•-]\s|[ ]{2,}|\\[nt]")
# The findings that make a line a person's record: the person, or their e-mail address or phone number.
_CONTACT_KINDS = frozenset({"PERSON", "EMAIL", "PHONE"})
_PLACE = re.compile(r"[^\W\d_][^\W\d_'’. -]{1,40}(?:,[ ][^\W\d_][^\W\d_'’. -]{1,30}){0,2}")


class _Overlaps(Protocol):
    def overlap(self, start: int, end: int) -> bool: ...


def address_record_places(text: str, spans: Sequence[Span], others: Callable[[Sequence[Span]], _Overlaps]) -> list[Span]:
    """STREET_ADDRESS spans (0.55) over the fields of a contact's line that are a town (see the module's doc).

    address_runs calls this with its overlap index of findings of other kinds (`others`)."""
    contacts = sorted(span.start for span in spans if span.kind in _CONTACT_KINDS)
    if not contacts:
        return []
    people = sorted(span.start for span in spans if span.kind == "PERSON")
    taken = sorted((span.start, span.end) for span in spans if span.kind != "PERSON")
    overlaps = others(spans)
    found: list[Span] = []
    line_done = -1
    for position in contacts:
        if position < line_done:
            continue
        reach = max(0, position - _MAX_LINE - 1)
        line_start = text.rfind("\n", reach, position) + 1
        line_end = text.find("\n", position, position + _MAX_LINE + 1)
        line_done = position + _MAX_LINE if line_end == -1 else line_end
        if (line_start == 0 and reach > 0) or line_end == -1 and position + _MAX_LINE < len(text):
            continue  # a line longer than _MAX_LINE: a minified document, not a record
        line_end = len(text) if line_end == -1 else line_end
        for start, end in _fields(text, line_start, line_end):
            if start == line_start and end == line_end:
                continue  # the line has no field but itself: prose
            value = text[start:end]
            if not _is_town(value) or overlaps.overlap(start, end) or _held(taken, start, end):
                continue
            if bisect.bisect_left(people, end) > bisect.bisect_left(people, start):
                continue  # a person's own field (a town NER took for a name is already redacted)
            found.append(Span(start, end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
    return found


def _fields(text: str, line_start: int, line_end: int):
    """The trimmed stretches of the line between delimiters."""
    field_start = line_start
    for match in _DELIMITER.finditer(text, line_start, line_end):
        yield from _trimmed(text, field_start, match.start())
        field_start = match.end()
    yield from _trimmed(text, field_start, line_end)


def _trimmed(text: str, start: int, end: int):
    while start < end and text[start] in " \t*_-•·":
        start += 1
    while end > start and text[end - 1] in " \t\r*_.":
        end -= 1
    if 0 < end - start <= _MAX_FIELD:
        yield start, end


def _is_town(value: str) -> bool:
    if not value[0].isupper() or not _PLACE.fullmatch(value):
        return False
    town, *rest = [part.strip() for part in value.split(",")]
    if not town[:1].isupper() or is_country(town) or not is_place_name(town):
        return False
    words = town.replace("-", " ").split()
    if len(words) == 1 and (is_ordinary_word(town) or is_software_name(town)):
        return False  # "Phoenix", "Split", "Vite": words of the language or of software first
    return all(is_place_name(part) for part in rest)


def _held(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a finding of another kind than a person's lies over the field (a street, an organisation)."""
    index = bisect.bisect_left(taken, (end, end)) - 1
    while index >= 0:
        taken_start, taken_end = taken[index]
        if taken_end > start:
            return True
        if end - taken_start > 400:
            break
        index -= 1
    return False
