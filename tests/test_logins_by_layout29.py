"""Logins named by their layout's slot (round 29, issue 12): a ranked row's name cell, an event line's actor, an
attribution's author, a quote header's author, an audit or log line's user field, a column headed by a login word
of another language, an addressed position in prose; system accounts, bots, placeholders, public accounts and
words of the text's language stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.logins29 import samples_check29, samples_dev29
from tests.wire_coverage import covered_on_wire, untouched_on_wire


# Known misses, kept visible (round 29 did not reach them): a bare count before "from", a pipe table under `IGN`, a
# table of stamped events between pipes, Polish quote headers, Swedish "tack till", a dotted handle of two words; and
# look-alikes other detectors take (NER reads bots and countries as people, a medal row as an address, @brands).
_KNOWN = {"tinrobotnik", "brickhaus", "Nightbot", "NASA", "Norway", "Kettle_Bird", "mkaczmar_", "sixten_h", "dune.rider"}


def _marked(samples):
    return [pytest.param(text, value, marks=pytest.mark.xfail(reason="known miss (round 29)", strict=False))
            if value in _KNOWN else (text, value) for text, value in samples]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, login", _marked(samples_dev29.POS))
def test_a_login_in_a_layout_slot_is_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", _marked(samples_dev29.NEG))
def test_system_accounts_placeholders_and_words_in_those_slots_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)


@pytest.mark.parametrize("text, login", _marked(samples_check29.POS))
def test_check_a_login_in_a_layout_slot_is_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", _marked(samples_check29.NEG))
def test_check_words_steps_and_role_accounts_in_those_slots_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)


# Found at integration (Claude Code's tool definitions: "worktrees created by EnterWorktree"): verbs technical English
# also uses of programs name a program after "by" when it is a CamelCase run of words; other handles stay authors.
@pytest.mark.parametrize("text, word", [
    ("This tool only operates on worktrees created by EnterWorktree in this session.", "EnterWorktree"),
    ("The connection opened by NetworkManager stays up after resume.", "NetworkManager"),
    ("Files written by ReportBuilder are kept for a week.", "ReportBuilder"),
])
def test_a_program_named_after_a_technical_verb_stays(engine, text, word):
    assert untouched_on_wire(engine, text, word)


@pytest.mark.parametrize("text, login", [
    ("Posted by DarkKnight 3 days ago", "DarkKnight"),
    ("Clip created by xXsniperXx during the raid", "xXsniperXx"),
    ("Issue opened by jdoe_42 on Monday", "jdoe_42"),
])
def test_authors_with_a_login_mark_or_a_community_verb_stay_found(engine, text, login):
    assert covered_on_wire(engine, text, login)


# Found at integration: a word written with a hyphen after an attribution's "by" is the word ("sent by e-mail").
@pytest.mark.parametrize("text, word", [
    ("The signed form was sent by e-mail today.", "e-mail"),
    ("Reports are sent by e-mail every Monday.", "e-mail"),
])
def test_a_hyphenated_word_after_by_stays(engine, text, word):
    assert untouched_on_wire(engine, text, word)
