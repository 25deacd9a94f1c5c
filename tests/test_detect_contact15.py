"""contact15: a word of no language written twice is a login (standalone_logins); the list layouts it added are in
test_logins_in_lists.py. Dev set: tests/corpus/pii_recall/samples_contact15*.py."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.logins_in_lists import logins_in_lists
from redactor.detect.standalone_logins import find_standalone_logins
from tests.growth import assert_linear_growth


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
    "fan out, then adversarially verify; adversarially check each claim",  # an adverb wordfreq lacks
    "dedup across findings, then dedup vs seen; deduped = unique(all)",  # written inflected: a word of the text
    "create a worktree per task; the worktree is removed after; list worktrees",
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
