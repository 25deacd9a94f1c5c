# Scratch scorer: python tests/ocr21_sets/score.py tests/ocr21_sets/dev.py DEV KEEP (covered / total per kind)
import sys, importlib.util, time, collections
spec = importlib.util.spec_from_file_location('s', sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
from redactor.detect.engine import DetectionEngine
from redactor.segments import Segment
from redactor.policy import load_policy
eng = DetectionEngine.from_policy(load_policy("default"))
eng.detect([Segment("warm up Mr Smith 12 Main St", kind="prose")])
for name in sys.argv[2:]:
    cases = getattr(m, name); per = collections.Counter(); tot = collections.Counter(); t = time.perf_counter(); nbytes = 0
    for case in cases:
        kind, text, value = case if len(case) == 3 else ("KEEP", *case)
        start = text.index(value); nbytes += len(text.encode())
        spans = eng.detect([Segment(text, kind="prose")])[0]
        ok = any(s.start <= start and start + len(value) <= s.end for s in spans)
        if kind == "KEEP":
            ok = not any(s.start < start + len(value) and start < s.end for s in spans)
        per[kind] += ok; tot[kind] += 1
        if not ok:
            print("  MISS", kind, repr(text[:90]), [(text[s.start:s.end], s.kind, round(s.score,2)) for s in spans])
    print(name, {k: f"{per[k]}/{tot[k]}" for k in tot}, f"total {sum(per.values())}/{len(cases)}", f"{(time.perf_counter()-t)*1e6/ (nbytes/1024):.0f} us/KB")
