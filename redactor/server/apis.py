"""The client APIs the proxy speaks: wire module, upstream path and stream rewriter of each."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from redactor.backends import ANTHROPIC, OPENAI
from redactor.restore import Restorer
from redactor.wire import Extraction, anthropic, embeddings, openai_chat, openai_responses


@dataclass(frozen=True)
class WireApi:
    name: str  # RequestContext.api, metrics label, audit field
    family: str  # OPENAI or ANTHROPIC: error format, upstream base URL, credentials
    upstream_path: str  # relative to the family's base URL
    extract: Callable[[dict], Extraction]
    restore_response: Callable[[dict, Restorer], dict] | None
    # Class name in redactor.wire.streams; None if the API never streams.
    stream_rewriter: str | None = None

    def new_stream(self, restorer: Restorer) -> Any:
        """A fresh rewriter for one streamed reply (`feed(bytes) -> bytes`, `close() -> bytes`)."""
        from redactor.wire import streams

        return getattr(streams, self.stream_rewriter)(restorer)


OPENAI_CHAT = WireApi("openai_chat", OPENAI, "chat/completions", openai_chat.extract,
                      openai_chat.restore_response, "OpenAIChatStream")
OPENAI_RESPONSES = WireApi("openai_responses", OPENAI, "responses", openai_responses.extract,
                           openai_responses.restore_response, "ResponsesStream")
EMBEDDINGS = WireApi("embeddings", OPENAI, "embeddings", embeddings.extract, None)
ANTHROPIC_MESSAGES = WireApi("anthropic", ANTHROPIC, "v1/messages", anthropic.extract,
                             anthropic.restore_response, "AnthropicStream")
ANTHROPIC_COUNT_TOKENS = WireApi("anthropic_count_tokens", ANTHROPIC, "v1/messages/count_tokens",
                                 anthropic.extract, None)
