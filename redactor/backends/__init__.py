"""Where a request is finally served: the cloud provider, or a local model.

The proxy talks to one small interface per kind of backend, like httpx's
transports. `CloudBackend` (cloud.py) forwards redacted bodies to the
provider. A `LocalModelBackend` (local.py; llama.cpp in process, llama.py, or
a local HTTP server, local_http.py) serves requests the policy routed locally:
it gets the ORIGINAL, unredacted text (the local model is trusted) as a
neutral `ChatRequest` and answers with a neutral `ChatResult`/`ChatStream`.
Backends never see or write a client's wire format: the API family in
`redactor.wire` converts the client's body and renders the answer, so the
client never knows which backend served it.

`open_local_backend(config)` builds the backend a policy's `routing.backend`
names, once per configuration and process, so the proxy serves with the very
model whose availability the routing stage checks, and the rephrasing stage
shares it. It lives here, above its implementations, so none of them imports
the module that imports them.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from redactor.core import LocalBackendError

if TYPE_CHECKING:
    from redactor.backends.local import LocalModelBackend
    from redactor.policy import LocalBackendConfig

DEFAULT_OPENAI_BASE = "https://api.openai.com/v1"  # like the OpenAI SDK's base_url: with /v1
DEFAULT_ANTHROPIC_BASE = "https://api.anthropic.com"  # like the Anthropic SDK's: without /v1

_OPEN: dict[str, "LocalModelBackend"] = {}
_OPEN_LOCK = threading.Lock()


def open_local_backend(config: LocalBackendConfig) -> LocalModelBackend | None:
    """The backend `config` names, built once per configuration and process; None for type "none".

    Raises LocalBackendError at once (path or URL and reason) when it cannot be
    built: missing or corrupt GGUF, llama-cpp-python not installed, no URL.
    The implementations are imported only when a policy asks for a local
    model, so the proxy runs without llama-cpp.
    """
    if config.type == "none":
        return None
    key = config.model_dump_json()
    with _OPEN_LOCK:
        found = _OPEN.get(key)
        if found is not None:
            return found
        if config.type == "llama":
            try:
                from redactor.backends.llama import LlamaBackend
            except ImportError as exc:
                raise LocalBackendError("local backend type 'llama' needs llama-cpp-python "
                                        f"(pip install 'redactor[local]'): {exc.name or exc}") from None
            backend: LocalModelBackend = LlamaBackend.from_config(config)
        else:
            from redactor.backends.local_http import LocalHttpBackend

            backend = LocalHttpBackend.from_config(config)
        _OPEN[key] = backend
        return backend
