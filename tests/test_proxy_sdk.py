"""The proxy end to end: real OpenAI and Anthropic SDKs -> real uvicorn proxy -> recording upstream.

What must hold: no seeded sensitive value reaches the upstream, in any field
or encoding; the client gets every value back, in text and in tool calls;
streamed and whole replies restore identically; placeholders stay stable over
the turns of an agent transcript.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from redactor.server import create_app
from tests.upstream_server import (
    AWS_KEY,
    EMAIL,
    ENV_FILE,
    GITHUB_TOKEN,
    MODEL,
    OTHER_EMAIL,
    PRIVATE_KEY,
    LoopbackServer,
    RecordingUpstream,
    assert_no_seed_in,
    derive_mapping,
    make_pipeline,
    placeholders_in,
    reply_text,
    restore_document,
    restore_with,
    thinking_text,
    tool_arguments,
)

SYSTEM = f"You are a careful coding agent. Escalate to {EMAIL} when unsure."
TOOL_DESCRIPTION = f"Read a file from the repository. Owner: {EMAIL}."
PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


@dataclass
class Stack:
    pipeline: object
    url: str
    audit: Path


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream):
    upstream.reset()


@pytest.fixture(scope="module")
def stack(upstream, tmp_path_factory):
    pipeline = make_pipeline()
    audit = tmp_path_factory.mktemp("audit") / "audit.jsonl"
    app = create_app(pipeline, upstream.url + "/v1", upstream.url, audit_path=str(audit))
    with LoopbackServer(app) as server:
        yield Stack(pipeline, server.url, audit)


@pytest.fixture()
def oai(stack):
    return openai.OpenAI(api_key="sk-client-key-123", base_url=stack.url + "/v1", max_retries=0, timeout=20,
                         organization="org-test", project="proj-test")


@pytest.fixture()
def claude(stack):
    return anthropic.Anthropic(api_key="sk-ant-client-key-456", base_url=stack.url, max_retries=0, timeout=20)


def _chat_request(stream: bool = False) -> dict:
    return dict(
        model=MODEL,
        stream=stream,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": [
                {"type": "text", "text": f"Our deploy uses {AWS_KEY}; check the config."},
                {"type": "image_url", "image_url": {"url": PNG}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_0", "type": "function",
                "function": {"name": "read_file",
                             "arguments": json.dumps({"path": ".env", "token": GITHUB_TOKEN})}}]},
            {"role": "tool", "tool_call_id": "call_0", "content": ENV_FILE},
        ],
        tools=[{"type": "function", "function": {
            "name": "read_file", "description": TOOL_DESCRIPTION,
            "parameters": {"type": "object", "properties": {
                "path": {"type": "string", "description": f"Path; ask {OTHER_EMAIL} for access"}}}}}],
    )


def _chat_mapping(forwarded: dict) -> dict[str, str]:
    messages = forwarded["messages"]
    mapping = derive_mapping(SYSTEM, messages[0]["content"])
    mapping |= derive_mapping(f"Our deploy uses {AWS_KEY}; check the config.", messages[1]["content"][0]["text"])
    mapping |= derive_mapping(ENV_FILE, messages[3]["content"])
    mapping |= derive_mapping(GITHUB_TOKEN, json.loads(messages[2]["tool_calls"][0]["function"]["arguments"])["token"])
    return mapping


def _expected_reply(upstream: RecordingUpstream, mapping: dict[str, str]) -> tuple[str, dict]:
    placeholders = upstream.last().placeholders
    text = restore_with(mapping, reply_text(placeholders))
    arguments = restore_document(mapping, tool_arguments(placeholders))
    return text, arguments


def test_openai_chat_sends_no_seeded_value_and_restores_text_and_tool_calls(oai, upstream):
    completion = oai.chat.completions.create(**_chat_request())
    forwarded = upstream.last("/chat/completions")
    assert_no_seed_in(upstream.raw_bytes)
    body = forwarded.json
    # Every text-bearing field was redacted in place; the image went through untouched.
    assert body["messages"][1]["content"][1] == {"type": "image_url", "image_url": {"url": PNG}}
    assert "[[EMAIL_" in body["tools"][0]["function"]["description"]
    assert "[[EMAIL_" in body["tools"][0]["function"]["parameters"]["properties"]["path"]["description"]
    history_arguments = json.loads(body["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert history_arguments["path"] == ".env" and history_arguments["token"].startswith("[[")
    mapping = _chat_mapping(body)
    assert set(mapping.values()) == {EMAIL, AWS_KEY, GITHUB_TOKEN, OTHER_EMAIL, PRIVATE_KEY}
    text, arguments = _expected_reply(upstream, mapping)
    message = completion.choices[0].message
    assert message.content == text
    assert json.loads(message.tool_calls[0].function.arguments) == arguments
    assert set(arguments["values"]) == set(mapping.values())
    assert "[[" not in message.content


def test_openai_chat_stream_restores_exactly_like_the_whole_reply(oai, upstream):
    whole = oai.chat.completions.create(**_chat_request()).choices[0].message
    content, arguments = "", ""
    for chunk in oai.chat.completions.create(**_chat_request(stream=True)):
        for choice in chunk.choices:
            content += choice.delta.content or ""
            for call in choice.delta.tool_calls or ():
                arguments += call.function.arguments or ""
    assert upstream.mid_utf8_splits > 0 and upstream.completed_streams == 1
    assert content == whole.content
    assert arguments == whole.tool_calls[0].function.arguments
    assert EMAIL in content and PRIVATE_KEY in json.loads(arguments)["values"]
    assert_no_seed_in(upstream.raw_bytes)


def _responses_request(stream: bool = False) -> dict:
    return dict(
        model=MODEL,
        stream=stream,
        instructions=SYSTEM,
        input=[
            {"role": "user", "content": [{"type": "input_text", "text": f"Rotate {AWS_KEY} please."}]},
            {"type": "function_call", "call_id": "call_0", "name": "read_file",
             "arguments": json.dumps({"path": ".env"})},
            {"type": "function_call_output", "call_id": "call_0", "output": ENV_FILE},
            {"type": "custom_tool_call", "call_id": "call_p", "name": "apply_patch",
             "input": f"*** Begin Patch\n+OWNER={EMAIL}\n*** End Patch"},
        ],
        tools=[{"type": "function", "name": "read_file", "description": TOOL_DESCRIPTION,
                "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}],
    )


def test_responses_api_redacts_items_and_restores_whole_and_streamed_replies(oai, upstream):
    whole = oai.responses.create(**_responses_request())
    body = upstream.last("/responses").json
    assert_no_seed_in(upstream.raw_bytes)
    assert "[[EMAIL_" in body["instructions"] and "[[EMAIL_" in body["tools"][0]["description"]
    assert "[[EMAIL_" in body["input"][3]["input"]
    mapping = derive_mapping(SYSTEM, body["instructions"]) | derive_mapping(ENV_FILE, body["input"][2]["output"])
    mapping |= derive_mapping(f"Rotate {AWS_KEY} please.", body["input"][0]["content"][0]["text"])
    text, arguments = _expected_reply(upstream, mapping)
    assert whole.output_text == text
    call = next(item for item in whole.output if item.type == "function_call")
    assert json.loads(call.arguments) == arguments

    upstream.reset()
    deltas, argument_deltas, completed = "", "", None
    for event in oai.responses.create(**_responses_request(stream=True)):
        if event.type == "response.output_text.delta":
            deltas += event.delta
        elif event.type == "response.function_call_arguments.delta":
            argument_deltas += event.delta
        elif event.type == "response.completed":
            completed = event.response
    assert upstream.mid_utf8_splits > 0
    assert deltas == whole.output_text == completed.output_text
    assert argument_deltas == call.arguments
    assert completed.model_dump()["output"] == whole.model_dump()["output"]


def _anthropic_request() -> dict:
    return dict(
        model=MODEL,
        max_tokens=512,
        system=[{"type": "text", "text": SYSTEM}],
        messages=[
            {"role": "user", "content": [{"type": "text", "text": f"Deploy with {AWS_KEY}."}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "Need the env file.", "signature": "c2ln"},
                {"type": "tool_use", "id": "toolu_0", "name": "read_file",
                 "input": {"path": ".env", "token": GITHUB_TOKEN}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_0", "content": [{"type": "text", "text": ENV_FILE}]},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG[22:]}}]},
        ],
        tools=[{"name": "read_file", "description": TOOL_DESCRIPTION,
                "input_schema": {"type": "object", "properties": {"path": {"type": "string"}}}}],
    )


def test_anthropic_messages_restore_text_and_tool_use_but_never_thinking(claude, upstream):
    whole = claude.messages.create(**_anthropic_request())
    body = upstream.last("/v1/messages").json
    assert_no_seed_in(upstream.raw_bytes)
    assert body["messages"][1]["content"][0] == {"type": "thinking", "thinking": "Need the env file.",
                                                 "signature": "c2ln"}
    assert body["messages"][2]["content"][1]["source"]["data"] == PNG[22:]
    mapping = derive_mapping(SYSTEM, body["system"][0]["text"])
    mapping |= derive_mapping(ENV_FILE, body["messages"][2]["content"][0]["content"][0]["text"])
    mapping |= derive_mapping(f"Deploy with {AWS_KEY}.", body["messages"][0]["content"][0]["text"])
    mapping |= derive_mapping(GITHUB_TOKEN, body["messages"][1]["content"][1]["input"]["token"])
    text, arguments = _expected_reply(upstream, mapping)
    blocks = {block.type: block for block in whole.content}
    assert blocks["text"].text == text
    assert blocks["tool_use"].input == arguments
    # Thinking is signed: it comes back exactly as the provider wrote it.
    assert blocks["thinking"].thinking == thinking_text(upstream.last().placeholders)

    upstream.reset()
    text_deltas = ""
    with claude.messages.stream(**_anthropic_request()) as stream:
        for event in stream:
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                text_deltas += event.delta.text
        final = stream.get_final_message()
    assert upstream.mid_utf8_splits > 0
    assert text_deltas == text
    assert final.model_dump()["content"] == whole.model_dump()["content"]


def test_embeddings_inputs_are_redacted(oai, upstream):
    result = oai.embeddings.create(model=MODEL, input=[f"mail {EMAIL}", "plain text"])
    assert len(result.data) == 2
    body = upstream.last("/embeddings").json
    assert body["input"][0].startswith("mail [[EMAIL_") and body["input"][1] == "plain text"
    assert_no_seed_in(upstream.raw_bytes)


def test_count_tokens_is_redacted_and_forwarded(claude, upstream):
    counted = claude.messages.count_tokens(model=MODEL, messages=[{"role": "user", "content": f"hi {EMAIL}"}])
    assert counted.input_tokens > 0
    assert upstream.last("/v1/messages/count_tokens").json["messages"][0]["content"].startswith("hi [[EMAIL_")
    assert_no_seed_in(upstream.raw_bytes)


def test_model_lists_pass_through_to_the_right_provider(oai, stack, upstream):
    assert [model.id for model in oai.models.list()] == [MODEL]
    assert upstream.last().path == "/v1/models" and upstream.last().headers["authorization"] == "Bearer sk-client-key-123"
    reply = httpx.get(stack.url + "/v1/models", headers={"x-api-key": "sk-ant-x", "anthropic-version": "2023-06-01"})
    assert reply.status_code == 200 and upstream.last().headers["x-api-key"] == "sk-ant-x"


def test_client_credentials_are_forwarded_and_control_headers_are_not(stack, upstream):
    reply = httpx.post(stack.url + "/v1/messages", json={"model": MODEL, "max_tokens": 5,
                                                         "messages": [{"role": "user", "content": "hi"}]},
                       headers={"x-api-key": "sk-ant-abc", "anthropic-version": "2023-06-01",
                                "anthropic-beta": "tools-2024", "x-redactor-conversation": "c-1",
                                "x-redactor-route": "cloud", "x-redactor-token": "nope"})
    assert reply.status_code == 200 and reply.headers["x-redactor-route"] == "cloud"
    headers = upstream.last().headers
    assert headers["x-api-key"] == "sk-ant-abc"
    assert headers["anthropic-version"] == "2023-06-01" and headers["anthropic-beta"] == "tools-2024"
    assert not [name for name in headers if name.startswith("x-redactor")]
    assert int(headers["content-length"]) == len(upstream.last().body)

    httpx.post(stack.url + "/v1/chat/completions",
               json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
               headers={"authorization": "Bearer sk-live", "openai-organization": "org-1", "openai-project": "p-1"})
    headers = upstream.last().headers
    assert (headers["authorization"], headers["openai-organization"], headers["openai-project"]) == (
        "Bearer sk-live", "org-1", "p-1")


def _agent_turns_openai(oai, upstream):
    messages = [{"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"Our key {AWS_KEY} fails; mail {EMAIL} the fix."}]
    tools = [{"type": "function", "function": {"name": "read_file", "description": "Read a file",
                                                "parameters": {"type": "object"}}}]
    first = oai.chat.completions.create(model=MODEL, messages=messages, tools=tools).choices[0].message
    turn_one = upstream.last()
    upstream_call = json.loads(turn_one.body)  # what the upstream received in turn 1
    call = first.tool_calls[0]
    # The agent executes the tool with real values.
    assert json.loads(call.function.arguments)["path"].startswith("/srv/") and AWS_KEY in call.function.arguments
    messages += [first.model_dump(exclude_none=True),
                 {"role": "tool", "tool_call_id": call.id, "content": ENV_FILE}]
    second = oai.chat.completions.create(model=MODEL, messages=messages, tools=tools).choices[0].message
    turn_two = upstream.last()
    return upstream_call, turn_one, turn_two, first, second


def test_openai_agent_transcript_keeps_placeholders_stable_across_turns(oai, upstream, stack):
    upstream_call, turn_one, turn_two, first, second = _agent_turns_openai(oai, upstream)
    one, two = json.loads(turn_one.body), json.loads(turn_two.body)
    # History re-sent in turn 2 reaches the provider exactly as in turn 1 ...
    assert two["messages"][:2] == one["messages"][:2]
    # ... including the tool call the provider itself wrote (byte for byte).
    sent_arguments = json.dumps(tool_arguments(turn_one.placeholders), ensure_ascii=False, separators=(",", ":"))
    assert two["messages"][2]["tool_calls"][0]["function"]["arguments"] == sent_arguments
    # New secrets in the tool result got new placeholders; known ones kept theirs.
    mapping = derive_mapping(ENV_FILE, two["messages"][3]["content"])
    mapping |= derive_mapping(f"Our key {AWS_KEY} fails; mail {EMAIL} the fix.", one["messages"][1]["content"])
    assert len(set(mapping.values())) == len(mapping) == 5
    assert_no_seed_in(upstream.raw_bytes)
    assert second.content == restore_with(mapping, reply_text(turn_two.placeholders))
    events = [json.loads(line) for line in stack.audit.read_text().splitlines()]
    assert events[-1]["conversation"] == events[-2]["conversation"]
    assert events[-1]["cache_hits"] >= 2  # unchanged history was not scanned again


def test_anthropic_agent_transcript_keeps_placeholders_stable_across_turns(claude, upstream):
    messages = [{"role": "user", "content": f"Our key {AWS_KEY} fails; mail {EMAIL} the fix."}]
    first = claude.messages.create(model=MODEL, max_tokens=100, system=SYSTEM, messages=messages)
    turn_one = json.loads(upstream.last().body)
    tool_use = next(block for block in first.content if block.type == "tool_use")
    assert tool_use.input["values"] and AWS_KEY in tool_use.input["values"]
    messages += [{"role": "assistant", "content": [block.model_dump(exclude_none=True) for block in first.content]},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_use.id,
                                               "content": ENV_FILE}]}]
    with claude.messages.stream(model=MODEL, max_tokens=100, system=SYSTEM, messages=messages) as stream:
        second = stream.get_final_message()
    turn_two = json.loads(upstream.last().body)
    assert turn_two["system"] == turn_one["system"] and turn_two["messages"][0] == turn_one["messages"][0]
    # The provider's own tool_use comes back to it exactly as it wrote it.
    assert turn_two["messages"][1]["content"][2]["input"] == tool_arguments(placeholders_in(upstream.requests[0].body.decode()))
    assert turn_two["messages"][1]["content"][0]["thinking"] == thinking_text(placeholders_in(upstream.requests[0].body.decode()))
    mapping = derive_mapping(ENV_FILE, turn_two["messages"][2]["content"][0]["content"])
    mapping |= derive_mapping(messages[0]["content"], turn_one["messages"][0]["content"])
    assert len(set(mapping.values())) == len(mapping) == 5
    text = next(block.text for block in second.content if block.type == "text")
    assert text == restore_with(mapping, reply_text(upstream.last().placeholders))
    assert_no_seed_in(upstream.raw_bytes)


def test_responses_agent_transcript_round_trips_tool_calls(oai, upstream):
    items = [{"role": "user", "content": f"Our key {AWS_KEY} fails; mail {EMAIL} the fix."}]
    first = oai.responses.create(model=MODEL, instructions=SYSTEM, input=items)
    turn_one = upstream.last()
    call = next(item for item in first.output if item.type == "function_call")
    assert AWS_KEY in call.arguments
    items += [item.model_dump(exclude_none=True) for item in first.output]
    items.append({"type": "function_call_output", "call_id": call.call_id, "output": ENV_FILE})
    second = oai.responses.create(model=MODEL, instructions=SYSTEM, input=items)
    turn_two = json.loads(upstream.last().body)
    sent_arguments = json.dumps(tool_arguments(turn_one.placeholders), ensure_ascii=False, separators=(",", ":"))
    assert turn_two["input"][2]["arguments"] == sent_arguments
    assert turn_two["input"][1]["content"][0]["text"] == reply_text(turn_one.placeholders)
    assert EMAIL in second.output_text and AWS_KEY in second.output_text and PRIVATE_KEY in second.output_text
    assert_no_seed_in(upstream.raw_bytes)


def test_metrics_expose_counters_without_values(oai, stack):
    oai.chat.completions.create(**_chat_request())
    text = httpx.get(stack.url + "/metrics").text
    assert 'redactor_requests_total{api="openai_chat",route="cloud",status="200"}' in text
    assert "redactor_detections_total{kind=" in text
    assert 'redactor_stage_seconds_bucket{le="0.001",stage="detect"}' in text
    assert "redactor_upstream_seconds_count" in text
    assert_no_seed_in(text)


def test_audit_log_has_one_event_per_request_and_no_values(oai, stack):
    before = len(stack.audit.read_text().splitlines())
    oai.chat.completions.create(**_chat_request())
    lines = stack.audit.read_text().splitlines()
    assert len(lines) == before + 1
    event = json.loads(lines[-1])
    assert event["status"] == 200 and event["api"] == "openai_chat" and event["stream"] is False
    assert event["detections"] and event["placeholders_issued"] >= 5 and event["upstream_ms"] > 0
    assert_no_seed_in(stack.audit.read_text())


def test_stateful_responses_turns_stay_in_the_conversation_of_the_previous_response(oai, upstream):
    # Turn 1 is streamed: the proxy learns the response id from the stream itself.
    for _ in oai.responses.create(model=MODEL, stream=True, input=f"Write to {EMAIL} about stateful turns."):
        pass
    assert "[[EMAIL_1]]" in upstream.last().body.decode()
    # Turn 2 sends only new input; the provider holds the history (with [[EMAIL_1]]).
    reply = oai.responses.create(model=MODEL, previous_response_id="resp_test1",
                                 input=f"Also copy {OTHER_EMAIL}.")
    forwarded = upstream.last().json
    assert forwarded["previous_response_id"] == "resp_test1"
    # Same conversation: the new address gets a new number instead of reusing EMAIL_1.
    assert forwarded["input"] == "Also copy [[EMAIL_2]]."
    assert OTHER_EMAIL in reply.output_text


def test_explicit_conversation_header_scopes_placeholders(stack, upstream):
    def send(text: str, conversation: str) -> str:
        httpx.post(stack.url + "/v1/chat/completions",
                   json={"model": MODEL, "messages": [{"role": "user", "content": text}]},
                   headers={"x-redactor-conversation": conversation})
        return upstream.last().json["messages"][0]["content"]

    assert send(f"first {EMAIL}", "explicit-a") == "first [[EMAIL_1]]"
    # A different first message, same named conversation: numbering continues.
    assert send(f"then {OTHER_EMAIL}", "explicit-a") == "then [[EMAIL_2]]"
    assert send(f"then {OTHER_EMAIL}", "explicit-b") == "then [[EMAIL_1]]"


def test_redactor_serve_runs_the_proxy(upstream, tmp_path):
    import subprocess
    import sys
    import time

    from tests.upstream_server import TEST_POLICY, closed_port

    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY)
    port = closed_port()
    # The server's output goes to a file: reading a pipe of a live process to explain a
    # failure would block until it exits, and an unread pipe can fill and stall the server.
    stderr_path = tmp_path / "serve.stderr"
    with open(stderr_path, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "redactor.cli", "serve", "--policy", str(policy), "--port", str(port),
             "--upstream-openai", upstream.url + "/v1", "--upstream-anthropic", upstream.url, "--vault", "memory://",
             "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, stderr_path.read_text(errors="replace")
            time.sleep(0.1)
        client = openai.OpenAI(api_key="sk-x", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": f"hi {EMAIL}"}])
        assert EMAIL in reply.choices[0].message.content
        assert_no_seed_in(upstream.raw_bytes)
    finally:
        process.terminate()
        process.wait(timeout=10)
