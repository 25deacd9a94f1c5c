"""Build dev.jsonl (leakbench format) from dev_source.txt, where {{KIND|text}} marks an attribute."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
samples = []
for line in (HERE / "dev_source.txt").read_text(encoding="utf-8").splitlines():
    if not line or line.startswith("#"):
        continue
    text, annotations, position = "", [], 0
    for match in re.finditer(r"\{\{(\w+)\|([^}]*)\}\}", line):
        text += line[position:match.start()]
        start = len(text)
        text += match.group(2)
        annotations.append({"start": start, "end": len(text), "kind": match.group(1), "category": "quasi",
                            "text": match.group(2)})
        position = match.end()
    text += line[position:]
    samples.append({"id": f"qi-dev-{len(samples) + 1}", "text": text, "annotations": annotations})
(HERE / "dev.jsonl").write_text("".join(json.dumps(sample) + "\n" for sample in samples), encoding="utf-8")
