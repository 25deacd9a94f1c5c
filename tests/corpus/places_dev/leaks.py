"""Leaks and extra findings of the whole detection engine (default policy) on the places dev sets.

samples.txt, samples2.txt and samples3.txt (dev: each written before the fixes of its round) and
heldout.txt (written after building, only measured) hold addresses, internal hosts and cloud account
ids written by hand for issue 12, not from any blind corpus. They use the names_dev format: samples separated by "===== id [segment kind]" lines, a
sensitive span written [[KIND|value]]. This script builds them in memory and prints each annotation
of a place kind that no span covers whole (LEAK: a partly covered address is a leak), each span of
a place kind that overlaps no annotation (EXTRA), then the totals per kind:

    PYTHONPATH=$PWD python tests/corpus/places_dev/leaks.py tests/corpus/places_dev/samples.txt

`--clean` instead counts place-kind spans on the hand-written clean corpora (tests/corpus/clean_prose
and clean_code hold no address, internal host or account id: every such span is over-redaction).
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "names_dev"))

from build import build  # noqa: E402  (names_dev's builder: one format for both dev sets)

from leakbench.loaders import load_dataset  # noqa: E402
from redactor.detect.engine import DetectionEngine  # noqa: E402
from redactor.policy import load_policy  # noqa: E402
from redactor.segments import Segment  # noqa: E402

PLACE_KINDS = ("STREET_ADDRESS", "INTERNAL_HOSTNAME", "AWS_ACCOUNT_ID", "GCP_PROJECT", "AZURE_SUBSCRIPTION")
# Other dev sets name two of these kinds differently.
_ANNOTATION_KINDS = {"INTERNAL_HOST": "INTERNAL_HOSTNAME", "ADDRESS": "STREET_ADDRESS"}


CLEAN_DIRS = ("clean_prose", "clean_code")
_KIND_BY_SUFFIX = {".log": "tool_result", ".txt": "prose", ".md": "prose"}


def clean(engine: DetectionEngine, kinds: tuple[str, ...] = PLACE_KINDS, what: str = "place") -> None:
    """Spans of `kinds` on tests/corpus/clean_prose and clean_code (also used by pii_recall/leaks.py)."""
    corpus = Path(__file__).resolve().parent.parent
    counts, files = Counter(), 0
    for directory in CLEAN_DIRS:
        for path in sorted((corpus / directory).iterdir()):
            text = path.read_text(encoding="utf-8", errors="replace")
            files += 1
            for span in engine.detect([Segment(text, kind=_KIND_BY_SUFFIX.get(path.suffix, "code"))])[0]:
                if span.kind in kinds:
                    counts[span.kind] += 1
                    print("EXTRA", f"{directory}/{path.name}", span.kind, repr(text[span.start:span.end]))
    print(f"{files} clean files: {sum(counts.values())} {what}-kind spans {dict(counts)}")


def _items(path: Path) -> list[dict]:
    """samples*.txt built in memory, or a leakbench JSONL file (other dev sets: pii_recall, names_dev)."""
    if path.suffix != ".jsonl":
        return build(path)
    items = []
    for sample in load_dataset(path):
        segments = [{"text": segment.text, "kind": segment.segment.kind,
                     "annotations": [{"kind": a.kind, "text": a.text, "start": a.start, "end": a.start + len(a.text)}
                                     for a in segment.annotations]} for segment in sample.segments]
        items.append({"id": sample.id, "segments": segments})
    return items


def main(paths: list[str]) -> None:
    engine = DetectionEngine.from_policy(load_policy("default"))
    if paths == ["--clean"]:
        clean(engine)
        return
    total, leaked, extra = Counter(), Counter(), Counter()
    for path in paths:
        for item in _items(Path(path)):
            for segment in item["segments"]:
                text = segment["text"]
                spans = engine.detect([Segment(text, kind=segment["kind"])])[0]
                annotations = [dict(a, kind=_ANNOTATION_KINDS.get(a["kind"], a["kind"])) for a in segment["annotations"]]
                annotations = [a for a in annotations if a["kind"] in PLACE_KINDS]
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
