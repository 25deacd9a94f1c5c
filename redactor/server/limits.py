"""Request limits: body size (before and after decompression), accepted encodings, JSON nesting.

A body over the limit is refused with 413 before it is parsed; compressed
bodies are inflated with the same bound, so a small gzip bomb cannot grow past it.
"""
from __future__ import annotations

import json
import zlib
from typing import Any

from starlette.requests import ClientDisconnect, Request

from redactor.server.errors import ProxyError
from redactor.wire import MAX_NESTING, nested_deeper_than

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


def parse_json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except RecursionError:
        # json gives up on deep nesting with RecursionError, not ValueError.
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError):
        raise ProxyError(400, "invalid_json", "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ProxyError(400, "invalid_json", "request body must be a JSON object")
    if nested_deeper_than(body, MAX_NESTING):
        raise _too_deep()
    return body


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
