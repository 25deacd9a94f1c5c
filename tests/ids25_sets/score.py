# Scratch scorer: PYTHONPATH=. .venv/bin/python tests/ids25_sets/score.py tests/ids25_sets/dev.py DEV NEG
# A DEV value counts when a finding covers it; a NEG value when no finding overlaps it. Prints texts, never corpus data.
import sys, importlib.util
spec = importlib.util.spec_from_file_location('s', sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
from redactor.detect.engine import DetectionEngine
from redactor.segments import Segment
from redactor.policy import load_policy
eng = DetectionEngine.from_policy(load_policy("default"))
for name in sys.argv[2:]:
    negative = "NEG" in name
    cases = getattr(m, name); ok_count = 0
    for text, value in cases:
        start = text.rindex(value) if not negative else text.index(value)
        end = start + len(value.split(" ")[0])
        spans = eng.detect([Segment(text, kind="prose")])[0]
        if negative:
            ok = not any(s.start < end and start < s.end for s in spans)
        else:
            ok = any(s.start <= start and end <= s.end for s in spans)
        ok_count += ok
        if not ok:
            print("  FAIL", repr(text[:80]), [(text[s.start:s.end], s.kind, round(s.score, 2)) for s in spans])
    print(name, f"{ok_count}/{len(cases)}")
