"""OpenAI Responses API (`POST /v1/responses`, used by Codex), end to end: request segments,
restoration of whole and streamed replies (`ResponsesStream`), and a local model's answer as a
`response` object or its typed event stream (`local_reply`, `stream_error_event`, with the
in-memory record of served responses that `previous_response_id` needs).

Covered request fields: `instructions` (string or items), `input` (a string or
a list of items: messages with content parts, function calls and their
outputs, custom tool calls (Codex's apply_patch), shell and local-shell calls,
apply-patch calls, MCP calls, reasoning summaries), tool definitions, the
text-format schema and prompt-template variables. Item types this module does
not know are scanned leaf by leaf (every non-opaque string), so a new item type
cannot carry text out unscanned. Images and files pass through as binary parts.
"""
from __future__ import annotations

import json
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Hashable

from redactor.backends.local import ChatResult, ChatRequest, ChatStream, LocalModelBackend, ToolCall, Usage, collect, new_id
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
from redactor.wire.local_reply import LocalReply, json_bytes, json_reply, message_text, number, sse_reply
from redactor.wire.sse import ServerSentEvent
from redactor.wire.streams import HeldStream, StreamRewriter, dump_json, hashable, if_changed, with_data

API = "openai_responses"

_ROLE_PLACES = {
    "system": ("system", "prose"),
    "developer": ("system", "prose"),
    "user": ("user", "prose"),
    "assistant": ("assistant", "prose"),
}
_TEXT_PARTS = frozenset({"input_text", "output_text", "text", "summary_text", "reasoning_text"})
_BINARY_PARTS = frozenset({"input_image", "input_file", "input_audio", "image_url", "file"})
_BINARY_ITEMS = frozenset({"image_generation_call", "computer_call_output"})
# Passed as they are (everything else is scanned; see redactor.wire.SegmentCollector.rest):
# the model, enum switches, and the names of tools the client defined.
SAFE_FIELDS = safe_fields(
    "model", "tool_choice", "tool_choice.name", "tools.*.name", "tools.*.tools.*.name", "input.*.name",
    "include.*",
    "reasoning.effort", "reasoning.summary", "reasoning.generate_summary", "service_tier", "truncation",
    "text.format.name", "text.verbosity", "prompt.id", "prompt.version", "prompt_cache_retention",
    "input.*.content.*.input_audio.format",
    # Provider-encrypted reasoning goes back exactly as it came.
    "input.*.encrypted_content",
)
_OUTPUT_ITEMS = frozenset({
    "function_call_output", "custom_tool_call_output", "local_shell_call_output",
    "shell_call_output", "apply_patch_call_output", "computer_call_output",
})


def extract(body: dict, settled: frozenset[int] = frozenset()) -> Extraction:
    """The body's segments; `input` items whose index is in `settled` are claimed whole and yield none
    (their redacted form is already known: see redactor.server.history_memo)."""
    collector = SegmentCollector()
    instructions = body.get("instructions")
    if isinstance(instructions, list):
        _items(collector, ("instructions",), instructions)
    else:
        collector.text(("instructions",), instructions, role="system", kind="prose", position="system")
    source = body.get("input")
    if isinstance(source, str) or source is None:
        collector.text(("input",), source, role="user", kind="prose", position="user")
    else:
        _items(collector, ("input",), expect_list(source, ("input",)), settled)
    _tools(collector, body)
    _text_format(collector, body)
    _prompt_variables(collector, body)
    collector.rest(body, SAFE_FIELDS)
    return collector.finish(first_turn(body))


def first_turn(body: dict) -> list[str]:
    """The texts that anchor the conversation (see redactor.wire.session): the instructions, then
    every system, developer and user message of `input` before the first reply or tool call.
    Any body shape: called before `extract` validates it."""
    instructions = body.get("instructions")
    if isinstance(instructions, list):
        texts = ["\n".join(text_of_parts(item.get("content")) for item in instructions if isinstance(item, dict))]
    else:
        texts = [instructions if isinstance(instructions, str) else ""]
    source = body.get("input")
    if isinstance(source, str) or source is None:
        texts.append(source or "")
        return texts
    for item in source if isinstance(source, list) else ():
        if isinstance(item, str):
            texts.append(item)
        elif (isinstance(item, dict) and item.get("type", "message") == "message"
              and item.get("role") in ("system", "developer", "user")):
            texts.append(text_of_parts(item.get("content")))
        else:
            break
    return texts


def restore_response(body: dict, restorer: Restorer) -> dict:
    """Restore a non-streamed Response object in place and return it.

    Also used for the full response carried by streamed `response.completed`
    (and similar) events, so both paths restore the same fields.
    """
    for item in body.get("output") or ():
        if isinstance(item, dict):
            restore_output_item(item, restorer)
    if isinstance(body.get("instructions"), str):
        body["instructions"] = restorer.restore(body["instructions"])[0]
    # The response echoes the request's side fields, which went out redacted.
    for key in ("user", "safety_identifier", "prompt_cache_key"):
        if isinstance(body.get(key), str):
            body[key] = restorer.restore(body[key])[0]
    if isinstance(body.get("metadata"), dict):
        body["metadata"] = restorer.restore_json(body["metadata"])
    return body


def restore_output_item(item: dict, restorer: Restorer) -> dict:
    """Restore one output item (message, function call, custom tool call, ...) in place."""
    item_type = type_of(item)
    if item_type == "message":
        for part in item.get("content") or ():
            if not isinstance(part, dict):
                continue
            for key in ("text", "refusal"):
                if isinstance(part.get(key), str):
                    part[key] = restorer.restore(part[key])[0]
    elif item_type in ("function_call", "mcp_call"):
        if isinstance(item.get("arguments"), str):
            # Arguments are the inside of a JSON document: escape restored values.
            item["arguments"] = restorer.restore(item["arguments"], json_escape=True)[0]
        if isinstance(item.get("output"), str):
            item["output"] = restorer.restore(item["output"])[0]
    elif item_type == "custom_tool_call":
        if isinstance(item.get("input"), str):
            item["input"] = restorer.restore(item["input"])[0]
    elif item_type in ("local_shell_call", "shell_call", "apply_patch_call"):
        for key in ("action", "operation"):
            if key in item:
                item[key] = restorer.restore_json(item[key])
    elif item_type == "reasoning":
        # Reasoning summaries are shown to the user: restore them like assistant text.
        # encrypted_content is opaque and goes back to the provider as it came.
        for key in ("summary", "content"):
            for part in item.get(key) or ():
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = restorer.restore(part["text"])[0]
    return item


def _items(collector: SegmentCollector, path: tuple, items: list, settled: frozenset[int] = frozenset()) -> None:
    collector.claim_items(path, settled)  # each identical to an item that passed every check below
    for index in unclaimed_indices(len(items), settled) if settled else range(len(items)):
        item_path = path + (index,)
        item = items[index]
        if isinstance(item, str):
            collector.text(item_path, item, role="user", kind="prose", position="user")
            continue
        item = expect_object(item, item_path)
        item_type = item.get("type", "message")
        if not isinstance(item_type, str):  # hostile bodies put lists there (unhashable below)
            raise WireError(f"'{describe_path(item_path + ('type',))}' must be a string")
        if item_type == "message":
            role = item.get("role")
            if not isinstance(role, str):
                raise WireError(f"'{path[0]}[{index}].role' must be a string")
            position, kind = _ROLE_PLACES.get(role, ("user", "prose"))
            _content(collector, item_path + ("content",), item.get("content"), role, kind, position)
        elif item_type in ("function_call", "mcp_call"):
            collector.json_string(item_path + ("arguments",), item.get("arguments"), role="assistant",
                                  position="tool_arguments")
            if item_type == "mcp_call":
                collector.text(item_path + ("output",), item.get("output"), role="tool",
                               kind="tool_result", position="tool_result")
        elif item_type == "custom_tool_call":
            # Codex's apply_patch is a custom tool whose input is a patch: code.
            collector.text(item_path + ("input",), item.get("input"), role="assistant", kind="code",
                           position="tool_arguments")
        elif item_type in ("local_shell_call", "shell_call", "apply_patch_call"):
            for key in ("action", "operation"):
                if key in item:
                    collector.json_document(item_path + (key,), item[key], role="assistant",
                                            position="tool_arguments")
        elif item_type in _BINARY_ITEMS:
            collector.binary(item_path + ("result",))
        elif item_type in _OUTPUT_ITEMS:
            _output(collector, item_path + ("output",), item.get("output"))
        elif item_type == "reasoning":
            for key in ("summary", "content"):
                for part_index, part in enumerate(optional_list(item, key, item_path)):
                    if isinstance(part, dict):
                        collector.text(item_path + (key, part_index, "text"), part.get("text"),
                                       role="assistant", kind="prose", position="assistant")
        elif item_type == "item_reference":
            continue
        else:
            collector.unknown(item_path, item, role="assistant", position="assistant", kind="json_value")


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
        if part_type in _TEXT_PARTS:
            collector.text(part_path + ("text",), part.get("text"), role=role, kind=kind, position=position)
        elif part_type == "refusal":
            collector.text(part_path + ("refusal",), part.get("refusal"), role=role, kind=kind,
                           position=position)
        elif part_type in _BINARY_PARTS:
            # Encoded bytes pass; file names and remote URLs are scanned by `rest`.
            collector.binary(part_path + ("file_data",), part_path + ("input_audio", "data"),
                             part_path + ("file", "file_data"))
        else:
            collector.unknown(part_path, part, role=role, position=position, kind=kind)


def _output(collector: SegmentCollector, path: tuple, output: Any) -> None:
    if output is None or isinstance(output, str):
        collector.text(path, output, role="tool", kind="tool_result", position="tool_result")
    elif isinstance(output, list) and all(isinstance(part, dict) and "type" in part for part in output):
        _content(collector, path, output, "tool", "tool_result", "tool_result")
    else:
        # shell_call_output: [{"stdout", "stderr", "outcome"}] and other structured outputs.
        collector.unknown(path, output, role="tool", position="tool_result", kind="tool_result")


def _tools(collector: SegmentCollector, body: dict, path: tuple = ()) -> None:
    for index, tool in enumerate(optional_list(body, "tools", path)):
        tool_path = path + ("tools", index)
        tool = expect_object(tool, tool_path)
        for key in ("description", "server_description"):
            collector.text(tool_path + (key,), tool.get(key) if isinstance(tool.get(key), str) else None,
                           role="system", kind="prose", position="tool_definition")
        collector.schema(tool_path + ("parameters",), tool.get("parameters"))
        if type_of(tool) == "namespace":
            # Codex groups tools in namespaces (multi_agent_v1): the same definitions, one level down.
            _tools(collector, tool, tool_path)


def _text_format(collector: SegmentCollector, body: dict) -> None:
    text = body.get("text")
    if not isinstance(text, dict) or not isinstance(text.get("format"), dict):
        return
    text_format = text["format"]
    collector.text(("text", "format", "description"), text_format.get("description"), role="system",
                   kind="prose", position="tool_definition")
    collector.schema(("text", "format", "schema"), text_format.get("schema"))


def _prompt_variables(collector: SegmentCollector, body: dict) -> None:
    prompt = body.get("prompt")
    if not isinstance(prompt, dict) or not isinstance(prompt.get("variables"), dict):
        return
    for name, value in prompt["variables"].items():
        path = ("prompt", "variables", name)
        if isinstance(value, str):
            collector.text(path, value, role="user", kind="prose", position="user")
        elif isinstance(value, dict):
            # An input_text / input_image / input_file part.
            collector.unknown(path, value, role="user", position="user", kind="prose")


# -- a streamed reply: restoring the upstream's event stream -----------------------------------


@dataclass(frozen=True)
class _ResponsesText:
    """A Responses API text that streams as ``<family>.delta`` and ends with ``<family>.done``."""

    part_field: str | None  # which index tells the parts of one item apart
    json_text: bool  # raw JSON text (tool-call arguments): restored JSON-escaped
    done_field: str  # the field of the ``.done`` event holding the whole text


_RESPONSES_TEXTS = {
    "response.output_text": _ResponsesText("content_index", False, "text"),
    "response.refusal": _ResponsesText("content_index", False, "refusal"),
    "response.reasoning_text": _ResponsesText("content_index", False, "text"),
    "response.reasoning_summary_text": _ResponsesText("summary_index", False, "text"),
    "response.function_call_arguments": _ResponsesText(None, True, "arguments"),
    "response.mcp_call_arguments": _ResponsesText(None, True, "arguments"),
    "response.custom_tool_call_input": _ResponsesText(None, False, "input"),
}
_RESPONSES_DELTA_EVENTS = {f"{family}.delta": family for family in _RESPONSES_TEXTS}
_RESPONSES_DONE_EVENTS = {f"{family}.done": family for family in _RESPONSES_TEXTS}
_RESPONSES_LIFECYCLE = frozenset({
    "response.created", "response.in_progress", "response.queued",
    "response.completed", "response.incomplete", "response.failed",
})
_RESPONSES_LIFECYCLE_END = frozenset({"response.completed", "response.incomplete", "response.failed"})
# Content parts are restored as parts of an item of this type (one rule for both paths).
_RESPONSES_PART_ITEM = {
    "response.content_part.added": ("message", "content", "part"),
    "response.content_part.done": ("message", "content", "part"),
    "response.reasoning_summary_part.added": ("reasoning", "summary", "part"),
    "response.reasoning_summary_part.done": ("reasoning", "summary", "part"),
}


class ResponsesStream(StreamRewriter):
    """Restores a ``/v1/responses`` stream (``stream=true``).

    Deltas (output text, refusals, reasoning text and summaries, function and
    MCP call arguments, custom tool input) are restored per item and part; the
    ``.done`` events, output items, content parts and the lifecycle events
    carrying the whole response are restored completely. Text still held when
    its stream ends is sent as one extra ``.delta`` event right before the
    event that ends it (``.done``, ``content_part.done``, ``output_item.done``,
    ``response.completed``...). The extra event reuses that event's
    ``sequence_number``: numbering stays the upstream's (which
    ``starting_after`` resumption relies on) and never decreases.
    """

    _FINAL_TYPES = frozenset({"response.completed", "response.incomplete", "response.failed"})

    def __init__(self, restorer: Restorer) -> None:
        super().__init__(restorer)
        self._last_sequence_number: Any = None

    def _rewrite(self, event: ServerSentEvent, payload: dict) -> list[ServerSentEvent]:
        event_type = payload.get("type")
        if not isinstance(event_type, str):
            return [event]
        if "sequence_number" in payload:
            self._last_sequence_number = payload["sequence_number"]
        family = _RESPONSES_DELTA_EVENTS.get(event_type)
        if family is not None:
            return [self._restore_delta(event, payload, family)]
        injected = self._flush_ending(event_type, payload)
        return [*injected, self._restore_whole(event, event_type, payload)]

    def _restore_delta(self, event: ServerSentEvent, payload: dict, family: str) -> ServerSentEvent:
        delta = payload.get("delta")
        if not isinstance(delta, str):
            return event
        text = _RESPONSES_TEXTS[family]
        stream = self._stream(_responses_key(family, payload), json_escape=text.json_text)
        stream.destination = _ResponsesFlushTarget(event, payload)
        restored = self._feed(stream, delta)
        if restored == delta:
            return event
        payload["delta"] = restored
        return with_data(event, payload)

    def _restore_whole(self, event: ServerSentEvent, event_type: str, payload: dict) -> ServerSentEvent:
        restorer = self._restorer
        family = _RESPONSES_DONE_EVENTS.get(event_type)
        if family is not None:
            text = _RESPONSES_TEXTS[family]
            value = payload.get(text.done_field)
            if not isinstance(value, str):
                return event
            restored, count = restorer.restore(value, json_escape=text.json_text)
            if not count:
                return event
            payload[text.done_field] = restored
            return with_data(event, payload)
        if event_type in _RESPONSES_LIFECYCLE and isinstance(payload.get("response"), dict):
            restore_response(payload["response"], restorer)
        elif event_type in ("response.output_item.added", "response.output_item.done") \
                and isinstance(payload.get("item"), dict):
            restore_output_item(payload["item"], restorer)
        elif event_type in _RESPONSES_PART_ITEM and isinstance(payload.get("part"), dict):
            item_type, list_field, part_field = _RESPONSES_PART_ITEM[event_type]
            restore_output_item({"type": item_type, list_field: [payload[part_field]]}, restorer)
        else:
            return event  # unknown or nothing to restore: unchanged
        return if_changed(event, payload)

    def _flush_ending(self, event_type: str, payload: dict) -> list[ServerSentEvent]:
        """Extra delta events for text held in the streams that `event_type` ends."""
        if not self._holding_anything():
            return []
        item = hashable(payload.get("item_id", payload.get("output_index")))
        matches: Callable[[Hashable, HeldStream], bool]
        family = _RESPONSES_DONE_EVENTS.get(event_type)
        if family is not None:
            ended = _responses_key(family, payload)
            matches = lambda key, _stream: key == ended  # noqa: E731
        elif event_type == "response.content_part.done":
            part = hashable(payload.get("content_index"))
            matches = lambda key, _stream: (  # noqa: E731
                key[1] == item and key[2] == part and _RESPONSES_TEXTS[key[0]].part_field == "content_index")
        elif event_type == "response.reasoning_summary_part.done":
            ended = ("response.reasoning_summary_text", item, hashable(payload.get("summary_index")))
            matches = lambda key, _stream: key == ended  # noqa: E731
        elif event_type == "response.output_item.done":
            output_item = payload.get("item")
            item_id = hashable(output_item.get("id")) if isinstance(output_item, dict) else None
            output_index = hashable(payload.get("output_index"))
            matches = lambda key, stream: (  # noqa: E731
                (item_id is not None and key[1] == item_id)
                or (output_index is not None and stream.destination.output_index == output_index))
        elif event_type in _RESPONSES_LIFECYCLE_END:
            matches = lambda _key, _stream: True  # noqa: E731
        else:
            return []
        sequence_number = payload.get("sequence_number")
        return [stream.destination.build(text, sequence_number) for stream, text in self._flush_matching(matches)]

    def _flush_all(self) -> list[ServerSentEvent]:
        return [stream.destination.build(text, self._last_sequence_number)
                for stream, text in self._flush_matching(lambda _key, _stream: True)]


def _responses_key(family: str, payload: dict) -> tuple:
    part_field = _RESPONSES_TEXTS[family].part_field
    return (family, hashable(payload.get("item_id", payload.get("output_index"))),
            hashable(payload.get(part_field)) if part_field else None)


class _ResponsesFlushTarget:
    """Builds the extra ``.delta`` event for held text, shaped like the stream's last delta."""

    def __init__(self, template_event: ServerSentEvent, template: dict) -> None:
        self._event_name = template_event.event
        self.output_index = hashable(template.get("output_index"))
        self._template = template

    def build(self, text: str, sequence_number: Any) -> ServerSentEvent:
        # "obfuscation" pads the length of a delta it belongs to; logprobs
        # describe that delta's tokens: neither belongs to the flushed text.
        payload = {key: value for key, value in self._template.items() if key != "obfuscation"}
        payload["delta"] = text
        if "logprobs" in payload:
            payload["logprobs"] = []
        if sequence_number is not None:
            payload["sequence_number"] = sequence_number
        return ServerSentEvent(data=dump_json(payload), event=self._event_name)


# -- a local model's answer in this API's format -------------------------------------------


def chat_request(body: dict, backend: LocalModelBackend) -> ChatRequest:
    """The neutral chat request a Responses body asks for; `previous_response_id` must name a
    response this backend served (kept in memory only)."""
    messages: list[dict] = []
    if body.get("conversation"):
        raise LocalRequestError("server-side conversations cannot be served by the local model; "
                                "send the input items instead")
    previous = body.get("previous_response_id")
    if isinstance(previous, str) and previous:
        remembered = _memory_of(backend).get(previous)
        if remembered is None:
            raise LocalRequestError(f"previous_response_id {previous[:64]} is not known to the local model "
                                    "(it keeps responses in memory only); send the full input instead")
        messages.extend(remembered)
    instructions = body.get("instructions")
    if isinstance(instructions, str) and instructions:
        # Instructions of a previous response do not carry over (API semantics).
        messages = [message for message in messages if message.get("role") != "system"]
        messages.insert(0, {"role": "system", "content": instructions})
    raw_input = body.get("input")
    if isinstance(raw_input, str):
        messages.append({"role": "user", "content": raw_input})
    elif isinstance(raw_input, list):
        for item in raw_input:
            if isinstance(item, dict):
                _append_response_item(messages, item)
    elif raw_input is not None:
        raise LocalRequestError("'input' must be a string or a list of items")
    tools = []
    for tool in body.get("tools") or []:
        if isinstance(tool, dict) and tool.get("type") == "function" and tool.get("name"):
            tools.append({"type": "function", "function": {
                "name": tool["name"], "description": tool.get("description") or "",
                "parameters": tool.get("parameters") or {"type": "object", "properties": {}}}})
    tool_choice = body.get("tool_choice")
    if isinstance(tool_choice, dict) and tool_choice.get("type") == "function":
        tool_choice = {"type": "function", "function": {"name": tool_choice.get("name")}}
    elif not isinstance(tool_choice, str):
        tool_choice = None
    return ChatRequest(messages, tools or None, tool_choice, backend.max_tokens_for(body.get("max_output_tokens")),
                       number(body.get("temperature")), number(body.get("top_p")))


def _append_response_item(messages: list[dict], item: dict) -> None:
    kind = item.get("type", "message")
    if kind == "message":
        role = item.get("role")
        role = "system" if role in ("system", "developer") else role
        if role in ("system", "user", "assistant"):
            messages.append({"role": role, "content": message_text(item.get("content"))})
    elif kind == "function_call":
        call = {"id": str(item.get("call_id") or item.get("id") or new_id("call_")), "type": "function",
                "function": {"name": str(item.get("name") or ""), "arguments": str(item.get("arguments") or "{}")}}
        if messages and messages[-1]["role"] == "assistant" and not messages[-1]["content"]:
            messages[-1].setdefault("tool_calls", []).append(call)
        else:
            messages.append({"role": "assistant", "content": "", "tool_calls": [call]})
    elif kind == "function_call_output":
        messages.append({"role": "tool", "tool_call_id": str(item.get("call_id") or ""),
                         "content": message_text(item.get("output"))})
    # reasoning items, web-search calls and other hosted-tool items have no
    # meaning for a local model and are left out.


async def local_reply(backend: LocalModelBackend, body: dict, stream: bool) -> LocalReply:
    """Answer a Responses-API body: a `response` object, or its typed event stream."""
    request = chat_request(body, backend)
    opened = await backend.open_stream(request)
    response_id = new_id("resp_")
    if not stream:
        result = await collect(opened)
        document = local_document(response_id, result, body, int(time.time()))
        _memory_of(backend).remember(body, response_id, request.messages, result)
        return json_reply(document)
    return sse_reply(_local_events(backend, opened, response_id, body, request.messages), stream_error_event,
                     opened)


def local_document(response_id: str, result: ChatResult, body: dict, created: int,
                       item_ids: dict | None = None) -> dict:
    output = _responses_output(result, item_ids or {})
    incomplete = result.finish_reason == "length"
    document = _response_skeleton(response_id, body, result.model, created,
                                  "incomplete" if incomplete else "completed")
    document["output"] = output
    document["incomplete_details"] = {"reason": "max_output_tokens"} if incomplete else None
    document["usage"] = _responses_usage(result.usage)
    return document


def _responses_output(result: ChatResult, item_ids: dict) -> list[dict]:
    output = []
    if result.text or not result.tool_calls:
        output.append({"type": "message", "id": item_ids.get("message") or new_id("msg_"), "status": "completed",
                       "role": "assistant",
                       "content": [{"type": "output_text", "text": result.text, "annotations": [], "logprobs": []}]})
    for index, call in enumerate(result.tool_calls):
        output.append({"type": "function_call", "id": item_ids.get(index) or new_id("fc_"), "call_id": call.id,
                       "name": call.name, "arguments": call.arguments, "status": "completed"})
    return output


def _response_skeleton(response_id: str, body: dict, model: str, created: int, status: str) -> dict:
    tools = [tool for tool in body.get("tools") or [] if isinstance(tool, dict) and tool.get("type") == "function"]
    return {
        "id": response_id, "object": "response", "created_at": created, "status": status,
        "background": False, "error": None, "incomplete_details": None,
        "instructions": body.get("instructions"), "max_output_tokens": body.get("max_output_tokens"),
        "model": model, "output": [], "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": body.get("previous_response_id"),
        "reasoning": {"effort": None, "summary": None}, "store": body.get("store", True),
        "temperature": body.get("temperature", 1.0), "text": {"format": {"type": "text"}},
        "tool_choice": body.get("tool_choice", "auto"), "tools": tools, "top_p": body.get("top_p", 1.0),
        "truncation": "disabled", "usage": None, "user": None, "metadata": body.get("metadata") or {},
    }


def _responses_usage(usage: Usage) -> dict:
    return {"input_tokens": usage.prompt_tokens, "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": usage.completion_tokens, "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": usage.total_tokens}


async def _local_events(backend: LocalModelBackend, stream: ChatStream, response_id: str, body: dict,
                            messages: list[dict]) -> AsyncIterator[bytes]:
    created = int(time.time())
    sequence = 0

    def event(kind: str, payload: dict) -> bytes:
        nonlocal sequence
        document = {"type": kind, "sequence_number": sequence, **payload}
        sequence += 1
        return f"event: {kind}\ndata: ".encode() + json_bytes(document) + b"\n\n"

    skeleton = _response_skeleton(response_id, body, stream.model, created, "in_progress")
    yield event("response.created", {"response": skeleton})
    yield event("response.in_progress", {"response": skeleton})
    text: list[str] = []
    message_id: str | None = None
    message_index = -1
    calls: dict[int, dict] = {}  # tool index -> {"item", "output_index", "arguments"}
    item_ids: dict = {}
    next_index = 0
    finish, usage = "stop", None

    def close_message() -> list[bytes]:
        if message_id is None:
            return []
        full = "".join(text)
        part = {"type": "output_text", "text": full, "annotations": [], "logprobs": []}
        return [
            event("response.output_text.done", {"item_id": message_id, "output_index": message_index,
                                                "content_index": 0, "text": full, "logprobs": []}),
            event("response.content_part.done", {"item_id": message_id, "output_index": message_index,
                                                 "content_index": 0, "part": part}),
            event("response.output_item.done", {"output_index": message_index, "item": {
                "type": "message", "id": message_id, "status": "completed", "role": "assistant",
                "content": [part]}}),
        ]

    message_closed = False
    async for chunk in stream:
        if chunk.text and not message_closed:
            if message_id is None:
                message_id, message_index = new_id("msg_"), next_index
                item_ids["message"] = message_id
                next_index += 1
                yield event("response.output_item.added", {"output_index": message_index, "item": {
                    "type": "message", "id": message_id, "status": "in_progress", "role": "assistant",
                    "content": []}})
                yield event("response.content_part.added", {"item_id": message_id, "output_index": message_index,
                                                            "content_index": 0, "part": {
                                                                "type": "output_text", "text": "",
                                                                "annotations": [], "logprobs": []}})
            text.append(chunk.text)
            yield event("response.output_text.delta", {"item_id": message_id, "output_index": message_index,
                                                       "content_index": 0, "delta": chunk.text, "logprobs": []})
        elif chunk.text:
            text.append(chunk.text)  # text after a tool call: kept in the final document only
        for delta in chunk.tool_calls:
            if delta.index not in calls:
                if not message_closed:
                    for frame in close_message():
                        yield frame
                    message_closed = True
                item = {"type": "function_call", "id": new_id("fc_"), "call_id": delta.id or new_id("call_"),
                        "name": delta.name or "", "arguments": "", "status": "in_progress"}
                calls[delta.index] = {"item": item, "output_index": next_index, "arguments": []}
                item_ids[delta.index] = item["id"]
                next_index += 1
                yield event("response.output_item.added", {"output_index": calls[delta.index]["output_index"],
                                                           "item": dict(item)})
            state = calls[delta.index]
            if delta.name and not state["item"]["name"]:
                state["item"]["name"] = delta.name
            if delta.arguments:
                state["arguments"].append(delta.arguments)
                yield event("response.function_call_arguments.delta", {
                    "item_id": state["item"]["id"], "output_index": state["output_index"],
                    "delta": delta.arguments})
        if chunk.finish_reason:
            finish, usage = chunk.finish_reason, chunk.usage
    if not message_closed:
        if message_id is None and not calls:
            # Nothing generated: still one (empty) message, as the API does.
            message_id, message_index = new_id("msg_"), next_index
            item_ids["message"] = message_id
            yield event("response.output_item.added", {"output_index": message_index, "item": {
                "type": "message", "id": message_id, "status": "in_progress", "role": "assistant", "content": []}})
            yield event("response.content_part.added", {"item_id": message_id, "output_index": message_index,
                                                        "content_index": 0, "part": {
                                                            "type": "output_text", "text": "", "annotations": [],
                                                            "logprobs": []}})
        for frame in close_message():
            yield frame
    tool_calls = []
    for index in sorted(calls):
        state = calls[index]
        arguments = "".join(state["arguments"])
        item = {**state["item"], "arguments": arguments, "status": "completed"}
        tool_calls.append(ToolCall(item["call_id"], item["name"], arguments))
        yield event("response.function_call_arguments.done", {"item_id": item["id"],
                                                              "output_index": state["output_index"],
                                                              "name": item["name"], "arguments": arguments})
        yield event("response.output_item.done", {"output_index": state["output_index"], "item": item})
    if tool_calls and finish == "stop":
        finish = "tool_calls"
    result = ChatResult("".join(text) if message_id else "", tool_calls, finish,
                        usage or Usage(stream.prompt_tokens or 0, 0), stream.model)
    document = local_document(response_id, result, body, created, item_ids)
    _memory_of(backend).remember(body, response_id, messages, result)
    final = "response.incomplete" if document["status"] == "incomplete" else "response.completed"
    yield event(final, {"response": document})


class _ResponseMemory:
    """Recent Responses one local backend served, so `previous_response_id` turns work (memory only)."""

    def __init__(self, capacity: int = 256) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, list[dict]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, response_id: str) -> list[dict] | None:
        with self._lock:
            found = self._entries.get(response_id)
            return [dict(message) for message in found] if found is not None else None

    def remember(self, body: dict, response_id: str, messages: list[dict], result: ChatResult) -> None:
        if body.get("store") is False:
            return
        reply: dict = {"role": "assistant", "content": result.text}
        if result.tool_calls:
            reply["tool_calls"] = [{"id": call.id, "type": "function",
                                    "function": {"name": call.name, "arguments": call.arguments}}
                                   for call in result.tool_calls]
        with self._lock:
            self._entries[response_id] = [*messages, reply]
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)


# One memory per backend: a previous_response_id names a response of the model that served it.
_MEMORIES: "weakref.WeakKeyDictionary[LocalModelBackend, _ResponseMemory]" = weakref.WeakKeyDictionary()
_MEMORIES_LOCK = threading.Lock()


def _memory_of(backend: LocalModelBackend) -> _ResponseMemory:
    with _MEMORIES_LOCK:
        memory = _MEMORIES.get(backend)
        if memory is None:
            memory = _MEMORIES[backend] = _ResponseMemory()
        return memory


def stream_error_event(code: str, message: str) -> bytes:
    """The `error` event that ends a Responses stream which failed after it started."""
    payload = {"type": "error", "code": code, "message": message, "param": None}
    return b"event: error\ndata: " + json.dumps(payload).encode() + b"\n\n"
