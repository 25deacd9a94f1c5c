"""closing_table.py START FINAL CORPUS...: markdown rows per corpus: personal data, organisations,
secrets / infra, over-redaction (pii; secrets; negatives), changed kinds. Reads the per-kind counts that
measure.py writes (files named CORPUS__pii.json etc.); never a value."""
import json
import sys
from pathlib import Path

start_dir, final_dir = Path(sys.argv[1]), Path(sys.argv[2])
FILES = ("pii", "secrets", "negatives")


def load(directory, corpus, stem):
    path = directory / f"{corpus}__{stem}.json"
    return json.loads(path.read_text()) if path.exists() else None


def category(counts, name):
    leaked = total = 0
    for key, (hits, spans) in (counts or {"kinds": {}})["kinds"].items():
        if key.split("/")[0] == name:
            leaked += hits
            total += spans
    return leaked, total


def pct(leaked, total):
    return f"{100 * leaked / total:.1f}%" if total else "–"


def over(counts):
    return f"{100 * counts['over'][0] / max(counts['over'][1], 1):.2f}" if counts else "–"


def words(kind):
    return kind.split("/")[1].lower().replace("_", " ")


print("| corpus | personal data: start → end | organisations | secrets / infra: start → end "
      "| over-redaction start → end: pii; secrets; negatives | changed kinds (leaked/spans) |")
print("|---|---|---|---|---|---|")
for corpus in sys.argv[3:]:
    start = {stem: load(start_dir, corpus, stem) for stem in FILES}
    final = {stem: load(final_dir, corpus, stem) for stem in FILES}
    pii0, pii_total = category(start["pii"], "pii")
    pii1, _ = category(final["pii"], "pii")
    org0, org_total = category(start["pii"], "org")
    org1, _ = category(final["pii"], "org")
    sec0, sec_total = category(start["secrets"], "secret")
    sec1, _ = category(final["secrets"], "secret")
    inf0, inf_total = category(start["secrets"], "infra")
    inf1, _ = category(final["secrets"], "infra")
    changed = []
    for stem in ("pii", "secrets"):
        if not start[stem] or not final[stem]:
            continue
        for key, (hits, spans) in sorted(start[stem]["kinds"].items()):
            now = final[stem]["kinds"].get(key, [hits])[0]
            if now != hits:
                prefix = "secrets-file " if stem == "secrets" else ""
                changed.append(f"{prefix}{words(key)} {hits} → {now} of {spans}")
    print(f"| {corpus} | {pct(pii0, pii_total)} → **{pct(pii1, pii_total)}** ({pii0} → {pii1} of {pii_total}) "
          f"| {pct(org0, org_total)} → {pct(org1, org_total)} "
          f"| {pct(sec0, sec_total)} / {pct(inf0, inf_total)} → **{pct(sec1, sec_total)}** / {pct(inf1, inf_total)} "
          f"| {over(start['pii'])} → {over(final['pii'])}; {over(start['secrets'])} → {over(final['secrets'])}; "
          f"{over(start['negatives'])} → {over(final['negatives'])} | {'; '.join(changed)} |")
