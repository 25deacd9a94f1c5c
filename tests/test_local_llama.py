"""In-process llama.cpp backend with a real (tiny, random-weight) GGUF: loading, generation, queuing, errors.

The model writes nonsense, so these tests assert structure (shapes, finish
reasons, token counts, event order), never content.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

pytest.importorskip("llama_cpp")

from redactor.backends.llama import LlamaBackend, _ToolCallScanner  # noqa: E402
from redactor.backends.local import ChatRequest, LocalModelBackend  # noqa: E402
from redactor.backends import open_local_backend  # noqa: E402
from redactor.core import LocalBackendError, LocalRequestError  # noqa: E402
from redactor.policy import LocalBackendConfig  # noqa: E402
from tests.stream_support import read_anthropic, read_chat, read_responses  # noqa: E402
from tests.test_local_http import serve  # noqa: E402
from tests.tiny_gguf import write_tiny_gguf  # noqa: E402

MAX_TOKENS = 12


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    return write_tiny_gguf(tmp_path_factory.mktemp("gguf") / "tiny.gguf")


@pytest.fixture(scope="module")
def backend(model_path):
    return LlamaBackend(model_path, context_tokens=512, max_output_tokens=MAX_TOKENS, threads=1)


def test_the_llama_backend_implements_the_neutral_local_model_interface(backend):
    assert isinstance(backend, LocalModelBackend)
    assert backend.name == "llama" and backend.model_name == "tiny"


def test_chat_returns_text_finish_reason_and_honest_token_counts(backend):
    result = asyncio.run(backend.chat([{"role": "system", "content": "Be brief."},
                                       {"role": "user", "content": "Say something about the weather."}],
                                      max_tokens=8, temperature=0.8))
    assert isinstance(result.text, str)
    assert result.finish_reason in ("stop", "length")
    assert result.usage.prompt_tokens == backend.count_tokens(
        _request([{"role": "system", "content": "Be brief."},
                  {"role": "user", "content": "Say something about the weather."}]))
    assert 1 <= result.usage.completion_tokens <= 8
    if result.finish_reason == "length":
        assert result.usage.completion_tokens == 8


def test_openai_chat_whole_and_streamed_have_the_api_shape(backend):
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}], "max_tokens": 6}
    document = serve(backend, "openai_chat", body)
    assert document["object"] == "chat.completion"
    choice = document["choices"][0]
    assert choice["message"]["role"] == "assistant" and choice["finish_reason"] in ("stop", "length")
    usage = document["usage"]
    assert usage["prompt_tokens"] > 0 and 1 <= usage["completion_tokens"] <= 6
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]

    streamed = serve(backend, "openai_chat", {**body, "stream": True, "stream_options": {"include_usage": True}},
                     True)
    reading = read_chat(streamed)
    assert reading.done_last and not reading.text_after_finish
    assert reading.chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert reading.chunks[-2]["choices"][0]["finish_reason"] in ("stop", "length")
    assert reading.chunks[-1]["choices"] == [] and 1 <= reading.chunks[-1]["usage"]["completion_tokens"] <= 6


def test_anthropic_messages_whole_and_streamed_have_the_api_shape(backend):
    body = {"model": "claude-sonnet-4-5", "max_tokens": 6, "system": "Be brief.",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "hello"}]}]}
    message = serve(backend, "anthropic", body)
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"][0]["type"] == "text"
    assert message["stop_reason"] in ("end_turn", "max_tokens")
    assert message["usage"]["input_tokens"] > 0 and 1 <= message["usage"]["output_tokens"] <= 6

    reading = read_anthropic(serve(backend, "anthropic", {**body, "stream": True}, True))
    assert reading.types[0] == "message_start" and reading.types[-2:] == ["message_delta", "message_stop"]
    assert "content_block_start" in reading.types and "content_block_stop" in reading.types
    assert not reading.delta_after_stop


def test_responses_whole_and_streamed_have_the_api_shape_and_chain_by_previous_response_id(backend):
    body = {"model": "gpt-5", "instructions": "Be brief.", "input": "hello", "max_output_tokens": 6}
    response = serve(backend, "openai_responses", body)
    assert response["object"] == "response" and response["status"] in ("completed", "incomplete")
    assert response["output"][0]["type"] == "message"
    assert response["usage"]["output_tokens"] <= 6

    follow_up = serve(backend, "openai_responses", {"model": "gpt-5", "input": "and?", "max_output_tokens": 4,
                                                    "previous_response_id": response["id"]})
    assert follow_up["previous_response_id"] == response["id"]
    # The earlier turn is part of the prompt now.
    assert follow_up["usage"]["input_tokens"] > response["usage"]["input_tokens"]

    reading = read_responses(serve(backend, "openai_responses", {**body, "stream": True}, True))
    kinds = [event["type"] for event in reading.events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] in ("response.completed", "response.incomplete")
    assert reading.sequence_numbers == list(range(len(kinds)))
    assert not reading.deltas_after_done


def test_an_unknown_previous_response_id_is_a_client_error(backend):
    with pytest.raises(LocalRequestError) as caught:
        serve(backend, "openai_responses", {"input": "x", "previous_response_id": "resp_unknown"})
    assert caught.value.status == 400


def test_anthropic_count_tokens_uses_the_model_tokenizer(backend):
    body = {"model": "claude", "messages": [{"role": "user", "content": "count these words please"}]}
    counted = serve(backend, "anthropic_count_tokens", body)
    assert counted["input_tokens"] > 4


def test_a_request_larger_than_the_context_is_refused_before_generation(backend):
    with pytest.raises(LocalBackendError, match="context"):
        serve(backend, "openai_chat", {"messages": [{"role": "user", "content": "word " * 3000}]}, True)


def test_the_model_is_loaded_once_per_path_and_shared(model_path, backend):
    other = LlamaBackend(model_path, context_tokens=512, max_output_tokens=4, threads=1)
    assert other._model is backend._model
    config = LocalBackendConfig(type="llama", model_path=str(model_path), context_tokens=512, threads=1)
    assert open_local_backend(config) is open_local_backend(config.model_copy())
    assert open_local_backend(config)._model is backend._model


def test_concurrent_requests_are_queued_and_never_run_on_the_model_at_once(backend):
    llama = backend._model.llama
    original = llama.create_completion
    active, overlaps, calls = [0], [0], [0]
    guard = threading.Lock()

    def watched(*args, **kwargs):
        def run():
            with guard:
                active[0] += 1
                calls[0] += 1
                overlaps[0] = max(overlaps[0], active[0])
            try:
                yield from original(*args, **kwargs)
            finally:
                with guard:
                    active[0] -= 1
        return run()

    llama.create_completion = watched
    try:
        async def many():
            chats = [backend.chat([{"role": "user", "content": f"question {i}"}], max_tokens=5) for i in range(6)]
            texts = [asyncio.to_thread(backend.complete_text, f"text {i}", max_tokens=5) for i in range(3)]
            return await asyncio.gather(*chats, *texts)

        results = asyncio.run(many())
    finally:
        llama.create_completion = original
    assert len(results) == 9 and calls[0] == 9
    assert overlaps[0] == 1


def test_a_full_queue_refuses_new_requests_with_a_clear_error(model_path):
    busy = LlamaBackend(model_path, context_tokens=512, max_output_tokens=4, threads=1, max_queue=1)
    release = threading.Event()
    blocker = busy._model.submit(lambda llama: release.wait(5))
    try:
        with pytest.raises(LocalBackendError, match="busy"):
            busy.complete_text("hello", max_tokens=2)
    finally:
        release.set()
        blocker.result(5)
    assert busy.complete_text("hello", max_tokens=2).usage.completion_tokens >= 1


def test_a_client_that_goes_away_stops_the_generation(model_path):
    backend = LlamaBackend(model_path, context_tokens=512, max_output_tokens=400, threads=1)
    llama = backend._model.llama
    original = llama.create_completion
    produced = []

    def slowed(*args, **kwargs):
        def run():
            for part in original(*args, **kwargs):
                produced.append(part)
                time.sleep(0.005)  # 400 tokens would take at least 2 s
                yield part
        return run()

    async def abandon():
        stream = await backend.chat([{"role": "user", "content": "talk"}], max_tokens=400, stream=True)
        async for _ in stream:
            break
        await stream.aclose()
        return await backend.chat([{"role": "user", "content": "next"}], max_tokens=3)

    llama.create_completion = slowed
    try:
        started = time.monotonic()
        follow_up = asyncio.run(abandon())
    finally:
        llama.create_completion = original
    assert follow_up.usage.completion_tokens <= 3
    assert time.monotonic() - started < 1.5
    assert len(produced) < 100


def test_missing_and_corrupt_model_files_fail_at_start_with_path_and_reason(tmp_path, model_path):
    missing = tmp_path / "nope.gguf"
    with pytest.raises(LocalBackendError, match="not found") as caught:
        LlamaBackend(missing)
    assert str(missing) in str(caught.value)

    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_bytes(b"PK\x03\x04 this is a zip file")
    with pytest.raises(LocalBackendError, match="not a GGUF file"):
        LlamaBackend(not_gguf)

    truncated = tmp_path / "truncated.gguf"
    truncated.write_bytes(model_path.read_bytes()[:4096])
    with pytest.raises(LocalBackendError, match="cannot load") as caught:
        LlamaBackend(truncated, context_tokens=512)
    assert str(truncated) in str(caught.value)

    with pytest.raises(LocalBackendError, match="model_path"):
        LlamaBackend.from_config(LocalBackendConfig(type="llama"))


def test_tool_calls_written_by_the_model_are_parsed_into_real_tool_calls():
    scanner = _ToolCallScanner(["read_file"])
    released = scanner.feed("Let me look.\n<tool") + scanner.feed('_call>{"name": "read_file", "arguments": '
                                                                  '{"path": "a.txt"}}</tool_call>')
    tail, calls = scanner.finish()
    assert released == "Let me look.\n" and tail == ""
    assert [(call.name, json.loads(call.arguments)) for call in calls] == [("read_file", {"path": "a.txt"})]

    bare = _ToolCallScanner(["read_file"])
    assert bare.feed('```json\n{"name": "read_file", "arguments": {"path": "b"}}\n```') == ""
    tail, calls = bare.finish()
    assert tail == "" and calls[0].name == "read_file"

    unknown = _ToolCallScanner(["read_file"])
    text = unknown.feed('<tool_call>{"name": "rm_rf", "arguments": {}}</tool_call>')
    tail, calls = unknown.finish()
    assert calls == [] and "rm_rf" in text + tail


def test_tools_are_offered_to_the_model_in_its_prompt(backend):
    body = {"messages": [{"role": "user", "content": "read a.txt"}], "max_tokens": 4,
            "tools": [{"type": "function", "function": {"name": "read_file", "description": "Read a file",
                                                        "parameters": {"type": "object"}}}]}
    prompt, _ = backend._renderer.render(_request(body["messages"], tools=body["tools"]))
    assert "read_file" in prompt and "<tool_call>" in prompt
    document = serve(backend, "openai_chat", body)
    assert document["choices"][0]["finish_reason"] in ("stop", "length", "tool_calls")


def _request(messages, tools=None):
    return ChatRequest(messages, tools)


def test_a_gguf_without_chat_template_gets_a_builtin_chat_format(tmp_path):
    path = write_tiny_gguf(tmp_path / "plain.gguf", chat_template=None)
    plain = LlamaBackend(path, context_tokens=512, max_output_tokens=4, threads=1)
    assert plain._renderer.chat_format == "chatml"
    prompt, stops = plain._renderer.render(_request([{"role": "system", "content": "S"},
                                                     {"role": "user", "content": "U"}]))
    assert prompt == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n"
    assert stops == ["<|im_end|>"]
    gemma = LlamaBackend(path, context_tokens=512, max_output_tokens=4, threads=1, chat_format="gemma")
    prompt, stops = gemma._renderer.render(_request([{"role": "system", "content": "S"},
                                                     {"role": "user", "content": "U"},
                                                     {"role": "assistant", "content": "A"},
                                                     {"role": "tool", "tool_call_id": "c1", "content": "R"}]))
    assert prompt == ("<start_of_turn>user\nS\n\nU<end_of_turn>\n<start_of_turn>model\nA<end_of_turn>\n"
                      "<start_of_turn>user\n<tool_response id=\"c1\">\nR\n</tool_response><end_of_turn>\n"
                      "<start_of_turn>model\n")
    assert serve(gemma, "openai_chat", {"messages": [{"role": "user", "content": "hi"}]})["object"] == \
        "chat.completion"
