"""A finder's gate is asked of every text, so what it searches must cost little on any text (issue 14).

A pattern a gate declares (keywords.needs_marks) is searched over the whole text. Python's `re` skips ahead only
to a leading literal or character class: a pattern that opens with a look-around, an anchor or a group of
alternatives is tried at every position (round 35 found one such gate, a connection string's slot keys behind a
look-behind, at 33-48 us per KB of every text: the dearest gate of the three detectors). Such a finder declares the
words its matches start with instead (needs_cues, answered by the shared cue scan), or a mark of its own.
"""
from __future__ import annotations

import re
import re._constants as constants
import re._parser as parser

import pytest

from redactor.detect.infra import InfraDetector
from redactor.detect.keywords import FinderGates, needs_marks
from redactor.detect.pii import PiiDetector

_SKIPPABLE_FIRST = (constants.LITERAL, constants.IN, constants.NOT_LITERAL)


def _pattern_marks(gates: FinderGates) -> list[tuple[str, re.Pattern]]:
    return [(getattr(finder, "__name__", repr(finder)), mark) for finder in gates.finders
            for mark in finder.precondition[1] if isinstance(mark, re.Pattern)]


def _opens_with_what_re_skips_to(pattern: re.Pattern) -> bool:
    parsed = parser.parse(pattern.pattern, pattern.flags)
    return len(parsed.data) > 0 and parsed.data[0][0] in _SKIPPABLE_FIRST


@pytest.mark.parametrize("detector", [PiiDetector, InfraDetector], ids=["pii", "infra"])
def test_every_pattern_a_gate_searches_opens_with_a_literal_or_a_character_class(detector) -> None:
    marks = _pattern_marks(detector()._gates)
    assert marks  # (the gates were read: `\d`, a dot before a label)
    slow = [(name, mark.pattern[:60]) for name, mark in marks if not _opens_with_what_re_skips_to(mark)]
    assert slow == []


def test_a_gate_pattern_behind_a_look_behind_is_refused_by_the_check() -> None:
    @needs_marks(re.compile(r"(?<![\w.])(?:Database|Initial[ \t]+Catalog)[ \t]*=", re.IGNORECASE))
    def find_slots(text: str) -> list:
        return []

    marks = _pattern_marks(FinderGates((find_slots,)))
    assert [_opens_with_what_re_skips_to(mark) for _, mark in marks] == [False]
