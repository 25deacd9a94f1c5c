"""Restoring placeholders in replies: whole texts and streams of deltas.

Only placeholders that the current conversation issued are restored: the
restorer is built from that conversation's mapping alone, so a look-alike typed
by a user or invented by a model is left as it is and can never become another
conversation's value. Common model alterations (case, markdown backslash
escapes) are tolerated because matching goes through PLACEHOLDER_PATTERN and
then canonicalises before the lookup.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from redactor.placeholder_syntax import (
    JSON_TEXT_PLACEHOLDER_PATTERN,
    MAX_PLACEHOLDER_LENGTH,
    PLACEHOLDER_PATTERN,
    canonical_from_match,
    could_be_placeholder_prefix,
)


def json_string_escape(value: str) -> str:
    """`value` as it must appear inside a JSON string literal (no quotes)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


@dataclass
class Restorer:
    """Restores one conversation's placeholders in complete texts."""

    mapping: dict[str, str]  # canonical placeholder -> original value

    def restore(self, text: str, json_escape: bool = False) -> tuple[str, int]:
        """Return (restored text, number of placeholders restored).

        `json_escape=True` is for text that is itself the inside of JSON (raw
        tool-call argument strings): values are escaped so the JSON stays valid,
        and markdown escapes are matched in their JSON-escaped form (``\\\\[``),
        so the result decodes to what restoring the decoded strings would give.
        """
        if not self.mapping or "[" not in text:
            return text, 0
        restored_count = 0

        def substitute(match) -> str:
            nonlocal restored_count
            value = self.mapping.get(canonical_from_match(match))
            if value is None:
                return match.group(0)
            restored_count += 1
            return json_string_escape(value) if json_escape else value

        return _pattern_for(json_escape).sub(substitute, text), restored_count

    def restore_json(self, document):
        """Restore every string (keys and values) in a parsed JSON document."""
        if isinstance(document, str):
            return self.restore(document)[0]
        if isinstance(document, list):
            return [self.restore_json(item) for item in document]
        if isinstance(document, dict):
            return {self.restore_json(key): self.restore_json(value) for key, value in document.items()}
        return document


class StreamRestorer:
    """Restores placeholders in a stream of text deltas, holding back only a tail.

    `feed(delta)` returns the text that can safely be released now; anything
    that could still be the start of a placeholder (at most
    MAX_PLACEHOLDER_LENGTH characters) is held until the next delta decides it.
    `flush()` releases what is left at the end of the stream. A partial
    placeholder is never emitted: either the whole restored value or the
    literal text goes out.
    """

    def __init__(self, restorer: Restorer, json_escape: bool = False) -> None:
        self._restorer = restorer
        self._json_escape = json_escape
        self._pending = ""
        self.restored_count = 0

    def feed(self, delta: str) -> str:
        if not delta:
            return ""
        text = self._pending + delta
        cut = self._hold_back_start(text)
        releasable, self._pending = text[:cut], text[cut:]
        return self._restore(releasable)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._restore(text)

    @property
    def pending(self) -> str:
        return self._pending

    def _restore(self, text: str) -> str:
        if not text:
            return ""
        restored, count = self._restorer.restore(text, json_escape=self._json_escape)
        self.restored_count += count
        return restored

    def _hold_back_start(self, text: str) -> int:
        """Index from which `text` must be held back (len(text) if nothing)."""
        # Complete placeholders never need holding; only a trailing candidate does.
        # Candidates start with "[" or a backslash, within the last MAX chars.
        window_start = max(0, len(text) - MAX_PLACEHOLDER_LENGTH)
        # Do not split a complete match that straddles the window start.
        pattern = _pattern_for(self._json_escape)
        for match in pattern.finditer(text, max(0, window_start - MAX_PLACEHOLDER_LENGTH)):
            if match.start() < window_start < match.end():
                window_start = match.end()
        position = window_start
        while True:
            bracket = _next_candidate(text, position)
            if bracket < 0:
                return len(text)
            if could_be_placeholder_prefix(text[bracket:]):
                return bracket
            position = bracket + 1


def _pattern_for(json_escape: bool):
    return JSON_TEXT_PLACEHOLDER_PATTERN if json_escape else PLACEHOLDER_PATTERN


def _next_candidate(text: str, start: int) -> int:
    bracket = text.find("[", start)
    backslash = text.find("\\", start)
    if bracket < 0:
        return backslash
    if backslash < 0:
        return bracket
    return min(bracket, backslash)
