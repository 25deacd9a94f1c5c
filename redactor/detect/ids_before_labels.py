"""An identifier written before the words that say what it is: "77082514178 is my PESEL", "4-2416-07417-86-4 (her
national ID number)", "E-204518 is his employee number".

Labels usually come first; in chat people also give the value, then name it. Here a code (four digits or more,
letters, `-`, `.`, `/` inside, or digit groups after single spaces) followed by `is`/`was`/`=`/a dash/an opening
bracket and a possessive or `the`, then words that pii_fields.py's field table reads as an identity or record number
(`national ID number`, `social security`, `PESEL`, `employee number`, `passport number`): that kind, 0.6.
The possessive phrases are literals for the shared cue scan; the code is read backwards from there.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues
from redactor.detect.pii_fields import field_kind

_SCORE = 0.6
_DETERMINERS = ("my", "his", "her", "their", "our", "your", "the")
_CUES = tuple(f"{verb} {det} " for verb in ("is", "was", "=", "-", "–", "—", "(") for det in _DETERMINERS) + tuple(
    f"{verb}{det} " for verb in ("(", ") ") for det in _DETERMINERS)
_VALUE_BEFORE = re.compile(
    r"(?<![\w.-])(?P<code>(?:[A-Za-z0-9][A-Za-z0-9./-]{2,30}[A-Za-z0-9]|\d{2,4}(?:[ ]\d{2,4}){1,4})"
    r"(?:\([A-Za-z0-9]\))?)[ \t]*,?[ \t]*$")
_WORDS_AFTER = re.compile(r"[ \t]*((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)")
# The label names the value after it ("— the member no. 88213"), or the code is a thing's ("Ticket #4410").
_VALUE_AFTER = re.compile(r"[ \t]*[.:#=]?[ \t]*[\"'(]?[A-Z]{0,4}[-/]?\d")
_THING_HASH = re.compile(r"(?i:#|\b(?:ticket|issue|pr|order|invoice|build|job|bug|port|version|step|line|page|room)[ \t]*)$")
_KINDS = frozenset({"NATIONAL_ID", "ID_NUMBER"})
# Dotted layouts of identity numbers, not versions: a Swiss AHV number, digits grouped by threes ("12.345.678").
_ID_GROUPS = re.compile(r"756\.\d{4}\.\d{4}\.\d{2}|\d{1,3}(?:\.\d{3}){2,3}")
_NOT_A_CODE = re.compile(r"v?\d+(?:\.\d+){1,3}|(?:19|20)\d\d|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}")


@needs_cues(_CUES)  # (its gate: keywords.needs_cues)
def find_ids_before_labels(text: str) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of identifiers named by the words after them (module doc)."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _CUES):
        line_start = max(text.rfind("\n", 0, position) + 1, position - 48)
        before = _VALUE_BEFORE.search(text, line_start, position)
        if before is None:
            continue
        code = before.group("code")
        if sum(char.isdigit() for char in code) < 4 or (_NOT_A_CODE.fullmatch(code) and not _ID_GROUPS.fullmatch(code)):
            continue
        words = _WORDS_AFTER.match(text, _after_determiner(lowered, position))
        if words is None:
            continue
        kind = _label_kind(words.group(1).split())
        if kind is not None and not _VALUE_AFTER.match(text, words.end()) and not _THING_HASH.search(
                text, max(0, before.start("code") - 24), before.start("code")):
            yield before.start("code"), before.end("code"), kind, _SCORE


def _after_determiner(lowered: str, position: int) -> int:
    """The offset right after the cue's determiner and its space."""
    for determiner in _DETERMINERS:
        at = lowered.find(determiner + " ", position, position + 6)
        if at != -1:
            return at + len(determiner) + 1
    return position


def _label_kind(words: list[str]) -> str | None:
    """The identifier kind the first words name, the longest reading first ("national ID number", "PESEL")."""
    for length in range(len(words), 0, -1):
        kind = field_kind(" ".join(words[:length]))
        if kind in _KINDS:
            return kind
    return None
