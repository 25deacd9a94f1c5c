"""A found organisation named by one ordinary word is redacted where it recurs as a proper noun.

"Our supplier Beacon ... ask Beacon for a credit note": a one-word name that is also a word of the language is never
propagated as a value (engine._spreads: NER's "Shell" must not turn every "shell" into a placeholder), so its other
mentions leaked. It is propagated, doubtful, where it reads as a proper noun: capitalised inside a sentence, not
first on a line or after a full stop, not before another capitalised word (engine._reads_as_proper_noun).
Dev set written before the change (on the tree before it: 1 of 4 mentions reached the wire, the others were found
by other rules; after: 0); KEEP: the word as a word.
"""
from __future__ import annotations

import pytest

from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from tests.test_org_short_forms import wire

DEV = [
    (["Our supplier Beacon missed the delivery again. Can you draft a complaint so that Beacon refunds the fee?"],
     "that Beacon"),
    (["| Company | Contact | Owed |\n|---|---|---|\n| Harbor | J. Mills | 4,200 |", "How much do we owe Harbor?"],
     "owe Harbor"),
    (["My landlord, Keystone, raised the rent.", "Is it legal for Keystone to raise it twice a year?"],
     "for Keystone"),
    (["Vendor: Lantern Ltd", "We moved our payroll to Lantern last spring and now want to leave Lantern."],
     "leave Lantern"),
]
KEEP = [
    (["Our supplier Beacon missed the delivery. The beacon light on the dock is broken too."], "beacon light"),
    (["Our supplier Beacon missed the delivery. Their office is on Beacon Street."], "Beacon Street"),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


@pytest.mark.parametrize("segments,mention", DEV)
def test_a_one_word_organisation_is_redacted_where_it_recurs_as_a_proper_noun(pipeline, segments, mention):
    assert mention not in wire(pipeline, segments, f"one-word-{mention}")


@pytest.mark.parametrize("segments,words", KEEP)
def test_the_word_as_a_word_stays(pipeline, segments, words):
    assert words in wire(pipeline, segments, f"one-word-keep-{words}")
