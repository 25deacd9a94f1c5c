"""What the wire redacts of a value, for tests that ask "is this value covered?" through the whole engine."""
from __future__ import annotations

import re

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.segments import Segment

_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://")


def wire_spans(engine: DetectionEngine, text: str, kind: str = "prose"):
    """The engine's findings on `text` (one segment of this kind) that the wire redacts."""
    return [span for span in engine.detect([Segment(text, kind=kind)])[0] if span.score >= WIRE_MIN_SCORE]


def wire_values(engine: DetectionEngine, text: str) -> list[str]:
    """The values the wire redacts in `text` (one prose segment)."""
    return [text[span.start:span.end] for span in wire_spans(engine, text)]


def masked_on_wire(engine: DetectionEngine, text: str, kind: str = "prose") -> str:
    """`text` with every character the wire redacts replaced by "#" (what of a word is left to read)."""
    chars = list(text)
    for span in wire_spans(engine, text, kind):
        chars[span.start:span.end] = "#" * (span.end - span.start)
    return "".join(chars)


def covered_on_wire(engine: DetectionEngine, text: str, value: str, kind: str = "prose") -> bool:
    """Every character of `value` after its URL scheme is under a finding the wire redacts (one segment of `kind`)."""
    start = text.index(value)
    end = start + len(value)
    scheme = _SCHEME.match(value)
    start += scheme.end() if scheme else 0
    seen = set()
    for span in wire_spans(engine, text, kind):
        seen.update(range(max(span.start, start), min(span.end, end)))
    return len(seen) == end - start


def untouched_on_wire(engine: DetectionEngine, text: str, value: str) -> bool:
    """No finding the wire redacts overlaps the first occurrence of `value`."""
    start = text.index(value)
    return not any(s.start < start + len(value) and s.end > start for s in wire_spans(engine, text))


def covered_by_one_finding(engine: DetectionEngine, text: str, value: str, role: str, kind: str) -> bool:
    """The last occurrence of `value` lies inside one finding of the engine (any score), in a segment of this role
    and kind."""
    (spans,) = engine.detect([Segment(text, role=role, kind=kind)])
    start = text.rindex(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans)
