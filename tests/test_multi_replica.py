"""Several proxy replicas sharing one Redis vault and one vault key serve a conversation interchangeably.

Real processes throughout: a `redis-server` on loopback, two
`python -m redactor.cli serve` replicas (one given the vault by --vault and
the key by REDACTOR_VAULT_KEY, the other by REDACTOR_VAULT_URL and a 0600
REDACTOR_VAULT_KEY_FILE; the policy file itself names a memory vault, so
only a working override can make the test pass), a recording upstream, and a
round-robin TCP load balancer in front. Also `serve --workers 2` on one
Redis vault. Skipped, with the reason, when no redis-server is installed.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import string
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.benchmark_scripts import load_benchmark_script
from tests.redis_server import RedisServerUnavailable, start_redis_server
from tests.upstream_server import (
    assert_no_seed_in,
    derive_mapping,
    placeholders_in,
    reply_text,
    restore_with,
)


POLICY = """
name: replica-test
stages: [route, placeholders]
detection:
  ner:
    enabled: false
vault:
  # Overridden by --vault / REDACTOR_VAULT_URL: a memory vault could not be shared.
  url: "memory://"
"""


load_test = load_benchmark_script("load_test")


# -- a round-robin TCP load balancer ----------------------------------------------------------------

class RoundRobinBalancer:
    """Forwards each new TCP connection to the next backend in turn (like nginx/haproxy round robin)."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.connections = {port: 0 for port in backends}
        self._next = itertools.cycle(backends)
        self._loop = asyncio.new_event_loop()
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> "RoundRobinBalancer":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        async def close() -> None:
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        port = next(self._next)
        self.connections[port] += 1
        try:
            backend_reader, backend_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(_pipe(client_reader, backend_writer), _pipe(backend_reader, client_writer))


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except (ConnectionError, OSError):
            pass


# -- the processes -----------------------------------------------------------------------------------

@dataclass
class Replicas:
    a: object  # load_test.ServerProcess
    b: object
    audit_a: Path
    audit_b: Path
    redis_url: str
    key: str
    policy: Path

    def events(self, audit: Path) -> list[dict]:
        return [json.loads(line) for line in audit.read_text().splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def _fresh_upstream(upstream):
    upstream.reset()


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    try:
        server = start_redis_server(tmp_path_factory.mktemp("redis"))
    except RedisServerUnavailable as error:
        pytest.skip(f"multi-replica tests need a working redis-server: {error}")
    try:
        yield server
    finally:
        server.stop()
        server.kill()


@pytest.fixture(scope="module")
def replicas(upstream, redis, tmp_path_factory):
    directory = tmp_path_factory.mktemp("replicas")
    policy = directory / "policy.yaml"
    policy.write_text(POLICY)
    key = load_test.new_vault_key()
    key_file = directory / "vault.key"
    key_file.write_text(key + "\n")
    key_file.chmod(0o600)
    audit_a, audit_b = directory / "audit-a.jsonl", directory / "audit-b.jsonl"
    port_a, port_b = load_test.free_port(), load_test.free_port()
    # Replica A: vault from --vault, key from REDACTOR_VAULT_KEY.
    a = load_test.launch("replica-a", load_test.proxy_command(
        upstream.url, str(policy), port_a, vault_url=redis.url, extra_args=("--audit-log", str(audit_a))),
        port_a, {"REDACTOR_VAULT_KEY": key, "REDACTOR_VAULT_URL": None, "REDACTOR_VAULT_KEY_FILE": None})
    # Replica B: vault from REDACTOR_VAULT_URL, key from a 0600 key file.
    b = load_test.launch("replica-b", load_test.proxy_command(
        upstream.url, str(policy), port_b, extra_args=("--audit-log", str(audit_b))),
        port_b, {"REDACTOR_VAULT_URL": redis.url, "REDACTOR_VAULT_KEY_FILE": str(key_file),
                 "REDACTOR_VAULT_KEY": None})
    try:
        load_test.wait_healthy(a, 60)
        load_test.wait_healthy(b, 60)
        yield Replicas(a, b, audit_a, audit_b, redis.url, key, policy)
    finally:
        a.stop()
        b.stop()


# -- conversations ----------------------------------------------------------------------------------

SYSTEM = "You are a deployment assistant. Keep answers short."


def _random_values(rng: random.Random, tag: str) -> tuple[str, str]:
    email = f"ops.{tag}.{''.join(rng.choices(string.ascii_lowercase, k=6))}@northwind-labs.io"
    aws = "AKIA" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=16))
    return email, aws


def _headers(api_key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {api_key}", "content-type": "application/json"}


def _post(url: str, body: dict, api_key: str, stream: bool) -> str:
    """One request on a fresh connection (so a balancer picks a replica per request); the reply text."""
    body = {**body, "stream": stream}
    with httpx.Client(timeout=30) as client:
        if not stream:
            reply = client.post(url + "/v1/chat/completions", json=body, headers=_headers(api_key))
            assert reply.status_code == 200, reply.text[:300]
            return reply.json()["choices"][0]["message"]["content"]
        text = ""
        with client.stream("POST", url + "/v1/chat/completions", json=body, headers=_headers(api_key)) as reply:
            assert reply.status_code == 200
            for line in reply.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    event = json.loads(line[6:])
                    assert "error" not in event, event
                    text += event["choices"][0]["delta"].get("content") or ""
        return text


def test_a_conversation_moves_between_replicas_and_keeps_its_placeholders(replicas, upstream):
    upstream.with_tool_call = False
    rng = random.Random(1)
    email, aws = _random_values(rng, "move")
    github = "ghp_" + "".join(rng.choices(string.ascii_letters + string.digits, k=36))
    api_key = "sk-replica-client-1"
    first = f"Deploy with key {aws}; page {email} if it fails."
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": first}]

    # Turn 1 on replica A, not streamed.
    reply_1 = _post(replicas.a.url, {"model": "m", "messages": messages}, api_key, stream=False)
    forwarded_1 = upstream.last("/chat/completions").json["messages"]
    mapping_1 = derive_mapping(first, forwarded_1[1]["content"])
    assert set(mapping_1.values()) == {aws, email}
    assert reply_1 == restore_with(mapping_1, reply_text(placeholders_in(forwarded_1[1]["content"])))

    # Turn 2 on replica B, streamed: it must know replica A's placeholders.
    second = f"Now store {github} and tell {email} again."
    messages += [{"role": "assistant", "content": reply_1}, {"role": "user", "content": second}]
    reply_2 = _post(replicas.b.url, {"model": "m", "messages": messages}, api_key, stream=True)
    forwarded_2 = upstream.last("/chat/completions").json["messages"]
    assert forwarded_2[1]["content"] == forwarded_1[1]["content"]  # same placeholders on both replicas
    mapping_2 = derive_mapping(second, forwarded_2[3]["content"])
    assert mapping_2[next(p for p, v in mapping_2.items() if v == email)] == email
    assert {p for p, v in mapping_1.items() if v == email} == {p for p, v in mapping_2.items() if v == email}
    github_placeholder = next(p for p, v in mapping_2.items() if v == github)
    assert github_placeholder not in mapping_1  # a new value never reuses a placeholder
    seen = placeholders_in(upstream.last("/chat/completions").body.decode())
    assert set(mapping_1) <= set(seen)
    # The streamed reply from B restores the placeholders A issued (split across SSE events).
    assert reply_2 == restore_with(mapping_1 | mapping_2, reply_text(seen))
    assert aws in reply_2 and email in reply_2 and github in reply_2 and "[[" not in reply_2
    assert_no_seed_in(upstream.raw_bytes)
    for value in (aws, email, github):
        assert value not in upstream.raw_bytes.decode("utf-8", "replace")

    # Both replicas derived the same conversation id (same vault key -> same HMAC key).
    event_a = replicas.events(replicas.audit_a)[-1]
    event_b = replicas.events(replicas.audit_b)[-1]
    assert event_a["conversation"] and event_a["conversation"] == event_b["conversation"]
    assert (event_a["status"], event_b["status"]) == (200, 200)


def test_conversations_behind_a_round_robin_balancer_restore_only_their_own_values(replicas, upstream):
    upstream.with_tool_call = False
    before = {path: len(replicas.events(path)) for path in (replicas.audit_a, replicas.audit_b)}
    conversations, turns = 8, 3
    with RoundRobinBalancer([replicas.a.port, replicas.b.port]) as balancer:

        def converse(number: int) -> tuple[list[str], list[str]]:
            rng = random.Random(100 + number)
            api_key = f"sk-balanced-{number}"
            messages = [{"role": "system", "content": SYSTEM}]
            sent: list[str] = []
            replies: list[str] = []
            for turn in range(turns):
                email, aws = _random_values(rng, f"c{number}t{turn}")
                sent += [email, aws]
                messages.append({"role": "user", "content": f"Turn {turn}: rotate {aws} and mail {email}."})
                reply = _post(balancer.url, {"model": "m", "messages": messages}, api_key,
                              stream=(number + turn) % 2 == 0)
                replies.append(reply)
                messages.append({"role": "assistant", "content": reply})
            return sent, replies

        with ThreadPoolExecutor(conversations) as pool:
            results = list(pool.map(converse, range(conversations)))
    for number, (sent, replies) in enumerate(results):
        others = {value for other, (values, _) in enumerate(results) if other != number for value in values}
        for turn, reply in enumerate(replies):
            # Every value sent so far, possibly issued by the other replica, comes back...
            assert "[[" not in reply, f"conversation {number} turn {turn}: placeholder left"
            assert all(value in reply for value in sent[:2 * (turn + 1)]), f"conversation {number} turn {turn}"
            # ...and never a value of another conversation.
            assert not [value for value in others if value in reply], f"conversation {number}: foreign value"
    # Every turn is its own connection: the balancer alternated between the replicas.
    assert balancer.connections[replicas.a.port] == balancer.connections[replicas.b.port] == conversations * turns // 2
    assert_no_seed_in(upstream.raw_bytes)
    raw = upstream.raw_bytes.decode("utf-8", "replace")
    assert not [value for sent, _ in results for value in sent if value in raw]
    # One id per conversation whichever replica served a turn: 8 ids in all.
    new_a = replicas.events(replicas.audit_a)[before[replicas.audit_a]:]
    new_b = replicas.events(replicas.audit_b)[before[replicas.audit_b]:]
    ids_a = {event["conversation"] for event in new_a}
    ids_b = {event["conversation"] for event in new_b}
    assert len(new_a) + len(new_b) == conversations * turns
    assert len(ids_a | ids_b) == conversations and ids_a & ids_b
    assert all(event["status"] == 200 for event in new_a + new_b)


def test_a_replica_with_another_key_refuses_to_start_on_the_shared_vault(replicas):
    wrong_key = load_test.new_vault_key()
    port = load_test.free_port()
    server = load_test.launch("replica-wrong-key", load_test.proxy_command(
        "http://127.0.0.1:9", str(replicas.policy), port, vault_url=replicas.redis_url), port,
        {"REDACTOR_VAULT_KEY": wrong_key})
    try:
        returncode = server.process.wait(timeout=60)
        error = server.stderr_text()
    finally:
        server.stop()
    assert returncode == 2
    assert error.count("\n") == 1 and "different key" in error
    assert wrong_key not in error and replicas.key not in error


def test_serve_with_workers_refuses_a_memory_vault(replicas):
    port = load_test.free_port()
    server = load_test.launch("workers-memory", load_test.proxy_command(
        "http://127.0.0.1:9", str(replicas.policy), port, vault_url="memory://", workers=2), port)
    try:
        returncode = server.process.wait(timeout=60)
        error = server.stderr_text()
    finally:
        server.stop()
    assert returncode == 2
    assert error.count("\n") == 1 and "--workers needs a vault the workers share" in error


def test_serve_with_two_workers_on_one_redis_vault_serves_one_conversation_on_fresh_connections(
        replicas, upstream):
    upstream.with_tool_call = False
    port = load_test.free_port()
    server = load_test.launch("workers", load_test.proxy_command(
        upstream.url, str(replicas.policy), port, vault_url=replicas.redis_url, workers=2), port,
        {"REDACTOR_VAULT_KEY": replicas.key})
    try:
        load_test.wait_healthy(server, 60)
        workers = load_test.process_tree(server.pid)[1:]
        assert len([pid for pid in workers if "spawn_main" in _command_line(pid)]) == 2
        rng = random.Random(7)
        api_key = "sk-workers-client"
        messages = [{"role": "system", "content": SYSTEM}]
        sent: list[str] = []
        for turn in range(6):  # fresh connection each turn: SO_REUSEPORT spreads them over both workers
            email, aws = _random_values(rng, f"w{turn}")
            sent += [email, aws]
            messages.append({"role": "user", "content": f"Turn {turn}: rotate {aws} and mail {email}."})
            reply = _post(server.url, {"model": "m", "messages": messages}, api_key, stream=turn % 2 == 1)
            assert "[[" not in reply and all(value in reply for value in sent)
            messages.append({"role": "assistant", "content": reply})
        assert_no_seed_in(upstream.raw_bytes)
        assert not [value for value in sent if value in upstream.raw_bytes.decode("utf-8", "replace")]
    finally:
        server.stop()
    assert server.process.returncode == 0  # SIGTERM: the workers stop cleanly


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_a_replica_whose_redis_is_down_fails_closed_and_sends_nothing(upstream, tmp_path):
    try:
        redis = start_redis_server(tmp_path / "redis")
    except RedisServerUnavailable as error:
        pytest.skip(f"needs a working redis-server: {error}")
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    port = load_test.free_port()
    server = load_test.launch("replica-redis-down", load_test.proxy_command(
        upstream.url, str(policy), port, vault_url=redis.url), port, {"REDACTOR_VAULT_KEY": load_test.new_vault_key()})
    try:
        load_test.wait_healthy(server, 60)
        redis.kill()
        email, aws = _random_values(random.Random(3), "down")
        body = {"model": "m", "messages": [{"role": "user", "content": f"key {aws}, mail {email}"}]}
        with httpx.Client(timeout=30) as client:
            reply = client.post(server.url + "/v1/chat/completions", json=body, headers=_headers("sk-down"))
        assert reply.status_code == 503
        assert "vault unavailable" in reply.json()["error"]["message"]
        assert upstream.requests == []  # nothing left the proxy
        assert aws not in reply.text and email not in reply.text
    finally:
        server.stop()
        redis.kill()
