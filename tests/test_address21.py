"""Round 21 address work: an address's extent. NER's nested guesses of one stretch do not break a run of address
parts (address_runs), a house number cut inside ("1-2" of "1-2-3") and a unit's "No: 45" label are the rest of the
address (address_runs._edge_after), a name with its own language's street type and a number is a street without a
postcode (addresses._germanic_street), and romanised Russian and Ukrainian street types are street words."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.addresses import find_street_addresses
from redactor.detect.place_names import load as load_place_names
from redactor.detect.street_words import is_street_word
from tests.address_pieces import piece_spans

load_place_names()


def _found(text: str, spans) -> list[str]:
    return [text[span.start:span.end] for span in spans]


def test_a_nested_guess_that_reads_as_no_address_part_does_not_break_the_run():
    text = "Seoul, Gangnam-gu, Teheran-ro 152 is the office."
    spans = piece_spans(text, [("LOCATION", "Seoul"), ("PERSON", "Gangnam-gu"), ("PERSON", "Gangnam-gu, Teheran-ro")])
    assert _found(text, address_runs(text, spans)) == ["Seoul, Gangnam-gu, Teheran-ro 152"]


def test_a_person_alone_between_pieces_still_breaks_the_run():
    text = "Seoul, Maria Kim, Teheran-ro 152 is the office."
    spans = piece_spans(text, [("LOCATION", "Seoul"), ("PERSON", "Maria Kim"), ("PERSON", "Teheran-ro")])
    assert "Seoul" not in " ".join(_found(text, address_runs(text, spans)))


def test_a_house_number_cut_inside_is_taken_whole():
    text = "Send it to Japan, Tokyo-to, Shibuya-ku, Jingumae 1-2-3 please."
    spans = piece_spans(text, [("STREET_ADDRESS", "Japan, Tokyo-to, Shibuya-ku, Jingumae 1-2"), ("LOCATION", "Tokyo")])
    assert "Japan, Tokyo-to, Shibuya-ku, Jingumae 1-2-3" in _found(text, address_runs(text, spans))


@pytest.mark.parametrize("text, address", [
    ("Ship: Istanbul, Kadıköy, Moda Cad. No: 45 D: 3", "Istanbul, Kadıköy, Moda Cad. No: 45 D: 3"),
    ("Adres: Ankara, Çankaya, Atatürk Blv. No: 112 Kat: 4, thanks", "Ankara, Çankaya, Atatürk Blv. No: 112 Kat: 4"),
])
def test_a_units_label_and_number_after_a_street_are_the_address(text, address):
    street_end = text.index(" No:")
    pieces = [("LOCATION", text.split(", ")[0].split(": ")[1]), ("PERSON", text[text.index(", ", 7) + 2:street_end])]
    assert address in _found(text, address_runs(text, piece_spans(text, pieces)))


def test_a_label_without_a_number_is_not_taken():
    text = "Istanbul, Kadıköy, Moda Cad. Note: call first"
    spans = piece_spans(text, [("LOCATION", "Istanbul"), ("LOCATION", "Kadıköy"), ("PERSON", "Moda Cad")])
    runs = [span for span in address_runs(text, spans) if span.detector == "address_runs"]
    assert _found(text, runs) == ["Istanbul, Kadıköy, Moda Cad"]


@pytest.mark.parametrize("text, street", [
    ("He lives in Budapest, Váci utca 12, near the river.", "Váci utca 12"),
    ("Hun bor i Karl Johans vei 5 nå.", "Karl Johans vei 5"),
])
def test_a_name_and_its_own_languages_street_type_before_a_number_is_a_street(text, street):
    assert any(street in text[start:end] for start, end in find_street_addresses(text))


@pytest.mark.parametrize("text", ["Boarding at Departure gate 12 now.", "Meet at the Main gate 3 entrance."])
def test_a_street_type_that_is_an_english_word_still_wants_a_postcode(text):
    assert find_street_addresses(text) == []


@pytest.mark.parametrize("word, expected", [("vul.", True), ("ulitsa", True), ("prospekt", True), ("per", False)])
def test_romanised_russian_and_ukrainian_street_types(word, expected):
    assert is_street_word(word) is expected
