"""Lock codes in a key's value slot (lock_codes.py, round 39): quoted keys, an aside of where the lock is, a code with
a letter after ":", a possessive in the words between."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector


def _passwords(text: str) -> list[str]:
    return [text[s.start:s.end] for s in SecretsDetector().detect(DetectionInput(text)) if s.kind == "PASSWORD"]


@pytest.mark.parametrize("text,code", [
    ('{"unit": "4B", "lockbox": "8246", "notes": "blue door"}', "8246"),
    ('{"shed_keypad_main": "660418"}', "660418"),
    ('{"padlock": "3 9 4 8 (shed)"}', "3 9 4 8"),
    ("Schlüsselsafe neben der Garage 7316", "7316"),
    ("lockbox behind the bins 2209", "2209"),
    ("Digicode du bâtiment (entrée B) : A4417", "A4417"),
    ("Key safe by my nan's back door: D3092", "D3092"),
    ("the side gate of my nan's cottage there is 2231#", "2231"),
])
def test_a_lock_code_in_its_slot_is_found(text, code):
    assert any(code in found for found in _passwords(text))


@pytest.mark.parametrize("text", [
    "Room: B2718 on the second floor",
    "Gate (north side): Q3 2026 opening",
    "The safe in 2019 was replaced; safe at home: yes",
    "safe for 1200 users",
    '{"gate": "B12", "door": "north", "alarm": "06:30"}',
])
def test_other_numbers_near_locks_stay(text):
    assert _passwords(text) == []
