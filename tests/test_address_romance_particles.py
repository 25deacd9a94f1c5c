"""A street type that is also an English word (Via, Route, Place, Avenue, Largo) is a street's type when a Romance
article or preposition follows it ("Via dell'Orso 9", "Route de Genève 12"): English never writes one there, so the
street needs no postcode after it to be found (addresses.py, _ROMANCE_PARTICLE_AFTER_TYPE)."""
from __future__ import annotations

import pytest

from redactor.detect.addresses import find_street_addresses
from redactor.detect.place_names import load as load_place_names

load_place_names()


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in find_street_addresses(text)]


@pytest.mark.parametrize("text, street", [
    ("Spedire a Roma, Via dell'Orso 9, scala B, interno 4.", "Via dell'Orso 9"),
    ("Il ristorante è in Via della Scala 18, vicino alla stazione.", "Via della Scala 18"),
    ("Le bureau est Route de Genève 12 à Lausanne.", "Route de Genève 12"),
    ("On se retrouve Place du Marché 4, au premier étage.", "Place du Marché 4"),
    ("Elle habite Avenue de la Gare 7 depuis mars.", "Avenue de la Gare 7"),
    ("Ci vediamo in Largo di Torre Argentina 3 alle cinque.", "Largo di Torre Argentina 3"),
])
def test_a_romance_particle_after_an_english_looking_type_makes_a_street(text, street):
    assert any(street in found for found in _found(text))


@pytest.mark.parametrize("text", [
    "Upload via the portal 3 times a day.",
    "Route 66 runs through Texas.",
    "Sent Via Email 3 times last week.",
    "We met at Place 2 of the ranking.",
    "Route de facto 3 is not a thing.",
    "He finished in Place de 3.",
])
def test_english_words_stay_words(text):
    assert _found(text) == []
