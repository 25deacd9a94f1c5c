"""Span records, the Detector protocol and deterministic span merging.

Every detector, whatever its technique (regex catalogue, checksum-validated PII,
presidio NER, org term lists), returns plain `Span` records over one segment's
text. The pipeline merges them with `merge_spans` so overlaps resolve the same
way every time.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable, Protocol, Sequence

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


_BY_POSITION = attrgetter("start", "end")


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
    # Build connected overlap clusters (spans that only touch stay apart), then pick one label per cluster.
    merged: list[Span] = []
    cluster: list[Span] = []
    cluster_end = -1
    for span in sorted(spans, key=_BY_POSITION):
        if span.end <= span.start:
            continue
        if cluster and span.start < cluster_end:
            cluster.append(span)
            if span.end > cluster_end:
                cluster_end = span.end
        else:
            if cluster:
                merged.append(_united(cluster, cluster_end))
            cluster = [span]
            cluster_end = span.end
    if cluster:
        merged.append(_united(cluster, cluster_end))
    return merged


def _united(cluster: list[Span], end: int) -> Span:
    """One span over a cluster (sorted by start) labelled by its winner."""
    if len(cluster) == 1:
        return cluster[0]  # most clusters: nothing to choose, nothing to build
    winner = min(cluster, key=_priority)
    start = cluster[0].start
    if winner.start == start and winner.end == end:
        return winner
    return Span(start, end, winner.kind, winner.category, winner.score, winner.detector)


def covered_regions(spans: Iterable[Span], already: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The [start, end) regions covered by `spans` and by the regions `already` found, sorted and disjoint.

    The regions of merge_spans's clusters (spans that only touch stay apart, empty
    spans cover nothing) without choosing a label, so rules that only ask "is this
    already found?" need not merge. Adding spans to the regions of earlier ones
    gives the regions of all of them.
    """
    pairs = [(span.start, span.end) for span in spans if span.end > span.start]
    pairs.extend(already)
    pairs.sort()
    regions: list[tuple[int, int]] = []
    for start, end in pairs:
        if regions and start < regions[-1][1]:
            if end > regions[-1][1]:
                regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def overlaps_a_region(regions: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with one of `regions`, sorted and disjoint as `covered_regions`
    returns them: the last region that starts before `end` reaches furthest, so one look suffices."""
    at = bisect.bisect_left(regions, (end, end)) - 1
    return at >= 0 and regions[at][1] > start
