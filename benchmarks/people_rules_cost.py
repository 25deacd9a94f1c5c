"""CPU cost of the round-7 people rules, each alone, against the NER detector's whole cost, in one run.

Each rule is timed on the benchmark's plain text (redaction_latency's texts of SIZE bytes: prose,
code, logs, no cue for most rules) and on the names_dev16-18 texts (where the rules fire). Process
CPU time, the least-loaded of ROUNDS rounds kept per rule; printed in µs per KB and as a share of
`NerDetector.detect_many` on the same texts (which includes them).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/people_rules_cost.py [--rounds N] [--size BYTES]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import redactor.detect.ner as ner  # noqa: E402
import redactor.detect.people_in_structure as structure  # noqa: E402
from redactor.detect.base import DetectionInput, Span  # noqa: E402
from redactor.detect.name_part_keys import names_under_part_keys  # noqa: E402
from redactor.detect.people_by_address import people_named_by_addresses  # noqa: E402
from redaction_latency import _text_of_size  # noqa: E402


def _dev_texts() -> list[tuple[str, str]]:
    texts = []
    for number in (16, 17, 18):
        path = ROOT / "tests" / "corpus" / "names_dev" / f"names_dev{number}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            for segment in json.loads(line)["segments"]:
                texts.append((segment["text"], segment["kind"]))
    return texts


def _slots(text: str, detector: str) -> list[Span]:
    return ner._word_names_in_person_slots(text, [], detector)


_RULES: dict[str, Callable[[str, str], object]] = {
    "name-part keys": names_under_part_keys,
    "names spelled by addresses": people_named_by_addresses,
    "nicknames": structure._names_with_nicknames,
    "standup initials": structure._initials_in_notes,
    "CJK names between fields": structure._east_asian_names_between_fields,
    "word names in person slots": _slots,
}


def _cpu(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=10240)
    args = parser.parse_args()
    detector = ner.NerDetector()
    detector.detect(DetectionInput("warm up: Maria Gonzalez <maria@example.com>", "prose"))
    sets = {"plain": [(_text_of_size(args.size, seed), "prose") for seed in range(10)], "names_dev16-18": _dev_texts()}
    for name, texts in sets.items():
        kb = sum(len(text.encode()) for text, _ in texts) / 1024
        whole = _cpu(lambda: detector.detect_many([DetectionInput(text, kind) for text, kind in texts]), args.rounds)
        print(f"{name}: {len(texts)} texts, {kb:.0f} KB; NerDetector {whole / kb * 1e6:.0f} µs/KB")
        for rule, function in _RULES.items():
            spent = _cpu(lambda: [list(function(text, "bench") or ()) for text, _ in texts], args.rounds)
            print(f"  {rule:<28} {spent / kb * 1e6:8.1f} µs/KB  {spent / whole:6.2%} of NER")


if __name__ == "__main__":
    main()
