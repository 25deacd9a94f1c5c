"""Build the secrets dev sets (leakbench format) from their sources.

dev_source.txt → dev.jsonl and round4_source.txt → round4.jsonl. A source holds
samples separated by lines of `=====`; `⟦KIND|value⟧` marks a sensitive value
(category "infra" for host and address kinds, "secret" for every other kind).
Samples without a mark are clean text with look-alikes (over-redaction). Every
value is made up.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
SOURCES = {"dev.jsonl": ("dev_source.txt", "secrets-dev"), "round4.jsonl": ("round4_source.txt", "secrets-r4"),
           "round5.jsonl": ("round5_source.txt", "secrets-r5"),
           "round5_heldout.jsonl": ("round5_heldout_source.txt", "secrets-r5h"),
           "round9.jsonl": ("round9_source.txt", "secrets-r9"),
           "round9_check.jsonl": ("round9_check_source.txt", "secrets-r9c"),
           "round9_check2.jsonl": ("round9_check2_source.txt", "secrets-r9d")}
INFRA_KINDS = frozenset({"HOSTNAME", "IP_ADDRESS", "BUCKET", "CLOUD_ACCOUNT_ID"})


def build(output: str = "dev.jsonl") -> list[dict]:
    source_name, prefix = SOURCES[output]
    samples = []
    source = (HERE / source_name).read_text(encoding="utf-8")
    for chunk in source.split("\n=====\n"):
        chunk = chunk.strip("\n")
        if not chunk or chunk.startswith("#"):
            continue
        text, annotations, position = "", [], 0
        for match in MARK.finditer(chunk):
            text += chunk[position:match.start()]
            start = len(text)
            text += match.group(2)
            category = "infra" if match.group(1) in INFRA_KINDS else "secret"
            annotations.append({"start": start, "end": len(text), "kind": match.group(1), "category": category,
                                "text": match.group(2)})
            position = match.end()
        text += chunk[position:]
        samples.append({"id": f"{prefix}-{len(samples) + 1}", "text": text, "annotations": annotations})
    return samples


if __name__ == "__main__":
    for output in SOURCES:
        (HERE / output).write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in build(output)),
                                   encoding="utf-8")
