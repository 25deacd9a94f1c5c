"""Write a (text, [(value, kind)]) set as a leakbench JSONL dataset: python tests/data/write_precision_set.py DEV OUT."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def as_jsonl(entries, name: str) -> str:
    lines = []
    for number, (text, values) in enumerate(entries, start=1):
        annotations = [{"start": m.start(), "end": m.end(), "kind": kind, "text": value}
                       for value, kind in values for m in re.finditer(re.escape(value), text)]
        lines.append(json.dumps({"id": f"{name}-{number}", "text": text, "annotations": annotations},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import multilingual_precision_dev as sets
    entries = getattr(sets, sys.argv[1])
    Path(sys.argv[2]).write_text(as_jsonl(entries, sys.argv[1].lower()), encoding="utf-8")
