"""logins_in_lists: a list holding a found login holds logins; @mentions opening a chat message; a login ending
the text (round 13's dev set: tests/corpus/pii_recall/samples_contact13.py)."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.logins_in_lists import logins_in_lists
from redactor.detect.standalone_logins import find_standalone_logins
from redactor.detect.usernames import find_usernames
from tests.growth import assert_linear_growth


def _siblings(text: str, found: list[str]) -> list[str]:
    spans = []
    for value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), "USERNAME", "pii", 0.55, "test"))
    return sorted(text[span.start:span.end] for span in logins_in_lists(text, spans))


@pytest.mark.parametrize("text, found, siblings", [
    ("on call this week:\n- jnovak\n- amartin\n- pkumar", ["jnovak"], ["amartin", "pkumar"]),
    ("rpatel\nmgarcia\ntkowal", ["mgarcia"], ["rpatel", "tkowal"]),
    ("reviewers:\n1. jhuang\n2. lbrandt\n3. okwame\n\nPlease review by Friday.", ["lbrandt"], ["jhuang", "okwame"]),
    ('approvers = ["hkim", "s.ito", "wdiaz"]', ["s.ito"], ["hkim", "wdiaz"]),
    ("wheel:x:10:root,akhan,jmurphy,lisa", ["jmurphy"], ["akhan", "lisa"]),
    ("cc: r.okafor, tpham3, mkhan", ["tpham3"], ["mkhan", "r.okafor"]),
])
def test_the_login_shaped_siblings_of_a_found_login_are_logins(text, found, siblings):
    assert _siblings(text, found) == siblings


@pytest.mark.parametrize("text, found", [
    ("steps:\n- jnovak\n- build\n- test\n- deploy", ["jnovak"]),  # words of a list stay
    ("groups: jnovak, docker, wheel, sudo", ["jnovak"]),  # tech terms and words
    ("files:\n- jnovak\n- notes.md\n- v1.2.3", ["jnovak"]),
    ("- jnovak\n* something else entirely", ["jnovak"]),  # another marker, a sentence: another list
])
def test_words_files_and_versions_beside_a_login_stay(text, found):
    assert _siblings(text, found) == []


@pytest.mark.parametrize("text, login", [
    ("@jlee can you look", "jlee"),
    ("@dana.k see above", "dana.k"),
    ("@tpham3: ping", "tpham3"),
])
def test_a_mention_opening_a_message_is_a_login(text, login):
    assert any(text[start:end] == login for start, end, *_ in find_usernames(text))


@pytest.mark.parametrize("text", [
    "@property\ndef x(self): pass", "@staticmethod def f(): pass", "@media screen and (max-width: 600px) {",
    "@echo off", "@keyframes spin {", "@include breakpoint(md) {", "@Override public void run() {}",
    "@model IndexViewModel", "@foreach (var item in Model)",
])
def test_directives_and_decorators_at_a_line_start_are_no_mentions(text):
    assert list(find_usernames(text)) == []


@pytest.mark.parametrize("text, login", [("Assigned: tlopez", "tlopez"), ("user locked out: pgarcia", "pgarcia")])
def test_a_login_ending_the_text_is_found(text, login):
    assert [text[start:end] for start, end, _ in find_standalone_logins(text)] == [login]


def test_linear_growth():
    block = "- jnovak\n- amartin\n- pkumar\napprovers = [\"hkim\", \"s.ito\", \"wdiaz\"]\n"

    def work(size: int):
        text = block * (size // len(block))
        spans = []
        for offset in range(0, len(text), len(block)):
            for value in ("jnovak", "s.ito"):
                start = text.index(value, offset)
                spans.append(Span(start, start + len(value), "USERNAME", "pii", 0.55, "test"))
        return lambda: logins_in_lists(text, spans)

    assert_linear_growth(work, 200_000)


def test_a_login_inside_a_quoted_sentence_of_a_tuple_is_no_list_item():
    text = '    ("user_more", "ping kpatel, thanks"),\n    ("phone_more", "Anna, 555 0101, Berlin"),'
    assert _siblings(text, ["kpatel"]) == []


def test_the_cells_of_a_csv_row_are_no_list():
    assert _siblings("host,region,owner\nweb1,frankfurt,ops\nweb3,us-east-1,jnovak", ["jnovak"]) == []


# Round 15 (contact15): list lines with a note, a colon or a column gap after the item.
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
