"""Holidays, festivals and saints' days are no one (redactor/detect/holiday_names.py)."""
from __future__ import annotations

import pytest

from redactor.detect.holiday_names import HOLIDAY_NAMES_FILE, derive, names_a_holiday


def _holiday(text: str, value: str, kind: str = "PERSON") -> bool:
    start = text.index(value)
    return names_a_holiday(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, value", [
    ("The office is closed on Whit Monday and reopens Tuesday.", "Whit"),
    ("Am Tag der Deutschen Einheit bleibt die Filiale zu.", "Deutschen Einheit"),
    ("We close early for Guy Fawkes Night? No, for Boxing Day.", "Boxing Day"),
    ("Shipping pauses over Eid al-Adha; orders resume after.", "Eid"),
    ("Le lundi de Pâques, la piscine ouvre à 10 h.", "Pâques"),
])
def test_a_finding_inside_a_holiday_name_is_no_one(text: str, value: str) -> None:
    assert _holiday(text, value)


@pytest.mark.parametrize("text, value, kind", [
    ("Please ask Noel Whitby to sign the form.", "Noel Whitby", "PERSON"),
    ("Boxing trainer Dana Ortiz starts Monday.", "Dana Ortiz", "PERSON"),
    ("Whit Monday", "Whit", "USERNAME"),  # only names are read
])
def test_a_name_that_is_no_holiday_stays(text: str, value: str, kind: str) -> None:
    assert not _holiday(text, value, kind)


def test_the_holiday_file_matches_the_installed_package() -> None:
    pytest.importorskip("holidays")
    listed = [line for line in HOLIDAY_NAMES_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert listed == derive()
