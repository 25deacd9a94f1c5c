"""Pattern detectors written in a policy (`detection.patterns`), like Presidio's PatternRecognizer.

Each `CustomPattern` is a regex with a kind, a category and a score. The span
is the regex's group `value` when it has one, else the whole match. Context
words raise the score: if one of the pattern's `context` words (compared
case-insensitively, whole words) is among the `context_words_before` words
before the match or the `context_words_after` words after it, the span gets
`context_score` (default score + 0.35, at most 1). A pattern whose score is
below the policy's `detection.min_score` therefore reports only with context.
With `validator: luhn` a match whose digits fail the Luhn checksum is dropped.
Placeholders the proxy issued are never matched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from redactor.detect.base import DetectionInput, Span
from redactor.detect.code_awareness import drop_placeholder_overlaps
from redactor.detect.pii import is_valid_luhn
from redactor.policy import CustomPattern

_WORD = re.compile(r"\w+")
DETECTOR_NAME = "policy-pattern"


@dataclass(frozen=True)
class _CompiledPattern:
    spec: CustomPattern
    regex: re.Pattern[str]
    context: frozenset[str]


class CustomPatternDetector:
    """Runs a policy's pattern detectors over a segment."""

    name = DETECTOR_NAME

    def __init__(self, patterns: Sequence[CustomPattern]) -> None:
        self._patterns = [
            _CompiledPattern(spec, re.compile(spec.regex, re.IGNORECASE if spec.ignore_case else 0),
                             frozenset(word.casefold() for word in spec.context))
            for spec in patterns
        ]

    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        spans: list[Span] = []
        for pattern in self._patterns:
            for match in pattern.regex.finditer(text):
                start, end = match.span("value") if "value" in pattern.regex.groupindex else match.span()
                if start < 0 or start == end:
                    continue
                if pattern.spec.validator == "luhn" and not is_valid_luhn(re.sub(r"\D", "", text[start:end])):
                    continue
                score = pattern.spec.score
                if pattern.context and _has_context(text, start, end, pattern):
                    score = max(score, pattern.spec.effective_context_score)
                spans.append(Span(start, end, pattern.spec.kind, pattern.spec.category, score,
                                  f"{DETECTOR_NAME}:{pattern.spec.name}"))
        return drop_placeholder_overlaps(text, spans) if spans else spans


def _has_context(text: str, start: int, end: int, pattern: _CompiledPattern) -> bool:
    # Only a bounded stretch of text either side is split into words: a match
    # in a 1 MB tool result must not cost a pass over all of it.
    before_count, after_count = pattern.spec.context_words_before, pattern.spec.context_words_after
    before = _WORD.findall(text[max(0, start - 40 * before_count - 1):start])[-before_count:] if before_count else []
    after = _WORD.findall(text[end:end + 40 * after_count + 1])[:after_count] if after_count else []
    return any(word.casefold() in pattern.context for word in (*before, *after))
