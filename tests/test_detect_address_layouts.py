"""Addresses of every country are redacted whole: postcode layouts from Google's address data beside a place of
that country, street words of many languages, and addresses written over the fields of a record."""
import json

import pytest

from redactor.detect.addresses import find_street_addresses
from redactor.detect.postcode_layouts import layout_of
from redactor.detect.street_words import STREET_WORDS_FILE, derive, is_street_word


def addresses(text: str) -> list[str]:
    return [text[start:end] for start, end in find_street_addresses(text)]


@pytest.mark.parametrize("address", [
    "Bankastræti 11, 101 Reykjavík",  # three digits before the city (Iceland)
    "Unit 4, Dock Road, Galway H91 K5T2",  # an Eircode after the city
    "14 Bóthar an Chláir, Knocknacarra, Galway H91 E2K7",
    "Av. Santa Fe 2150, piso 7, C1123AAO Buenos Aires",  # Argentina's CPA
    "12, Triq il-Merkanti, Valletta VLT 1171",  # Malta
    "Elizabetes iela 21, Rīga, LV-1010",  # Latvia, the country in the code
    "Dizengoff St 50, Tel Aviv 6433222",  # seven digits (Israel)
    "Landstrasse 12, FL-9490 Vaduz",  # Liechtenstein, the prefix written
    "Avenida Paulista 900, cj 51, São Paulo 01310-100",  # a unit in a lower-case abbreviation
    "Rua Haddock Lobo 595, ap 12, Cerqueira César, São Paulo 01414-001",
])
def test_addresses_in_layouts_of_many_countries_are_one_address(address):
    assert addresses(f"Please send the parcel to {address}, thanks.") == [address]


@pytest.mark.parametrize("text", [
    "We hired 120 Berlin engineers and 300 more in Paris.",
    "Room 101 is where Winston ends up; London 1984 is the setting.",
    "Sprint 112 demo with the Santiago team went fine.",
    "Build 7550000 failed on the Dublin runner.",
])
def test_numbers_beside_a_place_that_fit_no_postcode_of_its_country_stay(text):
    assert addresses(text) == []


def test_a_short_code_counts_only_in_a_country_that_writes_it():
    assert addresses("Ship to: Laugavegur 18, 101 Reykjavík") == ["Laugavegur 18, 101 Reykjavík"]
    assert addresses("101 Dublin readers joined the book club.") == []  # Ireland writes Eircodes


def test_the_country_after_the_city_belongs_to_the_address_even_when_prose_follows():
    assert addresses("It goes to Hringbraut 40, 107 Reykjavík, Iceland by Friday.") == [
        "Hringbraut 40, 107 Reykjavík, Iceland"]


def test_korean_and_japanese_units_after_the_street_belong_to_the_address():
    assert addresses("사무실: 서울특별시 강남구 테헤란로 152, 804호 입니다") == ["서울특별시 강남구 테헤란로 152, 804호"]
    assert addresses("送付先：東京都港区六本木6-10-1 六本木ヒルズ 4501号室") == ["東京都港区六本木6-10-1 六本木ヒルズ 4501号室"]
    assert addresses("배송지: 판교역로 235, 3층 (분당구)") == ["판교역로 235, 3층"]  # a road name alone, with its unit
    assert addresses("회의는 3층에서 합니다") == []


def test_postcode_layouts_come_from_the_catalogue_with_the_order_of_parts():
    iceland, ireland = layout_of("IS"), layout_of("IE")
    assert iceland.fits("101") and iceland.code_before_place
    assert ireland.fits("H91 E2K7") and not ireland.code_before_place
    assert layout_of("CH").fits("CH-8001") and layout_of("CH").fits("8001")
    assert layout_of("HK") is None  # no postcodes


def test_street_words_of_many_languages_are_known_and_the_data_file_matches_faker():
    for word in ("Rua", "Jl.", "Gg.", "Đường", "iela", "Caddesi", "Bóthar", "Laugavegur", "Drottninggatan"):
        assert is_street_word(word), word
    for word in ("Main", "String", "Berlin", "Meeting"):
        assert not is_street_word(word), word
    assert json.loads(STREET_WORDS_FILE.read_text(encoding="utf-8")) == derive()


@pytest.mark.parametrize("record, address", [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Jón Jónsson\nADR;TYPE=HOME:;;Hverfisgata 4;Reykjavík;;101;Iceland\nEND:VCARD",
     "Hverfisgata 4;Reykjavík;;101;Iceland"),
    ("item2.ADR;type=WORK:;Suite 5;200 Bay Street;Toronto;ON;M5J 2J2;Canada",
     "Suite 5;200 Bay Street;Toronto;ON;M5J 2J2;Canada"),
    ("NK1|1|DLAMINI^SIPHO|BRO|22 LOOP ST^^CAPE TOWN^WC^8001^ZA|^PRN^PH^^^^0215550100",
     "22 LOOP ST^^CAPE TOWN^WC^8001^ZA"),
    ("GT1|1||PILLAY^ANIL||3 BEACH RD^UNIT 9^DURBAN^KZN^4001^ZA|", "3 BEACH RD^UNIT 9^DURBAN^KZN^4001^ZA"),
    ('{"id": 7, "address": {"line1": "Hauptstraße 5", "city": "Wien", "zip": "1010", "country": "AT"}, "vip": false}',
     'Hauptstraße 5", "city": "Wien", "zip": "1010", "country": "AT'),
    ("shipping:\n  street: 8 Harbour Road\n  city: Wellington\n  postcode: '6011'\nnotes: none",
     "8 Harbour Road\n  city: Wellington\n  postcode: '6011"),
    ('Address(street="Kungsgatan 4", city="Göteborg", postal_code="411 19")',
     'Kungsgatan 4", city="Göteborg", postal_code="411 19'),
])
def test_an_address_written_over_the_fields_of_a_record_is_one_address(record, address):
    assert address in addresses(record)


def test_every_row_of_a_table_with_address_columns_gives_one_address():
    table = "id\tname\tstreet\tcity\tzip\n1\tAna\tRua Nova 3\tPorto\t4000-123\n2\tBen\tCalle Sol 4\tSevilla\t41001"
    assert addresses(table) == ["Rua Nova 3\tPorto\t4000-123", "Calle Sol 4\tSevilla\t41001"]


def test_objects_with_one_address_key_or_no_street_or_postcode_are_no_address():
    assert addresses('{"city": "Lisbon", "timezone": "Europe/Lisbon", "country": "PT"}') == []
    assert addresses('{"zip": true, "level": 9}') == []
