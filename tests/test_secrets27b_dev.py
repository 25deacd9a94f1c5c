"""Round 27 (secrets27b), dev set: written before the change, the examples it was built on.

Tokens, keys and passwords found by their context (issue 12): a random value right after the word that names it
in prose, logs and shell strings (short ones too, and after a word of a language written without spaces); the
positional credentials of SDK constructors; vendor formats the catalogues lack (Razorpay key ids, Laravel
`base64:` app keys); a UUID under a key's name; a secret split into joined string literals under a name that says
nothing; passwords people write in prose and sheets. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


VALUES_AFTER_THEIR_WORD = [
    ("Rotated it, the old token 9f2c4e1ab07d3b5c6e8f90a1b2c3d4e5 must be revoked today.",
     "9f2c4e1ab07d3b5c6e8f90a1b2c3d4e5"),
    ("echo 'retrying with fallback token Qm7xT2vLp9RzK4wN8cYb3HjD'", "Qm7xT2vLp9RzK4wN8cYb3HjD"),
    ("Personal access token used for setup: 7Hq2LmX9vR4tYp8KzW3nB6cJ", "7Hq2LmX9vR4tYp8KzW3nB6cJ"),
    ("the webhook secret a81f0c2d9e7b4a6f3c5d8e1b is in the vault now", "a81f0c2d9e7b4a6f3c5d8e1b"),
    ("Das alte Token 4e9b2a7c1d8f3e6a5b0c9d2e7f1a4b8c bitte widerrufen", "4e9b2a7c1d8f3e6a5b0c9d2e7f1a4b8c"),
    ("the token 8f3a2c91d4 expired at noon", "8f3a2c91d4"),
    ("use key a1b2c3d4e5f6 for the geocoder", "a1b2c3d4e5f6"),
    ("トークンは 5c1e9a7d3b2f8c6e4a0d です", "5c1e9a7d3b2f8c6e4a0d"),
]


@pytest.mark.parametrize("text,value", VALUES_AFTER_THEIR_WORD)
def test_a_random_value_right_after_the_word_that_names_it_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


SDK_CREDENTIALS = [
    ('client = Client("AC5f2e9b8c7d6a5b4c3d2e1f0a9b8c7d6e", "8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e")',
     "8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"),
    ('const rzp = new Razorpay({ key_id: "rzp_live_Kq8Zt3Lm9Xw2Vb", key_secret: "Hx7Pq2Lm9Rt4Vz8Kc3Wn6Yb1" });',
     "rzp_live_Kq8Zt3Lm9Xw2Vb"),
    ('pusher = pusher.Pusher("1234567", "a7c3e9f1b2d4c6e8a0b2", "f3e1d9c7b5a3e1f9d7c5", cluster="eu")',
     "f3e1d9c7b5a3e1f9d7c5"),
    ('client = algoliasearch("KQ7ZP2LM9X", "c9a7e5f3d1b9a7c5e3f1d9b7a5c3e1f9")', "c9a7e5f3d1b9a7c5e3f1d9b7a5c3e1f9"),
]


@pytest.mark.parametrize("text,value", SDK_CREDENTIALS)
def test_a_credential_passed_to_an_sdk_client_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


VENDOR_FORMATS = [
    ("RAZORPAY_KEY_ID=rzp_test_Lm3Kq8Zt9Xw2Vb", "rzp_test_Lm3Kq8Zt9Xw2Vb"),
    ("APP_KEY=base64:Zk8Lq3Wn7Rt2Vp5Xm9Yc4Bd6Hj1Kf0Ga2Sd4Fg6Hj8=", "base64:Zk8Lq3Wn7Rt2Vp5Xm9Yc4Bd6Hj1Kf0Ga2Sd4Fg6Hj8="),
    ("'key' => 'base64:Zk8Lq3Wn7Rt2Vp5Xm9Yc4Bd6Hj1Kf0Ga2Sd4Fg6Hj8=',", "base64:Zk8Lq3Wn7Rt2Vp5Xm9Yc4Bd6Hj1Kf0Ga2Sd4Fg6Hj8="),
    ('algoliaAdminKey: "e3b1c9d7f5a3e1b9c7d5f3a1e9b7c5d3"', "e3b1c9d7f5a3e1b9c7d5f3a1e9b7c5d3"),
]


@pytest.mark.parametrize("text,value", VENDOR_FORMATS)
def test_a_vendor_key_format_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


UUIDS_UNDER_KEY_NAMES = [
    ("CYPRESS_RECORD_KEY=3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d npx cypress run --record",
     "3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d"),
    ("export PERCY_KEY=8d2c1b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "8d2c1b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
    ('record_key: "3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d"', "3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d"),
]


@pytest.mark.parametrize("text,value", UUIDS_UNDER_KEY_NAMES)
def test_a_uuid_under_a_key_name_is_a_credential(engine, text, value):
    assert covered_on_wire(engine, text, value)


UUIDS_UNDER_ID_KEY_NAMES = [
    ('idempotency_key: "3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d"', "3f9a1c2e-7b4d-4e8a-9c6f-1d2e3a4b5c6d"),
    ("cache_key = '8d2c1b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d'", "8d2c1b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
]


@pytest.mark.parametrize("text,value", UUIDS_UNDER_ID_KEY_NAMES)
def test_a_uuid_under_the_key_of_an_object_stays(engine, text, value):
    assert untouched_on_wire(engine, text, value)


JOINED_LITERALS = [
    ('const msg = "SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4";',
     'SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4'),
    ('sgMail.setApiKey("SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4");',
     'SG." + "Kq8Zt3Lm9Xw2VbHc6Yd1Fj" + "." + "Pq2Lm9Rt4Vz8Kc3Wn6Yb1Hx7Tq5Ld0Mz3Ns8Wa2EkR4'),
]


@pytest.mark.parametrize("text,value", JOINED_LITERALS)
def test_a_key_split_into_joined_literals_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


PASSWORDS_IN_PROSE_AND_SHEETS = [
    ("I changed it yesterday, my old one was Tulip!Harbor88", "Tulip!Harbor88"),
    ("the laptop password is the usual one = Marmalade2019", "Marmalade2019"),
    ("alarm code 4471, wifi key is cornflake-orbit-22, door code 1905", "cornflake-orbit-22"),
    ("alarm code 4471, wifi key is cornflake-orbit-22, door code 1905", "1905"),
    ("the ansible_become_pass was: Rk7!vault-ops", "Rk7!vault-ops"),
    ("Service\tLogin e-mail\tPassword\tOwner\nNetflix\tfam@example.net\tPopcorn#2291\tMaria\n", "Popcorn#2291"),
    ("acme\tbilling export\t5e8d2b1c9a7f4e3d6b0c8a2f1e9d7c5b\nglobex\tsso callback\t0a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d\n",
     "0a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d"),
    ("Name\tValue\tDomain\tPath\ncsrftoken\tq8LmZ3xT9vR2wK7pN4yB6cHj\t.shop.example\t/\n", "q8LmZ3xT9vR2wK7pN4yB6cHj"),
]


@pytest.mark.parametrize("text,value", PASSWORDS_IN_PROSE_AND_SHEETS)
def test_a_password_people_write_in_prose_or_a_sheet_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)
