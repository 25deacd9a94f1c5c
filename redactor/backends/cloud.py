"""The cloud provider upstream: one pooled httpx client, header hygiene, error mapping.

Client credentials are forwarded as they came (Authorization, x-api-key,
anthropic-version, anthropic-beta, OpenAI-Organization, OpenAI-Project); if the
client sent no key, the key from the environment (OPENAI_API_KEY /
ANTHROPIC_API_KEY) is used. Hop-by-hop headers, our own `x-redactor-*`
headers and the policy's control headers never leave; content-length is
recomputed because the body was rewritten. Transport failures become
`UpstreamError`: timeouts 504, anything else (refused, reset) 502.
"""
from __future__ import annotations

import http.cookiejar
import os
from dataclasses import dataclass
from typing import Iterable, Mapping

import httpx

from redactor.backends import DEFAULT_ANTHROPIC_BASE, DEFAULT_OPENAI_BASE
from redactor.core import ANTHROPIC, OPENAI


# Never forwarded upstream: hop-by-hop headers (RFC 9110 7.6.1), headers httpx
# recomputes for the rewritten body, and encodings we cannot rewrite through.
_REQUEST_DROP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
    "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "content-encoding",
    "accept-encoding",
})
# Never copied back to the client: hop-by-hop, and headers describing a body we re-encoded.
_RESPONSE_DROP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
    "transfer-encoding", "upgrade", "content-length", "content-encoding", "content-type", "date",
    "server", "set-cookie",
})


class UpstreamError(RuntimeError):
    """The provider could not be reached or did not answer in time. Message is safe to show."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.reason = code  # metrics label


@dataclass(frozen=True)
class UpstreamTarget:
    family: str  # OPENAI or ANTHROPIC
    url: str


class CloudBackend:
    """Forwards (already redacted) requests to OpenAI- and Anthropic-compatible providers."""

    name = "cloud"

    def __init__(self, openai_base: str = DEFAULT_OPENAI_BASE, anthropic_base: str = DEFAULT_ANTHROPIC_BASE,
                 timeout_seconds: float = 600.0, connect_timeout_seconds: float = 10.0,
                 openai_api_key: str | None = None, anthropic_api_key: str | None = None,
                 transport: httpx.AsyncBaseTransport | None = None, max_connections: int = 200) -> None:
        self._bases = {OPENAI: openai_base.rstrip("/"), ANTHROPIC: anthropic_base.rstrip("/")}
        self._env_keys = {
            OPENAI: openai_api_key if openai_api_key is not None else os.environ.get("OPENAI_API_KEY"),
            ANTHROPIC: anthropic_api_key if anthropic_api_key is not None else os.environ.get("ANTHROPIC_API_KEY"),
        }
        self._timeout = httpx.Timeout(timeout_seconds, connect=min(connect_timeout_seconds, timeout_seconds))
        self._transport = transport
        self._limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        # One pooled client per app; created lazily so it binds to the serving event loop.
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._timeout, transport=self._transport,
                                             limits=self._limits, follow_redirects=False,
                                             cookies=_cookie_jar_that_keeps_nothing())
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def target(self, family: str, path: str, query: str = "") -> UpstreamTarget:
        """`path` is relative to the family's base URL (OpenAI's base includes /v1)."""
        url = f"{self._bases[family]}/{path.lstrip('/')}"
        return UpstreamTarget(family, f"{url}?{query}" if query else url)

    def headers(self, family: str, client_headers: Iterable[tuple[str, str]],
                drop: Iterable[str] = ()) -> dict[str, str]:
        """Headers to send upstream: the client's, cleaned, plus an environment key if it sent none."""
        dropped = _REQUEST_DROP | {name.lower() for name in drop}
        forwarded: dict[str, str] = {}
        for name, value in client_headers:
            lower = name.lower()
            if lower in dropped or lower.startswith("x-redactor-"):
                continue
            forwarded[lower] = value
        env_key = self._env_keys[family]
        if env_key:
            if family == OPENAI and "authorization" not in forwarded:
                forwarded["authorization"] = f"Bearer {env_key}"
            elif family == ANTHROPIC and "x-api-key" not in forwarded and "authorization" not in forwarded:
                forwarded["x-api-key"] = env_key
        return forwarded

    async def send(self, method: str, target: UpstreamTarget, headers: Mapping[str, str],
                   content: bytes | None = None, stream: bool = False) -> httpx.Response:
        """Send a request; with `stream=True` the caller must `aclose()` the response."""
        request = self.client.build_request(method, target.url, headers=_header_bytes(headers), content=content)
        try:
            return await self.client.send(request, stream=stream)
        except httpx.TimeoutException:
            raise UpstreamError(504, "upstream_timeout", "the upstream provider did not answer in time") from None
        except httpx.ConnectError:
            raise UpstreamError(502, "upstream_unreachable", "cannot connect to the upstream provider") from None
        except httpx.HTTPError as exc:
            raise UpstreamError(502, "upstream_failed",
                                f"upstream request failed ({exc.__class__.__name__})") from None


def _cookie_jar_that_keeps_nothing() -> http.cookiejar.CookieJar:
    """The pooled client serves every user of the proxy: a cookie the provider sets for one request (a CDN's bot
    cookie, a session) must not be sent with anyone else's, which would link their requests on the provider's side.
    A client's own Cookie header still passes through `headers()` like any other header."""
    return http.cookiejar.CookieJar(policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))


def _header_bytes(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    # Client header values arrive decoded as latin-1 and may hold bytes above
    # 0x7f; httpx would refuse such str values (ASCII only), so send the bytes
    # as they came. Values from our own configuration fall back to UTF-8.
    encoded = []
    for name, value in headers.items():
        try:
            raw = value.encode("latin-1")
        except UnicodeEncodeError:
            raw = value.encode("utf-8")
        encoded.append((name.encode("latin-1"), raw))
    return encoded


def response_headers(upstream: httpx.Response) -> dict[str, str]:
    """Upstream response headers worth passing to the client (request ids, rate limits)."""
    return {name: value for name, value in upstream.headers.items() if name.lower() not in _RESPONSE_DROP}
