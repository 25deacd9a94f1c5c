"""Handles by their slot in conversations (round 28, issue 12): the speaker of a chat turn and the @mention in any
script, moderation labels and login labels with values in other scripts; role labels, record labels, config keys,
log components and bots stay."""
from __future__ import annotations

import pytest

from redactor.detect.community_logins import find_community_logins
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.logins28 import samples_check28, samples_dev28
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, login", samples_dev28.POS)
def test_a_handle_in_a_conversation_slot_is_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", samples_dev28.NEG)
def test_role_labels_record_keys_and_bots_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)


def test_a_reddit_handle_is_found_without_its_prefix_so_that_its_bare_mentions_follow():
    text = "Posted by u/quiet_fern_22 in r/houseplants"
    spans = [(start, end) for start, end, _ in find_community_logins(text)]
    assert (text.index("quiet_fern_22"), text.index("quiet_fern_22") + len("quiet_fern_22")) in spans


@pytest.mark.parametrize("text, login", samples_check28.POS)
def test_check_a_handle_in_a_conversation_slot_is_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", samples_check28.NEG)
def test_check_role_labels_record_keys_and_bots_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)


# Found by the fresh-clone CI at integration (tests/corpus/clean_prose/main.go): an assignment or a scope operator
# after a line's first token is no speaker's colon.
@pytest.mark.parametrize("text", [
    "func main() {\n\tmux := http.NewServeMux()\n\tsrv := &http.Server{Handler: mux}\n\tlog.Fatal(srv.ListenAndServe())\n}",
    "std::vector<int> v;\nresult := compute(v)\nvalue := result * 2\nout := fmt.Sprint(value)",
])
def test_assignments_and_scope_operators_are_no_turns(text):
    from redactor.detect.logins_in_conversations import find_conversation_logins
    assert list(find_conversation_logins(text)) == []
