"""Implicit-identity leak through `redactor redact --jsonl`: how much of each annotated description survives.

Runs the real CLI, exactly as a user would (`redactor redact --jsonl --policy
P`), once per policy, on an annotated JSONL dataset (leakbench's format:
single-text lines, or multi-turn lines whose segment texts are joined with a
blank line). Prints aggregate numbers only, never a sample or a value, so it
can be run on a blind corpus.

An annotated description (a quasi-identifier span: role, place, date, ...)
counts as leaked when, in the text the CLI would send:
- exact: it occurs verbatim (case-insensitive); or
- fragment: any 4-character fragment of it occurs. Two readings are reported:
  `word4`: a word of the description of 4 or more letters/digits occurs as a
  word of the output (case-insensitive); `substr4`: any 4 consecutive
  letters/digits of one of its words occur anywhere in the output (stricter).
  Words that also occur in the sample's unannotated text ("engineering" in a
  question about engineering) are not counted, as leakbench does. A third
  reading, `content4`, is `word4` without spaCy's English stop words ("with",
  "after", "been", "back"): a surviving function word identifies no one.
A request the policy keeps local, or that fails (fail closed), sends nothing.
Combined = exact or fragment.

Over-redaction is leakbench's (`leakbench.metrics.over_redaction`): the share
of the words outside annotations that the policy removed or changed, over
the samples sent (a sample kept local is not counted).

Latency is what the user sees: each output line's arrival time, measured
from the previous line (the first line also pays the CLI's start-up, which is
reported separately).

    .venv/bin/python benchmarks/implicit_identity_leak.py DATASET.jsonl [--policy default --policy rephrase] [--json]
        [--by-kind]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leakbench.loaders import load_dataset  # noqa: E402
from leakbench.metrics import over_redaction  # noqa: E402
from leakbench.samples import Sample  # noqa: E402

_WORD = re.compile(r"[^\W_]+")


def _sample_text(sample: Sample) -> str:
    return "\n\n".join(segment.text for segment in sample.segments)


def _unannotated_words(sample: Sample) -> set[str]:
    words: set[str] = set()
    for segment in sample.segments:
        text = segment.text
        for annotation in sorted(segment.annotations, key=lambda a: a.start, reverse=True):
            text = text[:annotation.start] + " " + text[annotation.end:]
        words |= {word.casefold() for word in _WORD.findall(text)}
    return words


def score_sample(sample: Sample, sent: str | None, by_kind: dict[str, dict[str, int]] | None = None) -> dict[str, int]:
    """Counts for one sample: annotations, exact, word4, substr4 leaks (each annotation counted once).

    `by_kind`, if given, also receives the counts per annotation kind (ROLE, PLACE, ...).
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    counts = {"annotations": 0, "exact": 0, "word4": 0, "content4": 0, "substr4": 0}
    sent_folded = (sent or "").casefold()
    sent_words = {word for word in _WORD.findall(sent_folded)}
    common = _unannotated_words(sample)
    for annotation in sample.annotations:
        kind_counts = by_kind.setdefault(annotation.kind, dict.fromkeys(counts, 0)) if by_kind is not None else {}
        verdict = dict.fromkeys(counts, 0)
        verdict["annotations"] = 1
        if sent and annotation.text.casefold() in sent_folded:
            verdict.update(exact=1, word4=1, content4=1, substr4=1)
        elif sent:
            words = [word.casefold() for word in _WORD.findall(annotation.text) if len(word) >= 4]
            words = [word for word in words if word not in common]
            verdict["word4"] = int(any(word in sent_words for word in words))
            verdict["content4"] = int(any(word in sent_words and word not in STOP_WORDS for word in words))
            verdict["substr4"] = int(any(word[index:index + 4] in sent_folded
                                         for word in words for index in range(len(word) - 3)))
        for key, value in verdict.items():
            counts[key] += value
            if by_kind is not None:
                kind_counts[key] += value
    return counts


def over_redacted(sample: Sample, sent: str | None) -> tuple[int, int]:
    """(altered, total) unannotated words of a sample the policy sent; (0, 0) if it sent nothing."""
    if sent is None:
        return 0, 0
    # The CLI gets the segments joined with a blank line: annotations move with their segment.
    annotations, offset = [], 0
    for segment in sample.segments:
        annotations += [dataclasses.replace(annotation, start=annotation.start + offset,
                                            end=annotation.end + offset) for annotation in segment.annotations]
        offset += len(segment.text) + 2
    return over_redaction(_sample_text(sample), annotations, sent)


def run_cli(policy: str, samples: list[Sample]) -> tuple[list[str | None], list[float], float, dict[str, int]]:
    """Outgoing text per sample (None: nothing sent), per-request seconds, start-up seconds, routes."""
    lines = "".join(json.dumps({"id": sample.id, "text": _sample_text(sample)}) + "\n" for sample in samples)
    env = dict(os.environ, PYTHONPATH=str(ROOT), REDACTOR_VAULT_URL="memory://")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "redactor.cli", "redact", "--jsonl", "--policy", policy],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT, env=env)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(lines)
    process.stdin.close()
    outputs: dict[str, str | None] = {}
    arrivals: list[float] = []
    routes: dict[str, int] = {}
    for line in process.stdout:
        arrivals.append(time.perf_counter())
        item = json.loads(line)
        route = "error" if "error" in item else item.get("route", "cloud")
        routes[route] = routes.get(route, 0) + 1
        outputs[item["id"]] = item.get("text") if route == "cloud" else None
    stderr = process.stderr.read() if process.stderr else ""
    if process.wait() != 0:
        raise SystemExit(f"redactor redact failed for policy {policy}: {stderr.strip()[-300:]}")
    # The first line pays start-up; later lines' gaps are per-request latency.
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    startup = (arrivals[0] - started) - (statistics.median(gaps) if gaps else 0.0) if arrivals else 0.0
    return [outputs.get(sample.id) for sample in samples], gaps, startup, routes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", help="annotated JSONL (leakbench format)")
    parser.add_argument("--policy", action="append", help="policy name or file (repeatable; default: "
                                                              "default and policies/rephrase.yaml)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--by-kind", action="store_true", help="also print the substr4 leak per annotation kind")
    args = parser.parse_args()
    samples = load_dataset(args.dataset)
    policies = args.policy or ["default", "policies/rephrase.yaml"]
    report = {"dataset": Path(args.dataset).name, "samples": len(samples),
              "annotations": sum(len(sample.annotations) for sample in samples), "policies": {}}
    for policy in policies:
        sent, gaps, startup, routes = run_cli(policy, samples)
        totals = {"annotations": 0, "exact": 0, "word4": 0, "content4": 0, "substr4": 0}
        altered = words = 0
        by_kind: dict[str, dict[str, int]] = {}
        for sample, text in zip(samples, sent):
            for key, value in score_sample(sample, text, by_kind).items():
                totals[key] += value
            sample_altered, sample_words = over_redacted(sample, text)
            altered, words = altered + sample_altered, words + sample_words
        n = max(1, totals["annotations"])
        report["policies"][policy] = {
            "exact_leak": round(totals["exact"] / n, 4),
            "combined_leak_word4": round(totals["word4"] / n, 4),
            "combined_leak_content4": round(totals["content4"] / n, 4),
            "combined_leak_substr4": round(totals["substr4"] / n, 4),
            "over_redaction": round(altered / words, 4) if words else None,
            "substr4_by_kind": {kind: {"leaked": row["substr4"], "of": row["annotations"]}
                                for kind, row in sorted(by_kind.items())},
            "routes": routes,
            "seconds_per_request": {"p50": round(statistics.median(gaps), 3) if gaps else None,
                                    "p95": round(sorted(gaps)[int(0.95 * (len(gaps) - 1))], 3) if gaps else None,
                                    "max": round(max(gaps), 3) if gaps else None},
            "cli_startup_s": round(startup, 2),
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['dataset']}: {report['samples']} samples, {report['annotations']} annotated descriptions")
    print(f"{'policy':<26} {'exact':>7} {'comb.word4':>11} {'comb.content4':>14} {'comb.substr4':>13} {'over-red.':>10} {'p50 s':>7} {'p95 s':>7} "
          f"{'max s':>7} {'start s':>8}  routes")
    for policy, row in report["policies"].items():
        latency = row["seconds_per_request"]
        print(f"{policy:<26} {row['exact_leak']:>7.1%} {row['combined_leak_word4']:>11.1%} "
              f"{row['combined_leak_content4']:>14.1%} "
              f"{row['combined_leak_substr4']:>13.1%} {row['over_redaction'] or 0:>10.1%} {latency['p50'] or 0:>7.3f} {latency['p95'] or 0:>7.3f} "
              f"{latency['max'] or 0:>7.3f} {row['cli_startup_s']:>8.2f}  {row['routes']}")
        if args.by_kind:
            print("    substr4 by kind: " + ", ".join(f"{kind} {cell['leaked']}/{cell['of']}"
                                                     for kind, cell in row["substr4_by_kind"].items()))


if __name__ == "__main__":
    main()
