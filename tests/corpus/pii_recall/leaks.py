"""Leaks and extra findings of the whole detection engine (default policy) on the personal-data recall sets.

For each JSONL file given (this directory's *.jsonl), prints every annotation no single span covers whole
(LEAK), every span of an identifier kind that overlaps no annotation (EXTRA: over-redaction on the sets'
negatives and around their values), then the totals per annotated kind:

    PYTHONPATH=$PWD python tests/corpus/pii_recall/leaks.py tests/corpus/pii_recall/unlabelled.jsonl

`--clean` instead counts identifier-kind spans on tests/corpus/clean_prose and clean_code (which hold none:
every such span is over-redaction).
"""
import sys
from collections import Counter
from pathlib import Path

from leakbench.loaders import load_dataset
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment

# The kinds the identifier rules (record ids, national/tax ids, birth dates, bank numbers, plates) report.
ID_KINDS = ("ID_NUMBER", "NATIONAL_ID", "TAX_ID", "SSN", "DATE_OF_BIRTH", "LICENSE_PLATE", "PASSPORT",
            "BANK_ACCOUNT", "ROUTING_NUMBER", "IBAN", "SWIFT_BIC")


def clean(engine: DetectionEngine) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "places_dev"))
    from leaks import clean as clean_spans  # places_dev's: the same count for other kinds

    clean_spans(engine, ID_KINDS, "identifier")


def main(paths: list[str]) -> None:
    engine = DetectionEngine.from_policy(load_policy("default"))
    if paths == ["--clean"]:
        clean(engine)
        return
    total, leaked, extra = Counter(), Counter(), Counter()
    for path in paths:
        for sample in load_dataset(Path(path)):
            for segment in sample.segments:
                text = segment.text
                spans = engine.detect([Segment(text, kind=segment.segment.kind)])[0]
                for annotation in segment.annotations:
                    start, end = annotation.start, annotation.start + len(annotation.text)
                    total[annotation.kind] += 1
                    if not any(span.start <= start and end <= span.end for span in spans):
                        leaked[annotation.kind] += 1
                        print("LEAK ", sample.id, annotation.kind, repr(annotation.text))
                for span in spans:
                    if span.kind in ID_KINDS and not any(
                            span.start < a.start + len(a.text) and a.start < span.end for a in segment.annotations):
                        extra[span.kind] += 1
                        print("EXTRA", sample.id, span.kind, repr(text[span.start:span.end]))
    for kind in sorted(set(total) | set(extra)):
        print(f"{kind:16} leaked {leaked[kind]:3}/{total[kind]:3}  extra {extra[kind]}")
    print(f"{'all':16} leaked {sum(leaked.values()):3}/{sum(total.values()):3}  extra {sum(extra.values())}")


if __name__ == "__main__":
    main(sys.argv[1:])
