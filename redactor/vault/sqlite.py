"""SQLite vault: the embedded default, one encrypted file shared by local processes.

Layout (no plaintext value, conversation id or record key is stored):

- ``conversations``: HMAC of the conversation id, a random generation (new each
  time the conversation is created), a version bumped on every new placeholder,
  the entry count, last use and expiry (wall-clock seconds);
- ``entries``: (conversation, HMAC of the value) -> placeholder + AES-GCM
  ciphertext of the value, bound to (conversation, placeholder);
- ``kind_counters``: the last index issued per (conversation, kind);
- ``records``: HMAC of (namespace, key) -> AES-GCM ciphertext, expiry;
- ``vault_meta``: the key-check ciphertext and the running entry total.

Assignments run in ``BEGIN IMMEDIATE`` transactions, so processes sharing the
file serialise on SQLite's write lock, and threads of one process share one
connection behind a lock. WAL mode lets readers work while a writer commits;
``synchronous=NORMAL`` makes commits durable across process crashes but may
lose the last transactions on power loss (placeholders already sent would then
not be restored: never a leak). Expired conversations are pruned periodically
and ignored as soon as they expire. Size bounds: see limits.py.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, Sequence

from redactor.placeholder_syntax import make_placeholder, normalise_kind
from redactor.vault.base import VaultError
from redactor.vault.conversation_cache import CachedConversation, ConversationCache
from redactor.vault.crypto import VaultCipher
from redactor.vault.limits import VaultLimits

_SCHEMA_VERSION = "1"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS vault_meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS conversations (
        conversation_id TEXT PRIMARY KEY,
        generation TEXT NOT NULL,
        version INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        last_used REAL NOT NULL,
        expires_at REAL
    ) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS conversations_by_last_used ON conversations (last_used)",
    "CREATE INDEX IF NOT EXISTS conversations_by_expiry ON conversations (expires_at)",
    """CREATE TABLE IF NOT EXISTS entries (
        conversation_id TEXT NOT NULL,
        value_index TEXT NOT NULL,
        placeholder TEXT NOT NULL,
        ciphertext BLOB NOT NULL,
        PRIMARY KEY (conversation_id, value_index),
        UNIQUE (conversation_id, placeholder)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS kind_counters (
        conversation_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        last_index INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, kind)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS records (
        record_id TEXT PRIMARY KEY,
        ciphertext BLOB NOT NULL,
        expires_at REAL
    ) WITHOUT ROWID""",
)

# Longest gap between expiry sweeps (the sweep also runs at open).
_MAX_PRUNE_INTERVAL = 60.0
_PRUNE_BATCH = 500


class SqliteVault:
    """Vault in one SQLite file, encrypted with a VaultCipher."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        key: bytes,
        *,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        busy_timeout_ms: int = 5000,
        max_size_bytes: int | None = None,
    ) -> None:
        """Open (creating if needed) the vault file at `path`.

        `busy_timeout_ms`: how long to wait for another process's write lock
        before failing with VaultError. `max_size_bytes`: a hard cap on the
        file size; reaching it fails like a full disk (VaultError).
        Raises WrongKeyError if the file was created with another key.
        """
        self._path = Path(path).expanduser()
        self._cipher = VaultCipher(key)
        self._limits = VaultLimits(ttl_seconds, max_entries)
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = threading.RLock()
        self._cache = ConversationCache()
        self._next_prune = 0.0
        # Refreshing last_used on every read would make every mapping() a
        # write; a coarse refresh keeps TTL and LRU order accurate enough.
        ttl = self._limits.ttl_seconds
        self._touch_interval = 1.0 if ttl is None else min(1.0, ttl / 10)
        self._prune_interval = _MAX_PRUNE_INTERVAL if ttl is None else min(_MAX_PRUNE_INTERVAL, max(ttl / 2, 0.05))
        self._connection: sqlite3.Connection | None = None
        with self._errors("open"):
            self._connection = self._connect(max_size_bytes)
            try:
                self._initialise()
            except BaseException:
                self.close()
                raise

    # -- Vault protocol --------------------------------------------------

    def assign(self, conversation: str, items: Sequence[tuple[str, str]]) -> list[str]:
        if not items:
            return []
        conversation_id = self._cipher.conversation_id(conversation)
        indices = [self._cipher.value_index(conversation_id, value) for _, value in items]
        with self._lock, self._errors("assign"):
            connection = self._open_connection()
            now = time.time()
            if now >= self._next_prune:
                self._prune(now)
            row = self._conversation_row(connection, conversation_id)
            cached = self._cache.get(conversation_id)
            if (
                row is not None
                and not self._is_expired(row, now)
                and cached is not None
                and cached.matches(row[0], row[1])
                and now - row[3] < self._touch_interval
                and all(index in cached.by_index for index in indices)
            ):
                return [cached.by_index[index] for index in indices]
            with self._write_transaction(connection, conversation_id):
                return self._assign_in_transaction(connection, conversation_id, items, indices, now)

    def mapping(self, conversation: str) -> dict[str, str]:
        conversation_id = self._cipher.conversation_id(conversation)
        with self._lock, self._errors("mapping"):
            connection = self._open_connection()
            now = time.time()
            connection.execute("BEGIN")  # one snapshot for the row and its entries
            try:
                row = self._conversation_row(connection, conversation_id)
                if row is None or self._is_expired(row, now):
                    self._cache.drop(conversation_id)
                    return {}
                cached = self._cached_or_loaded(connection, conversation_id, row)
            finally:
                connection.execute("COMMIT")
            if now - row[3] >= self._touch_interval:
                with self._write_transaction(connection, conversation_id):
                    self._touch(connection, conversation_id, now)
            return dict(cached.by_placeholder)

    def put_record(self, namespace: str, key: str, data: bytes, ttl_seconds: int | None = None) -> None:
        record_id = self._cipher.record_id(namespace, key)
        ciphertext = self._cipher.encrypt_record(record_id, data)
        expires_at = None if ttl_seconds is None else time.time() + ttl_seconds
        with self._lock, self._errors("put_record"):
            connection = self._open_connection()
            with self._write_transaction(connection):
                connection.execute(
                    "INSERT INTO records (record_id, ciphertext, expires_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (record_id) DO UPDATE SET ciphertext = excluded.ciphertext, expires_at = excluded.expires_at",
                    (record_id, ciphertext, expires_at),
                )

    def get_record(self, namespace: str, key: str) -> bytes | None:
        record_id = self._cipher.record_id(namespace, key)
        with self._lock, self._errors("get_record"):
            row = self._open_connection().execute(
                "SELECT ciphertext, expires_at FROM records WHERE record_id = ?", (record_id,)
            ).fetchone()
        if row is None or (row[1] is not None and time.time() >= row[1]):
            return None
        return self._cipher.decrypt_record(record_id, row[0])

    def update_record(self, namespace: str, key: str, update: Callable[[bytes | None], bytes | None],
                      ttl_seconds: int | None = None) -> None:
        # BEGIN IMMEDIATE holds SQLite's write lock from the read to the write:
        # other processes sharing the file wait (busy timeout) rather than interleave.
        record_id = self._cipher.record_id(namespace, key)
        with self._lock, self._errors("update_record"):
            connection = self._open_connection()
            with self._write_transaction(connection):
                row = connection.execute(
                    "SELECT ciphertext, expires_at FROM records WHERE record_id = ?", (record_id,)).fetchone()
                now = time.time()
                current = None
                if row is not None and (row[1] is None or now < row[1]):
                    current = self._cipher.decrypt_record(record_id, row[0])
                data = update(current)
                if data is None:
                    return
                connection.execute(
                    "INSERT INTO records (record_id, ciphertext, expires_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (record_id) DO UPDATE SET ciphertext = excluded.ciphertext, expires_at = excluded.expires_at",
                    (record_id, self._cipher.encrypt_record(record_id, data),
                     None if ttl_seconds is None else now + ttl_seconds),
                )

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._connection.close()
                self._connection = None
            self._cache.clear()

    # -- opening ---------------------------------------------------------

    def _connect(self, max_size_bytes: int | None) -> sqlite3.Connection:
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file private before SQLite does (SQLite would use 0644);
        # its -wal and -shm files copy these permissions.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        connection = sqlite3.connect(
            str(self._path),
            timeout=self._busy_timeout_ms / 1000,
            isolation_level=None,  # transactions are explicit below
            check_same_thread=False,  # shared by threads, always behind self._lock
        )
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise VaultError(f"the SQLite vault at {self._path} cannot use WAL mode (got {mode})")
            connection.execute("PRAGMA synchronous = NORMAL")
            if max_size_bytes is not None:
                page_size = connection.execute("PRAGMA page_size").fetchone()[0]
                connection.execute(f"PRAGMA max_page_count = {max(1, int(max_size_bytes) // page_size)}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _initialise(self) -> None:
        connection = self._open_connection()
        with self._write_transaction(connection):
            for statement in _SCHEMA:
                connection.execute(statement)
            check = connection.execute("SELECT value FROM vault_meta WHERE name = 'key_check'").fetchone()
            if check is None:
                if connection.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is not None:
                    raise VaultError(f"the SQLite vault at {self._path} holds entries but no key check; refusing to use it")
                connection.executemany(
                    "INSERT INTO vault_meta (name, value) VALUES (?, ?)",
                    [
                        ("key_check", self._cipher.key_check_blob()),
                        ("schema_version", _SCHEMA_VERSION),
                        ("entry_total", 0),
                    ],
                )
            else:
                self._cipher.verify_key_check(check[0], str(self._path))
        self._prune(time.time())

    # -- assignment ------------------------------------------------------

    def _assign_in_transaction(
        self,
        connection: sqlite3.Connection,
        conversation_id: str,
        items: Sequence[tuple[str, str]],
        indices: list[str],
        now: float,
    ) -> list[str]:
        row = self._conversation_row(connection, conversation_id)
        if row is not None and self._is_expired(row, now):
            self._delete_conversations(connection, [conversation_id])
            row = None
        if row is None:
            row = (secrets.token_hex(8), 0, None, now, 0)
            connection.execute(
                "INSERT INTO conversations (conversation_id, generation, version, entry_count, last_used, expires_at) "
                "VALUES (?, ?, 0, 0, ?, ?)",
                (conversation_id, row[0], now, self._expiry(now)),
            )
            cached = CachedConversation(row[0], 0)
            self._cache.put(conversation_id, cached)
        else:
            cached = self._cached_or_loaded(connection, conversation_id, row)
        generation, version, entry_count = row[0], row[1], row[4]

        new_items: dict[str, tuple[str, str]] = {}  # value index -> (kind, value), first kind wins
        for (kind, value), index in zip(items, indices):
            if index not in cached.by_index and index not in new_items:
                new_items[index] = (normalise_kind(kind), value)
        max_entries = self._limits.max_entries
        if max_entries is not None and entry_count + len(new_items) > max_entries:
            raise VaultError(self._limits.too_large_message())

        if new_items:
            last_index = self._kind_counters(connection, conversation_id, {kind for kind, _ in new_items.values()})
            rows = []
            for index, (kind, value) in new_items.items():
                last_index[kind] += 1
                placeholder = make_placeholder(kind, last_index[kind])
                rows.append((conversation_id, index, placeholder, self._cipher.encrypt_value(conversation_id, placeholder, value)))
                cached.by_index[index] = placeholder
                cached.by_placeholder[placeholder] = value
            connection.executemany(
                "INSERT INTO entries (conversation_id, value_index, placeholder, ciphertext) VALUES (?, ?, ?, ?)", rows
            )
            connection.executemany(
                "INSERT INTO kind_counters (conversation_id, kind, last_index) VALUES (?, ?, ?) "
                "ON CONFLICT (conversation_id, kind) DO UPDATE SET last_index = excluded.last_index",
                [(conversation_id, kind, index) for kind, index in last_index.items()],
            )
            version += 1
            connection.execute(
                "UPDATE conversations SET version = ?, entry_count = entry_count + ? WHERE conversation_id = ?",
                (version, len(new_items), conversation_id),
            )
            connection.execute(
                "UPDATE vault_meta SET value = value + ? WHERE name = 'entry_total'", (len(new_items),)
            )
            cached.version = version
        self._touch(connection, conversation_id, now)
        if new_items and max_entries is not None:
            self._evict_for_space(connection, conversation_id, max_entries)
        return [cached.by_index[index] for index in indices]

    def _kind_counters(self, connection: sqlite3.Connection, conversation_id: str, kinds: set[str]) -> dict[str, int]:
        last_index = dict.fromkeys(kinds, 0)
        marks = ",".join("?" * len(kinds))
        for kind, index in connection.execute(
            f"SELECT kind, last_index FROM kind_counters WHERE conversation_id = ? AND kind IN ({marks})",
            (conversation_id, *kinds),
        ):
            last_index[kind] = index
        return last_index

    def _cached_or_loaded(self, connection: sqlite3.Connection, conversation_id: str, row: tuple) -> CachedConversation:
        cached = self._cache.get(conversation_id)
        if cached is not None and cached.matches(row[0], row[1]):
            return cached
        cached = CachedConversation(row[0], row[1])
        for index, placeholder, ciphertext in connection.execute(
            "SELECT value_index, placeholder, ciphertext FROM entries WHERE conversation_id = ?", (conversation_id,)
        ):
            cached.by_index[index] = placeholder
            cached.by_placeholder[placeholder] = self._cipher.decrypt_value(conversation_id, placeholder, ciphertext)
        self._cache.put(conversation_id, cached)
        return cached

    # -- expiry and eviction ---------------------------------------------

    def _expiry(self, now: float) -> float | None:
        ttl = self._limits.ttl_seconds
        return None if ttl is None else now + ttl

    @staticmethod
    def _is_expired(row: tuple, now: float) -> bool:
        return row[2] is not None and now >= row[2]

    def _touch(self, connection: sqlite3.Connection, conversation_id: str, now: float) -> None:
        connection.execute(
            "UPDATE conversations SET last_used = ?, expires_at = ? WHERE conversation_id = ?",
            (now, self._expiry(now), conversation_id),
        )

    def _evict_for_space(self, connection: sqlite3.Connection, keep: str, max_entries: int) -> None:
        total = connection.execute("SELECT value FROM vault_meta WHERE name = 'entry_total'").fetchone()[0]
        if total <= max_entries:
            return
        victims = []
        for conversation_id, entry_count in connection.execute(
            "SELECT conversation_id, entry_count FROM conversations WHERE conversation_id != ? ORDER BY last_used",
            (keep,),
        ):
            if total <= max_entries:
                break
            victims.append(conversation_id)
            total -= entry_count
        self._delete_conversations(connection, victims)

    def _prune(self, now: float) -> None:
        connection = self._open_connection()
        self._next_prune = now + self._prune_interval
        with self._write_transaction(connection):
            expired = [
                row[0]
                for row in connection.execute(
                    "SELECT conversation_id FROM conversations WHERE expires_at <= ? LIMIT ?", (now, _PRUNE_BATCH)
                )
            ]
            self._delete_conversations(connection, expired)
            connection.execute("DELETE FROM records WHERE expires_at <= ?", (now,))

    def _delete_conversations(self, connection: sqlite3.Connection, conversation_ids: list[str]) -> None:
        for conversation_id in conversation_ids:
            row = connection.execute(
                "SELECT entry_count FROM conversations WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            if row is None:
                continue
            connection.execute("DELETE FROM entries WHERE conversation_id = ?", (conversation_id,))
            connection.execute("DELETE FROM kind_counters WHERE conversation_id = ?", (conversation_id,))
            connection.execute("DELETE FROM conversations WHERE conversation_id = ?", (conversation_id,))
            connection.execute("UPDATE vault_meta SET value = value - ? WHERE name = 'entry_total'", (row[0],))
            self._cache.drop(conversation_id)

    # -- plumbing --------------------------------------------------------

    @staticmethod
    def _conversation_row(connection: sqlite3.Connection, conversation_id: str) -> tuple | None:
        """(generation, version, expires_at, last_used, entry_count) or None."""
        return connection.execute(
            "SELECT generation, version, expires_at, last_used, entry_count FROM conversations WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()

    def _open_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise VaultError("the vault is closed")
        return self._connection

    @contextlib.contextmanager
    def _write_transaction(self, connection: sqlite3.Connection, conversation_id: str | None = None) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two processes cannot
        # both read the same counter and issue the same placeholder.
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            # The cached copy may hold entries the rollback just undid.
            if conversation_id is not None:
                self._cache.drop(conversation_id)
            else:
                self._cache.clear()
            raise

    @contextlib.contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        """Turn SQLite and filesystem failures into VaultError (no values in messages)."""
        try:
            yield
        except VaultError:
            raise
        except sqlite3.Error as error:
            raise VaultError(self._describe(operation, error)) from error
        except OSError as error:
            raise VaultError(
                f"cannot use the SQLite vault at {self._path} ({operation}): {error.strerror or type(error).__name__}"
            ) from error

    def _describe(self, operation: str, error: sqlite3.Error) -> str:
        # SQLite messages never hold values: every value goes in as an
        # encrypted bound parameter.
        message = str(error)
        lowered = message.lower()
        where = f"the SQLite vault at {self._path}"
        if "locked" in lowered or "busy" in lowered:
            return f"{where} is locked by another process or connection (waited {self._busy_timeout_ms} ms during {operation})"
        if "full" in lowered:
            return f"{where} cannot grow: database or disk is full (during {operation})"
        if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
            return f"{where} cannot be opened for writing (during {operation}): {message}"
        if "not a database" in lowered or "malformed" in lowered:
            return f"{where} is not a valid vault database (during {operation}): {message}"
        return f"{where} failed during {operation}: {message}"
