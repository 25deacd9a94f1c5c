"""Round 17 (orgs17): two or three capitalised words right before an active verb ("Blue Harbour sent the invoice")
are a doubtful organisation (org_capitalised_subjects.py). Through the whole pipeline: the dev set (written before
the change) leaked 5/14 names on main and 3/14 after (the three left stand before no verb); the check set (written
after the code) 4/8 on main, 1/8 after."""
from __future__ import annotations

import uuid

import pytest

from redactor.core import RequestContext
from redactor.detect.org_capitalised_subjects import capitalised_subjects
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

NAMES = [
    ("Blue Harbour sent the invoice twice, can you write a complaint?", "Blue Harbour"),
    ("Sunrise Dairy delivered the wrong order again this morning.", "Sunrise Dairy"),
    ("Quiet Waters emailed me a new contract, can you summarise it?", "Quiet Waters"),
    ("Copper Kettle charged my card twice for one lunch.", "Copper Kettle"),
]
# Features, concepts, departments, people and public software before a verb stay the finder's nothing.
KEEP = [
    "GitHub Actions failed on the main branch.",
    "Unit Tests passed locally.",
    "Visual Studio Code crashed again.",
    "Maria Lopez said she would call.",
    "Customer Success replied to the ticket.",
    "Error Handling was improved in the refactor.",
    "Dark Mode is enabled by default.",
    "Feature Flags were flipped.",
    "The Pull Request was merged yesterday.",
    "Human Resources approved the leave request.",
    "def f(): Blue Harbour sent it()",
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


def _wire(pipeline, text: str) -> str:
    out = pipeline.process([Segment(text, kind="prose")], RequestContext(conversation=str(uuid.uuid4())))
    return out.segments[0].text


@pytest.mark.parametrize("text,name", NAMES)
def test_a_capitalised_subject_is_redacted(pipeline, text, name):
    assert name not in _wire(pipeline, text)


@pytest.mark.parametrize("text", KEEP)
def test_features_people_and_software_are_not_taken(text):
    assert list(capitalised_subjects(text, "test")) == []


def test_leading_stop_words_are_no_part_of_the_name():
    text = "Then Copper Kettle charged my card twice."
    assert [text[span.start:span.end] for span in capitalised_subjects(text, "test")] == ["Copper Kettle"]


def test_growth_is_linear():
    from tests.growth import assert_linear_growth

    line = "Blue Harbour sent the invoice; Dark Mode is on and Maria Lopez said hi.\n"

    def work_at(size: int):
        text = (line * (size // len(line) + 1))[:size]
        return lambda: list(capitalised_subjects(text, "test"))

    assert_linear_growth(work_at, 200_000)
