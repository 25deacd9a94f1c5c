"""Personal logins in the slots systems print them in (round 26, issue 12): account pages and pictures, `whoami`'s
domain answer, chat mentions before a time or an age, AWS role sessions, gh's repository owner, htpasswd entries in
config values, tailscale's owner column and one-line maps of people's roles; role accounts and tools' names stay."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.logins26 import samples_check26, samples_dev26
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, login", samples_dev26.POS + samples_check26.POS)
def test_a_personal_login_in_a_system_slot_is_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", samples_dev26.NEG + samples_check26.NEG)
def test_role_accounts_pages_and_tool_names_stay(engine, text, word):
    assert untouched_on_wire(engine, text, word)
