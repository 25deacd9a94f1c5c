"""The CLI as a user scripts it: stdin/stdout, --json, --jsonl, restore, detect, bad input."""
import json
import os
import subprocess
import sys

import pytest

SECRET = "AKIAQ3EGRZ7XKVB2LMNP"
EMAIL = "ann.lee@example.com"


def cli(args, stdin: bytes | str = b"", env_extra=None, tmp_path=None):
    env = dict(os.environ)
    if tmp_path is not None:
        env["REDACTOR_VAULT_URL"] = f"sqlite:///{tmp_path}/vault.db"
        env["REDACTOR_VAULT_KEY_FILE"] = str(tmp_path / "vault.key")
    env.update(env_extra or {})
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "redactor.cli", *args], input=data,
                          capture_output=True, env=env, timeout=120)


def test_redact_then_restore_round_trips_through_the_persistent_vault(tmp_path):
    text = f"mail {EMAIL} with key {SECRET}\n"
    redacted = cli(["redact", "--policy", "secrets-only", "--json"], text, tmp_path=tmp_path)
    assert redacted.returncode == 0, redacted.stderr
    out = json.loads(redacted.stdout)
    assert SECRET not in out["text"] and "[[AWS_ACCESS_KEY_1]]" in out["text"]
    assert any(span["kind"] == "AWS_ACCESS_KEY" for span in out["spans"])
    restored = cli(["restore", "--conversation", out["conversation"], "--policy", "secrets-only"],
                   out["text"], tmp_path=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.decode() == text
    assert b"restored 1 placeholder" in restored.stderr


def test_jsonl_batch_gives_each_line_its_own_conversation(tmp_path):
    lines = "\n".join(json.dumps({"id": i, "text": f"user{i}@example.com key {SECRET}"}) for i in range(50))
    result = cli(["redact", "--policy", "default", "--jsonl"], lines, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [row["id"] for row in rows] == list(range(50))
    assert len({row["conversation"] for row in rows}) == 50
    for row in rows:
        assert "@example.com" not in row["text"] and SECRET not in row["text"]
        assert row["text"].startswith("[[EMAIL_1]]")


def test_detect_masks_values_in_human_and_json_output(tmp_path):
    text = f"aws_access_key_id = {SECRET}\n"
    human = cli(["detect", "--policy", "secrets-only"], text, tmp_path=tmp_path)
    assert human.returncode == 0
    assert SECRET.encode() not in human.stdout and b"AWS_ACCESS_KEY" in human.stdout
    machine = cli(["detect", "--policy", "secrets-only", "--json"], text, tmp_path=tmp_path)
    findings = json.loads(machine.stdout)["findings"]
    assert findings and findings[0]["line"] == 1 and SECRET not in machine.stdout.decode()


@pytest.mark.parametrize("args,stdin,message", [
    (["redact"], b"", "empty input"),
    (["redact"], b"\xff\xfe bad", "not valid UTF-8"),
    (["redact", "--policy", "/nonexistent/p.yaml"], b"x", "policy file not found"),
    (["redact", "--jsonl"], b"not json\n", "line 1: not valid JSON"),
    (["detect", "--policy", "nope-such-policy"], b"x", "policy file not found"),
])
def test_bad_input_gives_one_clear_line_and_nonzero_exit(args, stdin, message, tmp_path):
    result = cli(args, stdin, tmp_path=tmp_path)
    assert result.returncode != 0
    stderr = result.stderr.decode()
    assert message in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_wrong_vault_key_is_a_clear_error(tmp_path):
    first = cli(["redact", "--policy", "secrets-only"], f"key {SECRET}", tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    (tmp_path / "vault.key").unlink()
    second = cli(["redact", "--policy", "secrets-only"], f"key {SECRET}", tmp_path=tmp_path)
    assert second.returncode != 0
    assert b"Traceback" not in second.stderr
    assert b"key" in second.stderr.lower()


@pytest.mark.parametrize("args,message", [
    (["no-such-command"], "No such command"),
    (["redact", "--no-such-option"], "No such option"),
])
def test_usage_errors_are_one_clear_line_with_exit_code_2(args, message, tmp_path):
    result = cli(args, b"", tmp_path=tmp_path)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr and "internal error" not in stderr and "Traceback" not in stderr


def test_every_command_is_listed_in_help(tmp_path):
    result = cli(["--help"], b"", tmp_path=tmp_path)
    assert result.returncode == 0
    for command in ("redact", "restore", "detect", "serve", "mcp", "audit", "bench", "budget", "policy"):
        assert command in result.stdout.decode()


def test_restore_with_an_unknown_conversation_fails_instead_of_restoring_nothing(tmp_path):
    result = cli(["restore", "--conversation", "cli:not-a-conversation"], "reply [[EMAIL_1]]\n", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"unknown conversation 'cli:not-a-conversation'" in result.stderr
