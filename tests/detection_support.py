"""Helpers shared by the detection tests: whether the default engine covers a value of a text."""
from __future__ import annotations

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
