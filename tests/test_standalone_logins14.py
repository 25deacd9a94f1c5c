"""Round 14: logins glued to their key in compact JSON/logs/markup, and an initial with a surname that is also a
word ("wbrooks") as a field's whole value."""
from __future__ import annotations

import pytest

from redactor.detect.standalone_logins import find_standalone_logins
from tests.growth import assert_linear_growth


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


@pytest.mark.parametrize("text, login", [
    ('{"event":"login_failed","subject":"jvasquez","ip":"10.0.0.4"}', "jvasquez"),
    ("ts=2024-05-02 actor=tnguyen action=delete", "tnguyen"),
    ("<owner>mtorres</owner>", "mtorres"),
    ("{'by':'sam.ortiz3'}", "sam.ortiz3"),
    ("assigned: wbrooks", "wbrooks"),
    ('{"locked_by":"pmorales"}', "pmorales"),
    ("| 8812 | jwood | open |", "jwood"),
    ("wbrooks: is the staging db down?", "wbrooks"),
])
def test_logins_in_fields(text, login):
    assert login in _found(text)


@pytest.mark.parametrize("text", [
    "I think wbrooks is a typo for brooks",  # in a sentence an initial and a word stays
    '{"status":"in-progress","branch":"feature-login"}',
    "see self.price and max_len in the config",
])
def test_no_login(text):
    assert _found(text) == []


def test_linear_growth():
    line = '{"actor":"tnguyen","assigned":"wbrooks","note":"ok"}\n'

    def work(size: int):
        text = line * (size // len(line))
        return lambda: list(find_standalone_logins(text))

    assert_linear_growth(work, 200_000)


def test_an_initial_before_a_very_common_word_is_no_login():
    # "high" is a census surname but mostly a word: "xhigh" is a setting's value (Claude Code's effort levels).
    text = "effort: 'low' | 'medium' | 'high' | 'xhigh' | 'max'\nowner: xhigh\n"
    assert [text[start:end] for start, end, _ in find_standalone_logins(text)] == []
