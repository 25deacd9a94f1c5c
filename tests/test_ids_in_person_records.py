"""ids_in_person_records.py: a code on a line about a person is an id, whatever word or script stands before it.

Forms written for the mechanism (record lines in several languages and scripts, a heading line above the person's
line), and the tokens of a person's line that must stay: program and product things, public names, dates."""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_in_person_records import codes_on_person_lines



def _line_codes(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return [text[span.start:span.end] for span in codes_on_person_lines(text, spans)]


@pytest.mark.parametrize("text, found, code", [
    # a record's code in the text's own words and script, beside the person on the line
    ("Naryad НР-2207-114 | мастер: Петров Илья Сергеевич", [("PERSON", "Петров Илья Сергеевич")], "НР-2207-114"),
    ("Dossier DS/2025/0871 — bénéficiaire Amina Diallo", [("PERSON", "Amina Diallo")], "DS/2025/0871"),
    ("Reserva 7KQ4ZP · huésped Marta Gil · tel +34 600 112 233", [("PERSON", "Marta Gil")], "7KQ4ZP"),
    ("Werkbon WB-OST-44812 | klant Joris Bakker", [("PERSON", "Joris Bakker")], "WB-OST-44812"),
    # the record's heading line right above the person's line
    ("Υπόθεση ΥΠ-2024-0771\nΑιτών: Νίκος Ραφαηλίδης", [("PERSON", "Νίκος Ραφαηλίδης")], "ΥΠ-2024-0771"),
])
def test_a_code_on_a_persons_line_is_an_id_whatever_word_stands_before_it(text, found, code):
    assert code in _line_codes(text, found)


@pytest.mark.parametrize("text, found", [
    # program things, public names, dates, lower-case and plain words on a person's line stay
    ("Maria Lopez: flight BA-2291, firmware v2.1, model RTX-4090, ISO-9001, UTF-8, on 2026-12-07 at 10:00",
     [("PERSON", "Maria Lopez")]),
    ("Maria Lopez uses fh-prn-02 and COVID-19 tests in room B12", [("PERSON", "Maria Lopez")]),
    # a line without a person's finding (one contact kind alone) is not read
    ("Contact sales@shop.example about order SO-2291-77", [("EMAIL", "sales@shop.example")]),
])
def test_codes_that_are_not_the_persons_stay(text, found):
    assert _line_codes(text, found) == []


@pytest.mark.parametrize("text, found, code", [
    ("Sak #5518820 | kunde: Tove Aasen", [("PERSON", "Tove Aasen")], "5518820"),
    ("Rendelés 77120: futár Kiss Bence, tel +36 30 111 2233", [("PERSON", "Kiss Bence")], "77120"),
    ("Pratica 25/04417 – assistito Bruno Neri", [("PERSON", "Bruno Neri")], "25/04417"),
])
def test_a_number_heading_a_persons_line_is_an_id(text, found, code):
    assert code in _line_codes(text, found)


@pytest.mark.parametrize("text", [
    "Bruno Neri worked here 2019-2024, paid 12/2026, scored 3-1",
    "Bruno Neri: 4 items, total 44120",
])
def test_numbers_that_head_nothing_stay(text):
    assert _line_codes(text, [("PERSON", "Bruno Neri")]) == []


def test_a_product_table_row_with_a_model_word_for_a_person_is_no_person_record() -> None:
    # one capitalised product word the model may read as a person, and rows of the same table above it
    text = "code;item;qty\nKTL-RED-S-2031;Kettle;4\nLMP-OAK-L-2032;Lantern;2\nMUG-TEA-M-2030;Mugsy;9"
    values = {text[span.start:span.end] for span in codes_on_person_lines(
        text, [Span(text.index("Mugsy"), text.index("Mugsy") + 5, "PERSON", "pii", 0.75, "ner")])}
    assert values == set()


def test_a_row_of_the_same_table_above_a_person_s_row_is_no_heading() -> None:
    text = "id|name|dob\nAB-2291-KX|Irena Wolak|1980-02-11\nQZ-5518-PL|Tomasz Brzoza|1975-07-30"
    person = text.index("Tomasz Brzoza")
    values = {text[span.start:span.end] for span in codes_on_person_lines(
        text, [Span(person, person + 13, "PERSON", "pii", 0.85, "names")])}
    assert values == {"QZ-5518-PL"}


@pytest.mark.parametrize("text, found, code", [
    # a record locator drawn at random, in the record's own words and layout
    ("Buchung KXQTRM · Gast: Hans Müller, geb. 12.03.1980", [("PERSON", "Hans Müller")], "KXQTRM"),
    ('{"loc": "TPWZNB", "guest": "Ines Duarte", "born": "1981-07-02"}', [("PERSON", "Ines Duarte")], "TPWZNB"),
    ("Rezervace: HH2JXA — cestující Jana Nováková", [("PERSON", "Jana Nováková")], "HH2JXA"),
    ("GDVFKE  OKONJO/ADA MS  +234 803 555 0192  ada.okonjo@mail.ng",
     [("PHONE", "+234 803 555 0192"), ("EMAIL", "ada.okonjo@mail.ng")], "GDVFKE"),
])
def test_a_generated_code_of_capitals_on_a_persons_line_is_an_id(text, found, code):
    assert code in _line_codes(text, found)


@pytest.mark.parametrize("text", [
    # words, surnames, tech terms and versions in capitals stay; acronyms are short
    "Hans Müller: STATUS PENDING, CANCELLED by SCHMIDT over HTTPS, MYSQL and HTML5; WCHR, UMNR",
    "Hans Müller STRONG REJECT ULRICH",
    "Hans Müller has not answered (no PARTSTAT on his line)",
])
def test_words_in_capitals_on_a_persons_line_are_no_generated_codes(text):
    assert _line_codes(text, [("PERSON", "Hans Müller")]) == []


@pytest.mark.parametrize("text, name, code", [
    # HL7's person composite: the id, then the name, in any segment and field
    ("ORC|RE||||||||||0127360306^MONTESINOS^LUCÍA", "MONTESINOS^LUCÍA", "0127360306"),
    ("PV1|1|I|W2^14^B|||||4481^WEBER^ANNA^^^DR", "WEBER^ANNA", "4481"),
    ("OBR|1||||||||||||||||DR-77120^KOWALCZYK^EWA", "KOWALCZYK^EWA", "DR-77120"),
])
def test_the_component_before_a_name_in_a_composite_is_the_persons_id(text, name, code):
    assert code in _line_codes(text, [("PERSON", name)])


@pytest.mark.parametrize("text, name", [
    # a short number, a date, a version before the name, and a name that does not follow a separator, stay
    ("ORC|RE||||||||||12^MONTESINOS^LUCÍA", "MONTESINOS^LUCÍA"),
    ("OBX|1|TX|||20261203^MONTESINOS^LUCÍA", "MONTESINOS^LUCÍA"),
    ("note 2.5.1^MONTESINOS^LUCÍA", "MONTESINOS^LUCÍA"),
])
def test_what_stands_before_a_composite_name_and_is_no_id_stays(text, name):
    assert _line_codes(text, [("PERSON", name)]) == []


def test_a_code_of_capitals_the_system_writes_on_every_record_or_as_a_key_stays():
    text = ("MSH|^~\\&|LIS|NFPHL|REG|TRNVL|202612060815||ORU^R01|53070048|P|2.5.1\n"
            "PID|1||508315409^^^NFPHL^MR||Jonas Weber||19720404|M\n"
            "PID|1||508315410^^^NFPHL^MR||Lea Brandt||19800101|F\n"
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Jonas Weber:mailto:j.weber@mail.example\n")
    codes = _line_codes(text, [("PERSON", "Jonas Weber"), ("PERSON", "Lea Brandt")])
    assert "NFPHL" not in codes and "PARTSTAT" not in codes
