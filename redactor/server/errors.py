"""Errors the proxy returns, in the error format of the API the client spoke.

OpenAI clients get `{"error": {"message", "type", "code"}}`, Anthropic clients
`{"type": "error", "error": {"type", "message"}}`, so each SDK raises its own
typed exception with our message. Messages are always safe to show: they name
kinds, keys and reasons, never a value. An error after a stream has started is
an SSE event in the API's own form: each family in `redactor.wire` renders it
(`WireApi.stream_error_event`).
"""
from __future__ import annotations

import json

from starlette.responses import Response

from redactor.core import ANTHROPIC


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
