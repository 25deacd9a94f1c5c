"""Decoded views (issue 13): encoded values are found and redacted where they are written.

A span found in a decoded view covers the ORIGINAL characters it was decoded
from, because the encoded bytes are what would reach the provider.
"""
from __future__ import annotations

import base64

import pytest

from redactor.detect.decoded_views import decoded_views
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    policy = load_policy("default").model_copy(deep=True)
    policy.detection.ner.enabled = False
    return DetectionEngine.from_policy(policy)


def redacted(engine: DetectionEngine, text: str) -> list[tuple[str, str]]:
    spans = engine.detect([Segment(text, role="user", kind="prose")])[0]
    return [(span.kind, text[span.start:span.end]) for span in spans]


_ENV_FILE = b"DB_PASSWORD=Xk9!mQ2#vL7pR4\nAWS_ACCESS_KEY_ID=AKIAQ3EGRZ7XKVB2LMNP\n"


@pytest.mark.parametrize(
    "text, kind, original",
    [
        ("GET /api?email=dana.smith%40acme.com&x=1 HTTP/1.1", "EMAIL", "dana.smith%40acme.com"),
        ("GET /u?mail=dana.smith%2540acme.com", "EMAIL", None),  # double encoding: a named limit
        ('{"note": "mail dana.smith\\u0040acme.com now"}', "EMAIL", "dana.smith\\u0040acme.com"),
        ("key ghp_aB3dE6gH9j\u200bK2mN5pQ8sT1vW4yZ7bC0eF3hJ6 ok", "GITHUB_TOKEN",
         "ghp_aB3dE6gH9j\u200bK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"),
        ("\uff21\uff2b\uff29\uff21\uff31\uff13\uff25\uff27\uff32\uff3a\uff17\uff38\uff2b\uff36\uff22\uff12\uff2c"
         "\uff2d\uff2e\uff30 is the key", "AWS_ACCESS_KEY",
         "\uff21\uff2b\uff29\uff21\uff31\uff13\uff25\uff27\uff32\uff3a\uff17\uff38\uff2b\uff36\uff22\uff12\uff2c"
         "\uff2d\uff2e\uff30"),
        ("env blob: " + base64.b64encode(_ENV_FILE).decode() + " end", None, base64.b64encode(_ENV_FILE).decode()),
        ("dump " + b"password=Hunter2Xk9!mQ".hex(), "PASSWORD", b"password=Hunter2Xk9!mQ".hex()),
    ],
)
def test_encoded_values_are_redacted_over_their_original_characters(engine, text, kind, original):
    found = redacted(engine, text)
    if original is None:
        assert not any(k == kind for k, _ in found)
        return
    assert any(value == original and (kind is None or k == kind) for k, value in found), found


def test_plain_text_has_no_decoded_view():
    assert decoded_views("Plain ASCII text with an e-mail-free sentence and café, naïve.") == []


def test_binary_base64_and_digests_make_no_view():
    text = "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 token QmFzZTY0IGJpbmFyeQ"
    views = decoded_views(text.replace("QmFzZTY0IGJpbmFyeQ", base64.b64encode(bytes(range(40))).decode()))
    assert views == []


def test_normalized_view_maps_each_character_back_to_its_source():
    text = "line one\nmail a%40b.io and x\u200by\nlast line"
    (view,) = decoded_views(text)
    assert view.text == "mail a@b.io and xy"
    at = view.text.index("@")
    assert text[slice(*view.original_range(at, at + 1))] == "%40"
    start = view.text.index("xy")
    assert text[slice(*view.original_range(start, start + 2))] == "x\u200by"


def test_only_the_lines_with_encodings_are_decoded_again():
    text = ("plain log line without anything\n" * 200) + "user=dana%40acme.com\n"
    (view,) = decoded_views(text)
    assert view.text == "user=dana@acme.com"


def test_blob_candidates_are_the_runs_a_regex_finds_in_any_script():
    # Base64 and hex candidates are found by bytes.find in the text's ASCII stand-in: the same runs as the regex
    # `[...]{16,}` finds, also in text with characters outside ASCII or Latin-1 (which only end a run).
    import random
    import re

    from redactor.detect.decoded_views import _BASE64_RUN_CHARACTERS, _HEX_DIGITS, _candidate_runs

    reference = {_HEX_DIGITS: re.compile(r"[0-9A-Fa-f]{16,}"), _BASE64_RUN_CHARACTERS: re.compile(r"[A-Za-z0-9+/_\-]{16,}")}
    rng = random.Random(5)
    pieces = ["aF09+/_-=", "0123456789abcdef", " ", "\n", "é", "ÿ", "密", "—", "\ud800", "REJfUEFTU1dPUkQ9WGs5IW1RMiN2TDdwUjQK"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    found = 0
    for text in texts:
        for characters, regex in reference.items():
            runs = [match.span() for match in regex.finditer(text)]
            assert _candidate_runs(text, characters) == runs, text
            found += len(runs)
    assert found > 3000
