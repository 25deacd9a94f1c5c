"""Round 21b address work: a person or organisation found right after a street type is the street named after
them ("Rue" + "Victor Hugo", "Calle de" + "Alcalá"), so it joins the address's run (address_runs), and a label's
name before its colon after an address ("... São Paulo. Note: call first") is no part of the address's field
(address_fields)."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans

load_place_names()


def _found(text: str, spans) -> list[str]:
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, pieces, address", [
    ("Ship to 14 Rue Victor Hugo, 69002 Lyon, France before Friday.",
     [("STREET_ADDRESS", "14 Rue"), ("PERSON", "Victor Hugo"), ("LOCATION", "Lyon")],
     "14 Rue Victor Hugo, 69002 Lyon, France"),
    ("Our office is Calle de Alcalá, 28014 Madrid now.", [("PERSON", "Alcalá"), ("LOCATION", "Madrid")],
     "Calle de Alcalá, 28014 Madrid"),
    ("Flat is on ulitsa Pushkina, d. 10, Moskva.", [("PERSON", "Pushkina"), ("LOCATION", "Moskva")],
     "ulitsa Pushkina, d. 10, Moskva"),
    ("Send it to Viale Giovanni Agnelli, 200, Torino.", [("ORGANIZATION", "Giovanni Agnelli"), ("LOCATION", "Torino")],
     "Viale Giovanni Agnelli, 200, Torino"),
])
def test_a_person_or_company_after_a_street_type_is_the_street(text, pieces, address):
    assert address in _found(text, address_runs(text, piece_spans(text, pieces)))


@pytest.mark.parametrize("text, pieces", [
    ("Rue Victor Hugo wrote Les Misérables in 1862.", [("PERSON", "Victor Hugo")]),
    ("The form was sent via Anna Berg, 3 copies, Paris office.", [("PERSON", "Anna Berg"), ("LOCATION", "Paris")]),
])
def test_a_person_after_a_street_word_in_prose_is_no_address(text, pieces):
    assert address_runs(text, piece_spans(text, pieces)) == []


def test_a_label_after_the_address_is_not_taken_into_its_field():
    text = "Customer: Avenida Paulista 1578, São Paulo. Note: call first"
    pieces = [("STREET_ADDRESS", "Avenida Paulista 1578"), ("LOCATION", "São Paulo")]
    found = _found(text, address_runs(text, piece_spans(text, pieces)))
    assert "Avenida Paulista 1578, São Paulo" in found
    assert not any("Note" in value for value in found)
