"""The upstream connection pool, split into small shards so that many open streams stay cheap.

httpcore's connection pool re-examines every pooled connection, with a
readability syscall per idle one, each time a request starts or ends, and
counts all connections once per idle one: O(n²) work per request. With dozens
of long-lived streams open that bookkeeping, not redaction, became most of the
proxy's CPU time and throughput fell from ~200 to ~20 requests/s.
`ShardedTransport` keeps several small pools and sends each request to the
least busy one, so every pool holds only a few connections.
"""
from __future__ import annotations

import os
from typing import AsyncIterator, Callable

import httpx

# httpx honours these only with its default transport (it mounts proxies for
# them); with any of them set we leave the pool to httpx.
_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")

# An idle upstream connection is dropped by us before the server drops it: uvicorn and
# Node close idle connections after 5 s, and with httpx's default expiry (also 5 s) a
# request could go out on a connection the server was closing and fail mid-send.
UPSTREAM_IDLE_SECONDS = 4.0


class ShardedTransport(httpx.AsyncBaseTransport):
    """`shards` independent httpx transports of `connections_per_shard` connections each."""

    def __init__(self, shards: int = 16, connections_per_shard: int = 16) -> None:
        limits = httpx.Limits(max_connections=connections_per_shard,
                              max_keepalive_connections=connections_per_shard,
                              keepalive_expiry=UPSTREAM_IDLE_SECONDS)
        self._shards = [httpx.AsyncHTTPTransport(limits=limits) for _ in range(shards)]
        self._in_flight = [0] * shards

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = min(range(len(self._shards)), key=self._in_flight.__getitem__)
        self._in_flight[index] += 1
        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            self._in_flight[index] -= 1
            raise

        def release() -> None:
            self._in_flight[index] -= 1

        # A request occupies its shard until its body is read or closed (streams: until they end).
        return httpx.Response(response.status_code, headers=response.headers,
                              stream=_ReleasingStream(response.stream, release), extensions=response.extensions)

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


def default_upstream_transport(max_connections: int = 256) -> httpx.AsyncBaseTransport | None:
    """The transport the proxy uses for the cloud upstream; None (httpx's own) when a proxy is configured."""
    if any(os.environ.get(name) or os.environ.get(name.upper()) for name in _PROXY_VARIABLES):
        return None
    shards = 16
    return ShardedTransport(shards, max(1, max_connections // shards))
