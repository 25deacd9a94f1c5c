"""`redactor redact --jsonl --policy policies/rephrase.yaml` on hand-written implicit-identity samples.

The issue's measure (benchmarks/implicit_identity_leak.py): a description
leaks if it survives verbatim or a 4+ letter word of it does. Run on the
held-out samples (written before the last round of changes, never used to
tune), through the real CLI, as a user would.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from implicit_identity_leak import run_cli, score_sample  # noqa: E402
from leakbench.loaders import load_dataset  # noqa: E402

HELDOUT = ROOT / "tests" / "corpus" / "implicit_identity" / "heldout.jsonl"
ISSUE_LIMIT = 0.5  # issue 16: at most half of the descriptions may leak


def test_rephrase_lets_out_at_most_half_of_the_held_out_descriptions_and_default_lets_out_more():
    samples = load_dataset(str(HELDOUT))
    leaked = {}
    for policy in ("default", "policies/rephrase.yaml"):
        sent, _, _, routes = run_cli(policy, samples)
        assert "error" not in routes  # fail closed would count as no leak: it must not happen here
        totals = [score_sample(sample, text) for sample, text in zip(samples, sent)]
        leaked[policy] = sum(total["word4"] for total in totals) / sum(total["annotations"] for total in totals)
    assert leaked["policies/rephrase.yaml"] <= ISSUE_LIMIT < leaked["default"]


def test_a_description_leaks_by_any_surviving_fragment_and_over_redaction_counts_altered_other_words():
    from implicit_identity_leak import over_redacted

    sample = load_dataset(str(HELDOUT))[0]
    text = "\n\n".join(segment.text for segment in sample.segments)
    by_kind: dict = {}
    untouched = score_sample(sample, text, by_kind)
    assert untouched["exact"] == untouched["substr4"] == untouched["annotations"] > 0
    assert sum(row["annotations"] for row in by_kind.values()) == untouched["annotations"]
    assert score_sample(sample, None)["substr4"] == 0  # kept local: nothing sent
    assert over_redacted(sample, text) == (0, over_redacted(sample, text)[1])
    altered, total = over_redacted(sample, "completely different words")
    assert total > 0 and altered == total
