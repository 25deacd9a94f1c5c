"""Identifiers, birth dates, bank numbers, plates, logins and phones found by cues no list of labels holds.

On the wire (score >= WIRE_MIN_SCORE) each value becomes a placeholder whole: a number after any acronym, a
national-id label in its own script, every code of a list, a birth date in an era, week, other-digit or spelled
layout, a giro or Israeli bank number, a plate after "Reg", a handle in a community or audit line, a phone typed
with a letter O. What only a shape suggests stays doubtful (below the audit threshold), and the numbers of public
things (RFCs, ports, versions, currencies) stay as they are.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def _covering(detector: PiiDetector, text: str, value: str) -> list[tuple[str, float]]:
    """(kind, score) of every wire-level finding that covers all of `value` (its first occurrence)."""
    start = text.index(value)
    end = start + len(value)
    return [(span.kind, span.score) for span in detector.detect(DetectionInput(text, "prose"))
            if span.start <= start and end <= span.end and span.score >= WIRE_MIN_SCORE]


def _found(detector: PiiDetector, text: str) -> list[str]:
    return [text[span.start:span.end] for span in detector.detect(DetectionInput(text, "prose"))
            if span.score >= WIRE_MIN_SCORE]


@pytest.mark.parametrize("text, value", [
    ("Pensioner record: SSS 04-2233445-1, Cebu branch", "04-2233445-1"),
    ("patient NHI PQR7731 moved to ward B", "PQR7731"),
    ("The Medicare MBI 7TK2-QW9-AB31 was rejected", "7TK2-QW9-AB31"),
    ("KRA PIN P051234567Z for the supplier", "P051234567Z"),
    ("FF BA 71203344 added to the trip", "71203344"),
    ("CC 1.034.556.789 del paciente", "1.034.556.789"),
    ("накладная ТТН 59001234567890 не доставлена", "59001234567890"),
    ("PNR Q7XZ2M - seat 3A", "Q7XZ2M"),
])
def test_a_number_after_any_acronym_is_redacted_on_the_wire(detector, text, value):
    assert _covering(detector, text, value), f"{value!r} leaks"


def test_an_acronym_label_alone_is_doubtful_and_a_valid_stdnum_number_is_sure(detector):
    doubtful = _covering(detector, "GSIS 2004-5521-907 on file", "2004-5521-907")
    assert doubtful and max(score for _, score in doubtful) < AUDIT_MIN_SCORE
    checked = _covering(detector, "KRA PIN P051234567Z for the supplier", "P051234567Z")
    assert max(score for _, score in checked) >= AUDIT_MIN_SCORE  # python-stdnum's ke.pin passes it


@pytest.mark.parametrize("text", [
    "See RFC 9110 and ISO 27001 for details.",
    "HTTP 503 after 30000 ms; PID 88123 restarted, TTL 86400.",
    "the invoice was USD 125000 and EUR 99000 last year",
    "UTC 1712345678 is when the job ran; the API on TCP 8443",
    "RAM 65536 MB and PORT 8080 in the old config",
])
def test_public_acronyms_before_numbers_are_left_alone(detector, text):
    assert not [span for span in detector.detect(DetectionInput(text, "prose")) if span.kind == "ID_NUMBER"]


@pytest.mark.parametrize("text, value", [
    ("מספר ת\"ז: 123456782 (לקוח חדש)", "123456782"),
    ("הלקוחה, ת.ז. 301234563, ביקשה החזר", "301234563"),
    ("رقم الهوية: 2087654321 — يرجى التحقق", "2087654321"),
    ("आधार: 2345 6789 0124 अपडेट करें", "2345 6789 0124"),
    ("身分證字號 A123456789 請核對", "A123456789"),
    ("사업자등록번호 123-45-67891 입니다", "123-45-67891"),
    ("СНИЛС 123-456-789 64 клиента", "123-456-789 64"),
])
def test_national_id_labels_in_their_own_script_label_the_number(detector, text, value):
    assert _covering(detector, text, value), f"{value!r} leaks"


@pytest.mark.parametrize("text, values", [
    ("Le pratiche (n. RS-10442 e RS-10519) sono ferme.", ["RS-10442", "RS-10519"]),
    ("claims CLM-44120, CLM-44127 and CLM-44190 are one household", ["CLM-44120", "CLM-44127", "CLM-44190"]),
    ("Номер договора ДЗ-2025/44120 от 1 марта", ["ДЗ-2025/44120"]),
    ("Member ID ZXH331204455 group 04417 (Aetna PPO)", ["ZXH331204455", "04417"]),
])
def test_every_code_of_a_list_after_a_record_word_is_redacted(detector, text, values):
    for value in values:
        assert _covering(detector, text, value), f"{value!r} leaks"


def test_a_value_in_the_shape_of_a_medicare_mbi_is_doubtful_alone(detector):
    found = _covering(detector, "the card says 1EG4-TE5-MK73 on the back", "1EG4-TE5-MK73")
    assert found and max(score for _, score in found) < AUDIT_MIN_SCORE
    assert not _found(detector, "build 1EG4-TE5-MK7 failed")  # ten characters: no MBI


def test_a_list_after_a_code_stops_at_a_number_written_differently(detector):
    text = "order 4471203, 2024 and 3 more items"
    assert _found(detector, text) == ["4471203"]


def test_an_ach_entry_detail_record_hides_its_account_id_and_name(detector):
    entry = ("6" + "22" + "09100001" + "9" + "8841230977".ljust(17) + "0000012500" + "EMP0000447120".ljust(15)
             + "HALVORSEN KARI".ljust(22) + "  " + "0" + "091000010000001")
    assert len(entry) == 94
    found = _found(detector, "101 header\n" + entry + "\n")
    assert {"8841230977", "EMP0000447120", "HALVORSEN KARI"} <= set(found)


@pytest.mark.parametrize("text, value", [
    ("DOB 12-JUN-79, male", "12-JUN-79"),
    ("her birthday is the 3rd of Oct '91", "3rd of Oct '91"),
    ("geboren am 14. Dez. '68 in Linz", "14. Dez. '68"),
    ("born 1988-W22-5 per the import", "1988-W22-5"),
    ("生年月日：昭和62年5月3日", "昭和62年5月3日"),
    ("生年月日 令和元年6月1日", "令和元年6月1日"),
    ("تاريخ الميلاد: ١٤١٠/٠٥/٢٠ هـ", "١٤١٠/٠٥/٢٠ هـ"),
    ("date of birth march second nineteen fifty two", "march second nineteen fifty two"),
    ("fecha de nacimiento: doce de mayo de mil novecientos ochenta", "doce de mayo de mil novecientos ochenta"),
])
def test_birth_dates_after_a_cue_in_any_layout_are_redacted(detector, text, value):
    kinds = [kind for kind, _ in _covering(detector, text, value)]
    assert "DATE_OF_BIRTH" in kinds, f"{value!r} leaks"


@pytest.mark.parametrize("text, values", [
    ("Birthdays this term:\nAnna Kowalski - 3 March\nBen Oyelaran - 14 May", ["3 March", "14 May"]),
    ("U9 squad: Mia Ross (04/05/2018), Leo Park (11/11/2017)", ["04/05/2018", "11/11/2017"]),
])
def test_every_date_of_a_list_of_people_is_a_birth_date(detector, text, values):
    for value in values:
        kinds = [kind for kind, _ in _covering(detector, text, value)]
        assert "DATE_OF_BIRTH" in kinds, f"{value!r} leaks"


def test_a_birthday_list_is_sure_and_a_team_list_doubtful(detector):
    births = _covering(detector, "Team birthdays:\nAisha Khan — 1984-03-02\nBen Carter — 1979-11-23", "1979-11-23")
    assert max(score for kind, score in births if kind == "DATE_OF_BIRTH") >= AUDIT_MIN_SCORE
    squad = _covering(detector, "U9 squad: Mia Ross (04/05/2018), Leo Park (11/11/2017)", "11/11/2017")
    assert max(score for kind, score in squad if kind == "DATE_OF_BIRTH") < AUDIT_MIN_SCORE


def test_dates_beside_names_in_minutes_are_no_birth_dates(detector):
    text = "Team meeting notes: Anna Lee (2024-03-01) presented, Tom Hart (2024-03-02) reviewed"
    assert not [span for span in detector.detect(DetectionInput(text, "prose")) if span.kind == "DATE_OF_BIRTH"]


def test_a_spelled_phrase_without_a_month_after_a_birth_cue_is_no_date(detector):
    assert not [span for span in detector.detect(DetectionInput("date of birth: ask the two of them", "prose"))
                if span.kind == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, value", [
    ("Betala till Bankgiro 5402-9681 senast fredag", "5402-9681"),
    ("PlusGiro 90 20 03-7 för föreningen", "90 20 03-7"),
    ("pay to sort 20-30-40 acc 41926819", "20-30-40"),
    ("העברה לבנק 12 סניף 600 חשבון 123456", "600"),
    ("העברה לבנק 12 סניף 600 חשבון 123456", "123456"),
])
def test_bank_numbers_without_an_iban_after_their_labels(detector, text, value):
    assert _covering(detector, text, value), f"{value!r} leaks"


@pytest.mark.parametrize("text, value", [
    ("Reg GX21 ABC was towed", "GX21 ABC"),
    ("the car MH-12-AB-1234 blocked the gate", "MH-12-AB-1234"),
])
def test_plates_after_short_labels_in_their_countrys_layout(detector, text, value):
    assert _covering(detector, text, value), f"{value!r} leaks"


def test_reg_before_a_regulation_number_is_no_plate(detector):
    text = "Reg 2016/679 of the EU applies here."
    assert not [span for span in detector.detect(DetectionInput(text, "prose")) if span.kind == "LICENSE_PLATE"]


@pytest.mark.parametrize("text, value", [
    ("[modlog] banned by wolfmod for spam", "wolfmod"),
    ('{"action": "close", "by": "jsilva", "at": "2026-01-01"}', "jsilva"),
    ("owner Ama Owusu (aowusu) is away", "aowusu"),
    # the handle without its `u/` (round 28: so that its bare mentions elsewhere are found by propagation); taken
    # alone, `some_handle_22` would read as documentation's stand-in (usernames._TEMPLATE_LOGIN), so a real-looking one
    ("see the thread by u/quiet_harbor_22 on the sub", "quiet_harbor_22"),
    ("Player NightFalcon reported IronWolf77 for griefing", "NightFalcon"),
    ("Player NightFalcon reported IronWolf77 for griefing", "IronWolf77"),
    ("2026-01-02 10:00:01 admin_pjones viewed 320 records", "admin_pjones"),
    ("pay me at rahul.s@okaxis please", "rahul.s@okaxis"),
])
def test_logins_in_community_audit_and_payment_lines(detector, text, value):
    kinds = [kind for kind, _ in _covering(detector, text, value)]
    assert "USERNAME" in kinds, f"{value!r} leaks"


@pytest.mark.parametrize("text", [
    "2026-01-02 10:00:01 service started in 3 s",
    "the player reported a bug in the menu",
    "sort by name (asc) and group by region",
])
def test_ordinary_words_in_those_places_are_no_logins(detector, text):
    assert not [span for span in detector.detect(DetectionInput(text, "prose")) if span.kind == "USERNAME"]


@pytest.mark.parametrize("text, value", [
    ("text me on +44 79O0 123456 tonight", "+44 79O0 123456"),
    ("call o7700 900123 after six", "o7700 900123"),
    ("SSR CTCM BA HK1 447911123456/P1", "447911123456"),
    ("Reminder sent to Thandi 0821234567 at 9", "0821234567"),
])
def test_phones_typed_with_a_letter_o_or_in_airline_and_reminder_lines(detector, text, value):
    kinds = [kind for kind, _ in _covering(detector, text, value)]
    assert "PHONE" in kinds, f"{value!r} leaks"


def test_a_phone_typed_with_a_letter_o_is_doubtful(detector):
    text = "text me on +44 79O0 123456 tonight"
    scores = [score for kind, score in _covering(detector, text, "+44 79O0 123456") if kind == "PHONE"]
    assert scores and max(scores) < AUDIT_MIN_SCORE
