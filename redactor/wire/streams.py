"""Streaming replies: rewrite upstream SSE streams so placeholders come back restored.

One rewriter per API (`OpenAIChatStream`, `ResponsesStream`, `AnthropicStream`)
with the same two methods: `feed(chunk)` takes raw upstream bytes as they
arrive and returns the restored SSE bytes to send now; `close()` flushes what
is held back when the upstream ends (also mid-event). Every text that streams
in pieces (message text, refusals, tool-call argument JSON) gets its own
`StreamRestorer`, which holds back only a tail that could still become a
placeholder, so time-to-first-token is not delayed and a partial placeholder is
never sent. Held text is flushed before the event that ends its stream (a
finish_reason, a ``.done`` event, ``content_block_stop``, ``[DONE]``) so the
client has everything before it is told the text is complete.

Whole objects inside events (the response in ``response.completed``, an
output item, a content block start) are restored by the same functions that
restore non-streamed replies (`redactor.wire.openai_responses`,
`redactor.wire.anthropic`), so both paths restore the same fields. Events and
fields a rewriter does not know pass through unchanged, and so do non-JSON
data lines. Anthropic thinking blocks and deltas are never touched: their
signature covers the exact text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from redactor.restore import Restorer, StreamRestorer
from redactor.wire import anthropic as anthropic_wire
from redactor.wire import MAX_NESTING, nested_deeper_than, type_of
from redactor.wire import openai_responses as responses_wire
from redactor.wire.sse import SSEComment, SSEItem, SSEParser, ServerSentEvent, serialize

_DONE_SENTINEL = "[DONE]"
# Events nested deeper than this are passed on untouched (real ones nest < 20).
_MAX_NESTING = MAX_NESTING


@dataclass
class _HeldStream:
    """One text that arrives in deltas, and what is needed to send its held tail."""

    key: Hashable
    restorer: StreamRestorer
    # Per API: where flushed text goes (a choice/field for chat, an event builder otherwise).
    destination: Any = None


class _StreamRewriter:
    """The SSE plumbing shared by the per-API rewriters."""

    # `type` values (or the chat API's [DONE]) that end a stream properly; an
    # upstream error event ends it too. Without one, the stream was cut short.
    _FINAL_TYPES: frozenset[str] = frozenset()

    def __init__(self, restorer: Restorer) -> None:
        self.complete = False  # saw the API's final event (see _FINAL_TYPES)
        self._restorer = restorer
        self._parser = SSEParser()
        self._streams: dict[Hashable, _HeldStream] = {}
        # Keys of streams with held text, in the order they began holding (a
        # dict, not a set, so flushed events come out in a deterministic order).
        self._holding: dict[Hashable, None] = {}
        self._closed = False

    def feed(self, chunk: bytes) -> bytes:
        """Raw upstream bytes as they arrive -> restored SSE bytes to send now."""
        if self._closed or not chunk:
            return b""
        return self._render(self._parser.feed(chunk))

    def close(self) -> bytes:
        """End of the upstream stream: process a final unterminated event, flush all held text."""
        if self._closed:
            return b""
        output = self._render(self._parser.close())
        self._closed = True
        return output + _encode("".join(serialize(event) for event in self._flush_all()))

    # -- per-API hooks -------------------------------------------------------

    def _rewrite(self, event: ServerSentEvent, payload: dict) -> list[ServerSentEvent]:
        """The events to send for one upstream event whose data is a JSON object."""
        raise NotImplementedError

    def _flush_all(self) -> list[ServerSentEvent]:
        """Events carrying everything still held (before ``[DONE]``, at the end)."""
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------

    def _render(self, items: list[SSEItem]) -> bytes:
        if not items:
            return b""
        pieces = []
        for item in items:
            if isinstance(item, SSEComment):
                pieces.append(serialize(item))
            else:
                pieces.extend(serialize(event) for event in self._rewrite_event(item))
        return _encode("".join(pieces))

    def _note_final(self, event: ServerSentEvent) -> None:
        data = event.data
        if data is None:
            return
        if event.event in self._FINAL_TYPES or event.event == "error":
            self.complete = True
        elif len(data) <= 32 and data.strip() == _DONE_SENTINEL:
            self.complete = True
        elif any(final in data for final in self._FINAL_TYPES) or '"error"' in data:
            try:
                payload = json.loads(data)
            except (ValueError, RecursionError):
                return
            if isinstance(payload, dict) and (type_of(payload) in self._FINAL_TYPES or type_of(payload) == "error"
                                              or isinstance(payload.get("error"), dict)):
                self.complete = True

    def _rewrite_event(self, event: ServerSentEvent) -> list[ServerSentEvent]:
        if not self.complete:
            self._note_final(event)
        data = event.data
        if data is None or not self._restorer.mapping:
            return [event]  # no data, or a conversation that issued no placeholders
        if len(data) <= 32 and data.strip() == _DONE_SENTINEL:
            return [*self._flush_all(), event]
        if not _could_hold_placeholder(data) and not self._holding_anything() \
                and not self._restorer.has_identifier_placeholders:  # FUNC_2_ needs no bracket
            return [event]  # fast path: nothing to restore, nothing to flush
        try:
            payload = json.loads(data)
        except (ValueError, RecursionError):
            return [event]
        if not isinstance(payload, dict) or _nested_deeper_than(payload, data, _MAX_NESTING):
            # No API event nests that deep; walking and re-serializing it could
            # exhaust the stack halfway through, so it goes out as it came.
            return [event]
        return self._rewrite(event, payload)

    def _holding_anything(self) -> bool:
        return bool(self._holding)

    def _stream(self, key: Hashable, json_escape: bool) -> _HeldStream:
        stream = self._streams.get(key)
        if stream is None:
            stream = self._streams[key] = _HeldStream(key, StreamRestorer(self._restorer, json_escape=json_escape))
        return stream

    def _feed(self, stream: _HeldStream, delta: str, last: bool = False) -> str:
        """Restore `delta` of `stream`; `last` also releases what the stream holds."""
        released = stream.restorer.feed(delta)
        if last:
            released += stream.restorer.flush()
        if stream.restorer.pending:
            self._holding.setdefault(stream.key)
        else:
            self._holding.pop(stream.key, None)
        return released

    def _flush_matching(self, matches: Callable[[Hashable, _HeldStream], bool]) -> list[tuple[_HeldStream, str]]:
        """Release the text held by the streams `matches` selects."""
        flushed = []
        for key in [key for key in self._holding if matches(key, self._streams[key])]:
            del self._holding[key]
            stream = self._streams[key]
            text = stream.restorer.flush()
            if text:
                flushed.append((stream, text))
        return flushed


@dataclass(frozen=True)
class _ChatField:
    """Where one streamed chat text sits in a choice's delta."""

    choice_index: Any
    path: tuple  # ("content",) or ("tool_calls", call_index, "function", "arguments") ...


class OpenAIChatStream(_StreamRewriter):
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
                choice_key = _hashable(choice_index)
                flushed = self._flush_matching(lambda key, _stream: key[0] == choice_key)
                if flushed:
                    flushed_entries.append(_chat_choice_entry(choice_index, flushed))
        rewritten = _with_data(event, payload) if changed else event
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
        key = (_hashable(choice_index), tuple(_hashable(step) for step in path))
        stream = self._stream(key, json_escape=json_text)
        stream.destination = _ChatField(choice_index, path)
        # A finishing chunk ends the choice: its own field carries the tail, in order.
        restored = self._feed(stream, fragment, last=finishing)
        if restored == fragment:
            return False
        container[field_name] = restored
        return True

    def _extra_chunk(self, entries: list[dict]) -> ServerSentEvent:
        return ServerSentEvent(data=_dump_json({**self._chunk_identity, "choices": entries}))

    def _flush_all(self) -> list[ServerSentEvent]:
        by_choice: dict[Hashable, list[tuple[_HeldStream, str]]] = {}
        for stream, text in self._flush_matching(lambda _key, _stream: True):
            by_choice.setdefault(_hashable(stream.destination.choice_index), []).append((stream, text))
        if not by_choice:
            return []
        entries = [_chat_choice_entry(flushed[0][0].destination.choice_index, flushed)
                   for flushed in by_choice.values()]
        return [self._extra_chunk(entries)]


def _chat_choice_entry(choice_index: Any, flushed: list[tuple[_HeldStream, str]]) -> dict:
    """A chunk choice whose delta carries the flushed texts, each at its own place."""
    delta: dict[str, Any] = {}
    calls: dict[Hashable, dict] = {}
    for stream, text in flushed:
        path = stream.destination.path
        if path[0] == "tool_calls":
            _, call_index, kind, field_name = path
            call = calls.get(_hashable(call_index))
            if call is None:
                call = calls[_hashable(call_index)] = {"index": call_index}
                delta.setdefault("tool_calls", []).append(call)
            call[kind] = {field_name: text}
        elif path[0] == "function_call":
            delta["function_call"] = {"arguments": text}
        else:
            delta[path[0]] = text
    return {"index": choice_index, "delta": delta, "logprobs": None, "finish_reason": None}


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


class ResponsesStream(_StreamRewriter):
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
        return _with_data(event, payload)

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
            return _with_data(event, payload)
        if event_type in _RESPONSES_LIFECYCLE and isinstance(payload.get("response"), dict):
            responses_wire.restore_response(payload["response"], restorer)
        elif event_type in ("response.output_item.added", "response.output_item.done") \
                and isinstance(payload.get("item"), dict):
            responses_wire.restore_output_item(payload["item"], restorer)
        elif event_type in _RESPONSES_PART_ITEM and isinstance(payload.get("part"), dict):
            item_type, list_field, part_field = _RESPONSES_PART_ITEM[event_type]
            responses_wire.restore_output_item({"type": item_type, list_field: [payload[part_field]]}, restorer)
        else:
            return event  # unknown or nothing to restore: unchanged
        return _if_changed(event, payload)

    def _flush_ending(self, event_type: str, payload: dict) -> list[ServerSentEvent]:
        """Extra delta events for text held in the streams that `event_type` ends."""
        if not self._holding_anything():
            return []
        item = _hashable(payload.get("item_id", payload.get("output_index")))
        matches: Callable[[Hashable, _HeldStream], bool]
        family = _RESPONSES_DONE_EVENTS.get(event_type)
        if family is not None:
            ended = _responses_key(family, payload)
            matches = lambda key, _stream: key == ended  # noqa: E731
        elif event_type == "response.content_part.done":
            part = _hashable(payload.get("content_index"))
            matches = lambda key, _stream: (  # noqa: E731
                key[1] == item and key[2] == part and _RESPONSES_TEXTS[key[0]].part_field == "content_index")
        elif event_type == "response.reasoning_summary_part.done":
            ended = ("response.reasoning_summary_text", item, _hashable(payload.get("summary_index")))
            matches = lambda key, _stream: key == ended  # noqa: E731
        elif event_type == "response.output_item.done":
            output_item = payload.get("item")
            item_id = _hashable(output_item.get("id")) if isinstance(output_item, dict) else None
            output_index = _hashable(payload.get("output_index"))
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
    return (family, _hashable(payload.get("item_id", payload.get("output_index"))),
            _hashable(payload.get(part_field)) if part_field else None)


class _ResponsesFlushTarget:
    """Builds the extra ``.delta`` event for held text, shaped like the stream's last delta."""

    def __init__(self, template_event: ServerSentEvent, template: dict) -> None:
        self._event_name = template_event.event
        self.output_index = _hashable(template.get("output_index"))
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
        return ServerSentEvent(data=_dump_json(payload), event=self._event_name)


_ANTHROPIC_TEXT_DELTAS = {
    # delta type -> (field holding the text, text is raw JSON)
    "text_delta": ("text", False),
    "input_json_delta": ("partial_json", True),
}


class AnthropicStream(_StreamRewriter):
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
            block = _hashable(payload.get("index"))
            return [*self._flush(lambda key, _stream: key[0] == block), event]
        if event_type in ("message_delta", "message_stop"):
            return [*self._flush_all(), event]
        if event_type == "message_start" and isinstance(payload.get("message"), dict):
            anthropic_wire.restore_response(payload["message"], self._restorer)
            return [_if_changed(event, payload)]
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
        return _with_data(event, payload)

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
            return _with_data(event, payload)
        anthropic_wire.restore_content_block(block, self._restorer)  # never touches thinking
        return _if_changed(event, payload)

    def _block_stream(self, index: Any, delta_type: str) -> _HeldStream:
        text_field, json_text = _ANTHROPIC_TEXT_DELTAS[delta_type]
        stream = self._stream((_hashable(index), delta_type), json_escape=json_text)
        if stream.destination is None:
            def build(text: str) -> ServerSentEvent:
                payload = {"type": "content_block_delta", "index": index,
                           "delta": {"type": delta_type, text_field: text}}
                return ServerSentEvent(data=_dump_json(payload), event="content_block_delta")

            stream.destination = build
        return stream

    def _flush(self, matches: Callable[[Hashable, _HeldStream], bool]) -> list[ServerSentEvent]:
        return [stream.destination(text) for stream, text in self._flush_matching(matches)]

    def _flush_all(self) -> list[ServerSentEvent]:
        return self._flush(lambda _key, _stream: True)


def _could_hold_placeholder(data: str) -> bool:
    """False when the raw JSON `data` has no string that could restore or be held back.

    That needs, inside a string, "[[", a "[" ending the string (raw '["') or a
    backslash (raw "\\\\", which also covers a markdown "\\[" or "[\\["); "["
    and "\\" may also arrive escaped as \\u005b / \\u005c. Plain arrays
    ("logprobs":[]) match none of these, so most deltas skip parsing and
    re-serializing.
    """
    return "[[" in data or '["' in data or "\\\\" in data or "\\u005" in data


def _nested_deeper_than(document: Any, raw: str, limit: int) -> bool:
    if raw.count("[") + raw.count("{") <= limit:
        return False  # cannot nest deeper than it has brackets
    return nested_deeper_than(document, limit)


def _hashable(value: Any) -> Hashable:
    """A dictionary key for an index or id taken from upstream JSON."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    return ("non-scalar", type(value).__name__)  # never sent by real APIs


def _if_changed(event: ServerSentEvent, payload: dict) -> ServerSentEvent:
    """`event` with `payload` (restored in place) as data, or as it came if nothing changed.

    The wire modules' restore functions work in place and do not count, so the
    payload is compared with a fresh parse of the original data.
    """
    if payload == json.loads(event.data):
        return event
    return _with_data(event, payload)


def _with_data(event: ServerSentEvent, payload: Any) -> ServerSentEvent:
    return ServerSentEvent(data=_dump_json(payload), event=event.event, id=event.id, retry=event.retry)


def _dump_json(payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (from a "\ud800" escape upstream) has no UTF-8
            # form; ASCII escapes keep it exactly and keep the JSON valid.
            return json.dumps(payload, separators=(",", ":"))
    return text


def _encode(text: str) -> bytes:
    return text.encode("utf-8")
