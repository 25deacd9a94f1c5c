"""A listed first name ending a clause after for/by/to/... in a log line of tool output (people_in_log_lines.py).

Dev set: the first cases below (written before the code); check set: CHECK (written after it, not tuned on).
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.people_in_log_lines import names_after_log_prepositions

DEV = [
    ("2024-05-01T10:00:01Z INFO approved expense 5521 for Yaw", ["Yaw"]),
    ("12:01:55 notify: sent reminder to Ilse.", ["Ilse"]),
    ("INFO  shift swap requested by Dagny (pending)", ["Dagny"]),
]
CHECK = [
    ("2025-01-14 09:30:12 INFO password reset link sent to Maren\n"
     "2025-01-14 09:31:40 INFO session opened for Kofi (web)", ["Maren", "Kofi"]),
    ("[14:02:19] leave request 3391 approved by Tomasz; balance 12 days", ["Tomasz"]),
    ("2025-02-01T07:00:00Z AUDIT document signed von Annegret.", ["Annegret"]),
]
STAY = [
    "2024-05-01T10:00:01Z INFO build started for Python 3.12 on Linux",
    "INFO cache warmed by Scheduler, took 12ms",
    "2025-01-14 09:30:12 INFO compiled for Android, signed by Release",
    "[14:02:19] synced from Dropbox to Azure, 42 files",
    "WARN route to Sydney degraded; failover to Jordan",
    "2025-03-01 12:00:00 DEBUG timeout set to Default.",
    "INFO job triggered by Cron (schedule)",
    "The laptop is for Ilse.",  # no log line: prose is the model's
]


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in names_after_log_prepositions(text, "tool_result", "test")]


@pytest.mark.parametrize("text, names", DEV + CHECK)
def test_first_names_after_log_prepositions_are_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", STAY)
def test_other_words_and_prose_stay(text: str) -> None:
    assert _found(text) == []


def test_doubtful_and_tool_output_only() -> None:
    text = "2024-05-01T10:00:01Z INFO approved expense 5521 for Yaw"
    spans = names_after_log_prepositions(text, "tool_result", "test")
    assert all(WIRE_MIN_SCORE <= s.score < AUDIT_MIN_SCORE and s.kind == "PERSON" for s in spans)
    assert names_after_log_prepositions(text, "prose", "test") == []
    assert names_after_log_prepositions(text, "code", "test") == []
