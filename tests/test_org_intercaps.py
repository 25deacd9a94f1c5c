"""Round 17 (orgs17): a word of capitalised parts written as one ("BrightPath", "SwiftPay"), outside code, is a
doubtful organisation (org_intercaps.py). Through the whole pipeline: the dev set (written before the change)
leaked 7/20 names on main and 4/20 after (the InterCaps ones but "BrightPath": "Path" is code's vocabulary; lower
case and capitals are other classes); the check set (written after the code) 8/10 on main, 1/10 after
("TrueNorth": "north" is in Python class names)."""
from __future__ import annotations

import uuid

import pytest

from redactor.core import RequestContext
from redactor.detect.org_intercaps import intercaps_name, intercaps_names
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

DEV = [
    ("Invoice from GreenLeaf Dental attached, please forward to accounts.", "GreenLeaf"),
    ("Client: CloudNine Events\nEvent date: 2026-06-14", "CloudNine"),
    ("I've been with SwiftPay for payroll since 2021, support is slow.", "SwiftPay"),
]
CHECK = [
    ("Moved my pension to OakFort last year, they charge 0.4%.", "OakFort"),
    ("Booked the venue through PartyHarbor, deposit paid.", "PartyHarbor"),
    ("Vendor: StoneRidge Supplies\nPO: 5512", "StoneRidge"),
    ("Hola, trabajo en SolMar desde 2020 y necesito una carta.", "SolMar"),
    ("the kids' swim club (AquaStars) wants the fee by Friday", "AquaStars"),
    ("Thanks,\nPriya\nBrightMeadow Florists", "BrightMeadow"),
    ("Our insurer QuietHaven denied the claim, can you help me appeal?", "QuietHaven"),
    ("Ich habe bei WaldBlick gekündigt, die Bestätigung fehlt noch.", "WaldBlick"),
    ("Got the invoice from FreshCrate for the office snacks.", "FreshCrate"),
]
# Code's class names and public software stay as they are.
KEEP = [
    "Refactor UserService so the ReactNode props are typed.",
    "The TodoList component renders twice; wrap it in useMemo.",
    "Open a PullRequest on GitHub and ping the reviewers.",
    "We pay through PayPal and host videos on YouTube.",
    "Add a DarkMode toggle to the SideBar and the HomePage.",
    "Pass the AuthContext down from the AppShell.",
    "Use `ProductCard` in the grid, then render <ProductCard /> per item.",
    "We use JavaScript and TypeScript with WordPress.",
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


def _wire(pipeline, text: str) -> str:
    out = pipeline.process([Segment(text, kind="prose")], RequestContext(conversation=str(uuid.uuid4())))
    return out.segments[0].text


@pytest.mark.parametrize("text,name", DEV + CHECK)
def test_a_name_in_intercaps_is_redacted(pipeline, text, name):
    assert name not in _wire(pipeline, text)


@pytest.mark.parametrize("text", KEEP)
def test_class_names_and_public_software_are_not_taken(text):
    assert list(intercaps_names(text, "test")) == []


@pytest.mark.parametrize("word,taken", [
    ("SwiftPay", True), ("BlueHarbour", True), ("GreenLeaf", True),
    ("UserService", False), ("ReactNode", False), ("TodoList", False), ("GitHub", False), ("PayPal", False),
    ("YouTube", False), ("MacArthur", False), ("HomePage", False),
])
def test_word_judgement(word, taken):
    assert intercaps_name(word) is taken


def test_a_line_of_code_is_not_read():
    assert list(intercaps_names("client = SwiftPay(config)  # def load()", "test")) == []


def test_growth_is_linear():
    from tests.growth import assert_linear_growth

    line = "Paid SwiftPay 400 for BlueHarbour; the UserService ran.\n"

    def work_at(size: int):
        text = (line * (size // len(line) + 1))[:size]
        return lambda: list(intercaps_names(text, "test"))

    assert_linear_growth(work_at, 200_000)
