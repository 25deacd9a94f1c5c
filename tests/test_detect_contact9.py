"""Round 9 contact mechanisms: phones after `key=` and in Russia's trunk-8 layout, logins under person-word
columns, in chat copies, after chat lead-ins, "login as", named accounts and "for <login>" about an account."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.keywords import lowered_same_length
from redactor.detect.login_cues import find_cued_logins
from redactor.detect.pii import PiiDetector
from redactor.detect.usernames import find_usernames
from tests.growth import assert_linear_growth

PII = PiiDetector()


def phones(text: str) -> list[str]:
    return [text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == "PHONE"]


def logins(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_usernames(text)]


@pytest.mark.parametrize("text, phone", [
    ("2024-03-01 INFO sms.send to=+14155550123 status=queued", "+14155550123"),
    ("sid=SM1 to=+447700900123 ok", "+447700900123"),  # a fictional (possible, not valid) range after "to="
    ("caller_id=+12025550143 duration=34s", "+12025550143"),
    ("msisdn:+491701234567 registered", "+491701234567"),
    ("тел. 8-912-345-67-89", "8-912-345-67-89"),
    ("звоните 8 912 345-67-89", "8 912 345-67-89"),
    ("Phone: 8 800 555 35 35", "8 800 555 35 35"),
    ("Контакт: 8 (495) 123-45-67", "8 (495) 123-45-67"),
])
def test_phones_after_keys_and_russian_trunk(text, phone):
    assert phone in phones(text)


@pytest.mark.parametrize("text", ["ratio=+12.5 offset=+3600", "x=+1234567890123 y", "build 8 123 456 78 90 done"])
def test_no_phone_in_signed_numbers_or_invalid_trunk_numbers(text):
    assert phones(text) == []


@pytest.mark.parametrize("text, expected", [
    ("date,who,ip\n2024-05-01,dmitri,10.0.0.4\n2024-05-02,kpatel,10.0.0.5", ["dmitri", "kpatel"]),
    ("ts;operator;action\n09:00;hsato;restart", ["hsato"]),
    ("kpatel  10:42 AM\nthe build is red again", ["kpatel"]),
    ("sroy [10:43 AM]: yes looking", ["sroy"]),
    ("thanks\n— olga.s, 10:42 AM", ["olga.s"]),
    ("@kpatel: see above", ["kpatel"]),
    ("Message from tkowalski: please review", ["tkowalski"]),
    ("login as tkowal and run the script", ["tkowal"]),
    ('The user named "zoe_w" keeps getting 403s.', ["zoe_w"]),
    ("WARN session expired for jkowalczyk", ["jkowalczyk"]),
    ("Can you reset the password for mfernandes? She is locked out.", ["mfernandes"]),
])
def test_cued_logins(text, expected):
    assert [login for login in logins(text) if login in expected] == expected


@pytest.mark.parametrize("text", [
    "who,count\nyes,3\nno,5",
    "sender,count\nsystem,4\nnoreply,9",
    "Message from the team: thanks",
    "login as admin and open settings",
    "reset the password for production, then rotate the keys",
    "the session expired for today.",
    "Results  10:42 AM\nall green",
    "password for config.yaml\n",
])
def test_no_cued_login_in_ordinary_words(text):
    assert logins(text) == []


def test_cued_logins_grow_linearly():
    block = ("date,who,ip\n2024-05-01,dmitri,10.0.0.4\nkpatel  10:42 AM\nhi\n@sroy: ok\nMessage from tkow: x\n"
             "login as tkowal now\nuser named \"zoe_w\"\nsession expired for jkow\n")

    def work(size: int):
        text = block * (size // len(block))
        lowered = lowered_same_length(text)
        return lambda: list(find_cued_logins(text, lowered))
    assert_linear_growth(work, 200_000)
