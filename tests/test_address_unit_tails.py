"""The flat, floor, suite or door written after a found address is part of it (address_unit_tails.py), through
address_runs, which calls it after the other passes."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans

load_place_names()


def _addresses(text: str, pieces) -> set[str]:
    return {text[span.start:span.end] for span in address_runs(text, piece_spans(text, pieces))
            if span.kind == "STREET_ADDRESS"}


@pytest.mark.parametrize("text, street, address", [
    ("Drop it at 250 King Street, 4th floor, reception will sign.", "250 King Street", "250 King Street, 4th floor"),
    ("She rents at Calle de Alcalá 99, piso 3, puerta B, today.", "Calle de Alcalá 99",
     "Calle de Alcalá 99, piso 3, puerta B"),
    ("Address: Mariahilfer Straße 45; Top 12", "Mariahilfer Straße 45", "Mariahilfer Straße 45; Top 12"),
    ("He gave 19 Pembroke Street (basement flat) as his address.", "19 Pembroke Street",
     "19 Pembroke Street (basement flat)"),
    ("Correspondence: Rue du Marché 17, boîte 4.", "Rue du Marché 17", "Rue du Marché 17, boîte 4"),
    ("Kantoor: Keizersgracht 123, 3e verdieping.", "Keizersgracht 123", "Keizersgracht 123, 3e verdieping"),
])
def test_a_unit_after_a_found_address_joins_it(text, street, address):
    assert address in _addresses(text, [("STREET_ADDRESS", street)])


def test_the_postcode_and_town_after_the_unit_join_too():
    text = "I moved to Calle Mayor 8; Apt 3B, 28013 Madrid last month."
    found = _addresses(text, [("STREET_ADDRESS", "Calle Mayor 8"), ("STREET_ADDRESS", "Apt 3B, 28013 Madrid")])
    assert "Calle Mayor 8; Apt 3B, 28013 Madrid" in found


@pytest.mark.parametrize("text, street", [
    ("We met at 9 Albert Road, 2 weeks ago, and signed.", "9 Albert Road"),
    ("Contact us at 12 Market Street, room 3 is on the left.", "12 Market Street"),  # the piece goes on in prose
    ("Meet at 14 Harcourt Road, room for everyone.", "14 Harcourt Road"),  # a unit word without its number
    ("Ship to 14 Harcourt Road (floor 2 was closed", "14 Harcourt Road"),  # an unclosed bracket
])
def test_what_is_no_unit_stays_out(text, street):
    assert not any(len(found) > len(street) and found.startswith(street)
                   for found in _addresses(text, [("STREET_ADDRESS", street)]))
