"""A name found in part that fills a field is the whole field (round 18, boundaries18).

Labelled lines, dashes, table cells and quotes put one value in one field: `Venue — Adaeze Nwosu Event Hall`,
`Supplier | Hollis Barnaby Animal Care`, `Caterer: Golden Lantern Priya Raman Kitchen`. The model often finds the
person's name inside a business's name (PERSON "Adaeze Nwosu") or half of an organisation's, and name_runs.py
widens a PERSON over name words only, so the ordinary words of the business ("Event Hall", "Golden Lantern") went
out beside the placeholder. The property is the layout: when a PERSON or ORGANIZATION finding and capitalised words
on both sides of it fill a field from its start delimiter (a label's colon, a dash between spaces, `|`, a tab, a
quote, a bracket, a comma) to its end (the line's end, `|`, a tab, a quote, a bracket, a comma, `;`, a dash), the
words belong to the name. They are added as a doubtful span (0.55: the wire redacts them, an audit does not report
them); engine merging unites it with the finding, which keeps its kind.

A word is taken only when it is capitalised (or `&`, or a lower-case connector such as "and", "of" between two
capitalised words), holds no digit, and is no stop word or calendar word ("Priya Raman Will Send The Draft" does
not fill its field with names); at most three words on each side, and a field that does not end where the words
end takes none ("Met Anna Berg at the Annual Meeting"). A finding with no field delimiter before it on its line
(a heading, a sentence) is left alone. Cost: one look at the finding's line per PERSON or ORGANIZATION finding.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.name_parts import CALENDAR_WORDS
from redactor.detect.org_tails import organisation_tails
from redactor.detect.term_lists import stop_words

_SCORE = 0.55  # doubtful: redacted on the wire, not reported by an audit
_KINDS = frozenset({"PERSON", "ORGANIZATION"})
_MAX_WORDS_PER_SIDE = 3
# The start of a field: a label's colon, a dash between spaces, a cell or quote mark, a bracket, a comma.
_FIELD_START = re.compile(r"(?:[:|\t\"“(,]|\s[—–-])\s*")
# The end of a field: a cell or quote mark, a bracket, a comma or semicolon, a dash between spaces, or the line's end
# (a full stop or exclamation mark before it).
_FIELD_END = re.compile(r"\s*(?:[|\t\"”),;]|\s[—–-]\s|[.!]?\s*$)")
# Any character but those a field start is made of (its marks, dashes and blanks).
_NO_FIELD_START_CHARACTER = re.compile(r"[^:|\t\"“(,—–\-\s]")
_LOOK_BACK = 120  # characters before a finding in which its field's start is looked for first
_CONNECTORS = frozenset({"and", "of", "for", "de", "der", "van", "von", "du", "la", "y", "&"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and all(char.isalpha() or char in "'’-." for char in word)


def _fills(words: list[str], leading: bool) -> bool:
    """Whether the words between the finding and its field's edge all read as part of a name."""
    if not words or len(words) > _MAX_WORDS_PER_SIDE:
        return False
    for index, word in enumerate(words):
        folded = word.casefold()
        if word == "&" or folded in _CONNECTORS and word.islower():
            edge = index == 0 if leading else index == len(words) - 1
            if edge:
                return False  # a connector sits between two capitalised words, never at the field's edge
            continue
        if not _is_capitalised(word) or folded in CALENDAR_WORDS:
            return False
        if folded in stop_words() and not (leading and index == 0 and folded == "the"):
            return False
    return True


def _field_before(before: str) -> tuple[int, list[str]] | None:
    """Where the field holding a finding starts in `before` (its line up to the finding) and the words between that
    start and the finding; None when no field starts there, or when more words than a side may have come first.

    Searched first in the last _LOOK_BACK characters only, from just after a character no field start holds: no
    match of _FIELD_START crosses it, so the matches after it are those a search from the line's start finds. When
    none is there and the words there are already too many, whatever starts earlier makes no field: a finding deep
    in a long line of prose costs the look-back, not the line (one pass per finding over the line was the cost).
    """
    resume = _NO_FIELD_START_CHARACTER.search(before, max(0, len(before) - _LOOK_BACK)) if len(before) > _LOOK_BACK \
        else None
    if resume is not None:
        starts = list(_FIELD_START.finditer(before, resume.end()))
        if not starts:
            if len(before[resume.end():].split(None, _MAX_WORDS_PER_SIDE)) > _MAX_WORDS_PER_SIDE:
                return None
            starts = list(_FIELD_START.finditer(before))
    else:
        starts = list(_FIELD_START.finditer(before))
    if not starts:
        return None
    return starts[-1].end(), before[starts[-1].end():].split(None, _MAX_WORDS_PER_SIDE)


def name_field_extensions(text: str, spans: Sequence[Span], detector: str) -> list[Span]:
    """Doubtful spans over the capitalised words that complete a PERSON or ORGANIZATION finding's field."""
    extensions: list[Span] = []
    for span in spans:
        if span.kind not in _KINDS or "\n" in text[span.start:span.end]:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        field = _field_before(text[line_start:span.start])
        if field is None:
            continue  # no field (a heading or a sentence), or more words before the finding than a field's
        field_start, left_words = field
        after = text[span.end:line_end]
        end_match = _FIELD_END.search(after)
        # One word more than a side may have is enough to tell that it has too many.
        right_words = after[:end_match.start()].split(None, _MAX_WORDS_PER_SIDE) if end_match else []
        if not left_words and not right_words:
            continue
        if left_words and not _fills(left_words, leading=True):
            continue
        if right_words and not _fills(right_words, leading=False):
            continue
        new_start = line_start + field_start if left_words else span.start
        new_end = span.end + end_match.start() if right_words else span.end
        extensions.append(Span(new_start, new_end, span.kind, span.category, _SCORE, detector))
    # The rest of an organisation's name outside a field too (prose, a sentence's end): org_tails.py.
    extensions.extend(organisation_tails(text, spans, detector))
    return extensions
