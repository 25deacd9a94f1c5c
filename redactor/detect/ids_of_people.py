"""A code written right after a person's name is that person's identifier: "Ms Okafor, 448-221-09".

Registers, letters and tickets attach a person's member, patient, staff or file number to their name
without a label: `Ms Okafor, 448-221-09, wants her records transferred`, `Thabo Nkosi (77120-4)`,
`J. Brennan – 2023/118841`. Once a PERSON is found, a code that follows it on the same line after a
comma, an opening bracket, a dash or a colon is an ID_NUMBER when it looks like an identifier: at
least five digits, with only capitals, `-`, `/` and `.` besides, and it is not a date, a time, an
amount, a year or a house number (a capitalised word after it: `12 Quay St`). Phones, national ids
and the like are found by their own rules first; this adds a doubtful span (0.55) only where no
finding is.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE

_DETECTOR = "person-ids"
_MIN_DIGITS = 5
_AFTER_NAME = re.compile(
    r"[ \t]*(?:,|\(|–|—|-|:|\|)[ \t]*(?:#|no\.?[ \t]*)?(?P<code>[A-Z0-9][A-Z0-9./-]{3,30}[A-Z0-9])"
    r"(?P<after>[ \t]*[)\],;:.!?]?[ \t]*(?:[a-z]\w*|$)|[ \t]*[)\],;]|[ \t]*$)",
    re.MULTILINE)
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")


def ids_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for codes written right after a found PERSON (see module doc)."""
    people = [span for span in spans if span.kind == "PERSON"]
    if not people:
        return []
    taken = [(span.start, span.end) for span in spans]
    added: list[Span] = []
    for person in people:
        match = _AFTER_NAME.match(text, person.end)
        if match is None:
            continue
        code = match.group("code")
        start, end = match.span("code")
        if (sum(character.isdigit() for character in code) < _MIN_DIGITS or _DATE_OR_TIME.fullmatch(code)
                or _YEAR_RANGE.fullmatch(code) or any(a < end and start < b for a, b in taken)):
            continue
        added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
        taken.append((start, end))
    return added
