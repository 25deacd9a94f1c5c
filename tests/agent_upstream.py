"""A scripted loopback provider for the real coding agents (Claude Code, Codex).

`RecordingUpstream` (upstream_server.py) answers every request with tool calls
and split placeholders, which is right for protocol tests but sends a real agent
into an endless tool loop. `ScriptedAgentUpstream` answers like a well-behaved
model instead, so one agent run is a bounded conversation:

- Anthropic Messages (`POST /v1/messages`, streamed or not) and OpenAI
  Responses (`POST /v1/responses`, streamed), plus `count_tokens` and
  `GET /v1/models`;
- first turn: if `tool_call` is set, a single tool call (e.g. Claude Code's
  `Read` of `.env`, or Codex's `shell` running `cat .env`); otherwise text;
- any later turn (the history carries a tool result): a final text;
- every text it writes names the placeholders of `echo_source` ("prompt": the
  newest user text; "all": everything the request carried; "ever": every
  placeholder this upstream has seen in any request), so the agent prints
  whatever the proxy restores them to.

Every request's method, path, headers and raw body are recorded.
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tests.upstream_server import answer_lifespan, read_body

PLACEHOLDER = re.compile(r"\[\[[A-Z][A-Z0-9_]*?_\d+\]\]")


@dataclass
class AgentRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body) if self.body else {}


@dataclass
class ToolCallScript:
    """The one tool call the first turn makes: name and input, per API family."""

    anthropic_name: str = "Read"
    anthropic_input: dict = field(default_factory=dict)
    responses_name: str = "shell"
    responses_arguments: dict = field(default_factory=dict)


class ScriptedAgentUpstream:
    def __init__(self) -> None:
        self.requests: list[AgentRequest] = []
        self.seen_placeholders: list[str] = []
        self.tool_call: ToolCallScript | None = None
        self.echo_source = "prompt"

    # -- what tests read --------------------------------------------------------------------

    def bodies(self) -> bytes:
        return b"\n".join(request.body for request in self.requests)

    def wire_text(self) -> str:
        """Everything that reached the provider: headers, paths and bodies."""
        parts = []
        for request in self.requests:
            parts.append(request.path)
            parts.extend(f"{name}: {value}" for name, value in request.headers.items())
            parts.append(request.body.decode("utf-8", "replace"))
        return "\n".join(parts)

    def model_requests(self) -> list[AgentRequest]:
        return [request for request in self.requests
                if request.method == "POST" and request.path.rstrip("/").endswith(("/messages", "/responses"))]

    # -- ASGI --------------------------------------------------------------------------------

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await read_body(receive)
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        request = AgentRequest(scope["method"], scope["path"], headers, body)
        self.requests.append(request)
        path = scope["path"].rstrip("/")
        for placeholder in PLACEHOLDER.findall(body.decode("utf-8", "replace")):
            if placeholder not in self.seen_placeholders:
                self.seen_placeholders.append(placeholder)
        if scope["method"] == "GET" and path.endswith("/models"):
            await _send_json(send, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
        elif path.endswith("/messages/count_tokens"):
            await _send_json(send, {"input_tokens": 42})
        elif path.endswith("/messages"):
            await self._anthropic(send, request.json)
        elif path.endswith("/responses") and scope["method"] == "POST":
            await self._responses(send, request.json)
        else:
            await _send_json(send, {"error": {"message": f"not served: {scope['method']} {path}"}}, 404)

    # -- replies -----------------------------------------------------------------------------

    def _echo(self, document: dict, newest_user_text: str) -> str:
        if self.echo_source == "ever":
            names = list(self.seen_placeholders)
        elif self.echo_source == "all":
            names = list(dict.fromkeys(PLACEHOLDER.findall(json.dumps(document))))
        else:
            names = list(dict.fromkeys(PLACEHOLDER.findall(newest_user_text)))
        return "ECHO: " + (" | ".join(names) if names else "(nothing hidden)")

    async def _anthropic(self, send, document: dict) -> None:
        messages = document.get("messages") or []
        has_tool_result = any(isinstance(block, dict) and block.get("type") == "tool_result"
                              for message in messages if isinstance(message.get("content"), list)
                              for block in message["content"])
        newest = _anthropic_newest_user_text(messages)
        if self.tool_call is not None and not has_tool_result:
            block = {"type": "tool_use", "id": "toolu_" + uuid.uuid4().hex[:20],
                     "name": self.tool_call.anthropic_name, "input": self.tool_call.anthropic_input}
            stop = "tool_use"
        else:
            source = _anthropic_tool_results(messages) if has_tool_result else newest
            block = {"type": "text", "text": self._echo(document, source)}
            stop = "end_turn"
        message = {"id": "msg_" + uuid.uuid4().hex[:20], "type": "message", "role": "assistant",
                   "model": document.get("model", "test-model"), "content": [block], "stop_reason": stop,
                   "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 5}}
        if not document.get("stream"):
            await _send_json(send, message)
            return
        events = [("message_start", {"type": "message_start", "message": {**message, "content": [],
                                                                         "stop_reason": None}})]
        if block["type"] == "text":
            events.append(("content_block_start", {"type": "content_block_start", "index": 0,
                                                   "content_block": {"type": "text", "text": ""}}))
            for piece in _pieces(block["text"], 7):
                events.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                       "delta": {"type": "text_delta", "text": piece}}))
        else:
            events.append(("content_block_start", {"type": "content_block_start", "index": 0,
                                                   "content_block": {**block, "input": {}}}))
            events.append(("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {
                "type": "input_json_delta", "partial_json": json.dumps(block["input"])}}))
        events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
        events.append(("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop,
                                                                           "stop_sequence": None},
                                         "usage": {"output_tokens": 5}}))
        events.append(("message_stop", {"type": "message_stop"}))
        await _send_sse(send, b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()
                                       for name, data in events))

    async def _responses(self, send, document: dict) -> None:
        items = document.get("input") or []
        if isinstance(items, str):
            items = [{"type": "message", "role": "user", "content": items}]
        has_tool_result = any(isinstance(item, dict) and item.get("type") == "function_call_output"
                              for item in items)
        response_id = "resp_" + uuid.uuid4().hex[:20]
        if self.tool_call is not None and not has_tool_result:
            call_id = "call_" + uuid.uuid4().hex[:16]
            output = {"type": "function_call", "id": "fc_" + uuid.uuid4().hex[:16], "call_id": call_id,
                      "name": self.tool_call.responses_name, "status": "completed",
                      "arguments": json.dumps(self.tool_call.responses_arguments)}
        else:
            if has_tool_result:
                source = "\n".join(str(item.get("output")) for item in items
                                   if isinstance(item, dict) and item.get("type") == "function_call_output")
            else:
                source = _responses_newest_user_text(items)
            text = self._echo(document, source)
            output = {"type": "message", "id": "msg_" + uuid.uuid4().hex[:16], "role": "assistant",
                      "status": "completed",
                      "content": [{"type": "output_text", "text": text, "annotations": []}]}
        response = {"id": response_id, "object": "response", "created_at": 1, "status": "completed",
                    "model": document.get("model", "test-model"), "output": [output],
                    "usage": {"input_tokens": 10, "output_tokens": 5, "total_tokens": 15,
                              "input_tokens_details": {"cached_tokens": 0},
                              "output_tokens_details": {"reasoning_tokens": 0}}}
        if not document.get("stream"):
            await _send_json(send, response)
            return
        events: list[tuple[str, dict]] = [
            ("response.created", {"response": {**response, "status": "in_progress", "output": []}}),
            ("response.output_item.added", {"output_index": 0, "item": {**output, "status": "in_progress",
                                                                          **({"content": []} if output["type"] == "message" else {"arguments": ""})}}),
        ]
        if output["type"] == "message":
            text = output["content"][0]["text"]
            events.append(("response.content_part.added", {"item_id": output["id"], "output_index": 0,
                                                           "content_index": 0,
                                                           "part": {"type": "output_text", "text": "",
                                                                    "annotations": []}}))
            for piece in _pieces(text, 7):
                events.append(("response.output_text.delta", {"item_id": output["id"], "output_index": 0,
                                                              "content_index": 0, "delta": piece}))
            events.append(("response.output_text.done", {"item_id": output["id"], "output_index": 0,
                                                         "content_index": 0, "text": text}))
            events.append(("response.content_part.done", {"item_id": output["id"], "output_index": 0,
                                                          "content_index": 0, "part": output["content"][0]}))
        else:
            events.append(("response.function_call_arguments.delta", {"item_id": output["id"], "output_index": 0,
                                                                      "delta": output["arguments"]}))
            events.append(("response.function_call_arguments.done", {"item_id": output["id"], "output_index": 0,
                                                                     "arguments": output["arguments"]}))
        events.append(("response.output_item.done", {"output_index": 0, "item": output}))
        events.append(("response.completed", {"response": response}))
        frames = []
        for number, (name, data) in enumerate(events):
            frames.append(f"event: {name}\ndata: {json.dumps({'type': name, 'sequence_number': number, **data})}\n\n")
        await _send_sse(send, "".join(frames).encode())


def _anthropic_newest_user_text(messages: list) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                texts = [block.get("text", "") for block in content
                         if isinstance(block, dict) and block.get("type") == "text"]
                return texts[-1] if texts else ""
    return ""


def _anthropic_tool_results(messages: list) -> str:
    found = []
    for message in messages:
        for block in message.get("content") or [] if isinstance(message.get("content"), list) else []:
            if isinstance(block, dict) and block.get("type") == "tool_result":
                found.append(json.dumps(block.get("content")))
    return "\n".join(found)


def _responses_newest_user_text(items: list) -> str:
    for item in reversed(items):
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                texts = [part.get("text", "") for part in content if isinstance(part, dict)]
                return texts[-1] if texts else ""
    return ""


def _pieces(text: str, size: int) -> list[str]:
    return [text[index:index + size] for index in range(0, len(text), size)] or [""]


async def _send_json(send, document: Any, status: int = 200) -> None:
    body = json.dumps(document).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _send_sse(send, payload: bytes) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]})
    await send({"type": "http.response.body", "body": payload})
