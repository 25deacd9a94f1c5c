"""Security controls: the proxy token check, and private key, vault and audit files.

The token decision is made by `hmac.compare_digest` alone (shown by spying on
it and by forcing its answer, not by timing). `redactor serve` creates the
vault key file 0600 in a 0700 directory whatever the umask, keeps the vault
and audit files private, and refuses a key file others may read, with one
clear line and a non-zero exit.
"""
from __future__ import annotations

import hmac
import os
import stat
import subprocess
import sys

import httpx
import pytest

import redactor.server.auth as auth_module
from redactor.server import create_app
from tests.fault_support import REPO_ROOT, ProxyProcess
from tests.upstream_server import (EMAIL, MODEL, TEST_POLICY, LoopbackServer, closed_port,
                                   make_pipeline)

TOKEN = "proxy-token-4c1e9b7f2a"
BODY = {"model": MODEL, "messages": [{"role": "user", "content": f"hi {EMAIL}"}]}


@pytest.fixture(scope="module")
def proxy(upstream):
    app = create_app(make_pipeline(), upstream.url + "/v1", upstream.url, token=TOKEN,
                     openai_api_key="sk-env-key")
    with LoopbackServer(app) as server:
        yield server.url


@pytest.fixture(autouse=True)
def _fresh(upstream):
    upstream.reset()


class _Spy:
    """Stands in for hmac.compare_digest: records each call, answers like it (or as forced)."""

    def __init__(self, forced: bool | None = None) -> None:
        self.calls: list[tuple[bytes, bytes]] = []
        self.forced = forced

    def __call__(self, a, b) -> bool:
        self.calls.append((a, b))
        return _REAL_COMPARE_DIGEST(a, b) if self.forced is None else self.forced


_REAL_COMPARE_DIGEST = hmac.compare_digest


_PLACEMENTS = {
    "token header": {"x-redactor-token": TOKEN, "authorization": "Bearer sk-client"},
    "bearer": {"authorization": f"Bearer {TOKEN}"},
    "x-api-key": {"x-api-key": TOKEN},
}


@pytest.mark.parametrize("placement", sorted(_PLACEMENTS))
def test_the_proxy_token_is_checked_with_compare_digest(proxy, upstream, monkeypatch, placement):
    spy = _Spy()
    monkeypatch.setattr(auth_module.hmac, "compare_digest", spy)
    reply = httpx.post(proxy + "/v1/chat/completions", json=BODY, headers=_PLACEMENTS[placement], timeout=20)
    assert reply.status_code == 200
    # The accepted token was compared as bytes against the configured one, in constant time.
    assert (TOKEN.encode(), TOKEN.encode()) in spy.calls
    assert all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in spy.calls)


def test_the_token_decision_is_compare_digests_alone(proxy, upstream, monkeypatch):
    """Forced to say 'different', the right token is refused: no other comparison lets it in."""
    monkeypatch.setattr(auth_module.hmac, "compare_digest", _Spy(forced=False))
    for headers in _PLACEMENTS.values():
        reply = httpx.post(proxy + "/v1/chat/completions", json=BODY, headers=headers, timeout=20)
        assert reply.status_code == 401
    assert not upstream.requests


def test_a_wrong_token_is_refused_without_echoing_it_and_nothing_is_sent(proxy, upstream, monkeypatch):
    spy = _Spy()
    monkeypatch.setattr(auth_module.hmac, "compare_digest", spy)
    wrong = TOKEN[:-1] + "X"
    for headers in ({"x-redactor-token": wrong}, {"authorization": f"Bearer {wrong}"}, {"x-api-key": wrong}, {}):
        reply = httpx.post(proxy + "/v1/chat/completions", json=BODY, headers=headers, timeout=20)
        assert reply.status_code == 401 and reply.json()["error"]["code"] == "redactor_unauthorized"
        assert wrong not in reply.text and TOKEN not in reply.text
    assert spy.calls and all(a == wrong.encode() for a, _ in spy.calls)
    assert not upstream.requests


def test_the_proxy_token_never_reaches_the_upstream(proxy, upstream):
    for headers in _PLACEMENTS.values():
        assert httpx.post(proxy + "/v1/chat/completions", json=BODY, headers=headers, timeout=20).status_code == 200
    assert len(upstream.requests) == 3
    assert TOKEN.encode() not in upstream.raw_bytes


def test_the_proxy_token_is_stripped_from_every_header_that_carries_it(proxy, upstream):
    carriers = [
        {"authorization": f"Bearer {TOKEN}", "x-api-key": TOKEN},
        {"x-redactor-token": TOKEN, "x-api-key": TOKEN, "authorization": f"Bearer {TOKEN}"},
        {"x-api-key": TOKEN, "api-key": TOKEN, "x-goog-api-key": f"{TOKEN}"},
        {"x-redactor-token": TOKEN, "x-custom-auth": f"token={TOKEN}; scope=all"},
    ]
    for headers in carriers:
        assert httpx.post(proxy + "/v1/chat/completions", json=BODY, headers=headers, timeout=20).status_code == 200
    assert len(upstream.requests) == len(carriers)
    assert TOKEN.encode() not in upstream.raw_bytes
    for request in upstream.requests:
        assert not any(TOKEN in value for value in request.headers.values())
        # Having consumed the client's headers, the proxy uses the key from its environment.
        assert request.headers.get("authorization") == "Bearer sk-env-key"


def test_a_client_key_sent_next_to_the_token_is_still_forwarded(proxy, upstream):
    reply = httpx.post(proxy + "/v1/chat/completions", json=BODY, timeout=20,
                       headers={"x-redactor-token": TOKEN, "authorization": "Bearer sk-client"})
    assert reply.status_code == 200
    assert upstream.requests[-1].headers.get("authorization") == "Bearer sk-client"


# -- key, vault and audit files --------------------------------------------------------------------------

def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _serve(tmp_path, key_file, vault, audit=None, umask: int = 0o022) -> ProxyProcess:
    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY)
    nowhere = f"http://127.0.0.1:{closed_port()}"
    args = ["--policy", str(policy), "--vault", f"sqlite:///{vault}", "--log-level", "warning",
            "--upstream-openai", nowhere + "/v1", "--upstream-anthropic", nowhere]
    if audit is not None:
        args += ["--audit-log", str(audit)]
    # A permissive umask must not make any of the files it creates readable by others.
    prelude = f"import os\nos.umask({umask:#o})"
    return ProxyProcess(tmp_path, args, env={"REDACTOR_VAULT_KEY_FILE": str(key_file)}, prelude=prelude)


def test_serve_creates_a_private_key_file_vault_and_audit_log_even_with_umask_000(tmp_path):
    key_file = tmp_path / "config" / "vault.key"
    vault = tmp_path / "data" / "vault.db"
    audit = tmp_path / "logs" / "audit.jsonl"
    proxy = _serve(tmp_path, key_file, vault, audit, umask=0o000)
    proxy.start()
    try:
        assert httpx.post(proxy.url + "/v1/chat/completions", json=BODY, timeout=20).status_code == 502
    finally:
        proxy.stop()
    assert _mode(key_file) == 0o600 and _mode(key_file.parent) == 0o700
    assert _mode(vault) == 0o600 and _mode(vault.parent) == 0o700
    for companion in (vault.with_name(vault.name + "-wal"), vault.with_name(vault.name + "-shm")):
        if companion.exists():
            assert _mode(companion) & 0o077 == 0, f"{companion.name} is readable by others"
    assert _mode(audit) == 0o600
    assert len(key_file.read_text().strip()) == 44  # 32 random bytes, base64


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_serve_refuses_a_key_file_others_can_read_with_one_clear_line(tmp_path, mode):
    key_file = tmp_path / "vault.key"
    key_file.write_text("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n")
    os.chmod(key_file, mode)
    proxy = _serve(tmp_path, key_file, tmp_path / "vault.db")
    proxy.start(expect_ready=False)
    assert proxy.wait_exit(60) != 0
    error = proxy.stderr().strip()
    assert error.count("\n") == 0 and "Traceback" not in error
    assert error.startswith("redactor: refusing to use the vault key file")
    assert f"(mode {mode:04o})" in error and f"chmod 600 {key_file}" in error
    assert not (tmp_path / "vault.db").exists() or (tmp_path / "vault.db").stat().st_size == 0


def test_the_cli_refuses_a_world_readable_key_file_too(tmp_path):
    key_file = tmp_path / "vault.key"
    key_file.write_text("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n")
    os.chmod(key_file, 0o644)
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    env.update(PYTHONPATH=str(REPO_ROOT), REDACTOR_VAULT_KEY_FILE=str(key_file))
    done = subprocess.run([sys.executable, "-m", "redactor.cli", "redact", "--vault", f"sqlite:///{tmp_path}/v.db"],
                          input=f"mail {EMAIL}".encode(), capture_output=True, cwd=REPO_ROOT, env=env, timeout=60)
    assert done.returncode != 0
    assert "refusing to use the vault key file" in done.stderr.decode() and not done.stdout


def test_access_log_never_prints_query_strings_or_path_segments_a_client_chose(tmp_path):
    # A query string (?key=...) or a path segment (/v1/files/<secret>) can carry a credential:
    # the access log names the endpoint only.
    canary = "AIzaSyQueryStringCanary0123456789abcdef"
    key_file = tmp_path / "vault.key"
    proxy = _serve(tmp_path, key_file, tmp_path / "vault.db")
    proxy.args[proxy.args.index("warning")] = "info"
    proxy.start(timeout=90)
    try:
        response = httpx.get(f"{proxy.url}/v1/models?key={canary}", timeout=10)
        assert response.status_code == 403  # a key in the query string blocks the request (issue 13)
        httpx.get(f"{proxy.url}/healthz?probe={canary}", timeout=10)
        assert httpx.get(f"{proxy.url}/v1/files/{canary}", timeout=10).status_code == 404
        httpx.get(f"{proxy.url}/v1/models/{canary}", timeout=10)
        httpx.post(f"{proxy.url}/{canary}/chat", timeout=10)
    finally:
        proxy.stop()
    output = proxy.stdout() + proxy.stderr()
    # The access log is on and saw each request, by endpoint.
    for logged in ('"GET /v1/models?…', '"GET /healthz?…', '"GET /… HTTP', '"GET /v1/models/…',
                   '"POST /…'):
        assert logged in output, output[-2000:]
    assert canary not in output
