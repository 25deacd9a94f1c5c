"""Round 27 (prec27a), check set: written after the change and not tuned on. Every value here is invented.

The same mechanisms in other forms: an ED25519/EC key whose BEGIN line a README sentence names first, a SigV4
header of another service and region, a Monolog line of another channel, a SASL failure of another mail server,
Helm/Jinja template functions, a Go test's file:line, and the values that must stay covered beside them.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def test_an_ec_key_named_in_a_readme_sentence_starts_at_its_block(engine):
    block = ("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkq7Xo3rD5nP2sL8vT4yQ6wE1uA9cZ0mN3bH7jK2fG5oAoGCCqGSM49\n"
             "AwEHoUQDQgAE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8\n-----END EC PRIVATE KEY-----")
    text = ("Paste the key below; the first line must read -----BEGIN EC PRIVATE KEY----- exactly, "
            "without spaces.\n\n" + block)
    assert covered_on_wire(engine, text, block)
    assert untouched_on_wire(engine, text, "exactly, without spaces")


def test_a_sigv4_header_of_another_service_keeps_its_scope(engine):
    key_id = "AKIAZ7M2Q4R8T1V6X3WB"
    text = (f"authorization: AWS4-HMAC-SHA256 Credential={key_id}/20261130/ap-southeast-2/execute-api/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-date")
    assert covered_on_wire(engine, text, key_id)
    assert untouched_on_wire(engine, text, "ap-southeast-2/execute-api/aws4_request")


@pytest.mark.parametrize("text,word", [
    ("[2026-11-30 07:01:55] worker.CRITICAL: Queue connection refused, retrying in 5s", "worker.CRITICAL"),
    ("Nov 30 07:01:55 mx2 dovecot: auth: SASL PLAIN login failed; AUTH LOGIN rejected for remote 10.0.0.4",
     "rejected"),
    ('  secret: {{ required "set a password" .Values.db.password | quote | sha256sum }}', "sha256sum"),
    ("--- FAIL: TestLoginWrongPassword (0.00s)\n    auth_test.go:42: expected password error", "auth_test.go:42"),
])
def test_log_words_and_template_functions_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)


@pytest.mark.parametrize("text,value", [
    ("[09:01] nightowl_3: the vpn password is Lantern#5512\n[09:02] r.okafor: thanks", "Lantern#5512"),
    ("[09:01] nightowl_3: the vpn password is Lantern#5512\n[09:02] r.okafor: thanks", "r.okafor"),
    ("user svc_backup failed; password was Quartz-Ridge-88 per the runbook", "Quartz-Ridge-88"),
])
def test_values_beside_them_are_still_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)
