"""Leaks and extra findings of the whole detection engine (default policy) on the places dev sets.

samples*.txt (written by hand for issue 12: addresses, internal hosts, cloud account ids; not from
any blind corpus) use the names_dev format: samples separated by "===== id [segment kind]" lines, a
sensitive span written [[KIND|value]]. This script builds them in memory and prints each annotation
of a place kind that no span covers whole (LEAK: a partly covered address is a leak), each span of
a place kind that overlaps no annotation (EXTRA), then the totals per kind:

    PYTHONPATH=$PWD python tests/corpus/places_dev/leaks.py tests/corpus/places_dev/samples.txt
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "names_dev"))

from build import build  # noqa: E402  (names_dev's builder: one format for both dev sets)

from redactor.detect.engine import DetectionEngine  # noqa: E402
from redactor.policy import load_policy  # noqa: E402
from redactor.segments import Segment  # noqa: E402

PLACE_KINDS = ("STREET_ADDRESS", "INTERNAL_HOSTNAME", "AWS_ACCOUNT_ID", "GCP_PROJECT", "AZURE_SUBSCRIPTION")


def main(paths: list[str]) -> None:
    engine = DetectionEngine.from_policy(load_policy("default"))
    total, leaked, extra = Counter(), Counter(), Counter()
    for path in paths:
        for item in build(Path(path)):
            for segment in item["segments"]:
                text = segment["text"]
                spans = engine.detect([Segment(text, kind=segment["kind"])])[0]
                annotations = [a for a in segment["annotations"] if a["kind"] in PLACE_KINDS]
                for annotation in annotations:
                    total[annotation["kind"]] += 1
                    if not any(s.start <= annotation["start"] and annotation["end"] <= s.end for s in spans):
                        leaked[annotation["kind"]] += 1
                        print("LEAK ", item["id"], annotation["kind"], repr(annotation["text"]))
                for span in spans:
                    if span.kind in PLACE_KINDS and not any(
                            span.start < a["end"] and a["start"] < span.end for a in segment["annotations"]):
                        extra[span.kind] += 1
                        print("EXTRA", item["id"], span.kind, repr(text[span.start:span.end]))
    for kind in PLACE_KINDS:
        if total[kind] or extra[kind]:
            print(f"{kind:20} leaked {leaked[kind]:3}/{total[kind]:3}  extra {extra[kind]}")
    print(f"{'all':20} leaked {sum(leaked.values()):3}/{sum(total.values()):3}  extra {sum(extra.values())}")


if __name__ == "__main__":
    main(sys.argv[1:])
