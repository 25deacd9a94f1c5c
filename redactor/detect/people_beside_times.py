"""A first name beside the time that opens its line: the speaker or actor of a chat copy, a diary or a log.

Chat copies, shift diaries and activity logs open a line with the time and then who spoke or acted ("09:14 Grace
confirms the slot", "[10:02] Dagny escalates the refund", "14:05 - Rose: the plumber is here"); Slack and Teams copy
a speaker with the time after the name, on a line of its own ("Grace 10:32", "Tomasz  9:41 AM"). One such line is
enough, unlike `people_speaker_turns`, which wants a layout repeated on three lines; and the name may be a word
("Grace", "Rose", "Bill"), which every list-based one-word rule explains away.

The word is a first name as `people_word_names` reads it: a census first name written with a capital (an ordinary
word too, but no stop word such as "Will" or calendar word such as "May"), or a first name of another country's list
that is no ordinary word nor software name. After the time it must end there, be followed by `:` or by a lower-case
word that is not a determiner (a name that is a verb takes an object: "09:00 Mark the ticket"). A guess: doubtful
(wire only). Prose and tool output only.
"""
from __future__ import annotations

import re

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER
from redactor.detect.people_word_names import _first_name_that_may_be_a_word

_TIME = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[APap]\.?[Mm]\.?)?"
_NAME = rf"[{NAME_UPPER}][{NAME_LOWER}]{{2,14}}"
# The time first, bracketed or not, an optional dash or bar, the name; then `:`, the line's end or a lower-case word.
_NAME_AFTER_TIME = re.compile(
    rf"^[ \t]*\[?{_TIME}\]?[ \t]*(?:[-–—|][ \t]*)?(?P<word>{_NAME})"
    rf"(?=[ \t]*(?::|\r?$)|[ \t]+(?P<next>[{NAME_LOWER}]+)\b)", re.MULTILINE)
# The name alone on its line before the time, as chat apps copy a message's header.
_NAME_BEFORE_TIME = re.compile(rf"^[ \t]*(?P<word>{_NAME})[ \t]+{_TIME}[ \t]*\r?$", re.MULTILINE)
# Words that open a verb's object: the word before them is a verb ("Mark the ticket"), no one.
_OBJECT_OPENERS = frozenset("the a an as all this that these those it its up down".split())


def people_beside_times(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for first names beside a line's time (see the module's docstring); gated by a colon."""
    if segment_kind not in ("prose", "tool_result") or ":" not in text:
        return []
    spans: list[Span] = []
    for pattern in (_NAME_AFTER_TIME, _NAME_BEFORE_TIME):
        for match in pattern.finditer(text):
            following = match.groupdict().get("next")
            if following in _OBJECT_OPENERS or not _first_name_that_may_be_a_word(match.group("word"), None):
                continue
            spans.append(Span(*match.span("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return sorted(spans, key=lambda span: span.start)
