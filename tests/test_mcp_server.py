"""The MCP server, driven by the SDK's real client over stdio (and once over streamable HTTP)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from redactor.mcp_server import McpSessions, RedactorTools, ToolFailure, mcp_command
from tests.upstream_server import LoopbackServer, RecordingUpstream

ROOT = Path(__file__).resolve().parent.parent
# Seeded values, assembled at run time so no secret-shaped literal sits in the repository.
AWS_KEY = "AKIA" + "Q7ZKX3RT5MPLW2VN"
EMAIL = "dana.whitfield" + "@" + "example.org"
CARD = "4111 1111 " + "1111 1111"
SEEDED = f"Deploy with {AWS_KEY} and mail {EMAIL} about card {CARD}."

POLICY = """\
name: mcp-test
stages: [route, placeholders]
detection:
  ner: {enabled: false}
"""
LOCAL_POLICY = """\
name: mcp-local
stages: [route, placeholders]
detection:
  ner: {enabled: false}
kind_actions:
  CREDIT_CARD: local
"""
TOOL_NAMES = {"scrub", "restore", "detect", "chat", "audit_text"}


def _write_policy(tmp_path: Path, text: str = POLICY) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return path


def _server(policy: Path, *extra: str) -> StdioServerParameters:
    env = {"PYTHONPATH": str(ROOT), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "HF_HUB_OFFLINE": "1"}
    return StdioServerParameters(command=sys.executable,
                                 args=["-m", "redactor.mcp_server", "--policy", str(policy),
                                       "--vault", "memory://", *extra],
                                 env=env, cwd=str(ROOT))


def _with_client(parameters, body):
    async def main():
        with anyio.fail_after(60):
            async with Client(parameters) as client:
                return await body(client)

    return anyio.run(main)


def _payload(result) -> dict:
    assert not result.is_error, result.content[0].text
    return result.structured_content


def _error_text(result) -> str:
    assert result.is_error
    return result.content[0].text


def test_lists_the_five_tools_with_protocol_safe_names(tmp_path):
    async def body(client):
        return await client.list_tools()

    tools = _with_client(_server(_write_policy(tmp_path)), body).tools
    assert {tool.name for tool in tools} == TOOL_NAMES
    for tool in tools:
        assert all(ch.isalnum() or ch in "_-" for ch in tool.name)
        assert tool.description and tool.input_schema["type"] == "object"


def test_server_reports_the_package_version(tmp_path):
    from redactor.cli_options import package_version

    async def body(client):
        return client.server_info

    info = _with_client(_server(_write_policy(tmp_path)), body)
    assert info.name == "redactor" and info.version == package_version() != ""


def test_scrub_then_restore_round_trips_and_restore_is_reusable(tmp_path):
    async def body(client):
        scrubbed = _payload(await client.call_tool("scrub", {"text": SEEDED}))
        reply = f"I will use {scrubbed['text']} as asked."
        first = _payload(await client.call_tool("restore", {"conversation": scrubbed["conversation"],
                                                             "text": reply}))
        second = _payload(await client.call_tool("restore", {"conversation": scrubbed["conversation"],
                                                              "text": reply}))
        again = _payload(await client.call_tool("scrub", {"text": f"again {EMAIL}",
                                                           "conversation": scrubbed["conversation"]}))
        fresh = _payload(await client.call_tool("scrub", {"text": f"again {EMAIL}"}))
        return scrubbed, first, second, again, fresh

    scrubbed, first, second, again, fresh = _with_client(_server(_write_policy(tmp_path)), body)
    for value in (AWS_KEY, EMAIL, CARD):
        assert value not in scrubbed["text"]
    assert scrubbed["text"].count("[[") == 3
    assert scrubbed["conversation"].startswith("mcp-")
    assert first == second  # restore is not single-use
    assert first["text"] == f"I will use {SEEDED} as asked."
    assert first["restored"] == 3
    # The same value keeps its placeholder within a conversation; a new conversation has its own id.
    email_placeholder = next(p for p in again["text"].split() if p.startswith("[["))
    assert email_placeholder in scrubbed["text"]
    assert fresh["conversation"] != scrubbed["conversation"]


def test_detect_reports_findings_with_masked_values_only(tmp_path):
    async def body(client):
        return await client.call_tool("detect", {"text": SEEDED})

    result = _with_client(_server(_write_policy(tmp_path)), body)
    payload = _payload(result)
    raw = json.dumps(payload) + " ".join(block.text for block in result.content)
    for value in (AWS_KEY, EMAIL, CARD):
        assert value not in raw
        assert value.replace(" ", "") not in raw
    by_kind = {finding["kind"]: finding for finding in payload["findings"]}
    assert {"EMAIL", "CREDIT_CARD"} <= set(by_kind)
    email = by_kind["EMAIL"]
    assert SEEDED[email["start"]:email["end"]] == EMAIL
    assert email["category"] == "pii" and 0 < email["score"] <= 1 and email["action"] == "redact"
    assert "*" in email["masked"] and len(email["masked"]) == len(EMAIL)
    # A masked preview reveals only a few characters of the value.
    assert sum(1 for ch in email["masked"] if ch != "*") <= 4
    assert any(finding["category"] == "secret" for finding in payload["findings"])


def test_audit_text_groups_findings_by_severity_and_shows_what_would_be_sent(tmp_path):
    async def body(client):
        dirty = _payload(await client.call_tool("audit_text", {"text": SEEDED}))
        clean = _payload(await client.call_tool("audit_text", {"text": "Refactor the parser loop, please."}))
        return dirty, clean

    dirty, clean = _with_client(_server(_write_policy(tmp_path)), body)
    assert dirty["verdict"] == "sent_redacted" and dirty["leaves_machine"] is True
    assert dirty["counts"]["critical"] >= 1  # the cloud key
    assert dirty["counts"]["medium"] >= 2  # email and card
    for value in (AWS_KEY, EMAIL, CARD):
        assert value not in json.dumps(dirty)
    assert "[[EMAIL_1]]" in dirty["would_send"]
    assert clean["verdict"] == "sent_clean" and clean["would_send"] == "Refactor the parser loop, please."
    assert all(count == 0 for count in clean["counts"].values())


def test_chat_sends_only_placeholders_upstream_and_restores_the_reply(tmp_path):
    upstream = RecordingUpstream()
    upstream.with_tool_call = False
    with LoopbackServer(upstream) as server:
        async def body(client):
            first = _payload(await client.call_tool("chat", {"prompt": SEEDED, "system": "Be brief."}))
            follow = _payload(await client.call_tool("chat", {
                "messages": [{"role": "user", "content": SEEDED},
                             {"role": "assistant", "content": "ok"},
                             {"role": "user", "content": f"Remind me: which address was it? {EMAIL}"}],
                "conversation": first["conversation"]}))
            return first, follow

        first, follow = _with_client(
            _server(_write_policy(tmp_path), "--upstream-openai", server.url + "/v1", "--model", "test-model"),
            body)
    assert len(upstream.requests) == 2
    wire = upstream.raw_bytes.decode("utf-8")
    for value in (AWS_KEY, EMAIL, CARD, CARD.replace(" ", "")):
        assert value not in wire
    sent = upstream.requests[0].json
    assert sent["model"] == "test-model"
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert "[[EMAIL_1]]" in sent["messages"][1]["content"]
    # The recording upstream answers with the placeholders it saw; the tool restores them.
    assert first["route"] == "cloud" and first["restored"] == 3
    for value in (AWS_KEY, EMAIL, CARD):
        assert value in first["reply"]
    assert "[[" not in first["reply"]
    assert EMAIL in follow["reply"] and follow["conversation"] == first["conversation"]
    # Same conversation: the follow-up reuses the first request's placeholder for the email.
    assert "[[EMAIL_1]]" in upstream.requests[1].json["messages"][-1]["content"]


def test_chat_routed_locally_without_a_local_backend_is_a_clear_error_and_sends_nothing(tmp_path):
    upstream = RecordingUpstream()
    with LoopbackServer(upstream) as server:
        async def body(client):
            return await client.call_tool("chat", {"prompt": f"card {CARD}"})

        result = _with_client(
            _server(_write_policy(tmp_path, LOCAL_POLICY), "--upstream-openai", server.url + "/v1"), body)
    message = _error_text(result)
    assert "must be served locally" in message and "no local backend" in message
    assert "nothing was sent" in message
    assert "Traceback" not in message and CARD not in message
    assert upstream.requests == []


def test_chat_routed_locally_goes_to_the_local_backend_with_the_original_text_and_never_to_the_cloud(tmp_path):
    cloud, local = RecordingUpstream(), RecordingUpstream()
    cloud.with_tool_call = local.with_tool_call = False
    with LoopbackServer(cloud) as cloud_server, LoopbackServer(local) as local_server:
        policy = LOCAL_POLICY + f"routing:\n  backend: {{type: http, url: '{local_server.url}/v1', model: test-model}}\n"

        async def body(client):
            return _payload(await client.call_tool("chat", {"prompt": f"Refund card {CARD} please."}))

        answer = _with_client(
            _server(_write_policy(tmp_path, policy), "--upstream-openai", cloud_server.url + "/v1"), body)
    assert cloud.requests == []
    chats = [request for request in local.requests if request.path.endswith("/chat/completions")]
    assert len(chats) == 1 and CARD in chats[0].body.decode("utf-8")  # the local model is trusted
    assert answer["route"] == "local" and answer["restored"] == 0
    assert "CREDIT_CARD" in answer["route_reason"]


def test_tool_errors_are_one_clear_line_without_the_input(tmp_path):
    async def body(client):
        unknown = await client.call_tool("restore", {"conversation": "mcp-unknown", "text": "x"})
        wrong_type = await client.call_tool("scrub", {"text": [f"{EMAIL}"]})
        neither = await client.call_tool("chat", {})
        return unknown, wrong_type, neither

    unknown, wrong_type, neither = _with_client(_server(_write_policy(tmp_path)), body)
    assert "unknown or expired conversation" in _error_text(unknown)
    assert "invalid arguments for scrub" in _error_text(wrong_type)
    assert EMAIL not in _error_text(wrong_type)
    assert "give either 'prompt' or 'messages'" in _error_text(neither)
    for result in (unknown, wrong_type, neither):
        assert "Traceback" not in _error_text(result) and "\n" not in _error_text(result)


def test_streamable_http_transport_serves_the_same_tools_on_loopback(tmp_path):
    port = _free_port()
    policy = _write_policy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "redactor.mcp_server", "--policy", str(policy), "--vault", "memory://",
         "--http", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_port(port, process)

        async def body(client):
            tools = await client.list_tools()
            scrubbed = _payload(await client.call_tool("scrub", {"text": SEEDED}))
            restored = _payload(await client.call_tool("restore", {"conversation": scrubbed["conversation"],
                                                                    "text": scrubbed["text"]}))
            return tools, restored

        tools, restored = _with_client(f"http://127.0.0.1:{port}/mcp", body)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert {tool.name for tool in tools.tools} == TOOL_NAMES
    assert restored["text"] == SEEDED


def test_mcp_command_refuses_a_non_loopback_host(capsys):
    with pytest.raises(SystemExit) as exit_info:
        mcp_command(policy="default", http=8765, host="0.0.0.0", vault="memory://", upstream_openai=None,
                    model=None, max_sessions=10)
    assert exit_info.value.code == 2
    assert "not a loopback address" in capsys.readouterr().err


def test_sessions_are_bounded_in_count_and_expire_after_their_ttl():
    from redactor.policy import parse_policy
    from redactor.runtime import build_pipeline

    pipeline = build_pipeline(parse_policy(POLICY), vault_url="memory://")
    now = [1000.0]
    sessions = McpSessions(pipeline, max_sessions=2, ttl_seconds=60, clock=lambda: now[0])
    first, second = sessions.create(), sessions.create()
    sessions.resolve(first)  # first is now the most recently used
    third = sessions.create()  # evicts the least recently used: second
    assert len(sessions) == 2
    with pytest.raises(ToolFailure):
        sessions.resolve(second)
    assert sessions.resolve(first) == sessions.conversation(first)
    now[0] += 61
    with pytest.raises(ToolFailure, match="expired"):
        sessions.resolve(third)


def test_sessions_live_in_the_pipeline_vault_and_survive_a_new_server_on_the_same_vault():
    from redactor.policy import parse_policy
    from redactor.runtime import build_pipeline

    pipeline = build_pipeline(parse_policy(POLICY), vault_url="memory://")
    tools = RedactorTools(pipeline)
    scrubbed = tools.scrub(SEEDED)
    # A second server process sharing the vault (same pipeline, empty in-memory session table).
    restarted = RedactorTools(pipeline)
    restored = restarted.restore(scrubbed["conversation"], scrubbed["text"])
    assert restored == {"text": SEEDED, "restored": 3}


def _free_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def _wait_for_port(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.stderr.read().decode()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("server did not start listening")
