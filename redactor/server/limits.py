"""Request limits: body size (before and after decompression), accepted encodings, JSON nesting.

A body over the limit is refused with 413 before it is parsed; compressed
bodies are inflated with the same bound, so a small gzip bomb cannot grow past it.
A body is parsed once (`parse_json_object`), with the same verdicts as
`json.loads`, and keeps where each re-sent history message lies in its text.
"""
from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, Collection

from starlette.requests import ClientDisconnect, Request

from redactor.server.errors import ProxyError
from redactor.wire import MAX_NESTING, nested_deeper_than, unclaimed_indices

DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024


async def read_body(request: Request, max_bytes: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(max_bytes)
            chunks.append(chunk)
    except ClientDisconnect:
        # Not an internal error: the client went away mid-body (499, as nginx logs it).
        raise ProxyError(499, "client_disconnected", "the client closed the connection before sending the "
                                                     "whole request body") from None
    raw = b"".join(chunks)
    encoding = (request.headers.get("content-encoding") or "identity").strip().lower()
    if encoding in ("identity", ""):
        return raw
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _inflate(raw, encoding, max_bytes)
    raise ProxyError(415, "unsupported_content_encoding",
                     f"request content-encoding '{encoding[:32]}' is not supported (use gzip, deflate or none)")


@dataclass(frozen=True)
class RequestBody:
    """A request body parsed once: the JSON object, and where each item of its history list lies in the text.

    `history_spans` holds, for each item of the list under the `history_key`
    the body was parsed with (`messages`, `input`), its (start, end) in `text`,
    the body as decoded: what the conversation memo compares re-sent messages
    by (redactor.server.history_memo). None when the body has no such list.
    With spans, the nesting of the history items is not checked yet: the
    caller calls `refuse_deep_history` with the items it already holds checked.
    """

    document: dict[str, Any]
    text: str
    history_spans: tuple[tuple[int, int], ...] | None = None
    history_key: str | None = None

    def history_source(self, index: int) -> str:
        """The JSON text of history item `index`, exactly as the client wrote it."""
        start, end = self.history_spans[index]
        return self.text[start:end]

    def refuse_deep_history(self, checked: Collection[int] = ()) -> None:
        """Raise the nesting error if a history item not in `checked` nests too deep for the body.

        `checked`: items whose very text was accepted at the same place of an
        earlier body (the memo's hits); the same text nests the same.
        """
        if self.history_spans is None:
            return
        # Nesting counts from the body (level 1): the list is level 2, its items start at level 3.
        items = self.document[self.history_key]
        for index in unclaimed_indices(len(items), checked) if checked else range(len(items)):
            if nested_deeper_than(items[index], MAX_NESTING - 2):
                raise _too_deep()


def parse_json_object(raw: bytes, history_key: str | None = None) -> RequestBody:
    """Parse a request body that must be a JSON object nesting at most MAX_NESTING levels.

    Accepts and refuses exactly what `json.loads` does (NaN, big numbers, lone
    surrogate escapes, a repeated key whose last value wins), with the same
    errors. The items of the `history_key` list are parsed one by one by the
    same C scanner so that their spans are known (their nesting is then left
    to `RequestBody.refuse_deep_history`); anything the span scan does not
    expect is parsed again by `json.loads`, which then decides, and the body
    has no spans.
    """
    try:
        text = raw.decode(json.detect_encoding(raw), "surrogatepass")
    except UnicodeDecodeError:
        raise ProxyError(400, "invalid_json", "request body is not valid JSON") from None
    try:
        scanned = _scan_object(text, history_key)
    except (ValueError, StopIteration, IndexError, RecursionError):
        scanned = None
    if scanned is None:
        body = _loads(text)
        if nested_deeper_than(body, MAX_NESTING):
            raise _too_deep()
        return RequestBody(body, text)
    body, spans = scanned
    for key, value in body.items():
        if (spans is None or key != history_key) and nested_deeper_than(value, MAX_NESTING - 1):
            raise _too_deep()
    return RequestBody(body, text, spans, history_key if spans is not None else None)


_JSON_WHITESPACE = " \t\n\r"
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# The C scanner of `json.loads`: `scan_value(text, index)` -> (value, end); StopIteration if no value starts there.
_scan_value = json.JSONDecoder().scan_once


def _loads(text: str) -> dict[str, Any]:
    try:
        body = json.loads(text)
    except RecursionError:
        # json gives up on deep nesting with RecursionError, not ValueError.
        raise _too_deep() from None
    except ValueError:
        raise ProxyError(400, "invalid_json", "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ProxyError(400, "invalid_json", "request body must be a JSON object")
    return body


def _scan_object(text: str, history_key: str | None) -> tuple[dict[str, Any], tuple[tuple[int, int], ...] | None] | None:
    """The body object and its history items' spans, scanned as `json.loads` would; None for anything
    unexpected (then `json.loads` decides). Raises the scanner's errors for invalid JSON."""
    skip = _WHITESPACE.match
    position = skip(text, 0).end()
    if text.startswith("\ufeff") or text[position:position + 1] != "{":
        return None
    body: dict[str, Any] = {}
    spans: tuple[tuple[int, int], ...] | None = None
    position = skip(text, position + 1).end()
    if text[position:position + 1] == "}":
        position += 1
    else:
        while True:
            if text[position:position + 1] != '"':
                return None
            key, position = json.decoder.scanstring(text, position + 1, True)
            position = skip(text, position).end()
            if text[position:position + 1] != ":":
                return None
            position = skip(text, position + 1).end()
            if key == history_key and text[position:position + 1] == "[":
                body[key], spans, position = _scan_list(text, position)
            else:
                body[key], position = _scan_value(text, position)
                if key == history_key:
                    spans = None  # the last value of a repeated key is the one that counts
            position = skip(text, position).end()
            separator = text[position:position + 1]
            position += 1
            if separator == "}":
                break
            if separator != ",":
                return None
            position = skip(text, position).end()
    if skip(text, position).end() != len(text):
        return None
    return body, spans


def _scan_list(text: str, position: int) -> tuple[list[Any], tuple[tuple[int, int], ...], int]:
    """The list starting at `position` (a "["), its items' spans, and where it ends. Raises ValueError
    (or IndexError at the end of the text) for anything `json.loads` would refuse."""
    skip = _WHITESPACE.match
    scan_value = _scan_value
    items: list[Any] = []
    spans: list[tuple[int, int]] = []
    position = skip(text, position + 1).end()
    if text[position] == "]":
        return items, (), position + 1
    while True:
        item, end = scan_value(text, position)
        items.append(item)
        spans.append((position, end))
        # Separators are mostly "," or ", " (json.dumps' default): the regex only runs for other whitespace.
        separator = text[end]
        if separator in _JSON_WHITESPACE:
            end = skip(text, end).end()
            separator = text[end]
        if separator == "]":
            return items, tuple(spans), end + 1
        if separator != ",":
            raise ValueError("not a JSON list")
        position = end + 1
        if text[position] == " ":
            position += 1
        if text[position] in _JSON_WHITESPACE:
            position = skip(text, position).end()


def _too_deep() -> ProxyError:
    return ProxyError(400, "invalid_json", f"request body nests deeper than {MAX_NESTING} levels")


def _inflate(raw: bytes, encoding: str, max_bytes: int) -> bytes:
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    try:
        data = inflater.decompress(raw, max_bytes + 1)
    except zlib.error:
        raise ProxyError(400, "invalid_body_encoding", f"request body is not valid {encoding} data") from None
    if len(data) > max_bytes or inflater.unconsumed_tail:
        raise _too_large(max_bytes)
    return data


def _too_large(max_bytes: int) -> ProxyError:
    return ProxyError(413, "request_too_large", f"request body exceeds the proxy limit of {max_bytes} bytes")
