"""Check set for org_unlisted_words' names in Pascal case (round 25), written after the change and not tuned on.
On the tree before it 6/8 names reached the wire (HarborLight and OakTide were found by other rules), after it 0/8;
the five KEEP words stay on both."""
from __future__ import annotations

import uuid

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

CHECK = [
    ("I just accepted an offer from SilverMaple, starting in March.", "SilverMaple"),
    ("We outsource our bookkeeping to LedgerLark and they missed the VAT deadline.", "LedgerLark"),
    ("Please summarise the complaint our customer HarborLight sent this morning.", "HarborLight"),
    ("Quote attached from StoneRiver Builders for the extension.", "StoneRiver"),
    ("Subject: FernGate's overdue invoice", "FernGate"),
    ("I've been a barista at MoonBarrel for two years and want to ask for a raise.", "MoonBarrel"),
    ("Partnership agreement between us and OakTide Ltd, draft 3", "OakTide"),
    ("Hi, I'm Dev from CopperQuay, following up on the demo.", "CopperQuay"),
]
KEEP = [
    ("Open the file with LibreOffice and export it for SharePoint.", "LibreOffice"),
    ("Set EnableLogging to true and restart with NoCache.", "EnableLogging"),
    ("Sign in with AccessToken from the dashboard.", "AccessToken"),
    ("We moved from BitBucket to GitLab last year.", "BitBucket"),
    ("The order ships with FedEx and the tracking goes to WhatsApp.", "WhatsApp"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("text,name", CHECK)
def test_a_private_name_in_pascal_case_is_redacted(pipeline, text, name):
    assert name not in wire(pipeline, [text], str(uuid.uuid4()))


@pytest.mark.parametrize("text,word", KEEP)
def test_public_products_and_settings_in_pascal_case_stay(pipeline, text, word):
    assert word in wire(pipeline, [text], str(uuid.uuid4()))
