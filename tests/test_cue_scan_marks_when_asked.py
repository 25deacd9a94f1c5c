"""keywords.py: lists of punctuation marks (":", "\\n", "`", "::"), alone or beside words, as the shared cue scan
answers them. (Finding the mark lists outside the automaton when asked was tried and taken back: every mark list
is asked of every text, so the automaton hits it saved came back as a scan per list and a slow lookup per ask.)

Their answers must equal the shared scan's (every occurrence, overlapping ones too, a word listed twice found
twice), and the lists that stay in the automaton must be told the same as before. The reference here is one plain
scan per list: `str.startswith` at every offset of the haystack (the lower-cased text or the text as written).
"""
from __future__ import annotations

import pytest

from redactor.detect import keywords
from redactor.detect.keywords import keyword_positions, lowered_same_length, word_positions

# Lists asked of the lower-cased text and of the text as written: marks alone (found when asked), marks beside words,
# and word lists (in the automaton).
_MARK_LISTS = ((":",), ("\n",), ("`",), (".",), ("-",), ("@",), ("::",), ("('", '("'), ("--", "-"), (":", ":"),
               ("//",), ("\r",), ("**",))
_MIXED_LISTS = (("on", ":"), ("he", "at", "on", "."), ("user", "username", "@"), ("host:", "db", "-h"),
                tuple(f"cue{number}" for number in range(12)) + (":", "at"))
_AS_WRITTEN_LISTS = (("ID",), ("'s", "’s"), ("Owner", "AI"), ("PO", "::"))


def _reference(haystack: str, family: tuple[str, ...]) -> list[int]:
    words = family if len(family) <= keywords._FIND_AT_MOST else tuple(dict.fromkeys(family))
    return sorted(offset for word in words for offset in range(len(haystack)) if haystack.startswith(word, offset))


def _reference_by_word(haystack: str, family: tuple[str, ...]) -> dict[str, list[int]]:
    found = {word: [offset for offset in range(len(haystack)) if haystack.startswith(word, offset)]
             for word in dict.fromkeys(family)}
    return {word: starts for word, starts in found.items() if starts}


def _check(text: str) -> None:
    lowered = lowered_same_length(text)
    for family in _MARK_LISTS + _MIXED_LISTS:
        assert keyword_positions(lowered, family) == _reference(lowered, family), family
        assert keyword_positions(lowered, family) == _reference(lowered, family), family  # asked again: remembered
    for family in _MARK_LISTS + _AS_WRITTEN_LISTS:
        assert keyword_positions(text, family) == _reference(text, family), family
    for family in (("--", "-"), ("('", '("'), ("user", "username", "@")):
        assert {word: list(starts) for word, starts in word_positions(lowered, family).items()} == \
            _reference_by_word(lowered, family), family


def _warm(texts: list[str]) -> None:
    """Every list asked once (a list asked the first time is answered alone and joins the union from the next text)."""
    for text in texts[:1]:
        _check(text)


DEV_TEXTS = [
    "Deploy notes:\n- host: db-04.corp.example.com\n- user: `alice` on port 5432.\nThe owner is at lunch.",
    "a::b::c ---- ... ('x', \"y\") (\"z\") :: :\n\n\n``` code ```\nuser@host.example:22",
    "He said the ID is PO-1234; the team's Owner and AI lead sign off.\n" * 20,
    "",
    ":",
    "no marks at all here",
]


@pytest.mark.parametrize("text", DEV_TEXTS)
def test_mark_lists_answered_when_asked_equal_one_scan_per_list(text):
    _warm(DEV_TEXTS)
    _check(text + " ")  # a new object each time: a fresh shared scan
    _check(text)


# Check texts, written after the change (not tuned on): case folds the lower-casing does not make, CRLF line ends,
# scripts other than Latin, a lone surrogate.
CHECK_TEXTS = [
    "Host:\r\n  db-07.int:5432\r\n  ſecret: `x`\r\n\r\nDone.",
    "The \u212aelvin sign and İstanbul: user@İnt.example -- ok.\nNext: `İD`.",
    "ΣΊΣΥΦΟΣ: ΟΔΟΣ 12 — σ. ς.\nКлюч: значение; ホスト：db01、ユーザー: 田中.\n日本語::テスト",
    "Straße: 12. STRASSE -- İİİ::ſſ\n" * 40,
    "```json\n{\"user\": \"on-call\", \"host\": \"a.b.c\"}\n```\n(\"quoted\") ('single') --flag -h at he on",
    "broken \ud800 escape: a.b\nline - two `x`",
]


@pytest.mark.parametrize("text", CHECK_TEXTS)
def test_check_texts_mark_lists_equal_one_scan_per_list(text):
    _warm(DEV_TEXTS)
    _check(text + " ")
    _check(text)
