"""Metric definitions: leaks (exact, partial, combined), over-redaction, similarity, added tokens, CIs.

Pure functions over strings and annotations; docs/leakbench.md states each rule.
All leak checks run on the outgoing text with placeholders removed first, so
placeholder text (`[[EMAIL_3]]`) can never count as a leak.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from leakbench.samples import Annotation
from redactor.placeholder_syntax import PLACEHOLDER_PATTERN
from redactor.similarity import chrf as similarity_chrf

# Joins the texts of one sample and replaces removed regions; never part of a
# token or of a secret window, so nothing matches across it.
SEPARATOR = "\x00"
# Partial-leak thresholds (see docs/leakbench.md).
MIN_WORD_TOKEN = 5
MIN_DIGIT_TOKEN = 4
SECRET_WINDOW = 8
SECRET_CATEGORY = "secret"

_TOKEN = re.compile(r"[^\W_]+")  # runs of letters/digits; "_", "-", "." and "@" split tokens
_COUNT_TOKEN = re.compile(r"\w+|[^\w\s]")  # for added-token counts: words and single punctuation
_PEM_ARMOR = re.compile(r"-----(?:BEGIN|END)[A-Z0-9 ]*-----")
_URL_SCHEME = re.compile(r"\b[a-z][a-z0-9+.-]*://")
_JWT = re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*")
_PORT = re.compile(r"(?<=[\w\]]):\d{2,5}(?=[/?\s]|$)")
# The list ships with the redactor package (its person-name propagation uses it too).
_WORDS_FILE = Path(__file__).resolve().parent.parent / "redactor" / "data" / "common_words.txt"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case ordinary English words (length >= 3) from the shipped SCOWL list."""
    lines = _WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line and not line.startswith("#"))


def strip_placeholders(text: str) -> str:
    """`text` with every placeholder (also altered ones, e.g. lower-cased) replaced by SEPARATOR."""
    return PLACEHOLDER_PATTERN.sub(SEPARATOR, text)


def join_texts(texts: Iterable[str]) -> str:
    return SEPARATOR.join(texts)


def tokens(text: str) -> list[str]:
    """Runs of letters and digits (Unicode-aware); everything else separates tokens."""
    return _TOKEN.findall(text)


def mask_annotations(text: str, annotations: Sequence[Annotation]) -> str:
    """`text` with every annotated region replaced by SEPARATOR: its non-sensitive text."""
    pieces, cursor = [], 0
    for annotation in sorted(annotations, key=lambda a: a.start):
        if annotation.start < cursor:  # overlapping annotations: extend the removed region
            cursor = max(cursor, annotation.end)
            continue
        pieces.append(text[cursor:annotation.start])
        pieces.append(SEPARATOR)
        cursor = annotation.end
    pieces.append(text[cursor:])
    return "".join(pieces)


# Inflections stripped before the word-list lookup ("rollups" -> "rollup", "billed" -> "bill").
_SUFFIXES = ("ies", "es", "s", "ed", "ing", "ers", "er")


def is_common_word(folded: str, words: frozenset[str] | None = None) -> bool:
    """True if the case-folded token, or its stem without a common inflection, is an English word."""
    words = common_words() if words is None else words
    if folded in words:
        return True
    for suffix in _SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            stem = folded[: -len(suffix)]
            if stem in words or (suffix == "ies" and stem + "y" in words) or stem + "e" in words:
                return True
    return False


def is_digit_heavy(token: str) -> bool:
    return sum(char.isdigit() for char in token) * 2 >= len(token)


def distinctive_tokens(value: str, context_tokens: frozenset[str] | set[str],
                       words: frozenset[str] | None = None) -> set[str]:
    """Case-folded tokens of `value` that would identify it on their own.

    A token is distinctive when it is long enough (>= 5 characters, or >= 4
    when at least half its characters are digits), is not an ordinary English
    word (so surnames such as "Baker" or "Rose" do not count), and does not
    occur in the sample's non-sensitive text (`context_tokens`, case-folded).
    """
    words = common_words() if words is None else words
    found = set()
    for token in tokens(value):
        folded = token.casefold()
        digit_heavy = is_digit_heavy(token)
        if len(token) < (MIN_DIGIT_TOKEN if digit_heavy else MIN_WORD_TOKEN):
            continue
        if not digit_heavy and is_common_word(folded, words):
            continue
        if folded in context_tokens:
            continue
        found.add(folded)
    return found


def secret_core(value: str) -> list[str]:
    """The parts of a secret that carry its entropy: no PEM armour, URL scheme, port or JWT header."""
    value = _PEM_ARMOR.sub(" ", value)
    value = _URL_SCHEME.sub(" ", value)
    value = _PORT.sub(" ", value)
    value = _JWT.sub(lambda match: " " + match.group(0).split(".", 1)[1], value)
    return value.split()


def secret_windows(value: str, context_text: str, size: int = SECRET_WINDOW) -> set[str]:
    """Every `size`-character substring of the secret's core that is not in the non-sensitive text."""
    windows = set()
    for piece in secret_core(value):
        for start in range(len(piece) - size + 1):
            window = piece[start:start + size]
            if window not in context_text:
                windows.add(window)
    return windows


@dataclass(frozen=True, slots=True)
class AnnotationLeak:
    kind: str
    category: str
    exact: bool
    partial: bool

    @property
    def combined(self) -> bool:
        return self.exact or self.partial


class LeakJudge:
    """Judges every annotation of one sample against what left the machine for that sample.

    `original_texts` and `annotations` describe the sample (one entry per
    segment); `outgoing_texts` is everything that crossed the wire for it
    (empty when nothing was sent).
    """

    def __init__(self, original_texts: Sequence[str], annotations: Sequence[Sequence[Annotation]],
                 outgoing_texts: Sequence[str], words: frozenset[str] | None = None) -> None:
        self._words = common_words() if words is None else words
        self.context_text = join_texts(mask_annotations(text, spans)
                                       for text, spans in zip(original_texts, annotations))
        self.context_tokens = frozenset(token.casefold() for token in tokens(self.context_text))
        self.outgoing = join_texts(strip_placeholders(text) for text in outgoing_texts)
        self._outgoing_tokens: frozenset[str] | None = None
        self._outgoing_windows: frozenset[str] | None = None

    @property
    def outgoing_tokens(self) -> frozenset[str]:
        if self._outgoing_tokens is None:
            self._outgoing_tokens = frozenset(token.casefold() for token in tokens(self.outgoing))
        return self._outgoing_tokens

    def _windows_out(self) -> frozenset[str]:
        if self._outgoing_windows is None:
            text = self.outgoing
            self._outgoing_windows = frozenset(text[i:i + SECRET_WINDOW]
                                               for i in range(len(text) - SECRET_WINDOW + 1))
        return self._outgoing_windows

    def exact(self, annotation: Annotation) -> bool:
        return bool(annotation.text) and annotation.text in self.outgoing

    def partial(self, annotation: Annotation) -> bool:
        if not self.outgoing:
            return False
        value = annotation.text
        if annotation.category == SECRET_CATEGORY:
            windows = secret_windows(value, self.context_text)
            if windows and not windows.isdisjoint(self._windows_out()):
                return True
            value = " ".join(secret_core(value))  # armour and schemes are not distinctive
        distinctive = distinctive_tokens(value, self.context_tokens, self._words)
        return not distinctive.isdisjoint(self.outgoing_tokens)

    def judge(self, annotation: Annotation) -> AnnotationLeak:
        exact = self.exact(annotation)
        partial = (not exact) and self.partial(annotation)
        return AnnotationLeak(annotation.kind, annotation.category, exact, partial)


def judge_sample(original_texts: Sequence[str], annotations: Sequence[Sequence[Annotation]],
                 outgoing_texts: Sequence[str], words: frozenset[str] | None = None) -> list[AnnotationLeak]:
    """Exact/partial verdict for every annotation of a sample, in order."""
    judge = LeakJudge(original_texts, annotations, outgoing_texts, words)
    return [judge.judge(annotation) for spans in annotations for annotation in spans]


def over_redaction(original_text: str, annotations: Sequence[Annotation], outgoing_text: str) -> tuple[int, int]:
    """(altered, total) non-sensitive tokens of one segment.

    Tokens of the original outside annotations are aligned (difflib, no
    autojunk) with the tokens of the outgoing text after placeholders are
    removed; every original token not matched was removed or changed.
    """
    original = tokens(mask_annotations(original_text, annotations))
    if not original:
        return 0, 0
    outgoing = tokens(strip_placeholders(outgoing_text))
    matcher = difflib.SequenceMatcher(None, original, outgoing, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return len(original) - kept, len(original)


def chrf(reference: str, hypothesis: str, max_order: int = 6, beta: float = 2.0) -> float:
    """chrF (character n-gram F-score), 0..1: the lexical stand-in for semantic similarity.

    Whitespace is ignored, as in the original definition.
    """
    return similarity_chrf("".join(reference.split()), "".join(hypothesis.split()), max_order, beta)


def count_tokens(text: str) -> int:
    """Words plus single punctuation marks: a tokenizer-free stand-in for model tokens."""
    return len(_COUNT_TOKEN.findall(text))


@dataclass(frozen=True, slots=True)
class Rate:
    """A proportion over samples with a bootstrap confidence interval."""

    value: float | None
    low: float | None
    high: float | None
    hits: int
    total: int

    def to_json(self) -> dict:
        return {"rate": _round(self.value), "ci_low": _round(self.low), "ci_high": _round(self.high),
                "hits": self.hits, "total": self.total}


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def bootstrap_rate(hits: Sequence[int], totals: Sequence[int], resamples: int = 1000, seed: int = 0,
                   confidence: float = 0.95) -> Rate:
    """sum(hits)/sum(totals), with a percentile bootstrap CI resampling whole samples.

    Samples (not annotations) are resampled because annotations of one sample
    are not independent (one missed detector rule leaks them together).
    """
    hit_array = np.asarray(hits, dtype=np.float64)
    total_array = np.asarray(totals, dtype=np.float64)
    total = float(total_array.sum())
    if total == 0:
        return Rate(None, None, None, 0, 0)
    value = float(hit_array.sum()) / total
    count = len(hit_array)
    if count < 2 or resamples <= 0:
        return Rate(value, value, value, int(hit_array.sum()), int(total))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, count, size=(resamples, count))
    resampled_totals = total_array[picks].sum(axis=1)
    resampled_hits = hit_array[picks].sum(axis=1)
    valid = resampled_totals > 0
    ratios = resampled_hits[valid] / resampled_totals[valid]
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(ratios, [tail, 100 - tail])
    return Rate(value, float(low), float(high), int(hit_array.sum()), int(total))


def percentiles(values: Sequence[float], points: Sequence[float] = (50, 95)) -> dict[str, float | None]:
    if not len(values):
        return {f"p{int(point)}": None for point in points}
    found = np.percentile(np.asarray(values, dtype=np.float64), list(points))
    return {f"p{int(point)}": round(float(value), 3) for point, value in zip(points, found)}
