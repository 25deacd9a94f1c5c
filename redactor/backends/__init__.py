"""Where a request is finally served: the cloud provider, or a local model.

The proxy talks to one small interface per kind of backend, like httpx's
transports. `CloudBackend` (cloud.py) forwards redacted bodies to the
provider. A `LocalBackend` serves requests that the policy routed locally: it
receives the ORIGINAL, unredacted body (the local model is trusted) and must
answer in the very wire format the client spoke, so the client never knows
which one served it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, AsyncIterator, Protocol, runtime_checkable

if TYPE_CHECKING:
    from redactor.policy import LocalBackendConfig

# Provider API families: which base URL, credentials and error format apply.
OPENAI = "openai"
ANTHROPIC = "anthropic"

DEFAULT_OPENAI_BASE = "https://api.openai.com/v1"  # like the OpenAI SDK's base_url: with /v1
DEFAULT_ANTHROPIC_BASE = "https://api.anthropic.com"  # like the Anthropic SDK's: without /v1

# API names a backend is asked to serve (same strings as RequestContext.api).
APIS = ("openai_chat", "openai_responses", "anthropic", "anthropic_count_tokens", "embeddings")


@dataclass
class BackendReply:
    """A reply in the client's wire format: a complete body, or a stream of SSE bytes."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""  # used when `stream` is None
    stream: AsyncIterator[bytes] | None = None  # SSE bytes exactly as the client expects them
    media_type: str = "application/json"


@runtime_checkable
class LocalBackend(Protocol):
    """A model running on this machine (llama.cpp in process, or a local HTTP server).

    `complete` gets the API name (one of APIS), the client's original parsed
    body and whether the client asked for a stream. It returns a BackendReply
    in that API's wire format (OpenAI chat completion / Response / Anthropic
    Message JSON, or their SSE event streams). It raises
    `redactor.pipeline.UnavailableError` when it cannot serve (model missing,
    request larger than its context); the proxy then fails closed with a 503.
    """

    name: str

    async def complete(self, api: str, body: dict, stream: bool) -> BackendReply: ...


def build_local_backend(config: "LocalBackendConfig") -> LocalBackend | None:
    """The local backend a policy's `routing.backend` section names, or None for type "none".

    Delegates to `redactor.backends.local.open_local_backend`, which builds one
    backend per configuration and process, so the proxy serves with the very
    model whose availability the routing stage checks. Imported only when a
    policy asks for a local model, so the proxy runs without llama-cpp.
    Raises `LocalBackendError` (an UnavailableError) with the reason.
    """
    if config.type == "none":
        return None
    from redactor.backends.local import open_local_backend

    return open_local_backend(config)
