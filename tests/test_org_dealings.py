"""The firm a person deals with, named by the dealing (org_dealings.py): a bill, policy, account or support desk
after the name, "with" after a word of banking, insuring or working, a label of past employers, and a CV line's
open span of years (organisations_in_structure.py).

Dev set: written before the change from the forms people paste (CVs, call notes, household admin), never from a
corpus case; the check set at the end was written after it and not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.growth import assert_linear_growth
from tests.wire_coverage import covered_on_wire, untouched_on_wire
from redactor.detect.org_dealings import organisations_by_dealing


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


DEV_FOUND = [
    ("Tomek, ING support, called back about the card", "ING"),
    ("the Aviva policy AV-2231 renews in May", "Aviva"),
    ("Yorkshire Water bill for April is overdue", "Yorkshire Water"),
    ("the Legal & General policy LG-4471 lapsed", "Legal & General"),
    ("Her Brightwell Mutual statement shows two payments", "Brightwell Mutual"),
    ("Mr Okafor has been with HSBC since 2015.", "HSBC"),
    ("remortgage w/ Nationwide next month", "Nationwide"),
    ("she banks with Starling and saves with Marcus", "Starling"),
    ("lavora presso Enel a Roma da due anni", "Enel"),
    ("Previously: Direct Line, Capita", "Direct Line"),
    ("Previously: Direct Line, Capita", "Capita"),
    ("Current employer - Infosys", "Infosys"),
    ("Data Engineer, Zomato (2022–)", "Zomato"),
    ("Senior Planner, Ocado Retail (2021 –)", "Ocado Retail"),
]
DEV_LEFT = [
    ("Your account statement is attached.", "account"),
    ("Customer Support will call you back.", "Customer Support"),
    ("Check the AWS bill before Friday.", "AWS"),
    ("Log in with GitHub and open the Stripe account settings.", "Stripe"),
    ("The Monthly bill went up.", "Monthly"),
    ("Previously: none", "none"),
    ("The next bill is due on the 3rd.", "next"),
    ("We deploy everything on AWS.", "AWS"),
]


@pytest.mark.parametrize("text, value", DEV_FOUND)
def test_the_firm_of_a_dealing_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value), value


@pytest.mark.parametrize("text, value", DEV_LEFT)
def test_public_software_and_ordinary_words_are_left(text, value):
    assert not any(text[span.start:span.end] == value or value in text[span.start:span.end]
                   for span in organisations_by_dealing(text, "test")), value


def test_cost_grows_linearly() -> None:
    line = "Tomek, ING support, called. banks with banks with Aviva policy Previously: Acme, Brio, Corvid, "

    def work_at(size: int):
        text = (line * (size // len(line) + 1))[:size]
        return lambda: list(organisations_by_dealing(text, "test"))

    assert_linear_growth(work_at, 100_000)


# Written after the change, not tuned on.
CHECK_FOUND = [
    ("Ahmed, Barclaycard support, promised a refund", "Barclaycard"),
    ("the Zurich policy ZU-118 covers the van", "Zurich"),
    ("Her Nordvik Sparebank account was frozen in May", "Nordvik Sparebank"),
    pytest.param("She's insured with Admiral for the car", "Admiral", marks=pytest.mark.xfail(
        reason="a firm named by a listed first name is left to the people finders", strict=True)),
    ("Formerly: Serco; Kier Group", "Kier Group"),
    ("Past employers: Wipro / Tata Consultancy Services", "Wipro"),
    ("Account Manager, Halvard Freight (2024 –)", "Halvard Freight"),
    ("he banks with Bunq and pays rent by standing order", "Bunq"),
    ("Octopus Energy bill for the flat came in", "Octopus Energy"),
    ("Marek from Allegro support rang at 10", "Allegro"),
]
CHECK_LEFT = [
    ("Python support was added in version 3.", "Python"),
    ("the Google account settings page", "Google"),
    ("We started with Kubernetes last year.", "Kubernetes"),
    ("The Service account needs the viewer role.", "Service"),
    ("Previously: see the notes above", "see"),
    ("Tesco announced record profits in a press release.", "Tesco"),
]


@pytest.mark.parametrize("text, value", CHECK_FOUND)
def test_check_set_firms_are_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value), value


@pytest.mark.parametrize("text, value", CHECK_LEFT)
def test_check_set_left_by_the_slots(text, value):
    assert not any(value in text[span.start:span.end] for span in organisations_by_dealing(text, "test")), value
