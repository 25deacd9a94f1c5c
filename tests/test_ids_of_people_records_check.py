"""ids_of_people.py, round 24 check set (written after the change, not tuned on): codes in records of a found
person, e-mail or phone in forms the dev set does not hold, and the values of such records that stay."""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_of_people import ids_of_people


def _ids(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return [text[span.start:span.end] for span in ids_of_people(text, spans)]


@pytest.mark.parametrize("text, found, code", [
    # a psql row keyed by e-mail only
    (" usr_20931 | leila.haddad@mail.co | t\n", [("EMAIL", "leila.haddad@mail.co")], "usr_20931"),
    # a SQL INSERT tuple
    ("INSERT INTO members VALUES ('MB-77120', 'Leila Haddad', 'gold');", [("PERSON", "Leila Haddad")], "MB-77120"),
    # a logfmt line with a quoted name
    ('level=info msg="mandate signed" mandate=MND-20417 debtor="Piotr Nowak" iban_last4=1234',
     [("PERSON", "Piotr Nowak")], "MND-20417"),
    # a TSV row keyed by a phone number
    ("0049 30 901820\tK-55120\tBerlin\n", [("PHONE", "0049 30 901820")], "K-55120"),
    # a German staff number after an abbreviation
    ("Herr Jonas Weber, MA 00731, Abteilung Einkauf", [("PERSON", "Jonas Weber")], "00731"),
])
def test_a_code_in_a_persons_record_is_found(text, found, code):
    assert code in _ids(text, found)


@pytest.mark.parametrize("text, found", [
    ("user=piotr@nowak.pl pid=44120 port=8443 bytes=20480 elapsed=1532", [("EMAIL", "piotr@nowak.pl")]),
    ("Leila Haddad won 2500 points last season.", [("PERSON", "Leila Haddad")]),
    ("name,email,joined\nLeila Haddad,leila@h.co,2021\n", [("PERSON", "Leila Haddad"), ("EMAIL", "leila@h.co")]),
    ("Piotr Nowak, version 2.14.1, reported it.", [("PERSON", "Piotr Nowak")]),
])
def test_program_numbers_quantities_and_years_stay(text, found):
    assert _ids(text, found) == []
