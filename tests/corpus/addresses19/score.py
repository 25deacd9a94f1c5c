"""Score tests/corpus/addresses19/*.jsonl ({"text", "address" or null}) with the whole engine: covered, partly, missed; and address spans on the negatives. PYTHONPATH=$PWD python tests/corpus/addresses19/score.py FILE [-v]"""
import json, sys
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment

ADDR = {"STREET_ADDRESS", "ADDRESS", "LOCATION"}
def main(path, verbose):
    engine = DetectionEngine.from_policy(load_policy("default"))
    rows = [json.loads(l) for l in open(path) if l.strip()]
    cov = part = miss = 0; neg_bad = 0; negs = 0
    for row in rows:
        text, addr = row["text"], row.get("address")
        spans = engine.detect([Segment(text, kind=row.get("kind", "prose"))])[0]
        shown = [(text[s.start:s.end], s.kind, s.detector, round(s.score, 2)) for s in spans]
        if addr is None:
            negs += 1
            bad = [s for s in spans if s.kind == "STREET_ADDRESS"]
            if bad:
                neg_bad += 1
                print("NEG-ADDR", repr(text[:70]), [text[s.start:s.end] for s in bad])
            elif verbose: print("neg ok", shown)
            continue
        a0 = text.index(addr); a1 = a0 + len(addr)
        if any(s.start <= a0 and a1 <= s.end for s in spans):
            cov += 1
            if verbose > 1: print("OK  ", repr(addr))
            continue
        over = [x for x, s in zip(shown, spans) if s.start < a1 and a0 < s.end]
        if over: part += 1; tag = "PART"
        else: miss += 1; tag = "MISS"
        print(tag, repr(addr), "|", repr(text[:90]) if verbose else "", over)
    n = cov + part + miss
    print(f"covered {cov}/{n} partly {part} missed {miss}; negatives with an address span {neg_bad}/{negs}")
if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:].count("-v"))
