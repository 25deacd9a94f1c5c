"""closing_table.py START FINAL CORPUS...: markdown rows per corpus (personal data, changed kinds,
secrets/infra, over-redaction pii; secrets; negatives). Files named CORPUS__pii.json etc."""
import json, sys
from collections import Counter
from pathlib import Path
a, b = Path(sys.argv[1]), Path(sys.argv[2])
def load(d, corpus, stem):
    p = d / f"{corpus}__{stem}.json"
    return json.loads(p.read_text()) if p.exists() else None
def cat(d, c):
    l = t = 0
    if d:
        for k, (x, y) in d["kinds"].items():
            if k.split("/")[0] == c: l += x; t += y
    return l, t
def pct(l, t): return f"{100*l/t:.1f}%" if t else "–"
def over(d): return f"{100*d['over'][0]/max(d['over'][1],1):.2f}" if d else "–"
print("| corpus | personal data: start → now | changed kinds (leaked/spans) | secrets / infra: start → now | over-redaction start → now: pii; secrets; negatives |")
print("|---|---|---|---|---|")
for corpus in sys.argv[3:]:
    s = {f: load(a, corpus, f) for f in ("pii", "secrets", "negatives")}
    n = {f: load(b, corpus, f) for f in ("pii", "secrets", "negatives")}
    pl0, pt = cat(s["pii"], "pii"); pl1, _ = cat(n["pii"], "pii")
    changed = []
    for f in ("pii", "secrets"):
        if not s[f] or not n[f]: continue
        for k, (x, y) in sorted(s[f]["kinds"].items()):
            x1 = n[f]["kinds"].get(k, [x])[0]
            if x1 != x:
                changed.append(f"{'secrets ' if f=='secrets' else ''}{k.split('/')[1]} {x} → {x1} /{y}")
    sl0, st = cat(s["secrets"], "secret"); sl1, _ = cat(n["secrets"], "secret")
    il0, it = cat(s["secrets"], "infra"); il1, _ = cat(n["secrets"], "infra")
    print(f"| {corpus} | {pct(pl0,pt)} → {pct(pl1,pt)} ({pl0} → {pl1} /{pt}) | {', '.join(changed)} | "
          f"{pct(sl0,st)} / {pct(il0,it)} → {pct(sl1,st)} / {pct(il1,it)} | "
          f"{over(s['pii'])} → {over(n['pii'])}; {over(s['secrets'])} → {over(n['secrets'])}; {over(s['negatives'])} → {over(n['negatives'])} |")
