"""Round 28 (addr28) dev set: examples written by the builder BEFORE the change, of the mechanisms built.

- postal boxes in their countries' own words (a box word, its number, then the postcode and place);
- addresses in scripts without capitals from their district, building and flat words (Arabic), and Korean
  road-name addresses (a road's -로/-길 with its number, the 동/호 of the building and flat);
- a language named as the language of a text is no nationality ("translate into Czech", "Thai:").
"""
from __future__ import annotations

import pytest

from redactor.detect.addresses import find_street_addresses


def _covers(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s <= start and start + len(value) <= e for s, e in find_street_addresses(text))


@pytest.mark.parametrize("text,value", [
    ("Bitte an Postfach 10 04 52, 20003 Hamburg schicken.", "Postfach 10 04 52, 20003 Hamburg"),
    ("Lieferung an Packstation 204, 80331 München", "Packstation 204, 80331 München"),
    ("Enviar a Apartado de Correos 1532, 46080 Valencia", "Apartado de Correos 1532, 46080 Valencia"),
    ("endereço: Caixa Postal 3021, 01060-970 São Paulo", "Caixa Postal 3021, 01060-970 São Paulo"),
    ("Adres: skrytka pocztowa 77, 00-950 Warszawa", "skrytka pocztowa 77, 00-950 Warszawa"),
    ("Mr Kibet, P.O. Box 40219-00100, Nairobi", "P.O. Box 40219-00100, Nairobi"),
    ("Stuur het naar Postbus 2150, 3500 GD Utrecht", "Postbus 2150, 3500 GD Utrecht"),
    ("Private Bag 3001, Hamilton 3240", "Private Bag 3001, Hamilton 3240"),
])
def test_postal_box_in_its_own_language_is_an_address(text, value):
    assert _covers(text, value)


@pytest.mark.parametrize("text,value", [
    ("التوصيل: سارة — حي الملقا، شارع أنس بن مالك، عمارة ٤، شقة ٩، الرياض", "حي الملقا، شارع أنس بن مالك، عمارة ٤، شقة ٩، الرياض"),
    ("العنوان الجديد: نهج ابن خلدون عدد ١٤، تونس ١٠٠٠", "نهج ابن خلدون عدد ١٤، تونس ١٠٠٠"),
    ("배송지: 서울특별시 마포구 월드컵북로 396 상암아파트 102동 1504호", "서울특별시 마포구 월드컵북로 396 상암아파트 102동 1504호"),
])
def test_caseless_script_address_from_its_district_road_or_flat_words(text, value):
    assert _covers(text, value)


@pytest.mark.parametrize("text", [
    "The post office box rental price rises in May.",
    "شارع الحبيب بورقيبة هو الشارع الرئيسي في تونس",  # a street named in prose, no number
    "서울특별시는 한국의 수도입니다.",
])
def test_look_alikes_without_an_address_stay(text):
    assert find_street_addresses(text) == []


# --- A birth label's field value, whatever its calendar or format (written before birth_date_layouts.birth_field_value)

from redactor.detect.birth_date_layouts import birth_field_value  # noqa: E402


@pytest.mark.parametrize("text,cue,value", [
    ("تاريخ الميلاد: ١٤ رجب ١٤٠٨ هـ", "تاريخ الميلاد", "١٤ رجب ١٤٠٨ هـ"),
    ("出生日期：民國79年8月2日", "出生日期", "民國79年8月2日"),
    ("Date of birth: 3rd day of the 5th month, 1961 | Sex: F", "Date of birth", "3rd day of the 5th month, 1961"),
    ("DOB = 14 Tishrei 5745; ward 3", "DOB", "14 Tishrei 5745"),
])
def test_birth_label_field_value_is_the_birth_date(text, cue, value):
    found = birth_field_value(text, text.index(cue) + len(cue))
    assert found is not None and text[found[0]:found[1]] == value


@pytest.mark.parametrize("text,cue", [
    ("Date of birth: unknown", "Date of birth"),
    ("date of birth is required for every applicant", "date of birth"),
    ("DOB: (dd/mm/yyyy)", "DOB"),
])
def test_birth_label_without_a_value_takes_nothing(text, cue):
    assert birth_field_value(text, text.index(cue) + len(cue)) is None
