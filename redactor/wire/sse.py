"""Server-sent events: an incremental parser for upstream bytes and a serializer.

The parser follows the WHATWG event-stream rules: lines end in CRLF, LF or CR
(a CR at the end of one network chunk and the LF starting the next are one line
break), a line starting with ``:`` is a comment, ``field: value`` loses one
leading space of its value, several ``data:`` lines join with ``\\n``, fields
other than data/event/id/retry are ignored, and a blank line dispatches the
event. Events are returned whole no matter how the bytes were chunked;
comments are returned as soon as their line is complete so keep-alive pings
reach the client without waiting for the next event.

Invalid UTF-8 is replaced with U+FFFD (an incremental decoder keeps multi-byte
characters split across chunks intact): the output is always valid UTF-8, and
a broken byte can only ever turn into a replacement character, never into a
crash or into bytes a client would choke on.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BYTE_ORDER_MARK = "\ufeff"


@dataclass
class ServerSentEvent:
    """One dispatched event. `data` is None when the event had no data line."""

    data: str | None = None
    event: str | None = None
    id: str | None = None
    retry: str | None = None

    def is_empty(self) -> bool:
        return self.data is None and self.event is None and self.id is None and self.retry is None


@dataclass
class SSEComment:
    """A comment line (``:`` and what follows it), e.g. a keep-alive ping."""

    text: str


SSEItem = ServerSentEvent | SSEComment


class SSEParser:
    """Turns raw bytes, chunked arbitrarily, into whole events and comments."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._partial_line: list[str] = []  # pieces, so a huge line is joined once
        self._skip_line_feed = False  # the previous chunk ended in CR
        self._at_stream_start = True
        self._current = ServerSentEvent()
        self._closed = False

    def feed(self, chunk: bytes) -> list[SSEItem]:
        if self._closed:
            raise ValueError("SSEParser.feed() after close()")
        return self._feed_text(self._decoder.decode(chunk))

    def close(self) -> list[SSEItem]:
        """End of stream: the unterminated last line and event are processed too."""
        if self._closed:
            return []
        items = self._feed_text(self._decoder.decode(b"", final=True))
        self._closed = True
        if self._partial_line:
            line = "".join(self._partial_line)
            self._partial_line.clear()
            self._process_line(line, items)
        if not self._current.is_empty():
            items.append(self._current)
            self._current = ServerSentEvent()
        return items

    def _feed_text(self, text: str) -> list[SSEItem]:
        items: list[SSEItem] = []
        if not text:
            return items
        if self._at_stream_start:
            self._at_stream_start = False
            if text.startswith(_BYTE_ORDER_MARK):
                text = text[1:]
        if self._skip_line_feed:
            self._skip_line_feed = False
            if text.startswith("\n"):
                text = text[1:]
        position = 0
        for line_break in _LINE_BREAK.finditer(text):
            piece = text[position:line_break.start()]
            if self._partial_line:
                self._partial_line.append(piece)
                piece = "".join(self._partial_line)
                self._partial_line.clear()
            self._process_line(piece, items)
            position = line_break.end()
        if position < len(text):
            self._partial_line.append(text[position:])
        elif text.endswith("\r"):
            self._skip_line_feed = True
        return items

    def _process_line(self, line: str, items: list[SSEItem]) -> None:
        if not line:
            if not self._current.is_empty():
                items.append(self._current)
                self._current = ServerSentEvent()
            return
        if line[0] == ":":
            items.append(SSEComment(line[1:]))
            return
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        current = self._current
        if name == "data":
            current.data = value if current.data is None else f"{current.data}\n{value}"
        elif name == "event":
            current.event = value
        elif name == "id":
            if "\0" not in value:  # the spec ignores such ids; so do we
                current.id = value
        elif name == "retry":
            if value.isascii() and value.isdigit():
                current.retry = value
        # Other field names are ignored, as the spec tells clients to do. Not
        # forwarding them also means no odd name (one starting with a byte
        # order mark, say) can mean something else at another place in the output.


def serialize_event(event: ServerSentEvent) -> str:
    """The wire form of `event`, ending with the blank line that dispatches it."""
    lines = []
    if event.event is not None:
        lines.append(f"event: {_single_line(event.event)}\n")
    if event.id is not None:
        lines.append(f"id: {_single_line(event.id)}\n")
    if event.retry is not None:
        lines.append(f"retry: {_single_line(event.retry)}\n")
    if event.data is not None:
        data_lines = _LINE_BREAK.split(event.data) if "\r" in event.data else event.data.split("\n")
        lines.extend(f"data: {line}\n" for line in data_lines)
    lines.append("\n")
    return "".join(lines)


def serialize_comment(comment: SSEComment) -> str:
    return f":{_single_line(comment.text)}\n"


def serialize(item: SSEItem) -> str:
    if isinstance(item, SSEComment):
        return serialize_comment(item)
    return serialize_event(item)


def _single_line(value: str) -> str:
    # Parsed values never hold line breaks; this guards values built by callers,
    # where a break would inject a field (or end the event) on the client's side.
    if "\n" in value or "\r" in value:
        return _LINE_BREAK.sub(" ", value)
    return value
