"""The Redis vault against a real redis-server (skipped, with the reason, if none can start)."""
from __future__ import annotations

import threading
import time

import pytest
import redis

from redactor.vault import VaultError, WrongKeyError, open_vault
from redactor.vault.redis import RedisVault
from tests.redis_server import RedisServer, redis_server  # noqa: F401  (fixture)

CANARY = "canary-7be2a1@leak.example"
KEY = bytes(range(32))


def _vault(server: RedisServer, **options) -> RedisVault:
    return RedisVault.from_url(server.url, KEY, **options)


def _all_redis_bytes(server: RedisServer) -> bytes:
    """Every key and value in the server, as raw bytes."""
    client = redis.Redis(port=server.port)
    chunks = []
    for key in client.scan_iter(count=1000):
        chunks.append(key)
        kind = client.type(key)
        if kind == b"string":
            chunks.append(client.get(key))
        elif kind == b"hash":
            chunks.extend(b"%s=%s" % pair for pair in client.hgetall(key).items())
        elif kind == b"zset":
            chunks.extend(member for member, _ in client.zrange(key, 0, -1, withscores=True))
        else:
            raise AssertionError(f"unexpected Redis type {kind!r}")
    client.close()
    return b"\n".join(chunks)


def test_redis_round_trip_stable_and_numbered_per_kind(redis_server: RedisServer) -> None:
    vault = _vault(redis_server)
    first = vault.assign("conv", [("EMAIL", "a@x.io"), ("EMAIL", "b@x.io"), ("PERSON", "Ada"), ("EMAIL", "a@x.io")])
    assert first == ["[[EMAIL_1]]", "[[EMAIL_2]]", "[[PERSON_1]]", "[[EMAIL_1]]"]
    # Same value -> same placeholder, even when later seen under another kind.
    assert vault.assign("conv", [("PERSON", "a@x.io"), ("email", "c@x.io")]) == ["[[EMAIL_1]]", "[[EMAIL_3]]"]
    assert vault.mapping("conv") == {
        "[[EMAIL_1]]": "a@x.io",
        "[[EMAIL_2]]": "b@x.io",
        "[[PERSON_1]]": "Ada",
        "[[EMAIL_3]]": "c@x.io",
    }
    assert vault.mapping("other") == {}
    assert vault.assign("other", [("EMAIL", "z@x.io")]) == ["[[EMAIL_1]]"]
    vault.close()


def test_redis_records_round_trip_and_expire(redis_server: RedisServer) -> None:
    vault = _vault(redis_server)
    vault.put_record("budget", "user", b"eps=1")
    vault.put_record("budget", "short", b"eps=2", ttl_seconds=0.2)
    assert vault.get_record("budget", "user") == b"eps=1"
    assert vault.get_record("budget", "short") == b"eps=2"
    assert vault.get_record("budget", "missing") is None
    time.sleep(0.3)
    assert vault.get_record("budget", "short") is None
    vault.close()


def test_two_replicas_assigning_concurrently_never_collide(redis_server: RedisServer) -> None:
    replicas = [_vault(redis_server), _vault(redis_server)]
    values = [f"user{i}@example.com" for i in range(50)]
    results: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def hammer(replica: RedisVault, seed: int) -> None:
        try:
            start.wait()
            for round_ in range(25):
                chosen = [values[(seed * 11 + round_ * 3 + k) % len(values)] for k in range(5)]
                placeholders = replica.assign("shared", [("EMAIL", value) for value in chosen])
                with lock:
                    results.extend(zip(chosen, placeholders))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=hammer, args=(replicas[n % 2], n)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    placeholder_of: dict[str, set[str]] = {}
    for value, placeholder in results:
        placeholder_of.setdefault(value, set()).add(placeholder)
    assert len(placeholder_of) == len(values)
    assert all(len(p) == 1 for p in placeholder_of.values())
    issued = sorted((next(iter(p)) for p in placeholder_of.values()), key=lambda p: int(p[8:-2]))
    assert issued == [f"[[EMAIL_{i}]]" for i in range(1, len(values) + 1)]
    expected = {next(iter(p)): value for value, p in placeholder_of.items()}
    assert replicas[0].mapping("shared") == expected
    assert replicas[1].mapping("shared") == expected
    for replica in replicas:
        replica.close()


def test_mapping_sees_placeholders_added_by_another_replica(redis_server: RedisServer) -> None:
    first, second = _vault(redis_server), _vault(redis_server)
    first.assign("conv", [("EMAIL", "a@x.io")])
    assert second.mapping("conv") == {"[[EMAIL_1]]": "a@x.io"}  # now cached in `second`
    first.assign("conv", [("EMAIL", "b@x.io")])
    assert second.mapping("conv") == {"[[EMAIL_1]]": "a@x.io", "[[EMAIL_2]]": "b@x.io"}
    first.close()
    second.close()


def test_redis_opened_with_wrong_key_raises_wrong_key_error(redis_server: RedisServer) -> None:
    _vault(redis_server).close()
    with pytest.raises(WrongKeyError, match="different key"):
        RedisVault.from_url(redis_server.url, bytes(32))


def test_redis_holds_no_plaintext(redis_server: RedisServer) -> None:
    vault = _vault(redis_server)
    vault.assign("conversation-" + CANARY, [("EMAIL", CANARY), ("PERSON", "Ada Lovelace")])
    vault.put_record("budget-" + CANARY, CANARY, CANARY.encode())
    assert vault.mapping("conversation-" + CANARY)["[[EMAIL_1]]"] == CANARY
    stored = _all_redis_bytes(redis_server)
    assert b"[[EMAIL_1]]" in stored  # the scan does see the mapping...
    assert CANARY.encode() not in stored and b"Ada Lovelace" not in stored  # ...but no plaintext
    on_disk = b"".join(path.read_bytes() for path in redis_server.data_files())
    assert b"[[EMAIL_1]]" in on_disk
    assert CANARY.encode() not in on_disk and b"Ada Lovelace" not in on_disk
    vault.close()


def test_redis_conversation_expires_after_ttl_since_last_use(redis_server: RedisServer) -> None:
    vault = _vault(redis_server, ttl_seconds=0.4)
    vault.assign("kept", [("EMAIL", "kept@x.io")])
    vault.assign("idle", [("EMAIL", "idle@x.io")])
    for _ in range(3):
        time.sleep(0.2)
        assert vault.mapping("kept") == {"[[EMAIL_1]]": "kept@x.io"}
    assert vault.mapping("idle") == {}
    assert vault.assign("idle", [("EMAIL", "new@x.io")]) == ["[[EMAIL_1]]"]
    assert vault.mapping("idle") == {"[[EMAIL_1]]": "new@x.io"}
    time.sleep(0.5)
    assert vault.mapping("kept") == {}
    vault.close()


def test_redis_size_bound_evicts_least_recently_used_conversations(redis_server: RedisServer) -> None:
    vault = _vault(redis_server, max_entries=6)
    vault.assign("oldest", [("EMAIL", "a@x.io"), ("EMAIL", "b@x.io")])
    time.sleep(0.01)
    vault.assign("middle", [("EMAIL", "c@x.io"), ("EMAIL", "d@x.io")])
    time.sleep(0.01)
    vault.assign("newest", [("EMAIL", "e@x.io")])
    time.sleep(0.01)
    vault.assign("newest", [("EMAIL", "f@x.io"), ("EMAIL", "g@x.io"), ("EMAIL", "h@x.io")])
    assert vault.mapping("oldest") == {}
    assert vault.mapping("middle") == {"[[EMAIL_1]]": "c@x.io", "[[EMAIL_2]]": "d@x.io"}
    assert len(vault.mapping("newest")) == 4
    with pytest.raises(VaultError, match="max_entries") as caught:
        vault.assign("newest", [("EMAIL", CANARY), ("EMAIL", "i@x.io"), ("EMAIL", "j@x.io")])
    assert CANARY not in str(caught.value)
    assert len(vault.mapping("newest")) == 4
    vault.close()


def test_redis_mappings_survive_a_graceful_restart(redis_server: RedisServer) -> None:
    vault = _vault(redis_server)
    placeholders = vault.assign("conv", [("EMAIL", "a@x.io"), ("PHONE", "555")])
    vault.put_record("budget", "user", b"eps=0.4")
    redis_server.stop()
    redis_server.start()
    # The same instance reconnects, and a fresh one (another replica) reads the same.
    assert vault.mapping("conv") == dict(zip(placeholders, ["a@x.io", "555"]))
    fresh = _vault(redis_server)
    assert fresh.mapping("conv") == dict(zip(placeholders, ["a@x.io", "555"]))
    assert fresh.assign("conv", [("EMAIL", "b@x.io")]) == ["[[EMAIL_2]]"]
    assert fresh.get_record("budget", "user") == b"eps=0.4"
    vault.close()
    fresh.close()


def test_redis_mappings_survive_sigkill_after_fsync(redis_server: RedisServer) -> None:
    vault = _vault(redis_server)
    placeholders = vault.assign("conv", [("EMAIL", "a@x.io"), ("PERSON", "Ada")])
    redis_server.kill()  # appendfsync always: every acknowledged write is on disk
    redis_server.start()
    reopened = _vault(redis_server)
    assert reopened.mapping("conv") == dict(zip(placeholders, ["a@x.io", "Ada"]))
    assert reopened.assign("conv", [("PERSON", "Grace"), ("EMAIL", "a@x.io")]) == ["[[PERSON_2]]", "[[EMAIL_1]]"]
    vault.close()
    reopened.close()


def test_redis_brief_outage_is_retried(redis_server: RedisServer) -> None:
    vault = _vault(redis_server, retry_seconds=10)
    vault.assign("conv", [("EMAIL", "a@x.io")])
    redis_server.kill()
    restarter = threading.Timer(0.4, redis_server.start)
    restarter.start()
    try:
        assert vault.assign("conv", [("EMAIL", "b@x.io")]) == ["[[EMAIL_2]]"]
    finally:
        restarter.join()
    vault.close()


def test_redis_unreachable_raises_vault_error_after_bounded_retry(redis_server: RedisServer) -> None:
    vault = _vault(redis_server, retry_seconds=0.5)
    vault.assign("conv", [("EMAIL", "a@x.io")])
    redis_server.kill()
    started = time.monotonic()
    with pytest.raises(VaultError, match="unreachable") as caught:
        vault.assign("conv", [("EMAIL", CANARY)])
    assert 0.4 <= time.monotonic() - started < 5
    assert CANARY not in str(caught.value)
    with pytest.raises(VaultError, match="unreachable"):
        vault.mapping("conv")
    vault.close()


def test_open_vault_connects_to_redis_url(redis_server: RedisServer) -> None:
    vault = open_vault(redis_server.url, KEY, 60, 1000)
    assert isinstance(vault, RedisVault)
    assert vault.assign("conv", [("EMAIL", "a@x.io")]) == ["[[EMAIL_1]]"]
    vault.close()


def test_open_vault_on_dead_redis_raises_vault_error() -> None:
    from tests.redis_server import free_loopback_port

    started = time.monotonic()
    with pytest.raises(VaultError, match="unreachable") as caught:
        RedisVault.from_url(f"redis://:hunter2@127.0.0.1:{free_loopback_port()}/0", KEY, retry_seconds=0.3)
    assert time.monotonic() - started < 5
    assert "hunter2" not in str(caught.value)
