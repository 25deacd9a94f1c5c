"""A recording loopback upstream for proxy tests, and a helper to run ASGI apps on loopback.

`RecordingUpstream` is a small ASGI app that speaks just enough of the OpenAI
(chat, responses, embeddings, models) and Anthropic (messages, count_tokens)
APIs. It records the raw bytes of every request it receives and answers with
the placeholders it found in them: in assistant text, in tool-call arguments,
and, when streaming, in deltas that split placeholders across SSE events,
written in tiny TCP writes that also split multi-byte UTF-8 characters.
Tests then check that no sensitive value ever reached it and that the client
got every value back.
"""
from __future__ import annotations

import asyncio
import base64
import json
import re
import socket
import struct
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import uvicorn

PLACEHOLDER = re.compile(r"\[\[[A-Z][A-Z0-9_]*?_\d+\]\]")
MODEL = "test-model"


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)

    @property
    def placeholders(self) -> list[str]:
        return placeholders_in(self.body.decode("utf-8"))


def placeholders_in(text: str) -> list[str]:
    """Distinct placeholders in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def reply_text(placeholders: list[str]) -> str:
    """The assistant text the upstream answers with: every placeholder, wrapped in multi-byte text."""
    if not placeholders:
        return "Nothing to see — déjà vu ✓"
    return "Noted — " + "; ".join(f"«{p}» 日本🔑" for p in placeholders) + " ✓"


def tool_arguments(placeholders: list[str]) -> dict:
    """Tool-call arguments the upstream answers with (placeholders inside JSON strings)."""
    first = placeholders[0] if placeholders else "none"
    return {"path": f"/srv/{first}/config.env", "values": placeholders, "note": "ünïcode ✓"}


def thinking_text(placeholders: list[str]) -> str:
    return "Thinking about " + (placeholders[0] if placeholders else "nothing")


async def answer_lifespan(receive, send) -> None:
    """The ASGI lifespan protocol for a test app with nothing to start or stop."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        else:
            await send({"type": "lifespan.shutdown.complete"})
            return


async def read_body(receive) -> bytes:
    """The whole body of an ASGI HTTP request."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


class RecordingUpstream:
    """ASGI app; configure `mode` and friends between requests from the test thread."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.reset()

    def reset(self) -> None:
        self.requests.clear()
        self.mode = "echo"  # echo | error | slow | slow_stream | cut_stream
        self.error_status = 500
        self.error_body = b'{"error": {"message": "upstream exploded", "type": "server_error", "code": null}}'
        self.error_headers: list[tuple[bytes, bytes]] = []
        self.delay = 0.0
        self.chunk_size = 7  # bytes per TCP write when streaming
        self.with_tool_call = True
        self.mid_utf8_splits = 0
        self.disconnected_streams = 0
        self.completed_streams = 0

    def last(self, path_suffix: str = "") -> RecordedRequest:
        matching = [r for r in self.requests if r.path.endswith(path_suffix)]
        assert matching, f"upstream received no request for {path_suffix!r}"
        return matching[-1]

    @property
    def raw_bytes(self) -> bytes:
        """Everything every request carried: headers and bodies."""
        return b"\n".join(
            b"\n".join(f"{k}: {v}".encode() for k, v in r.headers.items()) + b"\n" + r.body
            for r in self.requests)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        body = await read_body(receive)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        recorded = RecordedRequest(scope["method"], scope["path"], scope["query_string"].decode(), headers, body)
        self.requests.append(recorded)
        if self.mode == "error":
            await _send_whole(send, self.error_status, self.error_body, extra=self.error_headers)
            return
        if self.mode == "slow":
            await asyncio.sleep(self.delay)
        path = scope["path"]
        document = json.loads(body) if body else {}
        placeholders = recorded.placeholders
        stream = bool(document.get("stream"))
        if path.endswith("/models") or "/models/" in path:
            await _send_json(send, {"object": "list", "data": [
                {"id": MODEL, "object": "model", "created": 0, "owned_by": "test"}]})
        elif path.endswith("/chat/completions"):
            await self._chat(send, receive, placeholders, stream)
        elif path.endswith("/responses"):
            await self._responses(send, receive, placeholders, stream)
        elif path.endswith("/embeddings"):
            await self._embeddings(send, document)
        elif path.endswith("/messages/count_tokens"):
            await _send_json(send, {"input_tokens": len(body) // 4})
        elif path.endswith("/messages"):
            await self._anthropic(send, receive, placeholders, stream)
        else:
            await _send_whole(send, 404, b'{"error": {"message": "no such route"}}')

    # -- OpenAI chat ---------------------------------------------------------------

    async def _chat(self, send, receive, placeholders: list[str], stream: bool) -> None:
        text = reply_text(placeholders)
        arguments = json.dumps(tool_arguments(placeholders), ensure_ascii=False, separators=(",", ":"))
        call = {"id": "call_1", "type": "function", "function": {"name": "read_file", "arguments": arguments}}
        if not stream:
            message = {"role": "assistant", "content": text}
            if self.with_tool_call:
                message["tool_calls"] = [call]
            await _send_json(send, {
                "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": MODEL,
                "choices": [{"index": 0, "message": message,
                             "finish_reason": "tool_calls" if self.with_tool_call else "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
            return
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
        events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                        "finish_reason": None}]}]
        for piece in _pieces(text, 3):
            events.append({**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
        if self.with_tool_call:
            events.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": [
                {"index": 0, "id": "call_1", "type": "function",
                 "function": {"name": "read_file", "arguments": ""}}]}, "finish_reason": None}]})
            for piece in _pieces(arguments, 4):
                events.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": [
                    {"index": 0, "function": {"arguments": piece}}]}, "finish_reason": None}]})
        events.append({**base, "choices": [{"index": 0, "delta": {},
                                            "finish_reason": "tool_calls" if self.with_tool_call else "stop"}]})
        sse = "".join(f"data: {json.dumps(e, ensure_ascii=False)}\n\n" for e in events) + "data: [DONE]\n\n"
        await self._stream(send, receive, sse.encode())

    # -- OpenAI responses ----------------------------------------------------------

    async def _responses(self, send, receive, placeholders: list[str], stream: bool) -> None:
        text = reply_text(placeholders)
        arguments = json.dumps(tool_arguments(placeholders), ensure_ascii=False, separators=(",", ":"))
        message = {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
                   "content": [{"type": "output_text", "text": text, "annotations": []}]}
        call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "read_file",
                "arguments": arguments, "status": "completed"}
        output = [message, call] if self.with_tool_call else [message]
        response = {"id": "resp_test1", "object": "response", "created_at": 1, "status": "completed",
                    "model": MODEL, "output": output, "parallel_tool_calls": True, "tool_choice": "auto",
                    "tools": [], "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2,
                                           "input_tokens_details": {"cached_tokens": 0},
                                           "output_tokens_details": {"reasoning_tokens": 0}}}
        if not stream:
            await _send_json(send, response)
            return
        events: list[dict] = []
        events.append({"type": "response.created", "response": {**response, "status": "in_progress", "output": []}})
        events.append({"type": "response.output_item.added", "output_index": 0,
                       "item": {**message, "status": "in_progress", "content": []}})
        events.append({"type": "response.content_part.added", "item_id": "msg_1", "output_index": 0,
                       "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}})
        for piece in _pieces(text, 3):
            events.append({"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                           "content_index": 0, "delta": piece, "logprobs": []})
        events.append({"type": "response.output_text.done", "item_id": "msg_1", "output_index": 0,
                       "content_index": 0, "text": text, "logprobs": []})
        events.append({"type": "response.content_part.done", "item_id": "msg_1", "output_index": 0,
                       "content_index": 0, "part": message["content"][0]})
        events.append({"type": "response.output_item.done", "output_index": 0, "item": message})
        if self.with_tool_call:
            events.append({"type": "response.output_item.added", "output_index": 1,
                           "item": {**call, "arguments": "", "status": "in_progress"}})
            for piece in _pieces(arguments, 4):
                events.append({"type": "response.function_call_arguments.delta", "item_id": "fc_1",
                               "output_index": 1, "delta": piece})
            events.append({"type": "response.function_call_arguments.done", "item_id": "fc_1",
                           "output_index": 1, "arguments": arguments})
            events.append({"type": "response.output_item.done", "output_index": 1, "item": call})
        events.append({"type": "response.completed", "response": response})
        sse = ""
        for number, event in enumerate(events):
            event["sequence_number"] = number
            sse += f"event: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
        await self._stream(send, receive, sse.encode())

    # -- embeddings ----------------------------------------------------------------

    async def _embeddings(self, send, document: dict) -> None:
        inputs = document.get("input")
        count = len(inputs) if isinstance(inputs, list) else 1
        vector = [0.25, -0.5, 0.75]
        if document.get("encoding_format") == "base64":
            embedding = base64.b64encode(struct.pack("<3f", *vector)).decode()
        else:
            embedding = vector
        await _send_json(send, {"object": "list", "model": MODEL,
                                "data": [{"object": "embedding", "index": i, "embedding": embedding}
                                         for i in range(count)],
                                "usage": {"prompt_tokens": 1, "total_tokens": 1}})

    # -- Anthropic -------------------------------------------------------------------

    async def _anthropic(self, send, receive, placeholders: list[str], stream: bool) -> None:
        text = reply_text(placeholders)
        arguments = tool_arguments(placeholders)
        thinking = {"type": "thinking", "thinking": thinking_text(placeholders), "signature": "c2lnbmF0dXJl"}
        tool_use = {"type": "tool_use", "id": "toolu_1", "name": "read_file", "input": arguments}
        content = [thinking, {"type": "text", "text": text}] + ([tool_use] if self.with_tool_call else [])
        message = {"id": "msg_1", "type": "message", "role": "assistant", "model": MODEL, "content": content,
                   "stop_reason": "tool_use" if self.with_tool_call else "end_turn", "stop_sequence": None,
                   "usage": {"input_tokens": 1, "output_tokens": 1}}
        if not stream:
            await _send_json(send, message)
            return
        events = [("message_start", {"type": "message_start", "message": {
            **message, "content": [], "stop_reason": None}})]
        events.append(("content_block_start", {"type": "content_block_start", "index": 0,
                                               "content_block": {"type": "thinking", "thinking": "",
                                                                 "signature": ""}}))
        for piece in _pieces(thinking["thinking"], 5):
            events.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                   "delta": {"type": "thinking_delta", "thinking": piece}}))
        events.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "signature_delta",
                                                         "signature": thinking["signature"]}}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        events.append(("content_block_start", {"type": "content_block_start", "index": 1,
                                               "content_block": {"type": "text", "text": ""}}))
        for piece in _pieces(text, 3):
            events.append(("content_block_delta", {"type": "content_block_delta", "index": 1,
                                                   "delta": {"type": "text_delta", "text": piece}}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 1}))
        if self.with_tool_call:
            events.append(("content_block_start", {"type": "content_block_start", "index": 2, "content_block": {
                "type": "tool_use", "id": "toolu_1", "name": "read_file", "input": {}}}))
            raw = json.dumps(arguments, ensure_ascii=False, separators=(",", ":"))
            for piece in _pieces(raw, 4):
                events.append(("content_block_delta", {"type": "content_block_delta", "index": 2,
                                                       "delta": {"type": "input_json_delta", "partial_json": piece}}))
            events.append(("content_block_stop", {"type": "content_block_stop", "index": 2}))
        events.append(("message_delta", {"type": "message_delta", "delta": {
            "stop_reason": message["stop_reason"], "stop_sequence": None}, "usage": {"output_tokens": 5}}))
        events.append(("message_stop", {"type": "message_stop"}))
        sse = "".join(f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n" for name, data in events)
        await self._stream(send, receive, sse.encode())

    # -- streaming plumbing ------------------------------------------------------------

    async def _stream(self, send, receive, payload: bytes) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream; charset=utf-8"),
                                (b"x-request-id", b"req_upstream_1")]})
        disconnected = asyncio.Event()

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    disconnected.set()
                    return

        watcher = asyncio.create_task(watch())
        try:
            if self.mode == "slow_stream":
                # Endless slow stream: only a disconnect ends it.
                first, rest = payload.split(b"\n\n", 1)
                await send({"type": "http.response.body", "body": first + b"\n\n", "more_body": True})
                for _ in range(600):
                    if disconnected.is_set():
                        self.disconnected_streams += 1
                        return
                    await send({"type": "http.response.body", "body": b": keep-alive\n\n", "more_body": True})
                    await asyncio.sleep(0.05)
                return
            if self.mode == "cut_stream":
                # Half the stream, then the connection drops mid-event.
                await send({"type": "http.response.body", "body": payload[:len(payload) // 2], "more_body": True})
                raise ConnectionAbortedError("upstream dropped the stream")
            for start in range(0, len(payload), self.chunk_size):
                chunk = payload[start:start + self.chunk_size]
                end = start + len(chunk)
                if end < len(payload) and (payload[end] & 0xC0) == 0x80:
                    self.mid_utf8_splits += 1  # the next chunk starts inside a character
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await asyncio.sleep(0)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            self.completed_streams += 1
        finally:
            watcher.cancel()


def _pieces(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


async def _send_json(send, document: dict, status: int = 200) -> None:
    await _send_whole(send, status, json.dumps(document, ensure_ascii=False).encode(),
                      content_type=b"application/json")


async def _send_whole(send, status: int, body: bytes, content_type: bytes = b"application/json",
                      extra: list[tuple[bytes, bytes]] = ()) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type), (b"x-request-id", b"req_upstream_1"), *extra]})
    await send({"type": "http.response.body", "body": body})


class LoopbackServer:
    """Runs an ASGI app with a real uvicorn server on 127.0.0.1 in a background thread."""

    def __init__(self, app, lifespan: str = "on") -> None:
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only
        # when the listening socket says so, and without it every reply waits ~40 ms
        # for a delayed ACK (Nagle).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan=lifespan, timeout_graceful_shutdown=1,
                                access_log=False)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def __enter__(self) -> "LoopbackServer":
        self._thread.start()
        # The app's lifespan may load detection models first: ~10 s alone, over 30 s on a busy machine when no
        # earlier test of the process loaded them. The deadline only guards against a server that never starts.
        deadline = time.monotonic() + 180
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("loopback server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *_exc) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=5)
        self._socket.close()


@contextmanager
def serving_recording_upstream() -> Iterator[RecordingUpstream]:
    """A RecordingUpstream running on loopback, with its base URL in `.url`."""
    app = RecordingUpstream()
    with LoopbackServer(app) as server:
        app.url = server.url
        yield app


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


# -- the proxy test stack: seeded values, a pipeline, and how to check a redaction ------------

AWS_KEY = "AKIAZ7QW4RT2XK9PLM3N"
GITHUB_TOKEN = "ghp_R8mK2vT9xQ4wL7nB3cY6zH1jF5gD0sA8pE2u"
EMAIL = "dana.whitfield@northwind-labs.io"
OTHER_EMAIL = "ops-oncall@northwind-labs.io"
PRIVATE_KEY = ("-----BEGIN RSA PRIVATE KEY-----\n"
               "MIIEowIBAAKCAQEAu3V9k2PZ8XwJcTq7Lr5mNbHvYd1sK0aE4fGt6oRiUyWpQzVb\n"
               "Xn3cLq8Rj5WmTz2KdH7sYf4GpA1eUo9iBvN6tCrMxE0aQwSlJhDgFkP3yZ8RcVbn\n"
               "-----END RSA PRIVATE KEY-----")
SEEDS = (AWS_KEY, GITHUB_TOKEN, EMAIL, OTHER_EMAIL, PRIVATE_KEY)
# Distinctive pieces of the seeds: none may reach the upstream, in any encoding.
SEED_FRAGMENTS = (AWS_KEY, GITHUB_TOKEN, EMAIL, OTHER_EMAIL, "dana.whitfield", "ops-oncall",
                  "MIIEowIBAAKCAQEAu3V9k2PZ8XwJcTq7", "Xn3cLq8Rj5WmTz2KdH7sYf4GpA1eUo9i",
                  "R8mK2vT9xQ4wL7nB3cY6zH1jF5gD0sA8pE2u", "Z7QW4RT2XK9PLM3N")

ENV_FILE = (f"# production settings\nAWS_ACCESS_KEY_ID={AWS_KEY}\nGITHUB_TOKEN={GITHUB_TOKEN}\n"
            f"ONCALL={OTHER_EMAIL}\nDEPLOY_KEY=\"{PRIVATE_KEY}\"\n")

TEST_POLICY = """
name: proxy-test
stages: [route, placeholders]
detection:
  ner:
    enabled: false
vault:
  url: "memory://"
"""


class SeedDetector:
    """Stand-in for the real detectors where they are not installed: the seed formats only."""

    name = "seed-regex"
    _patterns = (
        (re.compile(r"AKIA[0-9A-Z]{16}"), "AWS_ACCESS_KEY", "secret"),
        (re.compile(r"ghp_[A-Za-z0-9]{36}"), "GITHUB_TOKEN", "secret"),
        (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), "EMAIL", "pii"),
        (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S),
         "PRIVATE_KEY", "secret"),
    )

    def detect(self, item):
        from redactor.detect.base import Span

        return [Span(m.start(), m.end(), kind, category, 0.99, self.name)
                for pattern, kind, category in self._patterns for m in pattern.finditer(item.text)]


def real_detectors_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(f"redactor.detect.{name}") is not None
               for name in ("secrets", "pii", "infra"))


def make_pipeline(policy_text: str = TEST_POLICY, stages=None):
    """The pipeline the proxy tests run: the real detectors (NER off, for speed) and a memory vault."""
    from redactor.detect.engine import DetectionEngine
    from redactor.pipeline import Pipeline
    from redactor.policy import parse_policy
    from redactor.runtime import build_pipeline

    policy = parse_policy(policy_text)
    if real_detectors_available():
        pipeline = build_pipeline(policy, vault_url="memory://")
    else:
        from redactor.vault.memory import MemoryVault

        pipeline = Pipeline(policy, MemoryVault(), engine=DetectionEngine(policy, [SeedDetector()]),
                            conversation_key=b"proxy-tests")
    if stages is not None:
        pipeline.stages = list(stages)
    return pipeline


def assert_no_seed_in(data: bytes | str) -> None:
    """No seeded value, raw or JSON-escaped, in `data`."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    for fragment in SEED_FRAGMENTS:
        assert fragment not in text, f"a seeded value leaked: {fragment[:6]}..."
    escaped_key = json.dumps(PRIVATE_KEY)[1:-1]
    assert escaped_key not in text


def derive_mapping(original: str, redacted: str) -> dict[str, str]:
    """Which value each placeholder in `redacted` stands for, found by aligning it with `original`.

    Independent of the proxy's own vault: the text around placeholders is
    unchanged, so it pins down what each placeholder replaced.
    """
    parts = PLACEHOLDER.split(redacted)
    names = PLACEHOLDER.findall(redacted)
    pattern = "".join(re.escape(part) + ("(.+?)" if i < len(names) else "") for i, part in enumerate(parts))
    match = re.fullmatch(pattern, original, re.S)
    assert match, "redacted text does not align with the original"
    mapping: dict[str, str] = {}
    for name, value in zip(names, match.groups()):
        assert mapping.setdefault(name, value) == value, "one placeholder stands for two values"
    return mapping


def restore_with(mapping: dict[str, str], text: str) -> str:
    return PLACEHOLDER.sub(lambda m: mapping[m.group(0)], text)


def restore_document(mapping: dict[str, str], document):
    """`restore_with` over every string of a parsed JSON document."""
    if isinstance(document, str):
        return restore_with(mapping, document)
    if isinstance(document, list):
        return [restore_document(mapping, item) for item in document]
    if isinstance(document, dict):
        return {key: restore_document(mapping, value) for key, value in document.items()}
    return document
