"""Round 25 (orgs25b): an organisation's name typed in small letters in a name's place ("renewal for fernbrook
health", "the tessaly team") is a doubtful organisation (org_lower_case_names.py). Every other organisation rule
reads capitals, a legal form or a list. Dev set written before the change (through the whole pipeline on the tree
before it: 10/10 names reached the wire); KEEP: small words of prose, software and packages after the same cues."""
from __future__ import annotations

import uuid

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

DEV = [
    ("need to draft the contract renewal for fernbrook health by friday", "fernbrook"),
    ("i had a call with the tessaly team about the migration", "tessaly"),
    ("we buy our packaging from drovane logistics, any tips to negotiate?", "drovane"),
    ("our client quorbit wants the report in pdf", "quorbit"),
    ("the vendor pellarin sent a new quote today", "pellarin"),
    ("i work at zentrova studio as a designer", "zentrova"),
    ("can you write an email to customer harlowmere about the late delivery", "harlowmere"),
    ("got an offer from brisklane analytics, should i take it?", "brisklane"),
    ("invoice from kestrova for the march shipment", "kestrova"),
    ("ok so the pellarin folks want a discount again", "pellarin"),
]
KEEP = [
    ("i installed it with pip and ran it from docker, works for me", "docker"),
    ("we deploy with kubernetes and log with grafana at night", "grafana"),
    ("sort the rows with pandas for the quarterly report", "pandas"),
    ("the function returns early for negative numbers", "negative"),
    ("joined the call late, sorry, left the meeting early", "meeting"),
    ("run it with my_config.yaml from the repo root", "my_config"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("text,name", DEV)
def test_an_organisation_in_small_letters_in_a_names_place_is_redacted(pipeline, text, name):
    assert name not in wire(pipeline, [text], str(uuid.uuid4()))


@pytest.mark.parametrize("text,word", KEEP)
def test_prose_words_and_software_in_small_letters_stay(pipeline, text, word):
    assert word in wire(pipeline, [text], str(uuid.uuid4()))
