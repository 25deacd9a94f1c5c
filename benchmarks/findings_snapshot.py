"""Findings on a fixed set of dev texts, to prove that a speed-up changed no finding.

`dump OUT.json` runs the NER detector and the whole detection engine (default
policy) of the `redactor` on the path over: the names_dev segments, the
hand-written corpora of tests/corpus (pii, clean_prose, clean_code,
implicit_identity, pii_recall), 4 KB of benchmark prose with 0, 1, 3 and 12
names (8 texts each) and 60 generated samples of pii_prose and
agent_transcripts (suite seed 0), and writes every span. `compare A.json B.json`
counts texts whose findings are identical, identical but for the score, and
the spans only one side has (by kind). Run each tree with its own code first:

    PYTHONPATH=/work/main python benchmarks/findings_snapshot.py dump /tmp/before.json
    PYTHONPATH=$PWD python benchmarks/findings_snapshot.py dump /tmp/after.json
    python benchmarks/findings_snapshot.py compare /tmp/before.json /tmp/after.json

The blind corpora (leakbench/corpora/blind*) are never read.
"""
from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_KIND_BY_SUFFIX = {".py": "code", ".go": "code", ".ts": "code", ".sql": "code", ".yaml": "code", ".log": "tool_result"}


def dev_texts() -> list[tuple[str, str]]:
    """(text, segment kind) of every dev text, in a fixed order."""
    path = list(sys.path)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from proxy_overhead import prose_text
    sys.path[:] = path  # proxy_overhead puts its own tree first: the redactor under test stays the one on the path

    from leakbench.workloads import generate
    from leakbench.workloads.suite import Suite

    corpus = ROOT / "tests" / "corpus"
    items = []
    for path in sorted((corpus / "names_dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for segment in json.loads(line)["segments"]:
                items.append((segment["text"], segment.get("kind", "prose")))
    for directory in ("pii", "clean_prose", "clean_code", "implicit_identity", "pii_recall"):
        for path in sorted((corpus / directory).iterdir()):
            if path.is_file() and path.suffix not in (".json", ".jsonl"):
                items.append((path.read_text(encoding="utf-8", errors="replace"), _KIND_BY_SUFFIX.get(path.suffix, "prose")))
    for names in (0, 1, 3, 12):
        items.extend((prose_text(4096, f"snap{index}", names=names), "prose") for index in range(8))
    suite = Suite(seed=0)
    for workload in ("pii_prose", "agent_transcripts"):
        for sample in generate(workload, suite, count=60):
            items.extend((segment.text, segment.segment.kind) for segment in sample.segments)
    return items


def dump(out: str) -> None:
    from redactor.detect.base import DetectionInput
    from redactor.detect.engine import DetectionEngine
    from redactor.detect.ner import NerDetector
    from redactor.policy import load_policy
    from redactor.segments import Segment

    items = dev_texts()
    ner, engine = NerDetector(), DetectionEngine.from_policy(load_policy("default"))
    found, cpu = [], 0.0
    for text, kind in items:
        started = time.process_time()
        ner_spans = ner.detect(DetectionInput(text, kind))
        engine_spans = engine.detect([Segment(text, kind=kind)])[0]
        cpu += time.process_time() - started
        found.append({"ner": sorted((s.start, s.end, s.kind, s.score) for s in ner_spans),
                      "engine": sorted((s.start, s.end, s.kind, s.score) for s in engine_spans)})
    Path(out).write_text(json.dumps(found))
    print(f"{len(items)} texts, detection CPU {cpu:.2f} s, redactor from {Path(sys.modules['redactor'].__file__).parent.parent}")


def compare(before_path: str, after_path: str) -> None:
    before, after = json.loads(Path(before_path).read_text()), json.loads(Path(after_path).read_text())
    for field in ("ner", "engine"):
        same = sum(a[field] == b[field] for a, b in zip(before, after))
        unscored = sum([s[:3] for s in a[field]] == [s[:3] for s in b[field]] for a, b in zip(before, after))
        only_before, only_after = collections.Counter(), collections.Counter()
        for a, b in zip(before, after):
            spans_a, spans_b = {tuple(s[:3]) for s in a[field]}, {tuple(s[:3]) for s in b[field]}
            only_before.update(s[2] for s in spans_a - spans_b)
            only_after.update(s[2] for s in spans_b - spans_a)
        print(f"{field}: identical on {same}/{len(before)} texts, identical but for scores on {unscored}; "
              f"spans only before {dict(only_before)}, only after {dict(only_after)}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
