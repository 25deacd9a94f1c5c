"""The Vault interface: where conversation-scoped placeholder mappings live.

One small interface, several stores (memory, SQLite, Redis), like httpx's
transports: the pipeline never knows which one it talks to. Values are
encrypted at rest by every persistent store (see crypto.py); lookups of a
value use a keyed hash (HMAC) so no plaintext index exists either.
"""
from __future__ import annotations

from typing import Callable, Protocol, Sequence


class VaultError(RuntimeError):
    """The vault cannot serve a request (locked, full, unreachable, wrong key).

    The pipeline turns this into a refusal to send: never fail open.
    Messages must never contain a sensitive value.
    """


class WrongKeyError(VaultError):
    """Stored data cannot be decrypted with the configured key."""


class VaultKeyError(VaultError):
    """The vault key is missing, malformed or stored unsafely (see keys.py)."""


class Vault(Protocol):
    def assign(self, conversation: str, items: Sequence[tuple[str, str]]) -> list[str]:
        """Return the placeholder for each (kind, value), creating new ones as needed.

        Atomic per conversation: the same value always gets the same placeholder
        within a conversation (also across processes sharing a Redis store), and
        two distinct values never share one. Indices are per (conversation, kind)
        and start at 1; placeholder text comes from placeholder_syntax.make_placeholder.
        """
        ...

    def mapping(self, conversation: str) -> dict[str, str]:
        """All placeholders this conversation issued, canonical placeholder -> value."""
        ...

    def put_record(self, namespace: str, key: str, data: bytes, ttl_seconds: int | None = None) -> None:
        """Store an opaque encrypted record (e.g. a privacy-budget ledger)."""
        ...

    def get_record(self, namespace: str, key: str) -> bytes | None:
        ...

    def update_record(self, namespace: str, key: str, update: Callable[[bytes | None], bytes | None],
                      ttl_seconds: int | None = None) -> None:
        """Read-modify-write one record atomically, also across processes and replicas.

        `update` gets the current data (None if absent or expired) and returns
        the new data, or None to leave the record as it is. It may be called
        more than once (a store that detects a concurrent write retries), so it
        must not have effects other than its answer. A privacy-budget check and
        charge is one such update.
        """
        ...

    def close(self) -> None:
        ...
