"""The pooled upstream client serves every user of the proxy: a cookie the provider sets must not follow anyone."""
from __future__ import annotations

import asyncio

from redactor.backends.cloud import CloudBackend
from redactor.core import OPENAI
from tests.upstream_server import LoopbackServer


class _CookieSettingUpstream:
    """Sets a cookie on every answer and records the Cookie header of every request."""

    def __init__(self) -> None:
        self.cookies_received: list[str | None] = []

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        headers = dict(scope["headers"])
        self.cookies_received.append(headers.get(b"cookie", b"").decode() or None)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"set-cookie", b"__cf_bm=user-one-bot-cookie; Path=/; HttpOnly")]})
        await send({"type": "http.response.body", "body": b"{}"})


def test_a_cookie_the_provider_sets_is_never_sent_with_a_later_request():
    upstream = _CookieSettingUpstream()
    with LoopbackServer(upstream, lifespan="off") as server:
        async def two_users() -> None:
            backend = CloudBackend(openai_base=server.url + "/v1", anthropic_base=server.url)
            try:
                for _ in range(2):
                    response = await backend.send("POST", backend.target(OPENAI, "chat/completions"),
                                                  {"content-type": "application/json"}, b"{}")
                    assert response.status_code == 200
            finally:
                await backend.aclose()
        asyncio.run(two_users())
    assert upstream.cookies_received == [None, None]


def test_a_clients_own_cookie_header_still_passes_through():
    upstream = _CookieSettingUpstream()
    with LoopbackServer(upstream, lifespan="off") as server:
        async def one_request() -> None:
            backend = CloudBackend(openai_base=server.url + "/v1", anthropic_base=server.url)
            try:
                headers = backend.headers(OPENAI, [("Cookie", "session=client-chosen")])
                await backend.send("POST", backend.target(OPENAI, "chat/completions"), headers, b"{}")
            finally:
                await backend.aclose()
        asyncio.run(one_request())
    assert upstream.cookies_received == ["session=client-chosen"]
