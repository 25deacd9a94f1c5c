"""Scoring one processed sample, and summarising many into rates with confidence intervals.

`score_outcome` applies the metric definitions (leakbench.metrics) to one
sample's outgoing text; `summarise` turns a list of per-sample results into
the JSON block the runner reports per policy and workload.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from leakbench.metrics import (
    AnnotationLeak,
    bootstrap_rate,
    chrf,
    count_tokens,
    judge_sample,
    over_redaction,
    percentiles,
)
from leakbench.population import Population
from leakbench.reidentify import reidentify
from leakbench.roundtrip import VARIANTS, RoundTripResult, round_trip
from leakbench.samples import Sample
from redactor.restore import Restorer

SENT = "cloud"  # the only route on which anything leaves the machine


@dataclass
class SampleOutcome:
    """What happened to one sample: the texts that left (per segment) and how it was routed."""

    sample: Sample
    # Text per segment that crossed the wire; [] when nothing left (local, blocked, unavailable, error).
    outgoing: list[str]
    route: str  # "cloud", "local", "blocked", "unavailable", "error"
    stage_ms: dict[str, float] = field(default_factory=dict)
    conversation: str | None = None
    error: str | None = None


@dataclass
class SampleResult:
    workload: str
    route: str
    leaks: list[AnnotationLeak]
    over_redaction: tuple[int, int] | None = None  # (altered, total) non-sensitive tokens
    similarity: float | None = None  # chrF of outgoing vs original
    tokens_original: int = 0
    tokens_outgoing: int | None = None
    round_trip: RoundTripResult | None = None
    stage_ms: dict[str, float] = field(default_factory=dict)
    reidentification: float | None = None  # on what left
    reidentification_original: float | None = None  # on the original text (no protection)


def score_outcome(outcome: SampleOutcome, restorer: Restorer | None = None,
                  population: Population | None = None) -> SampleResult:
    sample = outcome.sample
    originals = [item.text for item in sample.segments]
    annotations = [item.annotations for item in sample.segments]
    sent = outcome.route == SENT
    outgoing = outcome.outgoing if sent else []
    result = SampleResult(workload=sample.workload, route=outcome.route,
                          leaks=judge_sample(originals, annotations, outgoing),
                          stage_ms=dict(outcome.stage_ms),
                          tokens_original=sum(count_tokens(text) for text in originals))
    if sent:
        altered = total = 0
        for original, spans, out in zip(originals, annotations, outgoing):
            segment_altered, segment_total = over_redaction(original, spans, out)
            altered += segment_altered
            total += segment_total
        result.over_redaction = (altered, total)
        result.similarity = chrf("\n".join(originals), "\n".join(outgoing))
        result.tokens_outgoing = sum(count_tokens(text) for text in outgoing)
        if restorer is not None:
            result.round_trip = round_trip(restorer, originals, outgoing)
    if population is not None and sample.subject is not None:
        result.reidentification = reidentify(outgoing, population, sample.subject) if outgoing else (
            1.0 / len(population.members))
        result.reidentification_original = reidentify(originals, population, sample.subject)
    return result


def summarise(results: Sequence[SampleResult], resamples: int = 1000, seed: int = 0) -> dict:
    """Rates with bootstrap CIs, per kind and category, utility, latency (JSON-ready)."""
    routes = defaultdict(int)
    for result in results:
        routes[result.route] += 1
    block: dict = {
        "samples": len(results),
        "annotations": sum(len(result.leaks) for result in results),
        "routes": dict(sorted(routes.items())),
    }
    block.update(_leak_rates(results, lambda leak: True, resamples, seed))
    kinds = sorted({leak.kind for result in results for leak in result.leaks})
    categories = sorted({leak.category for result in results for leak in result.leaks})
    block["per_kind"] = {kind: _leak_rates(results, lambda leak, k=kind: leak.kind == k, resamples, seed)
                         for kind in kinds}
    block["per_category"] = {
        category: _leak_rates(results, lambda leak, c=category: leak.category == c, resamples, seed)
        for category in categories}
    sent = [result for result in results if result.over_redaction is not None]
    altered = [result.over_redaction[0] for result in sent]
    totals = [result.over_redaction[1] for result in sent]
    block["over_redaction"] = bootstrap_rate(altered, totals, resamples, seed).to_json()
    block["similarity_chrf"] = _mean([result.similarity for result in sent])
    original_tokens = sum(result.tokens_original for result in sent)
    outgoing_tokens = sum(result.tokens_outgoing or 0 for result in sent)
    block["added_tokens"] = {
        "mean_per_sample": _mean([(result.tokens_outgoing or 0) - result.tokens_original for result in sent]),
        "ratio": round(outgoing_tokens / original_tokens - 1, 6) if original_tokens else None,
    }
    block["round_trip"] = _round_trip_block([result.round_trip for result in sent if result.round_trip])
    block["latency_ms"] = _latency_block(results)
    reid = [result for result in results if result.reidentification is not None]
    if reid:
        block["reidentification"] = {
            "samples": len(reid),
            "top1_rate": _mean([result.reidentification for result in reid]),
            "top1_rate_original": _mean([result.reidentification_original for result in reid]),
        }
    return block


def _leak_rates(results: Sequence[SampleResult], selected, resamples: int, seed: int) -> dict:
    exact, partial, combined, totals = [], [], [], []
    for result in results:
        leaks = [leak for leak in result.leaks if selected(leak)]
        exact.append(sum(leak.exact for leak in leaks))
        partial.append(sum(leak.partial for leak in leaks))
        combined.append(sum(leak.combined for leak in leaks))
        totals.append(len(leaks))
    return {
        "annotations": int(sum(totals)),
        "exact": bootstrap_rate(exact, totals, resamples, seed).to_json(),
        "partial": bootstrap_rate(partial, totals, resamples, seed).to_json(),
        "combined": bootstrap_rate(combined, totals, resamples, seed).to_json(),
    }


def _round_trip_block(items: Sequence[RoundTripResult]) -> dict:
    block: dict = {"samples": len(items)}
    expected_all = restored_all = 0
    for variant in VARIANTS:
        expected = sum(item.expected.get(variant, 0) for item in items)
        restored = sum(item.restored.get(variant, 0) for item in items)
        expected_all += expected
        restored_all += restored
        block[variant] = round(restored / expected, 6) if expected else None
    block["overall"] = round(restored_all / expected_all, 6) if expected_all else None
    block["values"] = expected_all
    block["echo_identical"] = _mean([1.0 if item.echo_identical else 0.0 for item in items])
    return block


def _latency_block(results: Sequence[SampleResult]) -> dict:
    stages: dict[str, list[float]] = defaultdict(list)
    for result in results:
        for stage, ms in result.stage_ms.items():
            stages[stage].append(ms)
    return {stage: percentiles(values) for stage, values in sorted(stages.items())}


def _mean(values: Sequence[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return round(float(np.mean(present)), 6) if present else None
