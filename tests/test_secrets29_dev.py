"""Round 29 (secrets29), dev set: written before the change, the examples it was built on.

A credential is redacted for its SLOT, whatever its shape: the password and PIN words of many languages and their
inflected and compound forms (slot_words.yaml), the code words of other languages before a number, and the positions
a value takes after such a word (after a connector of the language, in parentheses, in quotes, alone on the next
line), and the password argument of the commands that set one (`chpasswd` lines, `schtasks /rp`). Every value here is
invented; written from the mechanism, not copied from any corpus.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, wire_spans


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


PASSWORD_WORDS_OF_MANY_LANGUAGES = [
    ("Nenosiri jipya la barua pepe ni Mvua!Kali58", "Mvua!Kali58"),
    ("Adgangskoden til printeren er ændret til Blaabaer-Hus-71", "Blaabaer-Hus-71"),
    ("Passordet til ruteren er Granskog-33 fra i dag", "Granskog-33"),
    ("Lösenordet för kassan är Tallbacken#9", "Tallbacken#9"),
    ("A palavra-passe do portal é Laranja#2025", "Laranja#2025"),
    ("رمز عبور سرور: Tehran@Kaj77", "Tehran@Kaj77"),
    ("ww voor de kassa: Molen-Tulp-5", "Molen-Tulp-5"),
    ("Lykilorðið er Hekla#Fjall8", "Hekla#Fjall8"),
    ("Ο κωδικός του router είναι Elia!Thal42", "Elia!Thal42"),
]


@pytest.mark.parametrize("text,value", PASSWORD_WORDS_OF_MANY_LANGUAGES)
def test_a_password_named_in_any_language_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


PINS_AND_CODES = [
    ("DATEV Smartcard-PIN: 66104", "66104"),
    ("PIN-koden til bankkortet er 2290", "2290"),
    ("Koden till förrådet är 7741#", "7741#"),
    ("Die PIN für die Kreditkarte (4471) bitte nicht weitergeben.", "4471"),
    ("Nenosiri la benki ni 5521.", "5521"),
    ("קוד הכניסה לבניין: 2468", "2468"),
    ("Le code du local vélo reste 3814, merci.", "3814"),
    ("Код от сейфа: 9051", "9051"),
    ("VPN-PIN for appen ble satt til 730114.", "730114"),
]


@pytest.mark.parametrize("text,value", PINS_AND_CODES)
def test_a_pin_or_code_named_in_any_language_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


POSITIONS = [
    ("Welcome aboard! Your initial password is\nSpruce-Harbor-662\nPlease change it.", "Spruce-Harbor-662"),
    ("Gäste-WLAN Passwort:\nAmsel Drossel Fink 9\nBitte aushängen.", "Amsel Drossel Fink 9"),
    ('Mein Login: k.brandt, Kennwort "Blauer Himmel 2026" – geht nicht mehr', "Blauer Himmel 2026"),
    ("the vendor portal password 'O''Neill Dock 7' has an apostrophe", "O''Neill Dock 7"),
    ("echo 'mnovak:Vltava!Most44' | sudo chpasswd", "Vltava!Most44"),
    ("schtasks /create /tn sync /ru CORP\\svc_sync /rp Qx7!mPz2Lk /tr C:\\sync.cmd", "Qx7!mPz2Lk"),
]


@pytest.mark.parametrize("text,value", POSITIONS)
def test_a_password_in_its_slot_position_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


CLEAN = [
    "The PIN must have at least 6 digits.",
    "Passordet må ha minst 12 tegn og ett tall.",
    "Koden till lagret finns i KeePass.",
    "Passwort:\nBitte im Tresor nachsehen.",
    "Your new password is\nrequired for the next login.",
    'Kennwort "********" wurde maskiert.',
    "Set the password to ${DB_PASSWORD} in the env file.",
    "Error code: 1045 Access denied.",
    "The password expires in 2026 for every account.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_text_about_passwords_without_one_stays(engine, text):
    assert not [span for span in wire_spans(engine, text) if span.category == "secret"]


# Second pass (written before its change): a number right after a PIN's or password's noun with no copula, a code
# read digit by digit, and a password ending in "!" in a sentence.
NO_COPULA = [
    ("Kode ATM saya 123456", "123456"),
    ("رمز البطاقة 3344", "3344"),
    ("银行卡密码 889900", "889900"),
    ("暗証番号は 4321 です", "4321"),
    ("카드 비밀번호 5566", "5566"),
    ("पिन 4521 है", "4521"),
    ("CALLER: the code is 8 3 1 2 0 4", "8 3 1 2 0 4"),
    ("Новий пароль до пошти — Калина2026!", "Калина2026!"),
]


@pytest.mark.parametrize("text,value", NO_COPULA)
def test_a_number_right_after_its_pin_word_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)
