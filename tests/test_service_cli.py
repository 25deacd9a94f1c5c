"""Operating the services: `serve` and `mcp` from the environment alone, a start-up line that says
what runs, a taken port reported before anything loads, `-h` and `--version` on every command."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.fault_support import free_port
from tests.upstream_server import AWS_KEY, EMAIL, TEST_POLICY, assert_no_seed_in

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "proxy-token-" + "4f9a1c"


def _base_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("REDACTOR_") and k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    env["PYTHONPATH"] = str(ROOT)
    env["REDACTOR_VAULT_KEY_FILE"] = str(tmp_path / "vault.key")
    return env


def _run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redactor.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=ROOT)


def test_serve_runs_from_environment_variables_only_and_says_what_it_runs(upstream, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY)
    port = free_port()
    env = _base_env(tmp_path) | {
        "REDACTOR_POLICY": str(policy),
        "REDACTOR_PORT": str(port),
        "REDACTOR_UPSTREAM_OPENAI": upstream.url + "/v1",
        "REDACTOR_UPSTREAM_ANTHROPIC": upstream.url,
        "REDACTOR_VAULT_URL": "memory://",
        "REDACTOR_TOKEN": TOKEN,
        "REDACTOR_LOG_LEVEL": "warning",
        "REDACTOR_MAX_BODY_MB": "1",
    }
    stderr_path = tmp_path / "serve.stderr"
    with open(stderr_path, "wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "redactor.cli", "serve"], env=env, cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, stderr_path.read_text()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, stderr_path.read_text()
            time.sleep(0.1)
        base_url = f"http://127.0.0.1:{port}/v1"
        refused = httpx.post(base_url + "/chat/completions", json={"model": "m", "messages": []})
        assert refused.status_code == 401  # REDACTOR_TOKEN was read
        client = openai.OpenAI(api_key="sk-client", base_url=base_url, max_retries=0,
                               default_headers={"x-redactor-token": TOKEN})
        reply = client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": f"mail {EMAIL} key {AWS_KEY}"}])
        assert EMAIL in reply.choices[0].message.content
        assert_no_seed_in(upstream.raw_bytes)
        too_big = httpx.post(base_url + "/chat/completions", headers={"x-redactor-token": TOKEN},
                             content=b"{" + b" " * (2 * 1024 * 1024) + b"}")
        assert too_big.status_code == 413  # REDACTOR_MAX_BODY_MB was read
    finally:
        process.terminate()
        process.wait(timeout=10)
    startup = [line for line in stderr_path.read_text().splitlines() if line.startswith("redactor serve ")]
    assert len(startup) == 1, stderr_path.read_text()
    line = startup[0]
    for fact in ("policy proxy-test", f"openai {upstream.url}/v1", "vault memory", "token on", "workers 1",
                 f"listening http://127.0.0.1:{port}"):
        assert fact in line, line
    assert TOKEN not in stderr_path.read_text()


def test_startup_line_names_the_vault_kind_never_its_location_or_password(tmp_path):
    from redactor.cli_options import public_url, vault_kind

    assert vault_kind("redis://:hunter2@cache.internal:6379/0") == "redis"
    assert vault_kind(f"sqlite:///{tmp_path}/secret-project/vault.db") == "sqlite"
    assert public_url("https://user:pw@api.example.com/v1?key=abc") == "https://api.example.com/v1"


def test_a_taken_port_is_reported_before_the_policy_or_any_model_loads(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        env = _base_env(tmp_path) | {"REDACTOR_PORT": str(port)}
        # A policy that does not exist: had the policy been loaded first, that would be the error.
        result = _run(["serve", "--policy", str(tmp_path / "missing.yaml")], env)
        assert result.returncode == 2
        assert f"cannot listen on 127.0.0.1:{port}: already in use" in result.stderr
        assert "--port or REDACTOR_PORT" in result.stderr and "Traceback" not in result.stderr
        mcp = _run(["mcp", "--policy", str(tmp_path / "missing.yaml")], env | {"REDACTOR_HTTP": str(port)})
        assert mcp.returncode == 2
        assert "already in use" in mcp.stderr and "--http or REDACTOR_HTTP" in mcp.stderr


def test_mcp_reads_the_same_environment_names_as_serve(tmp_path):
    # REDACTOR_HOST (shared with serve) is read by mcp: a non-loopback host is refused for --http.
    env = _base_env(tmp_path) | {"REDACTOR_HOST": "0.0.0.0", "REDACTOR_HTTP": str(free_port()),
                                 "REDACTOR_POLICY": "secrets-only"}
    result = _run(["mcp"], env)
    assert result.returncode == 2 and "--host 0.0.0.0 is not a loopback address" in result.stderr


COMMANDS = [["redact"], ["restore"], ["detect"], ["serve"], ["mcp"], ["audit"], ["bench"], ["budget"],
            ["policy"], ["policy", "check"], ["policy", "explain"], ["policy", "schema"], ["policy", "kinds"],
            ["policy", "tune"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_short_help_and_flags_show_no_value_type(command, tmp_path):
    result = _run([*command, "-h"], _base_env(tmp_path) | {"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    assert "<bool>" not in result.stdout


@pytest.mark.parametrize("command", [[], ["serve"], ["mcp"]], ids=lambda c: " ".join(c) or "redactor")
def test_version_is_printed_by_the_cli_and_both_services(command, tmp_path):
    from redactor.cli_options import package_version

    result = _run([*command, "--version"], _base_env(tmp_path), timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"redactor {package_version()}"


def test_a_supervised_worker_that_cannot_start_stops_serve_with_its_error_instead_of_restarting(tmp_path):
    # A SQLite vault runs the server in a supervised worker; the models load there.
    policy = tmp_path / "policy.yaml"
    missing = tmp_path / "gone.gguf"
    policy.write_text(TEST_POLICY.replace('url: "memory://"', f'url: "sqlite:///{tmp_path}/vault.db"')
                      + f"routing:\n  backend: {{type: llama, model_path: '{missing}'}}\n")
    started = time.monotonic()
    result = _run(["serve", "--policy", str(policy), "--port", str(free_port())], _base_env(tmp_path), timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"local model file {missing} not found" in result.stderr
    assert "worker 0 exited with status 2 before it could serve" in result.stderr
    assert result.stderr.count("not found") == 1  # not restarted: the same error would only repeat
    assert time.monotonic() - started < 100
