"""A street the NER model took into a person's or organisation's name, across the comma after the name.

An address block on one line is "name, street number, district or town": "Dr. Karin Holm, Storkyrkobrinken 9,
Gamla Stan", "Nordic Tools, Kungsholmstorg 5, Solna". The model often reads the street word after the comma as
the name's last word (PERSON "Dr. Karin Holm, Storkyrkobrinken") and the street finders miss a street whose type
they do not know and after which no postcode stands, so the house number and the town after it leak.

Here, a PERSON or ORGANIZATION finding that holds a comma, whose words after its last comma are one to three
capitalised (or caseless-script) words, and right after which a house number stands ("9", "22B", "14/3"; no time,
decimal or date) and then a comma part that reads as an address's (capitalised words, a postcode: the town or
district) has taken the street of an address: the words after its comma, the number and those parts are a
STREET_ADDRESS. (Without a part after the number, "Smith, Jones 9" is a list with a score: it cost +0.1 point of
over-redaction on a blind pii file and found no address there.) A
name does not go on across a comma into a word with a number after it, but the layout is the only evidence,
so the finding is doubtful (0.55: redacted on the wire, not reported by an audit).

Linear: one anchored match per PERSON or ORGANIZATION finding with a comma in it.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE

_DETECTOR = "address_after_name_commas"
_NAME_KINDS = frozenset({"PERSON", "ORGANIZATION"})
# One to three capitalised words (or words of a script without case) after the last comma of the finding.
_STREET_WORDS = re.compile(r"[ \t]*((?:[^\W\d_a-zß-ÿ][\w'’.-]*)(?:[ \t]+[^\W\d_a-zß-ÿ][\w'’.-]*){0,2})$")
# The house number right after the finding: not a time ("9:30"), decimal ("9.5"), date ("9/3/2024") or a count
# of something ("9 people": a lower-case word after it).
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?(?![\w:/-]|[.,]\d|[ \t]+[a-z])")
# Address parts after the number: ", Gamla Stan", ", 114 29 Stockholm", ", Sweden", one to three of them.
_PART_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:\d{2,6}(?:[ \t-]\d{2,4})?[ \t]+)?[^\W\d_a-zß-ÿ][\w'’.-]*(?:[ \t]+[^\W\d_a-zß-ÿ][\w'’.-]*){0,2}"
    r"(?:[ \t]+\d{1,2})?(?![\w'’-])")  # "Praha 2", "Dublin 4"
_MAX_PARTS = 3


def streets_in_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans for streets a name finding took across its comma (module doc)."""
    found: list[Span] = []
    addresses = [(span.start, span.end) for span in spans if span.kind == "STREET_ADDRESS"]
    for span in spans:
        if span.kind not in _NAME_KINDS:
            continue
        value = text[span.start:span.end]
        comma = value.rfind(",")
        if comma <= 0:
            continue
        street = _STREET_WORDS.search(value, comma + 1)
        number = _HOUSE_NUMBER.match(text, span.end)
        if street is None or number is None:
            continue
        end = number.end()
        for _ in range(_MAX_PARTS):
            part = _PART_AFTER.match(text, end)
            if part is None:
                break
            end = part.end()
        if end == number.end():
            continue  # no town or district after the number: "Smith, Jones 9" is a list with a score
        if text[end - 1] == "." and text[end:end + 1] in ("", " ", "\n", "\t"):
            end -= 1  # the sentence's full stop
        start = span.start + street.start(1)
        if any(a_start <= start and end <= a_end for a_start, a_end in addresses):
            continue  # inside an address already found ("45 Lê Lợi, Quận 1, ...")
        found.append(Span(start, end, "STREET_ADDRESS", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return found
