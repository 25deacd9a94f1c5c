"""Auditing a recorded agent session: which texts it sent hold content the policy would not let leave.

Texts come from the proxy's wire modules, so they are the very segments the
proxy would scan. Request logs re-send the whole history with every request,
so a text already scanned in an earlier request is not reported again. Proxy
audit-log events hold no values; they are summarised as they are (kinds and
counts per request).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

from redactor.audit_scan.chunked_detection import PolicyScanner
from redactor.audit_scan.findings import AuditInputError, AuditReport, Finding, fingerprint_of, severity_for
from redactor.audit_scan.transcripts import RecordedRequest, Transcript, add_record, describe_path, iter_records
from redactor.segments import Segment
from redactor.wire import WireError


def scan_transcript(path: str | Path, scanner: PolicyScanner, report: AuditReport) -> Transcript:
    """Add the transcript's findings (and logged-request summaries) to `report`.

    Records are scanned as they are read and then dropped, so a long session
    log is never held in memory whole (only digests of the texts already seen).
    """
    transcript = Transcript(Path(path).as_posix())
    seen: set[bytes] = set()
    for line, record in iter_records(path):
        transcript.records += 1
        add_record(transcript, record, line)
        for record_line, field, segment in _segments(transcript, report):
            _scan_segment(transcript, record_line, field, segment, scanner, report, seen)
        for event in transcript.audit_events:
            report.logged_requests.append({"transcript": transcript.path, **event})
        transcript.sessions.clear()
        transcript.logged_requests.clear()
        transcript.audit_events.clear()
    if not transcript.formats:
        raise AuditInputError(f"{path}: not a recognised transcript (Claude Code JSONL, OpenAI request "
                              "log or redactor audit log)")
    report.stats.files_scanned += 1
    report.stats.records_scanned += transcript.records
    return transcript


def _scan_segment(transcript: Transcript, line: int, field: str, segment: Segment, scanner: PolicyScanner,
                  report: AuditReport, seen: set[bytes]) -> None:
    digest = hashlib.blake2b(f"{segment.kind}\0{segment.text}".encode("utf-8", "surrogatepass"),
                             digest_size=16).digest()
    if digest in seen:
        return
    seen.add(digest)
    report.stats.bytes_scanned += len(segment.text)
    for located in scanner.scan_text(segment.text, segment.kind):
        report.findings.append(Finding(
            path=transcript.path, line=line, column=None, end_line=line, end_column=None,
            kind=located.kind, category=located.category,
            severity=severity_for(located.kind, located.category), action=located.action,
            score=located.score, masked=located.masked, source="transcript", position=segment.position,
            field=field, fingerprint=fingerprint_of(located.kind, transcript.path, located.value_hash)))


def _segments(transcript: Transcript, report: AuditReport) -> Iterator[tuple[int, str, Segment]]:
    """(record line, field path, segment) for every text the records read so far sent."""
    for messages in transcript.sessions.values():
        for message in messages:
            request = RecordedRequest("anthropic", {"messages": [{"role": message.role,
                                                                  "content": message.content}]}, message.line)
            for segment in _extracted(request, transcript, report):
                yield message.line, _message_field(segment.path[2:]), segment
    for request in transcript.logged_requests:
        for segment in _extracted(request, transcript, report):
            yield request.line, describe_path(segment.path), segment


def _extracted(request: RecordedRequest, transcript: Transcript, report: AuditReport) -> list[Segment]:
    try:
        return request.extract().segments
    except WireError as exc:
        report.stats.unreadable.append(f"{transcript.path}: line {request.line}: {exc}")
        return []


def _message_field(rest: tuple) -> str:
    # Claude Code lines hold one message: name fields as the line does ("message.content[1].input").
    tail = describe_path(rest)
    if not tail:
        return "message"
    return "message" + (tail if tail.startswith("[") else "." + tail)
