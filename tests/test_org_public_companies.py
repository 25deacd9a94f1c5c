"""Listed companies are doubtful (redacted on the wire, not reported by an audit); private organisations keep their
score: org_public_companies.py. Dev set written before the change, check set after (not tuned on)."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_public_companies import is_public_company, public_company_key
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.wire_coverage import covered_by_one_finding


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found(engine: DetectionEngine, text: str, value: str) -> bool:
    return covered_by_one_finding(engine, text, value, "tool", "tool_result")


def best_score(engine: DetectionEngine, text: str, value: str) -> float:
    """The highest score of a finding covering `value` (0 when none does)."""
    (spans,) = engine.detect([Segment(text, role="tool", kind="tool_result")])
    start = text.rindex(value)
    return max((s.score for s in spans if s.start <= start and start + len(value) <= s.end), default=0.0)


DEV_PUBLIC = [
    ("Grabbed a coffee at Starbucks before the meeting.", "Starbucks"),
    ("He works at Microsoft on the Azure team.", "Microsoft"),
]
CHECK_PUBLIC = [
    ("The quarterly filing from Siemens AG came out on Thursday.", "Siemens AG"),
    ("My sister has been at Unilever for six years now.", "Unilever"),
    ("We compared the offers from Tesco and from the corner shop.", "Tesco"),
    ("She left Volkswagen in 2021 to start her own bakery.", "Volkswagen"),
]
# Private organisations beside them are still redacted, also when they begin with a listed name's word.
DEV_PRIVATE = [
    ("She works at Brightwave since March and loves the team.", "Brightwave"),
    ("We signed the contract with Pellmore on Tuesday.", "Pellmore"),
]
CHECK_PRIVATE = [
    ("Invoice 2231 is from Harrowgate Analytics Ltd, due on the 30th.", "Harrowgate Analytics Ltd"),
    ("He moved from Volkswagen to Ostermeyer Fahrzeugbau GmbH last spring.", "Ostermeyer Fahrzeugbau GmbH"),
    ("The franchisee, Tesco Kilmarnock Retail Partners Ltd, disputes the lease.", "Tesco Kilmarnock Retail Partners Ltd"),
]


@pytest.mark.parametrize("text, value", DEV_PUBLIC + CHECK_PUBLIC)
def test_listed_companies_are_doubtful(engine, text, value):
    assert 0 < best_score(engine, text, value) <= DOUBTFUL_SCORE, value


@pytest.mark.parametrize("text, value", DEV_PRIVATE + CHECK_PRIVATE)
def test_private_organisations_are_still_found(engine, text, value):
    assert found(engine, text, value), value
    assert best_score(engine, text, value) > DOUBTFUL_SCORE, value


def test_the_key_drops_the_legal_form_and_the_article():
    assert public_company_key("The Coca-Cola Company") == "coca-cola"
    assert public_company_key("Apple Inc.") == "apple"
    assert public_company_key("Tesco PLC") == "tesco"
    assert is_public_company("Siemens AG") and is_public_company("STARBUCKS")
    assert not is_public_company("Siemens Kundendienst Nord") and not is_public_company("Brightwave")
