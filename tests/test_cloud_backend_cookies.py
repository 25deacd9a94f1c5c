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


def _cookies_received(*client_headers: list[tuple[str, str]]) -> list[str | None]:
    """Send one request per entry through a fresh CloudBackend (its pooled client); what the upstream saw as Cookie."""
    upstream = _CookieSettingUpstream()
    with LoopbackServer(upstream, lifespan="off") as server:
        async def send_all() -> None:
            backend = CloudBackend(openai_base=server.url + "/v1", anthropic_base=server.url)
            try:
                for headers in client_headers:
                    response = await backend.send("POST", backend.target(OPENAI, "chat/completions"),
                                                  backend.headers(OPENAI, headers), b"{}")
                    assert response.status_code == 200
            finally:
                await backend.aclose()
        asyncio.run(send_all())
    return upstream.cookies_received


def test_a_cookie_the_provider_sets_is_never_sent_with_a_later_request():
    assert _cookies_received([("Content-Type", "application/json")], [("Content-Type", "application/json")]) == [
        None, None]


def test_a_clients_own_cookie_header_still_passes_through():
    assert _cookies_received([("Cookie", "session=client-chosen")]) == ["session=client-chosen"]
