"""Anthropic Messages (`POST /v1/messages`, `/v1/messages/count_tokens`), end to end: request
segments, restoration of whole and streamed replies (`AnthropicStream`), and a local model's
answer as a `message` document or its event stream (`local_reply`, `local_count_tokens_reply`,
`stream_error_event`).

Covered request fields: `system` (string or text blocks), every message's
content (string or blocks): text, tool_use inputs already in the history
(JSON-aware), tool_result contents (strings or blocks), text documents and
search results, and tool definitions (descriptions, input schemas). Thinking
and redacted_thinking blocks are signed by the provider and go back exactly as
they came (they only ever held placeholders, since replies pass them through
unrestored). Images and base64 documents pass through as binary parts. Block
types this module does not know are scanned leaf by leaf.
"""
from __future__ import annotations

import json
from typing import Any, AsyncIterator, Callable, Hashable

from redactor.backends.local import ChatRequest, ChatResult, ChatStream, LocalModelBackend, collect, new_id
from redactor.core import LocalRequestError
from redactor.restore import Restorer
from redactor.wire import (
    safe_fields,
    type_of,
    Extraction,
    SegmentCollector,
    unclaimed_indices,
    WireError,
    expect_list,
    expect_object,
    optional_list,
    text_of_parts,
)
from redactor.wire.local_reply import (
    LocalReply,
    json_bytes,
    json_object,
    json_reply,
    message_text,
    number,
    sse_reply,
    stop_list,
)
from redactor.wire.sse import ServerSentEvent
from redactor.wire.streams import HeldStream, StreamRewriter, dump_json, hashable, if_changed, with_data

API = "anthropic"

# Passed as they are (everything else is scanned; see redactor.wire.SegmentCollector.rest):
# the model, enum switches, and the names of tools the client defined.
SAFE_FIELDS = safe_fields(
    "model", "tools.*.name", "messages.*.content.*.name", "tool_choice.name", "thinking.display",
    "output_config.effort", "context_management.edits.*.keep", "service_tier", "mcp_servers.*.name",
)
_SIGNED_BLOCKS = frozenset({"thinking", "redacted_thinking"})
_TOOL_USE_BLOCKS = frozenset({"tool_use", "server_tool_use", "mcp_tool_use"})
_TOOL_RESULT_BLOCKS = frozenset({"tool_result", "mcp_tool_result"})
_BINARY_BLOCKS = frozenset({"image", "container_upload"})


def extract(body: dict, settled: frozenset[int] = frozenset()) -> Extraction:
    """The body's segments; messages whose index is in `settled` are claimed whole and yield none
    (their redacted form is already known: see redactor.server.history_memo)."""
    if "messages" not in body:
        raise WireError("'messages' is required")
    messages = expect_list(body["messages"], ("messages",))
    collector = SegmentCollector()
    system = body.get("system")
    if isinstance(system, list):
        _blocks(collector, ("system",), system, "system", "prose", "system")
    else:
        collector.text(("system",), system, role="system", kind="prose", position="system")
    collector.claim_items(("messages",), settled)  # each identical to a message that passed every check below
    for index in unclaimed_indices(len(messages), settled) if settled else range(len(messages)):
        path = ("messages", index)
        message = expect_object(messages[index], path)
        role = message.get("role")
        if not isinstance(role, str):
            raise WireError(f"'messages[{index}].role' must be a string")
        content = message.get("content")
        position = "assistant" if role == "assistant" else "user"
        if content is None or isinstance(content, str):
            collector.text(path + ("content",), content, role=role, kind="prose", position=position)
        elif isinstance(content, list):
            _blocks(collector, path + ("content",), content, role, "prose", position)
        else:
            raise WireError(f"'messages[{index}].content' must be a string or a list of content blocks")
    _tools(collector, body)
    collector.rest(body, SAFE_FIELDS)
    return collector.finish(first_turn(body))


def first_turn(body: dict) -> list[str]:
    """The texts that anchor the conversation: the system prompt and every user message before the
    first reply (see redactor.wire.session). Any body shape: called before `extract` validates it."""
    texts = [text_of_parts(body.get("system"))]
    messages = body.get("messages")
    for message in messages if isinstance(messages, list) else ():
        if not isinstance(message, dict) or message.get("role") != "user":
            break
        texts.append(text_of_parts(message.get("content")))
    return texts


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed Message in place and return it. Thinking stays as sent."""
    content = body.get("content")
    if isinstance(content, str):  # off-spec, but a string of text is restored like a text block
        body["content"] = restorer.restore(content)[0]
    elif isinstance(content, list):  # anything else (a number, an object from a broken upstream) passes as sent
        for block in content:
            if isinstance(block, dict):
                restore_content_block(block, restorer)
    return body


def restore_content_block(block: dict, restorer: Restorer) -> dict:
    """Restore one reply content block in place (text and tool_use input; never thinking)."""
    block_type = type_of(block)
    if block_type == "text" and isinstance(block.get("text"), str):
        block["text"] = restorer.restore(block["text"])[0]
    elif block_type in _TOOL_USE_BLOCKS and "input" in block:
        block["input"] = restorer.restore_json(block["input"])
    return block


def _blocks(collector: SegmentCollector, path: tuple, blocks: list, role: str, kind: str,
            position: str) -> None:
    for index, block in enumerate(blocks):
        block_path = path + (index,)
        block = expect_object(block, block_path)
        block_type = type_of(block)
        if block_type == "text":
            collector.text(block_path + ("text",), block.get("text"), role=role, kind=kind, position=position)
        elif block_type in _SIGNED_BLOCKS:
            # Signed by the provider: any change breaks the signature. Replies never
            # restore thinking, so it only ever holds what the provider saw.
            collector.claim(block_path)
        elif block_type in _TOOL_USE_BLOCKS:
            collector.json_document(block_path + ("input",), block.get("input"), role="assistant",
                                    position="tool_arguments")
        elif block_type in _TOOL_RESULT_BLOCKS:
            content = block.get("content")
            if content is None or isinstance(content, str):
                collector.text(block_path + ("content",), content, role="tool", kind="tool_result",
                               position="tool_result")
            else:
                _blocks(collector, block_path + ("content",), expect_list(content, block_path + ("content",)),
                        "tool", "tool_result", "tool_result")
        elif block_type == "document":
            _document(collector, block_path, block, role, position)
        elif block_type == "search_result":
            for key in ("title", "source"):
                collector.text(block_path + (key,), block.get(key) if isinstance(block.get(key), str) else None,
                               role=role, kind="prose", position=position)
            _blocks(collector, block_path + ("content",), optional_list(block, "content", block_path),
                    role, "tool_result", position)
        elif block_type in _BINARY_BLOCKS:
            collector.binary(block_path + ("source", "data"))
        else:
            collector.unknown(block_path, block, role=role, position=position, kind=kind)


def _document(collector: SegmentCollector, path: tuple, block: dict, role: str, position: str) -> None:
    for key in ("title", "context"):
        value = block.get(key)
        collector.text(path + (key,), value if isinstance(value, str) else None, role=role, kind="prose",
                       position=position)
    source = block.get("source")
    if not isinstance(source, dict):
        return
    source_type = type_of(source)
    if source_type == "text":
        collector.text(path + ("source", "data"), source.get("data"), role=role, kind="tool_result",
                       position=position)
    elif source_type == "content":
        content = source.get("content")
        if isinstance(content, str):
            collector.text(path + ("source", "content"), content, role=role, kind="tool_result",
                           position=position)
        elif content is not None:
            _blocks(collector, path + ("source", "content"), expect_list(content, path + ("source", "content")),
                    role, "tool_result", position)
    elif source_type in ("base64", "file"):
        collector.binary(path + ("source", "data"))


def _tools(collector: SegmentCollector, body: dict) -> None:
    for index, tool in enumerate(optional_list(body, "tools")):
        tool_path = ("tools", index)
        tool = expect_object(tool, tool_path)
        description = tool.get("description")
        collector.text(tool_path + ("description",), description if isinstance(description, str) else None,
                       role="system", kind="prose", position="tool_definition")
        collector.schema(tool_path + ("input_schema",), tool.get("input_schema"))


# -- a streamed reply: restoring the upstream's event stream -----------------------------------


_ANTHROPIC_TEXT_DELTAS = {
    # delta type -> (field holding the text, text is raw JSON)
    "text_delta": ("text", False),
    "input_json_delta": ("partial_json", True),
}


class AnthropicStream(StreamRewriter):
    """Restores a ``/v1/messages`` stream (``stream=true``).

    ``text_delta`` and ``input_json_delta`` (raw JSON) are restored per content
    block; ``thinking_delta``, ``signature_delta``, thinking blocks and any
    other delta pass through unchanged. Text still held for a block is sent in
    an extra ``content_block_delta`` right before its ``content_block_stop``
    (and before ``message_delta``/``message_stop``, or at close, if the stop
    never came).
    """

    _FINAL_TYPES = frozenset({"message_stop"})

    def _rewrite(self, event: ServerSentEvent, payload: dict) -> list[ServerSentEvent]:
        event_type = payload.get("type")
        if event_type == "content_block_delta":
            return [self._restore_block_delta(event, payload)]
        if event_type == "content_block_start":
            return [self._restore_block_start(event, payload)]
        if event_type == "content_block_stop":
            block = hashable(payload.get("index"))
            return [*self._flush(lambda key, _stream: key[0] == block), event]
        if event_type in ("message_delta", "message_stop"):
            return [*self._flush_all(), event]
        if event_type == "message_start" and isinstance(payload.get("message"), dict):
            restore_response(payload["message"], self._restorer)
            return [if_changed(event, payload)]
        return [event]

    def _restore_block_delta(self, event: ServerSentEvent, payload: dict) -> ServerSentEvent:
        delta = payload.get("delta")
        if not isinstance(delta, dict) or type_of(delta) not in _ANTHROPIC_TEXT_DELTAS:
            return event  # thinking_delta, signature_delta, citations_delta and anything new
        delta_type = delta["type"]
        text_field = _ANTHROPIC_TEXT_DELTAS[delta_type][0]
        text = delta.get(text_field)
        if not isinstance(text, str):
            return event
        restored = self._feed(self._block_stream(payload.get("index"), delta_type), text)
        if restored == text:
            return event
        delta[text_field] = restored
        return with_data(event, payload)

    def _restore_block_start(self, event: ServerSentEvent, payload: dict) -> ServerSentEvent:
        block = payload.get("content_block")
        if not isinstance(block, dict):
            return event
        if block.get("type") == "text" and isinstance(block.get("text"), str):
            # Text given at block start continues in the block's text_deltas.
            text = block["text"]
            restored = self._feed(self._block_stream(payload.get("index"), "text_delta"), text)
            if restored == text:
                return event
            block["text"] = restored
            return with_data(event, payload)
        restore_content_block(block, self._restorer)  # never touches thinking
        return if_changed(event, payload)

    def _block_stream(self, index: Any, delta_type: str) -> HeldStream:
        text_field, json_text = _ANTHROPIC_TEXT_DELTAS[delta_type]
        stream = self._stream((hashable(index), delta_type), json_escape=json_text)
        if stream.destination is None:
            def build(text: str) -> ServerSentEvent:
                payload = {"type": "content_block_delta", "index": index,
                           "delta": {"type": delta_type, text_field: text}}
                return ServerSentEvent(data=dump_json(payload), event="content_block_delta")

            stream.destination = build
        return stream

    def _flush(self, matches: Callable[[Hashable, HeldStream], bool]) -> list[ServerSentEvent]:
        return [stream.destination(text) for stream, text in self._flush_matching(matches)]

    def _flush_all(self) -> list[ServerSentEvent]:
        return self._flush(lambda _key, _stream: True)


# -- a local model's answer in this API's format -------------------------------------------


def chat_request(body: dict, backend: LocalModelBackend) -> ChatRequest:
    """The neutral chat request a Messages body asks for; server tools are not offered."""
    messages: list[dict] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": message_text(system)})
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise LocalRequestError("'messages' must be a list")
    for raw in raw_messages:
        if not isinstance(raw, dict):
            continue
        role, content = raw.get("role"), raw.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        if not isinstance(content, list):
            continue
        if role == "assistant":
            text = message_text([block for block in content if isinstance(block, dict) and block.get("type") == "text"])
            calls = [{"id": str(block.get("id") or new_id("toolu_")), "type": "function",
                      "function": {"name": str(block.get("name") or ""),
                                   "arguments": json.dumps(block.get("input") if block.get("input") is not None
                                                           else {})}}
                     for block in content if isinstance(block, dict) and block.get("type") == "tool_use"]
            message: dict = {"role": "assistant", "content": text}
            if calls:
                message["tool_calls"] = calls
            messages.append(message)
        elif role == "user":
            # Tool results answer the previous assistant turn, so they come first.
            for block in content:
                if isinstance(block, dict) and block.get("type") == "tool_result":
                    result_text = message_text(block.get("content"))
                    if block.get("is_error"):
                        result_text = "[tool error] " + result_text
                    messages.append({"role": "tool", "tool_call_id": str(block.get("tool_use_id") or ""),
                                     "content": result_text})
            others = [block for block in content if not (isinstance(block, dict) and block.get("type") == "tool_result")]
            if others:
                messages.append({"role": "user", "content": message_text(others)})
    tools = []
    for tool in body.get("tools") or []:
        # Server tools (web search, code execution, computer use) have no input
        # schema and cannot run locally; only custom tools are offered.
        if isinstance(tool, dict) and tool.get("name") and isinstance(tool.get("input_schema"), dict):
            tools.append({"type": "function", "function": {
                "name": tool["name"], "description": tool.get("description") or "",
                "parameters": tool["input_schema"]}})
    tool_choice: Any = None
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        tool_choice = {"auto": "auto", "any": "required", "none": "none"}.get(choice.get("type"))
        if choice.get("type") == "tool":
            tool_choice = {"type": "function", "function": {"name": choice.get("name")}}
    return ChatRequest(messages, tools or None, tool_choice, backend.max_tokens_for(body.get("max_tokens")),
                       number(body.get("temperature")), number(body.get("top_p")),
                       stop_list(body.get("stop_sequences")))


async def local_reply(backend: LocalModelBackend, body: dict, stream: bool) -> LocalReply:
    """Answer an Anthropic Messages body: a `message` JSON, or its event stream."""
    request = chat_request(body, backend)
    opened = await backend.open_stream(request)
    if not stream:
        return json_reply(local_document(await collect(opened)))
    return sse_reply(_local_events(opened), stream_error_event, opened)


async def local_count_tokens_reply(backend: LocalModelBackend, body: dict, stream: bool) -> LocalReply:
    """Answer `/v1/messages/count_tokens` with the local model's count (never streamed)."""
    request = chat_request({**body, "max_tokens": 1}, backend)
    return json_reply({"input_tokens": backend.count_tokens(request)})


_ANTHROPIC_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def local_document(result: ChatResult) -> dict:
    content: list[dict] = []
    if result.text or not result.tool_calls:
        content.append({"type": "text", "text": result.text})
    for call in result.tool_calls:
        content.append({"type": "tool_use", "id": _anthropic_tool_id(call.id), "name": call.name,
                        "input": json_object(call.arguments)})
    return {"id": new_id("msg_"), "type": "message", "role": "assistant", "model": result.model,
            "content": content, "stop_reason": _ANTHROPIC_STOP.get(result.finish_reason, "end_turn"),
            "stop_sequence": None,
            "usage": {"input_tokens": result.usage.prompt_tokens, "output_tokens": result.usage.completion_tokens}}


async def _local_events(stream: ChatStream) -> AsyncIterator[bytes]:
    def event(kind: str, payload: dict) -> bytes:
        return f"event: {kind}\ndata: ".encode() + json_bytes({"type": kind, **payload}) + b"\n\n"

    yield event("message_start", {"message": {
        "id": new_id("msg_"), "type": "message", "role": "assistant", "model": stream.model, "content": [],
        "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": stream.prompt_tokens or 0, "output_tokens": 1}}})
    yield event("ping", {})
    block = -1
    open_kind: str | None = None  # "text" or "tool"
    tool_blocks: dict[int, int] = {}
    finish, usage, called = "stop", None, False
    async for chunk in stream:
        if chunk.text:
            if open_kind != "text":
                if open_kind is not None:
                    yield event("content_block_stop", {"index": block})
                block, open_kind = block + 1, "text"
                yield event("content_block_start", {"index": block, "content_block": {"type": "text", "text": ""}})
            yield event("content_block_delta", {"index": block, "delta": {"type": "text_delta", "text": chunk.text}})
        for delta in chunk.tool_calls:
            called = True
            if delta.index not in tool_blocks:
                if open_kind is not None:
                    yield event("content_block_stop", {"index": block})
                block, open_kind = block + 1, "tool"
                tool_blocks[delta.index] = block
                yield event("content_block_start", {"index": block, "content_block": {
                    "type": "tool_use", "id": _anthropic_tool_id(delta.id or new_id("toolu_")),
                    "name": delta.name or "", "input": {}}})
            if delta.arguments and tool_blocks[delta.index] == block:
                yield event("content_block_delta", {"index": block, "delta": {
                    "type": "input_json_delta", "partial_json": delta.arguments}})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if open_kind is None:
        block = 0
        yield event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
    yield event("content_block_stop", {"index": block})
    if called and finish == "stop":
        finish = "tool_calls"
    yield event("message_delta", {"delta": {"stop_reason": _ANTHROPIC_STOP.get(finish, "end_turn"),
                                            "stop_sequence": None},
                                  "usage": {"output_tokens": (usage.completion_tokens if usage else 0)}})
    yield event("message_stop", {})


def _anthropic_tool_id(call_id: str) -> str:
    return call_id if call_id.startswith("toolu_") else "toolu_" + call_id.removeprefix("call_")


def stream_error_event(code: str, message: str) -> bytes:
    """The `error` event that ends a Messages stream which failed after it started (no code field:
    Anthropic's error events carry a type and a message only)."""
    payload = {"type": "error", "error": {"type": "api_error", "message": message}}
    return b"event: error\ndata: " + json.dumps(payload).encode() + b"\n\n"
