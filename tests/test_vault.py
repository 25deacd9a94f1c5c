"""The vault stores (memory, SQLite), encryption at rest and key handling."""
from __future__ import annotations

import base64
import multiprocessing
import os
import sqlite3
import stat
import threading
import time
from pathlib import Path
from typing import Callable

import pytest

from redactor.vault import (
    KEY_ENV_VAR,
    MemoryVault,
    SqliteVault,
    VaultError,
    VaultKeyError,
    WrongKeyError,
    load_key,
    open_vault,
    parse_key,
)
from redactor.vault.keys import read_key_file
from tests.growth import assert_linear_growth

CANARY = "canary-4f1d9c@leak.example"
KEY = bytes(range(32))


@pytest.fixture(params=["memory", "sqlite"])
def make_vault(request, tmp_path: Path) -> Callable[..., object]:
    """A factory for the store under test; every vault it opens is closed afterwards."""
    opened = []

    def factory(ttl_seconds: float | None = None, max_entries: int | None = None):
        if request.param == "memory":
            vault = MemoryVault(ttl_seconds, max_entries)
        else:
            vault = SqliteVault(tmp_path / "vault.db", KEY, ttl_seconds=ttl_seconds, max_entries=max_entries)
        opened.append(vault)
        return vault

    yield factory
    for vault in opened:
        vault.close()


# -- behaviour every store shares ---------------------------------------


def test_same_value_gets_same_placeholder_across_calls(make_vault) -> None:
    vault = make_vault()
    first = vault.assign("conv", [("EMAIL", "a@example.com"), ("PHONE", "+1 555 0100")])
    second = vault.assign("conv", [("PHONE", "+1 555 0100"), ("EMAIL", "a@example.com")])
    assert first == ["[[EMAIL_1]]", "[[PHONE_1]]"]
    assert second == ["[[PHONE_1]]", "[[EMAIL_1]]"]


def test_distinct_values_get_distinct_placeholders_numbered_per_kind(make_vault) -> None:
    vault = make_vault()
    placeholders = vault.assign(
        "conv",
        [("EMAIL", "a@example.com"), ("EMAIL", "b@example.com"), ("PERSON", "Ada"), ("email", "c@example.com")],
    )
    assert placeholders == ["[[EMAIL_1]]", "[[EMAIL_2]]", "[[PERSON_1]]", "[[EMAIL_3]]"]
    assert vault.assign("conv", [("PERSON", "Grace")]) == ["[[PERSON_2]]"]


def test_repeated_value_in_one_call_gets_one_placeholder(make_vault) -> None:
    vault = make_vault()
    assert vault.assign("conv", [("EMAIL", "a@x.io"), ("EMAIL", "a@x.io")]) == ["[[EMAIL_1]]", "[[EMAIL_1]]"]
    assert vault.mapping("conv") == {"[[EMAIL_1]]": "a@x.io"}


def test_value_seen_under_another_kind_keeps_its_first_placeholder(make_vault) -> None:
    vault = make_vault()
    assert vault.assign("conv", [("USERNAME", "ada")]) == ["[[USERNAME_1]]"]
    assert vault.assign("conv", [("PERSON", "ada"), ("PERSON", "Grace")]) == ["[[USERNAME_1]]", "[[PERSON_1]]"]


def test_conversations_do_not_share_placeholders(make_vault) -> None:
    vault = make_vault()
    assert vault.assign("one", [("EMAIL", "a@x.io")]) == ["[[EMAIL_1]]"]
    assert vault.assign("two", [("EMAIL", "b@x.io")]) == ["[[EMAIL_1]]"]
    assert vault.mapping("one") == {"[[EMAIL_1]]": "a@x.io"}
    assert vault.mapping("two") == {"[[EMAIL_1]]": "b@x.io"}
    assert vault.mapping("unknown") == {}


def test_mapping_round_trips_unicode_and_empty_calls(make_vault) -> None:
    vault = make_vault()
    assert vault.assign("conv", []) == []
    values = ["Zoë Ångström", "東京都港区", "line\nbreak", "tab\tand 'quotes\"", CANARY]
    placeholders = vault.assign("conv", [("SECRET", value) for value in values])
    assert vault.mapping("conv") == dict(zip(placeholders, values))


def test_records_round_trip_and_overwrite(make_vault) -> None:
    vault = make_vault()
    assert vault.get_record("budget", "user-1") is None
    vault.put_record("budget", "user-1", b"\x00epsilon=0.5")
    vault.put_record("budget", "user-2", b"other")
    assert vault.get_record("budget", "user-1") == b"\x00epsilon=0.5"
    vault.put_record("budget", "user-1", b"epsilon=0.75")
    assert vault.get_record("budget", "user-1") == b"epsilon=0.75"
    assert vault.get_record("other-namespace", "user-1") is None


def test_record_expires_after_its_ttl(make_vault) -> None:
    vault = make_vault()
    vault.put_record("budget", "short", b"x", ttl_seconds=0.2)
    vault.put_record("budget", "long", b"y")
    assert vault.get_record("budget", "short") == b"x"
    time.sleep(0.3)
    assert vault.get_record("budget", "short") is None
    assert vault.get_record("budget", "long") == b"y"


def test_threads_assigning_one_conversation_never_collide(make_vault) -> None:
    vault = make_vault()
    values = [f"user{i}@example.com" for i in range(40)]
    results: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def hammer(seed: int) -> None:
        try:
            for round_ in range(30):
                chosen = [values[(seed * 7 + round_ * 3 + k) % len(values)] for k in range(5)]
                placeholders = vault.assign("shared", [("EMAIL", value) for value in chosen])
                with lock:
                    results.extend(zip(chosen, placeholders))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=hammer, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    placeholder_of: dict[str, set[str]] = {}
    for value, placeholder in results:
        placeholder_of.setdefault(value, set()).add(placeholder)
    assert all(len(issued) == 1 for issued in placeholder_of.values())  # stable
    issued = [next(iter(p)) for p in placeholder_of.values()]
    assert len(set(issued)) == len(issued)  # no two values share one
    assert sorted(issued, key=lambda p: int(p[8:-2])) == [f"[[EMAIL_{i}]]" for i in range(1, len(issued) + 1)]
    assert vault.mapping("shared") == {next(iter(p)): value for value, p in placeholder_of.items()}


def test_conversation_expires_after_ttl_since_last_use(make_vault) -> None:
    vault = make_vault(ttl_seconds=0.4)
    vault.assign("kept", [("EMAIL", "kept@x.io")])
    vault.assign("idle", [("EMAIL", "idle@x.io")])
    for _ in range(3):  # keep using "kept" past its first deadline
        time.sleep(0.2)
        assert vault.mapping("kept") == {"[[EMAIL_1]]": "kept@x.io"}
    assert vault.mapping("idle") == {}
    # An expired conversation starts again from index 1.
    assert vault.assign("idle", [("EMAIL", "new@x.io")]) == ["[[EMAIL_1]]"]
    assert vault.mapping("idle") == {"[[EMAIL_1]]": "new@x.io"}
    time.sleep(0.5)
    assert vault.mapping("kept") == {}


def test_size_bound_evicts_least_recently_used_conversations(make_vault) -> None:
    vault = make_vault(max_entries=6)
    vault.assign("oldest", [("EMAIL", "a@x.io"), ("EMAIL", "b@x.io")])
    time.sleep(0.01)
    vault.assign("middle", [("EMAIL", "c@x.io"), ("EMAIL", "d@x.io")])
    time.sleep(0.01)
    vault.assign("newest", [("EMAIL", "e@x.io")])
    time.sleep(0.01)
    # The store holds 5 of 6; 3 more push it over, so the oldest conversation goes.
    vault.assign("newest", [("EMAIL", "f@x.io"), ("EMAIL", "g@x.io"), ("EMAIL", "h@x.io")])
    assert vault.mapping("oldest") == {}
    assert vault.mapping("middle") == {"[[EMAIL_1]]": "c@x.io", "[[EMAIL_2]]": "d@x.io"}
    assert len(vault.mapping("newest")) == 4


def test_conversation_larger_than_size_bound_is_refused(make_vault) -> None:
    vault = make_vault(max_entries=3)
    vault.assign("conv", [("EMAIL", "a@x.io"), ("EMAIL", "b@x.io")])
    with pytest.raises(VaultError, match="max_entries") as caught:
        vault.assign("conv", [("EMAIL", "c@x.io"), ("EMAIL", CANARY)])
    assert CANARY not in str(caught.value)
    # Nothing half-assigned: the conversation is as it was and still usable.
    assert vault.mapping("conv") == {"[[EMAIL_1]]": "a@x.io", "[[EMAIL_2]]": "b@x.io"}
    assert vault.assign("conv", [("EMAIL", "c@x.io")]) == ["[[EMAIL_3]]"]


def test_closed_vault_refuses_calls(make_vault) -> None:
    vault = make_vault()
    vault.close()
    with pytest.raises(VaultError, match="closed"):
        vault.assign("conv", [("EMAIL", "a@x.io")])


def test_re_sent_history_costs_the_same_per_call_as_the_conversation_grows(make_vault) -> None:
    """Each turn re-sends the history: a call must not get dearer with every value the vault holds.

    4x the turns (and 4x the values learned along the way) must cost under 8x the CPU; a store
    that re-reads or re-encrypts the whole conversation on every call grows quadratically.
    """
    history = [("EMAIL", f"u{i}@example.com") for i in range(5)]
    vault = make_vault()

    def conversation(rounds: int):
        def run() -> None:
            conversation_id = f"warm-{rounds}-{time.monotonic_ns()}"
            vault.assign(conversation_id, history)
            for round_ in range(rounds):
                # Mostly re-sent history, with one new value in every tenth call.
                items = history if round_ % 10 else history[:4] + [("EMAIL", f"new{round_}@example.com")]
                vault.assign(conversation_id, items)
                vault.mapping(conversation_id)
        return run

    assert_linear_growth(conversation, 1200)


# -- SQLite: persistence, encryption at rest, failures --------------------


def test_sqlite_reopened_with_same_key_restores_mappings(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY)
    vault.assign("conv", [("EMAIL", "a@x.io"), ("PHONE", "555")])
    vault.put_record("budget", "u", b"ledger")
    vault.close()
    reopened = SqliteVault(path, KEY)
    assert reopened.mapping("conv") == {"[[EMAIL_1]]": "a@x.io", "[[PHONE_1]]": "555"}
    assert reopened.assign("conv", [("EMAIL", "b@x.io"), ("EMAIL", "a@x.io")]) == ["[[EMAIL_2]]", "[[EMAIL_1]]"]
    assert reopened.get_record("budget", "u") == b"ledger"
    reopened.close()


def test_sqlite_opened_with_wrong_key_raises_wrong_key_error(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    SqliteVault(path, KEY).close()
    with pytest.raises(WrongKeyError, match="different key"):
        SqliteVault(path, bytes(32))


def test_sqlite_file_holds_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    conversation = "conversation-" + CANARY
    vault = SqliteVault(path, KEY)
    vault.assign(conversation, [("EMAIL", CANARY), ("PERSON", "Ada Lovelace")])
    vault.put_record("budget-" + CANARY, CANARY, CANARY.encode())

    def raw_bytes() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("vault.db"))

    raw = raw_bytes()  # while open: the WAL and shared-memory files count too
    assert b"[[EMAIL_1]]" in raw  # the mapping is there...
    assert CANARY.encode() not in raw and b"Ada Lovelace" not in raw  # ...but not its value
    vault.close()  # checkpoints the WAL into the main file
    raw = raw_bytes()
    assert CANARY.encode() not in raw and b"Ada Lovelace" not in raw
    assert SqliteVault(path, KEY).mapping(conversation)["[[EMAIL_1]]"] == CANARY


def test_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    SqliteVault(path, KEY).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_ciphertext_moved_to_another_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY)
    vault.assign("conv", [("EMAIL", "a@x.io"), ("EMAIL", "b@x.io")])
    vault.close()
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT placeholder, ciphertext FROM entries ORDER BY placeholder").fetchall()
        raw.execute("UPDATE entries SET ciphertext = ? WHERE placeholder = ?", (rows[1][1], rows[0][0]))
        raw.execute("UPDATE entries SET ciphertext = ? WHERE placeholder = ?", (rows[0][1], rows[1][0]))
    with pytest.raises(VaultError, match="failed authentication"):
        SqliteVault(path, KEY).mapping("conv")


def test_sqlite_locked_beyond_busy_timeout_raises_vault_error(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    vault = SqliteVault(path, KEY, busy_timeout_ms=100)
    vault.assign("conv", [("EMAIL", "a@x.io")])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(VaultError, match="locked") as caught:
            vault.assign("conv", [("EMAIL", CANARY)])
        assert time.monotonic() - started < 2
        assert CANARY not in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Once the lock is gone the vault works again, with nothing half-written.
    assert vault.assign("conv", [("EMAIL", CANARY)]) == ["[[EMAIL_2]]"]
    vault.close()


def test_sqlite_full_disk_raises_vault_error(tmp_path: Path) -> None:
    vault = SqliteVault(tmp_path / "vault.db", KEY, max_size_bytes=64 * 1024)
    vault.assign("conv", [("EMAIL", "first@x.io")])
    with pytest.raises(VaultError, match="full") as caught:
        for batch in range(200):
            vault.assign("conv", [("SECRET", f"{CANARY}-{batch}-{k}-" + "x" * 200) for k in range(20)])
    assert CANARY not in str(caught.value)
    assert vault.mapping("conv")["[[EMAIL_1]]"] == "first@x.io"
    vault.close()


def test_sqlite_unwritable_path_raises_vault_error(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "plain-file"
    not_a_directory.write_text("")
    with pytest.raises(VaultError, match="cannot use the SQLite vault"):
        SqliteVault(not_a_directory / "vault.db", KEY)


def test_sqlite_file_that_is_not_a_database_raises_vault_error(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(VaultError, match="not a valid vault database"):
        SqliteVault(path, KEY)


def _assign_from_another_process(path: str, worker: int, start, queue) -> None:
    try:
        vault = SqliteVault(path, KEY)
        start.wait(timeout=60)  # all processes assign at once
        seen = []
        for round_ in range(150):
            values = [f"v{(worker * 7 + round_ * 2 + k) % 60}" for k in range(3)]
            seen.extend(zip(values, vault.assign("shared", [("TOKEN", v) for v in values])))
        vault.close()
        queue.put(seen)
    except BaseException as error:  # surfaced by the test instead of a hang
        queue.put(repr(error))


def test_sqlite_processes_sharing_a_file_never_collide(tmp_path: Path) -> None:
    path = str(tmp_path / "vault.db")
    SqliteVault(path, KEY).close()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start = context.Barrier(3)
    workers = [context.Process(target=_assign_from_another_process, args=(path, n, start, queue)) for n in range(3)]
    for worker in workers:
        worker.start()
    outcomes = [queue.get(timeout=60) for _ in workers]
    assert not [outcome for outcome in outcomes if isinstance(outcome, str)]
    results = [pair for outcome in outcomes for pair in outcome]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    placeholder_of: dict[str, set[str]] = {}
    for value, placeholder in results:
        placeholder_of.setdefault(value, set()).add(placeholder)
    assert len(placeholder_of) == 60
    assert all(len(p) == 1 for p in placeholder_of.values())
    assert len({next(iter(p)) for p in placeholder_of.values()}) == 60
    vault = SqliteVault(path, KEY)
    assert vault.mapping("shared") == {next(iter(p)): v for v, p in placeholder_of.items()}
    vault.close()


# -- open_vault -----------------------------------------------------------


def test_open_vault_picks_the_store_from_the_url(tmp_path: Path) -> None:
    memory = open_vault("memory://", KEY, None, None)
    assert isinstance(memory, MemoryVault)
    sqlite_vault = open_vault(f"sqlite://{tmp_path}/a/b.db", KEY, 60, 100)
    assert isinstance(sqlite_vault, SqliteVault)
    sqlite_vault.assign("c", [("EMAIL", "a@x.io")])
    sqlite_vault.close()
    assert (tmp_path / "a" / "b.db").exists()
    also_absolute = open_vault(f"sqlite:///{tmp_path}/a/b.db", KEY, None, None)
    assert also_absolute.mapping("c") == {"[[EMAIL_1]]": "a@x.io"}
    also_absolute.close()


def test_open_vault_rejects_unknown_urls_and_bad_keys(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="unsupported vault URL"):
        open_vault("postgres://db/x", KEY, None, None)
    with pytest.raises(VaultError, match="file path"):
        open_vault("sqlite:///", KEY, None, None)
    with pytest.raises(VaultKeyError, match="32 bytes"):
        open_vault(f"sqlite:///{tmp_path}/v.db", b"short", None, None)


# -- keys -------------------------------------------------------------------


def test_env_key_accepts_hex_and_base64() -> None:
    key = os.urandom(32)
    for text in (
        key.hex(),
        key.hex().upper(),
        base64.b64encode(key).decode(),
        base64.urlsafe_b64encode(key).decode().rstrip("="),
        f"  {base64.b64encode(key).decode()}\n",
    ):
        assert load_key(environ={KEY_ENV_VAR: text}, path="/nonexistent/never-read") == key


def test_malformed_env_key_is_a_clear_error_that_does_not_echo_it() -> None:
    secretish = "hunter2-not-a-real-key-but-close"
    for text in (secretish, "ab" * 31, base64.b64encode(b"x" * 31).decode(), "zz" * 32):
        with pytest.raises(VaultKeyError, match=KEY_ENV_VAR) as caught:
            load_key(environ={KEY_ENV_VAR: text})
        assert text not in str(caught.value)
        assert "base64" in str(caught.value)


def test_key_file_is_created_private_on_first_run_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "config" / "redactor" / "vault.key"
    key = load_key(path, environ={})
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key(path, environ={}) == key
    assert [p.name for p in path.parent.iterdir()] == ["vault.key"]  # no temporary left behind


def test_env_key_wins_over_key_file(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    from_file = load_key(path, environ={})
    from_env = os.urandom(32)
    assert load_key(path, environ={KEY_ENV_VAR: from_env.hex()}) == from_env != from_file


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_key_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "vault.key"
    load_key(path, environ={})
    path.chmod(mode)
    with pytest.raises(VaultKeyError, match="chmod 600"):
        load_key(path, environ={})


def test_missing_key_file_is_an_error_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(VaultKeyError, match=KEY_ENV_VAR):
        load_key(tmp_path / "absent.key", environ={}, create=False)


def test_raw_binary_key_file_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "raw.key"
    key = os.urandom(32)
    path.write_bytes(key)
    path.chmod(0o600)
    assert read_key_file(path) == key


def test_concurrent_first_runs_agree_on_one_key(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    keys: list[bytes] = []
    barrier = threading.Barrier(8)

    def first_run() -> None:
        barrier.wait()
        keys.append(load_key(path, environ={}))

    threads = [threading.Thread(target=first_run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keys) == 8 and len(set(keys)) == 1
    assert parse_key(path.read_text()) == keys[0]
