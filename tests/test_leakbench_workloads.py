"""Generated workloads: deterministic, exactly annotated, big enough, split, and shaped like the wire."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from leakbench.openai_body import outgoing_from_body, to_openai_body
from leakbench.reidentify import reidentify
from leakbench.runner import load_samples
from leakbench.workloads import WORKLOADS, generate
from leakbench.workloads.suite import Suite
from redactor.wire import openai_chat


@pytest.fixture(scope="module")
def default_suite():
    return load_samples(Suite(0))


def test_default_suite_is_large_enough_with_a_held_out_split(default_suite):
    assert len(default_suite) >= 2000
    assert sum(len(sample.annotations) for sample in default_suite) >= 6000
    splits = Counter(sample.split for sample in default_suite)
    assert 0.12 < splits["heldout"] / len(default_suite) < 0.28
    assert set(sample.workload for sample in default_suite) == set(WORKLOADS)


def test_every_annotation_is_exact(default_suite):
    for sample in default_suite:
        for item in sample.segments:
            for annotation in item.annotations:
                assert item.text[annotation.start:annotation.end] == annotation.text, sample.id


def test_generation_is_deterministic_per_seed():
    first = [json.dumps(s.to_json()) for s in load_samples(Suite(5), limit=4)]
    again = [json.dumps(s.to_json()) for s in load_samples(Suite(5), limit=4)]
    other = [json.dumps(s.to_json()) for s in load_samples(Suite(6), limit=4)]
    assert first == again
    assert first != other


def test_split_filter_and_limit_select_a_prefix_of_that_split():
    suite = Suite(0)
    heldout = list(generate("pii_prose", suite, count=5, split="heldout"))
    assert len(heldout) == 5 and all(s.split == "heldout" for s in heldout)
    full = [s.id for s in generate("pii_prose", suite) if s.split == "heldout"]
    assert [s.id for s in heldout] == full[:5]


def test_samples_are_exactly_what_the_chat_wire_layer_extracts():
    # The proxy turns an OpenAI chat body into segments with redactor.wire; the
    # benchmark's segments must be the same, or the two would measure different paths.
    for sample in load_samples(Suite(0), limit=6):
        body = to_openai_body(sample)
        extracted = openai_chat.extract(body).segments
        assert extracted == sample.plain_segments, sample.id
        assert outgoing_from_body(body, sample) == [item.text for item in sample.segments]


def test_implicit_identity_samples_have_no_pii_and_single_out_their_subject():
    suite = Suite(0)
    for sample in generate("implicit_identity", suite, count=20):
        assert {a.kind for a in sample.annotations} == {"QUASI_IDENTIFIER"}
        assert "@" not in sample.segments[0].text
        assert reidentify([sample.segments[0].text], suite.population, sample.subject) == 1.0


def test_proprietary_code_uses_the_org_profile_the_policy_receives():
    suite = Suite(0)
    org = suite.org.org_config()
    assert org.names == [suite.org.name] and f"*.{suite.org.internal_domain}" in org.hostname_patterns
    kinds = Counter(a.kind for s in generate("proprietary_code", suite, count=10) for a in s.annotations)
    assert {"ORG_NAME", "PROJECT_CODENAME", "INTERNAL_HOST", "DB_SCHEMA"} <= set(kinds)


def test_the_held_out_split_is_whole_template_families(default_suite):
    # A detector tuned on dev must never have seen a held-out template: no family is on both sides.
    families: dict[tuple[str, str], set[str]] = {}
    for sample in default_suite:
        families.setdefault((sample.workload, sample.meta["template_family"]), set()).add(sample.split)
    assert all(len(splits) == 1 for splits in families.values()), families
    for name in WORKLOADS:
        splits = {split for (workload, _), found in families.items() if workload == name for split in found}
        assert splits == {"dev", "heldout"}, name
        assert {family for (workload, family) in families if workload == name} <= set(WORKLOADS[name].families)
