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
  the message's JSON text as the client wrote it, and the re-sent one must be
  the very same text (compared in place in the request body, see
  `redactor.server.limits.RequestBody`: a memcmp, no walk over parsed
  objects), at the same index, in the same conversation (the conversation id
  is keyed by the principal, see `Pipeline.conversation_id`); the same text
  parses to the same JSON, so the message is the one that was scanned;
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
(counting each entry's source text, outgoing bytes and texts; a conversation
of 100 turns of 1 KB messages counts about 0.9 MB, so the default 64 MiB holds
about 70 of them). The memo is per
process: replicas sharing a Redis vault each keep their own, and the vault
check above keeps them consistent with what any replica issued.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from redactor.pipeline import SettledSegments
from redactor.server.limits import RequestBody

DEFAULT_MAX_CONVERSATIONS = 4096
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def dump_json(value: Any) -> bytes:
    """`value` as the proxy serialises request bodies (compact, UTF-8). Raises UnicodeEncodeError
    for lone surrogates, which the proxy then escapes for the whole body."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class MemoEntry:
    """One redacted message: its JSON text as the client sent it, its bytes in the upstream body, its settlement."""

    source: str  # the message's JSON text in the client's body
    outgoing: bytes
    settled: SettledSegments
    text_length: int  # of its segments' texts (the request's token estimate counts them)

    @property
    def size(self) -> int:
        return len(self.outgoing) + len(self.source) + self.text_length + 64 * (len(self.settled.texts) + 1)


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

    def lookup(self, api: str, conversation: str, body: RequestBody) -> dict[int, MemoEntry]:
        """The entries of the history messages of `body` memoised at their index and re-sent exactly as they were."""
        spans = body.history_spans
        if not spans:
            return {}
        with self._lock:
            entries = self._conversations.get((api, conversation))
            if entries is None:
                return {}
            self._conversations.move_to_end((api, conversation))
            entries = dict(entries)  # compared outside the lock
        # The same length, and the same characters in place (no copy): a memcmp per re-sent message.
        count = len(spans)
        starts_with = body.text.startswith
        hits = {}
        for index, entry in entries.items():
            if index < count:
                start, end = spans[index]
                source = entry.source
                if end - start == len(source) and starts_with(source, start):
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
