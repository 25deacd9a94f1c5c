"""In-memory vault: mappings live in this process only and vanish when it exits.

Nothing is written anywhere, so values are kept in plaintext process memory
(like the requests that carry them). Expiry and size bounds are those of
limits.py, timed with a monotonic clock.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Sequence

from redactor.placeholder_syntax import make_placeholder, normalise_kind
from redactor.vault.base import VaultError
from redactor.vault.limits import VaultLimits


@dataclass
class _Conversation:
    last_used: float
    by_value: dict[str, str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    last_index: dict[str, int] = field(default_factory=dict)


@dataclass
class _Record:
    data: bytes
    expires_at: float | None


class MemoryVault:
    """Vault held in a dict; thread-safe behind one lock."""

    def __init__(
        self,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        limits = VaultLimits(ttl_seconds, max_entries)
        self._ttl = limits.ttl_seconds
        self._max_entries = limits.max_entries
        self._limits = limits
        self._clock = clock
        self._lock = threading.RLock()  # re-entrant: update_record reads and writes under it
        # Ordered by last use, oldest first: expiry and eviction pop from the front.
        self._conversations: OrderedDict[str, _Conversation] = OrderedDict()
        self._entry_total = 0
        self._records: dict[tuple[str, str], _Record] = {}
        self._next_record_sweep = 0.0
        self._closed = False

    def assign(self, conversation: str, items: Sequence[tuple[str, str]]) -> list[str]:
        with self._lock:
            self._check_open()
            now = self._clock()
            self._drop_expired(now)
            state = self._conversations.get(conversation)
            if state is None:
                state = self._conversations[conversation] = _Conversation(last_used=now)
            new_values = [value for _, value in items if value not in state.by_value]
            new_count = len(dict.fromkeys(new_values))
            if self._max_entries is not None and len(state.by_value) + new_count > self._max_entries:
                if not state.by_value:
                    del self._conversations[conversation]
                raise VaultError(self._limits.too_large_message())
            result = []
            for kind, value in items:
                placeholder = state.by_value.get(value)
                if placeholder is None:
                    normal_kind = normalise_kind(kind)
                    index = state.last_index.get(normal_kind, 0) + 1
                    state.last_index[normal_kind] = index
                    placeholder = make_placeholder(normal_kind, index)
                    state.by_value[value] = placeholder
                    state.by_placeholder[placeholder] = value
                    self._entry_total += 1
                result.append(placeholder)
            self._touch(conversation, state, now)
            self._evict_for_space()
            return result

    def mapping(self, conversation: str) -> dict[str, str]:
        with self._lock:
            self._check_open()
            now = self._clock()
            state = self._conversations.get(conversation)
            if state is None:
                return {}
            if self._is_expired(state, now):
                self._remove(conversation)
                return {}
            self._touch(conversation, state, now)
            return dict(state.by_placeholder)

    def put_record(self, namespace: str, key: str, data: bytes, ttl_seconds: int | None = None) -> None:
        with self._lock:
            self._check_open()
            expires_at = None if ttl_seconds is None else self._clock() + ttl_seconds
            self._records[(namespace, key)] = _Record(bytes(data), expires_at)

    def get_record(self, namespace: str, key: str) -> bytes | None:
        with self._lock:
            self._check_open()
            record = self._records.get((namespace, key))
            if record is None:
                return None
            if record.expires_at is not None and self._clock() >= record.expires_at:
                del self._records[(namespace, key)]
                return None
            return record.data

    def update_record(self, namespace: str, key: str, update: Callable[[bytes | None], bytes | None],
                      ttl_seconds: int | None = None) -> None:
        with self._lock:
            data = update(self.get_record(namespace, key))
            if data is not None:
                self.put_record(namespace, key, data, ttl_seconds)

    def close(self) -> None:
        with self._lock:
            self._conversations.clear()
            self._records.clear()
            self._entry_total = 0
            self._closed = True

    # -- private ---------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise VaultError("the vault is closed")

    def _is_expired(self, state: _Conversation, now: float) -> bool:
        return self._ttl is not None and now - state.last_used >= self._ttl

    def _touch(self, conversation: str, state: _Conversation, now: float) -> None:
        state.last_used = now
        self._conversations.move_to_end(conversation)

    def _drop_expired(self, now: float) -> None:
        while self._conversations:
            oldest_id, oldest = next(iter(self._conversations.items()))
            if not self._is_expired(oldest, now):
                break
            self._remove(oldest_id)
        if self._records and now >= self._next_record_sweep:
            self._next_record_sweep = now + 1.0  # a full scan, so not on every call
            expired = [k for k, r in self._records.items() if r.expires_at is not None and now >= r.expires_at]
            for record_key in expired:
                del self._records[record_key]

    def _evict_for_space(self) -> None:
        if self._max_entries is None:
            return
        # The conversation just used is last in order and fits on its own,
        # so this stops before reaching it.
        while self._entry_total > self._max_entries and len(self._conversations) > 1:
            self._remove(next(iter(self._conversations)))

    def _remove(self, conversation: str) -> None:
        state = self._conversations.pop(conversation)
        self._entry_total -= len(state.by_value)

