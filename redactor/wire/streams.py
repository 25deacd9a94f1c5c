"""Streaming replies: the shared machinery that rewrites an upstream SSE stream so
placeholders come back restored.

Each streaming API family subclasses `StreamRewriter` in its own module
(`OpenAIChatStream` in openai_chat.py, `ResponsesStream` in openai_responses.py,
`AnthropicStream` in anthropic.py), all with the same two methods: `feed(chunk)`
takes raw upstream bytes as they arrive and returns the restored SSE bytes to
send now; `close()` flushes what is held back when the upstream ends (also
mid-event). Every text that streams in pieces (message text, refusals, tool-call
argument JSON) gets its own `StreamRestorer` (a `HeldStream` here), which holds
back only a tail that could still become a placeholder, so time-to-first-token
is not delayed and a partial placeholder is never sent. Held text is flushed
before the event that ends its stream (a finish_reason, a ``.done`` event,
``content_block_stop``, ``[DONE]``) so the client has everything before it is
told the text is complete.

Whole objects inside events (the response in ``response.completed``, an
output item, a content block start) are restored by the family module's own
functions for non-streamed replies, so both paths restore the same fields.
Events and fields a rewriter does not know pass through unchanged, and so do
non-JSON data lines; events nested deeper than any real one are passed on
untouched. `complete` tells whether the API's final event was seen.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from redactor.restore import Restorer, StreamRestorer
from redactor.wire import MAX_NESTING, nested_deeper_than, type_of
from redactor.wire.sse import SSEComment, SSEItem, SSEParser, ServerSentEvent, serialize

_DONE_SENTINEL = "[DONE]"
# Events nested deeper than this are passed on untouched (real ones nest < 20).
_MAX_NESTING = MAX_NESTING


@dataclass
class HeldStream:
    """One text that arrives in deltas, and what is needed to send its held tail."""

    key: Hashable
    restorer: StreamRestorer
    # Per API: where flushed text goes (a choice/field for chat, an event builder otherwise).
    destination: Any = None


class StreamRewriter:
    """The SSE plumbing shared by the per-API rewriters; subclasses implement `_rewrite` and `_flush_all`."""

    # `type` values (or the chat API's [DONE]) that end a stream properly; an
    # upstream error event ends it too. Without one, the stream was cut short.
    _FINAL_TYPES: frozenset[str] = frozenset()

    def __init__(self, restorer: Restorer) -> None:
        self.complete = False  # saw the API's final event (see _FINAL_TYPES)
        self._restorer = restorer
        self._parser = SSEParser()
        self._streams: dict[Hashable, HeldStream] = {}
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

    def _stream(self, key: Hashable, json_escape: bool) -> HeldStream:
        stream = self._streams.get(key)
        if stream is None:
            stream = self._streams[key] = HeldStream(key, StreamRestorer(self._restorer, json_escape=json_escape))
        return stream

    def _feed(self, stream: HeldStream, delta: str, last: bool = False) -> str:
        """Restore `delta` of `stream`; `last` also releases what the stream holds."""
        released = stream.restorer.feed(delta)
        if last:
            released += stream.restorer.flush()
        if stream.restorer.pending:
            self._holding.setdefault(stream.key)
        else:
            self._holding.pop(stream.key, None)
        return released

    def _flush_matching(self, matches: Callable[[Hashable, HeldStream], bool]) -> list[tuple[HeldStream, str]]:
        """Release the text held by the streams `matches` selects."""
        flushed = []
        for key in [key for key in self._holding if matches(key, self._streams[key])]:
            del self._holding[key]
            stream = self._streams[key]
            text = stream.restorer.flush()
            if text:
                flushed.append((stream, text))
        return flushed


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


def hashable(value: Any) -> Hashable:
    """A dictionary key for an index or id taken from upstream JSON."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    return ("non-scalar", type(value).__name__)  # never sent by real APIs


def if_changed(event: ServerSentEvent, payload: dict) -> ServerSentEvent:
    """`event` with `payload` (restored in place) as data, or as it came if nothing changed.

    The wire modules' restore functions work in place and do not count, so the
    payload is compared with a fresh parse of the original data.
    """
    if payload == json.loads(event.data):
        return event
    return with_data(event, payload)


def with_data(event: ServerSentEvent, payload: Any) -> ServerSentEvent:
    return ServerSentEvent(data=dump_json(payload), event=event.event, id=event.id, retry=event.retry)


def dump_json(payload: Any) -> str:
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
