"""Codes and passwords in the sentences people write about getting in (access_codes.py), BitLocker recovery keys
and vendor-prefixed tokens under a token's key."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _found(text: str) -> dict[str, str]:
    return {text[span.start:span.end]: span.kind for span in DETECTOR.detect(DetectionInput(text, "prose"))}


def _scores(text: str) -> dict[str, float]:
    return {text[span.start:span.end]: span.score for span in DETECTOR.detect(DetectionInput(text, "prose"))}


@pytest.mark.parametrize("text, code", [
    ("the gate controller won't let us in, the code we use is 580214 but maybe it changed", "580214"),
    ("Known codes tried: 731904 and 8842 (neither works).", "731904"),
    ("Known codes tried: 731904 and 8842 (neither works).", "8842"),
    ("Known codes tried: 731904 and Harbour2031 (set by the installer).", "Harbour2031"),
    ("Adgangen til serverrummet: koden er Marsk2031 siden mandag", "Marsk2031"),
    ("The door code is Quay-7741 until Friday.", "Quay-7741"),
    ("La tablet del almacén se desbloquea con 660173.", "660173"),
    ("The side door unlocks with 4471# after six.", "4471#"),
    ("Das Terminal entsperrt mit 93015, bitte nicht weitergeben.", "93015"),
    ("please use the web UI login and 604417 at the keypad by the lift", "604417"),
    ("enter 2291 on the door panel when the light is red", "2291"),
    ("It's the plant room's service code I think:\n\n   #662810#\n\nthanks", "662810"),
])
def test_a_code_in_a_sentence_about_getting_in_is_a_doubtful_password(text, code):
    assert _found(text).get(code) == "PASSWORD"
    assert _scores(text)[code] == DOUBTFUL_SCORE


@pytest.mark.parametrize("text", [
    "the error code we saw is 500123 and the deploy finished in 2024.",
    "We arrived around 1400 at the gate and waited 20 minutes at the door.",
    "The code you write is 4000 lines long. Exit code is 137, the build took 2024 seconds.",
    "Please pin the version 3.11.2; the code we ship is v2beta and ready2go.",
    "Our office moved in 2019 at the gate of the old harbour.",
    "Room 2041 on the door list is the meeting room.",
    "The screen unlocks with a fingerprint or face id.",
    "The code we reviewed is clean; status codes 200 and 404 are handled.",
])
def test_numbers_and_words_that_are_no_code_stay(text):
    assert not {value for value, kind in _found(text).items() if kind == "PASSWORD"}


def test_a_bitlocker_recovery_key_is_found_by_its_shape_alone():
    key = "-".join(["418209", "530761", "002913", "774520", "119387", "640218", "305599", "871046"])
    assert _found(f"LAPTOP-07: {key}").get(key) == "RECOVERY_CODE"


def test_hyphenated_numbers_of_another_shape_are_no_recovery_key():
    assert not _found("order 418209-530761-002913 shipped; ISBN 978-3-16-148410-0")


def test_a_prefixed_generated_token_under_a_token_key_is_no_member_access():
    value = "pk." + "Xq4vT9wL" + "m2Rb7Kc3Jn8Pd5Hs"
    assert value in _found(f"MAPBOX_TOKEN={value}")


@pytest.mark.parametrize("text", ["token = config.apiTokenForServiceV2", "api_key = settings.API_KEY_V2"])
def test_a_member_access_under_a_token_key_is_still_a_reference(text):
    assert not _found(text)


def test_a_phrase_in_a_password_column_is_a_passphrase():
    table = ("Thing | Login | Secret\nPortal | dhughes | Quarry44x\nOffice wifi | - | heron by the mill pond\n"
             "Old laptop | jo | see the vault\n")
    found = _found(table)
    assert "heron by the mill pond" in found
    assert _scores(table)["heron by the mill pond"] == DOUBTFUL_SCORE


def test_a_phrase_that_says_where_the_password_is_kept_is_not_taken_as_one():
    from redactor.detect.passphrase_cells import is_passphrase_cell
    assert is_passphrase_cell("heron by the mill pond")
    assert not is_passphrase_cell("stored in bitwarden")
    assert not is_passphrase_cell("ask the office")
    assert not is_passphrase_cell("x")


def test_rows_of_saved_logins_without_a_header_give_up_their_passwords():
    rows = ("copied from the old browser:\n\n"
            "https://portal.example-farm.com  workshop.acct  Quarry!71\n"
            "https://router.home  admin  RZKtqwPmnbVx\n"
            "https://parts.example.com\tdkerr\tHarvest-2031\n")
    found = _found(rows)
    assert {"Quarry!71", "RZKtqwPmnbVx", "Harvest-2031"} <= set(found)


@pytest.mark.parametrize("text", [
    "api.example.com   CNAME  lb.example.net\ncdn.example.com   CNAME  edge.example.net\n",
    "api.example.com  https  healthy\nweb.example.com  https  degraded\n",
    "- example.com\t200\tOK\n- example.org\t301\tMoved\n",
    "https://router.home  admin  RZKtqwPmnbVx\n",  # one line is no list of saved logins
])
def test_other_listings_of_sites_are_no_saved_logins(text):
    assert not _found(text)


@pytest.mark.parametrize("text, value", [
    ("External ID: ash-mig-Tq8WzPk2Lm4x", "ash-mig-Tq8WzPk2Lm4x"),
    ('"Condition": {"StringEquals": {"sts:ExternalId": "Qx7-vendor-Lk29PaW"}}', "Qx7-vendor-Lk29PaW"),
    ("aws sts assume-role --role-arn arn:aws:iam::123456789012:role/x --external-id Zt8kPq2LmWx9", "Zt8kPq2LmWx9"),
])
def test_a_roles_generated_external_id_is_a_secret(text, value):
    assert value in _found(text)


@pytest.mark.parametrize("text", [
    "external_id: 4471829",
    '"external_id": "3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b"',
    "the External IDs are documented in the ExternalIdentityProvider2 settings page",
])
def test_numeric_and_uuid_external_ids_and_words_stay(text):
    assert not _found(text)


def test_a_guess_in_the_sentence_after_one_about_a_password_is_taken():
    text = "I reset the kiosk password this morning. I think it was Lantern-Quay84 but check."
    assert _found(text).get("Lantern-Quay84") == "PASSWORD"
