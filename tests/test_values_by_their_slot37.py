"""Round 37 (pii37): personal values read by the slot that holds them, whatever their own shape.

A mailbox under a key naming one, typed as people type it; a lower-case nickname under a display-name key; an EDIFACT
phone written with its own `+`; a staff number before a name in an HL7 composite; and the rows of a table printed into
a JSON string (escaped line breaks) read as rows of their own. Forms written for the tests, not taken from a corpus.
"""
import pytest

from redactor.detect.base import Span
from redactor.detect.ids_in_person_records import codes_on_person_lines
from redactor.detect.pii_fields import find_field_values


def _fields(text: str) -> list[tuple[str, str]]:
    return [(value.kind, text[value.start:value.end]) for value in find_field_values(text)]


@pytest.mark.parametrize("text, mailbox", [
    # logfmt with the "@" spelled out, doubled by a slip, bracketed; JSON and YAML in other languages
    ("row=18 mail=osvaldo77 at correo.example tel=+34 600 000 111", "osvaldo77 at correo.example"),
    ("user_email=ingrid.s@@posteo.example; status=bounced", "ingrid.s@@posteo.example"),
    ('{"correo": "pablo.r (at) buzon.example", "id": 4}', "pablo.r (at) buzon.example"),
    ("courriel: lea.m [at] orange [dot] fr", "lea.m [at] orange [dot] fr"),
    ("contact_email = tomasz.w AT skrzynka.example", "tomasz.w AT skrzynka.example"),
])
def test_a_mailbox_under_an_email_key_is_found_in_whatever_form_it_was_typed(text, mailbox):
    assert ("EMAIL", mailbox) in _fields(text)


@pytest.mark.parametrize("text", [
    "email: on\nmail_server=smtp.example.org\n",
    '{"email": "{{ user.email }}", "mail": true}',
    "send_email=false retries=3",
])
def test_a_setting_or_a_template_under_an_email_key_is_no_mailbox(text):
    assert not [value for kind, value in _fields(text) if kind == "EMAIL"]


def test_a_lower_case_nickname_under_a_display_name_key_is_a_login():
    text = '{"profile": {"real_name": "Dafydd Rees", "display_name": "daff"}, "text": "on call"}'
    assert ("USERNAME", "daff") in _fields(text)
    assert not [value for kind, value in _fields('{"display_name": "default", "screen_name": "auto"}')
                if kind == "USERNAME"]


def test_an_edifact_phone_written_with_its_own_plus_is_one_phone():
    text = "CTA+IC+:NOWAK ANNA'\nCOM++48 601 222 333:TE'\nCOM+0048601222334:FX'\n"
    found = _fields(text)
    assert ("PHONE", "+48 601 222 333") in found
    assert ("PHONE", "0048601222334") in found


def _codes(text: str, found: list[tuple[str, str]]) -> list[str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return [text[span.start:span.end] for span in codes_on_person_lines(text, spans)]


def test_a_staff_number_with_a_letter_before_an_hl7_name_is_that_persons_id():
    text = "ORC|NW|5521||||||||||K407731^OKONKWO^CHIDI^E\n"
    assert "K407731" in _codes(text, [("PERSON", "OKONKWO^CHIDI^E")])


def test_rows_of_a_table_printed_into_a_json_string_are_records_of_their_own():
    # a notebook's output: the rows are one physical line, separated by escaped line breaks
    text = ('{"text": "   kit   patient         born\\n0  T552081  Aino Virtanen  1961-02-14\\n'
            '1  T552094  Ilmari Laine  1958-09-30"}')
    codes = _codes(text, [("PERSON", "Aino Virtanen"), ("DATE_OF_BIRTH", "1961-02-14"),
                          ("PERSON", "Ilmari Laine"), ("DATE_OF_BIRTH", "1958-09-30")])
    assert codes == ["T552081", "T552094"]


def test_one_capital_before_five_digits_on_a_persons_line_is_their_code():
    text = "Hồ sơ: Trần Thị Mai, hộ chiếu N2290471, sinh 03/04/1999"
    assert "N2290471" in _codes(text, [("PERSON", "Trần Thị Mai"), ("DATE_OF_BIRTH", "03/04/1999")])
    # a room, a seat, a model: fewer digits stay
    text = "Trần Thị Mai, room B12, seat A320, sinh 03/04/1999"
    assert _codes(text, [("PERSON", "Trần Thị Mai"), ("DATE_OF_BIRTH", "03/04/1999")]) == []


def test_an_x12_address_segment_of_a_person_is_their_address_and_an_organisations_is_not():
    text = ("NM1*PR*2*NORTHWIND MUTUAL*****PI*88213~\nN3*PO BOX 4410~\nN4*DAYTON*OH*45401~\n"
            "NM1*IL*1*OYELARAN*FUNMI****MI*XK2290183~\nN3*7 WILLOW GARTH*UNIT 4~\nN4*YORK*NY*YO10 3DD~\n")
    addresses = [value for kind, value in _fields(text) if kind == "STREET_ADDRESS"]
    assert {"7 WILLOW GARTH", "UNIT 4", "YORK", "YO10 3DD"} <= set(addresses)
    assert "PO BOX 4410" not in addresses and "DAYTON" not in addresses


def test_street_lines_in_a_json_array_beside_address_parts_are_the_street():
    text = ('{"address": [{"use": "home", "line": ["Rruga e Kavajës 118", "Hyrja 2"], "city": "Tiranë"}]}\n'
            '{"recipient": {"addressLines": ["Quinta do Vale", "Lote 7"], "codigo_postal": "4700-123"}}\n')
    found = _fields(text)
    for line in ("Rruga e Kavajës 118", "Hyrja 2", "Quinta do Vale", "Lote 7"):
        assert ("STREET_ADDRESS", line) in found
    # a list of lines that is no address: a diff's, a poem's
    assert not [value for kind, value in _fields('{"hunk": {"lines": ["+ x = 1", "- y = 2"], "file": "a.py"}}')
                if kind == "STREET_ADDRESS"]


def _birth_dates(text: str) -> list[str]:
    from redactor.detect.base import DetectionInput
    from redactor.detect.pii import PiiDetector

    return [text[span.start:span.end] for span in PiiDetector().detect(DetectionInput(text, "prose"))
            if span.kind == "DATE_OF_BIRTH"]


def test_a_birth_date_glued_to_its_label_in_a_script_without_spaces_is_found():
    assert "1987年11月2日" in _birth_dates("申请人李明轩出生日期1987年11月2日，籍贯广州。")
    assert "1979/08/21" in _birth_dates("患者の生年月日1979/08/21生まれ")


def test_a_date_after_the_bengali_and_nepali_words_for_birth_is_a_birth_date():
    assert "০৭/০৯/২০১১" in _birth_dates("ছেলে তাহসিন (জন্ম ০৭/০৯/২০১১) এর ভর্তি")
    assert "1990-02-17" in _birth_dates("उहाँको जन्म मिति 1990-02-17 हो")


def test_a_login_between_its_label_and_a_password_label_without_colons_is_a_login():
    from redactor.detect.keywords import lowered_same_length
    from redactor.detect.login_cues import find_cued_logins

    for text, login in [("后台 帳號 chenwei 密碼 在群里发了", "chenwei"),
                        ("portal: usuario mlopez contraseña la de siempre", "mlopez")]:
        found = [text[start:end] for start, end, _ in find_cued_logins(text, lowered_same_length(text))]
        assert login in found
