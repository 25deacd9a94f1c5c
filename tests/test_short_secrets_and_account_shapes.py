"""Round 10 (wire): values that validity rules used to veto on the wire. A short key written under a
secret's own name ("secret key is 1a7b3d") is kept as a doubtful secret when its letters and digits
interleave like a random string; names with a number that code writes stay out (own examples)."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.secrets import SecretsDetector

SECRETS = SecretsDetector()


def secret_spans(text: str, segment_kind: str = "prose"):
    return [span for span in SECRETS.detect(DetectionInput(text, segment_kind))]


@pytest.mark.parametrize(("text", "value"), [
    ("Secret key is 1a7b3d", "1a7b3d"),
    ("my secret key is a1b2c3d, do not share", "a1b2c3d"),
    ("the secret is 4f2e9a.", "4f2e9a"),
    ("Secret: k3j9x2", "k3j9x2"),
    ('secret_key = "7c1d8e"', "7c1d8e"),
    ("API_TOKEN=x7y2z9q", "x7y2z9q"),
    ('{"client_secret": "9b8a7c6"}', "9b8a7c6"),
])
def test_a_short_interleaved_value_under_a_secret_name_is_doubtful_on_the_wire(text, value):
    start = text.index(value)
    spans = [span for span in secret_spans(text) if span.start <= start and span.end >= start + len(value)]
    assert spans, "the short key was not found"
    assert all(WIRE_MIN_SCORE <= span.score < AUDIT_MIN_SCORE for span in spans)


@pytest.mark.parametrize("text", [
    'token = "utf8mb4"',
    "api_key: sha256",
    'key = "x86_64"',
    'secret_encoding = "base64"',
    "token: abc123",
    'secret = "v2beta1"',
])
def test_names_with_a_number_under_a_secret_name_stay(text):
    assert secret_spans(text) == []
