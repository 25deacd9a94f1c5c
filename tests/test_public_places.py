"""Streets and venues named after people are places, not the people (redactor/detect/public_places.py)."""
from __future__ import annotations

import pytest

from redactor.detect.public_places import names_a_public_place


def _place(text: str, value: str, kind: str = "PERSON") -> bool:
    start = text.index(value)
    return names_a_public_place(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, value, kind", [
    ("Take the tram down Rosa-Luxemburg-Straße to the river.", "Rosa-Luxemburg-Straße", "PERSON"),
    ("The market is held on Avenue Jean Jaurès every Sunday.", "Avenue Jean Jaurès", "PERSON"),
    ("Our hotel faces Calle Simón Bolívar.", "Calle Simón Bolívar", "PERSON"),
    ("Land at Václav Havel Airport and take the 119 bus.", "Václav Havel Airport", "PERSON"),
    ("Het Anne Frank Huis ligt naast het Rembrandt Museum.", "Rembrandt Museum", "PERSON"),
    ("The parade turns into Cesar Chavez Avenue at noon.", "Cesar Chavez", "PERSON"),  # the type word beside it
])
def test_a_street_or_venue_named_after_a_person_is_a_place(text: str, value: str, kind: str) -> None:
    assert _place(text, value, kind)


@pytest.mark.parametrize("text, value, kind", [
    ("Please forward the invoice to Laura Green.", "Laura Green", "PERSON"),  # a surname that is a street type
    ("Ticket assigned to Tom Place (night shift).", "Tom Place", "PERSON"),  # a lone first name and the type word
    ("Ship to Rosa-Luxemburg-Straße 14, 04109 Leipzig.", "Rosa-Luxemburg-Straße", "PERSON"),  # a house number
    ("Adresse: 7 Avenue Jean Jaurès, Lyon", "Avenue Jean Jaurès", "PERSON"),  # a number before it
    ("The market is held on Avenue Jean Jaurès every Sunday.", "Avenue Jean Jaurès", "ORGANIZATION"),  # not a person
    ("Book a room at the Harbourside Medical Centre.", "Harbourside Medical Centre", "PERSON"),  # no first name
    ("She joined the Rembrandt Museum as a curator.", "Rembrandt Museum", "ORGANIZATION"),  # an employer
    ("Meeting with Henrike Vollmer tomorrow.", "Henrike Vollmer", "PERSON"),
])
def test_a_person_an_address_or_an_employer_stays(text: str, value: str, kind: str) -> None:
    assert not _place(text, value, kind)


def test_other_kinds_are_never_read_as_places() -> None:
    text = "Reset the password for Avenue Street admin"
    assert not _place(text, "Avenue Street", "USERNAME")


def test_a_place_type_in_the_next_cell_of_a_table_is_not_beside_the_name() -> None:
    text = "Joana Prates | Rua Augusta, 2690 | São Paulo\nLeif Sandvik  | Avenida Paulista, 1000 | São Paulo"
    assert not _place(text, "Joana Prates")
    assert not _place(text, "Leif Sandvik")


def test_an_estate_named_with_a_street_type_and_no_first_name_stays() -> None:
    assert not _place("Fatura — Residencial Morada das Acácias, bloco B", "Residencial Morada das Acácias")


def test_a_label_in_capitals_beside_a_name_is_no_place_type() -> None:
    assert not _place("08:40 Fuentes, Ignacio RUN 9.412.330-5 curación", "Ignacio")


@pytest.mark.parametrize("text, value", [
    ("the boiler at Elm Court. sofia wants it fixed before friday", "sofia"),
    ("Parking is behind Kingsway Plaza. Daniel Okoro has the permits.", "Daniel Okoro"),
    ("We met on the Promenade. Marta brought the contract.", "Marta"),
])
def test_a_place_type_that_ends_the_sentence_before_a_name_is_not_beside_it(text: str, value: str) -> None:
    assert not _place(text, value)


@pytest.mark.parametrize("text, value", [
    ("Kantor kami di Jl. Ahmad Yani, dekat pasar.", "Ahmad Yani"),  # a listed abbreviation with its dot
    ("O escritório fica na Av. Rui Barbosa, no centro.", "Rui Barbosa"),  # a short abbreviation
])
def test_an_abbreviated_place_type_before_a_name_is_still_beside_it(text: str, value: str) -> None:
    assert _place(text, value)
