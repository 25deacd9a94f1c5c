"""table.py START_DIR FINAL_DIR: per file, leaks by category, changed kinds and over-redaction."""
import json, sys
from collections import Counter
from pathlib import Path
a, b = Path(sys.argv[1]), Path(sys.argv[2])
def load(p):
    d = json.loads(p.read_text()); cats_l, cats_t = Counter(), Counter()
    for k, (l, t) in d["kinds"].items():
        c = k.split("/")[0]; cats_l[c] += l; cats_t[c] += t
    return d, cats_l, cats_t
for fa in sorted(a.glob("*.json")):
    fb = b / fa.name
    if not fb.exists():
        continue
    da, la, ta = load(fa); db, lb, tb = load(fb)
    cats = " ".join(f"{c} {la[c]}->{lb[c]}/{ta[c]}" for c in sorted(ta))
    changed = " ".join(f"{k} {da['kinds'][k][0]}->{db['kinds'].get(k,[0])[0]}/{v[1]}"
                       for k, v in sorted(da["kinds"].items()) if db["kinds"].get(k, [0])[0] != v[0])
    oa = 100 * da["over"][0] / max(da["over"][1], 1); ob = 100 * db["over"][0] / max(db["over"][1], 1)
    print(f"{fa.stem:40s} {cats} | over {oa:.2f}->{ob:.2f} | {changed}")
