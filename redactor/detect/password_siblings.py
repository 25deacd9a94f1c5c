"""Passwords by parallel position: where a found password stands in a list of pairs, the other pairs hold passwords.

People keep their passwords as lists of `place → password` pairs: a notebook ("bank → Spitfire44", "email →
spitfire44"), a sticky note ("SAGE: Ledger-Pencil"), a chat line ("Bank: Rosemary1954, email: garden-gnome-4,
the council tax site: Whitby!Abbey"). The key of each pair names the place, not the secret, so no label vouches
for the other values; the one value a rule found does. Two layouts are read:

1. **Sibling lines.** The found password ends a line of the form `key SEP value` (SEP one of `:`, `=`, `→`,
   `->`, `=>`, a dash between spaces), and the lines next to it (no blank line between, same indentation, same
   separator) hold one value each at their end.
2. **Sibling pairs on one line.** The found password is the value of one of several `key SEP value` pairs
   separated by `, `, `; ` or ` | ` on its line.

A sibling value is taken when a password slot could hold it (password_slots.fills_a_password_slot: a password's
shape, or a lower-case word of no language) or it is a 4-8 digit number (a PIN among passwords). A key that names
a login (`user`, `login`, `Benutzer`) holds a login, not a password, and is left to the login rules. Doubtful
(DOUBTFUL_SCORE): the wire redacts, an audit does not report.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_slots import fills_a_password_slot
from redactor.detect.slot_names import label_spellings

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_SEPARATOR = r"[ \t]*(?:[:=：→]|->|=>)[ \t]*|[ \t]+[-–—][ \t]+"
_LINE = re.compile(
    r"(?P<indent>[ \t]*(?:[-*•・·]|\d{1,2}[.)])?[ \t]*)(?P<key>[^\s:=→][^\n:=→]{0,40}?)(?P<sep>" + _SEPARATOR + r")"
    r"[\"'`“‘«]?(?P<value>[^\s\"'`”’»]+)[\"'`”’»]?[ \t]*[.,;]?[ \t]*$")
_PAIR = re.compile(
    r"[ \t]*(?P<key>[^\s:=→,;|][^\n:=→,;|]{0,40}?)(?P<sep>" + _SEPARATOR + r")"
    r"[\"'`“‘«]?(?P<value>[^\s\"'`”’»,;|]+)[\"'`”’»]?[ \t]*$")
_PAIR_BREAK = re.compile(r",[ \t]+|;[ \t]+|[ \t]+\|[ \t]+|\t")
_SIBLING_REACH = 12  # lines to either side of the found one
_PIN = re.compile(r"\d{4,8}")
_LOGIN_KEYS = frozenset({"user", "username", "login", "userid", "id", "account", "ssid", "network", "name",
                         "host", "server", "url", "ip", "port"}) | label_spellings(frozenset({"username", "user"}))


def password_sibling_spans(text: str, found: Sequence[Span], taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans in the pairs parallel to the PASSWORD spans of `found`; `taken`: regions found, left alone."""
    done: set[int] = set()
    for span in found:
        if span.kind != KIND:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        if line_start in done:
            continue
        done.add(line_start)
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end < 0 else line_end
        yield from _sibling_lines(text, span, line_start, line_end, taken)
        yield from _sibling_pairs(text, span, line_start, line_end, taken)


def _sibling_lines(text: str, span: Span, line_start: int, line_end: int, taken: list[tuple[int, int]]
                   ) -> Iterator[Span]:
    line = _LINE.fullmatch(text, line_start, line_end)
    if line is None or not line.start("value") <= span.start < line.end("value"):
        return
    form = (line.group("indent"), line.group("sep").strip())
    for direction in (-1, 1):
        start, end = line_start, line_end
        for _ in range(_SIBLING_REACH):
            if direction < 0:
                if start == 0:
                    break
                end = start - 1
                start = text.rfind("\n", 0, end) + 1
            else:
                if end >= len(text):
                    break
                start = end + 1
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
            sibling = _LINE.fullmatch(text, start, end)
            if sibling is None or (sibling.group("indent"), sibling.group("sep").strip()) != form:
                break
            found = _value(text, sibling, taken)
            if found is not None:
                yield found


def _sibling_pairs(text: str, span: Span, line_start: int, line_end: int, taken: list[tuple[int, int]]
                   ) -> Iterator[Span]:
    pieces, start = [], line_start
    for piece_break in _PAIR_BREAK.finditer(text, line_start, line_end):
        pieces.append((start, piece_break.start()))
        start = piece_break.end()
    pieces.append((start, line_end))
    if len(pieces) < 2:
        return
    pairs = [_PAIR.fullmatch(text, piece_start, piece_end) for piece_start, piece_end in pieces]
    own = next((pair for pair in pairs if pair is not None and pair.start("value") <= span.start < pair.end("value")),
               None)
    if own is None:
        return
    separator = own.group("sep").strip()
    for pair in pairs:
        if pair is not None and pair is not own and pair.group("sep").strip() == separator:
            found = _value(text, pair, taken)
            if found is not None:
                yield found


def _value(text: str, pair: re.Match[str], taken: list[tuple[int, int]]) -> Span | None:
    key_words = pair.group("key").lower().split()
    if not key_words or key_words[-1] in _LOGIN_KEYS:
        return None
    start, end = pair.span("value")
    while end > start and text[end - 1] in ".,;:?)":
        end -= 1
    value = text[start:end]
    if not (_PIN.fullmatch(value) or fills_a_password_slot(value)):
        return None
    if any(region_start < end and start < region_end for region_start, region_end in taken):
        return None
    return Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
