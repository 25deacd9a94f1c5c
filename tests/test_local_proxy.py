"""Locally routed requests through the real proxy, spoken to with the real OpenAI and Anthropic SDKs.

A request carrying a private key is answered by the local model (a tiny real
GGUF in llama.cpp, or an OpenAI-compatible server on loopback) in the wire
format the client spoke, and the cloud test server receives nothing. A dead
local backend gives the policy's fallback: an error by default, a redacted
cloud send when the policy says so.
"""
from __future__ import annotations

import json

import anthropic
import openai
import pytest

from redactor.backends import open_local_backend
from redactor.server import create_app
from tests.test_local_http import LoopbackModelServer
from tests.tiny_gguf import write_tiny_gguf
from tests.upstream_server import (
    PRIVATE_KEY,
    LoopbackServer,
    assert_no_seed_in,
    closed_port,
    make_pipeline,
    serving_recording_upstream,
)

POLICY = """
name: local-proxy-test
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
PROMPT = f"Deploy the service with this key:\n{PRIVATE_KEY}\nWhat do I run?"
TOOL = {"name": "run_command", "description": "Run a shell command",
        "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}}}


@pytest.fixture(scope="module")
def cloud():
    with serving_recording_upstream() as app:
        yield app


@pytest.fixture(autouse=True)
def _fresh_cloud(cloud):
    cloud.reset()


def proxy(cloud, backend_yaml: str, fallback: str = "error"):
    pipeline = make_pipeline(POLICY.format(backend=backend_yaml, fallback=fallback))
    try:
        local = open_local_backend(pipeline.policy.routing.backend)
    except Exception:
        local = None  # a dead server still builds; a missing file would not
    app = create_app(pipeline, cloud.url + "/v1", cloud.url, local_backend=local, warm_up=False)
    return LoopbackServer(app)


@pytest.fixture(scope="module")
def llama_proxy(cloud, tmp_path_factory):
    pytest.importorskip("llama_cpp")
    path = write_tiny_gguf(tmp_path_factory.mktemp("gguf") / "tiny.gguf")
    backend = (f"{{type: llama, model_path: '{path}', context_tokens: 1024, max_output_tokens: 24, "
               "threads: 1}")
    with proxy(cloud, backend) as server:
        yield server


def clients(server):
    return (openai.OpenAI(api_key="sk-test", base_url=server.url + "/v1", max_retries=0, timeout=30),
            anthropic.Anthropic(api_key="sk-ant-test", base_url=server.url, max_retries=0, timeout=30))


def test_a_private_key_request_is_answered_by_the_local_llama_model_in_every_api(cloud, llama_proxy):
    oai, claude = clients(llama_proxy)
    raw = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": PROMPT}], max_tokens=8)
    assert raw.headers["x-redactor-route"] == "local"
    assert "PRIVATE_KEY" in raw.headers["x-redactor-route-reason"]
    completion = raw.parse()
    assert completion.choices[0].finish_reason in ("stop", "length")
    assert 1 <= completion.usage.completion_tokens <= 8

    chunks = list(oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}],
                                              max_tokens=8, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].usage.completion_tokens <= 8
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] in ("stop", "length")

    with claude.messages.stream(model="claude-test", max_tokens=8,
                                messages=[{"role": "user", "content": PROMPT}]) as stream:
        message = stream.get_final_message()
    assert message.stop_reason in ("end_turn", "max_tokens") and message.content[0].type == "text"
    assert message.usage.output_tokens <= 8

    response = oai.responses.create(model="gpt-5", input=PROMPT, max_output_tokens=8)
    assert response.status in ("completed", "incomplete") and response.output[0].type == "message"
    events = [event.type for event in oai.responses.create(model="gpt-5", input=PROMPT, max_output_tokens=8,
                                                           stream=True)]
    assert events[0] == "response.created" and events[-1] in ("response.completed", "response.incomplete")

    assert cloud.requests == []  # nothing reached the cloud


def test_a_request_without_local_findings_still_goes_to_the_cloud_redacted(cloud, llama_proxy):
    oai, _ = clients(llama_proxy)
    raw = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hello there"}])
    assert raw.headers["x-redactor-route"] == "cloud"
    assert len(cloud.requests) == 1


def test_a_conversation_served_locally_stays_local_on_the_next_turn(cloud, llama_proxy):
    oai, _ = clients(llama_proxy)
    first = [{"role": "system", "content": "You deploy things."}, {"role": "user", "content": PROMPT}]
    oai.chat.completions.create(model="gpt-4o", messages=first, max_tokens=4)
    follow_up = first + [{"role": "assistant", "content": "ok"}, {"role": "user", "content": "and then?"}]
    raw = oai.chat.completions.with_raw_response.create(model="gpt-4o", messages=follow_up, max_tokens=4)
    assert raw.headers["x-redactor-route"] == "local"
    assert cloud.requests == []


def test_a_loopback_model_server_answers_with_tool_calls_in_the_client_format(cloud):
    with LoopbackModelServer(lambda messages: "Run the deploy script.") as local:
        backend = f"{{type: http, url: '{local.url}', context_tokens: 4096, max_output_tokens: 64}}"
        with proxy(cloud, backend) as server:
            oai, claude = clients(server)
            with claude.messages.stream(model="claude-test", max_tokens=64, tools=[TOOL],
                                        messages=[{"role": "user", "content": PROMPT + " use a tool"}]) as stream:
                message = stream.get_final_message()
            assert message.stop_reason == "tool_use"
            assert message.content[-1].type == "tool_use" and message.content[-1].name == "run_command"

            completion = oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
            assert completion.choices[0].message.content == "Run the deploy script."
        # The trusted local server got the original text; the cloud got nothing.
        assert PRIVATE_KEY in local.requests[-1]["messages"][-1]["content"]
    assert cloud.requests == []


def test_a_dead_local_backend_gives_an_error_by_default_and_nothing_is_sent(cloud):
    backend = f"{{type: http, url: 'http://127.0.0.1:{closed_port()}/v1', model: m}}"
    with proxy(cloud, backend) as server:
        oai, claude = clients(server)
        with pytest.raises(openai.APIStatusError) as caught:
            oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
        assert caught.value.status_code == 503
        assert "unreachable" in caught.value.message and "nothing was sent" in caught.value.message
        with pytest.raises(anthropic.APIStatusError) as caught:
            claude.messages.create(model="claude-test", max_tokens=8,
                                   messages=[{"role": "user", "content": PROMPT}])
        assert caught.value.status_code == 503
    assert cloud.requests == []


def test_a_dead_local_backend_with_redact_and_send_sends_the_request_redacted(cloud):
    backend = f"{{type: http, url: 'http://127.0.0.1:{closed_port()}/v1', model: m}}"
    with proxy(cloud, backend, fallback="redact-and-send") as server:
        oai, _ = clients(server)
        raw = oai.chat.completions.with_raw_response.create(
            model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
        assert raw.headers["x-redactor-route"] == "cloud"
        assert "redact-and-send" in raw.headers["x-redactor-route-reason"]
    assert len(cloud.requests) == 1
    sent = cloud.requests[0].body
    assert_no_seed_in(sent)
    assert "[[PRIVATE_KEY_1]]" in json.loads(sent)["messages"][0]["content"]
