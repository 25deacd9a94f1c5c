"""Passwords and codes by readings that carry across writers (round 38): the password label as software translates it
(gettext catalogues of Linux-PAM, GTK, shadow), a code label spelled in Cyrillic, one qualifying word between a label
and its value in languages that name the owner after the noun, Arabic's construct state, and the password after a
device's built-in login (`admin X`)."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.secrets import SecretsDetector
from redactor.detect.slot_names import code_label_words, english_slot, password_label_words

DETECTOR = SecretsDetector()


def spans_of(text: str) -> list[Span]:
    return DETECTOR.detect(DetectionInput(text, "prose"))


def covered(text: str, secret: str) -> bool:
    start = text.index(secret)
    return any(s.start <= start and s.end >= start + len(secret) for s in spans_of(text))


def touched(text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and s.end > start for s in spans_of(text))


@pytest.mark.parametrize("word", ["cyfrinair", "wagwoord", "pasahitza", "fjalëkalimi", "парола", "лозинка", "암호"])
def test_the_password_label_of_a_translated_login_box_names_a_password(word):
    assert word in password_label_words()
    assert english_slot(word) == "password"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Neges gan Gwen: cyfrinair y swyddfa ydy Castell-Nedd77, paid â'i rannu", "Castell-Nedd77"),
        ("Ekipoko ordenagailua, pasahitza: Gernika1937x", "Gernika1937x"),
    ],
)
def test_a_value_after_a_translated_password_label_is_redacted(text, secret):
    assert covered(text, secret), [text[s.start:s.end] for s in spans_of(text)]


@pytest.mark.parametrize("word", ["пин", "пін"])
def test_a_pin_label_spelled_in_cyrillic_is_a_code_label(word):
    assert word in code_label_words()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Картка зарплатна, ПІН 4417, не кажи нікому", "4417"),
        ("Банк: токен ПИН 7302", "7302"),
        ("Запиши за мајка: ПИН на картичката 5183", "5183"),
    ],
)
def test_a_number_after_a_cyrillic_pin_label_is_redacted(text, secret):
    assert covered(text, secret), [text[s.start:s.end] for s in spans_of(text)]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("נועה: קוד אזעקה 6604 והמפתח אצל השכנה", "6604"),  # "alarm code" written code-then-alarm
        ("Бабушке: ПИН карты 3391, не забудь", "3391"),
        ("ملاحظة: كلمة مرور الخادم Qamar#2025x، لا ترسلها", "Qamar#2025x"),  # construct state, qualifier after
    ],
)
def test_a_value_after_one_word_that_names_what_the_label_opens_is_redacted(text, secret):
    assert covered(text, secret), [text[s.start:s.end] for s in spans_of(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the code review 2024 ran long", "2024"),  # an English qualifier after "code" names no lock
        ("код заказа 20240517 отправлен", "20240517"),  # a date's digits after a qualifier are no code
    ],
)
def test_a_qualifier_that_is_no_owner_leaves_the_next_word(text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("storage box at 10.4.0.9, admin Heron7741 for the web page", "Heron7741"),
        ("сервер учёта buh01.office.local, админ Kazan420111", "Kazan420111"),
        ("NVR \\\\cam-rec\\video (administrator / Owl.Night55)", "Owl.Night55"),
    ],
)
def test_a_password_after_a_device_login_on_a_machine_line_is_redacted(text, secret):
    assert covered(text, secret), [text[s.start:s.end] for s in spans_of(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the admin Dashboard2024 page got new icons", "Dashboard2024"),  # no machine, no login on the line
        ("see https://wiki.example.org: admin users01 may edit", "users01"),  # lower case with digits: a name
        ("host 10.0.0.1, admin v2.3.1 installed", "v2.3.1"),  # a version
    ],
)
def test_a_word_after_a_role_login_without_a_password_shape_or_machine_stays(text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("front_desk.room(7): minibar=on; guest_wifi_key=Tidewater31?", "Tidewater31?"),
        ("WLAN_KEY=Seabreeze-at-noon7", "Seabreeze-at-noon7"),
    ],
)
def test_a_key_named_for_the_wifi_key_holds_a_password(text, secret):
    assert covered(text, secret), [text[s.start:s.end] for s in spans_of(text)]
