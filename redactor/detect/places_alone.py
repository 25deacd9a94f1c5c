"""A country, or a town or region named in a sentence, is no personal data on its own: the model's finding goes.

The language model reads every place as a LOCATION (and some as a PERSON or an organisation: "Porto", "Belgique",
"Cork"), and the capitalised-word rules read some as organisations. An address is found by its own finders
(addresses.py, address_runs.py, address_fields.py), which read these findings as pieces first; what is left of
them afterwards is a place standing alone. Alone, a place locates nobody:

- a country ("Portugal", "South Africa", "Brazil"), wherever it stands: in a heading, a form title, a sentence or
  after an address (the country of an address is public: "Duluth, MN 55811, USA" is located without it);
- a town or a region in a sentence: after a lower-case word, on a line without a number (which may be its
  postcode or a house number) ("born in Cork", "weather in Lisbon", "flights to Tokyo"). In a field, a cell or after a comma it may be the town of an address written in
  parts (`City: Cork`, `| Recife/PE |`, "12 Main St, Cork"), and stays.

Every reading of the place goes (the model's and the capitalised-word rules' "ORGANIZATION"), unless a finding with
other edges overlaps it (an address or a full name the merge redacts anyway); and only names the gazetteers hold
(place_names.py): an unknown capitalised word may be a person's name, which the model's kind cannot tell.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.place_names import is_country, is_place_name

_PLACE_READINGS = frozenset({"LOCATION", "PERSON", "NRP", "ORGANIZATION"})
# The model and the capitalised-word rules; an organisation's own listed terms (its profile) are never dropped.
_NAME_READERS = frozenset({"ner", "pii"})
# A sentence's word right before the place: a lower-case word and the blanks after it ("in ", "nach ", "to ").
_SENTENCE_WORD_BEFORE = re.compile(r"(?<![\w.-])[^\W\d_A-Z]+[ \t]+\Z")
_ADDRESS_NUMBER = re.compile(r"\d")


def without_places_alone(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the countries, and the towns or regions named in a sentence, that were read as names
    (see module doc)."""
    candidates = [span for span in spans if span.kind in _PLACE_READINGS and span.detector in _NAME_READERS]
    if not candidates:
        return list(spans)
    drop = {(span.start, span.end) for span in candidates if _is_place_alone(text, span)}
    if not drop:
        return list(spans)
    # Another finding over the place with other edges (an address, a person's full name) keeps every reading of it.
    drop -= {place for place in drop for span in spans
             if span.start < place[1] and place[0] < span.end and (span.start, span.end) != place}
    return [span for span in spans if (span.start, span.end) not in drop]


def _is_place_alone(text: str, span: Span) -> bool:
    value = text[span.start:span.end]
    if not value[:1].isupper() or "\n" in value or any(char.isdigit() for char in value):
        return False
    if is_country(value):
        return True
    if span.kind == "PERSON" or not is_place_name(value):
        return False  # a person's name that is also a town's ("Florence", "Orlando") stays a person
    if _SENTENCE_WORD_BEFORE.search(text, max(0, span.start - 24), span.start) is None:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    # A number on its line may be its postcode or a house number told apart from it ("400117 belongs to another
    # part of Cluj-Napoca", "moved to 14 Quay St in Cork"): recall first, the town stays.
    return _ADDRESS_NUMBER.search(text, line_start, len(text) if line_end < 0 else line_end) is None
