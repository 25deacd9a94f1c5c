"""Check set of the one-word organisation mentions (test_org_one_word_mentions.py), written after the change and not
tuned on: other relationships, labels and chats that name a company by one ordinary word, then mention it again.
These mentions were redacted before the change too (by the relationship and NER rules around them): the set guards
the behaviour, it does not measure the change.
"""
from __future__ import annotations

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

CHECK = [
    (["Our insurer Pioneer rejected the claim.", "I want to appeal because Pioneer never sent the policy wording."],
     "because Pioneer"),
    (["my employer Tapestry cut the bonus, and HR at Tapestry says it is final"], "at Tapestry"),
    (["[09:14] lena: our courier Falcon lost two parcels\n[09:15] omar: ok, I'll open a claim with Falcon today"],
     "with Falcon"),
]
KEEP = [
    (["Our insurer Pioneer rejected the claim. The Pioneer Award went to a nurse."], "Pioneer Award"),
    (["my employer Tapestry cut the bonus.\nTapestry weaving is my hobby though."], "Tapestry weaving"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("segments,mention", CHECK)
def test_a_one_word_organisation_is_redacted_where_it_recurs_as_a_proper_noun(pipeline, segments, mention):
    assert mention not in wire(pipeline, segments, f"one-word-check-{mention}")


@pytest.mark.parametrize("segments,words", KEEP)
def test_the_word_as_a_word_stays(pipeline, segments, words):
    assert words in wire(pipeline, segments, f"one-word-check-keep-{words}")
