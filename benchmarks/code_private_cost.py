"""What `code-private` costs against `default`, on the same payloads, in one process.

Payloads: the leakbench proprietary_code workload (source, SQL, CI files,
READMEs, commit messages; both its families) and the same texts concatenated
into about 16 KB agent turns. For each payload, both policies' pipelines
(memory vault, detection cache defeated: every run is a new text) process it
in alternating order, so machine noise hits both sides alike. Reported per
policy: p50/p95 pipeline latency (detection + placeholders), placeholders per
request, tokens added to what is sent; and the restore side: whole-reply
restore and streamed restore (3-character deltas) of the pseudonymized text
echoed back, in microseconds. Ratios are code-private / default from the same
run. NER is off on both sides unless --ner (it costs the same on both and
hides the difference this measures).

    .venv/bin/python benchmarks/code_private_cost.py [--samples N] [--ner]

With --dataset FILE (single-text annotated JSONL, e.g. the blind corpus), it instead
pipes the texts through `redactor redact --jsonl --policy P` for both policies, exactly
as a user would, and prints only aggregate leak and over-redaction rates (never a case).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leakbench.metrics import count_tokens  # noqa: E402
from leakbench.workloads import generate  # noqa: E402
from leakbench.workloads.suite import Suite  # noqa: E402
from redactor.pipeline import RequestContext  # noqa: E402
from redactor.policy import load_policy  # noqa: E402
from redactor.restore import StreamRestorer  # noqa: E402
from redactor.runtime import build_pipeline  # noqa: E402
from redactor.segments import Segment  # noqa: E402

POLICIES = ("default", "code-private")


def payloads(count: int) -> list[tuple[str, str]]:
    """(label, text): single files of the workload, then ~16 KB turns made of several of them."""
    texts = [sample.segments[-1].text for sample in generate("proprietary_code", Suite(0), count=count)]
    items = [("file", text) for text in texts]
    turn, turns = "", []
    for text in texts:
        turn += text + "\n\n"
        if len(turn) >= 16_000:
            turns.append(turn)
            turn = ""
    items += [("16KB turn", text) for text in turns]
    return items


def pipelines(ner: bool) -> dict:
    built = {}
    for name in POLICIES:
        policy = load_policy(name)
        if not ner:
            detection = policy.detection.model_copy(
                update={"ner": policy.detection.ner.model_copy(update={"enabled": False})})
            policy = policy.model_copy(update={"detection": detection})
        built[name] = build_pipeline(policy, vault_url="memory://")
        built[name].engine.warm_up()
    return built


def measure(built: dict, items: list[tuple[str, str]], rounds: int) -> dict:
    results = {(name, label): {"ms": [], "placeholders": [], "added": [], "restore_us": [], "stream_us": []}
               for name in POLICIES for label in {label for label, _ in items}}
    for round_index in range(rounds):
        for item_index, (label, text) in enumerate(items):
            unique = f"# run {round_index}-{item_index}\n{text}"  # defeats the detection cache
            order = POLICIES if (round_index + item_index) % 2 == 0 else tuple(reversed(POLICIES))
            for name in order:
                pipeline = built[name]
                context = RequestContext(conversation=f"bench-{name}-{round_index}-{item_index}")
                started = time.perf_counter()
                result = pipeline.process([Segment(unique)], context)
                elapsed = (time.perf_counter() - started) * 1000
                sent = result.segments[0].text
                restorer = result.restorer
                started = time.perf_counter()
                restored, _ = restorer.restore(sent)
                restore_us = (time.perf_counter() - started) * 1e6
                stream = StreamRestorer(restorer)
                started = time.perf_counter()
                streamed = "".join(stream.feed(sent[i:i + 3]) for i in range(0, len(sent), 3)) + stream.flush()
                stream_us = (time.perf_counter() - started) * 1e6
                assert restored == unique and streamed == unique, f"{name}: restore is not exact"
                cell = results[(name, label)]
                cell["ms"].append(elapsed)
                cell["placeholders"].append(len(result.restorer.mapping))
                cell["added"].append(count_tokens(sent) / max(1, count_tokens(unique)) - 1)
                cell["restore_us"].append(restore_us)
                cell["stream_us"].append(stream_us)
    return results


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(results: dict, items: list[tuple[str, str]]) -> None:
    labels = sorted({label for label, _ in items})
    print(f"{'payload':<10} {'policy':<13} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'placeh.':>8} "
          f"{'+tokens':>8} {'restore us':>11} {'stream us':>10}")
    for label in labels:
        for name in POLICIES:
            cell = results[(name, label)]
            print(f"{label:<10} {name:<13} {len(cell['ms']):>4} {statistics.median(cell['ms']):>8.2f} "
                  f"{_p(cell['ms'], 0.95):>8.2f} {statistics.mean(cell['placeholders']):>8.1f} "
                  f"{statistics.mean(cell['added']):>7.1%} {statistics.median(cell['restore_us']):>11.1f} "
                  f"{statistics.median(cell['stream_us']):>10.1f}")
        base, code = results[("default", label)], results[("code-private", label)]
        print(f"{label:<10} {'ratio c-p/def':<13} {'':>4} "
              f"{statistics.median(code['ms']) / statistics.median(base['ms']):>8.2f} "
              f"{_p(code['ms'], 0.95) / _p(base['ms'], 0.95):>8.2f} {'':>8} {'':>8} "
              f"{statistics.median(code['restore_us']) / statistics.median(base['restore_us']):>11.2f} "
              f"{statistics.median(code['stream_us']) / statistics.median(base['stream_us']):>10.2f}")


def score_redact_jsonl(dataset: Path, policy: str) -> dict:
    """Aggregate leak and over-redaction of `redactor redact --jsonl` output on an annotated dataset."""
    from leakbench.loaders import load_dataset
    from leakbench.metrics import judge_sample, over_redaction

    samples = [sample for sample in load_dataset(dataset) if len(sample.segments) == 1]
    stdin = "".join(json.dumps({"id": sample.id, "text": sample.segments[0].text}) + "\n" for sample in samples)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "redactor.cli", "redact", "--jsonl", "--policy", policy, "--vault", "memory://"],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=1800,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"redactor redact failed: {completed.stderr.strip()[-300:]}")
    outgoing = {item["id"]: item.get("text") or "" for item in map(json.loads, completed.stdout.splitlines())}
    leaked = total = altered = kept_total = 0
    for sample in samples:
        segment = sample.segments[0]
        sent = outgoing[sample.id]
        verdicts = judge_sample([segment.text], [segment.annotations], [sent])
        leaked += sum(verdict.combined for verdict in verdicts)
        total += len(verdicts)
        changed, count = over_redaction(segment.text, segment.annotations, sent)
        altered += changed
        kept_total += count
    return {"samples": len(samples), "annotations": total, "leak": leaked / max(1, total),
            "over_redaction": altered / max(1, kept_total), "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, help="score `redactor redact --jsonl` on this annotated JSONL")
    parser.add_argument("--samples", type=int, default=60, help="workload samples (files) to use")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the payloads")
    parser.add_argument("--ner", action="store_true", help="keep NER on in both policies")
    args = parser.parse_args()
    if args.dataset:
        for policy in ("default", "policies/code-private.yaml"):
            result = score_redact_jsonl(args.dataset, policy)
            print(f"{policy:<28} {result['samples']} samples, {result['annotations']} annotations: "
                  f"combined leak {result['leak']:.1%}, over-redaction {result['over_redaction']:.2%} "
                  f"({result['seconds']:.1f} s including start-up)")
        return
    items = payloads(args.samples)
    built = pipelines(args.ner)
    started = time.perf_counter()
    results = measure(built, items, args.rounds)
    print(f"{len(items)} payloads x {args.rounds} rounds, NER {'on' if args.ner else 'off'}, "
          f"{time.perf_counter() - started:.1f} s")
    report(results, items)


if __name__ == "__main__":
    main()
