"""Leaks and extra findings of the whole detection engine (default policy) on names_dev files.

Prints each annotation no span covers (LEAK) and each PERSON/ORGANIZATION/USERNAME/LOCATION
span that overlaps no annotation (EXTRA: over-redaction in a dev sample), then the totals:

    PYTHONPATH=$PWD python tests/corpus/names_dev/leaks.py tests/corpus/names_dev/names_dev10.jsonl
"""
import sys
from pathlib import Path

from leakbench.loaders import load_dataset
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment

_NAME_KINDS = ("PERSON", "ORGANIZATION", "USERNAME", "LOCATION")


def main(paths: list[str]) -> None:
    engine = DetectionEngine.from_policy(load_policy("default"))
    leaked = total = extra = 0
    for path in paths:
        for sample in load_dataset(Path(path)):
            for segment in sample.segments:
                spans = engine.detect([Segment(segment.text, kind=segment.segment.kind)])[0]
                for annotation in segment.annotations:
                    total += 1
                    end = annotation.start + len(annotation.text)
                    if not any(s.start <= annotation.start and end <= s.end for s in spans):
                        leaked += 1
                        print("LEAK ", sample.id, annotation.kind, repr(annotation.text))
                for span in spans:
                    if span.kind in _NAME_KINDS and not any(
                            span.start < a.start + len(a.text) and a.start < span.end for a in segment.annotations):
                        extra += 1
                        print("EXTRA", sample.id, span.kind, repr(segment.text[span.start:span.end]))
    print(f"leaked {leaked}/{total} annotations; {extra} extra {'/'.join(_NAME_KINDS)} spans")


if __name__ == "__main__":
    main(sys.argv[1:])
