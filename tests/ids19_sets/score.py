"""Score a set of tests/ids19_sets: which wanted values go out covered, which kept values are redacted."""
import importlib
import sys

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


def main(set_name: str) -> None:
    cases = importlib.import_module(f"tests.ids19_sets.{set_name}").CASES
    policy = load_policy("default")
    engine = DetectionEngine.from_policy(policy)
    by_kind: dict[str, list[int]] = {}
    over = 0
    keep_total = 0
    for text, wanted, kept in cases:
        spans = engine.detect([Segment(text)])[0]
        covered = [False] * len(text)
        for span in spans:
            if policy.action_for(span.kind, span.category) != "allow":
                for i in range(span.start, span.end):
                    covered[i] = True
        for value, kind in wanted:
            start = text.index(value)
            ok = all(covered[start:start + len(value)])
            by_kind.setdefault(kind, [0, 0])[1] += 1
            if not ok:
                by_kind[kind][0] += 1
                got = [(s.kind, text[s.start:s.end], round(s.score, 2)) for s in spans
                       if s.start < start + len(value) and s.end > start]
                print(f"LEAK {kind:14} {value!r:28} in {text[:60]!r} got={got}")
        for value in kept:
            keep_total += 1
            start = text.index(value)
            if any(covered[start:start + len(value)]):
                over += 1
                print(f"OVER {value!r} in {text[:70]!r}")
    for kind, (leaked, total) in sorted(by_kind.items()):
        print(f"{kind:14} leaked {leaked}/{total}")
    print(f"kept values redacted {over}/{keep_total}")


if __name__ == "__main__":
    main(sys.argv[1])
