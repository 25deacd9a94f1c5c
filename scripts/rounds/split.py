"""split.py CORPUS_DIR DEST: odd-numbered samples (1st, 3rd, ...) of every JSONL -> DEST/NAME_read,
even-numbered -> DEST/NAME_heldout. Run by the lead before anyone reads the corpus."""
import sys
from pathlib import Path
src, dest = Path(sys.argv[1]), Path(sys.argv[2])
for half in ("read", "heldout"):
    (dest / f"{src.name}_{half}").mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*.jsonl")):
    lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    (dest / f"{src.name}_read" / f.name).write_text("".join(l + "\n" for l in lines[0::2]), encoding="utf-8")
    (dest / f"{src.name}_heldout" / f.name).write_text("".join(l + "\n" for l in lines[1::2]), encoding="utf-8")
    print(f.name, len(lines[0::2]), len(lines[1::2]))
