"""Check set for the catalogue's one-pass gate (not tuned on): wherever a catalogue format's regex matches an ASCII
text, the gate reports it, on texts drawn from the regex itself and on the hand-written secret corpora."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.detect import regex_prefilter
from redactor.detect.regex_prefilter import RegexPrefilter
from redactor.detect.secrets import SECRET_PATTERNS

pytestmark = pytest.mark.skipif(regex_prefilter.hyperscan is None, reason="hyperscan not installed")

_CORPUS = Path(__file__).parent / "corpus"
_ASCII = st.characters(min_codepoint=0, max_codepoint=127)
_CATALOGUE = RegexPrefilter([pattern.regex for pattern in SECRET_PATTERNS]) if regex_prefilter.hyperscan else None


@pytest.mark.parametrize("number", range(len(SECRET_PATTERNS)), ids=[pattern.name for pattern in SECRET_PATTERNS])
def test_every_match_drawn_from_a_format_is_reported(number):
    regex = SECRET_PATTERNS[number].regex

    @settings(max_examples=15, derandomize=True, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
    @given(st.from_regex(regex, alphabet=_ASCII), st.text(_ASCII, max_size=8), st.text(_ASCII, max_size=8))
    def reported(drawn: str, before: str, after: str) -> None:
        text = before + drawn + after
        if text.isascii() and regex.search(text):
            assert number in _CATALOGUE.possible(text)

    try:
        reported()
    except (ValueError, NotImplementedError) as unsupported:  # a construct hypothesis cannot draw from
        pytest.skip(f"hypothesis cannot draw from this regex: {type(unsupported).__name__}")


def _corpus_texts() -> list[tuple[str, str]]:
    texts = []
    for folder in ("secrets", "secrets_dev", "clean_code", "clean_prose"):
        for path in sorted((_CORPUS / folder).rglob("*")):
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                if text.isascii():
                    texts.append((f"{folder}/{path.name}", text))
    return texts


@pytest.mark.parametrize("name, text", _corpus_texts(), ids=lambda value: value if "/" in str(value) else "")
def test_every_format_that_matches_a_corpus_file_is_reported(name, text):
    possible = _CATALOGUE.possible(text)
    missed = [pattern.name for number, pattern in enumerate(SECRET_PATTERNS)
              if number not in possible and pattern.regex.search(text)]
    assert missed == []
