"""Round 26 (addr26), dev set: where an address ends, and addresses in other scripts and spoken forms. An HL7 address
field keeps its whole value around the street found in it (pii.py), a marked Ukrainian or Russian street takes its
house number after a comma (address_marker_runs.py), a Korean district and road take their number (addresses.py),
and a street said with its house number in words is a street (addresses.find_spoken_streets). Every value here is
invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.addresses import find_spoken_streets, find_street_addresses
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in find_street_addresses(text)]


def test_an_hl7_patient_address_is_redacted_whole_with_town_state_and_zip(engine):
    text = "PID|1||4471||Kealoha^Leilani||19800312|F|||2280 Ala Moana Blvd^^Honolulu^HI^96815||"
    assert covered_on_wire(engine, text, "2280 Ala Moana Blvd^^Honolulu^HI^96815")


@pytest.mark.parametrize("text, address", [
    ("м. Київ, вул. Хрещатик, 22, кв. 15", "м. Київ, вул. Хрещатик, 22, кв. 15"),
    ("Адрес: г. Минск, пр. Независимости, 65, кв. 3.", "г. Минск, пр. Независимости, 65, кв. 3"),
    ("Алматы, Бостандыкский р-н, мкр. Орбита, д. 7", "мкр. Орбита, д. 7"),
])
def test_a_marked_street_takes_its_house_number_after_a_comma(text, address):
    assert address in _found(text)


@pytest.mark.parametrize("text, address", [
    ("부산 해운대구 해운대해변로 264", "부산 해운대구 해운대해변로 264"),
    ("택배는 인천 중구 서해대로 210, 3층 으로 보내주세요", "인천 중구 서해대로 210, 3층"),
])
def test_a_korean_district_and_road_with_a_number_is_an_address(text, address):
    assert address in _found(text)


@pytest.mark.parametrize("text, address", [
    ("my address is thirty four willow bank road leeds L S six four A B",
     "thirty four willow bank road leeds L S six four A B"),
    ("she lives at fifty two station road flat c", "fifty two station road flat c"),
    ("it's nine orchard close", "nine orchard close"),
    ("about twenty two marl pit lane, norwich, and so on", "twenty two marl pit lane, norwich"),
])
def test_a_street_said_with_its_number_in_words_is_a_street(text, address):
    assert address in [text[start:end] for start, end in find_spoken_streets(text)]


@pytest.mark.parametrize("text", [
    "it was a forty five minute drive",
    "there is one more way",
    "we have two close friends",
    "take the one way street",
    "I have three main points to view",
])
def test_numbers_in_words_before_prose_are_no_street(text):
    assert list(find_spoken_streets(text)) == []


def test_a_lower_case_street_ending_in_view_takes_its_town():
    assert "plot 14 riverside view, kampala" in _found("plot 14 riverside view, kampala")


def test_a_word_before_a_korean_time_is_no_address():
    assert _found("회의는 3시 로비에서 10분") == []
