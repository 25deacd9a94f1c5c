"""A key repeated over records names a field: it is no value, whatever it looks like.

Result sets sent as JSON (BigQuery `--format=prettyjson`, NDJSON events, Kibana documents, API payloads) and
key=value log lines repeat the same keys in every record: `"abonent_id":`, `"fio_lat":`, `user=`. Such a key is the
schema's name for a field; its shape can still read as a login (`fio_lat`, `dolg_rub`) or a name to a detector,
and redacting it hides what the data is without hiding anyone. A personal value written as a key (a map keyed by
login, `{"jdoe": {...}}`) stands once per record set, not as the key of two records.

So a personal-data or organisation finding that covers exactly a key written as data formats write one (`"key":` in
quotes, or a bare `key=` after a blank or a delimiter; one token, no blank) is dropped when that same key opens a
field on two lines or more of the text. A bare word before a colon is left alone: `Anna:` on every turn of a chat is
a speaker, and the detectors' finding stands. Secrets and infrastructure are left alone: a repeated key never
holds them as its name, and their detectors read keys on purpose.

Cost: only findings followed by `:` or `=` are looked at; one literal search per such finding.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

_CATEGORIES = frozenset({"pii", "org"})
# A key as data formats write one: quoted before a colon (JSON, Python dicts) or bare before `=` (logfmt, key=value
# logs), one token without blanks. A bare word before a colon is a speaker's or a form's label (`Anna: ok`, repeated on
# every turn of a chat) and stays what the detectors found.
_QUOTES = frozenset("\"'")
_OPENS_KEY = frozenset(" \t\n{,[\"'(")


def without_repeated_keys(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the personal findings that are a key repeated over the text's records."""
    verdicts: dict[str, bool] = {}
    kept = []
    for span in spans:
        if span.category in _CATEGORIES and _is_key_position(text, span.start, span.end):
            key = text[span.start:span.end]
            if key not in verdicts:
                verdicts[key] = _is_repeated_key(text, key)
            if verdicts[key]:
                continue
        kept.append(span)
    return kept


def _is_key_position(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written as a key: `"key":` (the same quote on both sides) or `key=` after a blank,
    a line start or a delimiter."""
    if start == end or any(char.isspace() for char in text[start:end]):
        return False
    before = text[start - 1] if start else "\n"
    if before in _QUOTES:
        return text.startswith(before, end) and re.match(r"[ \t]*:", text[end + 1:end + 4]) is not None
    return before in _OPENS_KEY and text.startswith("=", end)


def _is_repeated_key(text: str, key: str) -> bool:
    lines: set[int] = set()
    for match in re.finditer(re.escape(key), text):
        if not _is_key_position(text, match.start(), match.end()):
            continue
        lines.add(text.count("\n", 0, match.start()))
        if len(lines) >= 2:
            return True
    return False
