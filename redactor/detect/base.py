"""Span records, the Detector protocol and deterministic span merging.

Every detector, whatever its technique (regex catalogue, checksum-validated PII,
presidio NER, org term lists), returns plain `Span` records over one segment's
text. The pipeline merges them with `merge_spans` so overlaps resolve the same
way every time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

# Segment kinds a detector may be told about. "prose" is free text, "code" is
# source/config/log text, "json_value" is one string leaf of a JSON document
# (tool-call arguments), "tool_result" is tool output (files, logs, env dumps).
SEGMENT_KINDS = ("prose", "code", "json_value", "tool_result")

# Coarse categories that policies act on; each detector kind belongs to one.
CATEGORIES = ("secret", "pii", "infra", "org", "code")


@dataclass(frozen=True, slots=True)
class Span:
    """One sensitive region of a text: [start, end) in Python str indices."""

    start: int
    end: int
    kind: str  # upper snake case, e.g. "AWS_ACCESS_KEY", "EMAIL", "PERSON"
    category: str  # one of CATEGORIES
    score: float  # 0..1 confidence
    detector: str  # name of the detector that produced it

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class DetectionInput:
    """What a detector is told about the text it scans."""

    text: str
    segment_kind: str = "prose"  # one of SEGMENT_KINDS
    # For json_value segments: the JSON object key that holds this string (e.g.
    # "password"), so keyword-context detectors can use it. None otherwise.
    field_name: str | None = None


class Detector(Protocol):
    """A plug-in that finds sensitive spans in one segment."""

    name: str

    def detect(self, item: DetectionInput) -> list[Span]: ...


@dataclass(slots=True)
class DetectorSettings:
    """Per-detector knobs that come from the policy (filled by policy.py)."""

    enabled: bool = True
    min_score: float = 0.5
    options: dict = field(default_factory=dict)


def _priority(span: Span) -> tuple:
    # Higher score wins, then the longer span, then the earlier start, then the
    # names, so the outcome never depends on detector order.
    return (-span.score, -span.length, span.start, span.kind, span.detector)


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Resolve overlaps deterministically and return spans sorted by start.

    Overlapping spans are resolved greedily by priority (score, then length).
    A lower-priority span that overlaps a chosen one is not dropped: it is
    united with it, so the redacted region covers both (never leak the tail
    of a secret because a shorter, higher-scored span won). The union keeps the
    winner's kind, category and detector.
    """
    if not spans:
        return []
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    # Build connected overlap clusters, then pick one label per cluster.
    clusters: list[list[Span]] = []
    cluster_end = -1
    for span in ordered:
        if span.length <= 0:
            continue
        if clusters and span.start < cluster_end:
            clusters[-1].append(span)
            cluster_end = max(cluster_end, span.end)
        else:
            clusters.append([span])
            cluster_end = span.end
    merged: list[Span] = []
    for cluster in clusters:
        winner = min(cluster, key=_priority)
        start = min(s.start for s in cluster)
        end = max(s.end for s in cluster)
        merged.append(
            Span(start, end, winner.kind, winner.category, winner.score, winner.detector)
        )
    return merged
