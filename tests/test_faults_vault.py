"""Vault faults: a locked or full SQLite file, Redis restarted or down, a wrong key.

The proxy must refuse to send rather than send unredacted: a 503 in the
client's API format naming the vault and the cause, nothing at the upstream.
Mappings made before a Redis restart stay restorable after it, and a vault
that waits (lock, retries) must not freeze the other requests the proxy serves.
"""
from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from redactor.policy import parse_policy
from redactor.runtime import build_pipeline
from redactor.server import create_app
from redactor.vault import SqliteVault, VaultError
from redactor.vault.redis import RedisVault
from tests.fault_support import REPO_ROOT, ScriptedUpstream, model_reply
from tests.redis_server import RedisServer, redis_server  # noqa: F401  (fixture)
from tests.upstream_server import (
    AWS_KEY,
    EMAIL,
    GITHUB_TOKEN,
    MODEL,
    OTHER_EMAIL,
    TEST_POLICY,
    LoopbackServer,
    assert_no_seed_in,
    reply_text,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
CONVERSATION = {"x-redactor-conversation": "vault-faults-1"}
PROMPT = f"Use {AWS_KEY} and write to {EMAIL}."


@pytest.fixture(scope="module")
def upstream():
    with ScriptedUpstream() as server:
        yield server


@pytest.fixture(autouse=True)
def _nothing_unredacted_reaches_the_upstream(upstream):
    upstream.reset()
    upstream.handler = lambda request: model_reply(request, reply_text(request.placeholders))
    yield
    assert_no_seed_in(upstream.raw_bytes)


def _proxy(upstream: ScriptedUpstream, vault) -> LoopbackServer:
    pipeline = build_pipeline(parse_policy(TEST_POLICY), vault=vault, conversation_key=b"vault-faults" * 3)
    return LoopbackServer(create_app(pipeline, upstream.url + "/v1", upstream.url))


def _chat(url: str, content: str, stream: bool = False, headers: dict | None = None) -> httpx.Response:
    body = {"model": MODEL, "stream": stream, "messages": [{"role": "user", "content": content}]}
    return httpx.post(url + "/v1/chat/completions", json=body, headers=headers or CONVERSATION, timeout=20)


def _all_apis_refuse(url: str, content: str, expected: str) -> None:
    """Every text endpoint, whole and streamed, answers 503 naming `expected`, in its own format."""
    oai = openai.OpenAI(api_key="sk-test", base_url=url + "/v1", max_retries=0, timeout=20,
                        default_headers=CONVERSATION)
    claude = anthropic.Anthropic(api_key="sk-ant", base_url=url, max_retries=0, timeout=20,
                                 default_headers=CONVERSATION)
    calls = [
        lambda: oai.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": content}]),
        lambda: list(oai.chat.completions.create(model=MODEL, stream=True,
                                                 messages=[{"role": "user", "content": content}])),
        lambda: oai.responses.create(model=MODEL, input=content),
        lambda: list(oai.responses.create(model=MODEL, input=content, stream=True)),
        lambda: oai.embeddings.create(model=MODEL, input=[content]),
        lambda: claude.messages.create(model=MODEL, max_tokens=8, messages=[{"role": "user", "content": content}]),
        lambda: list(claude.messages.create(model=MODEL, max_tokens=8, stream=True,
                                            messages=[{"role": "user", "content": content}])),
        lambda: claude.messages.count_tokens(model=MODEL, messages=[{"role": "user", "content": content}]),
    ]
    for call in calls:
        with pytest.raises((openai.APIStatusError, anthropic.APIStatusError)) as caught:
            call()
        assert caught.value.status_code == 503
        message = str(caught.value)
        assert "vault unavailable" in message and expected in message, message


def _healthz_latency_while(url: str, blocking_call) -> float:
    """How long /healthz takes while `blocking_call` (a request stuck on the vault) is in flight."""
    worker = threading.Thread(target=blocking_call)
    worker.start()
    time.sleep(0.3)  # let the blocked request reach the vault
    started = time.monotonic()
    assert httpx.get(url + "/healthz", timeout=20).status_code == 200
    latency = time.monotonic() - started
    worker.join(timeout=30)
    return latency


# -- SQLite ------------------------------------------------------------------------------------

class _LockHolder:
    """Another process holding an EXCLUSIVE lock on the vault file until told to let go."""

    def __init__(self, path: Path) -> None:
        code = ("import sqlite3, sys\n"
                f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
                "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n"
                "c.execute('ROLLBACK')\n")
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.process.stdout.readline().strip() == b"locked"

    def release(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def test_a_vault_locked_by_another_process_refuses_every_api_with_503_and_recovers(upstream, tmp_path):
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY, busy_timeout_ms=200)
    with _proxy(upstream, vault) as server:
        holder = _LockHolder(path)
        try:
            _all_apis_refuse(server.url, PROMPT, f"the SQLite vault at {path} is locked by another process")
            assert not upstream.requests
        finally:
            holder.release()
        # The lock is gone: the same request is redacted, sent and restored.
        reply = _chat(server.url, PROMPT)
        assert reply.status_code == 200 and AWS_KEY in reply.text and EMAIL in reply.text
        assert upstream.requests[-1].placeholders == ["[[AWS_ACCESS_KEY_1]]", "[[EMAIL_1]]"]
    vault.close()


def test_a_vault_waiting_for_a_lock_delays_other_requests_at_most_by_its_busy_timeout(upstream, tmp_path):
    """Small requests are prepared on the event loop (see ProxyService._inline_prepare_bytes),
    so a lock wait can delay the others, but never for longer than the vault's busy timeout."""
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY, busy_timeout_ms=1000)
    with _proxy(upstream, vault) as server:
        holder = _LockHolder(path)
        try:
            replies = []
            latency = _healthz_latency_while(server.url, lambda: replies.append(_chat(server.url, PROMPT)))
        finally:
            holder.release()
    vault.close()
    assert replies[0].status_code == 503
    assert latency < 2.0, f"/healthz waited {latency:.2f} s behind a request blocked on the vault"


def test_a_full_vault_refuses_new_values_but_still_restores_earlier_ones(upstream, tmp_path):
    vault = SqliteVault(tmp_path / "vault.db", KEY, max_size_bytes=96 * 1024)
    with _proxy(upstream, vault) as server:
        first = _chat(server.url, PROMPT)
        assert first.status_code == 200 and EMAIL in first.text
        with pytest.raises(VaultError, match="full"):
            for batch in range(500):  # fill the file up to its cap from another conversation
                vault.assign("filler", [("SECRET", f"filler-{batch}-{k}-" + "x" * 300) for k in range(10)])
        upstream.reset()
        refused = _chat(server.url, f"now also {OTHER_EMAIL} and {GITHUB_TOKEN}")
        assert refused.status_code == 503
        assert "cannot grow: database or disk is full" in refused.json()["error"]["message"]
        assert not upstream.requests
        # A turn with nothing new to store still works, and a reply naming the earlier
        # placeholders is restored from the full vault.
        upstream.handler = lambda request: model_reply(request, "You sent [[EMAIL_1]] and [[AWS_ACCESS_KEY_1]].")
        later = _chat(server.url, "what did I send you?")
        assert later.status_code == 200
        assert later.json()["choices"][0]["message"]["content"] == f"You sent {EMAIL} and {AWS_KEY}."
    vault.close()


def test_a_tampered_vault_row_is_refused_not_restored(upstream, tmp_path):
    import sqlite3

    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY)
    with _proxy(upstream, vault) as server:
        assert _chat(server.url, PROMPT).status_code == 200
    vault.close()
    # Swap the ciphertexts of the two entries: each now sits in the other's row.
    connection = sqlite3.connect(path, isolation_level=None)
    rows = connection.execute("SELECT conversation_id, value_index, ciphertext FROM entries").fetchall()
    assert len(rows) == 2
    for (conversation, index, _), (_, _, ciphertext) in zip(rows, reversed(rows)):
        connection.execute("UPDATE entries SET ciphertext = ? WHERE conversation_id = ? AND value_index = ?",
                           (ciphertext, conversation, index))
    connection.close()
    reopened = SqliteVault(path, KEY)
    with _proxy(upstream, reopened) as server:
        upstream.reset()
        upstream.handler = lambda request: model_reply(request, "You sent [[EMAIL_1]].")
        reply = _chat(server.url, "what did I send you?")
    reopened.close()
    assert reply.status_code == 503
    assert "failed authentication (corrupted or tampered)" in reply.json()["error"]["message"]
    assert not upstream.requests


# -- Redis -------------------------------------------------------------------------------------

def _redis_vault(server: RedisServer, retry_seconds: float = 0.5) -> RedisVault:
    return RedisVault.from_url(server.url, KEY, retry_seconds=retry_seconds)


def test_mappings_made_before_a_redis_restart_are_restored_after_it(upstream, redis_server):
    SAME_CLIENT = CONVERSATION | {"authorization": "Bearer sk-test"}  # the key the SDK clients below send
    vault = _redis_vault(redis_server, retry_seconds=1.0)
    with _proxy(upstream, vault) as server:
        oai = openai.OpenAI(api_key="sk-test", base_url=server.url + "/v1", max_retries=0, timeout=20,
                            default_headers=CONVERSATION)
        first = oai.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": PROMPT}])
        issued = upstream.requests[-1].placeholders
        assert issued == ["[[AWS_ACCESS_KEY_1]]", "[[EMAIL_1]]"] and EMAIL in first.choices[0].message.content

        redis_server.stop()
        # While Redis is down: refused, nothing sent.
        upstream.reset()
        down = _chat(server.url, f"meanwhile {OTHER_EMAIL}")
        assert down.status_code == 503 and f"the Redis vault at 127.0.0.1:{redis_server.port}/0 is unreachable" in down.text
        assert not upstream.requests
        redis_server.start()

        # The model names placeholders issued before the restart; the client gets the values.
        upstream.handler = lambda request: model_reply(request, "Done: [[EMAIL_1]] with [[AWS_ACCESS_KEY_1]].")
        streamed = "".join(chunk.choices[0].delta.content or "" for chunk in oai.chat.completions.create(
            model=MODEL, stream=True, messages=[{"role": "user", "content": "did it work?"}]) if chunk.choices)
        assert streamed == f"Done: {EMAIL} with {AWS_KEY}."
        # The same client (its API key is part of the conversation's identity) on another API.
        claude = anthropic.Anthropic(api_key="sk-test", base_url=server.url, max_retries=0, timeout=20,
                                     default_headers=CONVERSATION)
        message = claude.messages.create(model=MODEL, max_tokens=8,
                                         messages=[{"role": "user", "content": "did it work?"}])
        assert message.content[0].text == f"Done: {EMAIL} with {AWS_KEY}."
        # Another API key naming the same conversation header is another conversation: no values.
        foreign = anthropic.Anthropic(api_key="sk-other", base_url=server.url, max_retries=0, timeout=20,
                                      default_headers=CONVERSATION)
        message = foreign.messages.create(model=MODEL, max_tokens=8,
                                          messages=[{"role": "user", "content": "did it work?"}])
        assert message.content[0].text == "Done: [[EMAIL_1]] with [[AWS_ACCESS_KEY_1]]."
        # Numbering continues where it was: the old value keeps its placeholder, a new one gets the next.
        upstream.handler = lambda request: model_reply(request, reply_text(request.placeholders))
        _chat(server.url, f"{EMAIL} and {AWS_KEY} and {OTHER_EMAIL}", headers=SAME_CLIENT)
        assert (upstream.requests[-1].json["messages"][0]["content"]
                == "[[EMAIL_1]] and [[AWS_ACCESS_KEY_1]] and [[EMAIL_2]]")
    vault.close()
    # Another replica, with nothing cached, restores them from Redis too.
    replica_vault = _redis_vault(redis_server)
    with _proxy(upstream, replica_vault) as replica:
        upstream.handler = lambda request: model_reply(request, "[[EMAIL_2]] / [[EMAIL_1]]")
        reply = _chat(replica.url, "and now?", headers=SAME_CLIENT)
        assert reply.json()["choices"][0]["message"]["content"] == f"{OTHER_EMAIL} / {EMAIL}"
    replica_vault.close()


def test_redis_down_refuses_every_api_with_503_naming_the_vault(upstream, redis_server):
    vault = _redis_vault(redis_server, retry_seconds=0.2)
    with _proxy(upstream, vault) as server:
        redis_server.stop()
        _all_apis_refuse(server.url, PROMPT, f"the Redis vault at 127.0.0.1:{redis_server.port}/0 is unreachable")
    vault.close()
    assert not upstream.requests


def test_redis_down_does_not_freeze_the_other_requests(upstream, redis_server):
    vault = _redis_vault(redis_server, retry_seconds=2.5)
    with _proxy(upstream, vault) as server:
        redis_server.stop()
        replies = []
        latency = _healthz_latency_while(server.url, lambda: replies.append(_chat(server.url, PROMPT)))
    vault.close()
    assert replies[0].status_code == 503
    assert latency < 1.0, f"/healthz waited {latency:.2f} s behind a request blocked on Redis"
    assert not upstream.requests


def _serve_fails(vault_url: str, key: bytes) -> str:
    """Run `redactor serve` on `vault_url` with `key`; it must exit non-zero at once. Returns stderr."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    env.update(PYTHONPATH=str(REPO_ROOT), REDACTOR_VAULT_KEY=base64.b64encode(key).decode())
    done = subprocess.run([sys.executable, "-m", "redactor.cli", "serve", "--policy", "default", "--port", "0",
                           "--vault", vault_url, "--log-level", "debug"], cwd=REPO_ROOT, env=env,
                          capture_output=True, timeout=60)
    error = done.stderr.decode()
    assert done.returncode != 0, "the proxy started"
    # One clear line, never a traceback.
    assert error.startswith("redactor: ") and error.strip().count("\n") == 0 and "Traceback" not in error, error
    return error


def test_serve_refuses_to_start_when_redis_is_down(redis_server):
    redis_server.stop()
    error = _serve_fails(redis_server.url, KEY)
    assert f"the Redis vault at 127.0.0.1:{redis_server.port}/0 is unreachable" in error


# -- wrong key -----------------------------------------------------------------------------------

def test_serve_refuses_a_sqlite_vault_created_with_another_key(tmp_path):
    path = tmp_path / "vault.db"
    SqliteVault(path, KEY).close()
    error = _serve_fails(f"sqlite:///{path}", OTHER_KEY)
    assert f"the vault at {path} was created with a different key" in error


def test_serve_refuses_a_redis_vault_created_with_another_key(redis_server):
    RedisVault.from_url(redis_server.url, KEY).close()
    error = _serve_fails(redis_server.url, OTHER_KEY)
    assert "was created with a different key" in error


def test_a_pipeline_opened_with_the_wrong_key_never_serves(tmp_path):
    path = tmp_path / "vault.db"
    SqliteVault(path, KEY).close()
    with pytest.raises(VaultError, match="created with a different key"):
        SqliteVault(path, OTHER_KEY)


# -- readiness and a damaged WAL index --------------------------------------------------------------


def _wait_for_readyz(url: str, status: int, timeout: float = 10.0) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        started = time.monotonic()
        reply = httpx.get(url + "/readyz", timeout=10)
        assert time.monotonic() - started < 2.0, "/readyz must answer at once, whatever the vault does"
        if reply.status_code == status or time.monotonic() > deadline:
            return reply
        time.sleep(0.1)


def test_readyz_says_503_while_a_locked_vault_would_refuse_requests_and_200_after(upstream, tmp_path):
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY, busy_timeout_ms=3000)
    with _proxy(upstream, vault) as server:
        assert _wait_for_readyz(server.url, 200).status_code == 200
        holder = _LockHolder(path)
        try:
            refused = _wait_for_readyz(server.url, 503)
            assert refused.status_code == 503
            report = refused.json()
            assert report["ready"] is False and report["vault"]["kind"] == "sqlite"
            assert report["vault"]["ok"] is False and str(tmp_path) not in refused.text
            assert httpx.get(server.url + "/healthz", timeout=10).status_code == 200  # still alive
        finally:
            holder.release()
        assert _wait_for_readyz(server.url, 200).status_code == 200
    vault.close()


def test_readyz_says_503_while_redis_is_down_and_200_once_it_is_back(upstream, redis_server):
    vault = _redis_vault(redis_server, retry_seconds=0.2)
    with _proxy(upstream, vault) as server:
        assert _wait_for_readyz(server.url, 200).status_code == 200
        redis_server.stop()
        refused = _wait_for_readyz(server.url, 503)
        assert refused.status_code == 503 and refused.json()["vault"]["kind"] == "redis"
        redis_server.start()
        assert _wait_for_readyz(server.url, 200, timeout=20).status_code == 200
    vault.close()


def test_a_truncated_wal_index_costs_one_worker_restart_and_no_mapping(upstream, tmp_path):
    """SQLite memory-maps the WAL index (-shm); truncating it under a running server makes the next
    access fault with SIGBUS. `serve` on a SQLite vault runs a supervised worker that is restarted,
    and the conversation's earlier placeholders are still restored afterwards."""
    from tests.fault_support import ProxyProcess

    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY)
    vault = tmp_path / "vault.db"
    proxy = ProxyProcess(tmp_path, ["--policy", str(policy), "--vault", f"sqlite:///{vault}", "--log-level", "warning",
                                    "--upstream-openai", upstream.url + "/v1", "--upstream-anthropic", upstream.url],
                         env={"REDACTOR_VAULT_KEY_FILE": str(tmp_path / "vault.key")})
    proxy.start(timeout=90)
    try:
        before = _chat(proxy.url, f"Use {AWS_KEY}.")
        assert before.status_code == 200 and AWS_KEY in before.text
        shm = Path(f"{vault}-shm")
        assert shm.exists() and shm.stat().st_size > 0
        os.truncate(shm, 0)
        outcomes = []
        deadline = time.monotonic() + 90
        while not outcomes or outcomes[-1] != 200:
            assert time.monotonic() < deadline, f"never served again: {outcomes} {proxy.stderr()[-1500:]}"
            try:
                reply = _chat(proxy.url, f"Now {EMAIL}, and again {AWS_KEY}.")
                outcomes.append(reply.status_code)
            except httpx.TransportError:
                outcomes.append("connection lost")
                time.sleep(0.2)
        assert proxy.process.poll() is None
        assert "was killed by SIGBUS; restarting it" in proxy.stderr()
        # Same conversation: the value issued before the damage keeps its placeholder and is restored.
        assert upstream.requests[-1].placeholders == ["[[EMAIL_1]]", "[[AWS_ACCESS_KEY_1]]"]
        assert AWS_KEY in reply.text and EMAIL in reply.text
    finally:
        proxy.stop()
