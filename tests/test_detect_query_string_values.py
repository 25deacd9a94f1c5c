"""A secret's value in a query string ends where the next parameter (`&name=`) starts, unless a parameter after it
is itself a secret's or a signature."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

SECRETS = SecretsDetector()


def found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in SECRETS.detect(DetectionInput(text))]


# Dev set: written before the code.
@pytest.mark.parametrize(("text", "expected"), [
    ("token=ghz81KdlPq02MxnR7vBt&user=jdoe&expires=3600", ["ghz81KdlPq02MxnR7vBt"]),
    ("access_token=Qm8ZrT2kLx9VnP4wY7bC&token_type=bearer&expires_in=3600", ["Qm8ZrT2kLx9VnP4wY7bC"]),
])
def test_a_query_string_value_ends_before_the_next_parameter(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "password=Tr0ub4dor&3horse",  # an "&" inside a password, no parameter after it
    "api_key=Zk3mP9qL2xR7vT8w&sig=8a7f6e5d4c3b2a1908f7e6d5c4b3a291",  # a signature after it stays in
])
def test_a_value_stays_whole_when_what_follows_is_no_plain_parameter(text):
    assert "".join(found(text)) == text.split("=", 1)[1]


# Check set: written after the code.
@pytest.mark.parametrize(("text", "expected"), [
    ("  refresh_token=rT7kP2mQ9xL4vN8wZ3bY&client_id=billing-web\n", ["rT7kP2mQ9xL4vN8wZ3bY"]),
])
def test_query_string_values_on_texts_the_rule_was_not_written_from(text, expected):
    assert found(text) == expected


def test_a_cookie_pair_keeps_its_name_and_loses_the_parameters_after_it():
    # A session cookie's name and value go as one pair (secret_cookie_jars.py); the page's parameters do not.
    text = "session_token=9d8c7b6a5f4e3d2c1b0a9f8e&lang=de&page=2"
    assert found(text) == ["session_token=9d8c7b6a5f4e3d2c1b0a9f8e"]


def test_a_password_parameter_after_the_value_keeps_the_run_whole():
    text = "token=ghz81KdlPq02MxnR7vBt&password=Hunter2Hunter2!"
    assert "Hunter2Hunter2!" in "".join(found(text))



def test_a_random_secret_holding_an_ampersand_pair_is_not_cut_as_a_query_string():
    # A WordPress salt draws from all printable punctuation: `&k=` inside it is no parameter.
    salt = "Zq9~r!T&k=v(4Lm|x;Pw]8#Yb@fN2^Hs{u6%Jc>Qe"
    text = f"define('AUTH_SALT', '{salt}');"
    assert any(salt in value for value in found(text)), found(text)
