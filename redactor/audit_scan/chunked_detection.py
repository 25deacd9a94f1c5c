"""Runs a policy's detectors over streams of lines in bounded, overlapping chunks.

Audits read files, diffs and transcripts of any size, so text is never scanned
whole: lines are gathered into chunks of about `chunk_chars` characters, and
each chunk re-scans the last `overlap_chars` characters of the one before it,
so a finding that spans lines (a PEM private key block) is still seen whole.
Every chunk is responsible only for findings that *start* before its overlap
tail; the next chunk owns the rest. Each finding is thus reported once, and
the work stays linear in the size of the input.

What is reported: findings the policy would not let leave, within the audit
profile's categories and at or above its confidence for that category. A line
holding the marker `redactor:ignore` (in any comment syntax) suppresses
findings that start on that line and on the line after it. Suppressed and
below-confidence findings are counted (`SuppressionCounts`), never silently lost.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from redactor.audit_scan.findings import IGNORED_CATEGORIES
from redactor.audit_scan.profiles import PROFILES, AuditProfile
from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine
from redactor.masking import mask_value
from redactor.policy import Policy
from redactor.segments import Segment

DEFAULT_CHUNK_CHARS = 48 * 1024
# Longer than any multi-line secret we expect whole (an 8192-bit RSA PEM is ~6.5 KB).
DEFAULT_OVERLAP_CHARS = 12 * 1024
IGNORE_MARKER = "redactor:ignore"

if TYPE_CHECKING:
    from redactor.audit_scan.baseline import Fingerprinter


@dataclass
class SuppressionCounts:
    """Findings the scanner did not report, and why."""

    inline_ignored: int = 0  # a `redactor:ignore` marker on the line or the line before
    below_confidence: int = 0  # under the profile's confidence for the category


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line (or, for very long lines, one bounded piece of a line) of input."""

    text: str  # including its trailing "\n" when it has one
    line: int  # 1-based line number in the source
    column: int = 1  # 1-based column where this piece starts (>1 for continuation pieces)


@dataclass(frozen=True, slots=True)
class LocatedSpan:
    """A reportable finding with source coordinates; the value is already masked."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive: the column just after the last character
    kind: str
    category: str
    score: float
    action: str
    masked: str
    # Keyed hash of the value (redactor.audit_scan.baseline); "" when no fingerprinter is set.
    value_hash: str = ""


class PolicyScanner:
    """The policy's detection engine plus its actions, applied to line streams."""

    def __init__(self, policy: Policy, engine: DetectionEngine,
                 chunk_chars: int = DEFAULT_CHUNK_CHARS, overlap_chars: int = DEFAULT_OVERLAP_CHARS,
                 profile: AuditProfile | None = None, fingerprinter: "Fingerprinter | None" = None) -> None:
        if not 0 < overlap_chars < chunk_chars:
            raise ValueError("overlap_chars must be positive and smaller than chunk_chars")
        self.policy = policy
        self.engine = engine
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self.profile = profile or PROFILES["full"]
        self.fingerprinter = fingerprinter
        self.suppressed = SuppressionCounts()

    @classmethod
    def from_policy(cls, policy: Policy, profile: AuditProfile | None = None,
                    fingerprinter: "Fingerprinter | None" = None, **sizes: int) -> "PolicyScanner":
        return cls(policy, DetectionEngine.from_policy(policy), profile=profile, fingerprinter=fingerprinter,
                   **sizes)

    def reportable(self, span: Span) -> bool:
        """True for content the policy would not let leave as it is, within the profile's categories."""
        if span.category in IGNORED_CATEGORIES or not self.profile.in_scope(span.category):
            return False
        return self.policy.action_for(span.kind, span.category) != "allow"

    def scan_lines(self, lines: Iterable[SourceLine], segment_kind: str = "code") -> Iterator[LocatedSpan]:
        """Findings in a stream of lines, in source order, each reported once."""
        buffer: list[SourceLine] = []
        size = 0
        # Lines whose findings a marker suppresses; kept across chunks, since a
        # marker's line may already have left the buffer when its next line is scanned.
        ignored_lines: set[int] = set()
        for piece in lines:
            buffer.append(piece)
            size += len(piece.text)
            if IGNORE_MARKER in piece.text:
                ignored_lines.update((piece.line, piece.line + 1))
            if size >= self.chunk_chars:
                keep = yield from self._scan_chunk(buffer, segment_kind, final=False, ignored_lines=ignored_lines)
                buffer = buffer[keep:]
                size = sum(len(item.text) for item in buffer)
        if buffer:
            yield from self._scan_chunk(buffer, segment_kind, final=True, ignored_lines=ignored_lines)

    def scan_text(self, text: str, segment_kind: str = "prose", first_line: int = 1) -> Iterator[LocatedSpan]:
        """Findings in a string already in memory (a transcript field), chunked the same way."""
        return self.scan_lines(split_lines(text, first_line, self.chunk_chars), segment_kind)

    def _scan_chunk(self, buffer: list[SourceLine], segment_kind: str, final: bool,
                    ignored_lines: set[int] = frozenset()):
        offsets = []
        position = 0
        for piece in buffer:
            offsets.append(position)
            position += len(piece.text)
        text = "".join(piece.text for piece in buffer)
        if final:
            keep, limit = len(buffer), len(text)
        else:
            keep = _first_overlap_piece(offsets, len(text) - self.overlap_chars)
            limit = offsets[keep] if keep < len(buffer) else len(text)
        spans = self.engine.detect([Segment(text, role="user", kind=segment_kind)])[0]
        for span in spans:
            if span.start >= limit or not self.reportable(span):
                continue
            line, column = _locate(buffer, offsets, span.start)
            if line in ignored_lines:
                self.suppressed.inline_ignored += 1
                continue
            if span.score < self.profile.threshold(span.category, self.policy.detection.audit_min_score):
                self.suppressed.below_confidence += 1
                continue
            end_line, last_column = _locate(buffer, offsets, max(span.start, span.end - 1))
            value = text[span.start:span.end]
            yield LocatedSpan(line, column, end_line, last_column + 1, span.kind, span.category,
                              round(span.score, 3), self.policy.action_for(span.kind, span.category),
                              mask_value(value),
                              self.fingerprinter.value_hash(value) if self.fingerprinter else "")
        return keep


def split_lines(text: str, first_line: int = 1, max_piece: int = DEFAULT_CHUNK_CHARS) -> Iterator[SourceLine]:
    """`text` as SourceLines split on "\\n" only (what editors and SARIF count as lines)."""
    line = first_line
    start = 0
    length = len(text)
    while start < length:
        newline = text.find("\n", start)
        end = length if newline < 0 else newline + 1
        column = 1
        while end - start > max_piece:
            yield SourceLine(text[start:start + max_piece], line, column)
            start += max_piece
            column += max_piece
        yield SourceLine(text[start:end], line, column)
        start = end
        line += 1


def _first_overlap_piece(offsets: list[int], overlap_start: int) -> int:
    """Index of the first piece kept for the next chunk (at least one piece is consumed)."""
    index = bisect.bisect_left(offsets, max(overlap_start, 0))
    if index >= len(offsets):
        # The last piece alone is longer than the overlap: keep it whole.
        index = len(offsets) - 1
    return max(index, 1) if len(offsets) > 1 else len(offsets)


def _locate(buffer: list[SourceLine], offsets: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(offsets, offset) - 1
    piece = buffer[index]
    relative = offset - offsets[index]
    return piece.line, piece.column + relative
