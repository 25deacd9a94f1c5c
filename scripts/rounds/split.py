"""split.py CORPUS_DIR DEST [FAMILIES_JSON]: split every JSONL of a corpus into DEST/NAME_read and
DEST/NAME_heldout. Run by the lead before anyone reads the corpus.

Without FAMILIES_JSON: odd-numbered samples (1st, 3rd, ...) to read, even-numbered to heldout.
With FAMILIES_JSON ({sample id: family name}, written by the corpus's writer): whole families go to one
half, so a template's wording is never in both halves; families are dealt in a fixed pseudo-random order
(by a hash of their name) to the half that holds fewer samples so far. Samples missing from the map are
their own family."""
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

src, dest = Path(sys.argv[1]), Path(sys.argv[2])
families = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8")) if len(sys.argv) > 3 else None
for half in ("read", "heldout"):
    (dest / f"{src.name}_{half}").mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*.jsonl")):
    lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    if families is None:
        halves = {"read": lines[0::2], "heldout": lines[1::2]}
        note = ""
    else:
        groups = defaultdict(list)
        for line in lines:
            sample_id = json.loads(line)["id"]
            groups[families.get(sample_id, f"own:{sample_id}")].append(line)
        halves = {"read": [], "heldout": []}
        count = {"read": 0, "heldout": 0}
        for family in sorted(groups, key=lambda name: hashlib.sha256(name.encode()).hexdigest()):
            half = "read" if count["read"] <= count["heldout"] else "heldout"
            halves[half].extend(groups[family])
            count[half] += len(groups[family])
        note = f" ({len(groups)} families)"
    for half, chosen in halves.items():
        (dest / f"{src.name}_{half}" / f.name).write_text("".join(l + "\n" for l in chosen), encoding="utf-8")
    print(f.name, len(halves["read"]), len(halves["heldout"]), note)
