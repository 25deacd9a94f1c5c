"""pii._ID_QUESTION ("what's your member number?", its answer on a following line) is compiled with its alternation
of label words grouped by first character (keywords.alternatives_by_first_character): the same matches as written."""
from __future__ import annotations

import random
import re

from redactor.detect import pii
from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector

_AS_WRITTEN = re.compile(pii._ID_QUESTION.pattern, pii._ID_QUESTION.flags)

# Dev set: the question and its answer, as a chat pastes them.
_DEV = [
    ("Agent: what's your member number?\nCustomer: 88213407", "88213407"),
    ("can you confirm the patient ID?\nit's 0048213", "0048213"),
    ("What is your driver's license for the rental?\n> D-1204-5567", "D-1204-5567"),
]
# Check set, not tuned on: other label words, cases and near misses (no question mark, a word inside another).
_CHECK = [
    "Which Policy No. do you have?", "your passport?", "STUDENT ID?", "the account number on file?",
    "What was the claim reference for the March visit?", "membership number", "is that the code?",
    "Employee-ID ?", "licence?", "its invoice number?", "the PATIENT #?",
]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_the_answers_to_the_dev_questions_are_found():
    detector = PiiDetector()
    for text, answer in _DEV:
        found = [text[span.start:span.end] for span in detector.detect(DetectionInput(text))]
        assert answer in found, text


def test_the_grouped_pattern_matches_as_written():
    for text in [text for text, _ in _DEV] + _CHECK:
        assert _matches(pii._ID_QUESTION, text) == _matches(_AS_WRITTEN, text), text
    words = ("member", "Patient", "POLICY", "account", "employee", "id", "no.", "number", "#", "code", "ref",
             "licence", "license", "driver's", "passport", "for", "the", "?", " ", "-", "_", "\n", "İ", "K")
    generator = random.Random(27)
    for _ in range(3000):
        text = " ".join(generator.choice(words) for _ in range(generator.randint(1, 8)))
        assert _matches(pii._ID_QUESTION, text) == _matches(_AS_WRITTEN, text), text
