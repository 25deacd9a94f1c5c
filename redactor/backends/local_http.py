"""A local OpenAI-compatible model server (Ollama, llama.cpp server, vLLM) reached by URL.

Every client API is served through the server's `/v1/chat/completions`, with
tools passed natively (Ollama, vLLM and `llama-server --jinja` return real
tool calls for models that support them). Availability is probed with
`GET /models` (short timeout, result cached a few seconds) so routing can
apply the policy's fallback before anything is sent. Failures become
`LocalBackendError` naming the URL, never the request text.
"""
from __future__ import annotations

import json
import os
import threading
import time
import weakref
from typing import Any, AsyncIterator, Sequence

import httpx

from redactor.backends.local import (
    ChatChunk,
    ChatRequest,
    ChatStream,
    Embeddings,
    LocalModelBackend,
    TextCompletion,
    ToolCallDelta,
    Usage,
)
from redactor.core import LocalBackendError
from redactor.policy import LocalBackendConfig
from redactor.wire.sse import ServerSentEvent, SSEParser

# How long a probe result is trusted, and how long a probe may take.
_PROBE_TTL_SECONDS = 5.0
_PROBE_TIMEOUT_SECONDS = 2.0


class LocalHttpBackend(LocalModelBackend):
    """An OpenAI-compatible chat server on this machine (or one the policy trusts)."""

    name = "local-http"

    def __init__(self, url: str, model: str | None = None, *, context_tokens: int = 4096,
                 max_output_tokens: int = 512, timeout_seconds: float = 120.0, api_key: str | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 sync_transport: httpx.BaseTransport | None = None) -> None:
        if not url.startswith(("http://", "https://")):
            raise LocalBackendError(f"local model server URL {url!r} must start with http:// or https://")
        self.url = url.rstrip("/")
        self._model = model
        self._timeout = httpx.Timeout(timeout_seconds, connect=min(10.0, timeout_seconds))
        self._headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
        self._transport = transport
        self._sync = httpx.Client(timeout=self._timeout, transport=sync_transport, headers=self._headers)
        # One async client per event loop: a client is bound to the loop it first ran on.
        self._clients: "weakref.WeakKeyDictionary[Any, httpx.AsyncClient]" = weakref.WeakKeyDictionary()
        self._probe: tuple[float, str | None] | None = None
        self._probe_lock = threading.Lock()
        super().__init__(model or "local", context_tokens, max_output_tokens)

    @classmethod
    def from_config(cls, config: LocalBackendConfig) -> "LocalHttpBackend":
        if not config.url:
            raise LocalBackendError("routing.backend.type is 'http' but routing.backend.url is not set "
                                    "(e.g. http://127.0.0.1:11434/v1 for Ollama)")
        api_key = os.environ.get(config.api_key_env) if config.api_key_env else None
        return cls(config.url, config.model, context_tokens=config.context_tokens,
                   max_output_tokens=config.max_output_tokens, timeout_seconds=config.timeout_seconds,
                   api_key=api_key)

    # -- availability ---------------------------------------------------------------------------

    def unavailable_reason(self) -> str | None:
        with self._probe_lock:
            now = time.monotonic()
            if self._probe is not None and now - self._probe[0] < _PROBE_TTL_SECONDS:
                return self._probe[1]
            reason = self._probe_now()
            self._probe = (time.monotonic(), reason)
            return reason

    def _transport_failure(self, exc: httpx.HTTPError) -> str:
        """Why a request to the server failed, in words safe to show."""
        if isinstance(exc, httpx.TimeoutException):
            return f"local model server {self.url} did not answer in time"
        return f"local model server {self.url} is unreachable"

    def _request_failed(self, exc: httpx.HTTPError) -> LocalBackendError:
        if not isinstance(exc, httpx.TimeoutException):
            self._probe = None  # probe again: the server may have gone away
        return LocalBackendError(self._transport_failure(exc))

    def _probe_now(self) -> str | None:
        try:
            response = self._sync.get(f"{self.url}/models", timeout=_PROBE_TIMEOUT_SECONDS)
        except httpx.HTTPError as exc:
            return self._transport_failure(exc)
        if response.status_code >= 400:
            return f"local model server {self.url} answered HTTP {response.status_code}"
        if self._model is None:
            self._model = _first_model(response)
            if self._model:
                self.model_name = self._model
        return None

    def _model_for_request(self) -> str:
        if self._model is None:
            reason = self.unavailable_reason()
            if reason:
                raise LocalBackendError(reason)
        if not self._model:
            raise LocalBackendError(f"local model server {self.url} lists no model; set routing.backend.model")
        return self._model

    # -- chat -------------------------------------------------------------------------------------

    def _client(self) -> httpx.AsyncClient:
        import asyncio

        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = httpx.AsyncClient(timeout=self._timeout, transport=self._transport, headers=self._headers)
            self._clients[loop] = client
        return client

    def _payload(self, request: ChatRequest, stream: bool) -> dict:
        max_tokens = request.max_tokens or self.max_output_tokens
        self.check_fits(self.count_tokens(request), max_tokens)
        payload: dict = {"model": self._model_for_request(), "messages": request.messages,
                         "max_tokens": max_tokens, "stream": stream}
        if stream:
            payload["stream_options"] = {"include_usage": True}
        for key in ("temperature", "top_p"):
            value = getattr(request, key)
            if value is not None:
                payload[key] = value
        if request.stop:
            payload["stop"] = request.stop
        if request.tools and request.tool_choice != "none":
            payload["tools"] = request.tools
            if request.tool_choice is not None:
                payload["tool_choice"] = request.tool_choice
        return payload

    async def open_stream(self, request: ChatRequest) -> ChatStream:
        if self._model is None:
            import asyncio

            await asyncio.to_thread(self.unavailable_reason)  # learns the model name without blocking the loop
        payload = self._payload(request, stream=True)
        client = self._client()
        try:
            response = await client.send(client.build_request("POST", f"{self.url}/chat/completions",
                                                              json=payload), stream=True)
        except httpx.HTTPError as exc:
            raise self._request_failed(exc) from None
        if response.status_code >= 400:
            await response.aclose()
            raise LocalBackendError(f"local model server {self.url} answered HTTP {response.status_code}")
        return ChatStream(_chunks(response, self.url), None, payload["model"], close=response.aclose)

    def complete_text(self, prompt: str, *, max_tokens: int = 256, temperature: float = 0.2,
                      stop: Sequence[str] = ()) -> TextCompletion:
        started = time.perf_counter()
        payload: dict = {"model": self._model_for_request(), "messages": [{"role": "user", "content": prompt}],
                         "max_tokens": max_tokens, "temperature": temperature, "stream": False}
        if stop:
            payload["stop"] = list(stop)
        try:
            response = self._sync.post(f"{self.url}/chat/completions", json=payload)
        except httpx.HTTPError as exc:
            raise self._request_failed(exc) from None
        if response.status_code >= 400:
            raise LocalBackendError(f"local model server {self.url} answered HTTP {response.status_code}")
        try:
            document = response.json()
            choice = document["choices"][0]
            text = choice["message"].get("content") or ""
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise LocalBackendError(f"local model server {self.url} sent a malformed completion") from None
        usage = document.get("usage") or {}
        return TextCompletion(text, _finish(choice.get("finish_reason")),
                              Usage(int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)),
                              time.perf_counter() - started)

    async def embed(self, texts: list[str]) -> Embeddings:
        if self._model is None:
            import asyncio

            await asyncio.to_thread(self.unavailable_reason)  # learns the model name without blocking the loop
        model = self._model_for_request()
        client = self._client()
        try:
            response = await client.post(f"{self.url}/embeddings", json={"model": model, "input": texts})
        except httpx.HTTPError as exc:
            raise self._request_failed(exc) from None
        if response.status_code >= 400:
            raise LocalBackendError(f"local model server {self.url} answered HTTP {response.status_code} "
                                    "to an embeddings request")
        try:
            document = response.json()
            rows = sorted(document["data"], key=lambda row: row["index"])
            vectors = [[float(value) for value in row["embedding"]] for row in rows]
            prompt_tokens = int((document.get("usage") or {}).get("prompt_tokens") or 0)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise LocalBackendError(f"local model server {self.url} sent malformed embeddings") from None
        if len(vectors) != len(texts):
            raise LocalBackendError(f"local model server {self.url} sent {len(vectors)} embeddings for "
                                    f"{len(texts)} inputs")
        return Embeddings(vectors, prompt_tokens, str(document.get("model") or model))

    async def aclose(self) -> None:
        for client in list(self._clients.values()):
            await client.aclose()
        self._clients.clear()
        self._sync.close()


async def _chunks(response: httpx.Response, url: str) -> AsyncIterator[ChatChunk]:
    """ChatChunks from an OpenAI chat-completions SSE stream."""
    parser = SSEParser()
    finish: str | None = None
    usage: Usage | None = None
    called = False
    try:
        async for raw in response.aiter_bytes():
            for item in parser.feed(raw):
                chunk, done = _parse_event(item)
                if done:
                    break
                if chunk is None:
                    continue
                if chunk.usage is not None:
                    usage = chunk.usage
                if chunk.finish_reason:
                    finish = chunk.finish_reason
                if chunk.tool_calls:
                    called = True
                if chunk.text or chunk.tool_calls:
                    yield ChatChunk(text=chunk.text, tool_calls=chunk.tool_calls)
    except httpx.HTTPError:
        raise LocalBackendError(f"the stream from local model server {url} broke off") from None
    finally:
        await response.aclose()
    finish = finish or "stop"
    if called and finish == "stop":
        finish = "tool_calls"
    yield ChatChunk(finish_reason=finish, usage=usage or Usage())


def _parse_event(item: Any) -> tuple[ChatChunk | None, bool]:
    if not isinstance(item, ServerSentEvent) or item.data is None:
        return None, False
    if item.data.strip() == "[DONE]":
        return None, True
    try:
        document = json.loads(item.data)
    except ValueError:
        return None, False
    if not isinstance(document, dict):
        return None, False
    if isinstance(document.get("error"), dict):
        raise LocalBackendError("the local model server reported an error mid-stream")
    chunk = ChatChunk()
    raw_usage = document.get("usage")
    if isinstance(raw_usage, dict):
        chunk.usage = Usage(int(raw_usage.get("prompt_tokens") or 0), int(raw_usage.get("completion_tokens") or 0))
    choices = document.get("choices") or []
    if choices and isinstance(choices[0], dict):
        choice = choices[0]
        delta = choice.get("delta") or {}
        chunk.text = delta.get("content") or ""
        for raw_call in delta.get("tool_calls") or []:
            if not isinstance(raw_call, dict):
                continue
            function = raw_call.get("function") or {}
            chunk.tool_calls.append(ToolCallDelta(int(raw_call.get("index") or 0), raw_call.get("id"),
                                                  function.get("name"), function.get("arguments") or ""))
        if choice.get("finish_reason"):
            chunk.finish_reason = _finish(choice["finish_reason"])
    return chunk, False


def _finish(reason: Any) -> str:
    return {"length": "length", "tool_calls": "tool_calls", "function_call": "tool_calls"}.get(reason, "stop")


def _first_model(response: httpx.Response) -> str | None:
    try:
        data = response.json().get("data") or []
        return str(data[0]["id"]) if data else ""
    except (ValueError, AttributeError, KeyError, IndexError, TypeError):
        return ""
