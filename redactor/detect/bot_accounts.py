"""An account a record declares to be a bot names no one: its name fields hold no person (round 35, precision35).

Chat and ticket APIs return their users as records, and a record says of itself whether it is a person: Slack's
`"is_bot": true`, Discord's `"bot": true`, GitHub's `"type": "Bot"`. The name rules read such a record like any
other person's ("name": "polly", "real_name": "Polly", "id": "USLACKBOT") and the wire redacts an integration's
name. What makes these values public is their position: the record they stand in says it is no person's.

What is dropped: a PERSON or USERNAME finding that is the whole (or a part) of a string value of a name or id key
(`name`, `real_name`, `display_name`, `username`, `login`, `id`, `user`, ...) of the JSON object that carries the bot
mark at its own level (not a nested one). What stays: every other key's value ("text", "title", "email": a bot's
message may name a person), an object marked `false`, and any object without the mark.

Cost: one substring test per text ("bot"); the bracket scan only runs on texts that hold a mark.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

_KINDS = frozenset({"PERSON", "USERNAME"})
_MARK = re.compile(r'"(?:is_bot|isBot|bot)"[ \t]*:[ \t]*true\b|"type"[ \t]*:[ \t]*"[Bb]ot"')
# A string value under a key naming the account: "name", "real_name", "displayName", "login", "user_id", "id".
_NAME_VALUE = re.compile(
    r'"(?P<key>[A-Za-z_]*(?:[Nn]ame|[Ll]ogin|[Uu]ser|[Hh]andle|[Ii][Dd]))"[ \t]*:[ \t]*"(?P<value>[^"\\\n]*)"')


def _enclosing_object(text: str, position: int) -> tuple[int, int] | None:
    """[start, end) of the JSON object whose own level holds `position` (strings skipped roughly: a quote flips)."""
    start = _unmatched_brace(text, range(position - 1, -1, -1), opens="}", closes="{")
    if start is None:
        return None
    end = _unmatched_brace(text, range(start + 1, len(text)), opens="{", closes="}")
    return None if end is None else (start, end + 1)


def _unmatched_brace(text: str, indices: range, opens: str, closes: str) -> int | None:
    """The first index in `indices` (walked in either direction) of a `closes` brace that no `opens` brace met on
    the way balances, outside strings."""
    depth, quoted = 0, False
    for index in indices:
        char = text[index]
        if char == '"' and text[index - 1:index] != "\\":
            quoted = not quoted
        elif quoted:
            continue
        elif char == opens:
            depth += 1
        elif char == closes:
            if depth == 0:
                return index
            depth -= 1
    return None


def _own_level_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name and id values standing at the object's own level (not inside a nested object)."""
    values = []
    for match in _NAME_VALUE.finditer(text, start, end):
        if _enclosing_object(text, match.start()) == (start, end):
            values.append(match.span("value"))
    return values


def without_bot_account_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the people and logins that are name or id values of an object marked as a bot (module doc)."""
    if "bot" not in text and "Bot" not in text or not any(span.kind in _KINDS for span in spans):
        return list(spans)
    regions: list[tuple[int, int]] = []
    for mark in _MARK.finditer(text):
        bounds = _enclosing_object(text, mark.start())
        if bounds is not None:
            regions += _own_level_values(text, *bounds)
    if not regions:
        return list(spans)
    return [span for span in spans
            if not (span.kind in _KINDS and any(start <= span.start and span.end <= end for start, end in regions))]


def bot_names_in_conversation(texts: Sequence[str], results: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """`results` less every PERSON or USERNAME finding, in any text of the request, whose whole value is a name a
    bot record holds in some text: "Polly is an app/bot account" beside `{"real_name": "Polly", "is_bot": true}`
    (the model's finding in the prose would otherwise come back into the record by propagation)."""
    names: set[str] = set()
    for text in texts:
        if "bot" in text or "Bot" in text:
            for mark in _MARK.finditer(text):
                bounds = _enclosing_object(text, mark.start())
                if bounds is not None:
                    names.update(text[start:end].casefold() for start, end in _own_level_values(text, *bounds)
                                 if end - start >= 2)
    if not names:
        return [list(spans) for spans in results]
    return [[span for span in spans if not (span.kind in _KINDS and text[span.start:span.end].casefold() in names)]
            for text, spans in zip(texts, results)]
