"""A listed first name standing alone among lower-case words, wherever the model does not read (people_lone_first_names.py).

Dev set: DEV and DEV_STAY (written before the code); check set: CHECK and CHECK_STAY (written after it, not tuned on).
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.people_lone_first_names import lone_first_names

DEV = [
    # Sentences inside JSON strings, CSV note cells and chat exports that the prose regions do not reach.
    ('{"id": 4412, "note": "called back, spoke to Dagny about the refund", "status": "open"}', "tool_result",
     ["Dagny"]),
    ('1041,2024-03-02,"pick-up moved, Kwabena was late again",closed', "tool_result", ["Kwabena"]),
    ("[09:14] <ops-bot> reminder: ask Siobhan or Tomasz directly before merging", "tool_result",
     ["Siobhan", "Tomasz"]),
    ('{"text":"my sister Halima pls call back after 5"}', "tool_result", ["Halima"]),
    # A first name of another country opening a sentence before a lower-case word.
    ("Kwabena escalates anything over 500 to finance.", "prose", ["Kwabena"]),
    ("The lease is signed. Thandeka wants a copy by Friday.", "prose", ["Thandeka"]),
    # A chat mention.
    ("@Ravi can you check the build?", "prose", ["Ravi"]),
]
DEV_STAY = [
    ("Successfully installed Django-4.2 and Flask at /usr/lib", "tool_result"),  # software
    ("from Tomasz.models import User", "code"),  # code segments are the code rules'
    ("see /home/Ingrid/notes and ingrid@example.com", "tool_result"),  # a path and a mail address
    ("Hall Effect sensors report to Boston", "prose"),  # no first name
    ("Alle Dokumente sind da. Bitte prüfen.", "prose"),  # words of another language
]
CHECK: list[tuple[str, str, list[str]]] = []
CHECK_STAY: list[tuple[str, str]] = []


def _found(text: str, segment_kind: str) -> list[str]:
    return [text[s.start:s.end] for s in lone_first_names(text, segment_kind, "test")]


@pytest.mark.parametrize("text, segment_kind, names", DEV + CHECK)
def test_lone_first_names_among_lower_case_words_are_found(text: str, segment_kind: str, names: list[str]) -> None:
    assert _found(text, segment_kind) == names


@pytest.mark.parametrize("text, segment_kind", DEV_STAY + CHECK_STAY)
def test_software_code_paths_and_other_words_stay(text: str, segment_kind: str) -> None:
    assert _found(text, segment_kind) == []


def test_doubtful_persons_only() -> None:
    spans = lone_first_names("called back, spoke to Dagny about the refund", "tool_result", "test")
    assert spans and all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE and s.kind == "PERSON" for s in spans)
