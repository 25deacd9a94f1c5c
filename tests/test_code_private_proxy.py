"""code-private end to end: a patch written against pseudonymized code applies to the real file.

The real proxy (uvicorn, policies/code-private.yaml) sits between the real
OpenAI and Anthropic SDKs and a loopback upstream that plays the model: it
reads the pseudonymized file the agent sent, edits it the way a model would
(using the identifiers it was given), and answers with a unified diff, both
as a fenced block in its text and as an ``apply_patch`` tool call, streamed
in small pieces or whole. The client applies the patch from the tool call to
the real file with GNU patch. What must hold: none of the codebase's names
reached the upstream; the patch the client got applies cleanly; the result is
exactly what the same edit makes of the original file.
"""
from __future__ import annotations

import difflib
import json
import re
import subprocess
from pathlib import Path

import anthropic
import openai
import pytest

from redactor.runtime import build_pipeline
from redactor.server import create_app
from tests.upstream_server import LoopbackServer, answer_lifespan, read_body

MODEL = "test-model"
FILE_PATH = "src/bluefin_ledger/reconcile.py"
ORIGINAL = '''"""Bluefin ledger reconciliation for Northwind Traders Ltd."""
from northwind_core.db import get_orders_staging_conn
from northwind_core.ledger import LedgerClient, push_settlements


class SettlementReconciler:
    """Matches Bluefin settlements against the orders_staging database."""

    def reconcile_batches(self, batch_id):
        conn = get_orders_staging_conn()
        rows = conn.execute(
            "SELECT id, amount FROM finance_core.pending_settlements WHERE batch_id = %s", (batch_id,))
        return push_settlements(LedgerClient(), rows)
'''
# The codebase's own names: none may reach the upstream.
PRIVATE_NAMES = ("Bluefin", "bluefin", "Northwind", "northwind", "orders_staging", "get_orders_staging_conn",
                 "LedgerClient", "push_settlements", "SettlementReconciler", "reconcile_batches",
                 "finance_core", "pending_settlements")


def edit(source: str) -> str:
    """The model's edit, defined on structure only: it reads the same on either side of the proxy.

    It adds a `limit` parameter to the first method, passes it to the query,
    and appends a retrying wrapper named after the method it wraps.
    """
    method = re.search(r"    def (\w+)\(self, batch_id\):", source)
    name = method.group(1)
    edited = source.replace(method.group(0), f"    def {name}(self, batch_id, limit=500):")
    edited = edited.replace("WHERE batch_id = %s\", (batch_id,))",
                            "WHERE batch_id = %s LIMIT %s\", (batch_id, limit))")
    return edited + (f"\n    def {name}_with_retry(self, batch_id, attempts=3):\n"
                     f"        for _ in range(attempts - 1):\n"
                     f"            try:\n"
                     f"                return self.{name}(batch_id)\n"
                     f"            except ConnectionError:\n"
                     f"                continue\n"
                     f"        return self.{name}(batch_id)\n")


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


class PatchingUpstream:
    """ASGI stand-in for the cloud API that answers every request with a patch of the file it was sent."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        body = await read_body(receive)
        self.bodies.append(body)
        document = json.loads(body)
        path, source = _file_in_request(document)
        patch = unified_diff(path, source, edit(source))
        text = f"Here is the change:\n\n```diff\n{patch}```\n"
        arguments = {"path": path, "patch": patch}
        if scope["path"].endswith("/chat/completions"):
            await self._openai(send, text, arguments, bool(document.get("stream")))
        else:
            await self._anthropic(send, text, arguments, bool(document.get("stream")))

    async def _openai(self, send, text: str, arguments: dict, stream: bool) -> None:
        raw = json.dumps(arguments)
        if not stream:
            message = {"role": "assistant", "content": text, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "apply_patch", "arguments": raw}}]}
            await _json(send, {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": MODEL,
                               "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
            return
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
        events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                        "finish_reason": None}]}]
        events += [{**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                   for piece in _pieces(text, 3)]
        events.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "id": "call_1", "type": "function", "function": {"name": "apply_patch", "arguments": ""}}]},
            "finish_reason": None}]})
        events += [{**base, "choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "function": {"arguments": piece}}]}, "finish_reason": None}]} for piece in _pieces(raw, 4)]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
        await _sse(send, "".join(f"data: {json.dumps(event)}\n\n" for event in events) + "data: [DONE]\n\n")

    async def _anthropic(self, send, text: str, arguments: dict, stream: bool) -> None:
        content = [{"type": "text", "text": text},
                   {"type": "tool_use", "id": "toolu_1", "name": "apply_patch", "input": arguments}]
        message = {"id": "msg_1", "type": "message", "role": "assistant", "model": MODEL, "content": content,
                   "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1}}
        if not stream:
            await _json(send, message)
            return
        events = [("message_start", {"type": "message_start", "message": {**message, "content": [],
                                                                            "stop_reason": None}}),
                  ("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}})]
        events += [("content_block_delta", {"type": "content_block_delta", "index": 0,
                                            "delta": {"type": "text_delta", "text": piece}})
                   for piece in _pieces(text, 3)]
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        events.append(("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {
            "type": "tool_use", "id": "toolu_1", "name": "apply_patch", "input": {}}}))
        events += [("content_block_delta", {"type": "content_block_delta", "index": 1,
                                            "delta": {"type": "input_json_delta", "partial_json": piece}})
                   for piece in _pieces(json.dumps(arguments), 4)]
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 1}))
        events.append(("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use",
                                                                            "stop_sequence": None},
                                         "usage": {"output_tokens": 5}}))
        events.append(("message_stop", {"type": "message_stop"}))
        await _sse(send, "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events))


def _file_in_request(document: dict) -> tuple[str, str]:
    """The (pseudonymized) path and file text the agent put in its last user message."""
    content = document["messages"][-1]["content"]
    if isinstance(content, list):
        content = "".join(part.get("text", "") for part in content)
    match = re.search(r"File (\S+):\n```python\n(.*)```", content, re.DOTALL)
    assert match, "the request carries no file"
    return match.group(1), match.group(2)


def _pieces(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


async def _json(send, document: dict) -> None:
    body = json.dumps(document).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _sse(send, payload: str) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/event-stream; charset=utf-8")]})
    data = payload.encode()
    for start in range(0, len(data), 7):  # tiny writes: placeholders split across network chunks
        await send({"type": "http.response.body", "body": data[start:start + 7], "more_body": True})
    await send({"type": "http.response.body", "body": b"", "more_body": False})


@pytest.fixture(scope="module")
def upstream():
    app = PatchingUpstream()
    with LoopbackServer(app) as server:
        app.url = server.url
        yield app


@pytest.fixture(scope="module")
def proxy_url(upstream):
    pipeline = build_pipeline(str(Path(__file__).resolve().parent.parent / "policies" / "code-private.yaml"),
                              vault_url="memory://")
    app = create_app(pipeline, upstream.url + "/v1", upstream.url)
    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture()
def repository(tmp_path: Path) -> Path:
    target = tmp_path / FILE_PATH
    target.parent.mkdir(parents=True)
    target.write_text(ORIGINAL, encoding="utf-8")
    return tmp_path


def _prompt() -> str:
    return (f"Add a limit to reconcile_batches and a retrying wrapper.\n\nFile {FILE_PATH}:\n"
            f"```python\n{ORIGINAL}```")


def _apply(repository: Path, patch: str) -> None:
    result = subprocess.run(["patch", "-p1", "--forward", "--batch"], cwd=repository, input=patch,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


def _check(repository: Path, upstream: PatchingUpstream, arguments: dict, text: str) -> None:
    sent = upstream.bodies[-1].decode()
    leaked = [name for name in PRIVATE_NAMES if name in sent]
    assert not leaked, f"reached the upstream: {leaked}"
    assert "def FUNC_" in sent and "CLASS_" in sent  # pseudonymized, not removed: still code
    expected_patch = unified_diff(FILE_PATH, ORIGINAL, edit(ORIGINAL))
    assert arguments == {"path": FILE_PATH, "patch": expected_patch}
    assert f"```diff\n{expected_patch}```" in text
    _apply(repository, arguments["patch"])
    assert (repository / FILE_PATH).read_text(encoding="utf-8") == edit(ORIGINAL)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_openai_sdk_gets_a_patch_that_applies_to_the_real_file(proxy_url, upstream, repository, stream):
    client = openai.OpenAI(api_key="sk-test", base_url=proxy_url + "/v1", max_retries=0, timeout=60)
    messages = [{"role": "user", "content": _prompt()}]
    if not stream:
        reply = client.chat.completions.create(model=MODEL, messages=messages)
        message = reply.choices[0].message
        text, raw_arguments = message.content, message.tool_calls[0].function.arguments
    else:
        text, raw_arguments = "", ""
        for chunk in client.chat.completions.create(model=MODEL, messages=messages, stream=True):
            delta = chunk.choices[0].delta if chunk.choices else None
            if delta is None:
                continue
            text += delta.content or ""
            for call in delta.tool_calls or []:
                raw_arguments += call.function.arguments or ""
    _check(repository, upstream, json.loads(raw_arguments), text)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_anthropic_sdk_gets_a_patch_that_applies_to_the_real_file(proxy_url, upstream, repository, stream):
    client = anthropic.Anthropic(api_key="sk-ant-test", base_url=proxy_url, max_retries=0, timeout=60)
    request = dict(model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": _prompt()}])
    if not stream:
        reply = client.messages.create(**request)
    else:
        with client.messages.stream(**request) as events:
            reply = events.get_final_message()
    text = "".join(block.text for block in reply.content if block.type == "text")
    arguments = next(block.input for block in reply.content if block.type == "tool_use")
    _check(repository, upstream, arguments, text)
