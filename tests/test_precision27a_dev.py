"""Round 27 (prec27a), dev set: written before the change, the examples it was built on.

Secret findings whose span ran past the secret: a PEM block whose BEGIN line is first named in prose, an AWS key id
whose SigV4 `Credential=` value runs on over the credential scope (date, region, service), a presigned URL found
whole from its bucket host on. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire

_BODY = ("MIIEowIBAAKCAQEAw3fQx9Yh2kP0pZl8vQ1nR4tB6sE7uV9wX0yZ1aB2cD3eF4gH\n"
         "5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4aB5cD6eF7gH8iJ9kL0mN1oP2qR3sT4uV5w\n")
_KEY_ID = "AKIAQ3EGRT7XPLMN4VWZ"
_SIGNATURE = "5f1e0c2b9a7d4e3f8a6b1c0d2e9f7a5b3c1d0e8f6a4b2c9d7e5f3a1b0c8d6e4f"


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def test_a_begin_line_named_in_prose_is_not_part_of_the_key(engine):
    block = "-----BEGIN RSA PRIVATE KEY-----\n" + _BODY + "-----END RSA PRIVATE KEY-----"
    text = "The file must start with -----BEGIN RSA PRIVATE KEY----- or ssh complains. Here it is:\n" + block
    assert covered_on_wire(engine, text, block)
    assert untouched_on_wire(engine, text, "or ssh complains")


def test_a_sigv4_credential_scope_is_not_part_of_the_key_id(engine):
    text = (f"Authorization: AWS4-HMAC-SHA256 Credential={_KEY_ID}/20261205/us-east-1/sts/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature=" + _SIGNATURE)
    assert covered_on_wire(engine, text, _KEY_ID)
    assert untouched_on_wire(engine, text, "20261205/us-east-1/sts/aws4_request")


def test_a_truncated_block_before_a_whole_one_keeps_its_body(engine):
    truncated = "-----BEGIN RSA PRIVATE KEY-----\n" + _BODY
    text = truncated + "(cut)\n-----BEGIN RSA PRIVATE KEY-----\n" + _BODY[::-1].strip() + "\n-----END RSA PRIVATE KEY-----"
    assert covered_on_wire(engine, text, truncated.strip())


NOT_PASSWORDS = [
    ("May 12 10:12:01 mail postfix/smtpd[4410]: warning: SASL LOGIN authentication failed", "smtpd[4410]"),
    ("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", "5.7.8"),
    ("  1) login page › rejects a wrong password (login.spec.ts:14)", "login.spec.ts:14"),
    ('  password: "{{ .Values.redis.auth.password | b64enc }}"', "b64enc"),
]


@pytest.mark.parametrize("text,word", NOT_PASSWORDS)
def test_a_log_tag_status_code_file_line_or_template_function_is_no_password(engine, text, word):
    assert untouched_on_wire(engine, text, word)


PASSWORDS_IN_SENTENCES = [
    ("when it asks for a password, enter Otter-Pond-31", "Otter-Pond-31"),
    ("log in as admin with Summer-Breeze-4 and change the password", "Summer-Breeze-4"),
    ("the wifi password is Kiwi8844!", "Kiwi8844!"),
]


@pytest.mark.parametrize("text,value", PASSWORDS_IN_SENTENCES)
def test_a_password_in_a_sentence_is_still_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


NOT_LOGINS = [
    ('[2026-12-05 16:02:11] production.ERROR: Login failed for user admin {"exception":"[object]"}', "production.ERROR"),
    ("[2026-12-05 09:14:02] local.WARNING: Login throttled, too many attempts from this client", "local.WARNING"),
    ("Dec  5 10:12:01 mail postfix/smtpd[4410]: warning: SASL LOGIN authentication failed", "authentication"),
]


@pytest.mark.parametrize("text,word", NOT_LOGINS)
def test_a_log_channel_level_or_sasl_mechanism_word_is_no_login(engine, text, word):
    assert untouched_on_wire(engine, text, word)


LOGINS = [
    ("[10:42] quietfox: anyone up for a raid tonight?\n[10:43] mkumar_7: yes, give me ten minutes", "mkumar_7"),
    ("ssh access: login jdoe77 on the bastion", "jdoe77"),
]


@pytest.mark.parametrize("text,login", LOGINS)
def test_a_chat_nick_or_labelled_login_is_still_redacted(engine, text, login):
    assert covered_on_wire(engine, text, login)


def test_a_log_stamp_after_an_upper_case_level_is_no_identifier(engine):
    text = "FEHLER 2026-12-05 16:42:10 Verbindung zur Datenbank fehlgeschlagen"
    assert untouched_on_wire(engine, text, "2026-12-05 16")


def test_an_identifier_after_an_acronym_is_still_redacted(engine):
    assert covered_on_wire(engine, "Her GSIS 2004-5512-9931 is on file.", "2004-5512-9931")
