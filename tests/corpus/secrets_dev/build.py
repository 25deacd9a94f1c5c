"""Build dev.jsonl (leakbench format) from dev_source.txt.

dev_source.txt holds samples separated by lines of `=====`; `⟦KIND|value⟧`
marks a secret (category "secret"). Samples without a mark are clean text with
look-alikes (over-redaction). Every value is made up.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def build() -> list[dict]:
    samples = []
    source = (HERE / "dev_source.txt").read_text(encoding="utf-8")
    for chunk in source.split("\n=====\n"):
        chunk = chunk.strip("\n")
        if not chunk or chunk.startswith("#"):
            continue
        text, annotations, position = "", [], 0
        for match in MARK.finditer(chunk):
            text += chunk[position:match.start()]
            start = len(text)
            text += match.group(2)
            annotations.append({"start": start, "end": len(text), "kind": match.group(1), "category": "secret",
                                "text": match.group(2)})
            position = match.end()
        text += chunk[position:]
        samples.append({"id": f"secrets-dev-{len(samples) + 1}", "text": text, "annotations": annotations})
    return samples


if __name__ == "__main__":
    (HERE / "dev.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in build()),
                                    encoding="utf-8")
