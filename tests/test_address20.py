"""Round 20 address work: an id after its label is no house number (address_runs), a number cell before a street
is another column (address_blocks, addresses.whole_run), and the postcode-and-town cells after a found street are
the rest of that address (address_row_tails)."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import _Others, address_runs
from redactor.detect.address_row_tails import address_row_tails
from redactor.detect.addresses import find_street_addresses
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans

load_place_names()


def _found(text: str, spans) -> list[tuple[str, float]]:
    return [(text[span.start:span.end], span.score) for span in spans]


@pytest.mark.parametrize("text, pieces", [
    ("Patientin Meier, Aktenzeichen 4 O 117/23, Termin.",
     [("PERSON", "Patientin Meier, Aktenzeichen"), ("PERSON", "Aktenzeichen"), ("LOCATION", "Termin")]),
    ("Kunde Berger, Kundennummer 44718 Hamburg, bitte prüfen.", [("PERSON", "Kunde Berger, Kundennummer"),
                                                                   ("LOCATION", "Hamburg")]),
    ("Ticket for Anna Roth, reference 5521, Madrid office.", [("PERSON", "Anna Roth, reference"),
                                                              ("LOCATION", "Madrid")]),
])
def test_a_number_after_an_ids_label_makes_no_address(text, pieces):
    assert address_runs(text, piece_spans(text, pieces)) == []


def test_a_house_number_still_joins_a_street_and_city():
    text = "send it to Rynek Główny 1, Kraków"
    spans = address_runs(text, piece_spans(text, [("PERSON", "Rynek Główny 1"), ("PERSON", "Kraków")]))
    assert _found(text, spans) == [("Rynek Główny 1, Kraków", 0.86)]


@pytest.mark.parametrize("text, address", [
    ("order,address,postcode,city\n1182,Via Roma 22,20121,Milano", "Via Roma 22,20121,Milano"),
    ("7,Storgatan 5,753 20,Uppsala", "Storgatan 5,753 20,Uppsala"),
])
def test_a_number_cell_before_a_street_is_another_column(text, address):
    assert [text[start:end] for start, end in find_street_addresses(text)] == [address]


def test_a_number_before_a_street_in_prose_stays_with_it():
    text = "12, Rue de Rivoli, 75001 Paris"
    assert [text[start:end] for start, end in find_street_addresses(text)] == [text]


@pytest.mark.parametrize("text, street, tails", [
    ("| 4 | Lena Fischer | Lindenstraße 8 | 04109 Leipzig |", "Lindenstraße 8", [("04109 Leipzig", 0.86)]),
    ("7\tAnna Berg\tStorgatan 5\t753 20 Uppsala\tnurse", "Storgatan 5", [("753 20 Uppsala", 0.86)]),
    ("3;Via Roma 22;20121;Milano;active", "Via Roma 22", [("20121", 0.55), ("Milano", 0.86)]),
    # a town the gazetteer does not know: layout alone, doubtful
    ("5|Hauptweg 3|34567 Kleinhausen|x", "Hauptweg 3", [("34567 Kleinhausen", 0.55)]),
])
def test_postcode_and_town_cells_after_a_street_are_its_tail(text, street, tails):
    spans = piece_spans(text, [("STREET_ADDRESS", street)])
    assert _found(text, address_row_tails(text, spans, _Others(spans))) == tails


@pytest.mark.parametrize("text, street", [
    ("7,Via Roma 22,2024,active", "Via Roma 22"),  # a year column
    ("7,Via Roma 22,12500,paid", "Via Roma 22"),  # a bare number without a town after it: an amount, a count
    ("7|Via Roma 22|needs review|Milano", "Via Roma 22"),  # prose in the next cell ends the tail
    ("We met at Via Roma 22, 20121 Milano is nice", "Via Roma 22"),  # a comma with a space: prose, not cells
])
def test_cells_that_are_not_an_address_tail_stay(text, street):
    spans = piece_spans(text, [("STREET_ADDRESS", street)])
    assert address_row_tails(text, spans, _Others(spans)) == []


def test_another_finding_in_the_next_cell_ends_the_tail():
    text = "Lindenstraße 8|+49 341 1234567|04109 Leipzig"
    spans = piece_spans(text, [("STREET_ADDRESS", "Lindenstraße 8"), ("PHONE", "+49 341 1234567")])
    assert address_row_tails(text, spans, _Others(spans)) == []


def test_a_dutch_postcode_keeps_its_letters_in_a_tail_cell():
    text = "| 12 | Prinsengracht 263 | 1016 GV Amsterdam | active |"
    spans = piece_spans(text, [("STREET_ADDRESS", "Prinsengracht 263")])
    assert _found(text, address_row_tails(text, spans, _Others(spans))) == [("1016 GV Amsterdam", 0.86)]
