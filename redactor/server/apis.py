"""The client APIs the proxy speaks, each bound to its family module in `redactor.wire`.

A `WireApi` carries everything the server needs from one API family: how a
request becomes segments, how a whole reply and a stream are restored, how a
local model's answer is rendered, and the SSE error event that ends a stream
which failed midway. The server picks the WireApi by route and never formats
an API's documents or events itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from redactor.backends.local import LocalModelBackend
from redactor.core import ANTHROPIC, OPENAI
from redactor.restore import Restorer
from redactor.wire import Extraction, anthropic, embeddings, openai_chat, openai_responses
from redactor.wire.local_reply import LocalReply


@dataclass(frozen=True)
class WireApi:
    name: str  # RequestContext.api, metrics label, audit field
    family: str  # OPENAI or ANTHROPIC: error format, upstream base URL, credentials
    upstream_path: str  # relative to the family's base URL
    extract: Callable[..., Extraction]  # (body[, settled message indices]) -> Extraction
    restore_response: Callable[[dict, Restorer], dict] | None
    # (backend, the client's original body, stream?) -> the reply in this API's format.
    local_reply: Callable[[LocalModelBackend, dict, bool], Awaitable[LocalReply]]
    # The restoring rewriter of a streamed reply; None if the API never streams.
    stream_rewriter: Callable[[Restorer], Any] | None = None
    # (code, message) -> the SSE event that ends a failed stream; None if the API never streams.
    stream_error_event: Callable[[str, str], bytes] | None = None
    # The texts anchoring the conversation, read before extraction; set for the APIs whose
    # history the conversation memo serves (their `extract` takes `settled` indices).
    first_turn: Callable[[dict], list[str]] | None = None
    # The body's list the client re-sends each turn (`messages`, or the Responses API's `input`).
    history_key: str | None = None

    def new_stream(self, restorer: Restorer) -> Any:
        """A fresh rewriter for one streamed reply (`feed(bytes) -> bytes`, `close() -> bytes`)."""
        if self.stream_rewriter is None:
            raise ValueError(f"the {self.name} API does not stream")
        return self.stream_rewriter(restorer)


OPENAI_CHAT = WireApi("openai_chat", OPENAI, "chat/completions", openai_chat.extract,
                      openai_chat.restore_response, openai_chat.local_reply, openai_chat.OpenAIChatStream,
                      openai_chat.stream_error_event, openai_chat.first_turn, "messages")
OPENAI_RESPONSES = WireApi("openai_responses", OPENAI, "responses", openai_responses.extract,
                           openai_responses.restore_response, openai_responses.local_reply,
                           openai_responses.ResponsesStream, openai_responses.stream_error_event,
                           openai_responses.first_turn, "input")
EMBEDDINGS = WireApi("embeddings", OPENAI, "embeddings", embeddings.extract, None, embeddings.local_reply)
ANTHROPIC_MESSAGES = WireApi("anthropic", ANTHROPIC, "v1/messages", anthropic.extract,
                             anthropic.restore_response, anthropic.local_reply, anthropic.AnthropicStream,
                             anthropic.stream_error_event, anthropic.first_turn, "messages")
ANTHROPIC_COUNT_TOKENS = WireApi("anthropic_count_tokens", ANTHROPIC, "v1/messages/count_tokens",
                                 anthropic.extract, None, anthropic.local_count_tokens_reply,
                                 first_turn=anthropic.first_turn, history_key="messages")

# Every API by its name (RequestContext.api).
BY_NAME = {api.name: api for api in (OPENAI_CHAT, OPENAI_RESPONSES, EMBEDDINGS, ANTHROPIC_MESSAGES,
                                     ANTHROPIC_COUNT_TOKENS)}
