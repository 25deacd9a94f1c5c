"""The local OpenAI-compatible server backend (Ollama, llama.cpp server, vLLM) against a loopback server.

`LoopbackModelServer` is a tiny OpenAI-compatible chat server (FastAPI under
uvicorn on 127.0.0.1) whose answers a test scripts; other local-model test
files import it.
"""
from __future__ import annotations

import asyncio
import json
from typing import Callable

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse

from redactor.backends import open_local_backend
from redactor.core import LocalBackendError
from redactor.server.apis import BY_NAME
from redactor.backends.local_http import LocalHttpBackend
from redactor.policy import LocalBackendConfig
from tests.stream_support import read_anthropic, read_chat, read_responses
from tests.upstream_server import LoopbackServer, closed_port

MODEL = "loopback-llm"
TOOLS_OPENAI = [{"type": "function", "function": {"name": "read_file", "description": "Read a file",
                                                  "parameters": {"type": "object",
                                                                 "properties": {"path": {"type": "string"}}}}}]


class LoopbackModelServer:
    """An OpenAI-compatible chat server on loopback. `reply(messages) -> str` scripts its text;
    when tools are offered and the last user message says "use a tool", it calls the first tool."""

    def __init__(self, reply: Callable[[list[dict]], str] | None = None) -> None:
        self.reply = reply or (lambda messages: "Hello from the local model.")
        self.requests: list[dict] = []
        app = FastAPI()

        @app.get("/v1/models")
        async def models():
            return {"object": "list", "data": [{"id": MODEL, "object": "model"}]}

        @app.post("/v1/chat/completions")
        async def chat(body: dict):
            self.requests.append(body)
            text = self.reply(body["messages"])
            last_user = next((m.get("content") or "" for m in reversed(body["messages"]) if m["role"] == "user"), "")
            call = None
            if body.get("tools") and "use a tool" in str(last_user):
                call = {"id": "call_loop1", "name": body["tools"][0]["function"]["name"],
                        "arguments": json.dumps({"path": "/etc/hosts"})}
            usage = {"prompt_tokens": 11, "completion_tokens": max(1, len(text.split())), "total_tokens": 0}
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            if not body.get("stream"):
                message = {"role": "assistant", "content": None if call else text}
                if call:
                    message["tool_calls"] = [{"id": call["id"], "type": "function",
                                              "function": {"name": call["name"], "arguments": call["arguments"]}}]
                return JSONResponse({"id": "chatcmpl-loop", "object": "chat.completion", "created": 1, "model": MODEL,
                                     "choices": [{"index": 0, "message": message,
                                                  "finish_reason": "tool_calls" if call else "stop"}],
                                     "usage": usage})
            return StreamingResponse(_stream(text, call, usage, body), media_type="text/event-stream")

        self.app = app

    def __enter__(self) -> "LoopbackModelServer":
        self._server = LoopbackServer(self.app)
        self._server.__enter__()
        self.url = self._server.url + "/v1"
        return self

    def __exit__(self, *exc) -> None:
        self._server.__exit__(*exc)


async def _stream(text: str, call: dict | None, usage: dict, body: dict):
    def chunk(delta: dict, finish=None) -> bytes:
        return b"data: " + json.dumps({"id": "chatcmpl-loop", "object": "chat.completion.chunk", "created": 1,
                                       "model": MODEL, "choices": [{"index": 0, "delta": delta,
                                                                    "finish_reason": finish}]}).encode() + b"\n\n"

    yield chunk({"role": "assistant", "content": ""})
    if call:
        yield chunk({"tool_calls": [{"index": 0, "id": call["id"], "type": "function",
                                     "function": {"name": call["name"], "arguments": ""}}]})
        half = len(call["arguments"]) // 2
        for piece in (call["arguments"][:half], call["arguments"][half:]):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
    else:
        for index, word in enumerate(text.split(" ")):
            yield chunk({"content": word if index == 0 else " " + word})
            await asyncio.sleep(0)
    yield chunk({}, "tool_calls" if call else "stop")
    if (body.get("stream_options") or {}).get("include_usage"):
        yield b"data: " + json.dumps({"id": "chatcmpl-loop", "object": "chat.completion.chunk", "created": 1,
                                      "model": MODEL, "choices": [], "usage": usage}).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"


@pytest.fixture(scope="module")
def server():
    with LoopbackModelServer() as running:
        yield running


def _backend(server) -> LocalHttpBackend:
    return LocalHttpBackend(server.url, context_tokens=2048, max_output_tokens=64)


def serve(backend, api: str, body: dict, stream: bool = False):
    """The reply the proxy sends for `body` served by `backend`, rendered by the API's wire family:
    a parsed JSON document, or the streamed bytes (one event loop)."""
    async def run():
        reply = await BY_NAME[api].local_reply(backend, body, stream)
        if reply.stream is None:
            return json.loads(reply.body)
        return b"".join([chunk async for chunk in reply.stream])
    return asyncio.run(run())


def test_model_name_is_discovered_from_the_server_and_chat_returns_text_and_usage(server):
    backend = _backend(server)
    assert backend.unavailable_reason() is None
    result = asyncio.run(backend.chat([{"role": "user", "content": "hi"}], max_tokens=20))
    assert result.model == MODEL
    assert result.text == "Hello from the local model."
    assert result.finish_reason == "stop"
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (11, 5)
    assert server.requests[-1]["max_tokens"] == 20


def test_openai_chat_body_is_answered_in_openai_format_whole_and_streamed(server):
    backend = _backend(server)
    body = {"model": "gpt-4o", "messages": [{"role": "system", "content": "be brief"},
                                            {"role": "user", "content": "hi"}]}
    whole = serve(backend, "openai_chat", body)
    assert whole["object"] == "chat.completion"
    assert whole["choices"][0]["message"]["content"] == "Hello from the local model."
    assert whole["usage"]["total_tokens"] == whole["usage"]["prompt_tokens"] + whole["usage"]["completion_tokens"]
    streamed = serve(backend, "openai_chat", {**body, "stream": True, "stream_options": {"include_usage": True}},
                     True)
    reading = read_chat(streamed)
    assert reading.content[0] == "Hello from the local model."
    assert reading.done_last and not reading.text_after_finish
    assert reading.chunks[-1]["usage"]["completion_tokens"] == 5


def test_tool_calls_pass_through_natively_in_every_api_format(server):
    backend = _backend(server)
    messages = [{"role": "user", "content": "please use a tool"}]
    chat = serve(backend, "openai_chat", {"messages": messages, "tools": TOOLS_OPENAI})
    call = chat["choices"][0]["message"]["tool_calls"][0]
    assert chat["choices"][0]["finish_reason"] == "tool_calls"
    assert call["function"]["name"] == "read_file" and json.loads(call["function"]["arguments"]) == {"path": "/etc/hosts"}

    anthropic_body = {"model": "claude", "max_tokens": 50, "messages": messages,
                      "tools": [{"name": "read_file", "description": "Read a file",
                                 "input_schema": {"type": "object", "properties": {"path": {"type": "string"}}}}]}
    message = serve(backend, "anthropic", anthropic_body)
    assert message["stop_reason"] == "tool_use"
    assert message["content"][-1]["type"] == "tool_use" and message["content"][-1]["input"] == {"path": "/etc/hosts"}
    reading = read_anthropic(serve(backend, "anthropic", {**anthropic_body, "stream": True}, True))
    assert json.loads(next(iter(reading.partial_json.values()))) == {"path": "/etc/hosts"}
    assert reading.types[-2:] == ["message_delta", "message_stop"] and not reading.delta_after_stop

    responses_body = {"model": "gpt-5", "input": "please use a tool",
                      "tools": [{"type": "function", "name": "read_file", "parameters": {"type": "object"}}]}
    response = serve(backend, "openai_responses", responses_body)
    assert [item["type"] for item in response["output"]] == ["function_call"]
    assert json.loads(response["output"][0]["arguments"]) == {"path": "/etc/hosts"}
    reading = read_responses(serve(backend, "openai_responses", {**responses_body, "stream": True}, True))
    assert reading.completed["output"][0]["name"] == "read_file"
    assert reading.sequence_numbers == sorted(reading.sequence_numbers)
    assert server.requests[-1]["tools"][0]["function"]["name"] == "read_file"


def test_anthropic_tool_results_reach_the_server_as_tool_messages(server):
    backend = _backend(server)
    body = {"model": "claude", "max_tokens": 30, "system": [{"type": "text", "text": "sys"}], "messages": [
        {"role": "user", "content": "read it"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "read_file",
                                           "input": {"path": "a.txt"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "file body"},
                                     {"type": "text", "text": "thanks"}]}]}
    serve(backend, "anthropic", body)
    sent = server.requests[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "tool", "user"]
    assert sent[2]["tool_calls"][0]["function"]["arguments"] == json.dumps({"path": "a.txt"})
    assert sent[3] == {"role": "tool", "tool_call_id": "toolu_1", "content": "file body"}


def test_a_dead_server_is_reported_unavailable_and_requests_fail_with_a_clear_error():
    url = f"http://127.0.0.1:{closed_port()}/v1"
    backend = LocalHttpBackend(url, model="m")
    reason = backend.unavailable_reason()
    assert reason is not None and url in reason and "unreachable" in reason
    with pytest.raises(LocalBackendError, match="unreachable"):
        serve(backend, "openai_chat", {"messages": [{"role": "user", "content": "hi"}]})


def test_a_request_larger_than_the_context_is_refused_before_anything_is_sent(server):
    backend = LocalHttpBackend(server.url, context_tokens=256, max_output_tokens=16)
    before = len(server.requests)
    with pytest.raises(LocalBackendError, match="context"):
        serve(backend, "openai_chat", {"messages": [{"role": "user", "content": "word " * 2000}]})
    assert len(server.requests) == before


def test_http_backend_config_needs_a_url_and_is_shared_per_configuration(server):
    with pytest.raises(LocalBackendError, match="url"):
        open_local_backend(LocalBackendConfig(type="http"))
    config = LocalBackendConfig(type="http", url=server.url, model=MODEL)
    assert open_local_backend(config) is open_local_backend(LocalBackendConfig(type="http", url=server.url,
                                                                               model=MODEL))
    assert open_local_backend(LocalBackendConfig(type="none")) is None


def test_complete_text_uses_the_chat_endpoint_with_the_prompt_as_one_user_message(server):
    backend = _backend(server)
    completion = backend.complete_text("Rewrite: hello", max_tokens=12, temperature=0.1, stop=["\n\n"])
    assert completion.text == "Hello from the local model."
    sent = server.requests[-1]
    assert sent["messages"] == [{"role": "user", "content": "Rewrite: hello"}]
    assert (sent["max_tokens"], sent["temperature"], sent["stop"]) == (12, 0.1, ["\n\n"])
