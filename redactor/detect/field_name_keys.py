"""A key repeated over records names a field: it is no value, whatever it looks like.

Result sets sent as JSON (BigQuery `--format=prettyjson`, NDJSON events, Kibana documents, API payloads) and
key=value log lines repeat the same keys in every record: `"abonent_id":`, `"fio_lat":`, `user=`. Such a key is the
schema's name for a field; its shape can still read as a login (`fio_lat`, `dolg_rub`) or a name to a detector,
and redacting it hides what the data is without hiding anyone. A personal value written as a key (a map keyed by
login, `{"jdoe": {...}}`) stands once per record set, not as the key of two records.

So a personal-data or organisation finding that covers exactly a key (the text before it opens a key: a line start,
a blank, `{`, `,` or a quote; the text after it is an optional quote and `:` or `=`) is dropped when that same key
opens a field on two lines or more of the text. Secrets and infrastructure are left alone: a repeated key never
holds them as its name, and their detectors read keys on purpose.

Cost: only findings followed by `:` or `=` are looked at; one literal search per such finding.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

_CATEGORIES = frozenset({"pii", "org"})
_AFTER_KEY = re.compile(r"[\"']?[ \t]*[:=]")
_OPENS_KEY = frozenset(" \t\n{,[\"'(")


def without_repeated_keys(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the personal findings that are a key repeated over the text's records."""
    verdicts: dict[str, bool] = {}
    kept = []
    for span in spans:
        if span.category in _CATEGORIES and _AFTER_KEY.match(text, span.end) and (
                span.start == 0 or text[span.start - 1] in _OPENS_KEY):
            key = text[span.start:span.end]
            if key not in verdicts:
                verdicts[key] = _is_repeated_key(text, key)
            if verdicts[key]:
                continue
        kept.append(span)
    return kept


def _is_repeated_key(text: str, key: str) -> bool:
    if not key or "\n" in key:
        return False
    pattern = re.compile(re.escape(key) + r"[\"']?[ \t]*[:=]")
    lines: set[int] = set()
    for match in pattern.finditer(text):
        if match.start() and text[match.start() - 1] not in _OPENS_KEY:
            continue
        lines.add(text.count("\n", 0, match.start()))
        if len(lines) >= 2:
            return True
    return False
