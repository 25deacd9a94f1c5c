"""diagnose.py FILE.jsonl... : for DIAGNOSIS and development corpora only, print what policy `default`
(or $POLICY) lets through, value by value, with its context, and (with OVER=1) the non-sensitive words it
removed. Refuses the unread corpora: their numbers count only while nobody reads their cases.

Each leaked span prints as `LEAK sample#segment kind/category exact|partial: ...context [[value]] context...`;
each over-redacted word run as `OVER sample#segment: ...context {{words}} context...`."""
import difflib
import os
import sys
from pathlib import Path

from leakbench.loaders import load_dataset
from leakbench.metrics import mask_annotations, strip_placeholders
from leakbench.runner import run_policy

# Corpora whose cases no builder may read (aggregate numbers only, via measure.py).
UNREAD = {"blind31", "blind32", "blind34", "blind43", "blind44", "blind45", "blind46", "blind47"}
CONTEXT = int(os.environ.get("CONTEXT", "70"))


def flat(text: str) -> str:
    return text.replace("\n", "⏎")


def show(text: str, start: int, end: int, left: str, right: str) -> str:
    return (flat(text[max(0, start - CONTEXT):start]) + left + flat(text[start:end]) + right
            + flat(text[end:end + CONTEXT]))


def removed_runs(original: str, annotations, outgoing: str):
    """Character ranges of `original` (outside annotations) whose words did not reach `outgoing`."""
    import re
    masked = mask_annotations(original, annotations)
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", masked)]
    kept = [m.group() for m in re.finditer(r"\w+", strip_placeholders(outgoing))]
    matcher = difflib.SequenceMatcher(None, [w for _, _, w in words], kept, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("delete", "replace") and i1 < i2:
            yield words[i1][0], words[i2 - 1][1]


def main() -> None:
    policy = os.environ.get("POLICY", "default")
    for arg in sys.argv[1:]:
        path = Path(arg)
        if path.resolve().parent.name in UNREAD:
            sys.exit(f"{path}: an unread corpus; use scripts/rounds/measure.py for its aggregate numbers")
        samples = load_dataset(str(path))
        run = run_policy(policy, samples, label=policy)
        print(f"# {path} ({len(samples)} samples)")
        for sample, outcome, result in zip(samples, run.outcomes, run.results):
            flat_annotations = [(index, annotation) for index, segment in enumerate(sample.segments)
                                for annotation in segment.annotations]
            for (index, annotation), leak in zip(flat_annotations, result.leaks):
                if leak.combined:
                    text = sample.segments[index].text
                    verdict = "exact" if leak.exact else "partial"
                    print(f"LEAK {sample.id}#{index} {annotation.kind}/{annotation.category} {verdict}: "
                          + show(text, annotation.start, annotation.end, "[[", "]]"))
            if os.environ.get("OVER") and outcome.outgoing:
                for index, (segment, outgoing) in enumerate(zip(sample.segments, outcome.outgoing)):
                    for start, end in removed_runs(segment.text, segment.annotations, outgoing):
                        print(f"OVER {sample.id}#{index}: " + show(segment.text, start, end, "{{", "}}"))


main()
