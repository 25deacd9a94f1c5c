"""Round 21 speed work (issue 14): a search confined to the lines that can hold a match finds what a search of the
whole text finds."""
from __future__ import annotations

import re

from redactor.detect.base import DetectionInput
from redactor.detect.keywords import lines_with, matches_on_lines_with
from redactor.detect.pii import _OBFUSCATED_EMAIL, PiiDetector


def test_lines_with_gives_each_line_holding_the_anchor_once():
    text = "alpha 1\nbeta\ngamma 22 and 3\n4"
    lines = list(lines_with(text, re.compile(r"\d")))
    assert [text[start:end] for start, end in lines] == ["alpha 1", "gamma 22 and 3", "4"]


def test_matches_on_lines_with_still_equals_finditer():
    text = "Hauptstraße 5\nno number here\nBahnhofweg 12, Bern\n"
    pattern = re.compile(r"[A-Z]\w+ \d+")
    found = [match.span() for match in matches_on_lines_with(pattern, text, re.compile(r" \d"))]
    assert found == [match.span() for match in pattern.finditer(text)]


def _emails(text: str) -> list[str]:
    return [text[span.start:span.end] for span in PiiDetector().detect(DetectionInput(text)) if span.kind == "EMAIL"]


def test_obfuscated_addresses_are_found_on_the_lines_that_spell_them():
    text = ("thanks for the call\nreach me at jane dot doe at example dot com\n"
            "we met at home.com last week\nor write to dana [at] acme [dot] org")
    assert _emails(text) == ["jane dot doe at example dot com", "dana [at] acme [dot] org"]


def test_an_obfuscated_address_after_many_lines_without_one():
    text = "we met at the office at noon\n" * 200 + "ops: m.chen (at) harbour.io"
    assert _emails(text) == ["m.chen (at) harbour.io"]


def test_no_obfuscated_email_match_crosses_a_line():
    # The line-by-line search relies on it: the pattern holds no character class that reads a line break.
    text = "jane\n[at]\nexample\n[dot]\ncom"
    assert all("\n" not in match.group(0) for match in _OBFUSCATED_EMAIL.finditer(text))
