"""A country's name standing alone is no personal data: the name readers' finding of it goes.

The language model reads every place as a LOCATION (some as an organisation or an NRP: "Portugal", "Belgique"),
and the capitalised-word rules read some as organisations. An address is found by its own finders (addresses.py,
address_runs.py, address_fields.py), which read these findings as pieces first; what is left of them afterwards
is a place standing alone. A country alone locates nobody: in a heading ("Portugal — ficha de cliente"), a form
title, a sentence ("our offsite is in Norway") or after an address (the country of an address is public:
"Duluth, MN 55811, USA" is located without it).

What stays:
- a country inside a longer name: a capitalised word (with "of", "de", "and" ...) right before or after it ("Bank
  of Ireland", "Kenya Power", "Ireland West Airport"), a finding of another finder with other edges over it;
- a PERSON reading, and a country that the first-name list holds (people are named "Jordan", "Chad", "Georgia",
  "India", and the model reads some of them as places);
- an organisation's own listed terms (its profile): only the model's and the capitalised-word rules' findings go.
Towns and regions alone stay: measured on the diagnosis corpora (round 28), a town named in a sentence is often the
town of a person's address ("she moved to Leeds"), which the corpora annotate.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.place_names import fold, is_country
from redactor.detect.term_lists import first_names

_PLACE_READINGS = frozenset({"LOCATION", "PERSON", "NRP", "ORGANIZATION"})
# The model and the capitalised-word rules; an organisation's own listed terms (its profile) are never dropped.
_NAME_READERS = frozenset({"ner", "pii"})
# A capitalised word (and a joining word) right before or after: the country is part of a longer name.
_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.&-]*[ \t]+(?:(?:of|de|du|des|del|di|van|von|and|&|für|for)[ \t]+)?\Z")
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:of|de|and|&)[ \t]+)?[A-ZÀ-Þ\d]")


def without_places_alone(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the countries standing alone that were read as names (see module doc)."""
    candidates = [span for span in spans if span.kind in _PLACE_READINGS and span.detector in _NAME_READERS]
    if not candidates:
        return list(spans)
    drop = {(span.start, span.end) for span in candidates if _is_place_alone(text, span)}
    if not drop:
        return list(spans)
    # Another finding over the place with other edges (an address, a person's full name), or a PERSON reading of
    # it, keeps every reading of it.
    drop -= {place for place in drop for span in spans
             if span.start < place[1] and place[0] < span.end
             and ((span.start, span.end) != place or span.kind == "PERSON")}
    return [span for span in spans if (span.start, span.end) not in drop]


def _is_place_alone(text: str, span: Span) -> bool:
    value = text[span.start:span.end]
    if not value[:1].isupper() or "\n" in value or not is_country(value):
        return False
    folded = fold(value)
    if folded in first_names():
        return False  # "Jordan said ...", "Georgia", "Chad": the model reads some people as places
    # A country inside a longer name stays: "Bank of Ireland", "Ireland West Airport", "Kenya Power".
    before = _NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    return before is None and _NAME_AFTER.match(text, span.end) is None
