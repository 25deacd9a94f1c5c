"""A first name right after a line's time stamp, or right before the time a chat copy prints after its speaker
(people_beside_times.py).

Dev set: DEV and DEV_STAY (written before the code); check set: CHECK and CHECK_STAY (written after it, not tuned on).
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.people_beside_times import people_beside_times

DEV = [
    ("09:14 Grace confirms the 3pm slot with the landlord", ["Grace"]),
    ("[10:02] Dagny escalates the refund to finance", ["Dagny"]),
    ("Grace 10:32\ncan you send me the lease again?", ["Grace"]),
    ("Tomasz  9:41 AM\nlanded, heading to the office", ["Tomasz"]),
    ("14:05 - Rose: the plumber is here", ["Rose"]),
]
DEV_STAY = [
    "09:00 Mark the ticket as done",  # a verb and its object
    "10:30 May release window opens",  # a calendar word
    "12:00 Lunch break",  # no first name
    "14:00 Will be back after the call",  # a stop word
    "Build 10:32 finished",  # no first name
]
CHECK = [
    ("07:55 Bill unlocked the side gate", ["Bill"]),
    ("[21:10] Ingrid: meds given, asleep by 9", ["Ingrid"]),
    ("Wojciech  11:03 PM\nsorry, running late", ["Wojciech"]),
    ("16:20 | Amara signed for the parcel", ["Amara"]),
]
CHECK_STAY = [
    "08:00 Standup in room 4",  # no first name
    "23:59 June invoices close",  # a calendar word
    "Deadline 17:00\nsend the form",  # a word before the time, no name
    "11:15 Grant the admin role to the new hire",  # a verb and its object
]


def _found(text: str, segment_kind: str = "prose") -> list[str]:
    return [text[s.start:s.end] for s in people_beside_times(text, segment_kind, "test")]


@pytest.mark.parametrize("text, names", DEV + CHECK)
def test_first_names_beside_a_line_time_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", DEV_STAY + CHECK_STAY)
def test_verbs_calendar_and_stop_words_stay(text: str) -> None:
    assert _found(text) == []


def test_doubtful_prose_and_tool_output_only() -> None:
    text = "09:14 Grace confirms the 3pm slot"
    spans = people_beside_times(text, "tool_result", "test")
    assert spans and all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE and s.kind == "PERSON" for s in spans)
    assert people_beside_times(text, "code", "test") == []
