"""Numbers a sentence names as the password, and spaced `login / password` pairs after a label pair."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _found(text: str) -> dict[str, tuple[str, float]]:
    return {text[span.start:span.end]: (span.kind, span.score)
            for span in DETECTOR.detect(DetectionInput(text, "prose"))}


@pytest.mark.parametrize("text, number", [
    ("Hi team, the alarm panel password is 90211. Please don't share it.", "90211"),
    ("Quick note: I changed the router password to 55120, the old one stopped working.", "55120"),
    ("Het wachtwoord is 8841, niet doorsturen a.u.b.", "8841"),
    ("After the reset the password became 778812.", "778812"),
    ("Kennwort ist 7712, bitte ändern.", "7712"),
    ("I set the admin password to 5521 for now.", "5521"),
    ("La contraseña del portal es '0417' desde ayer", "0417"),
])
def test_a_number_after_a_password_word_and_its_connector_is_a_doubtful_password(text, number):
    assert _found(text).get(number) == ("PASSWORD", DOUBTFUL_SCORE)


@pytest.mark.parametrize("text", [
    "Password must be at least 12 characters long; the password length is 1024 max.",
    "Password complexity was raised to 2024 standards.",
    "The password history is 5000 entries.",
    "Change your password every 90 days.",
    "The password was rotated on 2024-05-01 and again at 10:30.",
    "The password expiry is 3600 seconds.",
    "password policy changed to 2023 in March",
    "2024-05-14 WARN password reset requested for user_id=48213",
])
def test_a_number_that_measures_or_dates_the_password_is_none(text):
    assert not [value for value, (kind, _) in _found(text).items() if kind == "PASSWORD"]


@pytest.mark.parametrize("text, password", [
    ("user/pass for the printer is scanner / 4471.", "4471"),
    ("Benutzer / Passwort: lager / 7731", "7731"),
    ("Benutzername und Passwort sind kiosk / 2719, steht auf dem Aufkleber", "2719"),
    ("Username & password for the camera: admin / camera", "camera"),
])
def test_a_spaced_pair_after_a_label_pair_holds_the_password(text, password):
    assert _found(text).get(password, ("", 0))[0] == "PASSWORD"


@pytest.mark.parametrize("text", [
    "Use the read / write role; the user/password form is at /login.",
    "Give the user / password fields 1 / 3 of the width.",
    "pass the test / 2024 build",
])
def test_a_spaced_slash_without_a_named_pair_or_a_password_half_is_prose(text):
    assert not [value for value, (kind, _) in _found(text).items() if kind == "PASSWORD"]


@pytest.mark.parametrize("text, password", [
    ("I reset your password. The new one is Maple-Run-4.", "Maple-Run-4"),
    ("Done, password changed.\nNew: 6620", "6620"),
    ("I reset your password. The new one is 4471.", "4471"),
    ("Use 4471 as the password for the kiosk.", "4471"),
])
def test_the_sentence_after_a_password_sentence_and_a_number_set_as_the_password(text, password):
    assert _found(text).get(password, ("", 0))[0] == "PASSWORD"


@pytest.mark.parametrize("text", [
    "The password policy changed. It is 2024 compliant now.",
    "I reset the password. It was 3 days old anyway.",
    "Please update your password. This is release 2.4.1 of the portal.",
])
def test_a_following_sentence_that_measures_or_names_a_release_holds_no_password(text):
    assert not [value for value, (kind, _) in _found(text).items() if kind == "PASSWORD"]


@pytest.mark.parametrize("text, password", [
    ("SSID is Office5G and the WPA2 key is Harbor-Lamp-6.", "Harbor-Lamp-6"),
    ("the network key is 48813277", "48813277"),
    ("Wireless key for the guest network: sunflower88", "sunflower88"),
])
def test_the_wifi_password_by_its_own_name_is_a_password(text, password):
    assert _found(text).get(password, ("", 0))[0] == "PASSWORD"


@pytest.mark.parametrize("text", [
    "The WPA2 key is rotated monthly by the facilities team.",
    "The network key exchange uses 2048 bits.",
])
def test_prose_about_a_wifi_key_holds_no_password(text):
    assert not [value for value, (kind, _) in _found(text).items() if kind == "PASSWORD"]


@pytest.mark.parametrize("text, code", [
    ("and the code for the app is 4-4-1-9", "4-4-1-9"),
    ("PIN: 7-7-0-2", "7-7-0-2"),
])
def test_a_code_typed_digit_by_digit_with_dashes_fills_a_code_slot(text, code):
    from redactor.detect.password_sentences import password_sentence_spans
    from redactor.detect.password_slots import password_slot_spans

    found = [*password_slot_spans(text, text.lower(), []), *password_sentence_spans(text, text.lower(), [])]
    assert code in [text[span.start:span.end] for span in found]
    assert not [span for span in password_sentence_spans("the meeting is on 2-4-2026", "the meeting is on 2-4-2026", [])]
