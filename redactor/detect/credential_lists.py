"""The codes and passwords after the first of a list: "door code is 4471, gate is 1192, garage 0392".

A sentence names its subject once ("door code", "wifi password") and lists the rest by what they open: the items
after the first carry no cue word of their own, so no other rule finds them. Once a password or code is found
(by any rule of the secrets detector), each item that follows it in the same sentence, joined by `,`, `;`,
"and" or "&", is read as `<one to four words> [is | was | : | =] <value>`, and its value is the next item's
secret when it has the first one's shape:

- after a code (3-10 digits, perhaps the keypad's `#`/`*`), a code of 3-10 digits: not a number with a unit
  ("3000 people"), nor one after a preposition or a measure word ("valid until 2026", "floor 2", "count 40");
- after a password word, a password word (`password_sentences.is_password_word`) after "is", ":" or "=".

Anything else ends the list ("door code is 4471, the lobby is on floor 2"). Doubtful: only the list vouches for
the value, so the wire redacts it and an audit does not report it.

Cost: one anchored regex after each password finding whose next character is a list separator.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE

CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_CODE = re.compile(r"\d{3,10}[#*]?")
_ITEM_HEAD = (
    r"[ \t]*(?:[,;]|,?[ \t]+(?:and|&))[ \t]+(?:(?:and|the|a|an|my|our|your|for|then)[ \t]+)?"
    r"(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}?)")
# The next item: its words, then a code (a connector optional: "garage 0392") or a password after "is", ":", "=".
_NEXT_CODE = re.compile(
    _ITEM_HEAD + r"(?:[ \t]+(?:is|was|it's|it’s|=)[ \t]+|[ \t]*[:=][ \t]*|[ \t]+)(?P<value>\d{3,10}[#*]?)(?![^\s,;.!?)])")
_NEXT_PASSWORD = re.compile(
    _ITEM_HEAD + r"(?:[ \t]+(?:is|was|it's|it’s|=)[ \t]+|[ \t]*[:=][ \t]*)(?P<value>[^\s,;:=]+)(?![^\s,;])")
# Words that make the number after them no code: prepositions of time, place and amount, and measures.
NOT_A_CODE_QUALIFIERS = frozenset(
    "until till since from to in on at by before after about around over under of per than floor floors room level "
    "count length size limit digits characters chars attempts tries version year years times days hours minutes "
    "expires expired valid ext extension port step number no".split())
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:digits?|characters?|chars|attempts?|tries|times|days?|hours?|minutes?|mins?|seconds?|secs?|ms|bytes?"
    r"|bits?|lines?|items?|people|users?|persons?|%|km|m|kg|euros?|dollars?|usd|eur)\b", re.IGNORECASE)


def listed_after(text: str, spans: Iterable[Span], is_password_word: Callable[[str], bool]) -> Iterator[Span]:
    """The secrets listed after each PASSWORD finding of `spans` in its sentence (see the module docstring)."""
    for span in spans:
        if span.kind != "PASSWORD" or span.category != CATEGORY:
            continue
        first = text[span.start:span.end]
        is_code = _CODE.fullmatch(first) is not None
        if not is_code and not is_password_word(first):
            continue
        at = span.end
        while True:
            item = (_NEXT_CODE if is_code else _NEXT_PASSWORD).match(text, at)
            if item is None:
                break
            value = item.group("value")
            if is_code:
                words = item.group("words").lower().split()
                if any(word in NOT_A_CODE_QUALIFIERS for word in words) or _UNIT_AFTER.match(text, item.end("value")):
                    break
            else:
                value = value.rstrip(".!?)")
                if not is_password_word(value):
                    break
            start = item.start("value")
            yield Span(start, start + len(value), "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            at = start + len(value)
