"""The conversation memo (redactor.server.history_memo): re-sent history costs a lookup, and changes nothing.

What users rely on: with the memo, the provider receives exactly the bytes it
would receive without it, turn after turn (placeholders, tool-call arguments,
tool results, key order), replies restore the same; a value learned in a later
turn is redacted in the old messages that hold it; a re-sent message that
differs in anything (not only its text) is scanned again; the memo stays
within its bounds. Each conversation runs through two real proxies on
loopback, one with the memo and one without, driven by the real SDKs, each
with its own recording upstream.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Iterator

import anthropic
import openai
import pytest

from redactor.pipeline import SettledSegments
from redactor.server import create_app
from redactor.server.history_memo import HistoryMemo, MemoEntry
from redactor.server.limits import parse_json_object
from redactor.vault.memory import MemoryVault
from tests.upstream_server import (AWS_KEY, EMAIL, ENV_FILE, GITHUB_TOKEN, MODEL, OTHER_EMAIL, LoopbackServer,
                                   RecordingUpstream, make_pipeline)

# Undetected on its own; a secret once a later turn calls it a password.
LATE_SECRET = "Quartz-7781-Tango"


@contextmanager
def _proxy(memo: bool) -> Iterator[tuple[RecordingUpstream, str, object]]:
    upstream = RecordingUpstream()
    with LoopbackServer(upstream) as upstream_server:
        app = create_app(make_pipeline(), upstream_server.url + "/v1", upstream_server.url, history_memo=memo)
        with LoopbackServer(app) as proxy:
            yield upstream, proxy.url, app.state.proxy


def _user_turn(turn: int) -> str:
    lines = [f"Step {turn}: keep going with the migration."]
    if turn % 3 == 0:
        lines.append(f"Mail {EMAIL} when it is done.")
    if turn % 4 == 1:
        lines.append(f"The deploy key is {AWS_KEY}.")
    if turn % 5 == 2:
        lines.append(f"Escalate to ops-{turn}@northwind-labs.io if it fails.")
    if turn == 2:
        lines.append(f"The build still uses {LATE_SECRET} for the staging box.")
    if turn == 9:
        lines.append(f"By the way, my password is {LATE_SECRET}.")
    return " ".join(lines)


def _openai_conversation(url: str, turns: int) -> tuple[list[dict], list[str]]:
    """A chat conversation as an agent runs it: each turn re-sends the history, with the restored
    reply, its tool call and the tool's result appended."""
    client = openai.OpenAI(base_url=url + "/v1", api_key="sk-test-memo", max_retries=0)
    history: list[dict] = [{"role": "system", "content": f"You are a coding agent. Owner: {OTHER_EMAIL}."}]
    replies = []
    for turn in range(1, turns + 1):
        history.append({"role": "user", "content": _user_turn(turn)})
        completion = client.chat.completions.create(model=MODEL, messages=history)
        message = completion.choices[0].message
        replies.append(message.content)
        history.append(message.model_dump(exclude_none=True))
        for call in message.tool_calls or ():
            history.append({"role": "tool", "tool_call_id": call.id,
                            "content": ENV_FILE if turn % 2 else f"token={GITHUB_TOKEN}\nok"})
    return history, replies


def _bodies(upstream: RecordingUpstream) -> list[bytes]:
    return [request.body for request in upstream.requests]


def test_a_chat_conversation_reaches_the_provider_byte_for_byte_as_without_the_memo():
    with _proxy(memo=False) as (plain_upstream, plain_url, _):
        plain_history, plain_replies = _openai_conversation(plain_url, 30)
    with _proxy(memo=True) as (memo_upstream, memo_url, service):
        memo_history, memo_replies = _openai_conversation(memo_url, 30)
        memo = service.history_memo
    assert memo is not None and memo.hits > 20 * 30, "the memo served the re-sent history"
    assert _bodies(memo_upstream) == _bodies(plain_upstream)
    assert memo_replies == plain_replies and memo_history == plain_history
    # Not vacuous: values were redacted on the wire and restored for the client.
    wire = b"".join(_bodies(memo_upstream))
    for value in (EMAIL, OTHER_EMAIL, AWS_KEY, GITHUB_TOKEN):
        assert value.encode() not in wire
    assert LATE_SECRET.encode() not in b"".join(_bodies(memo_upstream)[8:])
    assert any(AWS_KEY in reply for reply in memo_replies)


def test_a_value_learned_later_is_redacted_in_the_old_messages_the_memo_holds():
    with _proxy(memo=True) as (upstream, url, service):
        _openai_conversation(url, 12)
        bodies = _bodies(upstream)
        assert service.history_memo.hits > 0
    # Turns 2..8 send the value unrecognised (nothing says what it is); from turn 9 on,
    # the message of turn 2, memoised since, must carry its placeholder too.
    assert LATE_SECRET.encode() in bodies[7]
    for body in bodies[8:]:
        assert LATE_SECRET.encode() not in body
        messages = json.loads(body)["messages"]
        turn_two = next(m for m in messages if m["role"] == "user" and m["content"].startswith("Step 2:"))
        assert "[[PASSWORD_" in turn_two["content"]


@pytest.mark.parametrize("change", ["extra field", "role", "key order"])
def test_a_resent_message_that_differs_in_anything_but_its_text_is_scanned_again(change):
    with _proxy(memo=True) as (upstream, url, service):
        client = openai.OpenAI(base_url=url + "/v1", api_key="sk-test-memo", max_retries=0)
        history = [{"role": "system", "content": "You are terse."},
                   {"role": "user", "content": "Summarise the incident."}]
        client.chat.completions.create(model=MODEL, messages=history)
        client.chat.completions.create(model=MODEL, messages=history)
        assert service.history_memo.hits >= 2
        if change == "extra field":
            history[1] = {**history[1], "name": EMAIL}  # same text, one more string to scan
        elif change == "role":
            history[1] = {"role": "developer", "content": history[1]["content"] + f" cc {EMAIL}"}
        else:
            history[1] = {"content": history[1]["content"] + f" cc {EMAIL}", "role": "user"}
        client.chat.completions.create(model=MODEL, messages=history)
        sent = upstream.requests[-1].body
    assert EMAIL.encode() not in sent
    assert b"[[EMAIL_1]]" in sent


def test_expired_placeholders_are_never_served_from_the_memo():
    now = [0.0]
    with _proxy(memo=True) as (upstream, url, service):
        service.pipeline.vault = MemoryVault(ttl_seconds=60, clock=lambda: now[0])
        client = openai.OpenAI(base_url=url + "/v1", api_key="sk-test-memo", max_retries=0)
        history = [{"role": "user", "content": f"Mail {EMAIL} the report."}]
        client.chat.completions.create(model=MODEL, messages=history)
        history.append({"role": "assistant", "content": "Done."})
        history.append({"role": "user", "content": f"And {OTHER_EMAIL} too."})
        # The conversation's placeholders expire from the vault: the memoised
        # message names a placeholder that no longer means anything.
        now[0] += 120
        client.chat.completions.create(model=MODEL, messages=history)
        sent = json.loads(upstream.requests[-1].body)
    assert EMAIL not in json.dumps(sent)
    # Numbering started again in the fresh thread: the old message was redacted anew.
    assert sent["messages"][0]["content"] == "Mail [[EMAIL_1]] the report."
    assert sent["messages"][2]["content"] == "And [[EMAIL_2]] too."


def _anthropic_conversation(url: str, turns: int) -> list[str]:
    """As Claude Code sends it: content blocks, the cache breakpoint moved to the newest message
    each turn (so the message that had it changes in every re-send), and a token count before each turn."""
    client = anthropic.Anthropic(base_url=url, api_key="sk-ant-test-memo", max_retries=0)
    history: list[dict] = []
    replies = []
    for turn in range(1, turns + 1):
        for message in history:
            for block in message["content"]:
                block.pop("cache_control", None)
        history.append({"role": "user", "content": [{"type": "text", "text": _user_turn(turn),
                                                     "cache_control": {"type": "ephemeral"}}]})
        client.messages.count_tokens(model=MODEL, system=f"Owner: {OTHER_EMAIL}", messages=history)
        reply = client.messages.create(model=MODEL, max_tokens=64, system=f"Owner: {OTHER_EMAIL}",
                                       messages=history)
        text = "".join(block.text for block in reply.content if block.type == "text")
        replies.append(text)
        history.append({"role": "assistant", "content": [{"type": "text", "text": text}]})
    return replies


def test_an_anthropic_conversation_reaches_the_provider_byte_for_byte_as_without_the_memo():
    with _proxy(memo=False) as (plain_upstream, plain_url, _):
        plain_replies = _anthropic_conversation(plain_url, 12)
    with _proxy(memo=True) as (memo_upstream, memo_url, service):
        memo_replies = _anthropic_conversation(memo_url, 12)
        assert service.history_memo.hits > 2 * 12
    assert [request.path for request in memo_upstream.requests].count("/v1/messages/count_tokens") == 12
    assert _bodies(memo_upstream) == _bodies(plain_upstream)
    assert memo_replies == plain_replies
    # Two requests a turn (count, then create): turn 9 calls the value a password, and from its count on
    # the memoised message of turn 2 carries its placeholder.
    assert LATE_SECRET.encode() in _bodies(memo_upstream)[15]
    assert LATE_SECRET.encode() not in b"".join(_bodies(memo_upstream)[16:])


def _responses_conversation(url: str, turns: int) -> list[str]:
    """A Responses API conversation as Codex runs it (store=false): each turn re-sends the whole `input`,
    with the reply's items (message, function call) and the tool's output appended."""
    client = openai.OpenAI(base_url=url + "/v1", api_key="sk-test-memo", max_retries=0)
    items: list = [{"type": "message", "role": "developer",
                    "content": [{"type": "input_text", "text": f"You are a coding agent. Owner: {OTHER_EMAIL}."}]}]
    replies = []
    for turn in range(1, turns + 1):
        items.append({"type": "message", "role": "user",
                      "content": [{"type": "input_text", "text": _user_turn(turn)}]})
        response = client.responses.create(model=MODEL, input=items, store=False,
                                           instructions="Answer briefly.")
        replies.append(response.output_text)
        for item in response.output:
            items.append(item.model_dump(exclude_none=True))
            if item.type == "function_call":
                items.append({"type": "function_call_output", "call_id": item.call_id,
                              "output": ENV_FILE if turn % 2 else f"token={GITHUB_TOKEN}\nok"})
    return replies


def test_a_responses_api_conversation_reaches_the_provider_byte_for_byte_as_without_the_memo():
    with _proxy(memo=False) as (plain_upstream, plain_url, _):
        plain_replies = _responses_conversation(plain_url, 12)
    with _proxy(memo=True) as (memo_upstream, memo_url, service):
        memo_replies = _responses_conversation(memo_url, 12)
        hits = service.history_memo.hits
    assert hits > 3 * 12, "the memo served the re-sent input items"
    assert _bodies(memo_upstream) == _bodies(plain_upstream)
    assert memo_replies == plain_replies
    wire = b"".join(_bodies(memo_upstream))
    for value in (EMAIL, OTHER_EMAIL, AWS_KEY, GITHUB_TOKEN):
        assert value.encode() not in wire
    # The value a later turn calls a password is redacted in the memoised item of turn 2 from turn 9 on.
    assert LATE_SECRET.encode() in _bodies(memo_upstream)[7]
    assert LATE_SECRET.encode() not in b"".join(_bodies(memo_upstream)[8:])
    assert any(AWS_KEY in reply for reply in memo_replies)


MESSAGE = {"role": "user", "content": "hello"}
SOURCE = json.dumps(MESSAGE)


def _entry(size: int) -> MemoEntry:
    return MemoEntry(SOURCE, b"x" * size, SettledSegments((), {}, ()), 0)


def _body(*sources: str) -> bytes:
    return ('{"model": "m", "messages": [' + ", ".join(sources) + "]}").encode()


def _holds(memo: HistoryMemo, conversation: str) -> bool:
    return bool(memo.lookup("openai_chat", conversation, parse_json_object(_body(SOURCE), "messages")))


def test_the_memo_keeps_at_most_its_conversations_least_recently_used_first():
    memo = HistoryMemo(max_conversations=2)
    memo.store("openai_chat", "a", {0: _entry(100)})
    memo.store("openai_chat", "b", {0: _entry(100)})
    assert _holds(memo, "a")  # a is used again: b is now the oldest
    memo.store("openai_chat", "c", {0: _entry(100)})
    assert memo.conversations == 2
    assert not _holds(memo, "b") and _holds(memo, "a") and _holds(memo, "c")


def test_the_memo_keeps_at_most_its_bytes():
    memo = HistoryMemo(max_bytes=1000)
    assert 5 * _entry(60).size < 1000 < 7 * _entry(60).size
    memo.store("openai_chat", "a", {0: _entry(60)})
    memo.store("openai_chat", "b", {0: _entry(60)})
    memo.store("openai_chat", "c", {index: _entry(60) for index in range(5)})
    assert memo.size_bytes <= 1000
    assert not _holds(memo, "a") and _holds(memo, "b") and _holds(memo, "c")


def test_a_message_index_holds_one_entry_whatever_the_client_sends_there():
    memo = HistoryMemo()
    for size in (100, 200, 300):
        memo.store("openai_chat", "a", {0: _entry(size)})
    assert memo.size_bytes == _entry(300).size


def test_a_message_is_the_same_only_when_its_json_text_is_the_same():
    kept = '{"role": "user", "content": "12", "n": 1, "x": [-0.0, {"a": true}]}'
    memo = HistoryMemo()
    memo.store("openai_chat", "a", {1: MemoEntry(kept, b"x", SettledSegments((), {}, ()), 0)})
    other = '{"role": "system", "content": "hi"}'
    assert memo.lookup("openai_chat", "a", parse_json_object(_body(other, kept), "messages"))
    variants = ['{"content": "12", "role": "user", "n": 1, "x": [-0.0, {"a": true}]}',
                '{"role": "user", "content": 12, "n": 1, "x": [-0.0, {"a": true}]}',
                '{"role": "user", "content": "12", "n": 1.0, "x": [-0.0, {"a": true}]}',
                '{"role": "user", "content": "12", "n": true, "x": [-0.0, {"a": true}]}',
                '{"role": "user", "content": "12", "n": 1, "x": [0.0, {"a": true}]}',
                '{"role": "user", "content": "12", "n": 1, "x": [-0.0, {"a": 1}]}',
                '{"role": "user", "content": "12", "n": 1, "x": [-0.0, {"a": true}, null]}',
                '{"role": "user", "content": "12", "n": 1}',
                '{"role": "user", "content": "\\u0031\\u0032", "n": 1, "x": [-0.0, {"a": true}]}',
                '{"role":"user","content":"12","n":1,"x":[-0.0,{"a":true}]}',
                '{"role": "user", "content": "12", "n": 1, "x": [-0.0, {"a": true}], "n": 1}']
    for variant in variants:
        assert not memo.lookup("openai_chat", "a", parse_json_object(_body(other, variant), "messages")), variant
    # At another index it is another message.
    assert not memo.lookup("openai_chat", "a", parse_json_object(_body(kept, other), "messages"))
