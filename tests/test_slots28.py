"""Values identified by the name of their slot (round 28, issue 12): redacted whatever their shape, in any naming
style or language; look-alike slots (status, type, policies, secret names, placeholders, masks) stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.slots28 import samples_dev28
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, value", samples_dev28.POS)
def test_a_value_in_a_sensitive_slot_is_covered_on_the_wire(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev28.NEG)
def test_values_of_look_alike_slots_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
