"""birth_dates_in_records.py: the one past date of a person's record is their birth date, whatever its field says.

Forms written for the mechanism: an XML element's children, a YAML mapping, a pretty-printed JSON object and a log
line, with field names in several languages and none; and the dates a record holds that are no birth date."""
import pytest

from redactor.detect.base import Span
from redactor.detect.birth_dates_in_records import birth_dates_in_person_records


def _dates(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return [text[span.start:span.end] for span in birth_dates_in_person_records(text, spans)]


@pytest.mark.parametrize("text, found, date", [
    ("<Kunde id=\"7\">\n  <Nm>Novak</Nm>\n  <Dt>1992-04-08</Dt>\n  <Adr>ul. Polna 7, Lublin</Adr>\n"
     "  <Acct>PL27114020040000300201355387</Acct>\n</Kunde>",
     [("STREET_ADDRESS", "ul. Polna 7, Lublin"), ("IBAN", "PL27114020040000300201355387")], "1992-04-08"),
    ("assure:\n  nom: Lefebvre Camille\n  ne_le: 14/02/1987\n  ville: Lyon\n", [("PERSON", "Lefebvre Camille")],
     "14/02/1987"),
    ('{\n  "x1": "Aino Virtanen",\n  "x2": "19790311",\n  "x3": "FI2112345600000785"\n}',
     [("PERSON", "Aino Virtanen")], "19790311"),
    ("08:14:02 CHECKIN guest=\"Emre Aydoğan\" kimlik=38041922852 d=02.11.1983 room=412",
     [("PERSON", "Emre Aydoğan")], "02.11.1983"),
])
def test_the_one_past_date_of_a_persons_record_is_a_birth_date(text, found, date):
    assert _dates(text, found) == [date]


@pytest.mark.parametrize("text, found", [
    # two past dates (hired and born) say nothing about which is which
    ("Aino Virtanen; 2015-06-01; 1979-03-11; Helsinki", [("PERSON", "Aino Virtanen")]),
    # the last few years' dates are events (a check passed, a booking); a date with a time of day is a timestamp
    ("Aino Virtanen booked 2026-01-04 and paid 2025-12-30", [("PERSON", "Aino Virtanen")]),
    ("name,check_passed,phone\nAino Virtanen,2023-01-19,+358 40 123 4567\n", [("PERSON", "Aino Virtanen")]),
    # a table's row: its date column is one field for every row, named by the header (`since`), indented or not
    (" slip | owner | since\n------+-------+-----------\n B-12 | Aino Virtanen | 2019-03-01\n"
     " B-12 | Liisa Koski | 2025-10-15\n", [("PERSON", "Aino Virtanen"), ("PERSON", "Liisa Koski")]),
    (" slip | owner | since\n------+-------+-----------\n B-12 | Aino Virtanen | 2019-03-01\n"
     " B-12 | Liisa Koski | 2016-10-15\n", [("PERSON", "Aino Virtanen"), ("PERSON", "Liisa Koski")]),
    ("Aino Virtanen logged in 2019-04-01 10:22", [("PERSON", "Aino Virtanen")]),
    # no person's finding: a release date stays
    ("Release 2019-04-01 of the parser; see ops@corp.example", [("EMAIL", "ops@corp.example")]),
    # a version or a dotted number is no date
    ("Aino Virtanen runs 2.10.1999a and 1.2.3", [("PERSON", "Aino Virtanen")]),
])
def test_dates_that_are_no_persons_birth_stay(text, found):
    assert _dates(text, found) == []
