"""Round 26 (addr26), check set: written after the change and not tuned on (the dev set is test_address26_dev.py).
Other records, scripts and transcripts of the same mechanisms, and prose that must stay. Every value here is invented.
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


def test_an_hl7_address_with_a_unit_and_country_is_redacted_whole(engine):
    text = "MSH|^~\\&|LAB|HOSP\nPID|1||55120^^^MRN||Moreau^Claire||19681122|F|||77 Elm Street^Apt 5^Salem^OR^97301^USA||"
    assert covered_on_wire(engine, text, "77 Elm Street^Apt 5^Salem^OR^97301^USA")


@pytest.mark.parametrize("text, address", [
    ("Доставка: г. Самара, ул. Ленинградская, 14, кв. 88", "г. Самара, ул. Ленинградская, 14, кв. 88"),
    ("м. Одеса, просп. Шевченка, 9, кв. 41 — телефон нижче", "м. Одеса, просп. Шевченка, 9, кв. 41"),
])
def test_marked_streets_in_cyrillic_take_their_number(text, address):
    assert address in _found(text)


def test_a_korean_road_after_its_district_is_found():
    text = "주소: 대전 유성구 대학로 99"
    assert any("유성구 대학로 99" in found for found in _found(text))


@pytest.mark.parametrize("text, address", [
    ("yeah it's eighty seven holly tree avenue, york", "eighty seven holly tree avenue, york"),
    ("send it to one hundred and twelve mill road unit four", "one hundred and twelve mill road unit four"),
])
def test_spoken_streets_of_other_callers(text, address):
    assert address in [text[start:end] for start, end in find_spoken_streets(text)]


@pytest.mark.parametrize("text", [
    "we walked for twenty minutes down the road",
    "there are two ways to view this",
    "I gave it five stars on the court website",
    "only one person can drive",
])
def test_prose_with_numbers_in_words_stays(text):
    assert list(find_spoken_streets(text)) == []
