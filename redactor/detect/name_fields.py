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


def name_field_extensions(text: str, spans: Sequence[Span], detector: str) -> list[Span]:
    """Doubtful spans over the capitalised words that complete a PERSON or ORGANIZATION finding's field."""
    extensions: list[Span] = []
    for span in spans:
        if span.kind not in _KINDS or "\n" in text[span.start:span.end]:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start:span.start]
        starts = list(_FIELD_START.finditer(before))
        if not starts:
            continue  # no field: a heading or a sentence
        left_words = before[starts[-1].end():].split()
        after = text[span.end:line_end]
        end_match = _FIELD_END.search(after)
        right_words = after[:end_match.start()].split() if end_match else []
        if not left_words and not right_words:
            continue
        if left_words and not _fills(left_words, leading=True):
            continue
        if right_words and not _fills(right_words, leading=False):
            continue
        new_start = line_start + starts[-1].end() if left_words else span.start
        new_end = span.end + end_match.start() if right_words else span.end
        extensions.append(Span(new_start, new_end, span.kind, span.category, _SCORE, detector))
    # The rest of an organisation's name outside a field too (prose, a sentence's end): org_tails.py.
    extensions.extend(organisation_tails(text, spans, detector))
    return extensions
