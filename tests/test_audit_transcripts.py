"""Agent transcripts: Claude Code sessions, OpenAI request logs, the proxy's audit log, and `--replay`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.audit import request_event
from redactor.audit_scan.replay import replay_transcript
from redactor.audit_scan.transcripts import read_transcript
from redactor.core import Decision
from redactor.policy import parse_policy
from redactor.runtime import build_pipeline
from tests.audit_support import (
    AUDIT_POLICY,
    AWS_KEY,
    CARD,
    DB_PASSWORD,
    EMAIL_ADMIN,
    EMAIL_LOG,
    EMAIL_OWNER,
    GITHUB_TOKEN,
    IBAN,
    OPENAI_KEY,
    STRIPE_KEY,
    YAML_PASSWORD,
)
from tests.test_audit_scan import _app

ALLOW_PII_POLICY = AUDIT_POLICY + "actions: {secret: redact, pii: allow, infra: redact, org: redact}\n"
LOCAL_POLICY = AUDIT_POLICY + "kind_actions: {AWS_ACCESS_KEY: local}\n"
ALL_VALUES = [AWS_KEY, CARD, DB_PASSWORD, EMAIL_ADMIN, EMAIL_LOG, EMAIL_OWNER, GITHUB_TOKEN, IBAN, OPENAI_KEY,
              STRIPE_KEY, YAML_PASSWORD]


def _jsonl(path: Path, records: list, tail: str = "") -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records) + tail)
    return path


@pytest.fixture()
def claude_session(tmp_path) -> Path:
    """A Claude Code session: 3 replies, tool use and results, a summary line and a truncated last line."""
    def user(content):
        return {"type": "user", "message": {"role": "user", "content": content}, "sessionId": "s1"}

    def assistant(reply_id, blocks):
        return {"type": "assistant", "message": {"id": reply_id, "role": "assistant", "content": blocks},
                "sessionId": "s1"}

    return _jsonl(tmp_path / "session.jsonl", [
        {"type": "summary", "summary": "Deploying the billing service", "leafUuid": "u1"},  # line 1
        user(f"Please deploy billing; reach me at {EMAIL_ADMIN}."),  # line 2
        assistant("msg_1", [{"type": "thinking", "thinking": "I should configure the CLI.",
                             "signature": "c2lnbmF0dXJl"}]),  # line 3
        assistant("msg_1", [{"type": "tool_use", "id": "toolu_1", "name": "Bash",
                             "input": {"command": f"aws configure set aws_access_key_id {AWS_KEY}"}}]),  # 4
        user([{"type": "tool_result", "tool_use_id": "toolu_1",
               "content": f"wrote ~/.aws/credentials\nDATABASE_PASSWORD={DB_PASSWORD}\n"}]),  # line 5
        assistant("msg_2", [{"type": "text", "text": f"Configured. I also paged {EMAIL_LOG}."}]),  # line 6
        user(f"Thanks. Refund the card {CARD} too."),  # line 7
        assistant("msg_3", [{"type": "text", "text": "Refund queued."}]),  # line 8
    ], tail='{"type": "user", "message": {"role": "us')  # line 9: cut off mid-write


@pytest.fixture()
def chat_log(tmp_path) -> Path:
    first = {"model": "gpt-4o", "messages": [
        {"role": "system", "content": f"You help the billing team. Escalate to {EMAIL_OWNER}."},
        {"role": "user", "content": f"Use the token {GITHUB_TOKEN} to open the PR."}]}
    arguments = json.dumps({"path": "config.js", "key": STRIPE_KEY})
    second = {"model": "gpt-4o", "messages": first["messages"] + [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "write_file", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"saved\npassword: {YAML_PASSWORD}"}],
        "tools": [{"type": "function", "function": {"name": "write_file", "description": "Write a file."}}]}
    return _jsonl(tmp_path / "codex.jsonl", [first, {"request": second}])


def _audit(tmp_path: Path, *args: str, policy: str = AUDIT_POLICY):
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(policy)
    return CliRunner().invoke(_app(), ["audit", "--policy", str(policy_path), *args])


def _summary(findings: list[dict]) -> list[tuple]:
    return [(f["line"], f["kind"], f["position"], f["field"]) for f in findings]


def test_a_claude_code_session_is_audited_message_by_message(tmp_path, claude_session):
    result = _audit(tmp_path, "--transcript", str(claude_session), "--json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    assert _summary(document["findings"]) == [
        (2, "EMAIL", "user", "message.content"),
        (4, "AWS_ACCESS_KEY", "tool_arguments", "message.content[0].input.command"),
        (5, "PASSWORD", "tool_result", "message.content[0].content"),
        (6, "EMAIL", "assistant", "message.content[0].text"),
        (7, "CREDIT_CARD", "user", "message.content"),
    ]
    assert all(f["source"] == "transcript" and f.get("column") is None for f in document["findings"])
    assert document["summary"]["records_scanned"] == 9
    assert not any(value in result.stdout for value in ALL_VALUES)


def test_openai_request_logs_are_audited_once_per_text_even_though_history_repeats(tmp_path, chat_log):
    result = _audit(tmp_path, "--transcript", str(chat_log), "--json")
    document = json.loads(result.stdout)
    assert _summary(document["findings"]) == [
        (1, "EMAIL", "system", "messages[0].content"),
        (1, "GITHUB_TOKEN", "user", "messages[1].content"),
        (2, "STRIPE_KEY", "tool_arguments", "messages[2].tool_calls[0].function.arguments.key"),
        (2, "PASSWORD", "tool_result", "messages[3].content"),
    ]


def test_a_responses_api_log_as_one_json_array_is_audited(tmp_path):
    body = {"model": "o4-mini", "instructions": "Be terse.", "input": [
        {"role": "user", "content": [{"type": "input_text", "text": f"Charge card {CARD}."}]},
        {"type": "function_call", "call_id": "c", "name": "sh",
         "arguments": json.dumps({"cmd": f"export OPENAI_API_KEY={OPENAI_KEY}"})},
        {"type": "function_call_output", "call_id": "c", "output": f"ok, paid from {IBAN}"}]}
    log = tmp_path / "responses.json"
    log.write_text(json.dumps([body], indent=2))
    document = json.loads(_audit(tmp_path, "--transcript", str(log), "--json").stdout)
    assert [(f["kind"], f["position"]) for f in document["findings"]] == [
        ("CREDIT_CARD", "user"), ("OPENAI_API_KEY", "tool_arguments"), ("IBAN", "tool_result")]


def test_the_proxy_audit_log_is_summarised_as_kinds_and_counts_per_request(tmp_path):
    decision = Decision(request_id="r1", conversation="c" * 32, policy="default", api="openai_chat",
                        detections={"EMAIL": 2, "AWS_ACCESS_KEY": 1}, categories={"pii": 2, "secret": 1},
                        route="cloud", placeholders_issued=3)
    events = [request_event(request_id="r1", api="openai_chat", stream=False, status=200, decision=decision),
              request_event(request_id="r2", api="anthropic", stream=True, status=502,
                            error_code="upstream_unreachable")]
    log = _jsonl(tmp_path / "audit.jsonl", events)
    result = _audit(tmp_path, "--transcript", str(log), "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["findings"] == []
    logged = document["logged_requests"]
    assert [(e["request_id"], e["detections"], e["total"], e["route"]) for e in logged] == [
        ("r1", {"EMAIL": 2, "AWS_ACCESS_KEY": 1}, 3, "cloud"), ("r2", {}, 0, None)]
    table = _audit(tmp_path, "--transcript", str(log)).stdout
    assert "AWS_ACCESS_KEY×1" in table and "EMAIL×2" in table


def test_an_unrecognised_transcript_is_a_usage_error(tmp_path):
    other = _jsonl(tmp_path / "other.jsonl", [{"level": "info", "msg": "hello"}])
    result = _audit(tmp_path, "--transcript", str(other))
    assert result.exit_code == 2 and "not a recognised transcript" in result.stderr
    missing = _audit(tmp_path, "--transcript", str(tmp_path / "absent.jsonl"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def _replay(path: Path, policy_text: str):
    pipeline = build_pipeline(parse_policy(policy_text), vault_url="memory://")
    return replay_transcript(read_transcript(path), pipeline).to_json("high")


def test_replay_counts_what_each_position_would_send_without_and_with_the_policy(claude_session):
    report = _replay(claude_session, AUDIT_POLICY)
    # Three replies, so three requests, each re-sending the history before it.
    assert report["requests"] == 3 and report["routes"] == {"cloud": 3}
    assert report["positions"] == {
        "user": {"without_policy": 2, "with_policy": 0},  # the email (request 1), the card (request 3)
        "history": {"without_policy": 3, "with_policy": 0},  # the email twice, the paged address once
        "tool_arguments": {"without_policy": 2, "with_policy": 0},
        "tool_result": {"without_policy": 2, "with_policy": 0},
        "metadata": {"without_policy": 0, "with_policy": 0},  # ids, fields outside known structure (issue 13)
    }
    assert report["totals"]["distinct_without_policy"] == 5
    assert report["totals"]["with_policy"] == 0 and report["failed"] is False


def test_replay_shows_what_a_weaker_policy_still_lets_out(claude_session):
    report = _replay(claude_session, ALLOW_PII_POLICY)
    assert report["positions"]["user"] == {"without_policy": 2, "with_policy": 2}
    assert report["positions"]["history"] == {"without_policy": 3, "with_policy": 3}
    assert report["positions"]["tool_arguments"]["with_policy"] == 0
    assert report["leaked_with_policy"]["by_kind"] == {"EMAIL": 4, "CREDIT_CARD": 1}
    assert report["leaked_with_policy"]["by_severity"]["medium"] == 5 and report["failed"] is False


def test_replay_counts_nothing_as_sent_for_requests_routed_locally(claude_session):
    report = _replay(claude_session, LOCAL_POLICY)
    # The first request holds only the email; once the AWS key appears the
    # conversation goes local (and stays local: routing is sticky).
    assert report["routes"] == {"cloud": 1, "local": 2}
    assert report["totals"]["with_policy"] == 0
    assert report["totals"]["without_policy"] == 9


def test_replay_of_a_request_log_uses_the_wire_positions(chat_log):
    report = _replay(chat_log, AUDIT_POLICY)
    assert report["requests"] == 2
    assert report["positions"] == {
        "system": {"without_policy": 2, "with_policy": 0},
        "user": {"without_policy": 1, "with_policy": 0},
        "history": {"without_policy": 1, "with_policy": 0},
        "tool_arguments": {"without_policy": 1, "with_policy": 0},
        "tool_result": {"without_policy": 1, "with_policy": 0},
        "tool_definition": {"without_policy": 0, "with_policy": 0},
        "metadata": {"without_policy": 0, "with_policy": 0},  # ids, fields outside known structure (issue 13)
    }


def test_the_replay_command_reports_json_and_exits_on_leaks_at_the_threshold(tmp_path, claude_session):
    strict = _audit(tmp_path, "--replay", str(claude_session), "--json")
    assert strict.exit_code == 0, strict.stderr
    assert json.loads(strict.stdout)["totals"]["without_policy"] == 9
    weak = _audit(tmp_path, "--replay", str(claude_session), "--fail-on", "medium", policy=ALLOW_PII_POLICY)
    assert weak.exit_code == 1
    assert "with policy" in weak.stdout and "history" in weak.stdout
    assert not any(value in weak.stdout + strict.stdout for value in ALL_VALUES)
    mixed = _audit(tmp_path, "--replay", str(claude_session), "some/path")
    assert mixed.exit_code == 2 and "--replay cannot be combined" in mixed.stderr
