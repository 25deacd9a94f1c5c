"""Values identified by the name of their slot (round 28, issue 12): redacted whatever their shape, in any naming
style or language; look-alike slots (status, type, policies, secret names, placeholders, masks) stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.slots28 import samples_check28, samples_dev28
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, value", samples_dev28.POS + samples_dev28.POS_LAYOUTS)
def test_a_value_in_a_sensitive_slot_is_covered_on_the_wire(engine, text, value):
    assert covered_on_wire(engine, text, value)


# A secret's *name* under `secret_name` is read by infra as an environment's host (`prod-db-…`): known, not slot work.
_KNOWN_OVER_REDACTION = {"prod-db-credentials"}


@pytest.mark.parametrize("text, value", [
    pytest.param(text, value, marks=pytest.mark.xfail(reason="infra environment hosts", strict=True))
    if value in _KNOWN_OVER_REDACTION else (text, value) for text, value in samples_dev28.NEG + samples_dev28.NEG_LAYOUTS])
def test_values_of_look_alike_slots_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_check28.POS)
def test_check_set_values_in_sensitive_slots_are_covered(engine, text, value):
    assert covered_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", samples_check28.NEG)
def test_check_set_look_alike_slots_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


# Found at integration (addr28dev's negatives: documentation of address formats read as addresses): an English name
# whose head word comes first and that describes the head (`address_format`, `id_type`) holds no address or id; a
# translated head-first name still turns round, without doubling a head its translation already ends in.
@pytest.mark.parametrize("key, english", [
    ("address_format", "address_format"), ("name_format", "name_format"), ("id_type", "id_type"),
    ("address.country", "address_country"), ("numero_cliente", "customer_number"), ("id_client", "client_id"),
    ("date_naissance", "birth_date"), ("nom_usuari", "user_name"),
])
def test_head_words_move_only_when_the_name_is_head_first(key, english):
    from redactor.detect.slot_names import english_slot
    assert english_slot(key) == english


@pytest.mark.parametrize("text, value", [
    ("The address format: street and house number on one line, then postcode and town.", "street and house number"),
    ('{"address": {"country": "DE", "format": "DIN 5008"}, "id_type": "passport"}', "passport"),
    ("name_format: last name first, then given names", "last name first"),
])
def test_slots_that_describe_their_head_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("date_naissance=1987-03-14", "1987-03-14"),
    ('{"numero_cliente": "88120-A"}', "88120-A"),
])
def test_head_first_slots_still_hold_their_values(engine, text, value):
    assert covered_on_wire(engine, text, value)
