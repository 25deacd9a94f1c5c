"""The conversation memo: a re-sent, unchanged history message costs a lookup, not a redaction.

Chat clients re-send the whole history every turn: the `messages` of chat
completions and Anthropic messages (and of the token counts Claude Code asks
for), the `input` items of the Responses API when the client keeps the state
(`store: false`, as Codex does). The proxy keeps, per conversation and message
(or item) index, the redacted form of each message it sent
(`json` bytes, exactly as they appeared in the upstream body) together with
what the pipeline needs to stay consistent without processing it again
(`redactor.pipeline.SettledSegments`: what its texts add to propagation, the
placeholders its redacted form names, its findings for the Decision). A later
request uses an entry only when all of these hold, and otherwise sends the
message through the full path:

- the message is byte-identical to the one that was redacted: the entry keeps
  the message as it was received, and the re-sent one must equal it key for
  key, in order, type for type (`same_message`: a direct comparison, cheaper
  than hashing the canonical JSON and as exact), at the same index, in the
  same conversation (the conversation id is keyed by the principal, see
  `Pipeline.conversation_id`);
- the placeholders its redacted form names still map to the same values in
  the vault (an expired or foreign thread fails this);
- no value learned since it was redacted occurs in it, and the values it
  contains keep their labels: the detection engine searches every memoised
  text for the values added since, in one pass, and if any would be redacted
  differently the whole request is redone on the full path
  (`SettledTextChanged`), which then refreshes the entries;
- the policy's outgoing text depends on nothing else (`Pipeline.settles`:
  placeholders with at most findings-blind routing; rephrasing, noise and
  routing by findings turn the memo off), and the request that produced the
  entry went to the cloud with no local trigger.
Deny by default is unchanged: a message is either scanned in this request or
byte-identical to one that was scanned in full, and the outgoing bytes of a
memoised message are the ones the full path produced for it.

Memory is bounded: at most `max_conversations` conversations (least recently
used evicted first), one entry per message index, and `max_bytes` in all
(counting each entry's outgoing bytes and texts; the default 64 MiB holds
about 250 conversations of 100 turns of 1 KB messages). The memo is per
process: replicas sharing a Redis vault each keep their own, and the vault
check above keeps them consistent with what any replica issued.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Sequence

from redactor.pipeline import SettledSegments

DEFAULT_MAX_CONVERSATIONS = 4096
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def same_message(message: Any, kept: Any) -> bool:
    """Whether `message` is the very JSON `kept` is: same types, same keys in the same order, equal values.

    Plain `==` is not enough: it finds `1 == 1.0 == True` and `{"a": 1, "b": 2}`
    equal to `{"b": 2, "a": 1}`, which serialise differently; and unlike a hash
    of the serialised message it costs no pass over the text when the strings
    differ early or are the same objects, and a memcmp when they are equal.
    """
    kind = type(message)
    if kind is not type(kept):
        return False
    if kind is str:
        return message == kept
    if kind is dict:
        return len(message) == len(kept) and all(
            key == kept_key and same_message(value, kept_value)
            for (key, value), (kept_key, kept_value) in zip(message.items(), kept.items()))
    if kind is list:
        return len(message) == len(kept) and all(map(same_message, message, kept))
    if kind is float:
        return repr(message) == repr(kept)  # -0.0 == 0.0, and NaN is equal to nothing
    return message == kept  # int, bool, None


def copy_json(value: Any) -> Any:
    """A copy of parsed JSON that shares only its immutable leaves (the proxy rewrites bodies in place)."""
    kind = type(value)
    if kind is dict:
        return {key: copy_json(item) for key, item in value.items()}
    if kind is list:
        return [copy_json(item) for item in value]
    return value


def dump_json(value: Any) -> bytes:
    """`value` as the proxy serialises request bodies (compact, UTF-8). Raises UnicodeEncodeError
    for lone surrogates, which the proxy then escapes for the whole body."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class MemoEntry:
    """One redacted message: as the client sent it, its bytes in the upstream body, and its settlement."""

    incoming: Any  # the message as the client sent it (parsed JSON)
    outgoing: bytes
    settled: SettledSegments
    text_length: int  # of its segments' texts (the request's token estimate counts them)
    _flat: bool = field(init=False, repr=False, compare=False)

    @property
    def flat(self) -> bool:
        """Whether the kept message is an object of strings only (most chat messages)."""
        return self._flat

    def __post_init__(self) -> None:
        object.__setattr__(self, "_flat", type(self.incoming) is dict
                           and all(type(value) is str for value in self.incoming.values()))

    @property
    def size(self) -> int:
        # The kept message shares its strings with the settled texts, so they are counted once
        # (not quite for tool-call arguments, kept both raw and as their leaves: the bound is approximate).
        return len(self.outgoing) + self.text_length + 64 * (len(self.settled.texts) + 1)


class HistoryMemo:
    """Memoised redacted messages, per conversation, bounded (see the module docstring)."""

    def __init__(self, max_conversations: int = DEFAULT_MAX_CONVERSATIONS,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if max_conversations < 1 or max_bytes < 1:
            raise ValueError("the history memo needs room for at least one conversation and one byte")
        self._max_conversations = max_conversations
        self._max_bytes = max_bytes
        # (api, conversation) -> message index -> entry; least recently used conversation first.
        self._conversations: OrderedDict[tuple[str, str], dict[int, MemoEntry]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0  # messages served from the memo (a hit the pipeline then refuses still counts)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    @property
    def conversations(self) -> int:
        return len(self._conversations)

    def lookup(self, api: str, conversation: str, messages: Sequence[Any]) -> dict[int, MemoEntry]:
        """The entries of the messages memoised at their index and re-sent exactly as they were."""
        with self._lock:
            entries = self._conversations.get((api, conversation))
            if entries is None:
                return {}
            self._conversations.move_to_end((api, conversation))
            entries = dict(entries)  # compared outside the lock
        hits = {}
        count = len(messages)
        for index, entry in entries.items():
            if index < count:
                message = messages[index]
                kept = entry.incoming
                if entry.flat:
                    # All its values are strings, which equal only strings: `==` is exact, less the key order.
                    same = type(message) is dict and message == kept and list(message) == list(kept)
                else:
                    same = same_message(message, kept)
                if same:
                    hits[index] = entry
        with self._lock:
            self.hits += len(hits)
        return hits

    def store(self, api: str, conversation: str, entries: dict[int, MemoEntry]) -> None:
        """Add or replace the entries of a conversation's messages by index, then evict to the bounds."""
        if not entries:
            return
        with self._lock:
            key = (api, conversation)
            held = self._conversations.get(key)
            if held is None:
                held = self._conversations[key] = {}
            self._conversations.move_to_end(key)
            for index, entry in entries.items():
                old = held.get(index)
                if old is not None:
                    self._bytes -= old.size
                held[index] = entry
                self._bytes += entry.size
            while self._conversations and (len(self._conversations) > self._max_conversations
                                           or self._bytes > self._max_bytes):
                _, evicted = self._conversations.popitem(last=False)
                self._bytes -= sum(entry.size for entry in evicted.values())
