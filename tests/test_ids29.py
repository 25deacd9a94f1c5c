"""Round 29 (ids29, issue 12): a record's number is redacted for its slot, a record noun with a word for "number" in
any language, whatever the value's shape; look-alike numbers of things stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.ids29 import samples_dev29
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, value", samples_dev29.POS)
def test_dev_record_numbers_after_their_slot_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.NEG)
def test_dev_numbers_of_things_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.ALIKE_POS)
def test_dev_numbers_written_like_a_labelled_one_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.ALIKE_NEG)
def test_dev_amounts_and_dates_beside_a_labelled_number_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.PATH_POS)
def test_dev_records_nested_under_a_person_in_a_path_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.PATH_NEG)
def test_dev_records_of_things_in_a_path_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.HTML_POS)
def test_dev_cells_under_an_html_header_of_a_record_number_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_dev29.HTML_NEG)
def test_dev_cells_under_html_headers_of_things_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


from tests.ids29 import samples_check29  # noqa: E402  (the check set, written after the change)


@pytest.mark.parametrize("text, value", samples_check29.POS + samples_check29.ALIKE_POS)
def test_check_record_numbers_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


# Redacted already at the start of round 29 by other finders (a German compound read as an organisation and its
# amount, an appointment read as an address): not this round's work. (The Cyrillic word the English model read as a
# name beside "20441" is no longer a person since people29's common-word check for Cyrillic and Greek.)
_OVER_REDACTED_AT_START = {"448120", "2026-12-08"}


@pytest.mark.parametrize("text, value", [
    pytest.param(text, value, marks=pytest.mark.xfail(reason="over-redacted at the start of round 29", strict=True))
    if value in _OVER_REDACTED_AT_START else (text, value) for text, value in samples_check29.NEG])
def test_check_numbers_of_things_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
