"""Upstream faults: refused, silent, stalled, erroring, cut, garbled or redirecting providers.

Real OpenAI and Anthropic SDKs -> real uvicorn proxy -> a scripted raw-TCP
upstream on loopback. Every fault must end in a clear error or a cleanly
terminated stream, within a bound; the SDKs' automatic retries (max_retries=2)
must only ever send redacted bodies; and after every test the upstream (and
any server a redirect points at) must have seen no seeded value.
"""
from __future__ import annotations

import json
import time

import anthropic
import httpx
import openai
import pytest

from redactor.server import create_app
from tests.fault_support import (
    CLOSE,
    HANG,
    RESET,
    Pause,
    ScriptedUpstream,
    chunk,
    http_head,
    model_reply,
    reply_document,
    reply_events,
    sse_reply,
    whole,
)
from tests.upstream_server import (
    AWS_KEY,
    EMAIL,
    GITHUB_TOKEN,
    MODEL,
    LoopbackServer,
    assert_no_seed_in,
    closed_port,
    derive_mapping,
    make_pipeline,
    reply_text,
    restore_with,
)

PROMPT = f"Deploy with {AWS_KEY} and token {GITHUB_TOKEN}; report to {EMAIL}."
UPSTREAM_TIMEOUT = 1.0
APIS = ("openai_chat", "openai_responses", "anthropic")


@pytest.fixture(scope="module")
def upstream():
    with ScriptedUpstream() as server:
        yield server


@pytest.fixture(scope="module")
def bystander():
    """Where a hostile redirect points: it must never receive anything."""
    with ScriptedUpstream() as server:
        yield server


@pytest.fixture(scope="module")
def proxy(upstream):
    app = create_app(make_pipeline(), upstream.url + "/v1", upstream.url, upstream_timeout=UPSTREAM_TIMEOUT,
                     connect_timeout=UPSTREAM_TIMEOUT)
    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture(autouse=True)
def _no_seed_ever_reaches_a_server(upstream, bystander):
    upstream.reset()
    bystander.reset()
    yield
    assert_no_seed_in(upstream.raw_bytes)
    assert not bystander.requests, "a redirect made the client re-send its request elsewhere"


def _openai(url: str, retries: int = 0) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url=url + "/v1", max_retries=retries, timeout=15)


def _anthropic(url: str, retries: int = 0) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="sk-ant-test", base_url=url, max_retries=retries, timeout=15)


def _call(proxy: str, api: str, stream: bool, retries: int = 0) -> str:
    """One request through the real SDK of `api`; returns the assistant text it assembled."""
    if api == "openai_chat":
        client = _openai(proxy, retries)
        messages = [{"role": "user", "content": PROMPT}]
        if not stream:
            return client.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content
        return "".join(chunk.choices[0].delta.content or "" for chunk in
                       client.chat.completions.create(model=MODEL, messages=messages, stream=True)
                       if chunk.choices)
    if api == "openai_responses":
        client = _openai(proxy, retries)
        if not stream:
            return client.responses.create(model=MODEL, input=PROMPT).output_text
        text = ""
        for event in client.responses.create(model=MODEL, input=PROMPT, stream=True):
            if event.type == "error":
                # The Responses API reports stream failures as a typed event, not an exception.
                raise ResponsesErrorEvent(event.message)
            if event.type == "response.output_text.delta":
                text += event.delta
        return text
    client = _anthropic(proxy, retries)
    request = dict(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": PROMPT}])
    if not stream:
        return "".join(block.text for block in client.messages.create(**request).content if block.type == "text")
    return "".join(event.delta.text for event in client.messages.create(**request, stream=True)
                   if event.type == "content_block_delta" and event.delta.type == "text_delta")


class ResponsesErrorEvent(Exception):
    """The OpenAI SDK yielded a Responses `error` event."""


STREAM_FAILURES = (openai.APIError, anthropic.APIError, ResponsesErrorEvent)


def _redacted_prompt(received) -> str:
    body = received.json
    if received.api == "openai_chat":
        return body["messages"][0]["content"]
    if received.api == "openai_responses":
        return body["input"]
    return body["messages"][0]["content"]


def _echo(request):
    """The model double: answers with every placeholder it was sent, in the request's format."""
    return model_reply(request, reply_text(request.placeholders))


def _expected(received) -> str:
    mapping = derive_mapping(PROMPT, _redacted_prompt(received))
    return restore_with(mapping, reply_text(received.placeholders))


def _error_json(status: int, api: str, message: str) -> bytes:
    if api == "anthropic":
        return json.dumps({"type": "error", "error": {"type": "api_error", "message": message}}).encode()
    return json.dumps({"error": {"message": message, "type": "server_error", "code": None}}).encode()


# -- refused ---------------------------------------------------------------------------------------

def test_refused_upstream_is_a_502_each_retry_is_counted_and_nothing_hangs():
    app = create_app(make_pipeline(), f"http://127.0.0.1:{closed_port()}/v1", f"http://127.0.0.1:{closed_port()}")
    with LoopbackServer(app) as server:
        started = time.monotonic()
        for api in APIS:
            for stream in (False, True):
                retries = 2 if (api, stream) == ("openai_chat", False) else 0
                with pytest.raises(openai.APIStatusError if api != "anthropic" else anthropic.APIStatusError) as caught:
                    _call(server.url, api, stream, retries=retries)
                assert caught.value.status_code == 502
                assert "cannot connect to the upstream provider" in str(caught.value)
        assert time.monotonic() - started < 15
        metrics = httpx.get(server.url + "/metrics").text
    # Every attempt (for chat: the first and two SDK retries) was refused by the proxy itself.
    assert 'redactor_requests_total{api="openai_chat",route="cloud",status="502"} 4.0' in metrics
    for api in ("openai_responses", "anthropic"):
        assert f'redactor_requests_total{{api="{api}",route="cloud",status="502"}} 2.0' in metrics


# -- error statuses, and what the SDKs' retries send ------------------------------------------------

@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("status", [500, 429])
@pytest.mark.parametrize("api", APIS)
def test_sdk_retries_after_an_error_status_only_ever_send_the_same_redacted_body(proxy, upstream, api, status,
                                                                                 stream):
    upstream.handler = lambda request: whole(status, _error_json(status, api, "try again later"),
                                             extra=[("retry-after-ms", "10")])
    errors = {500: (openai.InternalServerError, anthropic.InternalServerError),
              429: (openai.RateLimitError, anthropic.RateLimitError)}[status]
    with pytest.raises(errors[1] if api == "anthropic" else errors[0]) as caught:
        _call(proxy, api, stream, retries=2)
    assert caught.value.status_code == status and "try again later" in str(caught.value)
    assert len(upstream.requests) == 3  # the first attempt and two retries
    bodies = {request.body for request in upstream.requests}
    assert len(bodies) == 1, "each retry must carry the very same redacted body"
    assert len(upstream.requests[0].placeholders) == 3


@pytest.mark.parametrize("api", APIS)
def test_a_retry_that_succeeds_restores_the_reply(proxy, upstream, api):
    attempts = []

    def flaky(request):
        attempts.append(request)
        if len(attempts) == 1:
            return whole(503, _error_json(503, api, "overloaded"), extra=[("retry-after-ms", "10")])
        return _echo(request)

    upstream.handler = flaky
    text = _call(proxy, api, stream=True, retries=2)
    assert len(attempts) == 2 and attempts[0].body == attempts[1].body
    assert text == _expected(attempts[1])
    assert AWS_KEY in text and EMAIL in text


# -- timeouts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("stream, retries", [(False, 2), (True, 1)], ids=["whole", "stream"])
def test_an_upstream_that_never_answers_gives_504_on_every_retry(proxy, upstream, stream, retries):
    upstream.handler = lambda request: [HANG]
    started = time.monotonic()
    with pytest.raises(openai.APIStatusError) as caught:
        _call(proxy, "openai_chat", stream, retries=retries)
    elapsed = time.monotonic() - started
    assert caught.value.status_code == 504 and "did not answer in time" in str(caught.value)
    assert len(upstream.requests) == retries + 1
    assert len({request.body for request in upstream.requests}) == 1
    assert elapsed < (retries + 1) * UPSTREAM_TIMEOUT + 6  # the timeouts plus the SDK's backoff


def test_an_anthropic_upstream_that_never_answers_gives_504(proxy, upstream):
    upstream.handler = lambda request: [HANG]
    with pytest.raises(anthropic.APIStatusError) as caught:
        _call(proxy, "anthropic", stream=True)
    assert caught.value.status_code == 504


def test_a_whole_reply_that_stalls_mid_body_gives_504(proxy, upstream):
    def stall(request):
        body = json.dumps(reply_document(request.api, "never finished")).encode()
        return [http_head(200, length=len(body)) + body[:20], HANG]

    upstream.handler = stall
    started = time.monotonic()
    reply = httpx.post(proxy + "/v1/chat/completions", timeout=10,
                       json={"model": MODEL, "messages": [{"role": "user", "content": PROMPT}]})
    assert reply.status_code == 504 and reply.json()["error"]["code"] == "upstream_timeout"
    assert time.monotonic() - started < UPSTREAM_TIMEOUT + 3


@pytest.mark.parametrize("api", APIS)
def test_a_stream_that_stalls_ends_with_an_error_event_after_the_restored_text(proxy, upstream, api):
    def stall(request):
        events = reply_events(request.api, reply_text(request.placeholders))
        return sse_reply(events[:6], finish=False) + [HANG]

    upstream.handler = stall
    started = time.monotonic()
    received = _stream_raw(proxy, api)
    assert time.monotonic() - started < UPSTREAM_TIMEOUT + 4
    assert "the upstream stream failed (ReadTimeout)" in received
    # What arrived before the stall went out restored, never as a placeholder or a piece of one.
    assert _delta_text(received).startswith("Noted") and "[[" not in _delta_text(received)
    # The SDK reports the failure instead of returning a silently short answer.
    with pytest.raises(STREAM_FAILURES):
        _call(proxy, api, stream=True)


def _stream_raw(proxy: str, api: str) -> str:
    """A streamed request with httpx: the SSE text exactly as the proxy sent it."""
    if api == "openai_chat":
        path, body = "/v1/chat/completions", {"model": MODEL, "stream": True,
                                              "messages": [{"role": "user", "content": PROMPT}]}
    elif api == "openai_responses":
        path, body = "/v1/responses", {"model": MODEL, "stream": True, "input": PROMPT}
    else:
        path, body = "/v1/messages", {"model": MODEL, "stream": True, "max_tokens": 64,
                                      "messages": [{"role": "user", "content": PROMPT}]}
    with httpx.stream("POST", proxy + path, json=body, timeout=15) as reply:
        assert reply.status_code == 200
        return b"".join(reply.iter_raw()).decode("utf-8")


def _delta_text(sse: str) -> str:
    """The assistant text carried by the delta events of any of the three APIs."""
    text = ""
    for line in sse.splitlines():
        if not line.startswith("data: {"):
            continue
        try:
            event = json.loads(line[6:])
        except ValueError:
            continue
        if event.get("choices"):
            text += event["choices"][0].get("delta", {}).get("content") or ""
        elif event.get("type") == "response.output_text.delta":
            text += event["delta"]
        elif event.get("type") == "content_block_delta" and event["delta"].get("type") == "text_delta":
            text += event["delta"]["text"]
    return text


# -- connections cut mid-stream -----------------------------------------------------------------------

@pytest.mark.parametrize("ending", [CLOSE, RESET], ids=["fin", "rst"])
@pytest.mark.parametrize("api", APIS)
def test_a_connection_cut_mid_stream_ends_with_an_error_event_the_sdk_raises(proxy, upstream, api, ending):
    def cut(request):
        events = reply_events(request.api, reply_text(request.placeholders))
        # Some whole events, then half of the next one, then the TCP connection ends.
        return sse_reply(events[:5], finish=False) + [chunk(events[5][:15]), Pause(0.05), ending]

    upstream.handler = cut
    received = _stream_raw(proxy, api)
    assert "the upstream stream failed" in received
    assert "[[" not in _delta_text(received)
    with pytest.raises(STREAM_FAILURES) as caught:
        _call(proxy, api, stream=True)
    assert "the upstream stream failed" in str(caught.value)
    assert httpx.get(proxy + "/healthz").status_code == 200


@pytest.mark.parametrize("api", APIS)
def test_a_stream_closed_without_its_final_events_flushes_the_held_back_text(proxy, upstream, api):
    """No chunked framing: the TCP close is the end of the body. The reply ends right after a
    placeholder (which the proxy holds back while it could still grow), with no final event."""
    def truncated(request):
        placeholder = request.placeholders[0]
        events = reply_events(request.api, f"Send it to {placeholder}", piece=3)
        last_delta = max(i for i, event in enumerate(events)
                         if b'"delta": {"content"' in event or b"output_text.delta" in event or b"text_delta" in event)
        return sse_reply(events[:last_delta + 1], chunked=False) + [CLOSE]

    upstream.handler = truncated
    received = _stream_raw(proxy, api)
    placeholder = upstream.requests[-1].placeholders[0]
    value = derive_mapping(PROMPT, _redacted_prompt(upstream.requests[-1]))[placeholder]
    assert _delta_text(received) == f"Send it to {value}"
    # ... and the client is told the reply was cut short, not left to think it complete.
    assert received.rstrip().endswith("}") and "the upstream stream ended before its final event" in received


# -- garbled replies ---------------------------------------------------------------------------------

@pytest.mark.parametrize("api", APIS)
def test_sse_data_that_is_not_json_passes_through_and_the_stream_goes_on(proxy, upstream, api):
    def garbled(request):
        events = reply_events(request.api, reply_text(request.placeholders))
        garbage = [b"data: {not json at all\n\n", b"data: <html>502 Bad Gateway</html>\n\n",
                   b"event: weird\ndata: [[\n\n", b"data: \xff\xfe broken utf-8\n\n", b": a comment\n\n"]
        return sse_reply(events[:3] + garbage + events[3:])

    upstream.handler = garbled
    received = _stream_raw(proxy, api)
    for line in ("data: {not json at all", "data: <html>502 Bad Gateway</html>", "data: \ufffd\ufffd broken utf-8"):
        assert line in received
    assert "ended before its final event" not in received  # the stream did end properly
    assert _delta_text(received) == _expected(upstream.requests[-1])


@pytest.mark.parametrize("api", APIS)
def test_a_truncated_last_event_ends_the_stream_cleanly(proxy, upstream, api):
    sent = []

    def truncated(request):
        events = reply_events(request.api, reply_text(request.placeholders))
        sent.append(_delta_text(b"".join(events[:4]).decode()))
        # The chunked body ends properly, but inside an event: half a JSON line, no blank line.
        return sse_reply(events[:4] + [events[4][:len(events[4]) // 2]])

    upstream.handler = truncated
    started = time.monotonic()
    received = _stream_raw(proxy, api)
    assert time.monotonic() - started < 5
    assert "the upstream stream failed" not in received  # the stream itself ended as HTTP says it should
    assert "the upstream stream ended before its final event" in received  # but the reply is incomplete
    # Everything the model said in whole events arrives, restored; a placeholder the
    # model never finished stays the fragment it was (it names no value).
    mapping = derive_mapping(PROMPT, _redacted_prompt(upstream.requests[-1]))
    assert _delta_text(received) == restore_with(mapping, sent[0])


@pytest.mark.parametrize("body", [
    b"<html><body>Service temporarily unavailable</body></html>",
    b"[1, 2, 3]",
    b"",
    b"{\"choices\": [" * 50_000,
    b"[" * 100_000 + b"]" * 100_000,
], ids=["html", "array", "empty", "truncated", "deep"])
@pytest.mark.parametrize("api", APIS)
def test_a_2xx_body_that_is_not_a_json_object_is_a_clear_502(proxy, upstream, api, body):
    upstream.handler = lambda request: whole(200, body, "application/json")
    with pytest.raises((openai.APIStatusError, anthropic.APIStatusError)) as caught:
        _call(proxy, api, stream=False)
    assert caught.value.status_code == 502
    assert "answered HTTP 200 with a body that is not a JSON object" in str(caught.value)


def test_a_stream_request_answered_with_an_html_page_is_a_clear_502(proxy, upstream):
    upstream.handler = lambda request: whole(200, b"<html>captive portal</html>", "text/html")
    with pytest.raises(openai.APIStatusError) as caught:
        _call(proxy, "openai_chat", stream=True)
    assert caught.value.status_code == 502


# -- redirects -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("api", APIS)
def test_an_upstream_redirect_never_makes_the_client_resend_its_unredacted_request(proxy, upstream, bystander,
                                                                                    api, status, stream):
    """SDKs follow redirects, re-sending the ORIGINAL body: passing one on would leak every secret."""
    def redirect(request):
        document = reply_document(request.api, "moved")
        return whole(status, json.dumps(document).encode(), extra=[("location", bystander.url + "/steal")])

    upstream.handler = redirect
    with pytest.raises((openai.APIStatusError, anthropic.APIStatusError)) as caught:
        _call(proxy, api, stream)
    assert caught.value.status_code == 502 and "redirect" in str(caught.value)
    assert len(upstream.requests) == 1
    # The autouse fixture checks that the bystander received nothing.


def test_the_proxy_keeps_serving_after_every_fault(proxy, upstream):
    upstream.handler = _echo
    for api in APIS:
        for stream in (False, True):
            assert _call(proxy, api, stream) == _expected(upstream.requests[-1])


@pytest.mark.parametrize("headers", [{}, {"anthropic-version": "2023-06-01", "x-api-key": "sk-ant-test"}],
                         ids=["openai", "anthropic"])
def test_a_redirect_on_the_model_list_is_not_passed_on_either(proxy, upstream, bystander, headers):
    upstream.handler = lambda request: whole(302, b"", extra=[("location", bystander.url + "/steal")])
    reply = httpx.get(proxy + "/v1/models", headers=headers, follow_redirects=True, timeout=10)
    assert reply.status_code == 502 and "redirect" in reply.text
