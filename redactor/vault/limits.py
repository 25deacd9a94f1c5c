"""Expiry and size bounds, the same for every vault store.

- A conversation expires `ttl_seconds` after it was last used (an `assign` or a
  `mapping` call); its placeholders are then forgotten and a later assign
  starts again at index 1. None: never expires.
- `max_entries` bounds the number of placeholder mappings in one store, across
  all conversations. When an assign pushes the store over the bound, whole
  conversations are evicted, least recently used first, never the conversation
  being assigned. One conversation that alone would exceed the bound is refused
  with VaultError (fail closed) rather than losing part of its mapping. None:
  unbounded.
- Records (privacy-budget ledgers) expire only by the ttl given to put_record,
  and never count toward or get evicted by `max_entries`: dropping a ledger
  would silently reset a privacy budget.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VaultLimits:
    ttl_seconds: float | None = None
    max_entries: int | None = None

    def __post_init__(self) -> None:
        if self.ttl_seconds is not None and self.ttl_seconds <= 0:
            raise ValueError(f"ttl_seconds must be positive or None, got {self.ttl_seconds}")
        if self.max_entries is not None and (self.max_entries < 1 or int(self.max_entries) != self.max_entries):
            raise ValueError(f"max_entries must be a positive integer or None, got {self.max_entries}")

    def too_large_message(self) -> str:
        return (
            f"a conversation would hold more than max_entries={self.max_entries} placeholders; "
            "raise the vault's max_entries or start a new conversation"
        )
