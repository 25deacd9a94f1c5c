"""Round 25 (orgs25b) check set for org_lower_case_names.py, written after the change and not tuned on. One case
found a flaw of the mechanism, fixed by mechanism: a cue that is itself a candidate word ate the match of the name
after it ("from customer thessock"); the cues are now read in a look-ahead so that matches overlap."""
from __future__ import annotations

import uuid

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

CHECK = [
    ("can u check the nda we got from vorlanth before i sign", "vorlanth"),
    ("meeting w/ supplier brantomere tmrw at 10, need talking points", "brantomere"),
    ("my sister works at quillfeather dental, is the pay ok?", "quillfeather"),
    ("forwarding the complaint from customer thessock, pls summarise", "thessock"),
    ("we outsourced payroll to the ambervane people last year", "ambervane"),
    ("shipment stuck at customs, carrier is orvelle freight", "orvelle"),
    ("hey, left marnokai in june, how do i explain the gap?", "marnokai"),
    ("partner druvellis asked for the api keys, is that normal?", "druvellis"),
]
KEEP = [
    ("we serve it with nginx at the edge and cache with redis", "nginx"),
    ("i wrote the parser from scratch for fun", "scratch"),
    ("gracias por todo, nos vemos con ustedes mañana", "ustedes"),
    ("the bug only shows with webpack for production builds", "webpack"),
    ("export PATH=$PATH:/opt/bin for zsh users", "zsh"),
    ("at startup the daemon reads its config from etc", "startup"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("text,name", CHECK)
def test_an_organisation_in_small_letters_in_a_names_place_is_redacted(pipeline, text, name):
    assert name not in wire(pipeline, [text], str(uuid.uuid4()))


@pytest.mark.parametrize("text,word", KEEP)
def test_prose_words_and_software_in_small_letters_stay(pipeline, text, word):
    assert word in wire(pipeline, [text], str(uuid.uuid4()))
