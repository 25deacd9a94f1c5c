"""Round 18 (infra18): codes as the predicate of a sentence, PIN columns, role-account `user:password` pairs,
machines under keys that name a machine's role, and the id of an Azure account object."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.detection_support import covered


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found_values(engine: DetectionEngine, text: str) -> list[str]:
    return [text[span.start:span.end] for span in engine.detect([Segment(text, kind="prose")])[0]]


@pytest.mark.parametrize("text, value", [
    ("the pin for the door keypad is 4827, don't share it.", "4827"),
    ("the alarm code is 3344# then press enter", "3344#"),
    ("gate code is 1948", "1948"),
    ("account;pin\nkiosk;7730\nlobby;1190#", "7730"),
    ("account;pin\nkiosk;7730\nlobby;1190#", "1190#"),
    ("| Door | PIN |\n|---|---|\n| Main | 4411 |", "4411"),
])
def test_codes_as_the_predicate_of_their_cue_and_under_a_pin_column(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("root:Tr0ub4dor", "Tr0ub4dor"),
    ("admin: Welcome#1", "Welcome#1"),
    ("sa:Passw0rd!", "Passw0rd!"),
    ("root / 771204", "771204"),
])
def test_role_account_passwords_after_a_colon_or_a_pin_after_a_slash(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text, value", [
    ("hosts: build.ostmer.io", "build.ostmer.io"),
    ("node: cache.vantrel.net", "cache.vantrel.net"),
    ("box: ledger-core-7", "ledger-core-7"),
    ('"origin": "cache.vantrel.net",', "cache.vantrel.net"),
    ('{\n  "environmentName": "AzureCloud",\n  "homeTenantId": "3f2a9c41-7d2e-4b8a-9e61-0c5d7a1b2e90",\n'
     '  "id": "b7e4d2a1-55c3-4f0e-8a9b-1d2c3e4f5a6b",\n  "tenantId": "3f2a9c41-7d2e-4b8a-9e61-0c5d7a1b2e90"\n}',
     "b7e4d2a1-55c3-4f0e-8a9b-1d2c3e4f5a6b"),
])
def test_machines_under_role_keys_and_the_azure_account_id(engine, text, value):
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", [
    "the password must be at least 12 characters long.",
    "the PIN has 4 digits and locks after 5 attempts.",
    "the pin count is 1024 on this package",
    "chown root:wheel file",
    "root:x:0:0:root:/root:/bin/bash",
    "scopes admin:org, admin:repo_hook",
    "origin: github.com",
    "target: x86_64-linux-gnu",
    "node: v18.2.0",
    '{"id": "5d3c9e1a-2b4f-4c6d-8e0f-1a2b3c4d5e6f", "title": "Fix login bug", "state": "open"}',
])
def test_measures_words_public_sites_and_other_ids_stay(engine, text):
    assert found_values(engine, text) == []
