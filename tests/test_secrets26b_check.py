"""Round 26 (secrets26b), check set: written after the change and not tuned on (the dev set is
test_secrets26b_dev.py). The same mechanisms in other words: codes of what a code opens, compound password words,
role-account passwords with a symbol, mail AUTH exchanges, seeds entered by hand, OpenVPN keys. Values invented."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, wire_spans


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


SECRETS = [
    ("hey, cleaner comes thursday - alarm is 30571 and you have 30 seconds", "30571"),
    ("The garage door is 7719* from the outside pad", "7719*"),
    ("Side gate: 2468, shed padlock 0915", "2468"),
    ("keypad: 990712 then press the green button", "990712"),
    ("Unser Torcode ist 4711, bitte nicht weitergeben", "4711"),
    ("O código do portão é 58213", "58213"),
    ("Il codice del cancello è 20931", "20931"),
    pytest.param("digicode 73A19 puis deuxième étage", "73A19", marks=pytest.mark.xfail(
        reason="a code with a letter inside (`73A19`): the code shape takes a letter only at the end: known miss")),
    ("Das WLAN-Passwort ist Kaffeetasse42!", "Kaffeetasse42!"),
    ("Het wifi-wachtwoord is Zonnebloem88", "Zonnebloem88"),
    ("NAS login is root / Tulip$Garden", "Tulip$Garden"),
    ("250-AUTH LOGIN PLAIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\nbm9yZXBseUBzaG9wLmlv\n334 UGFzc3dvcmQ6\nV2ludGVyR2FyZGVuITk=\n"
     "235 2.7.0 Authentication successful", "V2ludGVyR2FyZGVuITk="),
    ("[smtp] >>> 334 UGFzc3dvcmQ6\n[smtp] <<< cDRzc3cwcmQtMjAyNg==\n[smtp] >>> 235 ok", "cDRzc3cwcmQtMjAyNg=="),
    ("a1 AUTHENTICATE PLAIN AGFsaWNlAFMzY3JldC1wYXNz", "AGFsaWNlAFMzY3JldC1wYXNz"),
    ("If you can't scan the QR code, enter this key manually:\nMFRG GZDF MZTW Q2LK NNWG 23TP", "MFRG GZDF MZTW Q2LK NNWG 23TP"),
    ("Setup key: gezdgnbvgy3tqojq", "gezdgnbvgy3tqojq"),
]


@pytest.mark.parametrize("text,value", SECRETS)
def test_check_a_personal_or_encoded_secret_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


TLS_AUTH = ("key-direction 1\n<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n"
            "0f3c9a1e5b7d2c4a8e6f1b3d5a7c9e2f\nd4b6a8c0e2f4a6b8c0d2e4f6a8b0c2d4\n7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b\n"
            "-----END OpenVPN Static key V1-----\n</tls-auth>")


def test_check_every_line_of_a_tls_auth_key_is_redacted(engine):
    for line in ("0f3c9a1e5b7d2c4a8e6f1b3d5a7c9e2f", "d4b6a8c0e2f4a6b8c0d2e4f6a8b0c2d4", "7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b"):
        assert covered_on_wire(engine, TLS_AUTH, line)


NOT_SECRETS = [
    ("The alarm is 30 seconds too slow on the east wing.", "30"),
    ("Gate 1204 is closed for maintenance today", "1204"),
    ("We replaced the keypad in 2019.", "2019"),
    ("the garage is 2400 square feet", "2400"),
    ("Der Quellcode ist 2024 entstanden", "2024"),
    ("setup key features of the 2025 release", "2025"),
    ("Alarm 5512 cleared at 10:42 by the on-call", "5512"),
    ("S: 334 VXNlcm5hbWU6", "VXNlcm5hbWU6"),
]


@pytest.mark.parametrize("text,value", NOT_SECRETS)
def test_check_a_number_or_word_that_is_no_secret_stays(engine, text, value):
    start = text.index(value)
    assert not any(span.category == "secret" and span.start < start + len(value) and span.end > start
                   for span in wire_spans(engine, text))
