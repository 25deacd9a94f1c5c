"""The regex path's fixed cost per text (issue 14): what secrets, PII and infra cost on texts with nothing to find.

A text's cost is roughly a fixed part (every finder called, its gate asked, its per-text setup) plus a part per KB.
The mixed and traffic tables of redaction_latency.py cannot tell them apart: their 1 KB texts are denser in
findings than their 10 KB ones. Here the texts hold nothing to find (ordinary sentences, with or without a number
in them: a digit opens the PII detector's number finders) at 200 B, 1 KB and 4 KB, and short tool-call values
(a few words: what an agent's JSON values mostly are), each detector timed on the same texts (CPU time, best of
three passes). The least-squares line through the three sizes gives the fixed cost per text and the cost per KB.

    .venv/bin/python benchmarks/fixed_cost_per_text.py [--texts N]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redaction_latency import warm_up_detectors  # noqa: E402

from redactor.detect.base import DetectionInput  # noqa: E402
from redactor.detect.infra import InfraDetector  # noqa: E402
from redactor.detect.pii import PiiDetector  # noqa: E402
from redactor.detect.secrets import SecretsDetector  # noqa: E402

_WORDS = ("the we should look at how this works before we change it and then ask them what they think about a plan "
          "for next week because it was not clear from what was said in the last meeting so please read it again "
          "and tell me if anything is missing or wrong").split()
# Values of an agent's tool calls and short turns: nothing to find, a few words each.
_SHORT_VALUES = ("ok", "true", "Bash", "src/export/worker.py", "Read the retry module first", "tool_use",
                 "Run the tests again please", "assistant", "The tests pass now.", "npm run build", "end_turn",
                 "Done - 3 files changed", "line 44", '{"type": "text"}', "Fix the failing test in worker.py",
                 "Exit code 0", "command", "ls -la", "cat README.md", "git status")


def sentences(size: int, salt: int, with_numbers: bool) -> str:
    """`size` characters of ordinary sentences (new in each salt), with a small number in each when asked."""
    rng = random.Random(salt)
    pieces, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(6, 14)))
        sentence = sentence[0].upper() + sentence[1:] + (f" in step {rng.randrange(2, 9)}" if with_numbers else "")
        sentence += ".\n" if rng.random() < 0.15 else ". "
        pieces.append(sentence)
        total += len(sentence)
    return "".join(pieces)[:size]


def short_value(salt: int) -> str:
    value = _SHORT_VALUES[salt % len(_SHORT_VALUES)]
    return value if salt % 3 else f"{value} {salt}"  # a third carry a number (and are new texts)


def fixed_and_per_kb(sizes: tuple[int, ...], costs: list[float]) -> tuple[float, float]:
    """The least-squares line through (size in KB, cost): its cost at 0 KB (fixed per text) and its slope (per KB)."""
    kilobytes = [size / 1024 for size in sizes]
    mean_kb, mean_cost = sum(kilobytes) / len(kilobytes), sum(costs) / len(costs)
    spread = sum((kb - mean_kb) ** 2 for kb in kilobytes)
    per_kb = sum((kb - mean_kb) * (cost - mean_cost) for kb, cost in zip(kilobytes, costs)) / spread
    return mean_cost - per_kb * mean_kb, per_kb


def cost_per_text(detectors: dict, texts: list[str]) -> dict[str, float]:
    """CPU us per text of each detector, the least of three passes over `texts` (detectors interleaved per text)."""
    best = dict.fromkeys(detectors, float("inf"))
    for _ in range(3):
        spent = dict.fromkeys(detectors, 0.0)
        for text in texts:
            item = DetectionInput(text)
            for name, detector in detectors.items():
                started = time.process_time()
                detector.detect(item)
                spent[name] += time.process_time() - started
        for name, seconds in spent.items():
            best[name] = min(best[name], seconds / len(texts) * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=200, help="texts per size (short values: 10x as many)")
    args = parser.parse_args()
    detectors = {"secrets": SecretsDetector(), "pii": PiiDetector(), "infra": InfraDetector()}
    warm_up_detectors(detectors.values())
    names = list(detectors)
    print("CPU us per text with nothing to find (best of 3 passes; detectors interleaved per text)")
    print(f"{'texts':<26}" + "".join(f"{name:>9}" for name in names) + f"{'sum':>9}")
    short = cost_per_text(detectors, [short_value(salt) for salt in range(10 * args.texts)])
    print(f"{'short values (2-35 B)':<26}" + "".join(f"{short[name]:>9.1f}" for name in names)
          + f"{sum(short.values()):>9.1f}")
    sizes = (200, 1024, 4096)
    for with_numbers in (False, True):
        rows = {}
        for size in sizes:
            count = max(20, args.texts * 200 // size)
            rows[size] = cost_per_text(detectors, [sentences(size, salt, with_numbers) for salt in range(count)])
            label = f"sentences {size} B" + (", numbers" if with_numbers else "")
            print(f"{label:<26}" + "".join(f"{rows[size][name]:>9.1f}" for name in names)
                  + f"{sum(rows[size].values()):>9.1f}")
        fits = {name: fixed_and_per_kb(sizes, [sum(rows[size].values()) if name == "sum" else rows[size][name]
                                                for size in sizes]) for name in [*names, "sum"]}
        print(f"{'  fixed us per text':<26}" + "".join(f"{fits[name][0]:>9.1f}" for name in [*names, "sum"]))
        print(f"{'  us per KB':<26}" + "".join(f"{fits[name][1]:>9.1f}" for name in [*names, "sum"]))


if __name__ == "__main__":
    main()
