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

`dump-regex OUT.json` is the fast check for speed work on the pattern detectors: the
secrets, PII and infrastructure detectors alone (no engine, no NER), on every file under
tests/corpus (every string of a .json/.jsonl record), 60 generated samples of every
leakbench workload (suite seed 0) and the benchmark texts of redaction_latency.py at
1 KB and 10 KB (both text sets, plain and fresh, as prose, code and tool results). `compare` reads both kinds of dump.
In a tree that has it, dump-regex first calibrates the regex gate (redactor/detect/regex_gate.py, which the
engine does not use), so the dump shows that gating changes no finding.

`kingfisher-union [PER_RULE]` checks the one finding-changing shortcut of the secrets detector: Kingfisher
is not shown the URLs and connection strings our own formats found. On the regex dev texts plus lines
sampled from every gitleaks rule (PER_RULE each, default 20; bare and in a fenced block) it compares the
regions our catalogue and Kingfisher cover together, Kingfisher run on the whole text and with those
regions blanked, and prints the texts where the union lost or gained a region.

`dump-corpora OUT.json DIR...` runs the three pattern detectors (`--engine`: the whole engine without NER, so
decoded views and the engine's own passes count too) over every segment of every .jsonl file of the corpus
directories named, in a fixed order. The caller names the directories it may read; nothing else is opened.

The blind corpora (leakbench/corpora/blind*) are never read by the other modes.
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


def _strings_of(record: object) -> list[str]:
    """Every string of a JSON record longer than a word, in document order."""
    if isinstance(record, str):
        return [record] if len(record) > 12 else []
    if isinstance(record, dict):
        return [text for value in record.values() for text in _strings_of(value)]
    if isinstance(record, list):
        return [text for value in record for text in _strings_of(value)]
    return []


def regex_dev_texts() -> list[tuple[str, str]]:
    """(text, segment kind) for the pattern detectors: all of tests/corpus, every workload, the latency texts."""
    path = list(sys.path)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from redaction_latency import TEXT_SETS, _fresh_text_of_size, _text_of_size
    sys.path[:] = path

    from leakbench.workloads import generate, workload_names
    from leakbench.workloads.suite import Suite

    items = []
    for file in sorted((ROOT / "tests" / "corpus").rglob("*")):
        if not file.is_file():
            continue
        content = file.read_text(encoding="utf-8", errors="replace")
        if file.suffix == ".jsonl":
            items.extend((text, "prose") for line in content.splitlines() if line.strip()
                         for text in _strings_of(json.loads(line)))
        elif file.suffix == ".json":
            items.extend((text, "prose") for text in _strings_of(json.loads(content)))
        items.append((content, _KIND_BY_SUFFIX.get(file.suffix, "prose")))
    suite = Suite(seed=0)
    for workload in workload_names():
        for sample in generate(workload, suite, count=60):
            items.extend((segment.text, segment.segment.kind) for segment in sample.segments)
    items.extend((_text_of_size(size, salt), "prose") for size in (1024, 10240) for salt in range(5))
    # Both text sets, plain and with new values, in the segment kinds the detectors tell apart.
    items.extend((make(size, salt, text_set), kind) for text_set in TEXT_SETS for make in (_text_of_size, _fresh_text_of_size)
                 for size in (1024, 10240) for salt in range(8) for kind in ("prose", "code", "tool_result"))
    return items


def dump_regex(out: str) -> None:
    from redactor.detect.base import DetectionInput
    from redactor.detect.infra import InfraDetector
    from redactor.detect.pii import PiiDetector
    from redactor.detect.secrets import SecretsDetector

    items = regex_dev_texts()
    detectors = {"secrets": SecretsDetector(), "pii": PiiDetector(), "infra": InfraDetector()}
    from redaction_latency import calibrate_regex_gate
    calibrate_regex_gate(detectors.values())  # the regex gate in force (regex_gate.py; none in older trees)
    found, cpu = [], 0.0
    for text, kind in items:
        started = time.process_time()
        found.append({name: sorted((s.start, s.end, s.kind, s.score) for s in detector.detect(DetectionInput(text, kind)))
                      for name, detector in detectors.items()})
        cpu += time.process_time() - started
    Path(out).write_text(json.dumps(found))
    print(f"{len(items)} texts, {sum(len(t) for t, _ in items)} characters, pattern detector CPU {cpu:.2f} s, "
          f"redactor from {Path(sys.modules['redactor'].__file__).parent.parent}")


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


def corpus_texts(directories: list[str]) -> list[tuple[str, str]]:
    """(text, segment kind) of every segment of every .jsonl file under the named directories only."""
    items = []
    for directory in directories:
        for path in sorted(Path(directory).rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if not line.strip():
                    continue
                record = json.loads(line)
                for segment in record.get("segments", []) if isinstance(record, dict) else []:
                    if isinstance(segment, dict) and isinstance(segment.get("text"), str):
                        items.append((segment["text"], segment.get("kind", "prose")))
    return items


def dump_corpora(out: str, directories: list[str], engine: bool) -> None:
    from redactor.detect.base import DetectionInput

    items = corpus_texts(directories)
    found, cpu = [], 0.0
    if engine:
        from redactor.detect.engine import DetectionEngine
        from redactor.policy import load_policy
        from redactor.segments import Segment
        policy = load_policy("default").model_copy(deep=True)
        policy.detection.ner.enabled = False
        detect_engine = DetectionEngine.from_policy(policy)
        for text, kind in items:
            started = time.process_time()
            spans = detect_engine.detect([Segment(text, kind=kind)])[0]
            cpu += time.process_time() - started
            found.append({"engine": sorted((s.start, s.end, s.kind, s.score) for s in spans)})
    else:
        from redactor.detect.infra import InfraDetector
        from redactor.detect.pii import PiiDetector
        from redactor.detect.secrets import SecretsDetector
        detectors = {"secrets": SecretsDetector(), "pii": PiiDetector(), "infra": InfraDetector()}
        for text, kind in items:
            started = time.process_time()
            found.append({name: sorted((s.start, s.end, s.kind, s.score)
                                       for s in detector.detect(DetectionInput(text, kind)))
                          for name, detector in detectors.items()})
            cpu += time.process_time() - started
    Path(out).write_text(json.dumps(found))
    print(f"{len(items)} texts, {sum(len(t) for t, _ in items)} characters from {len(directories)} directories, "
          f"CPU {cpu:.2f} s, redactor from {Path(sys.modules['redactor'].__file__).parent.parent}")


def kingfisher_union(per_rule: int) -> None:
    import gitleaks_formats

    from redactor.detect.base import covered_regions
    from redactor.detect.kingfisher_catalogue import KingfisherCatalogue
    from redactor.detect.secrets import SecretsDetector, _TextIndex

    texts = [text for text, _ in regex_dev_texts()]
    _, rules = gitleaks_formats.embedded_rules(gitleaks_formats.gitleaks_binary())
    lines = [line for _, line in gitleaks_formats.sample_lines(rules, per_rule, seed=1)[0]]
    texts += lines + ["Here is my config:\n```\n" + line + "\n```" for line in lines]
    detector, catalogue = SecretsDetector(), KingfisherCatalogue.shared()
    lost = gained = hidden = 0
    for text in texts:
        structures: list = []
        own = covered_regions(list(detector._catalogue_spans(_TextIndex(text), structures)))
        full, shown = catalogue.spans(text), catalogue.spans(text, covered_regions(structures))
        hidden += len(full) - len(shown)
        before, after = covered_regions(full, own), covered_regions(shown, own)
        if before != after:
            kept = all(any(s <= start and end <= e for s, e in after) for start, end in before)
            gained, lost = gained + kept, lost + (not kept)
            print("GAINED" if kept else "LOST", repr(text[:120]))
    print(f"{len(texts)} texts: union lost a region on {lost}, gained one on {gained}; "
          f"Kingfisher findings not confirmed again: {hidden}")


def compare(before_path: str, after_path: str) -> None:
    before, after = json.loads(Path(before_path).read_text()), json.loads(Path(after_path).read_text())
    for field in before[0] if before else ():
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
    elif len(sys.argv) == 3 and sys.argv[1] == "dump-regex":
        dump_regex(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "dump-corpora":
        arguments = [argument for argument in sys.argv[3:] if argument != "--engine"]
        dump_corpora(sys.argv[2], arguments, engine="--engine" in sys.argv[3:])
    elif len(sys.argv) in (2, 3) and sys.argv[1] == "kingfisher-union":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        kingfisher_union(int(sys.argv[2]) if len(sys.argv) == 3 else 20)
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
