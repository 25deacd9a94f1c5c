"""Whatever a reply restores, the next request scans in the same form (property test).

For any generated reply of each API family (text, reasoning fields, tool-call
arguments with placeholders as JSON keys and values, duplicate keys, nesting),
the real proxy restores it for the client; the client then sends it back as
history, as agents do every turn. What must hold: no known value ever reaches
the provider (checked on what a recording upstream received), and the client
did get the values back (the property is not vacuous).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.server import create_app
from tests.upstream_server import (AWS_KEY, EMAIL, GITHUB_TOKEN, MODEL, OTHER_EMAIL, LoopbackServer, answer_lifespan,
                                   make_pipeline, read_body)

KNOWN = (EMAIL, OTHER_EMAIL, AWS_KEY, GITHUB_TOKEN)
FIRST_TURN = f"Mail {EMAIL} and {OTHER_EMAIL}; the key is {AWS_KEY} and the token {GITHUB_TOKEN}."


@dataclass
class ScriptedReplies:
    """ASGI upstream: answers every request with `reply` and records what it received."""

    reply: dict = field(default_factory=dict)
    received: list[bytes] = field(default_factory=list)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        body = await read_body(receive)
        self.received.append(body + json.dumps(
            {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}).encode())
        payload = json.dumps(self.reply).encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": payload})


@pytest.fixture(scope="module")
def stack():
    upstream = ScriptedReplies()
    with LoopbackServer(upstream) as upstream_server:
        app = create_app(make_pipeline(), upstream_server.url + "/v1", upstream_server.url)
        with LoopbackServer(app) as proxy:
            yield upstream, proxy.url


def _placeholders(stack, family: str) -> list[str]:
    """Turn one of a fixed conversation: the placeholders the provider saw for the known values."""
    upstream, url = stack
    upstream.reply = _reply(family, "ok", "", [], {})
    _send(url, family, _first_request(family))
    sent = upstream.received[-1].decode()
    import re

    return sorted(set(re.findall(r"\[\[[A-Z_]+_\d+\]\]", sent)))


def _first_request(family: str) -> dict:
    if family == "anthropic":
        return {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": FIRST_TURN}]}
    if family == "responses":
        return {"model": MODEL, "input": [{"role": "user", "content": FIRST_TURN}]}
    return {"model": MODEL, "messages": [{"role": "user", "content": FIRST_TURN}]}


def _send(url: str, family: str, body: dict) -> dict:
    path = {"anthropic": "/v1/messages", "responses": "/v1/responses", "chat": "/v1/chat/completions"}[family]
    response = httpx.post(url + path, json=body, timeout=20,
                          headers={"x-redactor-conversation": f"symmetry-{family}", "authorization": "Bearer sk-k"})
    assert response.status_code == 200, response.text
    return response.json()


def _reply(family: str, text: str, reasoning: str, pairs: list[tuple[str, object]], tool_input: dict) -> dict:
    # Raw arguments from (key, value) pairs: duplicate keys survive, as a model may write them.
    raw_arguments = "{" + ",".join(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in pairs) + "}"
    if family == "chat":
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": MODEL, "choices": [{
            "index": 0, "finish_reason": "tool_calls", "message": {
                "role": "assistant", "content": text, "reasoning_content": reasoning,
                "tool_calls": [{"id": "call_1", "type": "function",
                                "function": {"name": "write", "arguments": raw_arguments}}]}}]}
    if family == "responses":
        return {"id": "resp_sym", "object": "response", "created_at": 1, "status": "completed", "model": MODEL,
                "output": [
                    {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": reasoning}]},
                    {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
                     "content": [{"type": "output_text", "text": text, "annotations": []}]},
                    {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "write",
                     "arguments": raw_arguments, "status": "completed"}]}
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": MODEL, "stop_reason": "tool_use",
            "content": [{"type": "text", "text": text},
                        {"type": "tool_use", "id": "toolu_1", "name": "write", "input": tool_input}],
            "usage": {"input_tokens": 1, "output_tokens": 1}}


def _history(family: str, restored: dict) -> dict:
    """Turn two: the first turn, the restored reply as history, and a tool result."""
    first = _first_request(family)
    if family == "chat":
        message = restored["choices"][0]["message"]
        first["messages"] += [message, {"role": "tool", "tool_call_id": "call_1", "content": "written"}]
    elif family == "responses":
        first["input"] += restored["output"] + [{"type": "function_call_output", "call_id": "call_1",
                                                 "output": "written"}]
    else:
        first["messages"] += [{"role": "assistant", "content": restored["content"]},
                              {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                                            "content": "written"}]}]
    return first


_WORDS = st.sampled_from(["admins", "path", "to", "notes", "x", "README.md", "ok", "ünï", "a b"])


@st.composite
def _replies(draw, placeholders: list[str]):
    piece = st.one_of(st.sampled_from(placeholders), _WORDS)
    text = " ".join(draw(st.lists(piece, min_size=1, max_size=6)))
    reasoning = " ".join(draw(st.lists(piece, min_size=0, max_size=4)))
    value = st.recursive(piece, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(piece, inner, max_size=3)), max_leaves=6)
    pairs = draw(st.lists(st.tuples(piece, value), min_size=1, max_size=5))
    if draw(st.booleans()) and pairs:
        pairs.append((pairs[0][0], draw(value)))  # a duplicate key
    tool_input = draw(st.dictionaries(piece, value, min_size=1, max_size=4))
    return text, reasoning, pairs, tool_input


@pytest.mark.parametrize("family", ["chat", "responses", "anthropic"])
def test_a_restored_reply_sent_back_as_history_never_puts_a_known_value_on_the_wire(stack, family):
    placeholders = _placeholders(stack, family)
    assert len(placeholders) >= 4, "the first turn should have redacted every known value"
    upstream, url = stack

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_replies(placeholders))
    def property_holds(generated):
        text, reasoning, pairs, tool_input = generated
        upstream.reply = _reply(family, text, reasoning, pairs, tool_input)
        restored = _send(url, family, _first_request(family))
        restored_text = json.dumps(restored, ensure_ascii=False)
        # Not vacuous: the client got real values back for the placeholders the reply named.
        if any(p in text for p in placeholders):
            assert any(value in restored_text for value in KNOWN)
        _send(url, family, _history(family, restored))
        wire = upstream.received[-1].decode()
        for value in KNOWN:
            assert value not in wire

    property_holds()
