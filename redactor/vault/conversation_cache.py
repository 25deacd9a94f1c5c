"""In-process cache of decrypted conversation mappings for the persistent stores.

A cached conversation is valid only for the (generation, version) it was read
at: the store bumps the version whenever it adds a placeholder and gives a
conversation a new generation when it is recreated after expiry or eviction,
so a cache entry can be checked with one cheap read instead of decrypting the
whole mapping again.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass
class CachedConversation:
    generation: str
    version: int
    by_index: dict[str, str] = field(default_factory=dict)  # value HMAC -> placeholder
    by_placeholder: dict[str, str] = field(default_factory=dict)  # placeholder -> value

    def matches(self, generation: str, version: int) -> bool:
        return self.generation == generation and self.version == version


class ConversationCache:
    """Least-recently-used map of conversation id -> CachedConversation (not thread-safe)."""

    def __init__(self, max_conversations: int = 1024) -> None:
        self._max = max_conversations
        self._entries: OrderedDict[str, CachedConversation] = OrderedDict()

    def get(self, conversation_id: str) -> CachedConversation | None:
        cached = self._entries.get(conversation_id)
        if cached is not None:
            self._entries.move_to_end(conversation_id)
        return cached

    def put(self, conversation_id: str, cached: CachedConversation) -> None:
        self._entries[conversation_id] = cached
        self._entries.move_to_end(conversation_id)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def drop(self, conversation_id: str) -> None:
        self._entries.pop(conversation_id, None)

    def clear(self) -> None:
        self._entries.clear()
