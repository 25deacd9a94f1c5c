"""Round 31 (ids31, issue 12): a record that a trade, a council or a service opens for a person is numbered right
after its noun in any of several languages (work orders, permits, passes, callouts, memberships), with a prefix of up
to four capitals written apart from its number; the same nouns before amounts, standards and years stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.ids31 import samples_dev31
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, value", samples_dev31.RECORD_NOUN_POS)
def test_a_record_number_after_its_noun_is_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev31.RECORD_NOUN_NEG)
def test_amounts_standards_and_years_after_the_same_nouns_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev31.UNIT_PARTS_POS)
def test_the_floor_and_door_beside_a_found_address_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev31.UNIT_PARTS_NEG)
def test_ordinals_and_sides_beside_no_address_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev31.GROUPED_AFTER_PREFIX_POS)
def test_a_grouped_number_after_a_dealing_word_and_prefix_is_covered_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)
