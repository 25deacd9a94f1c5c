"""Replaying a recorded agent session through the pipeline: what would have left, with and without the policy.

Every request the agent made is rebuilt from the transcript (a Claude Code
session makes one Anthropic Messages request per assistant reply, carrying the
whole history; a request log holds the bodies themselves), turned into
segments by the proxy's wire module and run through the same Pipeline the
proxy runs (built by `build_pipeline`, with a throw-away memory vault), with
the conversation id the proxy would derive.

Per payload position the report counts the sensitive findings that would have
been sent without the policy (all of them) and with it (those whose value
still appears verbatim in what the pipeline lets out; nothing for requests
routed locally, blocked or refused). Positions are the wire positions, except
that user and assistant text of earlier turns is reported as "history".
"""
from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from redactor.audit_scan.findings import IGNORED_CATEGORIES, SEVERITIES, at_or_above, severity_for
from redactor.audit_scan.transcripts import RecordedRequest, Transcript, message_index
from redactor.core import BlockedError, PipelineError, RequestContext
from redactor.pipeline import Pipeline
from redactor.segments import Segment
from redactor.wire import WireError

POSITIONS = ("system", "user", "history", "tool_arguments", "tool_result", "tool_definition", "assistant")


@dataclass
class PositionCounts:
    without_policy: int = 0  # sensitive findings sent if nothing protected them
    with_policy: int = 0  # of those, still sent verbatim under the policy


@dataclass
class ReplayReport:
    transcript: str
    policy: str
    requests: int = 0
    routes: Counter = field(default_factory=Counter)  # cloud / local / blocked / error
    positions: dict[str, PositionCounts] = field(default_factory=dict)
    leaked_by_severity: Counter = field(default_factory=Counter)  # with the policy
    leaked_kinds: Counter = field(default_factory=Counter)  # with the policy
    distinct_without: int = 0
    distinct_with: int = 0
    placeholders_issued: int = 0
    errors: list[str] = field(default_factory=list)  # refusals other than blocks (safe messages)

    def totals(self) -> PositionCounts:
        return PositionCounts(sum(c.without_policy for c in self.positions.values()),
                              sum(c.with_policy for c in self.positions.values()))

    def leaks_at_or_above(self, threshold: str | None) -> int:
        if threshold is None:
            return 0
        return sum(count for severity, count in self.leaked_by_severity.items() if at_or_above(severity, threshold))

    def to_json(self, fail_on: str | None) -> dict[str, Any]:
        totals = self.totals()
        order = {name: index for index, name in enumerate(POSITIONS)}
        positions = sorted(self.positions.items(), key=lambda pair: order.get(pair[0], len(order)))
        return {
            "transcript": self.transcript,
            "policy": self.policy,
            "requests": self.requests,
            "routes": dict(self.routes),
            "positions": {name: {"without_policy": counts.without_policy, "with_policy": counts.with_policy}
                          for name, counts in positions},
            "totals": {"without_policy": totals.without_policy, "with_policy": totals.with_policy,
                       "distinct_without_policy": self.distinct_without,
                       "distinct_with_policy": self.distinct_with},
            "leaked_with_policy": {
                "by_severity": {severity: self.leaked_by_severity.get(severity, 0)
                                for severity in reversed(SEVERITIES)},
                "by_kind": dict(self.leaked_kinds.most_common()),
            },
            "placeholders_issued": self.placeholders_issued,
            "errors": list(self.errors),
            "fail_on": fail_on or "none",
            "failed": self.leaks_at_or_above(fail_on) > 0,
        }


def replay_transcript(transcript: Transcript, pipeline: Pipeline, assume_local_backend: bool = True) -> ReplayReport:
    """Run every recorded request through `pipeline` (give it a memory vault) and count what leaves.

    A replay sends nothing anywhere, so by default it assumes the policy's
    local model is up: a request the policy keeps local counts as "local"
    rather than as the error a proxy without a local model would answer.
    Either way nothing of it leaves the machine.
    """
    if assume_local_backend:
        pipeline = _with_assumed_local_backend(pipeline)
    report = ReplayReport(transcript.path, pipeline.policy.name)
    distinct_without: set[bytes] = set()
    distinct_with: set[bytes] = set()
    for _, request in transcript.requests():
        _replay_one(pipeline, request, report, distinct_without, distinct_with)
    report.distinct_without = len(distinct_without)
    report.distinct_with = len(distinct_with)
    return report


def _replay_one(pipeline: Pipeline, request: RecordedRequest, report: ReplayReport,
                distinct_without: set[bytes], distinct_with: set[bytes]) -> None:
    report.requests += 1
    try:
        extraction = request.extract()
    except WireError as exc:
        report.routes["error"] += 1
        _note_error(report, f"line {request.line}: {exc}")
        return
    segments = extraction.segments
    conversation = pipeline.conversation_id(extraction.anchors)
    detected = pipeline.engine.detect(segments)
    outgoing: list[Segment] | None = None
    try:
        result = pipeline.process(segments, RequestContext(conversation=conversation, api=request.api))
    except BlockedError:
        route = "blocked"
    except PipelineError as exc:
        route = "error"
        _note_error(report, str(exc))
    else:
        route = result.route
        report.placeholders_issued += result.decision.placeholders_issued
        if route == "cloud":
            outgoing = result.segments
    report.routes[route] += 1
    turn_start = request.turn_start()
    for index, (segment, spans) in enumerate(zip(segments, detected)):
        counts = report.positions.setdefault(_report_position(segment, turn_start), PositionCounts())
        sent_text = outgoing[index].text if outgoing is not None else None
        for span in spans:
            if span.category in IGNORED_CATEGORIES:
                continue
            value = segment.text[span.start:span.end]
            key = _value_key(span.kind, value)
            counts.without_policy += 1
            distinct_without.add(key)
            if sent_text is not None and value in sent_text:
                counts.with_policy += 1
                distinct_with.add(key)
                report.leaked_by_severity[severity_for(span.kind, span.category)] += 1
                report.leaked_kinds[span.kind] += 1


class _AssumedLocalBackend:
    """Stands in for the local model in a replay: routing only asks whether it can serve."""

    name = "replay"

    def unavailable_reason(self) -> str | None:
        return None


def _with_assumed_local_backend(pipeline: Pipeline) -> Pipeline:
    from redactor.stages.route import RouteStage

    stages = [RouteStage(pipeline.policy, local_backend=_AssumedLocalBackend()) if isinstance(stage, RouteStage)
              else stage for stage in pipeline.stages]
    # A fresh conversation key is fine: ids only need to agree within this replay.
    return Pipeline(pipeline.policy, pipeline.vault, engine=pipeline.engine, stages=stages,
                    conversation_key=secrets.token_bytes(32))


def _report_position(segment: Segment, turn_start: int) -> str:
    # The wire keeps positions structural (never "history"); the report splits
    # out user/assistant text of earlier turns, which every request re-sends.
    index = message_index(segment.path)
    if segment.position in ("user", "assistant") and index is not None and index < turn_start:
        return "history"
    return segment.position


def _note_error(report: ReplayReport, message: str) -> None:
    if message not in report.errors and len(report.errors) < 50:
        report.errors.append(message)


def _value_key(kind: str, value: str) -> bytes:
    # Distinct values are counted through a digest, never kept as text.
    return hashlib.blake2b(f"{kind}\0{value}".encode("utf-8", "surrogatepass"), digest_size=16).digest()
