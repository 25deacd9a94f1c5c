"""The proxy's failure behaviour: fail closed, clear errors in each API's format, upstream errors passed through."""
from __future__ import annotations

import gzip
import json
import time

import anthropic
import httpx
import openai
import pytest

from redactor.backends.local import ChatChunk, ChatStream, LocalModelBackend, Usage
from redactor.server import create_app
from tests.upstream_server import (
    AWS_KEY,
    EMAIL,
    MODEL,
    TEST_POLICY,
    LoopbackServer,
    closed_port,
    make_pipeline,
)

CHAT = {"model": MODEL, "messages": [{"role": "user", "content": f"key {AWS_KEY} mail {EMAIL}"}]}
MESSAGES = {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": f"key {AWS_KEY}"}]}


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream):
    upstream.reset()


def _proxy(upstream_url: str, pipeline=None, **options) -> LoopbackServer:
    app = create_app(pipeline or make_pipeline(), upstream_url + "/v1", upstream_url, **options)
    return LoopbackServer(app)


@pytest.fixture(scope="module")
def proxy(upstream):
    with _proxy(upstream.url, max_body_bytes=64 * 1024, upstream_timeout=1.0) as server:
        yield server.url


def _openai(url: str, **options) -> openai.OpenAI:
    return openai.OpenAI(api_key=options.pop("api_key", "sk-test"), base_url=url + "/v1", max_retries=0,
                         timeout=10, **options)


def test_upstream_rate_limit_is_passed_through_with_the_providers_body(proxy, upstream):
    upstream.mode, upstream.error_status = "error", 429
    upstream.error_body = b'{"error": {"message": "Rate limit reached for requests", "type": "requests", "code": "rate_limit_exceeded"}}'
    upstream.error_headers = [(b"retry-after", b"7")]
    with pytest.raises(openai.RateLimitError) as caught:
        _openai(proxy).chat.completions.create(**CHAT)
    assert caught.value.status_code == 429
    assert caught.value.body["message"] == "Rate limit reached for requests"
    assert caught.value.response.headers["retry-after"] == "7"


def test_upstream_server_error_is_passed_through_for_anthropic(proxy, upstream):
    upstream.mode, upstream.error_status = "error", 500
    upstream.error_body = b'{"type": "error", "error": {"type": "api_error", "message": "Internal server error"}}'
    client = anthropic.Anthropic(api_key="sk-ant", base_url=proxy, max_retries=0, timeout=10)
    with pytest.raises(anthropic.InternalServerError) as caught:
        client.messages.create(**MESSAGES)
    assert caught.value.status_code == 500 and "Internal server error" in str(caught.value)


def test_upstream_timeout_gives_504(proxy, upstream):
    upstream.mode, upstream.delay = "slow", 2.5
    started = time.monotonic()
    reply = httpx.post(proxy + "/v1/chat/completions", json=CHAT, timeout=10)
    assert reply.status_code == 504 and time.monotonic() - started < 2.4
    assert reply.json()["error"]["code"] == "upstream_timeout"


def test_refused_upstream_gives_502_in_the_clients_format():
    with _proxy(f"http://127.0.0.1:{closed_port()}") as server:
        reply = httpx.post(server.url + "/v1/messages", json=MESSAGES, headers={"x-api-key": "k"})
    assert reply.status_code == 502
    assert reply.json() == {"type": "error", "error": {"type": "api_error",
                                                       "message": "cannot connect to the upstream provider"}}


@pytest.mark.parametrize("path, family", [("/v1/chat/completions", "openai"), ("/v1/messages", "anthropic")])
def test_invalid_json_is_a_400_in_the_apis_format(proxy, upstream, path, family):
    reply = httpx.post(proxy + path, content=b'{"messages": [', headers={"content-type": "application/json"})
    assert reply.status_code == 400
    document = reply.json()
    message = document["error"]["message"]
    assert message == "request body is not valid JSON"
    assert (document.get("type") == "error") == (family == "anthropic")
    assert not upstream.requests


@pytest.mark.parametrize("body, expected", [
    ({"model": MODEL, "messages": "hello"}, "'messages' must be a list"),
    ({"model": MODEL, "messages": [{"role": "user", "content": 5}]}, "'messages[0].content' must be a string or a list of content parts"),
    ({"model": MODEL}, "'messages' is required"),
    ([1, 2], "request body must be a JSON object"),
])
def test_wrong_shapes_are_clear_400s_not_500s(proxy, upstream, body, expected):
    reply = httpx.post(proxy + "/v1/chat/completions", json=body)
    assert reply.status_code == 400 and reply.json()["error"]["message"] == expected
    assert not upstream.requests


def test_token_array_embeddings_are_refused(proxy, upstream):
    reply = httpx.post(proxy + "/v1/embeddings", json={"model": MODEL, "input": [[1, 2, 3]]})
    assert reply.status_code == 400 and "token-array" in reply.json()["error"]["message"]
    assert not upstream.requests


def test_body_over_the_limit_is_a_413(proxy, upstream):
    big = {"model": MODEL, "messages": [{"role": "user", "content": "x" * 70_000}]}
    reply = httpx.post(proxy + "/v1/messages", json=big)
    assert reply.status_code == 413 and reply.json()["error"]["type"] == "request_too_large"
    bomb = gzip.compress(json.dumps(big).encode())
    reply = httpx.post(proxy + "/v1/chat/completions", content=bomb,
                       headers={"content-encoding": "gzip", "content-type": "application/json"})
    assert reply.status_code == 413
    assert not upstream.requests


def test_gzip_request_bodies_are_read(proxy, upstream):
    reply = httpx.post(proxy + "/v1/chat/completions", content=gzip.compress(json.dumps(CHAT).encode()),
                       headers={"content-encoding": "gzip", "content-type": "application/json"})
    assert reply.status_code == 200
    assert AWS_KEY not in upstream.last().body.decode()


def test_unsupported_endpoints_are_404_in_the_apis_format(proxy, upstream):
    reply = httpx.post(proxy + "/v1/completions", json={"prompt": EMAIL})
    assert reply.status_code == 404 and reply.json()["error"]["code"] == "unsupported_endpoint"
    reply = httpx.post(proxy + "/v1/messages/batches", json={}, headers={"anthropic-version": "2023-06-01"})
    assert reply.status_code == 404 and reply.json()["type"] == "error"
    assert not upstream.requests


def test_proxy_token_is_required_when_configured(upstream):
    with _proxy(upstream.url, token="s3cret-proxy-token", openai_api_key="sk-from-env") as server:
        with pytest.raises(openai.AuthenticationError):
            _openai(server.url).chat.completions.create(**CHAT)
        assert not upstream.requests
        # The token as the API key: consumed, the environment key goes upstream.
        _openai(server.url, api_key="s3cret-proxy-token").chat.completions.create(**CHAT)
        assert upstream.last().headers["authorization"] == "Bearer sk-from-env"
        # The token in its own header: the client's key goes upstream.
        _openai(server.url, api_key="sk-client", default_headers={"x-redactor-token": "s3cret-proxy-token"}
                ).chat.completions.create(**CHAT)
        assert upstream.last().headers["authorization"] == "Bearer sk-client"
        assert httpx.get(server.url + "/healthz").status_code == 200


def test_environment_key_is_used_when_the_client_sends_none(upstream):
    with _proxy(upstream.url, anthropic_api_key="sk-ant-env") as server:
        reply = httpx.post(server.url + "/v1/messages", json=MESSAGES, headers={"anthropic-version": "2023-06-01"})
    assert reply.status_code == 200 and upstream.last().headers["x-api-key"] == "sk-ant-env"


class _ExplodingStage:
    name = "explode"

    def run(self, work):
        raise RuntimeError(f"bug while handling {work.original[0].text}")


def test_a_failing_stage_fails_closed_and_nothing_reaches_upstream(upstream):
    pipeline = make_pipeline()
    pipeline.stages.append(_ExplodingStage())
    with _proxy(upstream.url, pipeline) as server:
        with pytest.raises(openai.InternalServerError) as caught:
            _openai(server.url).chat.completions.create(**CHAT)
        with pytest.raises(anthropic.InternalServerError):
            anthropic.Anthropic(api_key="k", base_url=server.url, max_retries=0).messages.create(**MESSAGES)
    assert "stage 'explode' failed (RuntimeError); request not sent" in str(caught.value)
    assert AWS_KEY not in str(caught.value)
    assert not upstream.requests


def test_a_blocking_policy_refuses_with_403(upstream):
    pipeline = make_pipeline(TEST_POLICY + "kind_actions:\n  AWS_ACCESS_KEY: block\n")
    with _proxy(upstream.url, pipeline) as server:
        with pytest.raises(openai.PermissionDeniedError) as caught:
            _openai(server.url).chat.completions.create(**CHAT)
    assert "AWS_ACCESS_KEY" in str(caught.value) and not upstream.requests


def test_binary_parts_are_refused_when_the_policy_blocks_them(upstream):
    pipeline = make_pipeline(TEST_POLICY + "binary_parts: block\n")
    body = {"model": MODEL, "messages": [{"role": "user", "content": [
        {"type": "text", "text": "what is this"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}
    with _proxy(upstream.url, pipeline) as server:
        reply = httpx.post(server.url + "/v1/chat/completions", json=body)
    assert reply.status_code == 403 and "binary content (1 part(s))" in reply.json()["error"]["message"]
    assert not upstream.requests


def test_local_route_without_a_local_backend_is_a_503(proxy, upstream):
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"local only: {AWS_KEY}"}]}
    reply = httpx.post(proxy + "/v1/chat/completions", json=body, headers={"x-redactor-route": "local"})
    assert reply.status_code == 503
    message = reply.json()["error"]["message"]
    assert message.startswith("request must be served locally") and "no local backend is configured" in message
    assert not upstream.requests


class _RecordingLocalBackend(LocalModelBackend):
    name = "test-local"

    def __init__(self):
        super().__init__("local", context_tokens=4096, max_output_tokens=64)
        self.requests = []

    async def open_stream(self, request):
        self.requests.append(request)

        async def chunks():
            yield ChatChunk(text="served locally", finish_reason="stop", usage=Usage(5, 2))

        return ChatStream(chunks(), 5, self.model_name)


def test_a_local_backend_gets_the_original_body_and_the_cloud_gets_nothing(upstream):
    from redactor.stages.route import RouteStage

    backend = _RecordingLocalBackend()
    pipeline = make_pipeline()
    pipeline.stages = [RouteStage(pipeline.policy, backend) if stage.name == "route" else stage
                       for stage in pipeline.stages]
    with _proxy(upstream.url, pipeline, local_backend=backend) as server:
        reply = httpx.post(server.url + "/v1/chat/completions", json=CHAT, headers={"x-redactor-route": "local"})
        assert reply.status_code == 200 and reply.json()["choices"][0]["message"]["content"] == "served locally"
        assert reply.headers["x-redactor-route"] == "local"
        assert reply.headers["x-redactor-route-reason"].startswith("client asked for local routing")
        # Routing is sticky: the conversation stays local without the header.
        again = httpx.post(server.url + "/v1/chat/completions", json=CHAT)
        assert again.headers["x-redactor-route-reason"].startswith("conversation was served locally before")
    # Both turns reached the local model as the client sent them, unredacted.
    assert [request.messages for request in backend.requests] == [CHAT["messages"]] * 2
    assert not upstream.requests


def test_client_disconnect_cancels_the_upstream_stream(proxy, upstream):
    upstream.mode = "slow_stream"
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": f"stream to {EMAIL}"}]}
    with httpx.Client(timeout=10) as client:
        with client.stream("POST", proxy + "/v1/chat/completions", json=body) as reply:
            assert reply.status_code == 200
            next(reply.iter_raw())
    deadline = time.monotonic() + 5
    while upstream.disconnected_streams == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert upstream.disconnected_streams == 1


def test_serve_command_reports_a_bad_policy_in_one_line(tmp_path, capsys):
    from redactor.server.cli import serve_command

    with pytest.raises(SystemExit) as exited:
        serve_command(policy=str(tmp_path / "missing.yaml"), upstream_openai="http://127.0.0.1:1/v1",
                      upstream_anthropic="http://127.0.0.1:1", host="127.0.0.1", port=0, token=None,
                      vault="memory://", audit_log=None, max_body_mb=1, upstream_timeout=1, log_level="warning")
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "policy file not found" in error


def test_an_upstream_stream_that_breaks_ends_with_an_error_event(proxy, upstream):
    upstream.mode = "cut_stream"
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"cut stream for {EMAIL}"}]}
    received = ""
    with pytest.raises(openai.APIError) as caught:
        for chunk in _openai(proxy).chat.completions.create(**body, stream=True):
            received += chunk.choices[0].delta.content or "" if chunk.choices else ""
    assert "the upstream stream failed" in str(caught.value)
    assert received and "[[" not in received
