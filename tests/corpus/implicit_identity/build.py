"""Build the JSONL datasets (leakbench format) from their sources, where {{KIND|text}} marks an attribute.

dev_source.txt -> dev.jsonl (the samples the detector was developed on);
realistic_source.txt -> realistic.jsonl (longer tickets, chats and reviews
written afterwards, with descriptions outside the detector's vocabulary);
heldout_source.txt -> heldout.jsonl (only measured, never read while tuning);
fresh_source.txt -> fresh.jsonl (ages, gender markers, schedules and legal status, written
before the code that targets them);
round4_source.txt -> round4.jsonl (round 4: places below city level, schools, projects, languages,
hobbies, vehicles, pets, houses; the tuning half) and round4_heldout_source.txt ->
round4_heldout.jsonl (its twin, written at the same time, only measured at the end);
round4_late_source.txt -> round4_late.jsonl (written after the round's mechanisms, only measured).
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = {"dev_source.txt": ("dev.jsonl", "qi-dev"), "realistic_source.txt": ("realistic.jsonl", "qi-real"),
           "fresh_source.txt": ("fresh.jsonl", "qi-fresh"),
           "heldout_source.txt": ("heldout.jsonl", "qi-held"),
           "round4_source.txt": ("round4.jsonl", "qi-r4"),
           "round4_heldout_source.txt": ("round4_heldout.jsonl", "qi-r4held"),
           "round4_late_source.txt": ("round4_late.jsonl", "qi-r4late")}

for source, (target, prefix) in SOURCES.items():
    samples = []
    for line in (HERE / source).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        line = line.replace("\\n", "\n")
        text, annotations, position = "", [], 0
        for match in re.finditer(r"\{\{(\w+)\|([^}]*)\}\}", line):
            text += line[position:match.start()]
            start = len(text)
            text += match.group(2)
            annotations.append({"start": start, "end": len(text), "kind": match.group(1), "category": "quasi",
                                "text": match.group(2)})
            position = match.end()
        text += line[position:]
        samples.append({"id": f"{prefix}-{len(samples) + 1}", "text": text, "annotations": annotations})
    (HERE / target).write_text("".join(json.dumps(sample) + "\n" for sample in samples), encoding="utf-8")
