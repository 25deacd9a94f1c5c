"""Round 26 (secrets26b), dev set: written before the change, the examples it was built on.

Personal secrets people write in prose and chat (codes of what a code opens: alarms, keypads, garages, gates, in
several languages; a password word ending a compound noun; a role account's password with a symbol), the base64
lines of a mail client's AUTH exchange, a TOTP seed offered for typing by hand, and an OpenVPN static key block.
Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, wire_spans


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


CODES_IN_PROSE = [
    ("When you get there the alarm is 6142, the key is under the mat.", "6142"),
    ("garage one is 2276# and garage two is 8810#", "2276#"),
    ("garage one is 2276# and garage two is 8810#", "8810#"),
    ("Front door keypad 481930, back gate 5521.", "481930"),
    ("Front door keypad 481930, back gate 5521.", "5521"),
    ("admin-PIN 7740 for the printer", "7740"),
    ("El código de la puerta es 4417", "4417"),
    ("Le code d'accès du portail est 9031B", "9031B"),
    ("Der Türcode lautet 2580", "2580"),
    ("the passcode for the lockbox: 3391", "3391"),
]


@pytest.mark.parametrize("text,value", CODES_IN_PROSE)
def test_a_code_named_by_what_it_opens_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


PASSWORDS_IN_PROSE = [
    ("Das Administrator-Passwort ist Sonnenblume77", "Sonnenblume77"),
    ("Router admin is 192.168.1.1, admin / Harbor&Kite", "Harbor&Kite"),
]


@pytest.mark.parametrize("text,value", PASSWORDS_IN_PROSE)
def test_a_password_in_a_sentence_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


ENCODED = [
    ("S: 334 VXNlcm5hbWU6\nC: bWFpbGVyQGV4YW1wbGUub3Jn\nS: 334 UGFzc3dvcmQ6\nC: U3VtbWVyMjAyNCE=\n"
     "S: 235 Authentication successful", "U3VtbWVyMjAyNCE="),
    ("AUTH PLAIN AGJvYkBleGFtcGxlLmNvbQBwNHNzdzByZA==", "AGJvYkBleGFtcGxlLmNvbQBwNHNzdzByZA=="),
    ("Can't scan? Enter manually: KZXW 6YTB OI4H G3DB", "KZXW 6YTB OI4H G3DB"),
]


@pytest.mark.parametrize("text,value", ENCODED)
def test_an_encoded_credential_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


OPENVPN_KEY = ("<tls-crypt>\n-----BEGIN OpenVPN Static key V1-----\n6acef03f62675b4b1bbd03e53b187727\n"
               "423cea742242106cb2916a8a4c829756\n-----END OpenVPN Static key V1-----\n</tls-crypt>")


def test_an_openvpn_static_key_block_is_redacted_whole(engine):
    block = OPENVPN_KEY[OPENVPN_KEY.index("-----BEGIN"):OPENVPN_KEY.index("\n</tls-crypt>")]
    assert covered_on_wire(engine, OPENVPN_KEY, block)


NOT_CODES = [
    ("We have 4 garage doors and 2 gates.", "4"),
    ("Set the alarm to 0630 tomorrow.", "0630"),
    ("The alarm went off at 0630 again.", "0630"),
    ("The gate is 1200 metres from the road.", "1200"),
    ("Alarm 4001 triggered on the storage array.", "4001"),
    ("El código postal es 28013", "28013"),
    ("Der Statuscode lautet 404", "404"),
    ("In 1987 we moved to the coast.", "1987"),
]


def no_secret_over(engine: DetectionEngine, text: str, value: str) -> bool:
    """No secret the wire redacts overlaps `value` (a postal code is still an address: another detector's call)."""
    start = text.index(value)
    return not any(span.category == "secret" and span.start < start + len(value) and span.end > start
                   for span in wire_spans(engine, text))


@pytest.mark.parametrize("text,value", NOT_CODES)
def test_a_number_that_is_no_code_stays(engine, text, value):
    assert no_secret_over(engine, text, value)
