"""`redactor policy tune`: the policy that meets a threat model's budget on a team's own traffic, at least cost.

Inputs: annotated samples (`--dataset FILE`, repeatable, single-text or
multi-turn JSONL as leakbench.loaders reads them; without one, the generated
suite's dev split), a threat model (a policy file or a `threat_model`
mapping, whose `org` section and `routing.backend` are used) and a budget.

Candidates (`candidate_space`) cover the stage combinations the installed
policy language allows: every detector set (credential patterns only; all
patterns; patterns + NER; everything at strict thresholds) crossed with every
subset of the optional stages (`noise`; `generalize` when the policy language
has it; `rephrase` when a local model is configured) and every routing rule
(never local; secrets stay local; local above a residual risk of 0.2 or 0.5), plus
"everything local" and each shipped policy as it is (so `code-private` and
any policy added later are candidates too). A candidate that needs a local
model is measured with the configured one (`routing.backend` of the threat
model file, given to every candidate, shipped ones included) and skipped,
with the reason shown, when none is configured. For candidates that route
locally, the route is what is measured: the local model is opened to check
it could serve, but it does not answer; without one those requests are refused
(fail closed), which counts as local in the local share.

The budget (`Budget`) is the threat model in numbers: leak limits per
category (or on all spans), judged on the upper end of the 95% bootstrap
interval; utility floors (chrF of what is sent, over-redaction); ceilings on
p50 pipeline latency and on the share of requests kept local.

Decision rule: among candidates meeting every limit, the cheapest: the
lowest local share, then the lowest p50 latency class (factors of four:
timings on a shared machine are noisy, so 5 ms and 15 ms tie), then the least over-redaction,
then the highest chrF, then the plainer policy (fewer stages and routing
rules), then the earlier candidate (shipped policies first, then from the
plainest detector set and stage chain up). When none
qualifies, the nearest candidates are listed with what to relax. A candidate
a stage failed on for any request never qualifies: failing closed sends
nothing, so it leaks nothing, but a broken policy is not a private one. Output: the
chosen policy (written with `extends: BASE` when the policy loader supports
it, in full otherwise), a Pareto table and plot (leak vs utility vs cost), the
reason in plain words, and the workload characterisation that explains it.
"""
from __future__ import annotations

import itertools
import json
import math
import sys
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import typer
import yaml

from leakbench.loaders import DatasetError, load_dataset
from leakbench.runner import load_samples, run_policy
from leakbench.samples import Sample
from leakbench.workloads.suite import Suite
from redactor.policy import (
    POLICY_DIR,
    OrgConfig,
    Policy,
    PolicyError,
    StageName,
    ThreatModel,
    load_policy,
    parse_policy,
)

# Code-like segment kinds (never rephrased; NER does not read identifiers there).
_CODE_KINDS = frozenset({"code", "json_value", "tool_result"})
_CATEGORY_WORDS = {"secret": "credentials", "pii": "personal data", "infra": "internal infrastructure",
                   "org": "organisation identifiers", "quasi": "implicit identity", "code": "code identifiers"}
# Route-to-local thresholds tried on the residual risk left after redaction (redactor.stages.route).
_RESIDUAL_RISK_THRESHOLDS = (0.2, 0.5)


# --------------------------------------------------------------------------- candidates

@dataclass(frozen=True)
class Candidate:
    """A policy to measure: `overlay` replaces whole top-level sections of the `base` shipped policy."""

    name: str
    description: str
    base: str = "default"
    overlay: dict = field(default_factory=dict)
    needs_local_model: bool = False
    routes_locally: bool = False
    # Stages plus local-routing rules: on a tie, the plainer policy is preferred.
    complexity: int = 0


_DETECTOR_SETS: tuple[tuple[str, str, dict], ...] = (
    ("secrets", "credential patterns only",
     {"secrets": True, "pii": False, "infra": False, "ner": {"enabled": False}}),
    ("patterns", "credential, personal-data and infrastructure patterns",
     {"secrets": True, "pii": True, "infra": True, "ner": {"enabled": False}}),
    ("patterns+ner", "patterns plus NER (spaCy) on prose",
     {"secrets": True, "pii": True, "infra": True, "ner": {"enabled": True}}),
    ("strict-thresholds", "patterns and NER at low confidence thresholds",
     {"secrets": True, "pii": True, "infra": True, "min_score": 0.35, "entropy_threshold": 2.8,
      "ner": {"enabled": True, "min_score": 0.4}}),
)
_ROUTING_RULES: tuple[tuple[str, str, dict | None], ...] = (
    ("", "", None),
    ("secrets-local", "requests holding a credential are served locally", {"local_categories": ["secret"]}),
    *((f"risk{threshold:g}-local", f"requests whose residual risk after redaction exceeds {threshold:g} are "
       "served locally", {"max_residual_risk": threshold}) for threshold in _RESIDUAL_RISK_THRESHOLDS),
)


def policy_stages() -> tuple[str, ...]:
    """The stage names the installed policy language allows, in pipeline order."""
    return tuple(typing.get_args(StageName))


def candidate_space(base: Policy, has_local_model: bool, stages: Sequence[str] | None = None,
                    shipped: Sequence[str] | None = None) -> tuple[list[Candidate], list[str]]:
    """(candidates, skipped-with-reason) over every combination the policy language allows."""
    stages = tuple(stages if stages is not None else policy_stages())
    skipped: list[str] = []
    optional = [stage for stage in stages if stage not in ("route", "placeholders")]
    noise_sections = _noise_sections()
    if "noise" in optional and noise_sections is None:
        optional.remove("noise")
        skipped.append("noise: no shipped dp-analytics policy to take the noise and budget settings from")
    if "rephrase" in optional and not has_local_model:
        optional.remove("rephrase")
        skipped.append("rephrase: no local model configured (set routing.backend in the threat model file); "
                       "candidates that rewrite prose were not measured")
    # Every candidate carries the configured local model: rephrasing and local routing use it.
    routing_base = base.routing.model_dump(mode="json")
    backend = routing_base["backend"]
    candidates = _shipped_candidates(shipped, has_local_model, skipped, backend)
    for (detector_name, detector_words, detection), size in itertools.product(_DETECTOR_SETS,
                                                                              range(len(optional) + 1)):
        for extras in itertools.combinations(optional, size):
            for route_name, route_words, routing in _ROUTING_RULES:
                chain = [stage for stage in stages if stage in ("route", "placeholders", *extras)]
                overlay: dict[str, Any] = {"stages": chain, "detection": {**base.detection.model_dump(mode="json"),
                                                                          **detection},
                                           "routing": {**routing_base, **(routing or {})}}
                if detector_name == "secrets":
                    overlay["actions"] = {"secret": "redact", "pii": "allow", "infra": "allow", "org": "allow"}
                if "noise" in extras:
                    overlay.update(noise_sections)
                if routing is not None:
                    overlay["routing"]["fallback"] = "error"  # a request that must stay local never leaves
                name = "+".join([detector_name, *extras, *([route_name] if route_name else [])])
                words = "; ".join(part for part in (detector_words, *(f"stage {stage}" for stage in extras),
                                                    route_words) if part)
                candidates.append(Candidate(name, words, "default", overlay, needs_local_model="rephrase" in extras,
                                            routes_locally=routing is not None,
                                            complexity=len(chain) + (routing is not None)))
    candidates.append(Candidate("all-local", "every request is served by the local model; nothing is sent",
                                "default", {"stages": ["route"], "routing": {
                                    **routing_base, "always_local": True, "fallback": "error"}},
                                routes_locally=True))
    return candidates, skipped


def _shipped_candidates(shipped: Sequence[str] | None, has_local_model: bool, skipped: list[str],
                        backend: dict) -> list[Candidate]:
    """Each shipped policy as it is (with the configured local model when there is one): maintained
    policies come first when measurements tie."""
    candidates = []
    for name in shipped if shipped is not None else _shipped_policies():
        try:
            policy = load_policy(name)
        except PolicyError as exc:
            skipped.append(f"shipped policy {name}: does not load ({exc})")
            continue
        # The generalize stage acts on what it leaves risky: rewrite it with the local
        # model (quasi.rephrase_above) or keep the request local (quasi.local_above).
        generalizes = "generalize" in policy.stages
        needs_model = "rephrase" in policy.stages or (generalizes and policy.quasi.rephrase_above is not None)
        if needs_model and not has_local_model:
            skipped.append(f"shipped policy {name}: rewrites prose with a local model, none configured")
            continue
        routes = policy.routing.always_local or bool(policy.routing.local_categories or policy.routing.local_kinds
                                                     or "local" in policy.kind_actions.values()
                                                     or (generalizes and policy.quasi.local_above is not None))
        overlay = {"routing": {**policy.routing.model_dump(mode="json"), "backend": backend}} if has_local_model \
            else {}
        candidates.append(Candidate(f"shipped:{name}", f"the shipped `{name}` policy as it is", name, overlay,
                                    needs_local_model=needs_model, routes_locally=routes,
                                    complexity=len(policy.stages) + routes))
    return candidates


def _shipped_policies() -> list[str]:
    return sorted(path.stem for path in POLICY_DIR.glob("*.yaml"))


def _noise_sections() -> dict | None:
    try:
        dp = load_policy("dp-analytics")
    except PolicyError:
        return None
    dumped = dp.model_dump(mode="json")
    return {"noise": dumped["noise"], "budget": dumped["budget"]}


def candidate_policy(candidate: Candidate, threat_model: ThreatModel, org: OrgConfig, name: str) -> Policy:
    """The candidate as a full policy: base, overlay, then the user's threat model and org terms."""
    data = load_policy(candidate.base).model_dump(mode="json")
    data.update(candidate.overlay)
    data.update({"name": name, "description": f"Tuned by redactor policy tune: {candidate.name} "
                                              f"({candidate.description}).",
                 "threat_model": threat_model.model_dump(mode="json")})
    data["org"] = _merged_org(data.get("org") or {}, org)
    return Policy.model_validate(data)


def _merged_org(base_org: dict, org: OrgConfig) -> dict:
    merged = dict(base_org)
    for key, values in org.model_dump(mode="json").items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *values]))
    return merged


def extends_supported() -> bool:
    """True when this redactor's policy loader understands `extends` (the ops change)."""
    return "extends" in Policy.model_fields


# --------------------------------------------------------------------------- budget and measurements

@dataclass(frozen=True)
class Budget:
    """The threat model in numbers. Leak limits apply to the 95% CI upper bound."""

    max_leak: dict[str, float] = field(default_factory=dict)  # "all" or a category -> limit (0..1)
    min_chrf: float | None = None
    max_over_redaction: float | None = None
    max_p50_ms: float | None = None
    max_local_share: float | None = None

    def describe(self) -> str:
        parts = [f"{_category_label(category)} leak <= {_pct(limit)}" for category, limit in self.max_leak.items()]
        if self.min_chrf is not None:
            parts.append(f"chrF >= {self.min_chrf:.2f}")
        if self.max_over_redaction is not None:
            parts.append(f"over-redaction <= {_pct(self.max_over_redaction)}")
        if self.max_p50_ms is not None:
            parts.append(f"p50 <= {self.max_p50_ms:g} ms")
        if self.max_local_share is not None:
            parts.append(f"local share <= {_pct(self.max_local_share)}")
        return ", ".join(parts) or "no limits"


@dataclass(frozen=True)
class Violation:
    what: str  # e.g. "pii leak", "chrF"
    measured: float
    limit: float
    relax: str  # what to change in the budget for this candidate to pass this limit

    @property
    def excess(self) -> float:
        """How far past the limit, relative to it (for ranking the nearest candidates)."""
        return abs(self.measured - self.limit) / max(abs(self.limit), 0.01)


@dataclass
class Measurement:
    candidate: Candidate
    leak: dict[str, dict]  # "all" and each category -> {"rate", "ci_high", "hits", "total"}
    over_redaction: float | None
    chrf: float | None
    p50_ms: float | None
    local_share: float
    refused: int = 0  # requests that had to stay local but no local model could serve them
    # Requests a stage failed on: fail closed sends nothing, so they leak nothing,
    # but a policy that errors is broken, not private; it never qualifies.
    failed: int = 0

    def violations(self, budget: Budget) -> list[Violation]:
        found = []
        if self.failed:
            found.append(Violation("failed requests", self.failed, 0,
                                   f"nothing: {self.failed} request(s) failed in a stage (a bug to fix, "
                                   "not a budget to relax)"))
        for category, limit in budget.max_leak.items():
            block = self.leak.get(category)
            if block is None or block["ci_high"] is None:
                continue  # nothing of this category in the data: nothing can leak
            if block["ci_high"] > limit:
                found.append(Violation(f"{_category_label(category)} leak", block["ci_high"], limit,
                                       f"allow {_category_label(category)} leak up to {_pct(block['ci_high'])}"))
        if budget.min_chrf is not None and self.chrf is not None and self.chrf < budget.min_chrf:
            found.append(Violation("chrF", self.chrf, budget.min_chrf, f"accept chrF down to {self.chrf:.2f}"))
        if (budget.max_over_redaction is not None and self.over_redaction is not None
                and self.over_redaction > budget.max_over_redaction):
            found.append(Violation("over-redaction", self.over_redaction, budget.max_over_redaction,
                                   f"accept over-redaction up to {_pct(self.over_redaction, 2)}"))
        if budget.max_p50_ms is not None and self.p50_ms is not None and self.p50_ms > budget.max_p50_ms:
            found.append(Violation("p50 latency", self.p50_ms, budget.max_p50_ms,
                                   f"accept p50 up to {self.p50_ms:.1f} ms"))
        if budget.max_local_share is not None and self.local_share > budget.max_local_share:
            found.append(Violation("local share", self.local_share, budget.max_local_share,
                                   f"keep up to {_pct(self.local_share)} of requests local"))
        return found

    def budget_leak(self, budget: Budget) -> float | None:
        """The highest 95% CI upper bound among the categories the budget limits.

        All spans when the budget limits no category, or none of its categories occurs in the data.
        """
        categories = list(budget.max_leak) or ["all"]
        bounds = [self.leak[c]["ci_high"] for c in categories if self.leak.get(c, {}).get("ci_high") is not None]
        if bounds:
            return max(bounds)
        return self.leak["all"]["ci_high"]

    def qualifies(self, budget: Budget) -> bool:
        return not self.violations(budget)

    def cost_key(self) -> tuple:
        return (self.local_share, _latency_class(self.p50_ms), _or_inf(self.over_redaction), -(self.chrf or 0.0),
                self.candidate.complexity)


def _latency_class(p50_ms: float | None) -> float:
    """p50 in factor-of-four classes (1-4 ms, 4-16 ms, ...): within a class, differences are timing noise.

    On a shared machine the same policy measures 5 ms in one run and 15 ms in the next;
    what separates costs is whether a stage runs a model (NER: milliseconds, a local
    rewrite: seconds), and that is a factor of four or more.
    """
    if p50_ms is None:
        return float("-inf")  # nothing ran a stage (everything local): no pipeline latency
    return float(math.floor(math.log(max(p50_ms, 0.25), 4)))


def _or_inf(value: float | None) -> float:
    return float("inf") if value is None else value


def measure(candidates: Sequence[Candidate], threat_model: ThreatModel, org: OrgConfig, samples: Sequence[Sample],
            suite: Suite | None, on_sample: Callable[[], None] | None = None,
            resamples: int = 1000, seed: int = 0) -> list[Measurement]:
    """Run every candidate over the samples with the benchmark's own runner and scores."""
    if candidates and samples:
        # One untimed pass first: the first requests of a process pay for caches and lazy
        # imports, which would make whichever candidate runs first look slow.
        warm = candidate_policy(candidates[0], threat_model, org, "warm-up")
        run_policy(warm, samples[:5], suite, org_profile=suite is not None)
    measurements = []
    for candidate in candidates:
        policy = candidate_policy(candidate, threat_model, org, candidate.name.replace(":", "-"))
        run = run_policy(policy, samples, suite, org_profile=suite is not None, on_sample=on_sample)
        measurements.append(measurement_from_summary(candidate, run.summary(resamples=resamples, seed=seed)))
    return measurements


def measurement_from_summary(candidate: Candidate, summary: dict) -> Measurement:
    overall = summary["overall"]

    def block(rates: dict) -> dict:
        combined = rates["combined"]
        return {"rate": combined["rate"], "ci_high": combined["ci_high"], "hits": combined["hits"],
                "total": combined["total"]}

    leak = {"all": block(overall)}
    leak.update({category: block(rates) for category, rates in overall["per_category"].items()})
    routes = overall["routes"]
    samples = max(overall["samples"], 1)
    latency = overall["latency_ms"].get("total") or {}
    return Measurement(candidate, leak, overall["over_redaction"]["rate"], overall["similarity_chrf"],
                       latency.get("p50"), round(1 - routes.get("cloud", 0) / samples, 6),
                       routes.get("unavailable", 0), routes.get("error", 0))


def choose(measurements: Sequence[Measurement], budget: Budget) -> Measurement | None:
    """The decision rule: the cheapest candidate meeting every limit (see the module docstring)."""
    qualified = [(index, m) for index, m in enumerate(measurements) if m.qualifies(budget)]
    if not qualified:
        return None
    return min(qualified, key=lambda pair: (*pair[1].cost_key(), pair[0]))[1]


def nearest(measurements: Sequence[Measurement], budget: Budget, count: int = 3) -> list[Measurement]:
    """The candidates that miss the budget by the least, one per distinct set of limits missed.

    One per set, so the list offers different things to relax (a leak limit, or
    the local share) rather than three near-identical detector chains.
    """
    ranked = sorted(measurements, key=lambda m: (len(m.violations(budget)),
                                                 sum(v.excess for v in m.violations(budget)), m.cost_key()))
    picked: dict[tuple[str, ...], Measurement] = {}
    for m in ranked:
        picked.setdefault(tuple(v.what for v in m.violations(budget)), m)
    return list(picked.values())[:count]


def pareto_front(measurements: Sequence[Measurement], budget: Budget) -> set[str]:
    """Names not dominated on (budgeted leak, over-redaction, p50 class, local share: lower; chrF: higher)."""
    def vector(m: Measurement) -> tuple:
        return (_or_inf(m.budget_leak(budget)), _or_inf(m.over_redaction), _latency_class(m.p50_ms), m.local_share,
                -(m.chrf if m.chrf is not None else 0.0))

    vectors = {m.candidate.name: vector(m) for m in measurements}
    front = set()
    for name, own in vectors.items():
        dominated = any(all(a <= b for a, b in zip(other, own)) and other != own
                        for other_name, other in vectors.items() if other_name != name)
        if not dominated:
            front.add(name)
    return front


# --------------------------------------------------------------------------- workload characterisation

def characterise(samples: Sequence[Sample]) -> dict:
    """What the traffic is made of: code share, secrets density, implicit identity, personal data."""
    characters = code_characters = 0
    per_category: dict[str, int] = {}
    samples_with: dict[str, int] = {}
    for sample in samples:
        seen = set()
        for item in sample.segments:
            characters += len(item.text)
            if item.segment.kind in _CODE_KINDS:
                code_characters += len(item.text)
            for annotation in item.annotations:
                per_category[annotation.category] = per_category.get(annotation.category, 0) + 1
                seen.add(annotation.category)
        for category in seen:
            samples_with[category] = samples_with.get(category, 0) + 1
    total_annotations = sum(per_category.values())
    count = max(len(samples), 1)
    return {
        "samples": len(samples),
        "characters": characters,
        "code_share": round(code_characters / characters, 4) if characters else 0.0,
        "secrets_per_1k_chars": round(per_category.get("secret", 0) * 1000 / characters, 3) if characters else 0.0,
        "samples_with_secrets": round(samples_with.get("secret", 0) / count, 4),
        "samples_with_implicit_identity": round(samples_with.get("quasi", 0) / count, 4),
        "implicit_identity_share_of_spans": round(per_category.get("quasi", 0) / total_annotations, 4)
        if total_annotations else 0.0,
        "samples_with_personal_data": round(samples_with.get("pii", 0) / count, 4),
        "annotations_by_category": dict(sorted(per_category.items())),
    }


def characterisation_words(profile: dict) -> list[str]:
    lines = [
        f"{profile['samples']} samples, {profile['characters']} characters; "
        f"{_pct(profile['code_share'])} of the text is code, JSON or tool output.",
        f"Secrets: {profile['secrets_per_1k_chars']:.2f} per 1,000 characters, in "
        f"{_pct(profile['samples_with_secrets'])} of samples.",
        f"Personal data in {_pct(profile['samples_with_personal_data'])} of samples; implicit identity "
        f"(people described without names) in {_pct(profile['samples_with_implicit_identity'])}"
        f" ({_pct(profile['implicit_identity_share_of_spans'])} of all sensitive spans).",
    ]
    if profile["samples_with_implicit_identity"] > 0:
        lines.append("No placeholder detector removes implicit identity: only generalizing, rephrasing or "
                     "local routing lower it, so a tight limit on it selects one of those.")
    if profile["code_share"] > 0.5:
        lines.append("Mostly code: rephrasing never touches code, so routing and detector sets decide.")
    return lines


# --------------------------------------------------------------------------- output

def reason_words(chosen: Measurement, measurements: Sequence[Measurement], budget: Budget) -> str:
    qualifying = [m for m in measurements if m.qualifies(budget)]
    measured = ", ".join(f"{_category_label(category)} leak upper bound {_pct(chosen.leak[category]['ci_high'])}"
                         for category in budget.max_leak if chosen.leak.get(category, {}).get("ci_high") is not None)
    text = (f"`{chosen.candidate.name}` ({chosen.candidate.description}) meets every limit ({budget.describe()}"
            f"{'; measured: ' + measured if measured else ''}) and is the cheapest of {len(qualifying)} "
            f"qualifying candidate(s): {_pct(chosen.local_share)} of requests kept local, p50 "
            f"{_num(chosen.p50_ms, 1)} ms, over-redaction {_pct(chosen.over_redaction, 2)}, chrF "
            f"{_num(chosen.chrf, 3)}.")
    cheaper = [m for m in measurements if not m.qualifies(budget) and m.cost_key() < chosen.cost_key()]
    if cheaper:
        cheaper.sort(key=lambda m: m.cost_key())
        examples = "; ".join(f"`{m.candidate.name}` ({m.violations(budget)[0].what} "
                             f"{_measured(m.violations(budget)[0])}, limit {_limit(m.violations(budget)[0])})"
                             for m in cheaper[:3])
        text += f" Cheaper candidates fail: {examples}."
    if chosen.refused:
        text += (f" {chosen.refused} request(s) must stay local and no local model is configured: they are "
                 "refused until `routing.backend` names one.")
    return text


def relax_words(measurements: Sequence[Measurement], budget: Budget) -> list[str]:
    lines = []
    for m in nearest(measurements, budget):
        relax = "; ".join(violation.relax for violation in m.violations(budget))
        lines.append(f"`{m.candidate.name}`: {relax}")
    return lines


def pareto_table(measurements: Sequence[Measurement], budget: Budget, chosen: Measurement | None) -> list[dict]:
    front = pareto_front(measurements, budget)
    rows = []
    for m in sorted(measurements, key=lambda m: (not m.qualifies(budget), len(m.violations(budget)),
                                                  m.cost_key())):
        row = {"candidate": m.candidate.name, "leak_ci_high": _pct(m.leak["all"]["ci_high"])}
        for category in budget.max_leak:
            if category != "all":
                row[f"{category}_ci_high"] = _pct(m.leak.get(category, {}).get("ci_high"))
        row.update({"over_redaction": _pct(m.over_redaction, 2), "chrf": _num(m.chrf, 3),
                    "p50_ms": _num(m.p50_ms, 1), "local": _pct(m.local_share),
                    "pareto": "yes" if m.candidate.name in front else "",
                    "verdict": ("CHOSEN" if m is chosen else "meets budget") if m.qualifies(budget)
                    else "fails: " + ", ".join(v.what for v in m.violations(budget))})
        rows.append(row)
    return rows


def plot_png(measurements: Sequence[Measurement], budget: Budget, chosen: Measurement | None, path: Path) -> None:
    """Budgeted leak vs chrF; marker size = p50 latency, colour = local share; Pareto front and chosen marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    front = pareto_front(measurements, budget)
    figure, axis = plt.subplots(figsize=(9, 6))
    sent = [m for m in measurements if m.chrf is not None and m.budget_leak(budget) is not None]
    local_only = [m for m in measurements if m.chrf is None]
    if sent:
        latencies = [m.p50_ms or 0.0 for m in sent]
        largest = max(max(latencies), 1e-6)
        scatter = axis.scatter([m.budget_leak(budget) * 100 for m in sent], [m.chrf for m in sent],
                               s=[30 + 300 * (latency / largest) for latency in latencies],
                               c=[m.local_share * 100 for m in sent], cmap="viridis", vmin=0, vmax=100,
                               alpha=0.75, edgecolors=["tab:red" if m.candidate.name in front else "black"
                                                       for m in sent],
                               linewidths=[2.0 if m.candidate.name in front else 0.5 for m in sent], zorder=3)
        colorbar = figure.colorbar(scatter, ax=axis, pad=0.02)
        colorbar.set_label("requests kept local (%)")
        # One label per position: candidates with the same numbers share a point.
        labels: dict[tuple, list[str]] = {}
        for m in sent:
            if m.candidate.name in front or m is chosen:
                labels.setdefault((m.budget_leak(budget), m.chrf), []).append(m.candidate.name)
        middle = (min(m.budget_leak(budget) for m in sent) + max(m.budget_leak(budget) for m in sent)) / 2
        for (leak, chrf), names in labels.items():
            text = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
            right_half = leak > middle
            axis.annotate(text, (leak * 100, chrf), textcoords="offset points", xytext=(-8 if right_half else 8, 6),
                          ha="right" if right_half else "left", fontsize=7)
    if chosen is not None and chosen.chrf is not None and chosen.budget_leak(budget) is not None:
        axis.scatter([chosen.budget_leak(budget) * 100], [chosen.chrf], s=600, facecolors="none",
                     edgecolors="tab:red", linewidths=2, label=f"chosen: {chosen.candidate.name}", zorder=4)
    axis.scatter([], [], s=60, facecolors="none", edgecolors="tab:red", linewidths=2, label="Pareto front")
    limits = set(budget.max_leak.values())
    if len(limits) == 1:
        axis.axvline(limits.pop() * 100, color="gray", linestyle=":", label="leak limit")
    if budget.min_chrf is not None:
        axis.axhline(budget.min_chrf, color="gray", linestyle="-.", label="chrF floor")
    axis.margins(x=0.12, y=0.12)
    measured = [c for c in budget.max_leak if any(m.leak.get(c, {}).get("ci_high") is not None for m in sent)]
    categories = ", ".join(_category_label(c) for c in measured) or "all spans"
    if budget.max_leak and not measured:
        categories += f" (no {', '.join(budget.max_leak)} spans in the data)"
    axis.set_xlabel(f"leak of {categories}: highest 95% CI upper bound (%)")
    axis.set_ylabel("utility: chrF of what is sent vs the original")
    title = "policy tune: leak vs utility vs cost (marker size = p50 latency)"
    if local_only:
        title += f"\n{len(local_only)} candidate(s) send nothing and are not plotted"
        if chosen is not None and chosen.chrf is None:
            title += f" (chosen: {chosen.candidate.name})"
    axis.set_title(title, fontsize=10)
    axis.grid(alpha=0.3)
    axis.legend(fontsize=8, loc="upper left", bbox_to_anchor=(0.0, -0.12), ncol=3, frameon=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)


def policy_yaml(policy: Policy, chosen: Measurement, budget: Budget, sources: list[str], split: str,
                profile: dict) -> str:
    """The chosen policy as YAML, with a header that states how it was measured and chosen."""
    header = [
        f"# Written by `redactor policy tune` on: {', '.join(sources)} ({split} split).",
        f"# Budget: {budget.describe()} (leak limits on the 95% CI upper bound).",
        f"# Chosen: {chosen.candidate.name}: {chosen.candidate.description}; all-span leak upper bound "
        f"{_pct(chosen.leak['all']['ci_high'])}, over-redaction {_pct(chosen.over_redaction, 2)}, chrF "
        f"{_num(chosen.chrf, 3)}, p50 {_num(chosen.p50_ms, 1)} ms, kept local {_pct(chosen.local_share)}.",
        *(f"# Workload: {line}" for line in characterisation_words(profile)[:3]),
    ]
    data = policy.model_dump(mode="json")
    data.pop("source", None)
    if extends_supported():
        base = chosen.candidate.base
        data = {"extends": base, "name": policy.name, "description": policy.description,
                "threat_model": data["threat_model"], **_sections(data, chosen.candidate)}
    else:
        header.append(f"# Candidate `{chosen.candidate.name}` is `{chosen.candidate.base}` plus the sections "
                      "below that differ; written in full because this redactor's policy loader has no `extends` "
                      "yet (once it has, `redactor policy tune` writes `extends: "
                      f"{chosen.candidate.base}` and only those sections).")
    return "\n".join(header) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _sections(full: dict, candidate: Candidate) -> dict:
    # Whole top-level sections: correct whether `extends` merges deeply or replaces sections.
    keys = [*candidate.overlay, "org"]
    return {key: full[key] for key in dict.fromkeys(keys) if key in full}


# --------------------------------------------------------------------------- command

def parse_leak_limits(values: Sequence[str]) -> dict[str, float]:
    """`0.05` (all spans) or `CATEGORY=RATE` (e.g. `secret=0`, `pii=0.01`); rates 0..1. Raises ValueError."""
    limits: dict[str, float] = {}
    for value in values:
        category, _, rate = value.rpartition("=")
        category = category.strip().lower() or "all"
        try:
            number = float(rate)
        except ValueError:
            raise ValueError(f"--max-leak {value!r}: expected RATE or CATEGORY=RATE with RATE in 0..1") from None
        if not 0.0 <= number <= 1.0:
            raise ValueError(f"--max-leak {value!r}: the rate must be between 0 and 1")
        limits[category] = number
    return limits


def read_threat_model(path: str | Path) -> tuple[ThreatModel, OrgConfig, Policy]:
    """(threat model, org terms, base policy for routing) from a policy file, a file with a
    `threat_model` key, or a bare threat-model mapping. Raises PolicyError."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{path}: threat model file not found") from None
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(f"{path}: cannot read threat model ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: a threat model must be a YAML mapping")
    base = load_policy("default")
    try:
        if "name" in data:
            policy = parse_policy(path.read_text(encoding="utf-8"), source=str(path))
            return policy.threat_model, policy.org, policy
        raw = data.get("threat_model", data)
        org = OrgConfig.model_validate(data.get("org", {})) if "threat_model" in data else OrgConfig()
        if "routing" in data:
            base = Policy.model_validate({**base.model_dump(mode="json"), "routing": data["routing"]})
        return ThreatModel.model_validate(raw), org, base
    except PolicyError:
        raise
    except Exception as exc:  # pydantic ValidationError: summarise without a traceback
        raise PolicyError(f"{path}: invalid threat model ({str(exc).splitlines()[0]})") from None


def tune_command(
    threat_model: Path = typer.Option(..., "--threat-model",
                                      help="YAML: a policy file, or a threat_model mapping (with org, routing)."),
    max_leak: Optional[list[str]] = typer.Option(None, "--max-leak", metavar="[CATEGORY=]RATE",
                                                 help="Leak limit on the 95% CI upper bound: RATE (all spans) or "
                                                      "CATEGORY=RATE, e.g. secret=0 pii=0.01 (repeatable)."),
    min_chrf: Optional[float] = typer.Option(None, "--min-chrf", min=0.0, max=1.0,
                                             help="Utility floor: chrF of what is sent vs the original."),
    max_over_redaction: Optional[float] = typer.Option(None, "--max-over-redaction", min=0.0, max=1.0,
                                                       help="Utility floor: share of non-sensitive words altered."),
    max_p50_ms: Optional[float] = typer.Option(None, "--max-p50-ms", min=0.0, help="Latency ceiling (p50, ms)."),
    max_local_share: Optional[float] = typer.Option(None, "--max-local-share", min=0.0, max=1.0,
                                                    help="Ceiling on the share of requests kept local."),
    dataset: Optional[list[str]] = typer.Option(None, "--dataset", metavar="FILE",
                                                help="Annotated JSONL (single-text or multi-turn; repeatable)."),
    from_audit: Optional[list[str]] = typer.Option(None, "--from-audit", metavar="TRANSCRIPT",
                                                   help="Draft a dataset from agent transcripts (what `redactor "
                                                        "audit --transcript` finds) into --dataset-out, and stop."),
    dataset_out: Optional[Path] = typer.Option(None, "--dataset-out", help="Where --from-audit writes the draft."),
    workload: Optional[list[str]] = typer.Option(None, "--workload", "-w", metavar="NAME",
                                                 help="Generated workload instead of a dataset (repeatable)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Samples per workload or dataset."),
    split: str = typer.Option("dev", "--split", help="dev (default), heldout or all."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated suite."),
    resamples: int = typer.Option(1000, "--resamples", min=0, help="Bootstrap resamples for the CIs."),
    name: str = typer.Option("tuned", "--name", help="Name of the written policy."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the chosen policy here (default: stdout)."),
    report: Optional[Path] = typer.Option(None, "--report",
                                          help="Directory for tuning.md (Pareto table, reason), tuning.png "
                                               "and tuning.json."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Choose the cheapest policy that meets a leak budget, utility floors and cost ceilings on your traffic."""
    from rich.console import Console

    console = Console(stderr=True, width=None if sys.stderr.isatty() else 130)
    if from_audit:
        _draft_from_audit(from_audit, threat_model, dataset_out, console)
        return
    try:
        budget = Budget(parse_leak_limits(max_leak or []), min_chrf, max_over_redaction, max_p50_ms,
                        max_local_share)
        if not (budget.max_leak or min_chrf is not None or max_over_redaction is not None):
            raise ValueError("give a budget: at least one --max-leak (and optionally utility floors and ceilings)")
        model, org, base = read_threat_model(threat_model)
        if dataset and workload:
            raise ValueError("use either --dataset or --workload, not both")
        suite = None if dataset else Suite(seed)
        samples = _samples(dataset, workload, suite, limit, split)
        if not samples:
            raise ValueError("no samples selected (check --split, --limit and the dataset)")
        has_model = base.routing.backend.type != "none"
        candidates, skipped = candidate_space(base, has_model)
        with _Ticker(not quiet, len(samples) * len(candidates)) as tick:
            measurements = measure(candidates, model, org, samples, suite, tick, resamples, seed)
    except (PolicyError, DatasetError, ValueError, OSError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
    profile = characterise(samples)
    chosen = choose(measurements, budget)
    rows = pareto_table(measurements, budget, chosen)
    _print_table(console, rows, budget)
    for line in characterisation_words(profile):
        console.print(f"workload: {line}", highlight=False, markup=False)
    for line in skipped:
        console.print(f"not measured: {line}", highlight=False, markup=False)
    sources = list(dataset) if dataset else [f"generated: {', '.join(workload or ['all workloads'])}"]
    reason = reason_words(chosen, measurements, budget) if chosen else None
    relax = [] if chosen else relax_words(measurements, budget)
    if report is not None:
        try:
            _write_report(report, rows, budget, chosen, reason, relax, profile, skipped, measurements)
        except OSError as exc:
            _fail(f"cannot write the report in {report} ({exc.__class__.__name__})")
        console.print(f"report: {report / 'tuning.md'}, {report / 'tuning.png'}, {report / 'tuning.json'}",
                      highlight=False)
    if chosen is None:
        console.print(f"no candidate meets the budget ({budget.describe()}). Nearest, and what to relax:",
                      highlight=False, markup=False)
        for line in relax:
            console.print(f"  {line}", highlight=False, markup=False)
        _fail("no candidate meets the budget", code=1)
    console.print(f"chosen: {reason}", highlight=False, markup=False)
    policy = candidate_policy(chosen.candidate, model, org, name)
    text = policy_yaml(policy, chosen, budget, sources, split, profile)
    try:
        parse_policy(text, source="<tuned>")  # what we write must load
    except PolicyError as exc:
        _fail(f"internal: the tuned policy does not load ({exc})")
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {out} ({exc.__class__.__name__})")
    console.print(f"wrote {out}", highlight=False)


def _samples(datasets: Sequence[str] | None, workloads: Sequence[str] | None, suite: Suite | None,
             limit: int | None, split: str) -> list[Sample]:
    if not datasets:
        return load_samples(suite, workloads or None, None, limit or 100, split)
    samples: list[Sample] = []
    for path in datasets:
        loaded = [sample for sample in load_dataset(path) if split == "all" or sample.split == split]
        samples.extend(loaded[:limit] if limit is not None else loaded)
    return samples


def _draft_from_audit(transcripts: Sequence[str], threat_model: Path, out: Path | None, console) -> None:
    from leakbench.audit_dataset import draft_dataset
    from redactor.audit_scan.findings import AuditInputError

    if out is None:
        _fail("--from-audit needs --dataset-out FILE (the draft holds the values: keep it where your data may be)")
    try:
        _, _, base = read_threat_model(threat_model)
        written = draft_dataset(transcripts, base, out)
    except (PolicyError, AuditInputError, OSError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
    kinds = ", ".join(f"{kind}×{count}" for kind, count in written.kinds.most_common())
    console.print(f"wrote a draft of {written.samples} sample(s) with {written.annotations} annotation(s) to "
                  f"{out} ({kinds or 'no findings'}). Review it: remove false findings, add what was missed "
                  "(names, quasi-identifiers), then tune with --dataset.", highlight=False, markup=False)


def _print_table(console, rows: list[dict], budget: Budget) -> None:
    from rich import box
    from rich.table import Table

    table = Table(title=f"policy tune: {budget.describe()}", box=box.SIMPLE_HEAD, pad_edge=False)
    headers = {"candidate": "candidate", "leak_ci_high": "leak≤", "over_redaction": "over-red.", "chrf": "chrF",
               "p50_ms": "p50 ms", "local": "local", "pareto": "front", "verdict": "verdict"}
    keys = list(rows[0]) if rows else list(headers)
    for key in keys:
        title = headers.get(key, key.removesuffix("_ci_high") + "≤")
        if key == "candidate":
            table.add_column(title, no_wrap=True)
        else:
            table.add_column(title, overflow="fold", justify="left" if key == "verdict" else "right")
    for row in rows:
        table.add_row(*[str(row[key]) for key in keys])
    console.print(table)
    console.print("leak≤ = upper end of the 95% bootstrap CI of the combined leak rate; local = requests kept "
                  "local; front = on the Pareto front (leak, utility, cost).", highlight=False, markup=False)


def _write_report(directory: Path, rows: list[dict], budget: Budget, chosen: Measurement | None,
                  reason: str | None, relax: list[str], profile: dict, skipped: list[str],
                  measurements: Sequence[Measurement]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    plot_png(measurements, budget, chosen, directory / "tuning.png")
    keys = list(rows[0]) if rows else []
    lines = ["# policy tune", "", f"Budget: {budget.describe()} (leak limits on the 95% CI upper bound).", ""]
    if chosen is not None:
        lines += ["## Chosen", "", reason or "", ""]
    else:
        lines += ["## Nothing qualifies", "", "Nearest candidates and what to relax:", ""]
        lines += [f"- {line}" for line in relax] + [""]
    lines += ["## Workload", ""] + [f"- {line}" for line in characterisation_words(profile)] + [""]
    lines += ["## Candidates (Pareto table)", "", "| " + " | ".join(keys) + " |",
              "|" + "|".join("---" for _ in keys) + "|"]
    lines += ["| " + " | ".join(str(row[key]) for key in keys) + " |" for row in rows]
    if skipped:
        lines += ["", "## Not measured", ""] + [f"- {line}" for line in skipped]
    lines += ["", "![leak vs utility vs cost](tuning.png)", ""]
    (directory / "tuning.md").write_text("\n".join(lines), encoding="utf-8")
    document = {"budget": {"max_leak": budget.max_leak, "min_chrf": budget.min_chrf,
                           "max_over_redaction": budget.max_over_redaction, "max_p50_ms": budget.max_p50_ms,
                           "max_local_share": budget.max_local_share},
                "chosen": chosen.candidate.name if chosen else None, "reason": reason, "relax": relax,
                "workload": profile, "not_measured": skipped,
                "candidates": [{"name": m.candidate.name, "description": m.candidate.description,
                                "leak": m.leak, "over_redaction": m.over_redaction, "chrf": m.chrf,
                                "p50_ms": m.p50_ms, "local_share": m.local_share,
                                "violations": [v.what for v in m.violations(budget)]} for m in measurements]}
    (directory / "tuning.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def _category_label(category: str) -> str:
    return "all-span" if category == "all" else category


def _pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value * 100:.{digits}f}%"


def _num(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _measured(violation: Violation) -> str:
    return _num(violation.measured, 3) if violation.what in ("chrF",) else (
        f"{violation.measured:.1f} ms" if violation.what == "p50 latency" else _pct(violation.measured))


def _limit(violation: Violation) -> str:
    return _num(violation.limit, 3) if violation.what in ("chrF",) else (
        f"{violation.limit:.1f} ms" if violation.what == "p50 latency" else _pct(violation.limit))


class _Ticker:
    def __init__(self, enabled: bool, total: int) -> None:
        self._enabled, self._total = enabled, total
        self._progress = None

    def __enter__(self):
        if not self._enabled:
            return None
        from rich.progress import Progress

        self._progress = Progress(transient=True)
        self._progress.start()
        task = self._progress.add_task("measuring candidates", total=self._total)
        return lambda: self._progress.advance(task)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


def _fail(message: str, code: int = 2) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)
