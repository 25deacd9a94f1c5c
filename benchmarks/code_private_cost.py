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
"""
from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=60, help="workload samples (files) to use")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the payloads")
    parser.add_argument("--ner", action="store_true", help="keep NER on in both policies")
    args = parser.parse_args()
    items = payloads(args.samples)
    built = pipelines(args.ner)
    started = time.perf_counter()
    results = measure(built, items, args.rounds)
    print(f"{len(items)} payloads x {args.rounds} rounds, NER {'on' if args.ner else 'off'}, "
          f"{time.perf_counter() - started:.1f} s")
    report(results, items)


if __name__ == "__main__":
    main()
