"""Process faults: the proxy killed with SIGKILL mid-traffic, a local model that crashes or is missing.

After `kill -9` and a restart on the same SQLite vault and key file, every
placeholder issued before the kill is still restored in its conversation.
A local model that crashes (before or during its answer) or whose file is
missing gets the policy's fallback, an error or a redacted cloud send, never a
silent cloud send of the original text.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time

import anthropic
import httpx
import openai
import pytest

from redactor.backends.local import ChatChunk, ChatStream, LocalModelBackend
from redactor.server import create_app
from redactor.stages.route import RouteStage
from tests.fault_support import (
    RESET,
    Pause,
    ProxyProcess,
    ScriptedUpstream,
    model_reply,
    reply_events,
    sse_reply,
    whole,
)
from tests.upstream_server import (
    AWS_KEY,
    EMAIL,
    GITHUB_TOKEN,
    MODEL,
    PRIVATE_KEY,
    SEED_FRAGMENTS,
    TEST_POLICY,
    LoopbackServer,
    assert_no_seed_in,
    make_pipeline,
    reply_text,
)


@pytest.fixture()
def upstream():
    with ScriptedUpstream() as server:
        yield server


def _echo_or_slow(request):
    """Echo the placeholders; a request whose text says 'slowly' streams for seconds."""
    text = reply_text(request.placeholders)
    if request.stream and b"slowly" in request.body:
        events = reply_events(request.api, text, piece=2)
        actions = sse_reply(events)
        return [actions[0]] + [item for action in actions[1:] for item in (Pause(0.1), action)]
    return model_reply(request, text)


# -- kill -9 -----------------------------------------------------------------------------------

def test_mappings_issued_before_a_sigkill_restore_after_the_restart(upstream, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY)
    vault_path = tmp_path / "vault.db"
    proxy = ProxyProcess(tmp_path, ["--policy", str(policy), "--vault", f"sqlite:///{vault_path}",
                                    "--upstream-openai", upstream.url + "/v1", "--upstream-anthropic", upstream.url,
                                    "--upstream-timeout", "10", "--log-level", "warning"],
                         env={"REDACTOR_VAULT_KEY_FILE": str(tmp_path / "keys" / "vault.key")})
    upstream.handler = _echo_or_slow
    proxy.start()
    try:
        # Before the kill: an explicit conversation and one identified by its first messages.
        explicit = {"x-redactor-conversation": "before-the-kill"}
        first = _chat(proxy.url, f"deploy with {AWS_KEY}, mail {EMAIL}", headers=explicit)
        assert first.status_code == 200 and AWS_KEY in first.text and EMAIL in first.text
        issued = upstream.requests[-1].placeholders
        assert issued == ["[[AWS_ACCESS_KEY_1]]", "[[EMAIL_1]]"]
        history = [{"role": "system", "content": "You are a deploy bot."},
                   {"role": "user", "content": f"my token is {GITHUB_TOKEN}"}]
        assert _chat(proxy.url, messages=history).status_code == 200
        derived_body = upstream.requests[-1].body

        # Traffic in flight (streams that take seconds, and quick requests) when the process dies.
        traffic = _Traffic(proxy.url)
        traffic.start(threads=6)
        time.sleep(0.8)
        assert traffic.completed, "no request completed before the kill"
        proxy.kill9()
        traffic.stop()
        assert traffic.all_finished_within(10), "a client hung after the proxy was killed"
        assert traffic.failures, "the kill interrupted no request in flight"

        # The vault file is intact after the crash.
        check = sqlite3.connect(f"file:{vault_path}?mode=ro", uri=True)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()

        proxy.start()
        # A reply naming placeholders issued before the kill is restored by the new process.
        upstream.handler = lambda request: model_reply(request, "Deployed [[AWS_ACCESS_KEY_1]] for [[EMAIL_1]].")
        again = _chat(proxy.url, "is it deployed?", headers=explicit, stream=True)
        assert _streamed_text(again.text) == f"Deployed {AWS_KEY} for {EMAIL}."
        # The same client (same API key: it is part of the conversation's identity) on another API.
        claude = anthropic.Anthropic(api_key=CLIENT_API_KEY, base_url=proxy.url, max_retries=0, timeout=20,
                                     default_headers=explicit)
        message = claude.messages.create(model=MODEL, max_tokens=8,
                                         messages=[{"role": "user", "content": "is it deployed?"}])
        assert message.content[0].text == f"Deployed {AWS_KEY} for {EMAIL}."
        # A client with an API key naming the same conversation header gets no values.
        foreign = anthropic.Anthropic(api_key="sk-ant", base_url=proxy.url, max_retries=0, timeout=20,
                                      default_headers=explicit)
        message = foreign.messages.create(model=MODEL, max_tokens=8,
                                          messages=[{"role": "user", "content": "is it deployed?"}])
        assert message.content[0].text == "Deployed [[AWS_ACCESS_KEY_1]] for [[EMAIL_1]]."
        # The derived conversation gets the very same placeholders for its re-sent history.
        upstream.handler = _echo_or_slow
        _chat(proxy.url, messages=history)
        assert upstream.requests[-1].body == derived_body
        # Every request that completed before the kill restores in its own conversation.
        for conversation, placeholder, value in traffic.completed[:8]:
            upstream.handler = lambda request, p=placeholder: model_reply(request, f"it was {p}")
            reply = _chat(proxy.url, "what was it?", headers={"x-redactor-conversation": conversation})
            assert reply.json()["choices"][0]["message"]["content"] == f"it was {value}"
    finally:
        proxy.stop()
    assert_no_seed_in(upstream.raw_bytes)
    assert "Traceback" not in proxy.stderr()


class _Traffic:
    """Client threads sending requests with fresh values until stopped; records what completed."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.completed: list[tuple[str, str, str]] = []  # (conversation, placeholder, value)
        self.failures: list[str] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self, threads: int) -> None:
        for number in range(threads):
            thread = threading.Thread(target=self._run, args=(number,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()

    def all_finished_within(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)

    def _run(self, number: int) -> None:
        sequence = 0
        while not self._stop.is_set():
            sequence += 1
            conversation = f"traffic-{number}-{sequence}"
            value = f"worker{number}.req{sequence}@traffic-corp.io"
            slow = number % 2 == 0
            text = f"please answer slowly to {value}" if slow else f"reach {value}"
            try:
                reply = _chat(self.url, text, headers={"x-redactor-conversation": conversation}, stream=slow)
            except httpx.HTTPError as error:
                self.failures.append(type(error).__name__)
                continue
            if reply.status_code == 200:
                restored = _streamed_text(reply.text) if slow else reply.json()["choices"][0]["message"]["content"]
                if value in restored:
                    self.completed.append((conversation, "[[EMAIL_1]]", value))
                else:
                    self.failures.append("cut stream")


# The API key the test's clients send; conversations are keyed by it (see redactor/wire/session.py).
CLIENT_API_KEY = "sk-test"


def _chat(url: str, content: str | None = None, *, messages: list | None = None, headers: dict | None = None,
          stream: bool = False) -> httpx.Response:
    body = {"model": MODEL, "stream": stream, "messages": messages or [{"role": "user", "content": content}]}
    return httpx.post(url + "/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {CLIENT_API_KEY}"} | (headers or {}),
                      timeout=httpx.Timeout(10, connect=2))


def _streamed_text(sse: str) -> str:
    text = ""
    for line in sse.splitlines():
        if line.startswith("data: {"):
            choices = json.loads(line[6:]).get("choices") or [{}]
            text += choices[0].get("delta", {}).get("content") or ""
    return text


# -- local model: missing file, crash -----------------------------------------------------------------

LOCAL_POLICY = """
name: local-faults
stages: [route, placeholders]
kind_actions: {{PRIVATE_KEY: local}}
detection:
  ner:
    enabled: false
routing:
  fallback: {fallback}
  backend: {backend}
vault:
  url: "memory://"
"""
LOCAL_PROMPT = f"Sign the release with this key:\n{PRIVATE_KEY}\nand tell {EMAIL}."


@pytest.fixture()
def cloud():
    with ScriptedUpstream() as server:
        server.handler = lambda request: model_reply(request, reply_text(request.placeholders))
        yield server


def _local_proxy(cloud, backend_yaml: str, fallback: str, local_backend=None) -> LoopbackServer:
    pipeline = make_pipeline(LOCAL_POLICY.format(backend=backend_yaml, fallback=fallback))
    if local_backend is not None:
        pipeline.stages = [RouteStage(pipeline.policy, local_backend) if stage.name == "route" else stage
                           for stage in pipeline.stages]
    return LoopbackServer(create_app(pipeline, cloud.url + "/v1", cloud.url, local_backend=local_backend,
                                     warm_up=False))


def _clients(url: str):
    # One automatic retry each: a retried request must meet the same fallback.
    return (openai.OpenAI(api_key="sk-test", base_url=url + "/v1", max_retries=1, timeout=20),
            anthropic.Anthropic(api_key="sk-ant", base_url=url, max_retries=1, timeout=20))


def test_a_missing_model_file_with_the_error_fallback_sends_nothing(cloud, tmp_path):
    missing = tmp_path / "gone.gguf"
    with _local_proxy(cloud, f"{{type: llama, model_path: '{missing}'}}", "error") as server:
        oai, claude = _clients(server.url)
        for call in (lambda: oai.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": LOCAL_PROMPT}]),
                     lambda: claude.messages.create(model=MODEL, max_tokens=8,
                                                    messages=[{"role": "user", "content": LOCAL_PROMPT}])):
            with pytest.raises((openai.APIStatusError, anthropic.APIStatusError)) as caught:
                call()
            assert caught.value.status_code == 503
            assert f"local model file {missing} not found" in str(caught.value)
            assert "nothing was sent" in str(caught.value)
    assert not cloud.requests


def test_a_missing_model_file_with_redact_and_send_sends_only_redacted_text(cloud, tmp_path):
    missing = tmp_path / "gone.gguf"
    with _local_proxy(cloud, f"{{type: llama, model_path: '{missing}'}}", "redact-and-send") as server:
        oai, _ = _clients(server.url)
        raw = oai.chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": LOCAL_PROMPT}])
        assert raw.headers["x-redactor-route"] == "cloud"
        assert "fallback redact-and-send" in raw.headers["x-redactor-route-reason"]
        assert PRIVATE_KEY in raw.parse().choices[0].message.content  # restored for the client
    assert len(cloud.requests) == 1
    assert_no_seed_in(cloud.raw_bytes)
    assert "[[PRIVATE_KEY_1]]" in cloud.requests[0].json["messages"][0]["content"]


def test_serve_with_a_missing_model_file_refuses_to_start_with_a_clear_error(tmp_path):
    policy = tmp_path / "policy.yaml"
    missing = tmp_path / "gone.gguf"
    policy.write_text(LOCAL_POLICY.format(backend=f"{{type: llama, model_path: '{missing}'}}", fallback="error"))
    proxy = ProxyProcess(tmp_path, ["--policy", str(policy), "--vault", "memory://"])
    proxy.start(expect_ready=False)
    assert proxy.wait_exit(60) != 0
    error = proxy.stderr()
    assert f"local model file {missing} not found" in error and "Traceback" not in error


def _local_model_server(behaviour: str):
    """A local OpenAI-compatible model server that answers its probe, then crashes on chat."""
    def handler(request):
        if request.method == "GET":
            return whole(200, json.dumps({"object": "list", "data": [{"id": "local-m", "object": "model"}]}).encode())
        if behaviour == "crash_before_answer":
            return [RESET]
        events = reply_events("openai_chat", "The release is signed and ready to ship now.", piece=3)
        return sse_reply(events[:4], finish=False) + [Pause(0.05), RESET]

    server = ScriptedUpstream()
    server.handler = handler
    return server


@pytest.mark.parametrize("fallback", ["error", "redact-and-send"])
def test_a_local_model_that_crashes_before_answering_is_an_error_never_a_cloud_send(cloud, fallback):
    from redactor.backends import open_local_backend
    from redactor.policy import parse_policy

    with _local_model_server("crash_before_answer") as local:
        backend_yaml = f"{{type: http, url: '{local.url}/v1', model: local-m}}"
        config = parse_policy(LOCAL_POLICY.format(backend=backend_yaml, fallback=fallback)).routing.backend
        backend = open_local_backend(config)
        with _local_proxy(cloud, backend_yaml, fallback, backend) as server:
            oai, claude = _clients(server.url)
            with pytest.raises(openai.APIStatusError) as caught:
                oai.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": LOCAL_PROMPT}])
            assert caught.value.status_code == 503 and "is unreachable" in str(caught.value)
            with pytest.raises(anthropic.APIStatusError):
                claude.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": LOCAL_PROMPT}])
        # The model got the original (it is trusted); the SDKs' retries never went to the cloud.
        key_line = PRIVATE_KEY.splitlines()[1].encode()
        assert any(key_line in request.body for request in local.requests if request.method == "POST")
    assert not cloud.requests


def test_a_local_model_that_crashes_mid_stream_ends_the_stream_with_an_error_event(cloud):
    from redactor.backends import open_local_backend
    from redactor.policy import parse_policy

    with _local_model_server("crash_mid_stream") as local:
        backend_yaml = f"{{type: http, url: '{local.url}/v1', model: local-m}}"
        backend = open_local_backend(parse_policy(LOCAL_POLICY.format(backend=backend_yaml,
                                                                      fallback="error")).routing.backend)
        with _local_proxy(cloud, backend_yaml, "error", backend) as server:
            oai, claude = _clients(server.url)
            received = ""
            with pytest.raises(openai.APIError) as caught:
                for chunk in oai.chat.completions.create(model=MODEL, stream=True,
                                                         messages=[{"role": "user", "content": LOCAL_PROMPT}]):
                    received += chunk.choices[0].delta.content or "" if chunk.choices else ""
            assert "broke off" in str(caught.value)
            with pytest.raises(anthropic.APIError):
                for _ in claude.messages.create(model=MODEL, max_tokens=8, stream=True,
                                                messages=[{"role": "user", "content": LOCAL_PROMPT}]):
                    pass
            assert httpx.get(server.url + "/healthz").status_code == 200
    assert received.startswith("The")
    assert not cloud.requests


class _CrashingBackend(LocalModelBackend):
    """A local model that dies: at once, or after the first streamed text.
    Its exceptions quote the prompt, as a careless backend's might."""

    name = "crashing"

    def __init__(self, mid_stream: bool) -> None:
        super().__init__("m", context_tokens=4096, max_output_tokens=64)
        self.mid_stream = mid_stream

    async def open_stream(self, request):
        prompt = json.dumps(request.messages)
        if not self.mid_stream:
            raise RuntimeError(f"model crashed on {prompt}")

        async def chunks():
            yield ChatChunk(text="Sig")
            raise RuntimeError(f"model crashed on {prompt}")

        return ChatStream(chunks(), None, self.model_name)


@pytest.mark.parametrize("mid_stream", [False, True], ids=["at_once", "mid_stream"])
def test_a_local_backend_bug_is_a_clean_error_that_quotes_nothing(cloud, mid_stream, caplog):
    backend = _CrashingBackend(mid_stream)
    with _local_proxy(cloud, "{type: none}", "error", backend) as server:
        body = {"model": MODEL, "stream": mid_stream, "messages": [{"role": "user", "content": LOCAL_PROMPT}]}
        with httpx.stream("POST", server.url + "/v1/chat/completions", json=body, timeout=10) as reply:
            received = b"".join(reply.iter_raw()).decode()
            status = reply.status_code
        assert httpx.get(server.url + "/healthz").status_code == 200
    if mid_stream:
        assert status == 200 and '"code": "local_stream_failed"' in received
        assert "the local model failed (RuntimeError)" in received
    else:
        assert status == 500 and "internal proxy error (RuntimeError)" in received
    for fragment in SEED_FRAGMENTS:
        assert fragment not in received and fragment not in caplog.text
    assert not cloud.requests
