"""A field (cell, quoted value, labelled line) holding a found piece of an address is the whole address."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.base import Span
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans
from tests.growth import assert_linear_growth

load_place_names()


def _addresses(text: str, pieces: list[tuple[str, str]]) -> list[str]:
    return [text[span.start:span.end] for span in address_runs(text, piece_spans(text, pieces))]


@pytest.mark.parametrize("text, pieces, address", [
    ('{"addr": "Casa 3, Condominio Los Pinos, Km 12 Carretera a El Salvador, Guatemala"}',
     [("STREET_ADDRESS", "Casa 3"), ("PERSON", "Condominio Los Pinos, Km"), ("LOCATION", "Guatemala")],
     "Casa 3, Condominio Los Pinos, Km 12 Carretera a El Salvador, Guatemala"),
    ('name,address\nBo Li,"Wangjing SOHO, T1, Chaoyang, Beijing"',
     [("STREET_ADDRESS", "Wangjing SOHO"), ("LOCATION", "Chaoyang"), ("LOCATION", "Beijing")],
     "Wangjing SOHO, T1, Chaoyang, Beijing"),
    ('"⁠venue": "Palazzo Reale, Piazza Castello, Torino"',
     [("PERSON", "Palazzo Reale"), ("ORGANIZATION", "Piazza Castello, Torino")], "Palazzo Reale, Piazza Castello, Torino"),
    ('"to": "Dom 5, kv. 17, ulitsa Lenina, Novosibirsk 630004"}',
     [("STREET_ADDRESS", "Lenina, Novosibirsk 630004")], "Dom 5, kv. 17, ulitsa Lenina, Novosibirsk 630004"),
    ("id\taddr\n7\tThe Old Rectory, Church Lane, Ashby\n", [("STREET_ADDRESS", "Church Lane, Ashby")],
     "The Old Rectory, Church Lane, Ashby"),
    ("доставка: Тверская 7-15, Москва 125009", [("LOCATION", "Москва")], "Тверская 7-15, Москва 125009"),
])
def test_the_field_is_the_address(text, pieces, address):
    assert address in _addresses(text, pieces)


@pytest.mark.parametrize("text, pieces", [
    # a sentence: lower-case words of prose
    ('{"note": "call them at 12 Baker Street, London tomorrow"}', [("STREET_ADDRESS", "12 Baker Street, London")]),
    # one person alone in a field
    ('"owner": "Maria Castello"', [("PERSON", "Maria Castello")]),
    # a bank statement's reference in capitals: function words say it is no address
    ("2024-11-01\tFASTER PAYMENT FROM K ADEYEMI REF FLAT 4 RENT NOV\t-850.00",
     [("PERSON", "K ADEYEMI"), ("STREET_ADDRESS", "FLAT 4")]),
    # a time in the field
    ('"Meet 10:30, Piazza Castello, Torino"', [("ORGANIZATION", "Piazza Castello, Torino")]),
])
def test_no_field_address(text, pieces):
    found = _addresses(text, pieces)
    start = text.find('"') + 1
    assert all(not value.startswith(text[start:start + 4]) or value in {v for _, v in pieces} for value in found)


def test_a_phone_in_the_field_keeps_it_a_record():
    # The flat written before the street joins the address (address_unit_tails); the phone never does: the field
    # is a record, not one address.
    text = '"Flat 2, 12 Baker Street, London, +44 20 7946 0958"'
    found = _addresses(text, [("STREET_ADDRESS", "12 Baker Street, London"), ("PHONE", "+44 20 7946 0958")])
    assert found == ["Flat 2, 12 Baker Street, London"]


def test_linear_growth_on_one_long_line():
    cell = '"Flat 2, 14 Albion Road, London N16 9PA",'

    def work(size: int):
        text = cell * (size // len(cell))
        pieces = [Span(at + 9, at + 38, "STREET_ADDRESS", "pii", 0.85, "test") for at in range(0, len(text), len(cell))]
        return lambda: address_runs(text, pieces)

    assert_linear_growth(work, 100_000)
