"""ids_in_person_records.py: an id-shaped field value of a record about a person is an id, whatever the key says.

Forms written for the mechanism (objects, YAML/form blocks, XML parents; keys in several languages and none
that names an id), and the records whose values must stay: products, configurations, quantities, times."""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_in_person_records import ids_in_person_records


def _ids(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return [text[span.start:span.end] for span in ids_in_person_records(text, spans)]


@pytest.mark.parametrize("text, found, code", [
    # a JSON row whose key is a dealing word of the person's ("ticket") and a key of no known language ("kd")
    ('[{"ticket": "SR-550193", "nm": "Ilona Varga", "mob": "+36 30 555 0192"}]', [("PERSON", "Ilona Varga")],
     "SR-550193"),
    ('{"kd": "77A-20931", "geburt": "1980-02-03", "ort": "Linz"}', [("DATE_OF_BIRTH", "1980-02-03")], "77A-20931"),
    # an object over several lines, the person's name in a nested object
    ('{\n  "holder": {"first": "Ana", "last": "Ruiz"},\n  "folio": "QX/2209/17",\n  "tier": "gold"\n}',
     [("PERSON", "Ruiz")], "QX/2209/17"),
    # a JavaScript object with bare keys, an e-mail and a phone (two contact kinds) and a random id
    ("{uid: 'k8Hq2m9Z4t', mail: 'o.lund@post.example', tel: '+47 412 20 931'}",
     [("EMAIL", "o.lund@post.example"), ("PHONE", "+47 412 20 931")], "k8Hq2m9Z4t"),
    # an object on one line in another script, the id with a middle dot
    ("{氏名: '山田 太郎', 番号: '3309・118', 区分: '一般'}", [("PERSON", "山田 太郎")], "3309・118"),
    # an XML parent whose leaf children hold the name and the id
    ("<Resident>\n  <Nom>Claire Dubois</Nom>\n  <Chambre>B12</Chambre>\n  <Dossier>HB-44120</Dossier>\n</Resident>",
     [("PERSON", "Claire Dubois")], "HB-44120"),
])
def test_an_id_shaped_value_in_a_persons_record_is_an_id(text, found, code):
    assert code in _ids(text, found)


def test_each_object_is_its_own_record():
    text = '[{"nombre": "Lucía Gómez", "exp": "2026-EXP-00418"}, {"producto": "Silla", "ref": "CH-20931"}]'
    assert _ids(text, [("PERSON", "Lucía Gómez")]) == ["2026-EXP-00418"]


@pytest.mark.parametrize("text, found", [
    # a product's record with the shop's e-mail: one contact kind is no person
    ('{"product": "Desk", "code": "DK-44120", "contact": "sales@shop.example"}', [("EMAIL", "sales@shop.example")]),
    # quantities, times, versions, amounts, program things and hashes in a person's record
    ('{"name": "Eva Lind", "points": 44120, "created": "2026-11-02T10:00:00Z", "version": "2.14.1",'
     ' "amount": "1.249,50", "sku": "AB-77120", "etag": "9f86d081884c7d659a2feaa0c55ad015", "zip": "11432"}',
     [("PERSON", "Eva Lind")]),
    # a value already found stays the finding's
    ('{"name": "Eva Lind", "ssn": "123-45-6789"}', [("PERSON", "Eva Lind"), ("SSN", "123-45-6789")]),
    # a line alone is no block (ids_of_people reads lines)
    ("Owner: Eva Lind build: 44120", [("PERSON", "Eva Lind")]),
    # a bare number of fewer than six digits is as often an amount or a count under a key of some language
    ('{"nombre": "Eva Lind", "importe": "12500", "saldo_pts": 44120}', [("PERSON", "Eva Lind")]),
    # years and dates in a person's record are no ids
    ("name: Eva Lind\nsince: 2019\nlast_visit: 03/04/2025", [("PERSON", "Eva Lind")]),
])
def test_values_that_are_not_a_persons_ids_stay(text, found):
    assert _ids(text, found) == []


def test_a_record_without_personal_findings_is_not_read():
    assert _ids('{"ticket": "SR-550193", "queue": "billing"}', []) == []


from redactor.detect.ids_in_person_records import codes_on_person_lines  # noqa: E402


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
