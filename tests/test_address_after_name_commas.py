"""A street that a PERSON or ORGANIZATION finding took across the comma after the name ("Dr. Karin Holm,
Storkyrkobrinken" then " 9, Gamla Stan") is a street address with its number and the parts after it
(address_after_name_commas.py, called by address_runs); doubtful, as the layout is the only evidence."""
from __future__ import annotations

import pytest

from redactor.detect.address_after_name_commas import streets_in_names
from redactor.detect.address_runs import address_runs
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.place_names import load as load_place_names

load_place_names()


def _streets(text: str, kind: str, name: str) -> list[str]:
    start = text.index(name)
    spans = [Span(start, start + len(name), kind, "pii", 0.85, "ner")]
    return [text[span.start:span.end] for span in streets_in_names(text, spans)]


@pytest.mark.parametrize("text, kind, name, address", [
    ("Recipient: Dr. Karin Holm, Storkyrkobrinken 9, Gamla Stan", "PERSON", "Dr. Karin Holm, Storkyrkobrinken",
     "Storkyrkobrinken 9, Gamla Stan"),
    ("Deliver to Nordic Tools, Kungsholmstorg 5, Solna, Sweden.", "ORGANIZATION", "Nordic Tools, Kungsholmstorg",
     "Kungsholmstorg 5, Solna, Sweden"),
    ("Patient Jana Dvořák, Vinohradská 28, 120 00 Praha 2", "PERSON", "Jana Dvořák, Vinohradská",
     "Vinohradská 28, 120 00 Praha 2"),
])
def test_the_street_after_the_names_comma_is_an_address(text, kind, name, address):
    assert _streets(text, kind, name) == [address]


@pytest.mark.parametrize("text, name", [
    ("Invitati: Anna Rossi, Marco Bianchi 3 volte", "Anna Rossi, Marco Bianchi"),  # a count: a word follows
    ("Meeting with Anna Berg, Erik Lund 9:30 tomorrow", "Anna Berg, Erik Lund"),  # a time
    ("Team: Lee, Park 2.5 points", "Lee, Park"),  # a decimal
    ("Assigned to Anna Berg 9, then review", "Anna Berg"),  # no comma inside the name
    ("Top scorers: Smith, Jones 9", "Smith, Jones"),  # no town or district after the number
])
def test_names_without_a_street_stay_names(text, name):
    assert _streets(text, "PERSON", name) == []


def test_address_runs_adds_it_as_a_doubtful_address():
    text = "Recipient: Dr. Karin Holm, Storkyrkobrinken 9, Gamla Stan"
    name = "Dr. Karin Holm, Storkyrkobrinken"
    start = text.index(name)
    found = address_runs(text, [Span(start, start + len(name), "PERSON", "pii", 0.85, "ner")])
    assert ("Storkyrkobrinken 9, Gamla Stan", DOUBTFUL_SCORE) in [
        (text[s.start:s.end], s.score) for s in found if s.kind == "STREET_ADDRESS"]
