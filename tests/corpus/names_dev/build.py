"""Build names_dev*.jsonl from samples*.txt: the dev set for people, organisations and internal hosts.

samples.txt holds samples separated by lines of "=====" ("===== id kind" gives a
segment kind other than prose); a sensitive span is written [[KIND|value]] and
becomes an annotation. Written by hand for issue 12 (not from any blind corpus).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def build(source: Path) -> list[dict]:
    items = []
    for block in re.split(r"^=====", source.read_text(encoding="utf-8"), flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        fields = header.split()
        sample_id, kind = fields[0], (fields[1] if len(fields) > 1 else "prose")
        body = body.rstrip("\n") + "\n"
        text, annotations, cursor, last = [], [], 0, 0
        for match in MARK.finditer(body):
            text.append(body[last:match.start()])
            cursor += match.start() - last
            value = match.group(2)
            annotations.append({"start": cursor, "end": cursor + len(value), "kind": match.group(1), "text": value})
            text.append(value)
            cursor += len(value)
            last = match.end()
        text.append(body[last:])
        segment = {"role": "user" if kind == "prose" else "tool", "kind": kind, "text": "".join(text),
                   "annotations": annotations}
        items.append({"id": sample_id, "split": "dev", "segments": [segment]})
    return items


if __name__ == "__main__":
    # samples.txt -> names_dev.jsonl, samples2.txt -> names_dev2.jsonl (written later, after the first round of fixes).
    for source in sorted(HERE.glob("samples*.txt")):
        out = HERE / f"names_dev{source.stem.removeprefix('samples')}.jsonl"
        items = build(source)
        out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
        spans = sum(len(i["segments"][0]["annotations"]) for i in items)
        print(f"{len(items)} samples, {spans} spans -> {out.name}", file=sys.stderr)
