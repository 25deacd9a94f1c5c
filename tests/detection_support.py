"""Helpers shared by the detection tests: whether the default engine covers a value of a text; a corpus's texts."""
from __future__ import annotations

import json
from pathlib import Path

from redactor.detect.engine import DetectionEngine
from redactor.segments import Segment


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    """Whether one finding of `engine` on `text` (a prose segment) covers the first occurrence of `value` whole."""
    start = text.index(value)
    spans = engine.detect([Segment(text, kind="prose")])[0]
    return any(span.start <= start and start + len(value) <= span.end for span in spans)


def blanked(engine: DetectionEngine, text: str) -> str:
    """The text (one prose segment) with every found span blanked out by `#`."""
    [spans] = engine.detect([Segment(text, kind="prose")])
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = "#" * (span.end - span.start)
    return "".join(chars)


def corpus_segment_texts(corpus: str, file: str) -> list[str]:
    """The text of every segment of a leakbench corpus file (`leakbench/corpora/CORPUS/FILE.jsonl`), in order."""
    path = Path(__file__).resolve().parents[1] / "leakbench" / "corpora" / corpus / f"{file}.jsonl"
    return [segment["text"] for line in path.read_text(encoding="utf-8").splitlines()
            for segment in json.loads(line)["segments"]]
