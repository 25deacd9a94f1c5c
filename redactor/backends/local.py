"""Local models behind one neutral chat interface: requests, results, streams and the base class.

A request the policy routed locally is answered by a model on this machine
(llama.cpp in process, llama.py; or an OpenAI-compatible local server,
local_http.py). Both implement `LocalModelBackend`, which speaks only the
neutral records below, never a client's wire format:

- `await open_stream(ChatRequest)` starts generating and returns a
  `ChatStream` of `ChatChunk`s (text, tool-call pieces; the last one carries
  the finish reason and usage); `await chat(messages, ...)` is the convenience
  form returning a whole `ChatResult` (or the stream);
- `complete_text(prompt, ...)` is the synchronous plain-text completion the
  rephrasing stage uses (it runs in a worker thread);
- `unavailable_reason()` says why the backend cannot serve right now (routing
  applies the policy's fallback), or None;
- `count_tokens(ChatRequest)` and `await embed(texts)` (an `Embeddings` record).

How a client body (OpenAI chat, Responses, Anthropic Messages, embeddings)
becomes a ChatRequest, and how the answer is rendered as that API's JSON
document or exact SSE events, lives with each API family in `redactor.wire`.

`redactor.backends.open_local_backend(config)` builds the backend a policy
names (llama.py or local_http.py, both built on this module).
"""
from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable, Sequence

from redactor.core import LocalBackendError

# Roughly how many characters one token covers in the worst common case (code,
# JSON, non-English text); used where no tokenizer is at hand.
CHARS_PER_TOKEN = 3.0


# -- records ------------------------------------------------------------------------------


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text, as OpenAI sends it


@dataclass
class ToolCallDelta:
    """A piece of a streamed tool call. `id` and `name` come with the first piece of a call."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@dataclass
class ChatChunk:
    text: str = ""
    tool_calls: list[ToolCallDelta] = field(default_factory=list)
    # Set on the last chunk only: "stop", "length" or "tool_calls", with the usage.
    finish_reason: str | None = None
    usage: Usage | None = None


@dataclass
class ChatResult:
    text: str
    tool_calls: list[ToolCall]
    finish_reason: str  # "stop", "length", "tool_calls"
    usage: Usage
    model: str


@dataclass
class TextCompletion:
    text: str
    finish_reason: str
    usage: Usage
    seconds: float


@dataclass
class Embeddings:
    """One vector per input text, in input order."""

    vectors: list[list[float]]
    prompt_tokens: int
    model: str


@dataclass
class ChatRequest:
    """A chat call in OpenAI chat form: what every client API is converted to."""

    messages: list[dict]  # roles system, user, assistant (with tool_calls), tool
    tools: list[dict] | None = None  # [{"type": "function", "function": {name, description, parameters}}]
    tool_choice: Any = None  # "auto", "none", "required" or {"type": "function", "function": {"name"}}
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    stop: list[str] = field(default_factory=list)

    def offered_tools(self) -> list[dict]:
        if not self.tools or self.tool_choice == "none":
            return []
        return [tool for tool in self.tools if tool.get("type") == "function" and tool.get("function")]


class ChatStream:
    """An async iterator of ChatChunks; the last one carries finish reason and usage.

    `prompt_tokens` is known up front for the in-process model and None for a
    server (it reports usage at the end). `aclose()` stops generation early.
    """

    def __init__(self, chunks: AsyncIterator[ChatChunk], prompt_tokens: int | None, model: str,
                 close: Callable[[], Any] | None = None) -> None:
        self._chunks = chunks
        self.prompt_tokens = prompt_tokens
        self.model = model
        self._close = close

    def __aiter__(self) -> AsyncIterator[ChatChunk]:
        return self._chunks

    async def aclose(self) -> None:
        if self._close is not None:
            result = self._close()
            if asyncio.iscoroutine(result):
                await result
        aclose = getattr(self._chunks, "aclose", None)
        if aclose is not None:
            await aclose()


async def collect(stream: ChatStream) -> ChatResult:
    """A whole ChatResult from a stream (one generation path for both modes)."""
    text: list[str] = []
    calls: dict[int, ToolCall] = {}
    finish, usage = "stop", None
    try:
        async for chunk in stream:
            text.append(chunk.text)
            for delta in chunk.tool_calls:
                call = calls.setdefault(delta.index, ToolCall(delta.id or new_id("call_"), delta.name or "", ""))
                if delta.id:
                    call.id = delta.id
                if delta.name:
                    call.name = delta.name
                call.arguments += delta.arguments
            if chunk.finish_reason:
                finish, usage = chunk.finish_reason, chunk.usage
    finally:
        await stream.aclose()
    ordered = [calls[index] for index in sorted(calls)]
    if ordered and finish == "stop":
        finish = "tool_calls"
    return ChatResult("".join(text), ordered, finish, usage or Usage(stream.prompt_tokens or 0, 0), stream.model)


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:24]


# -- the backend base class -----------------------------------------------------------------


class LocalModelBackend:
    """What llama.py and local_http.py implement: neutral chat requests in, chat results out."""

    name = "local"

    def __init__(self, model_name: str, context_tokens: int, max_output_tokens: int) -> None:
        self.model_name = model_name
        self.context_tokens = context_tokens
        self.max_output_tokens = max_output_tokens

    # implemented by the concrete backends

    async def open_stream(self, request: ChatRequest) -> ChatStream:
        """Start generating. Raises LocalBackendError before the first chunk if it cannot serve."""
        raise NotImplementedError

    def complete_text(self, prompt: str, *, max_tokens: int = 256, temperature: float = 0.2,
                      stop: Sequence[str] = ()) -> TextCompletion:
        """Plain-text completion of `prompt` (synchronous; call it from a worker thread)."""
        raise NotImplementedError

    def unavailable_reason(self) -> str | None:
        """Why the backend cannot serve now (one line, no request data), or None."""
        return None

    def count_tokens(self, request: ChatRequest) -> int:
        """Prompt tokens the request needs; an estimate unless the backend has a tokenizer."""
        characters = sum(len(_message_text(message)) for message in request.messages)
        characters += len(json.dumps(request.tools)) if request.tools else 0
        return int(characters / CHARS_PER_TOKEN) + 8 * len(request.messages) + 1

    async def embed(self, texts: list[str]) -> Embeddings:
        """One vector per text; LocalBackendError if this backend has no embedding model."""
        raise LocalBackendError(f"the local backend '{self.name}' does not serve embeddings")

    async def aclose(self) -> None:
        return None

    # the public chat interface

    async def chat(self, messages: list[dict], tools: list[dict] | None = None, *, tool_choice: Any = None,
                   max_tokens: int | None = None, temperature: float | None = None, top_p: float | None = None,
                   stop: Sequence[str] = (), stream: bool = False) -> ChatResult | ChatStream:
        request = ChatRequest(list(messages), tools, tool_choice, self.max_tokens_for(max_tokens), temperature,
                              top_p, list(stop))
        opened = await self.open_stream(request)
        return opened if stream else await collect(opened)

    def max_tokens_for(self, requested: Any) -> int:
        """The output-token limit for a client's requested maximum: its own, capped by the backend's."""
        if isinstance(requested, int) and not isinstance(requested, bool) and requested > 0:
            return min(requested, self.max_output_tokens)
        return self.max_output_tokens

    def check_fits(self, prompt_tokens: int, max_tokens: int) -> None:
        if prompt_tokens + min(max_tokens, 16) > self.context_tokens:
            raise LocalBackendError(f"request needs about {prompt_tokens} prompt tokens; the local model's "
                                    f"context holds {self.context_tokens}")


def _message_text(message: dict) -> str:
    text = message.get("content") or ""
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        text += str(function.get("name") or "") + str(function.get("arguments") or "")
    return text
