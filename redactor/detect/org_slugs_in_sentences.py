"""An organisation's slug in a sentence: "I work at harbor-dental", 'a complaint from "blue-heron-packaging"'.

People who live in tools write the firms they deal with as the tools do, in one lower-case slug, and then use that
slug in a plain sentence: after the preposition that says where one works or whom one deals with ("at", "from",
"with", "for", "chez", "bei", "mit", "con" ...) or in quotes. org_joined_names.py takes a slug by its make-up
alone, and so only when a word before the head noun is no common word ("brightwave-logistics"): "harbor-dental",
"oak-street-bakery" or "green-valley-foods" are common words and a head noun, and in code those read as anything
("data-systems", "user-group"). In a sentence, at a position that names a place of work or a party, they are names.

The property is the slug's form and its position together: all small letters, two to four pieces joined by "-",
the last an organisation's head noun or legal form (org_joined_names' needles), no piece a tech term, code keyword
or software name, and right before it a quote that closes right after it, or one of `_PREPOSITIONS` and a blank;
the line holds no backtick (code spans are identifiers). Doubtful ORGANIZATION: redacted on the wire, not reported
by an audit. At the same positions a slug without a head noun is taken when its first piece is coined (four letters
or more; no common word, tech term, stop word or software name: "at veltrix-north"): `slugs_of_coined_names`.
Cost: the head-noun rule tests only org_joined_names' keyword hits, each within a few characters around it; the
coined rule finds hyphens by a literal search (~5 us/KB on the latency texts).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import english_zipf, is_software_name
from redactor.detect.organisation_parts import no_common_word
from redactor.detect.term_lists import stop_words, term_list

# Prepositions before a place of work, a sender, a party dealt with, in the languages of the corpora.
_PREPOSITIONS = frozenset(
    "at from with for by to via "
    "bei mit von für an "
    "chez avec pour par "
    "con para por en "
    "presso per da "
    "bij met van voor "
    "com".split())
_SLUG = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){1,3}")
_OPENING_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "'": "'", "‘": "’"}
_WORD_BEFORE = re.compile(r"([^\W\d_]+) \Z")


def slug_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a lower-case organisation slug at a sentence's naming position (module doc)."""
    slug = text[start:end]
    if not _SLUG.fullmatch(slug) or not _at_naming_position(text, start, end):
        return False
    technical = term_list("tech_terms"), term_list("code_keywords")
    name = slug.split("-")[:-1]  # the head noun may be a package's name too ("clinic", "catering")
    return not (any(piece in words for piece in slug.split("-") for words in technical)
                or any(map(is_software_name, name)) or is_software_name(slug))


def _at_naming_position(text: str, start: int, end: int) -> bool:
    """A quote right before that closes right after, or a preposition and a blank before, on a line without code."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if "`" in text[line_start:len(text) if line_end < 0 else line_end]:
        return False
    before = text[max(line_start, start - 12):start]
    closing = _OPENING_QUOTES.get(before[-1:])
    if closing is not None:
        return text[end:end + 1] == closing
    if end < len(text) and (text[end].isalnum() or text[end] in "/.@:_-") and not (
            text[end] in ".:" and (end + 1 == len(text) or not text[end + 1].isalnum())):
        return False  # a path, a domain, an address or a key goes on after it
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1).casefold() in _PREPOSITIONS


_COINED_SLUG = re.compile(r"[a-z]{2,}(?:-[a-z]+)?-[a-z]{2,}")  # a middle piece may be "y", "e" ("garcia-y-hijos")
_SLUG_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-")
_MIN_COINED_LETTERS = 4


def slugs_of_coined_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of slugs without a head noun whose first piece is coined ("at veltrix-north",
    'from "zenvora-ops"'): no dictionary, tech list or software name explains it, so only a name does.

    Cheap gate: a literal search for hyphens (a regex that starts at every letter costs 30 times as much); each
    hyphen's slug is read once, by hand, and tested only at a naming position."""
    last_end = -1
    position = text.find("-")
    while position >= 0:
        if position > last_end:
            start = position
            while start and text[start - 1] in _SLUG_LETTERS:
                start -= 1
            end = position
            while end < len(text) and text[end] in _SLUG_LETTERS:
                end += 1
            last_end = end
            if _coined_slug_at_naming_position(text, start, end):
                yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
        position = text.find("-", position + 1)


def _coined_slug_at_naming_position(text: str, start: int, end: int) -> bool:
    slug = text[start:end]
    if not _COINED_SLUG.fullmatch(slug) or (start and (text[start - 1].isalnum() or text[start - 1] in "_/.@")):
        return False
    first = slug.split("-", 1)[0]
    if _is_partners_slug(slug):
        return _at_naming_position(text, start, end) and not is_software_name(slug)
    return (len(first) >= _MIN_COINED_LETTERS and _at_naming_position(text, start, end) and no_common_word(first)
            and first not in stop_words() and not is_software_name(first) and not is_software_name(slug))


# "and" between two names in a firm's slug ("harlow-and-finch", "brandt-und-sohn"), in the corpora's languages.
_SLUG_JOINS = frozenset("and und et y e en og och".split())
# A piece rarer than this in English is a name, not half of a phrase ("trial-and-error", "copy-and-paste").
_NAME_PIECE_ZIPF = 3.8


def _is_partners_slug(slug: str) -> bool:
    """Two names joined by "and" in one slug, as firms of partners are named ("harlow-and-finch"): one of the two
    is rare in English (a surname or coined word), neither is a tech term, code keyword or software name."""
    pieces = slug.split("-")
    if len(pieces) != 3 or pieces[1] not in _SLUG_JOINS:
        return False
    names = (pieces[0], pieces[2])
    technical = term_list("tech_terms") | term_list("code_keywords")
    if any(len(name) < 3 or name in technical or name in stop_words() or is_software_name(name) for name in names):
        return False
    return min(english_zipf(name) for name in names) < _NAME_PIECE_ZIPF
