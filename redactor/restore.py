"""Restoring placeholders in replies: whole texts and streams of deltas.

Only placeholders that the current conversation issued are restored: the
restorer is built from that conversation's mapping alone, so a look-alike typed
by a user or invented by a model is left as it is and can never become another
conversation's value. Common model alterations (case, markdown backslash
escapes) are tolerated because matching goes through PLACEHOLDER_PATTERN and
then canonicalises before the lookup.

Both placeholder forms are restored (placeholder_syntax.py). An identifier-form
placeholder may sit inside a longer identifier (``get_DB_1__conn``), so it is
matched wherever an identifier edge allows, not only between spaces; a stream
holds back a trailing word that could still grow into one, but only when the
conversation issued identifier placeholders at all, so streams of every other
policy are released exactly as before.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from redactor.placeholder_syntax import (
    EDGE_CONTEXT_LENGTH,
    JSON_TEXT_PLACEHOLDER_PATTERN,
    MAX_PLACEHOLDER_LENGTH,
    PLACEHOLDER_PATTERN,
    canonical_from_match,
    could_be_identifier_placeholder_prefix,
    could_be_placeholder_prefix,
    identifier_edge_pattern,
    is_identifier_placeholder,
)


def json_string_escape(value: str) -> str:
    """`value` as it must appear inside a JSON string literal (no quotes)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


@dataclass
class Restorer:
    """Restores one conversation's placeholders in complete texts.

    The mapping is read when the restorer is built: whether it holds
    identifier-form placeholders decides how texts are scanned.
    """

    mapping: dict[str, str]  # canonical placeholder -> original value
    has_identifier_placeholders: bool = field(init=False)

    def __post_init__(self) -> None:
        self.has_identifier_placeholders = any(is_identifier_placeholder(p) for p in self.mapping)

    def restore(self, text: str, json_escape: bool = False, preceding: str = "") -> tuple[str, int]:
        """Return (restored text, number of placeholders restored).

        `json_escape=True` is for text that is itself the inside of JSON (raw
        tool-call argument strings): values are escaped so the JSON stays valid,
        and markdown escapes are matched in their JSON-escaped form (``\\\\[``),
        so the result decodes to what restoring the decoded strings would give.
        `preceding` is the text just before `text` (a stream's released part):
        it decides whether an identifier placeholder at the very start of
        `text` sits at an identifier edge, and is not part of the result.
        """
        if not self.mapping or ("[" not in text and not self.has_identifier_placeholders):
            return text, 0
        restored_count = 0
        pieces = []
        cursor = len(preceding)
        scanned = preceding + text
        for match in _pattern_for(json_escape).finditer(scanned, cursor):
            value = self.mapping.get(canonical_from_match(match))
            if value is None:
                continue
            restored_count += 1
            pieces.append(scanned[cursor:match.start()])
            pieces.append(json_string_escape(value) if json_escape else value)
            cursor = match.end()
        if not restored_count:
            return text, 0
        pieces.append(scanned[cursor:])
        return "".join(pieces), restored_count

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
        # The end of the raw text released so far: whether what follows starts at an identifier edge.
        self._released_tail = ""
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
        restored, count = self._restorer.restore(text, json_escape=self._json_escape,
                                                 preceding=self._released_tail)
        self._released_tail = (self._released_tail + text)[-EDGE_CONTEXT_LENGTH:]
        self.restored_count += count
        return restored

    def _hold_back_start(self, text: str) -> int:
        """Index from which `text` must be held back (len(text) if nothing)."""
        # Complete placeholders never need holding; only a trailing candidate does.
        # Candidates start with "[" or a backslash, within the last MAX chars.
        window_start = max(0, len(text) - MAX_PLACEHOLDER_LENGTH)
        # Do not split a complete match that straddles the window start.
        pattern = _pattern_for(self._json_escape)
        scanned = self._released_tail + text
        offset = len(self._released_tail)
        for match in pattern.finditer(scanned, offset + max(0, window_start - MAX_PLACEHOLDER_LENGTH)):
            if match.start() - offset < window_start < match.end() - offset:
                window_start = match.end() - offset
        hold = len(text)
        position = window_start
        while True:
            bracket = _next_candidate(text, position)
            if bracket < 0:
                break
            if could_be_placeholder_prefix(text[bracket:]):
                hold = bracket
                break
            position = bracket + 1
        if self._restorer.has_identifier_placeholders:
            hold = min(hold, self._identifier_hold_start(text, window_start))
        return hold

    def _identifier_hold_start(self, text: str, window_start: int) -> int:
        """Start of a trailing word that could still become an identifier placeholder, else len(text)."""
        run_start = len(text)
        while run_start > window_start and text[run_start - 1].isascii() and (
                text[run_start - 1].isalnum() or text[run_start - 1] in "_\\"):
            run_start -= 1
        edge = identifier_edge_pattern(self._json_escape)
        scanned = self._released_tail + text
        offset = len(self._released_tail)
        for start in range(run_start, len(text)):
            if not (text[start].isalpha() and could_be_identifier_placeholder_prefix(text[start:])):
                continue
            # The camelCase edge looks ahead two letters the stream may not have yet.
            camel_join = text[start].isupper() and scanned[offset + start - 1:offset + start].islower()
            if camel_join or edge.match(scanned, offset + start):
                return start
        return len(text)


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
