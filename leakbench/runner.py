"""Running the benchmark: the same Pipeline the proxy runs, or the proxy itself (--via-proxy).

In-process, every sample is one request: its segments go through
`Pipeline.process` of a pipeline built by `redactor.runtime.build_pipeline`
(memory vault), exactly as the proxy would run them; what the pipeline
returns for the cloud route is what would cross the wire. Via a proxy, each
sample is sent as an OpenAI chat request and the body that reached a capture
upstream is scored instead.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import typer

from leakbench.loaders import DatasetError, load_dataset
from leakbench.samples import Sample
from leakbench.scoring import SampleOutcome, SampleResult, score_outcome, summarise
from leakbench.workloads import WORKLOADS, generate
from leakbench.workloads.suite import Suite
from redactor.core import BlockedError, PipelineError, RequestContext, UnavailableError
from redactor.pipeline import Pipeline
from redactor.policy import Policy, PolicyError
from redactor.runtime import build_pipeline, resolve_policy

SPLIT_CHOICES = ("dev", "heldout", "all")


def load_samples(suite: Suite, workloads: Sequence[str] | None = None, dataset: str | Path | None = None,
                 limit: int | None = None, split: str | None = None) -> list[Sample]:
    """The samples to run: generated workloads (default: all) or an external dataset.

    `limit` caps the samples per workload (per dataset); `split` is "dev",
    "heldout" or None/"all".
    """
    if split not in (None, *SPLIT_CHOICES):
        raise ValueError(f"unknown split '{split}' (use dev, heldout or all)")
    if dataset is not None:
        if workloads:
            raise ValueError("use either workloads or a dataset, not both")
        samples = [sample for sample in load_dataset(dataset)
                   if split in (None, "all") or sample.split == split]
        return samples[:limit] if limit is not None else samples
    names = list(workloads) if workloads else list(WORKLOADS)
    samples = []
    for name in names:
        samples.extend(generate(name, suite, count=limit, split=split))
    return samples


def process_sample(pipeline: Pipeline, sample: Sample) -> SampleOutcome:
    """Run one sample through the pipeline; the outcome holds exactly what would leave.

    Fail closed like the proxy: a blocked request or a stage error sends
    nothing, and a locally routed request sends nothing to the cloud.
    """
    conversation = pipeline.conversation_id([], explicit=f"leakbench:{sample.id}")
    context = RequestContext(conversation=conversation, api="bench")
    try:
        result = pipeline.process(sample.plain_segments, context)
    except BlockedError as exc:
        return SampleOutcome(sample, [], "blocked", conversation=conversation, error=str(exc))
    except UnavailableError as exc:  # e.g. must stay local but no local backend: refused
        return SampleOutcome(sample, [], "unavailable", conversation=conversation, error=str(exc))
    except PipelineError as exc:
        return SampleOutcome(sample, [], "error", conversation=conversation, error=str(exc))
    stage_ms = dict(result.decision.stage_ms)
    if result.route != "cloud":
        return SampleOutcome(sample, [], result.route, stage_ms, conversation)
    return SampleOutcome(sample, [segment.text for segment in result.segments], "cloud", stage_ms, conversation)


@dataclass
class PolicyRun:
    """One policy over the samples: per-sample outcomes and scores (outgoing text included)."""

    label: str
    policy: Policy
    mode: str
    outcomes: list[SampleOutcome] = field(default_factory=list)
    results: list[SampleResult] = field(default_factory=list)
    duration_s: float = 0.0

    def summary(self, resamples: int = 1000, seed: int = 0) -> dict:
        workloads = list(dict.fromkeys(result.workload for result in self.results))
        return {
            "policy": self.policy.name,
            "source": self.policy.source,
            # What the policy runs and means to protect: the report's verdict reads both.
            "stages": list(self.policy.stages),
            "assets": list(self.policy.threat_model.assets),
            "mode": self.mode,
            "duration_s": round(self.duration_s, 3),
            "notes": _notes(self.results, self.mode),
            "overall": summarise(self.results, resamples, seed),
            "workloads": {name: summarise([r for r in self.results if r.workload == name], resamples, seed)
                          for name in workloads},
        }


def run_policy(policy: Policy | str, samples: Sequence[Sample], suite: Suite | None = None,
               org_profile: bool = True, on_sample: Callable[[], None] | None = None,
               label: str | None = None) -> PolicyRun:
    """Run one policy in-process over `samples` (the suite's org terms added to its org section)."""
    resolved = resolve_policy(policy)
    if suite is not None and org_profile:
        resolved = suite.org.apply_to(resolved)
    pipeline = build_pipeline(resolved, vault_url="memory://")
    pipeline.engine.warm_up()  # model loading is start-up cost, not per-request latency
    population = suite.population if suite is not None and _needs_population(samples) else None
    run = PolicyRun(label or resolved.name, resolved, "in-process")
    started = time.perf_counter()
    for sample in samples:
        outcome = process_sample(pipeline, sample)
        restorer = pipeline.restorer(outcome.conversation) if outcome.route == "cloud" else None
        run.outcomes.append(outcome)
        run.results.append(score_outcome(outcome, restorer, population))
        if on_sample:
            on_sample()
    run.duration_s = time.perf_counter() - started
    return run


def run_via_proxy(policy: Policy | str, samples: Sequence[Sample], proxy_url: str, capture_port: int,
                  api_key: str = "sk-leakbench", suite: Suite | None = None,
                  on_sample: Callable[[], None] | None = None, label: str | None = None) -> PolicyRun:
    """Send each sample through a running proxy whose upstream is a capture server on `capture_port`."""
    import httpx

    from leakbench.capture_upstream import CaptureUpstream
    from leakbench.openai_body import outgoing_from_body, to_openai_body

    resolved = resolve_policy(policy)
    population = suite.population if suite is not None and _needs_population(samples) else None
    run = PolicyRun(label or resolved.name, resolved, "via-proxy")
    endpoint = proxy_url.rstrip("/") + "/chat/completions"
    started = time.perf_counter()
    with CaptureUpstream(capture_port) as upstream, httpx.Client(timeout=300.0) as client:
        for sample in samples:
            upstream.take()
            request_started = time.perf_counter()
            try:
                response = client.post(endpoint, json=to_openai_body(sample),
                                       headers={"authorization": f"Bearer {api_key}"})
                status = response.status_code
                route_header = response.headers.get("x-redactor-route")
            except httpx.HTTPError as exc:
                raise RuntimeError(f"cannot reach the proxy at {proxy_url} ({exc.__class__.__name__})") from None
            elapsed = (time.perf_counter() - request_started) * 1000
            captured = upstream.take()
            if captured:
                # Whatever reached the upstream left the machine, whatever the proxy answered.
                outgoing = outgoing_from_body(captured[-1], sample)
                outcome = SampleOutcome(sample, outgoing, "cloud", {"proxy_total": elapsed})
            else:
                route = {403: "blocked", 503: "unavailable"}.get(status, "local" if status < 400 else "error")
                if route_header == "local":
                    route = "local"
                outcome = SampleOutcome(sample, [], route, {"proxy_total": elapsed})
            run.outcomes.append(outcome)
            run.results.append(score_outcome(outcome, None, population))
            if on_sample:
                on_sample()
    run.duration_s = time.perf_counter() - started
    return run


def run_benchmark(policies: Sequence[str | Policy], workloads: Sequence[str] | None = None,
                  dataset: str | None = None, limit: int | None = None, split: str | None = None,
                  progress: bool = False, *, seed: int = 0, via_proxy: str | None = None,
                  capture_port: int = 18999, proxy_key: str = "sk-leakbench", org_profile: bool = True,
                  resamples: int = 1000, runs: list[PolicyRun] | None = None) -> dict:
    """Run every policy over the chosen samples and return the JSON-ready report.

    `runs`, if given, receives each PolicyRun (per-sample outgoing texts).
    Raises PolicyError, DatasetError or ValueError with one clear line.
    """
    started = time.perf_counter()
    suite = Suite(seed)
    samples = load_samples(suite, workloads, dataset, limit, split)
    if not samples:
        raise ValueError("no samples selected (check --split, --limit and the dataset)")
    if via_proxy and len(policies) != 1:
        raise ValueError("--via-proxy measures the one policy the proxy runs: give exactly one --policy")
    resolved = [resolve_policy(policy) for policy in policies]  # fail on a bad policy before running
    report = {
        "suite": {
            "seed": seed, "split": split or "all", "limit_per_workload": limit,
            "dataset": str(dataset) if dataset else None,
            "workloads": list(dict.fromkeys(sample.workload for sample in samples)),
            "samples": len(samples),
            "annotations": sum(len(sample.annotations) for sample in samples),
            "org_profile": (suite.org.org_config().model_dump() if org_profile and not dataset else None),
            "resamples": resamples,
        },
        "policies": {},
    }
    labels = _labels(resolved)
    with _progress(progress) as bar:
        for policy, label in zip(resolved, labels):
            task = bar.add_task(label, total=len(samples)) if bar else None
            tick = (lambda: bar.advance(task)) if bar else None
            if via_proxy:
                run = run_via_proxy(policy, samples, via_proxy, capture_port, proxy_key, suite, tick, label)
            else:
                run = run_policy(policy, samples, suite if not dataset else None,
                                 org_profile and not dataset, tick, label)
            report["policies"][label] = run.summary(resamples, seed)
            if runs is not None:
                runs.append(run)
    report["suite"]["duration_s"] = round(time.perf_counter() - started, 3)
    return report


def _needs_population(samples: Iterable[Sample]) -> bool:
    return any(sample.subject is not None and sample.workload == "implicit_identity" for sample in samples)


def _labels(policies: Sequence[Policy]) -> list[str]:
    labels, seen = [], {}
    for policy in policies:
        count = seen.get(policy.name, 0)
        seen[policy.name] = count + 1
        labels.append(policy.name if not count else f"{policy.name}#{count + 1}")
    return labels


def _notes(results: Sequence[SampleResult], mode: str) -> list[str]:
    notes = []
    total = len(results)
    counts = {route: sum(1 for r in results if r.route == route)
              for route in ("local", "blocked", "unavailable", "error")}
    if counts["local"]:
        notes.append(f"{counts['local']} of {total} samples were routed locally: nothing left the machine, "
                     "so their outgoing text is scored as empty (no leak) and they are left out of "
                     "over-redaction, similarity and round-trip numbers.")
    if counts["blocked"]:
        notes.append(f"{counts['blocked']} of {total} samples were blocked by the policy: nothing was sent "
                     "(scored as empty outgoing text).")
    if counts["unavailable"]:
        notes.append(f"{counts['unavailable']} of {total} samples were refused as unavailable (typically: they "
                     "had to stay local but no local backend could serve them); nothing was sent "
                     "(scored as empty outgoing text).")
    if counts["error"]:
        notes.append(f"{counts['error']} of {total} samples failed in the pipeline and were not sent "
                     "(fail closed; scored as empty outgoing text).")
    if mode == "via-proxy":
        notes.append("Scored on the request bodies that reached the capture upstream; round-trip fidelity "
                     "is not measured in this mode (the vault lives in the proxy).")
    return notes


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


def _progress(enabled: bool):
    if not enabled:
        return _NoProgress()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), transient=False)


def bench_command(
    policy: list[str] = typer.Option(..., "--policy", "-p", help="Policy name or YAML file (repeatable)."),
    workload: Optional[list[str]] = typer.Option(None, "--workload", "-w",
                                                 help=f"Workload (repeatable): {', '.join(WORKLOADS)}."),
    dataset: Optional[str] = typer.Option(None, "--dataset", help="Annotated JSONL file instead of workloads."),
    split: str = typer.Option("all", "--split", help="dev, heldout or all."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Samples per workload (or dataset)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated suite."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write the results as JSON here."),
    report_dir: Optional[Path] = typer.Option(None, "--report", help="Write report.md and report.html here."),
    via_proxy: Optional[str] = typer.Option(None, "--via-proxy",
                                            help="Proxy base URL with /v1; the proxy's upstream must be "
                                                 "http://127.0.0.1:CAPTURE_PORT/v1."),
    capture_port: int = typer.Option(18999, "--capture-port", help="Port of the capture upstream (--via-proxy)."),
    proxy_key: str = typer.Option("sk-leakbench", "--proxy-key", help="API key sent to the proxy."),
    resamples: int = typer.Option(1000, "--resamples", min=0, help="Bootstrap resamples for the CIs."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Measure how much sensitive content each policy lets reach the wire, and at what cost."""
    from rich.console import Console

    from leakbench.report import results_table, verdicts, write_reports

    if workload and dataset:
        _fail("use either --workload or --dataset, not both")
    try:
        report = run_benchmark(policy, workload or None, dataset, limit, split, progress=not quiet,
                               seed=seed, via_proxy=via_proxy, capture_port=capture_port,
                               proxy_key=proxy_key, resamples=resamples)
    except (PolicyError, DatasetError, ValueError, RuntimeError, OSError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
    # The table fits 100 columns; piped output (CI logs, files) gets exactly that.
    console = Console() if sys.stdout.isatty() else Console(width=100)
    console.print(results_table(report))
    for line in verdicts(report):
        console.print()
        console.print(line, highlight=False, markup=False)
    console.print(f"{report['suite']['samples']} samples, {report['suite']['annotations']} annotations, "
                  f"{report['suite']['duration_s']:.1f} s")
    try:
        if json_out:
            import json

            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(report, indent=2), encoding="utf-8")
        if report_dir:
            written = write_reports(report, report_dir)
            console.print("report: " + ", ".join(str(path) for path in written))
    except OSError as exc:
        _fail(f"cannot write results ({exc.__class__.__name__}: {exc.strerror or exc})")


def _fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise typer.Exit(2)


def org_policy_command(
    policy: str = typer.Option(..., "--policy", "-p", help="Policy name or YAML file."),
    out: Path = typer.Option(..., "--out", help="Where to write the policy with the org terms added."),
    seed: int = typer.Option(0, "--seed", help="Seed of the generated suite (and its organisation)."),
) -> None:
    """Write POLICY with the generated organisation's terms added, for a proxy measured with --via-proxy."""
    import yaml

    try:
        resolved = Suite(seed).org.apply_to(resolve_policy(policy))
        out.parent.mkdir(parents=True, exist_ok=True)
        data = resolved.model_dump(mode="json")
        out.write_text(f"# {resolved.name} with leakbench's generated organisation terms (seed {seed}).\n"
                       + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    except PolicyError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {out} ({exc.__class__.__name__})")
