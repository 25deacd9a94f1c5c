"""Round 18 (contact18): addresses written as marked parts (`г. Казань, ул. Баумана, д. 15`) and after the postal mark
〒, and Thai birth dates with abbreviated months."""
import pytest

from redactor.detect.address_marker_runs import address_abbreviations, find_marker_run_addresses
from redactor.detect.address_postal_marks import find_postal_mark_addresses
from redactor.detect.addresses import find_street_addresses
from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector


def _values(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_the_abbreviations_come_from_faker_address_formats():
    abbreviations = address_abbreviations()
    assert {"ул.", "д.", "кв.", "bl.", "sc.", "nr.", "av.", "λεωφ."} <= abbreviations
    assert "вул." in abbreviations  # added by hand: no Faker locale writes it


@pytest.mark.parametrize("text, address", [
    ("Иванов Петр,г. Казань, ул. Баумана, д. 15, кв. 3,+7 917 555 12 34", "г. Казань, ул. Баумана, д. 15, кв. 3"),
    ("Отправьте на г. Новосибирск, ул. Ленина, д. 10 пожалуйста", "г. Новосибирск, ул. Ленина, д. 10"),
    ("Я живу по адресу: м. Київ, вул. Хрещатик, буд. 22, кв. 5", "м. Київ, вул. Хрещатик, буд. 22, кв. 5"),
    ("Client: Ion Popescu, Str. Mihai Eminescu 12 bl. 3 ap. 14, București", "Str. Mihai Eminescu 12 bl. 3 ap. 14"),
])
def test_a_run_of_marked_parts_is_an_address(text, address):
    assert address in _values(text, find_marker_run_addresses(text))


@pytest.mark.parametrize("text", [
    "Согласно ч. 1 ст. 12, п. 3 договора оплата вносится до 5 числа.",  # a legal reference: nothing capitalised
    "See S. 45, Nr. 3 of the journal.",                                   # a page reference
    "Signed: J. K. Rowling, 1997",                                        # initials are one-letter marks
    "Ул. Тверская — главная улица Москвы.",                               # one marked part
])
def test_what_stays(text):
    assert find_marker_run_addresses(text) == []


@pytest.mark.parametrize("text, address", [
    ("送付先は〒060-0806 札幌市北区北6条西4丁目です。", "〒060-0806 札幌市北区北6条西4丁目"),
    ("田中 太郎, 〒812-0011, 福岡市博多区", "〒812-0011"),
    ("〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ8F 山田太郎様", "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ8F"),
    ("〒330-0063 さいたま市浦和区高砂3-15-1に送ってください", "〒330-0063 さいたま市浦和区高砂3-15-1"),
    ("〒100-0005 千代田区丸の内1-9-1", "〒100-0005 千代田区丸の内1-9-1"),
])
def test_the_postal_mark_and_the_address_after_it(text, address):
    assert _values(text, find_postal_mark_addresses(text)) == [address]
    assert any(text[start:end] == address or address in text[start:end]
               for start, end in find_street_addresses(text))


def test_no_postal_mark_no_address():
    assert find_postal_mark_addresses("電話 060-0806 までご連絡ください") == []


@pytest.mark.parametrize("text, date", [
    ("วันเกิด: 12 มี.ค. 2530 เบอร์ 081-234-5678", "12 มี.ค. 2530"),
    ("พนักงาน: สุดา พรหมมา; วันเกิด 3 ก.ย. 2528; แผนก บัญชี", "3 ก.ย. 2528"),
    ("เกิดวันที่ 21 ต.ค 2535 ที่เชียงใหม่", "21 ต.ค 2535"),
])
def test_a_thai_birth_date_with_an_abbreviated_month_is_whole(text, date):
    spans = PiiDetector().detect(DetectionInput(text))
    assert date in [text[span.start:span.end] for span in spans if span.kind == "DATE_OF_BIRTH"]
