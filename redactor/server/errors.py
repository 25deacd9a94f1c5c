"""Errors the proxy returns, in the error format of the API the client spoke.

OpenAI clients get `{"error": {"message", "type", "code"}}`, Anthropic clients
`{"type": "error", "error": {"type", "message"}}`, so each SDK raises its own
typed exception with our message. Messages are always safe to show: they name
kinds, keys and reasons, never a value.
"""
from __future__ import annotations

import json

from starlette.responses import Response

from redactor.backends import ANTHROPIC


class ProxyError(Exception):
    """A request the proxy refuses or cannot serve. Message is safe to show."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


_OPENAI_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 413: "invalid_request_error", 415: "invalid_request_error",
                 429: "rate_limit_error"}
_ANTHROPIC_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                    404: "not_found_error", 413: "request_too_large", 415: "invalid_request_error",
                    429: "rate_limit_error", 529: "overloaded_error"}


def error_document(family: str, status: int, code: str, message: str) -> dict:
    if family == ANTHROPIC:
        return {"type": "error", "error": {"type": _ANTHROPIC_TYPES.get(status, "api_error"), "message": message}}
    return {"error": {"message": message, "type": _OPENAI_TYPES.get(status, "server_error"), "code": code,
                      "param": None}}


def error_response(family: str, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(error_document(family, status, code, message)).encode()
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def stream_error_event(api: str, code: str, message: str) -> bytes:
    """An SSE error event that ends a stream which failed after it started."""
    if api == "anthropic":
        payload = {"type": "error", "error": {"type": "api_error", "message": message}}
        return b"event: error\ndata: " + json.dumps(payload).encode() + b"\n\n"
    if api == "openai_responses":
        payload = {"type": "error", "code": code, "message": message, "param": None}
        return b"event: error\ndata: " + json.dumps(payload).encode() + b"\n\n"
    payload = {"error": {"message": message, "type": "server_error", "code": code, "param": None}}
    return b"data: " + json.dumps(payload).encode() + b"\n\n"
