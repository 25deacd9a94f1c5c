"""leakbench's proprietary_code workload: an unlisted family whose names are in no policy list."""
from __future__ import annotations

from collections import Counter

from leakbench.workloads import generate
from leakbench.workloads.suite import Suite


def test_half_the_samples_name_things_no_policy_list_knows():
    suite = Suite(0)
    samples = list(generate("proprietary_code", suite, count=60))
    families = Counter(sample.meta["family"] for sample in samples)
    assert families["listed"] and families["unlisted"]
    listed_terms = {term.casefold() for term in
                    [suite.org.name, *suite.org.codenames, *suite.org.customers]}
    kinds = Counter()
    for sample in samples:
        if sample.meta["family"] != "unlisted":
            continue
        for item in sample.segments:
            for annotation in item.annotations:
                assert item.text[annotation.start:annotation.end] == annotation.text
                assert annotation.text.casefold() not in listed_terms
                assert annotation.category == "code"
                kinds[annotation.kind] += 1
    assert {"DB", "TABLE", "FUNC", "CLASS", "MODULE", "PROJECT", "ORG"} <= set(kinds)
