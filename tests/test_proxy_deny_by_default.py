"""Nothing leaves unscanned: every string of a request, key or value, at any depth, in the body,
the forwarded headers and the URL.

Through the real proxy with the real SDKs and a recording upstream. What must hold:
- fields the wire modules do not know (vendor extensions, unknown keys on
  messages, blocks and items, JSON-schema keywords, web-search locations, tool
  input examples, citations and annotations, URL document sources) are
  scanned and forwarded redacted, never dropped and never forwarded unread;
- object keys are scanned: a key holding a value is rewritten in place;
- in a long history, a message with an extra key or an odd role is scanned in full;
- tool-call arguments with a duplicate key are scanned in every occurrence;
- agent metadata (Codex's `client_metadata` body field and
  `x-codex-turn-metadata` header) reaches the provider redacted;
- credentials for third-party MCP servers are refused, naming the field;
- a sensitive value in the query string or path blocks the request.
"""
from __future__ import annotations

import json

import anthropic
import httpx
import openai
import pytest

from redactor.server import create_app
from tests.upstream_server import AWS_KEY, EMAIL, GITHUB_TOKEN, MODEL, OTHER_EMAIL, LoopbackServer, make_pipeline


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream):
    upstream.reset()


@pytest.fixture(scope="module")
def proxy_url(upstream):
    app = create_app(make_pipeline(), upstream.url + "/v1", upstream.url)
    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture()
def oai(proxy_url):
    return openai.OpenAI(api_key="sk-client-key", base_url=proxy_url + "/v1", max_retries=0, timeout=20)


@pytest.fixture()
def claude(proxy_url):
    return anthropic.Anthropic(api_key="sk-ant-client-key", base_url=proxy_url, max_retries=0, timeout=20)


def _wire(upstream) -> str:
    """Everything the provider received: headers, paths, query strings and bodies."""
    return "\n".join(f"{r.path}?{r.query}\n{json.dumps(r.headers)}\n{r.body.decode()}" for r in upstream.requests)


def _assert_nothing_leaked(upstream) -> None:
    wire = _wire(upstream)
    assert upstream.requests, "nothing reached the upstream"
    for name, value in (("EMAIL", EMAIL), ("OTHER_EMAIL", OTHER_EMAIL), ("AWS_KEY", AWS_KEY),
                        ("GITHUB_TOKEN", GITHUB_TOKEN)):
        assert value not in wire, f"{name} reached the provider"


def test_unknown_openai_chat_fields_are_scanned_not_dropped(oai, upstream):
    oai.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "hello", "x_note": f"from {EMAIL}"}],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {
            "type": "object", "$comment": f"owner {OTHER_EMAIL}",
            "x-example-token": GITHUB_TOKEN,
            "properties": {"key": {"type": "string", "pattern": AWS_KEY}}}}}],
        web_search_options={"user_location": {"type": "approximate", "approximate": {"city": f"{EMAIL}"}}},
        extra_body={"vendor_extension": {"notes": [f"ping {OTHER_EMAIL}"], EMAIL: "a key"}})
    _assert_nothing_leaked(upstream)
    forwarded = upstream.last().json
    # Scanned and redacted, never dropped: every field is still there.
    assert forwarded["messages"][0]["x_note"].startswith("from [[EMAIL_")
    assert forwarded["vendor_extension"]["notes"][0].startswith("ping [[EMAIL_")
    assert any(key.startswith("[[EMAIL_") for key in forwarded["vendor_extension"])
    assert forwarded["tools"][0]["function"]["name"] == "lookup"


def test_in_a_long_plain_history_an_odd_role_or_an_extra_key_is_still_scanned(proxy_url, upstream):
    # Plain {"role", "content"} messages are taken whole by the chat walker; a
    # message with anything more (a key, a role that is not a plain enum word)
    # must still get the full deny-by-default walk, wherever it sits in the history.
    history = []
    for turn in range(30):
        history += [{"role": "user", "content": f"step {turn}"}, {"role": "assistant", "content": "done"}]
    history[17] = {"role": "user", "content": "and this", "name": EMAIL}
    history[40] = {"role": f"Reviewer {OTHER_EMAIL}", "content": "looks fine"}
    reply = httpx.post(proxy_url + "/v1/chat/completions", headers={"authorization": "Bearer sk-client-key"},
                       json={"model": MODEL, "messages": history + [{"role": "user", "content": "go on"}]},
                       timeout=20)
    assert reply.status_code == 200, reply.text
    _assert_nothing_leaked(upstream)
    forwarded = upstream.last().json["messages"]
    assert forwarded[17]["name"].startswith("[[EMAIL_")
    assert forwarded[40]["role"].startswith("Reviewer [[EMAIL_")
    assert [message["content"] for message in forwarded[:4]] == ["step 0", "done", "step 1", "done"]


def test_unknown_anthropic_fields_are_scanned(claude, upstream):
    claude.messages.create(
        model=MODEL, max_tokens=64,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "see the quote",
             "citations": [{"type": "char_location", "cited_text": f"mail {EMAIL}", "document_index": 0,
                            "start_char_index": 0, "end_char_index": 5}]},
            {"type": "document", "source": {"type": "url", "url": f"https://files.example.com/{GITHUB_TOKEN}.pdf"}},
        ]}],
        tools=[{"name": "lookup", "description": "finds things",
                "input_schema": {"type": "object", "properties": {"who": {"type": "string"}}},
                "input_examples": [{"who": OTHER_EMAIL}]},
               {"type": "web_search_20250305", "name": "web_search",
                "user_location": {"type": "approximate", "city": f"{AWS_KEY}"}}],
        extra_body={"vendor": {"contact": EMAIL}})
    _assert_nothing_leaked(upstream)


def test_responses_history_annotations_and_unknown_item_keys_are_scanned(oai, upstream):
    oai.responses.create(model=MODEL, input=[
        {"role": "user", "content": "hi"},
        {"type": "message", "role": "assistant", "content": [
            {"type": "output_text", "text": "see source",
             "annotations": [{"type": "url_citation", "url": f"https://x.example/{EMAIL}", "title": OTHER_EMAIL,
                              "start_index": 0, "end_index": 3}]}]},
        {"type": "function_call", "call_id": "c1", "name": "read", "arguments": json.dumps({EMAIL: "admins"})},
        {"type": "function_call_output", "call_id": "c1", "output": "ok", "x_trace": AWS_KEY},
    ])
    _assert_nothing_leaked(upstream)
    arguments = json.loads(upstream.last().json["input"][2]["arguments"])
    assert list(arguments.values()) == ["admins"] and list(arguments)[0].startswith("[[EMAIL_")


def test_duplicate_keys_in_tool_arguments_are_scanned_in_every_occurrence(oai, upstream):
    arguments = f'{{"path":"{AWS_KEY}","path":"README.md"}}'
    oai.chat.completions.create(model=MODEL, messages=[
        {"role": "user", "content": "read it"},
        {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                                              "function": {"name": "read", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "done"}])
    _assert_nothing_leaked(upstream)
    sent = upstream.last().json["messages"][1]["tool_calls"][0]["function"]["arguments"]
    # The raw document is kept (both occurrences), only the value is replaced.
    assert sent.count('"path"') == 2 and "README.md" in sent


def test_codex_metadata_header_and_body_field_reach_the_provider_redacted(proxy_url, upstream):
    workspace = f"/home/{EMAIL}/billing-service"
    turn_metadata = json.dumps({"session_id": "0199-abc", "workspaces": {workspace: {"has_changes": True}},
                                "model": "gpt-5"})
    client = openai.OpenAI(api_key="sk-client-key", base_url=proxy_url + "/v1", max_retries=0, timeout=20,
                           default_headers={"x-codex-turn-metadata": turn_metadata, "originator": "codex_exec",
                                            "session-id": "0199-abc"})
    client.responses.create(model=MODEL, input="hi", extra_body={"client_metadata": {
        "x-codex-turn-metadata": turn_metadata, "session_id": "0199-abc"}})
    _assert_nothing_leaked(upstream)
    recorded = upstream.last()
    header = json.loads(recorded.headers["x-codex-turn-metadata"])
    assert list(header["workspaces"])[0].startswith("/home/[[EMAIL_")
    assert recorded.headers["session-id"] == "0199-abc"  # ids pass as they are
    assert "[[EMAIL_" in recorded.json["client_metadata"]["x-codex-turn-metadata"]


def test_mcp_server_credentials_are_refused_naming_the_field(claude, oai, upstream):
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        claude.messages.create(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "hi"}],
                               extra_body={"mcp_servers": [{"type": "url", "url": "https://mcp.example.com",
                                                            "name": "crm", "authorization_token": "tok-123"}]})
    assert "mcp_servers[0].authorization_token" in str(caught.value)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        oai.responses.create(model=MODEL, input="hi", tools=[{
            "type": "mcp", "server_label": "crm", "server_url": "https://mcp.example.com",
            "headers": {"Authorization": "Bearer tok-123"}, "require_approval": "never"}])
    assert "tools[0].headers" in str(caught.value)
    assert not upstream.requests


def test_a_sensitive_query_string_blocks_the_request(proxy_url, upstream):
    response = httpx.post(f"{proxy_url}/v1/chat/completions?trace={EMAIL}",
                          json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]})
    assert response.status_code == 403 and "query" in response.json()["error"]["message"]
    response = httpx.get(f"{proxy_url}/v1/models/{GITHUB_TOKEN}")
    assert response.status_code == 403
    assert not upstream.requests
    # A harmless query string is forwarded as it is.
    response = httpx.post(f"{proxy_url}/v1/chat/completions?api-version=2024-10-21",
                          json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]})
    assert response.status_code == 200 and upstream.last().query == "api-version=2024-10-21"


def test_a_policy_can_drop_agent_metadata_instead(upstream):
    from tests.upstream_server import TEST_POLICY

    pipeline = make_pipeline(TEST_POLICY + "agent_metadata: drop\n")
    with LoopbackServer(create_app(pipeline, upstream.url + "/v1", upstream.url)) as server:
        metadata = json.dumps({"workspaces": {f"/home/{EMAIL}/repo": {}}})
        client = openai.OpenAI(api_key="sk-client-key", base_url=server.url + "/v1", max_retries=0, timeout=20,
                               default_headers={"x-codex-turn-metadata": metadata})
        client.responses.create(model=MODEL, input="hi", extra_body={"client_metadata": {"m": metadata}})
    recorded = upstream.last()
    assert "x-codex-turn-metadata" not in recorded.headers and "client_metadata" not in recorded.json
    assert recorded.json["input"] == "hi"


def test_a_name_field_passes_only_while_it_is_shaped_like_a_tool_name(oai, upstream):
    oai.responses.create(model=MODEL, input=[
        {"type": "message", "role": "user", "content": "hi", "name": f"from {EMAIL}"},
        {"type": "function_call", "call_id": "c1", "name": "read_file", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1", "output": "ok"}])
    _assert_nothing_leaked(upstream)
    sent = upstream.last().json["input"]
    assert sent[0]["name"].startswith("from [[EMAIL_") and sent[1]["name"] == "read_file"
