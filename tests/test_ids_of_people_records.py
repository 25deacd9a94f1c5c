"""ids_of_people.py, round 24: a code in a record that holds a found person, e-mail or phone is that person's id.

Dev set: the forms the mechanism was written with (rows keyed by e-mail, `key=value` log lines, Python tuples,
program-style ids, a role abbreviation between a name and its code)."""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_of_people import ids_of_people


def _spans(text: str, found: list[tuple[str, str]]) -> list[Span]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return spans


def _ids(text: str, found: list[tuple[str, str]]) -> list[str]:
    return [text[span.start:span.end] for span in ids_of_people(text, _spans(text, found))]


@pytest.mark.parametrize("text, found, code", [
    ("4471902,nadia.petrova@example.org,Leeds,active\n", [("EMAIL", "nadia.petrova@example.org")], "4471902"),
    ("C-20417;+44 7700 900123;gold\n", [("PHONE", "+44 7700 900123")], "C-20417"),
    ("2024-05-01 10:22:01 INFO login ok user=c_8841220 email=tom.becker@corp.io ip=10.0.0.4",
     [("EMAIL", "tom.becker@corp.io")], "c_8841220"),
    ("stripe: customer=cus_P4x8Lm2QzT name=\"Jonas Weber\" plan=pro", [("PERSON", "Jonas Weber")], "cus_P4x8Lm2QzT"),
    ("staff = [\n    ('Carla Mendes', 'E-20417', 'payments'),\n]", [("PERSON", "Carla Mendes")], "E-20417"),
])
def test_a_code_in_a_record_of_a_found_person_email_or_phone_is_an_id(text, found, code):
    assert code in _ids(text, found)


@pytest.mark.parametrize("text, name, code", [
    ("Carla Mendes, emp E-20417, moved to payroll.", "Carla Mendes", "E-20417"),
    ("Juan Pérez (legajo 3391) pidió vacaciones.", "Juan Pérez", "3391"),
    ("Ayşe Yılmaz sicil 00418 izinde.", "Ayşe Yılmaz", "00418"),
])
def test_a_role_abbreviation_between_a_name_and_its_code(text, name, code):
    assert _ids(text, [("PERSON", name)]) == [code]


@pytest.mark.parametrize("text, found", [
    ("ts=2024-05-01 request_id=44812093 session=88120 latency_ms=1234 user=tom.becker@corp.io",
     [("EMAIL", "tom.becker@corp.io")]),
    ("email,year,total,rate\njonas@weber.de,2019,1250,12.50\n", [("EMAIL", "jonas@weber.de")]),
    ("Tom Becker paid 4400 for the course.", [("PERSON", "Tom Becker")]),
    ("Tom Becker, room 4471, is free.", [("PERSON", "Tom Becker")]),
    ("Tom Becker, ticket SUP-44120, closed.", [("PERSON", "Tom Becker")]),
])
def test_times_quantities_and_things_in_a_persons_record_stay(text, found):
    assert _ids(text, found) == []
