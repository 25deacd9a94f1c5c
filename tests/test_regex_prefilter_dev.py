"""Dev set for the catalogue's one-pass gate (redactor/detect/regex_prefilter.py): a regex it does not report for a
text has no match there, so the secrets detector skips it; the regexes it reports are run by `re` as before."""
from __future__ import annotations

import re

import pytest

from redactor.detect import regex_prefilter
from redactor.detect.regex_prefilter import RegexPrefilter
from redactor.detect.secrets import SECRET_PATTERNS, SecretsDetector
from redactor.detect.base import DetectionInput

needs_hyperscan = pytest.mark.skipif(regex_prefilter.hyperscan is None, reason="hyperscan not installed")


def _number_of(name: str) -> int:
    return next(number for number, pattern in enumerate(SECRET_PATTERNS) if pattern.name == name)


@pytest.fixture(scope="module")
def catalogue() -> RegexPrefilter:
    return RegexPrefilter([pattern.regex for pattern in SECRET_PATTERNS])


@needs_hyperscan
def test_every_catalogue_format_is_gated(catalogue):
    assert catalogue.gated == catalogue.count == len(SECRET_PATTERNS)


@needs_hyperscan
@pytest.mark.parametrize("name, text", [
    ("github_pat_classic", "export GH_TOKEN=ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"),
    ("database_url_credentials", "DATABASE_URL=postgres://billing:Xk2v9Lq7Rt@db-billing-01.internal:5432/billing\n"),
    ("aws_access_key_id", "aws configure set aws_access_key_id AKIAQ3EGRZ7XKVB2LMNP"),
])
def test_a_text_the_gate_passes_is_one_the_format_finds(catalogue, name, text):
    number = _number_of(name)
    assert number in catalogue.possible(text)
    assert SECRET_PATTERNS[number].regex.search(text)


@needs_hyperscan
@pytest.mark.parametrize("text", [
    "The deploy of the payments service failed because the migration timed out; we rolled back.\n",
    "def retry(operation, attempts=5):\n    for attempt in range(attempts):\n        return operation()\n",
    "$ git status\nOn branch fix/export-retries\nnothing to commit, working tree clean\n",
])
def test_a_text_without_credentials_tries_no_format(catalogue, text):
    assert not catalogue.possible(text)


@needs_hyperscan
def test_a_text_beyond_ascii_tries_every_format(catalogue):
    assert set(catalogue.possible("Passwort für den Server: nicht hier")) == set(range(len(SECRET_PATTERNS)))


@needs_hyperscan
@pytest.mark.parametrize("expression, text", [
    (r"(?P<quote>['\"])[A-Za-z0-9]{12,}(?P=quote)", "token = 'Zq81xPw0Lm3K'"),  # a back-reference
    (r"(?<![\w-])pw=(?P<value>\S{6,})(?![\w])", "login pw=Tr0ub4dor3"),  # look-arounds
    (r"(?P<value>[A-Za-z0-9+/]{78,100}={1,2})(?![\w+/=])", "key: " + "Ab3+" * 20 + "=="),  # a long bounded repeat
    (r"(?i)\bsecret[ _]?key\b\s*[:=]\s*(?P<value>\w{8,})", "SeCrEt_KeY = 9fhQ2xLmWq"),  # case-blind
    (r"(?im)^api[ _]token:[ \t]*(?P<value>\S+)$", "a: 1\nAPI Token: t0k3nValue\n"),  # anchors of a line
    (r"(?i)ſecret=(?P<value>\w+)", "secret=abc12345"),  # `ſ` folds to `s` in re's case-blind match
    (r"(?i)\u212aey=(?P<value>\w+)", "KEY=abc12345"),  # the Kelvin sign folds to `k`
    (r"(?:(?P<user>\w+):)?(?(user)[^@\s]+@|token=)\w+", "ops:Hunter22@db"),  # a conditional group
    (r"(?>[A-Z]+)[0-9]{4}", "ABCD1234"),  # an atomic group
])
def test_what_hyperscan_cannot_compile_exactly_is_gated_by_a_wider_expression(expression, text):
    regex = re.compile(expression)
    assert regex.search(text)
    prefilter = RegexPrefilter([regex])
    assert prefilter.gated == 1
    assert prefilter.possible(text) == {0}


@needs_hyperscan
def test_the_wider_expression_still_stops_texts_without_the_shape():
    prefilter = RegexPrefilter([re.compile(r"(?i)(?<![\w-])ghp_[A-Za-z0-9]{36}(?![\w])")])
    assert prefilter.possible("GHP_" + "a" * 36) == {0}
    assert not prefilter.possible("ghp_ is the prefix of a classic token")


@needs_hyperscan
def test_a_regex_that_matches_the_empty_string_is_always_tried():
    prefilter = RegexPrefilter([re.compile(r"(?<=:)\s*"), re.compile(r"sk_live_\w{24}")])
    assert prefilter.gated == 1
    assert prefilter.possible("nothing to see") == {0}


def test_without_hyperscan_every_regex_is_tried(monkeypatch):
    monkeypatch.setattr(regex_prefilter, "hyperscan", None)
    prefilter = RegexPrefilter([re.compile("ghp_"), re.compile("AKIA")])
    assert set(prefilter.possible("plain words")) == {0, 1}


def test_the_detector_finds_a_token_the_gate_reported():
    text = "GITHUB_TOKEN=ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
    spans = SecretsDetector().detect(DetectionInput(text))
    assert [text[span.start:span.end] for span in spans] == [text.split("=", 1)[1]]
