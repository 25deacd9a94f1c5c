"""The rest of an organisation's name beside a part that was found (round 20, orgs20c).

The model often finds an organisation in part: "Payment received from [Sinar Harapan] Logistik Tbk", "handled by
[Kettunen Rakennus] Oy", "[Bergheim] kommun"; a placeholder over half the name sends the rest out beside it.
name_fields.py completes a finding that fills a labelled field; this module reads the words that follow a finding
anywhere (prose, a table cell, a sentence) and the word before it:

- the tail: up to four tokens after the finding, each a capitalised word (no digit, no stop or calendar word, no
  word English capitalises for other reasons, org_capitalised_words.py), a legal form in any case
  (org_legal_forms.yaml, org_suffixes.txt: "gmbh", "Oy", "S.p.A."), an organisation-type word written after a
  name in any case (org_type_words.yaml: "kommun", "Belediyesi"), a parenthesised abbreviation in capitals
  ("(KML)"), a head noun of organisations (org_head_nouns.txt: "Partners", "Logistics"), or "&", "and", "und", "y", "et" between two of them. The tail is taken only where it ends the
  name's place: the end of the line or of a cell (tab, `|`, quote, bracket, comma, `;`) or a sentence's end, or
  where it holds a legal form or type word (the tail says it is a name). A word in small letters that is no legal
  form or type word, a verb, or another finding ends it;
- the head: one capitalised word right before the finding that starts no sentence or line and is no stop,
  calendar or capitalised common word ("from Zhao [Hengtai Trading]").

Both are doubtful (0.55): only the layout supports the growth, so the wire redacts it and an audit does not report
it; engine merging unites the span with the finding, which keeps its kind. Cost: one bounded regex match after and
before each ORGANIZATION finding.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import CALENDAR_WORDS
from redactor.detect.term_lists import org_legal_forms, stop_words, term_list

_MAX_TAIL_TOKENS = 4
# A token of the tail: a parenthesised abbreviation, a word (inner dots, apostrophes, hyphens: "S.p.A.", "d'Orge"),
# or "&".
_TOKEN = re.compile(r"\([A-Z][A-Z0-9&.-]{1,9}\)|[^\W\d_][\w'’.-]*|&")
_GAP = re.compile(r",?[ ]")  # one space between tokens; ", " only before a legal form ("Acme, Inc.")
# Where a name's place ends: the line's end, a cell or quote mark, a bracket, a comma or semicolon, a sentence's end.
_PLACE_END = re.compile(r"[ \t]*(?:$|[\t|\"”'’),;:!?]|\.(?:\s|$))", re.MULTILINE)
_JOINS = frozenset({"&", "and", "und", "y", "et"})
# PERSON findings grow only by a tail that holds a legal form (see organisation_tails).
_GROWN_KINDS = frozenset({"ORGANIZATION", "PERSON"})
_HEAD_WORD = re.compile(r"(?P<word>[^\W\d_][\w'’-]*)[ ]\Z")


@functools.lru_cache(maxsize=1)
def _name_marks() -> frozenset[str]:
    """Legal forms and type words written after a name, lower case, without a final dot."""
    forms = org_legal_forms()
    from redactor.detect.org_type_words import type_words

    marks = {form for form in (*forms.after_in_capitals, *forms.after) if " " not in form}
    marks |= term_list("org_suffixes") | term_list("org_head_nouns") | set(type_words()[1])
    return frozenset(mark.rstrip(".") for mark in marks)


def _capitalised_common() -> frozenset[str]:
    from redactor.detect.org_capitalised_words import _capitalised_common as common

    return common()


# Legal forms that are English words in small letters ("as"): a mark only in capitals ("Halvorsen Shipping AS").
_CAPITAL_ONLY_FORMS = frozenset({"AS", "ASA"})


def _is_mark(token: str) -> bool:
    return token.casefold().rstrip(".") in _name_marks() or token in _CAPITAL_ONLY_FORMS


@functools.lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Legal forms of one word, lower case, without a final dot: what makes a person's name a company's."""
    forms = org_legal_forms()
    words = {form for form in (*forms.after_in_capitals, *forms.after) if " " not in form} | term_list("org_suffixes")
    return frozenset(form.rstrip(".") for form in words) | {form.casefold() for form in _CAPITAL_ONLY_FORMS}


def _holds_legal_form(tail: str) -> bool:
    return any(word in _CAPITAL_ONLY_FORMS or word.casefold().rstrip(".,") in _legal_forms() for word in tail.split())


def _is_name_word(token: str) -> bool:
    folded = token.casefold().rstrip(".")
    return (token[0].isupper() and not any(char.isdigit() for char in token) and folded not in stop_words()
            and folded not in CALENDAR_WORDS and folded not in _capitalised_common())


def _tail_end(text: str, start: int, limit: int) -> int:
    """End of the name's tail that starts at `start` (right after a finding), or `start` when there is none."""
    position, end, tokens, marked = start, start, 0, False
    pending_join = False
    while tokens < _MAX_TAIL_TOKENS:
        gap = _GAP.match(text, position)
        if gap is None:
            break
        token = _TOKEN.match(text, gap.end())
        if token is None or token.end() > limit:
            break
        word = token.group(0)
        if gap.group(0).startswith(",") and not _is_mark(word):
            break
        if word.casefold() in _JOINS and (word == "&" or word.islower()):
            if pending_join:
                break
            pending_join = True
            position = token.end()
            continue
        if _is_mark(word) or word.startswith("("):
            marked = True
        elif not (word.startswith("(") or _is_name_word(word)):
            break
        pending_join = False
        tokens += 1
        position = end = token.end()
    if end == start:
        return start
    last = text[start:end].rsplit(None, 1)[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > 4:
        end -= 1  # a sentence's full stop, not an abbreviation's ("Ltd.", "S.p.A.")
    if marked or _PLACE_END.match(text, end):
        return end
    return start


def _head_start(text: str, start: int, line_start: int) -> int:
    """Start of one capitalised word right before the finding that belongs to it, or `start`."""
    match = _HEAD_WORD.search(text, max(line_start, start - 40), start)
    if match is None:
        return start
    word = match.group("word")
    before = text[line_start:match.start()].rstrip(" ")
    if not before or before[-1] in ".!?:;|\t\"“(" or not _is_name_word(word) or _is_mark(word):
        return start  # the line's or a sentence's first word, or a field's: capitalised for its place
    if not before[-1].isalpha() or not before.rsplit(None, 1)[-1][:1].islower():
        return start  # only after a word in small letters ("from Zhao"): two names side by side stay two
    return match.start()


def organisation_tails(text: str, spans: Sequence[Span], detector: str) -> list[Span]:
    """Doubtful ORGANIZATION spans over an organisation finding and the rest of its name (see module doc)."""
    organisations = [span for span in spans
                     if span.kind in _GROWN_KINDS and "\n" not in text[span.start:span.end]]
    if not organisations:
        return []
    starts = sorted(span.start for span in spans)
    ends = sorted(span.end for span in spans)
    grown: list[Span] = []
    for span in organisations:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        # Another finding after this one ends the tail; one before it ends the head.
        after = bisect.bisect_left(starts, span.end)
        limit = starts[after] if after < len(starts) else line_end
        before = bisect.bisect_right(ends, span.start)
        floor = ends[before - 1] if before else line_start
        end = _tail_end(text, span.end, min(limit, line_end))
        if span.kind == "PERSON":
            # A person's name followed by a legal form is a company's ("[Brenner Holz] GmbH", "[Eriksen] AS"):
            # the model read the owner's name in it. Other tails (head nouns, type words) stay a person's context.
            if end == span.end or not _holds_legal_form(text[span.end:end]):
                continue
            grown.append(Span(span.start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector))
            continue
        start = _head_start(text, span.start, max(floor, line_start))
        if (start, end) != (span.start, span.end):
            grown.append(Span(start, end, "ORGANIZATION", span.category, DOUBTFUL_SCORE, detector))
    return grown
