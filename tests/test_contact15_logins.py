"""contact15: list lines whose item is followed by a note, a colon or a column gap (logins_in_lists), and a word of
no language written twice (standalone_logins). Dev set: tests/corpus/pii_recall/samples_contact15*.py."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.logins_in_lists import logins_in_lists
from redactor.detect.standalone_logins import find_standalone_logins
from tests.growth import assert_linear_growth


def _siblings(text: str, found: list[str]) -> list[str]:
    spans = []
    for value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), "USERNAME", "pii", 0.55, "test"))
    return sorted(text[span.start:span.end] for span in logins_in_lists(text, spans))


@pytest.mark.parametrize("text, found, siblings", [
    ("- lhuang (backend)\n- pmartin (frontend)\n- sokolova (qa)", ["lhuang"], ["pmartin", "sokolova"]),
    ("* wexler-ops — on call\n* sokolova — backup\n* the rest — off", ["wexler-ops"], ["sokolova"]),
    ("users:\n  jdoe_ops: admin\n  pmartin: viewer\n  image: nginx", ["jdoe_ops"], ["pmartin"]),
    ("   41  achebe-dev\n   12  tmbeki\n    3  brandt", ["achebe-dev"], ["brandt", "tmbeki"]),
    ("USER     TTY\njnakagawa  pts/0\nokonjo   pts/1", ["jnakagawa"], ["okonjo"]),
    ("- @zhou.wei [owner]\n- @castellanos [member]", ["zhou.wei"], ["castellanos"]),
])
def test_list_lines_with_a_note_or_a_column_after_the_item(text, found, siblings):
    assert _siblings(text, found) == siblings


@pytest.mark.parametrize("text, found", [
    ("- fix login for jdoe_ops (urgent)\n- update docs (later)\n- release notes (draft)", ["jdoe_ops"]),
    ("- mkhan2 (chair)\n- budget (item)\n- roadmap (draft)", ["mkhan2"]),
    ("- mkhan2 (chair)\n- rbrandt\n- okwame", ["mkhan2"]),  # another layout: another list
])
def test_other_lines_and_layouts_add_nothing(text, found):
    assert _siblings(text, found) == []


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


@pytest.mark.parametrize("text, login", [
    ("I asked dvornik about it; dvornik says wait.", "dvornik"),
    ("Can you reset MFA for okwuosa? okwuosa lost the phone yesterday.", "okwuosa"),
    ("job 7781 (zyablov) failed; job 7782 (zyablov) failed too", "zyablov"),
])
def test_a_word_of_no_language_written_twice_is_a_login(text, login):
    assert _found(text) == [login, login]


@pytest.mark.parametrize("text", [
    "I asked sunwoo about it.",  # once
    "pip install pgvector then import pgvector in app.py; pgvector works",  # code somewhere
    "run kubectl then kubectl again; pytest and pytest",  # tech terms
    "La reunión es mañana. La agenda está en el documento, la agenda.",  # words of a language
    "restart web01 then web01 again",  # digits: a host
    "call ledger.sync() after ledger; ledger",  # words
])
def test_words_code_and_names_with_digits_written_twice_stay(text):
    assert _found(text) == []


def test_linear_growth():
    line = "- lhuang (backend) asked sunwoo; sunwoo and okwuosa and okwuosa\n"

    def work(size: int):
        text = line * (size // len(line))
        spans = [Span(2, 8, "USERNAME", "pii", 0.55, "test")]
        return lambda: (list(find_standalone_logins(text)), logins_in_lists(text, spans))

    assert_linear_growth(work, 200_000)
