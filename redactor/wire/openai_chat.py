"""OpenAI Chat Completions (`POST /v1/chat/completions`), end to end: request segments,
restoration of whole and streamed replies (`OpenAIChatStream`), and a local model's answer as a
chat.completion document or its chunk stream (`local_reply`, `stream_error_event`).

Covered request fields: every message (system, developer, user, assistant,
tool, legacy function) as a string or content-part array, assistant refusals,
tool-call arguments already in the history (JSON-aware), custom tool inputs,
predicted outputs, tool and function definitions (descriptions, parameter
schemas) and the response_format schema. Images, audio and files pass through
unscanned and are counted as binary parts.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Hashable

from redactor.backends.local import ChatRequest, ChatResult, ChatStream, LocalModelBackend, Usage, collect, new_id
from redactor.core import LocalRequestError
from redactor.restore import Restorer
from redactor.wire import (
    safe_fields,
    type_of,
    Extraction,
    SegmentCollector,
    unclaimed_indices,
    WireError,
    describe_path,
    expect_list,
    expect_object,
    optional_list,
    text_of_parts,
)
from redactor.wire.local_reply import LocalReply, json_bytes, json_reply, message_text, number, sse_reply, stop_list
from redactor.wire.sse import ServerSentEvent
from redactor.wire.streams import HeldStream, StreamRewriter, dump_json, hashable, with_data

API = "openai_chat"

# role -> (position, segment kind)
_ROLE_PLACES = {
    "system": ("system", "prose"),
    "developer": ("system", "prose"),
    "user": ("user", "prose"),
    "assistant": ("assistant", "prose"),
    "tool": ("tool_result", "tool_result"),
    "function": ("tool_result", "tool_result"),
}
_BINARY_PARTS = frozenset({"image_url", "input_audio", "file", "input_image", "input_file"})
# Passed as they are (everything else is scanned; see redactor.wire.SegmentCollector.rest):
# the model, enum switches, and the names of tools the client defined.
SAFE_FIELDS = safe_fields(
    "model", "tool_choice", "tool_choice.function.name", "tool_choice.custom.name", "function_call",
    "function_call.name", "tools.*.function.name", "tools.*.custom.name", "functions.*.name",
    "messages.*.tool_calls.*.function.name", "messages.*.tool_calls.*.custom.name",
    "messages.*.function_call.name", "service_tier", "reasoning_effort", "verbosity", "modalities.*",
    "response_format.json_schema.name", "audio.voice", "audio.format",
    "web_search_options.search_context_size", "prompt_cache_retention",
    "messages.*.content.*.input_audio.format",
)


def extract(body: dict, settled: frozenset[int] = frozenset()) -> Extraction:
    """The body's segments; messages whose index is in `settled` are claimed whole and yield none
    (their redacted form is already known: see redactor.server.history_memo)."""
    if "messages" not in body:
        raise WireError("'messages' is required")
    messages = expect_list(body["messages"], ("messages",))
    collector = SegmentCollector()
    every_message_claimed = True
    collector.claim_items(("messages",), settled)  # each identical to a message that passed every check below
    for index in unclaimed_indices(len(messages), settled) if settled else range(len(messages)):
        path = ("messages", index)
        message = expect_object(messages[index], path)
        role = message.get("role")
        if not isinstance(role, str):
            raise WireError(f"'messages[{index}].role' must be a string")
        content = message.get("content")
        position, kind = _ROLE_PLACES.get(role, ("user", "prose"))
        _content(collector, path + ("content",), content, role, kind, position)
        if role == "assistant":
            collector.text(path + ("refusal",), message.get("refusal"), role=role, kind="prose",
                           position="assistant")
            # Reasoning a reply carried is restored for the client, so it is
            # scanned when the client sends it back.
            for key in ("reasoning_content", "reasoning"):
                if isinstance(message.get(key), str):
                    collector.text(path + (key,), message[key], role=role, kind="prose", position="assistant")
            _tool_calls(collector, path, message)
        if len(message) == 2 and "content" in message and role in _ROLE_PLACES and (
                content is None or isinstance(content, str)):
            # Only "role" (one of our plain enum words, which `rest` passes) and a
            # string content (a segment now): `rest` would find nothing left in
            # it, and need not visit every message of the history on every turn.
            collector.claim(path)
        else:
            every_message_claimed = False
    if every_message_claimed:
        collector.claim(("messages",))  # nor walk the list itself
    _tools(collector, body)
    _response_format(collector, body)
    prediction = body.get("prediction")
    if isinstance(prediction, dict):
        # A predicted output is usually the current content of a file.
        _content(collector, ("prediction", "content"), prediction.get("content"), "user", "code", "user")
    collector.rest(body, SAFE_FIELDS)
    return collector.finish(first_turn(body))


def first_turn(body: dict) -> list[str]:
    """The texts that anchor the conversation: every system and user message before the first reply
    (see redactor.wire.session). Any body shape: called before `extract` validates it."""
    texts: list[str] = []
    messages = body.get("messages")
    for message in messages if isinstance(messages, list) else ():
        if not isinstance(message, dict) or message.get("role") not in ("system", "developer", "user"):
            break
        texts.append(text_of_parts(message.get("content")))
    return texts


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed chat completion in place and return it."""
    for choice in body.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if not isinstance(message, dict):
            continue
        for key in ("content", "refusal", "reasoning_content"):
            if isinstance(message.get(key), str):
                message[key] = restorer.restore(message[key])[0]
        if isinstance(message.get("content"), list):
            for part in message["content"]:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = restorer.restore(part["text"])[0]
        for call in message.get("tool_calls") or ():
            if not isinstance(call, dict):
                continue
            function = call.get("function")
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                # Arguments are the inside of a JSON document: escape restored values.
                function["arguments"] = restorer.restore(function["arguments"], json_escape=True)[0]
            custom = call.get("custom")
            if isinstance(custom, dict) and isinstance(custom.get("input"), str):
                custom["input"] = restorer.restore(custom["input"])[0]
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            legacy["arguments"] = restorer.restore(legacy["arguments"], json_escape=True)[0]
    return body


def _content(collector: SegmentCollector, path: tuple, content: Any, role: str, kind: str,
             position: str) -> None:
    if content is None or isinstance(content, str):
        collector.text(path, content, role=role, kind=kind, position=position)
        return
    if not isinstance(content, list):
        raise WireError(f"'{describe_path(path)}' must be a string or a list of content parts")
    for index, part in enumerate(content):
        part_path = path + (index,)
        part = expect_object(part, part_path)
        part_type = type_of(part)
        if part_type == "text":
            collector.text(part_path + ("text",), part.get("text"), role=role, kind=kind, position=position)
        elif part_type == "refusal":
            collector.text(part_path + ("refusal",), part.get("refusal"), role=role, kind=kind,
                           position=position)
        elif part_type in _BINARY_PARTS:
            # Encoded bytes pass; file names and remote URLs are scanned by `rest`.
            collector.binary(part_path + ("input_audio", "data"), part_path + ("file", "file_data"),
                             part_path + ("file_data",))
        else:
            collector.unknown(part_path, part, role=role, position=position, kind=kind)


def _tool_calls(collector: SegmentCollector, path: tuple, message: dict) -> None:
    for index, call in enumerate(optional_list(message, "tool_calls", path)):
        call_path = path + ("tool_calls", index)
        call = expect_object(call, call_path)
        function = call.get("function")
        if isinstance(function, dict):
            collector.json_string(call_path + ("function", "arguments"), function.get("arguments"),
                                  role="assistant", position="tool_arguments")
        custom = call.get("custom")
        if isinstance(custom, dict):
            collector.text(call_path + ("custom", "input"), custom.get("input"), role="assistant",
                           kind="code", position="tool_arguments")
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        collector.json_string(path + ("function_call", "arguments"), legacy.get("arguments"),
                              role="assistant", position="tool_arguments")


def _tools(collector: SegmentCollector, body: dict) -> None:
    for index, tool in enumerate(optional_list(body, "tools")):
        tool_path = ("tools", index)
        tool = expect_object(tool, tool_path)
        for key in ("function", "custom"):
            definition = tool.get(key)
            if isinstance(definition, dict):
                collector.text(tool_path + (key, "description"), definition.get("description"),
                               role="system", kind="prose", position="tool_definition")
                collector.schema(tool_path + (key, "parameters"), definition.get("parameters"))
    for index, function in enumerate(optional_list(body, "functions")):
        function_path = ("functions", index)
        function = expect_object(function, function_path)
        collector.text(function_path + ("description",), function.get("description"), role="system",
                       kind="prose", position="tool_definition")
        collector.schema(function_path + ("parameters",), function.get("parameters"))


def _response_format(collector: SegmentCollector, body: dict) -> None:
    response_format = body.get("response_format")
    if not isinstance(response_format, dict):
        return
    schema = response_format.get("json_schema")
    if isinstance(schema, dict):
        collector.text(("response_format", "json_schema", "description"), schema.get("description"),
                       role="system", kind="prose", position="tool_definition")
        collector.schema(("response_format", "json_schema", "schema"), schema.get("schema"))


# -- a streamed reply: restoring the upstream's chunk stream -----------------------------------


@dataclass(frozen=True)
class _ChatField:
    """Where one streamed chat text sits in a choice's delta."""

    choice_index: Any
    path: tuple  # ("content",) or ("tool_calls", call_index, "function", "arguments") ...


class OpenAIChatStream(StreamRewriter):
    """Restores a ``/v1/chat/completions`` stream (``stream=true``).

    Per choice it restores ``delta.content``, ``delta.refusal``,
    ``delta.reasoning_content``, and every tool-call fragment
    (``tool_calls[j].function.arguments`` as raw JSON text,
    ``tool_calls[j].custom.input``, legacy ``function_call.arguments``). When a
    choice finishes, text still held for it is sent first: inside the
    finishing chunk when that chunk carries the same field, otherwise in an
    extra chunk emitted just before it (likewise before ``[DONE]`` and at close).
    """

    _CHUNK_IDENTITY_FIELDS = ("id", "object", "created", "model", "system_fingerprint", "service_tier")
    _TEXT_FIELDS = ("content", "refusal", "reasoning_content")

    def __init__(self, restorer: Restorer) -> None:
        super().__init__(restorer)
        self._chunk_identity: dict[str, Any] = {"object": "chat.completion.chunk"}

    def _rewrite(self, event: ServerSentEvent, payload: dict) -> list[ServerSentEvent]:
        choices = payload.get("choices")
        if not isinstance(choices, list):
            return [event]
        self._chunk_identity = {name: payload[name] for name in self._CHUNK_IDENTITY_FIELDS if name in payload}
        changed = False
        flushed_entries = []
        for choice in choices:
            if not isinstance(choice, dict):
                continue
            choice_index = choice.get("index", 0)
            finishing = choice.get("finish_reason") is not None
            delta = choice.get("delta")
            if isinstance(delta, dict):
                changed |= self._restore_delta(choice_index, delta, finishing)
            if finishing:
                choice_key = hashable(choice_index)
                flushed = self._flush_matching(lambda key, _stream: key[0] == choice_key)
                if flushed:
                    flushed_entries.append(_chat_choice_entry(choice_index, flushed))
        rewritten = with_data(event, payload) if changed else event
        if flushed_entries:
            return [self._extra_chunk(flushed_entries), rewritten]
        return [rewritten]

    def _restore_delta(self, choice_index: Any, delta: dict, finishing: bool) -> bool:
        changed = False
        for field_name in self._TEXT_FIELDS:
            changed |= self._restore_fragment(choice_index, delta, field_name, (field_name,), False, finishing)
        tool_calls = delta.get("tool_calls")
        if isinstance(tool_calls, list):
            for position, call in enumerate(tool_calls):
                if not isinstance(call, dict):
                    continue
                call_index = call.get("index", position)
                function = call.get("function")
                if isinstance(function, dict):
                    changed |= self._restore_fragment(
                        choice_index, function, "arguments",
                        ("tool_calls", call_index, "function", "arguments"), True, finishing)
                custom = call.get("custom")
                if isinstance(custom, dict):
                    changed |= self._restore_fragment(
                        choice_index, custom, "input", ("tool_calls", call_index, "custom", "input"), False, finishing)
        legacy = delta.get("function_call")
        if isinstance(legacy, dict):
            changed |= self._restore_fragment(
                choice_index, legacy, "arguments", ("function_call", "arguments"), True, finishing)
        return changed

    def _restore_fragment(self, choice_index: Any, container: dict, field_name: str, path: tuple,
                          json_text: bool, finishing: bool) -> bool:
        fragment = container.get(field_name)
        if not isinstance(fragment, str):
            return False
        key = (hashable(choice_index), tuple(hashable(step) for step in path))
        stream = self._stream(key, json_escape=json_text)
        stream.destination = _ChatField(choice_index, path)
        # A finishing chunk ends the choice: its own field carries the tail, in order.
        restored = self._feed(stream, fragment, last=finishing)
        if restored == fragment:
            return False
        container[field_name] = restored
        return True

    def _extra_chunk(self, entries: list[dict]) -> ServerSentEvent:
        return ServerSentEvent(data=dump_json({**self._chunk_identity, "choices": entries}))

    def _flush_all(self) -> list[ServerSentEvent]:
        by_choice: dict[Hashable, list[tuple[HeldStream, str]]] = {}
        for stream, text in self._flush_matching(lambda _key, _stream: True):
            by_choice.setdefault(hashable(stream.destination.choice_index), []).append((stream, text))
        if not by_choice:
            return []
        entries = [_chat_choice_entry(flushed[0][0].destination.choice_index, flushed)
                   for flushed in by_choice.values()]
        return [self._extra_chunk(entries)]


def _chat_choice_entry(choice_index: Any, flushed: list[tuple[HeldStream, str]]) -> dict:
    """A chunk choice whose delta carries the flushed texts, each at its own place."""
    delta: dict[str, Any] = {}
    calls: dict[Hashable, dict] = {}
    for stream, text in flushed:
        path = stream.destination.path
        if path[0] == "tool_calls":
            _, call_index, kind, field_name = path
            call = calls.get(hashable(call_index))
            if call is None:
                call = calls[hashable(call_index)] = {"index": call_index}
                delta.setdefault("tool_calls", []).append(call)
            call[kind] = {field_name: text}
        elif path[0] == "function_call":
            delta["function_call"] = {"arguments": text}
        else:
            delta[path[0]] = text
    return {"index": choice_index, "delta": delta, "logprobs": None, "finish_reason": None}


# -- a local model's answer in this API's format -------------------------------------------


def chat_request(body: dict, backend: LocalModelBackend) -> ChatRequest:
    """The neutral chat request a chat-completions body asks for (legacy `functions` included)."""
    raw_messages = body.get("messages")
    if not isinstance(raw_messages, list):
        raise LocalRequestError("'messages' must be a list")
    messages: list[dict] = []
    for raw in raw_messages:
        if not isinstance(raw, dict):
            continue
        role = raw.get("role")
        if role in ("system", "developer"):
            messages.append({"role": "system", "content": message_text(raw.get("content"))})
        elif role == "user":
            messages.append({"role": "user", "content": message_text(raw.get("content"))})
        elif role == "assistant":
            message: dict = {"role": "assistant", "content": message_text(raw.get("content"))}
            calls = [_openai_tool_call(call) for call in raw.get("tool_calls") or [] if isinstance(call, dict)]
            legacy = raw.get("function_call")
            if isinstance(legacy, dict):
                calls.append(_openai_tool_call({"id": new_id("call_"), "function": legacy}))
            if calls:
                message["tool_calls"] = calls
            messages.append(message)
        elif role in ("tool", "function"):
            messages.append({"role": "tool", "tool_call_id": str(raw.get("tool_call_id") or raw.get("name") or ""),
                             "content": message_text(raw.get("content"))})
    tools = [tool for tool in body.get("tools") or [] if isinstance(tool, dict) and tool.get("type") == "function"]
    for legacy in body.get("functions") or []:
        if isinstance(legacy, dict):
            tools.append({"type": "function", "function": legacy})
    tool_choice = body.get("tool_choice")
    if tool_choice is None and isinstance(body.get("function_call"), (str, dict)):
        legacy_choice = body["function_call"]
        tool_choice = (legacy_choice if isinstance(legacy_choice, str)
                       else {"type": "function", "function": {"name": legacy_choice.get("name")}})
    return ChatRequest(
        messages, tools or None, tool_choice,
        backend.max_tokens_for(body.get("max_completion_tokens", body.get("max_tokens"))),
        number(body.get("temperature")), number(body.get("top_p")), stop_list(body.get("stop")))


async def local_reply(backend: LocalModelBackend, body: dict, stream: bool) -> LocalReply:
    """Answer an OpenAI chat-completions body: a chat.completion JSON, or its chunk stream."""
    request = chat_request(body, backend)
    opened = await backend.open_stream(request)
    if not stream:
        return json_reply(local_document(await collect(opened)))
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and options.get("include_usage") is True
    return sse_reply(_local_events(opened, include_usage), stream_error_event, opened)


def local_document(result: ChatResult) -> dict:
    message: dict = {"role": "assistant", "content": result.text if result.text or not result.tool_calls else None,
                     "refusal": None}
    if result.tool_calls:
        message["tool_calls"] = [{"id": call.id, "type": "function",
                                  "function": {"name": call.name, "arguments": call.arguments}}
                                 for call in result.tool_calls]
    return {
        "id": new_id("chatcmpl-"), "object": "chat.completion", "created": int(time.time()),
        "model": result.model, "system_fingerprint": None,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": result.finish_reason}],
        "usage": _openai_usage(result.usage),
    }


async def _local_events(stream: ChatStream, include_usage: bool) -> AsyncIterator[bytes]:
    completion_id, created = new_id("chatcmpl-"), int(time.time())

    def frame(delta: dict, finish: str | None = None) -> bytes:
        document = {"id": completion_id, "object": "chat.completion.chunk", "created": created,
                    "model": stream.model, "system_fingerprint": None,
                    "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return _data_event(document)

    yield frame({"role": "assistant", "content": ""})
    finish, usage, called = "stop", None, False
    async for chunk in stream:
        if chunk.text:
            yield frame({"content": chunk.text})
        for delta in chunk.tool_calls:
            called = True
            entry: dict = {"index": delta.index}
            function: dict = {"arguments": delta.arguments}
            if delta.id is not None:
                entry["id"], entry["type"] = delta.id, "function"
            if delta.name is not None:
                function["name"] = delta.name
            entry["function"] = function
            yield frame({"tool_calls": [entry]})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if called and finish == "stop":
        finish = "tool_calls"
    yield frame({}, finish)
    if include_usage:
        yield _data_event({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                          "model": stream.model, "system_fingerprint": None, "choices": [],
                          "usage": _openai_usage(usage or Usage(stream.prompt_tokens or 0, 0))})
    yield b"data: [DONE]\n\n"


def _openai_tool_call(call: dict) -> dict:
    function = call.get("function") if isinstance(call.get("function"), dict) else {}
    arguments = function.get("arguments")
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments if arguments is not None else {})
    return {"id": str(call.get("id") or new_id("call_")), "type": "function",
            "function": {"name": str(function.get("name") or ""), "arguments": arguments}}


def _openai_usage(usage: Usage) -> dict:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens}





def stream_error_event(code: str, message: str) -> bytes:
    """The error that ends a chat-completions stream which failed after it started (the SDK raises it)."""
    payload = {"error": {"message": message, "type": "server_error", "code": code, "param": None}}
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def _data_event(document: Any) -> bytes:
    return b"data: " + json_bytes(document) + b"\n\n"
