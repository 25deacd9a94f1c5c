"""`redactor policy tune`: pick the cheapest policy whose measured leak rate meets a target.

Decision rule (docs/leakbench.md):
1. Enumerate the candidate detector chains below, cheapest first in intent.
2. Run each on the chosen workloads (dev split by default: tuning never sees held-out samples).
3. A candidate qualifies when the upper end of the 95% bootstrap CI of its combined
   leak rate is <= the target (conservative: the true rate is unlikely to be higher).
4. Among qualifying candidates pick the lowest p50 pipeline latency, then the lowest
   over-redaction, then the earlier candidate in the list.
5. Write that policy (with the threat model from the given file); if none
   qualifies, say so and exit non-zero. Routing everything locally always meets any
   target and is the suggested fallback; it is not a candidate because its cost is
   the local model's, which this benchmark does not measure.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer
import yaml

from leakbench.loaders import DatasetError
from leakbench.runner import load_samples, run_policy
from leakbench.workloads.suite import Suite
from redactor.policy import OrgConfig, Policy, PolicyError, ThreatModel, parse_policy


@dataclass(frozen=True)
class Candidate:
    name: str
    description: str
    detection: dict
    org_terms: bool = False
    actions: dict = field(default_factory=dict)


_NO_NER = {"enabled": False}
CANDIDATES: tuple[Candidate, ...] = (
    Candidate("secrets-regex", "credential patterns only",
              {"secrets": True, "pii": False, "infra": False, "ner": _NO_NER}),
    Candidate("regex-pii", "credential, personal-data and infrastructure patterns",
              {"secrets": True, "pii": True, "infra": True, "ner": _NO_NER}),
    Candidate("regex-pii-org", "patterns plus the organisation's term lists",
              {"secrets": True, "pii": True, "infra": True, "ner": _NO_NER}, org_terms=True),
    Candidate("regex-pii-ner", "patterns plus NER (spaCy) on prose",
              {"secrets": True, "pii": True, "infra": True, "ner": {"enabled": True}}),
    Candidate("regex-pii-ner-org", "patterns, NER and the organisation's term lists",
              {"secrets": True, "pii": True, "infra": True, "ner": {"enabled": True}}, org_terms=True),
    Candidate("strict", "everything, at low confidence thresholds",
              {"secrets": True, "pii": True, "infra": True, "min_score": 0.35, "entropy_threshold": 2.8,
               "ner": {"enabled": True, "min_score": 0.4}}, org_terms=True),
)


@dataclass
class Measurement:
    candidate: Candidate
    combined: float | None
    combined_high: float | None
    over_redaction: float | None
    p50_ms: float | None

    def qualifies(self, max_leak: float) -> bool:
        return self.combined_high is not None and self.combined_high <= max_leak


def read_threat_model(path: str | Path) -> tuple[ThreatModel, OrgConfig, dict]:
    """Threat model (and org section, kind_actions) from a policy file, a file with a
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
    try:
        if "name" in data:
            policy = parse_policy(path.read_text(encoding="utf-8"), source=str(path))
            return policy.threat_model, policy.org, dict(policy.kind_actions)
        raw = data.get("threat_model", data)
        org = OrgConfig.model_validate(data.get("org", {})) if "threat_model" in data else OrgConfig()
        return ThreatModel.model_validate(raw), org, {}
    except PolicyError:
        raise
    except Exception as exc:  # pydantic ValidationError: summarise without a traceback
        raise PolicyError(f"{path}: invalid threat model ({str(exc).splitlines()[0]})") from None


def candidate_policy(candidate: Candidate, threat_model: ThreatModel, org: OrgConfig, name: str) -> Policy:
    data = {
        "name": name,
        "description": f"Tuned by leakbench: {candidate.name} ({candidate.description}).",
        "threat_model": threat_model.model_dump(),
        "stages": ["placeholders"],
        "detection": candidate.detection,
        "org": org.model_dump() if candidate.org_terms else {"allow": list(org.allow)},
    }
    return Policy.model_validate(data)


def measure(candidates: tuple[Candidate, ...], threat_model: ThreatModel, org: OrgConfig, samples,
            suite: Suite, on_sample=None) -> list[Measurement]:
    measurements = []
    for candidate in candidates:
        policy = candidate_policy(candidate, threat_model, org, candidate.name)
        run = run_policy(policy, samples, suite, org_profile=candidate.org_terms, on_sample=on_sample)
        overall = run.summary(resamples=1000, seed=suite.seed)["overall"]
        measurements.append(Measurement(candidate, overall["combined"]["rate"], overall["combined"]["ci_high"],
                                        overall["over_redaction"]["rate"],
                                        (overall["latency_ms"].get("total") or {}).get("p50")))
    return measurements


def choose(measurements: list[Measurement], max_leak: float) -> Measurement | None:
    """The decision rule: qualifying candidates by (p50 latency, over-redaction, list order)."""
    qualified = [(index, m) for index, m in enumerate(measurements) if m.qualifies(max_leak)]
    if not qualified:
        return None
    return min(qualified, key=lambda pair: (pair[1].p50_ms if pair[1].p50_ms is not None else float("inf"),
                                            pair[1].over_redaction or 0.0, pair[0]))[1]


def policy_yaml(policy: Policy, chosen: Measurement, max_leak: float, workloads: list[str], split: str) -> str:
    data = policy.model_dump(mode="json", include={"name", "description", "threat_model", "stages", "actions",
                                                   "kind_actions", "detection", "org"})
    header = [
        f"# Written by `redactor policy tune` (leakbench) on workloads: {', '.join(workloads)} ({split} split).",
        f"# Rule: cheapest candidate whose combined-leak 95% CI upper bound <= {max_leak:.4f}.",
        f"# Chosen: {chosen.candidate.name}: combined leak {chosen.combined:.4f} "
        f"(upper bound {chosen.combined_high:.4f}), over-redaction {chosen.over_redaction or 0:.4f}, "
        f"p50 {chosen.p50_ms:.2f} ms.",
    ]
    if chosen.candidate.org_terms:
        header.append("# Measured with leakbench's generated organisation terms: list YOUR organisation's names, "
                      "codenames, customers and internal domains under `org`.")
    return "\n".join(header) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def tune_command(
    threat_model: Path = typer.Option(..., "--threat-model", help="YAML: a policy file, or a threat_model mapping."),
    max_leak: float = typer.Option(..., "--max-leak", min=0.0, max=1.0, help="Largest acceptable combined leak rate (0-1)."),
    workload: Optional[list[str]] = typer.Option(None, "--workload", "-w", help="Workload to measure on (repeatable)."),
    limit: int = typer.Option(100, "--limit", min=1, help="Samples per workload."),
    split: str = typer.Option("dev", "--split", help="dev (default), heldout or all."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated suite."),
    name: str = typer.Option("tuned", "--name", help="Name of the written policy."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the chosen policy here (default: stdout)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Choose the cheapest detector chain whose measured leak rate meets --max-leak, and write it."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    try:
        model, org, _ = read_threat_model(threat_model)
        suite = Suite(seed)
        samples = load_samples(suite, workload or None, None, limit, split)
        if not samples:
            raise ValueError("no samples selected")
        with _progress(not quiet, len(samples) * len(CANDIDATES)) as tick:
            measurements = measure(CANDIDATES, model, org, samples, suite, tick)
    except (PolicyError, DatasetError, ValueError, OSError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
    table = Table(title=f"policy tune: max combined leak {max_leak:.4f} (95% CI upper bound)")
    for column in ("candidate", "combined leak", "CI high", "over-redaction", "p50 ms", "qualifies"):
        table.add_column(column)
    for m in measurements:
        table.add_row(m.candidate.name, _fmt(m.combined), _fmt(m.combined_high), _fmt(m.over_redaction),
                      _fmt(m.p50_ms, 2), "yes" if m.qualifies(max_leak) else "no")
    console.print(table)
    chosen = choose(measurements, max_leak)
    if chosen is None:
        best = min(measurements, key=lambda m: m.combined_high if m.combined_high is not None else 2.0)
        _fail(f"no candidate meets --max-leak {max_leak:.4f}: the lowest upper bound is "
              f"{_fmt(best.combined_high)} ({best.candidate.name}); consider routing locally (policies/local-only.yaml)",
              code=1)
    policy = candidate_policy(chosen.candidate, model, org, name)
    text = policy_yaml(policy, chosen, max_leak, list(dict.fromkeys(s.workload for s in samples)), split)
    parse_policy(text, source="<tuned>")  # what we write must load
    console.print(f"chosen: {chosen.candidate.name}")
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {out} ({exc.__class__.__name__})")
    console.print(f"wrote {out}")


def _fmt(value: float | None, digits: int = 4) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


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


def _progress(enabled: bool, total: int) -> _Ticker:
    return _Ticker(enabled, total)


def _fail(message: str, code: int = 2) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(code)
