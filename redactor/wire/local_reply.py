"""A local model's answer as a client reply: the record the proxy sends, and what every
family's renderer shares.

Each API family (openai_chat, openai_responses, anthropic, embeddings) has a
`local_reply(backend, body, stream)` that converts the client's original body to
a neutral `ChatRequest`, runs it on the backend, and renders the answer as that
API's JSON document or its exact SSE events. This module holds the pieces they
share: the `LocalReply` record, reading message text from any client content
shape, lenient option parsing, compact JSON, and ending a stream that fails
midway with the family's own error event.

Failures: a `PipelineError` before the first byte (backend unavailable, request
too large, a body the local model cannot serve) propagates, and the proxy
answers with an error document. Once a stream started, a `PipelineError`
becomes the family's SSE error event; any other exception (a bug) propagates
to the proxy, which logs its type and place and ends the stream with the
family's error event too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

from redactor.backends.local import ChatStream
from redactor.core import PipelineError

# (code, message) -> the SSE bytes of the family's error event.
StreamErrorEvent = Callable[[str, str], bytes]


@dataclass
class LocalReply:
    """A reply in the client's wire format: a complete body, or a stream of SSE bytes."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""  # used when `stream` is None
    stream: AsyncIterator[bytes] | None = None  # SSE bytes exactly as the client expects them
    media_type: str = "application/json"


def json_reply(document: dict) -> LocalReply:
    return LocalReply(status=200, body=json_bytes(document), media_type="application/json")


def sse_reply(events: AsyncIterator[bytes], error_event: StreamErrorEvent, stream: ChatStream) -> LocalReply:
    """A streamed reply of `events`; a PipelineError midway ends it with `error_event`, and the
    generation stops when the stream ends, fails, or the client goes away."""
    return LocalReply(status=200, stream=_ending_with_error_event(events, error_event, stream),
                      media_type="text/event-stream", headers={"cache-control": "no-cache"})


async def _ending_with_error_event(events: AsyncIterator[bytes], error_event: StreamErrorEvent,
                                   stream: ChatStream) -> AsyncIterator[bytes]:
    # The status line is already sent once a stream starts: a failure midway
    # becomes the API's own error event, so the client's SDK raises it.
    try:
        async for frame in events:
            yield frame
    except PipelineError as exc:
        yield error_event(exc.code, str(exc))
    finally:
        # Also runs when the client goes away: stops the generation.
        await stream.aclose()


def json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def message_text(content: Any) -> str:
    """Text of a message content in any client shape; binary parts become a short note."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if not isinstance(content, list):
        return str(content)
    pieces = []
    for part in content:
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict):
            kind = part.get("type")
            if isinstance(part.get("text"), str):
                pieces.append(part["text"])
            elif kind == "tool_result":
                pieces.append(message_text(part.get("content")))
            elif kind in ("image", "image_url", "input_image", "document", "file", "input_file",
                          "input_audio", "audio"):
                # Local text models cannot see binary content.
                pieces.append(f"[{kind} omitted: the local model reads text only]")
            elif kind == "refusal" and isinstance(part.get("refusal"), str):
                pieces.append(part["refusal"])
    return "\n".join(pieces)


def number(value: Any) -> float | None:
    """A sampling option as a float; None when absent or not a number (the backend's default applies)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def stop_list(value: Any) -> list[str]:
    """Stop sequences from a string or a list; at most 8, empty ones dropped."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item][:8]
    return []


def json_object(text: str) -> dict:
    """Tool-call arguments as an object (APIs that carry them parsed need one; invalid JSON is {})."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {"value": value}
