# Scratch scorer: python tests/keyed_id_sets/score.py tests/keyed_id_sets/dev.py DEV NEG (covered / total)
import sys, importlib.util, time
spec = importlib.util.spec_from_file_location('s', sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
from redactor.detect.engine import DetectionEngine
from redactor.segments import Segment
from redactor.policy import load_policy
eng = DetectionEngine.from_policy(load_policy("default"))
eng.detect([Segment("warm up Mr Smith 12 Main St", kind="prose")])
for name in sys.argv[2:]:
    cases = getattr(m, name); hit = 0; t = time.perf_counter(); nbytes = 0
    for text, value in cases:
        start = text.index(value); nbytes += len(text.encode())
        spans = eng.detect([Segment(text, kind="prose")])[0]
        ok = any(s.start <= start and start + len(value) <= s.end for s in spans)
        hit += ok
        if not ok:
            print("  MISS", repr(text[:70]), [(text[s.start:s.end], s.kind, round(s.score,2)) for s in spans])
    print(name, f"{hit}/{len(cases)}", f"{(time.perf_counter()-t)*1e6/ (nbytes/1024):.0f} us/KB")
