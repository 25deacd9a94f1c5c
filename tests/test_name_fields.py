"""name_fields.py: capitalised words that complete a found name's field are added, doubtful."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.name_fields import name_field_extensions


def _extend(text: str, found: str, kind: str = "PERSON") -> str | None:
    start = text.index(found)
    spans = [Span(start, start + len(found), kind, "pii", 0.85, "ner")]
    extensions = name_field_extensions(text, spans, "ner")
    assert all(span.score < 0.6 for span in extensions)  # doubtful: the wire redacts, an audit does not report
    return text[extensions[0].start:extensions[0].end] if extensions else None


@pytest.mark.parametrize(("text", "found", "whole"), [
    ("Venue — Adaeze Nwosu Event Hall", "Adaeze Nwosu", "Adaeze Nwosu Event Hall"),
    ("Caterer: Golden Lantern Priya Raman Kitchen", "Priya Raman", "Golden Lantern Priya Raman Kitchen"),
    ("Vet | Hollis Barnaby Animal Care | open", "Hollis Barnaby", "Hollis Barnaby Animal Care"),
    ("Supplier: Tomasz Wierzbicki Roofing and Gutters.", "Tomasz Wierzbicki", "Tomasz Wierzbicki Roofing and Gutters"),
    ('{"vendor": "Keziah Moreland Community Foundation"}', "Keziah Moreland", "Keziah Moreland Community Foundation"),
    ("id,Northside Kowalczyk Plumbing,2024", "Kowalczyk Plumbing", "Northside Kowalczyk Plumbing"),
])
def test_a_name_that_fills_its_field_takes_the_whole_field(text, found, whole):
    assert _extend(text, found, "ORGANIZATION" if found == "Kowalczyk Plumbing" else "PERSON") == whole


@pytest.mark.parametrize(("text", "found"), [
    ("Next steps: Priya Raman Will Send The Draft", "Priya Raman"),  # stop words: a sentence, not a name
    ("Met Anna Berg at the Annual Meeting", "Anna Berg"),  # no field around it
    ("Anna Berg Quarterly Review", "Anna Berg"),  # a heading: no field delimiter before the name
    ("Owner: Anna Berg", "Anna Berg"),  # the field is the name already
    ("Assigned to — Tomas Lindqvist (QA)", "Tomas Lindqvist"),
    ("Standup: Anna Berg Monday", "Anna Berg"),  # a calendar word
    ("Build: Anna Berg v2 Release", "Anna Berg"),  # a digit
    ("Reviewer: Anna Berg and", "Anna Berg"),  # a connector at the field's edge
])
def test_words_that_do_not_complete_a_field_stay(text, found):
    assert _extend(text, found) is None
