"""A declared organisation's other forms across a conversation (org_other_forms.py, organisation_parts.py, engine).

- A name of several words found by a finder that reads structure (not the model's guess) spreads in lower case and
  capitals when one of its words names it alone; its initials (3-5 capitalised words) spread; a compound word of it
  that English hardly writes spreads in lower case.
- Names of everyday words only, initials English writes often, names of two words, and words English writes stay.
Forms written for these tests, in other layouts and languages than the corpus that showed the class.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.org_other_forms import case_blind_name, organisation_initials
from redactor.detect.organisation_parts import organisation_parts
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _found(engine: DetectionEngine, system: str, later: str) -> list[str]:
    segments = [Segment(system, role="system", position="system"), Segment(later, role="user", position="user")]
    spans = engine.detect(segments)[1]
    return [later[span.start:span.end] for span in spans if span.kind == "ORGANIZATION"]


@pytest.mark.parametrize("name, expected", [
    ("Moorcroft Tiling", True), ("Quellbrunn Getränke", True), ("Thistledown & Fern", True),
    ("Open Door", False), ("Home Support Services", False), ("Acme 2024", False), ("Moorcroft", False),
])
def test_which_names_of_several_words_are_case_blind(name: str, expected: bool) -> None:
    assert case_blind_name(name) is expected


@pytest.mark.parametrize("name, initials", [
    ("Wrenbury Canal Trust", ("WCT",)), ("Pellow Marsh Housing Co-operative Ltd", ("PMHC",)),
    ("Friends of Ashcombe Woods", ("FAW",)), ("Oakhurst Dental", ()),  # two words: too short to stand alone
    ("National Health Service", ()),  # "NHS": English writes it for its own sake
    ("Alpha Pi Inc", ()),  # "API": a tech term
])
def test_initials_of_a_name(name: str, initials: tuple[str, ...]) -> None:
    assert organisation_initials(name) == initials


def test_a_rare_compound_of_a_name_spreads_in_lower_case_but_an_everyday_word_does_not() -> None:
    assert "bramblegate" in organisation_parts("Bramblegate Lettings")
    assert "workflow" not in organisation_parts("Workflow Partners Group")


def test_a_deployer_spreads_in_lower_case_and_by_its_initials(engine: DetectionEngine) -> None:
    system = "You are the scheduling assistant of Wrenbury Canal Trust. Answer volunteers politely."
    later = "ok so the wrenbury canal trust rota is out, WCT wants two more lock keepers; ping the wrenbury desk"
    found = _found(engine, system, later)
    assert "wrenbury canal trust" in found and "WCT" in found and "wrenbury" in found


def test_a_legal_form_name_in_capitals_later(engine: DetectionEngine) -> None:
    system = "Ты помощник склада. Поставщик: Quellbrunn Getränke GmbH, Hamm."
    later = "PLEASE CONFIRM QUELLBRUNN GETRÄNKE GMBH DELIVERY FOR MONDAY"
    assert any("QUELLBRUNN GETRÄNKE" in value for value in _found(engine, system, later))


def test_everyday_names_and_frequent_initials_stay(engine: DetectionEngine) -> None:
    system = "You are the intake assistant of Open Door. Be kind."
    later = "please leave the open door note and check the NHS number"
    assert _found(engine, system, later) == []
