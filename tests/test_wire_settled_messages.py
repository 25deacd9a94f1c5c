"""Extraction with memoised history (the `settled` indices of the wire modules' `extract`).

What users rely on: a message the conversation memo serves yields no segment
and is not walked again, while every other message is scanned exactly as
without the memo (the same segments, in the same order), deny by default
included: an unknown vendor key on a new message is still scanned even when
the rest of the history list is set aside.
"""
from __future__ import annotations

import pytest

from redactor.wire import SegmentCollector, anthropic, openai_chat, openai_responses, unclaimed_indices

EMAIL = "dana.whitlock@harbor-freight.example"


def _chat(turns: int) -> dict:
    messages = [{"role": "system", "content": "You are a release assistant."}]
    for turn in range(turns):
        messages.append({"role": "user", "content": f"Step {turn}: ship build {turn}."})
        messages.append({"role": "assistant", "content": f"Build {turn} shipped."})
    return {"model": "m", "messages": messages}


def _anthropic(turns: int) -> dict:
    messages = []
    for turn in range(turns):
        messages.append({"role": "user", "content": [{"type": "text", "text": f"Step {turn}: tag v{turn}."}]})
        messages.append({"role": "assistant", "content": [{"type": "text", "text": f"Tagged v{turn}."}]})
    return {"model": "m", "max_tokens": 10, "system": "Be brief.", "messages": messages}


def _responses(turns: int) -> dict:
    items = [{"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Be brief."}]}]
    for turn in range(turns):
        items.append({"type": "message", "role": "user",
                      "content": [{"type": "input_text", "text": f"Step {turn}: rotate key {turn}."}]})
        items.append({"type": "function_call", "call_id": f"c{turn}", "name": "shell",
                      "arguments": f'{{"cmd": "rotate {turn}"}}'})
        items.append({"type": "function_call_output", "call_id": f"c{turn}", "output": f"rotated {turn}"})
    return {"model": "m", "store": False, "input": items}


def _texts(extraction) -> list[tuple]:
    return [(segment.text, segment.path) for segment in extraction.segments]


# Dev set: chat completions.
def test_a_settled_chat_message_yields_nothing_and_the_others_come_out_as_without_the_memo():
    body = _chat(20)
    settled = frozenset(range(len(body["messages"]) - 1))
    full = openai_chat.extract(body)
    served = openai_chat.extract(body, settled)
    assert _texts(served) == [item for item in _texts(full) if item[1][1] not in settled]
    assert _texts(served) == [("Build 19 shipped.", ("messages", 40, "content"))]


def test_an_unknown_key_on_a_new_chat_message_is_scanned_when_the_history_is_settled():
    body = _chat(20)
    body["messages"][-1] = {**body["messages"][-1], "x_vendor_note": f"reply to {EMAIL}"}
    settled = frozenset(range(len(body["messages"]) - 1))
    texts = [text for text, _ in _texts(openai_chat.extract(body, settled))]
    assert f"reply to {EMAIL}" in texts and "x_vendor_note" in texts


# Check set: the other two families, and the collector itself.
@pytest.mark.parametrize("family, make, key", [(anthropic, _anthropic, "messages"),
                                                (openai_responses, _responses, "input")])
def test_settled_history_items_yield_nothing_and_the_others_come_out_in_the_same_order(family, make, key):
    body = make(15)
    count = len(body[key])
    settled = frozenset(index for index in range(count - 3) if index != 4)  # an edited message in the middle
    full = family.extract(body)
    served = family.extract(body, settled)
    expected = [item for item in _texts(full) if not (item[1][0] == key and item[1][1] in settled)]
    assert _texts(served) == expected
    assert any(path[1] == 4 for _, path in _texts(served) if path[0] == key)


@pytest.mark.parametrize("family, make, key", [(anthropic, _anthropic, "messages"),
                                                (openai_responses, _responses, "input")])
def test_a_vendor_field_on_a_new_item_is_scanned_beside_a_settled_history(family, make, key):
    body = make(15)
    body[key][-1] = {**body[key][-1], "x_trace": {"owner": EMAIL}}
    settled = frozenset(range(len(body[key]) - 1))
    texts = [text for text, _ in _texts(family.extract(body, settled))]
    assert EMAIL in texts


def test_rest_skips_claimed_list_items_and_walks_every_other_item():
    collector = SegmentCollector()
    body = {"notes": [f"note {index} for {EMAIL}" for index in range(6)]}
    collector.claim_items(("notes",), {0, 2, 3})
    collector.rest(body, openai_chat.SAFE_FIELDS)
    paths = [segment.path for segment in collector.segments if isinstance(segment.path[-1], int)]
    assert paths == [("notes", 1), ("notes", 4), ("notes", 5)]


def test_unclaimed_indices_keep_their_order():
    assert unclaimed_indices(7, {5, 0, 3}) == [1, 2, 4, 6]
    assert unclaimed_indices(3, set()) == [0, 1, 2]
    assert unclaimed_indices(0, {1}) == []
