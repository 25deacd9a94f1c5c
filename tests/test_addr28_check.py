"""Round 28 (addr28) check set: written after the change, without looking at the corpus, and not tuned on.

New examples of the same mechanisms as tests/test_addr28_dev.py (postal boxes in their own languages, caseless
scripts' district and flat words, Korean flats, places alone, a language named as a text's language), and a clean
set of look-alikes that must stay untouched.
"""
from __future__ import annotations

import pytest

from redactor.detect.addresses import find_street_addresses
from redactor.detect.base import Span


def _covers(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s <= start and start + len(value) <= e for s, e in find_street_addresses(text))


@pytest.mark.parametrize("text,value", [
    ("Rücksendung bitte an Postfach 31 02 20, 10632 Berlin", "Postfach 31 02 20, 10632 Berlin"),
    ("Correspondencia: Apdo. 4410, 28080 Madrid", "Apdo. 4410, 28080 Madrid"),
    ("Envoyez à Boîte postale 1203, 75001 Paris", "Boîte postale 1203, 75001 Paris"),
    ("Adresa: Postafiók 152, 1364 Budapest", "Postafiók 152, 1364 Budapest"),
    ("Mailing address: Locked Bag 2012, Sydney NSW 2001", "Locked Bag 2012, Sydney NSW 2001"),
    ("Deliver to Postboks 6744, 0130 Oslo", "Postboks 6744, 0130 Oslo"),
])
def test_check_postal_boxes(text, value):
    assert _covers(text, value)


@pytest.mark.parametrize("text,value", [
    ("الشحن إلى: حي العليا، طريق الملك فهد، بناية ٢٨، شقة ١٥، الرياض", "حي العليا، طريق الملك فهد، بناية ٢٨، شقة ١٥، الرياض"),
    ("주소: 경기도 성남시 분당구 판교역로 166 판교타워 B동 701호", "판교역로 166 판교타워 B동 701호"),
])
def test_check_caseless_and_korean_addresses(text, value):
    assert _covers(text, value)


@pytest.mark.parametrize("text", [
    "The box office opens at 9; box 12 of the archive holds the maps.",
    "Apartado 3 del contrato: condiciones generales.",
    "الحياة في المدينة جميلة ١٢ شهرا في السنة",
    "이 문서는 3장으로 구성됩니다.",
])
def test_check_look_alikes_stay(text):
    assert find_street_addresses(text) == []


# --- birth label's field value (check set, written after the change)

from redactor.detect.birth_date_layouts import birth_field_value  # noqa: E402


@pytest.mark.parametrize("text,cue,value", [
    ("생년월일: 단기 4321년 5월 2일", "생년월일", "단기 4321년 5월 2일"),
    ("Date of birth: 1402/7/9 AP", "Date of birth", "1402/7/9 AP"),
    ("DOB: 29 Adar II 5744 | Gender: F", "DOB", "29 Adar II 5744"),
])
def test_check_birth_field_values(text, cue, value):
    found = birth_field_value(text, text.index(cue) + len(cue))
    assert found is not None and text[found[0]:found[1]] == value


@pytest.mark.parametrize("text,cue", [
    ("Geburtsdatum: unbekannt, Alter 34", "Geburtsdatum"),
    ("Date of birth: not provided (see form 12)", "Date of birth"),
    ("the date of birth field is optional", "date of birth"),
])
def test_check_birth_labels_without_dates(text, cue):
    assert birth_field_value(text, text.index(cue) + len(cue)) is None
