"""An organisation's name written as one identifier: `brightwave-logistics`, `corvid_biosciences`, `HaldenSystems` (round 21).

Configuration, code, URLs and data name clients, suppliers and tenants in slugs, keys, folders and constants, in
lower case and without a sentence around them: `tenant: brightwave-logistics`, `github.com/quillfeather-analytics/etl`,
`class HaldenSystemsClient`, `CLIENT=CORVID_BIOSCIENCES`. NER and the capitalisation rules see no name there, and
the engine's propagation only finds such forms of a name the request also writes in words (organisation_parts.py).
The property is the name's own make-up, which survives the joining: a word that names it (no common English word,
tech term, code keyword or public software name, four letters or more) followed by an organisation's head noun or
legal form (`org_head_nouns.txt`, `org_suffixes.txt`: "logistics", "dental", "labs", "gmbh", "inc"), the pieces
joined by "-", "_" or a change of letter case. Further pieces after the head noun (`-prod`, `Client`, `_API_KEY`)
are the identifier's own and stay.

"Data Systems" and "user-group", "PodSecurity", "GoogleAnalytics", "redis-labs" have no such word and stay. Doubtful
ORGANIZATION (0.55): the wire redacts it, an audit does not report it. Cost: the head nouns and legal forms are found
by the shared keyword scan; each hit costs one bounded look at the identifier around it.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.name_parts import is_software_name
from redactor.detect.org_slugs_in_sentences import slug_in_sentence
from redactor.detect.organisation_parts import no_common_word
from redactor.detect.term_lists import stop_words, term_list

_MIN_LETTERS = 4
# Legal forms of two letters ("co", "sa", "ag") are code words and file endings too: only the longer ones count.
_MIN_FORM_LETTERS = 3
# Pieces of the name before its head noun: "brightwave-logistics", "lake-view-dental", "st-marys-health-trust".
_MAX_NAME_PIECES = 3
_IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")


@functools.lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    """The lower-case head nouns and legal forms a joined name ends in (needles of the keyword scan)."""
    forms = (form for form in term_list("org_suffixes") if len(form) >= _MIN_FORM_LETTERS and form.isalpha())
    return tuple(sorted(set(term_list("org_head_nouns")) | set(forms)))


def _names_it(piece: str) -> bool:
    return (len(piece) >= _MIN_LETTERS and piece.isalpha() and piece.casefold() not in stop_words()
            and no_common_word(piece) and not is_software_name(piece))


def joined_organisation_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of names joined into one identifier (see module doc)."""
    heads = _head_words()
    lowered = lowered_same_length(text)
    last_end = -1
    for position in keyword_positions(lowered, heads):
        if position < last_end or not position or not (text[position - 1] in "-_" or text[position - 1].islower()
                                                       and text[position].isupper()):
            continue  # the head noun must be a piece after another one: "-logistics", "_BIOSCIENCES", "Systems"
        identifier = _identifier_around(text, position)
        if identifier is None:
            continue
        start, end = identifier
        pieces = [(match.start() + start, match.end() + start) for match in _pieces(text[start:end])]
        head = next((index for index, (piece_start, _) in enumerate(pieces) if piece_start == position), None)
        if head is None or pieces[head][1] - pieces[head][0] != _head_length(lowered, position, pieces[head][1]):
            continue  # the head noun is only the start of a piece ("Labsworth")
        name = pieces[max(0, head - _MAX_NAME_PIECES):head]
        if head > _MAX_NAME_PIECES or not name:
            continue  # a head noun far into a long identifier
        if not any(_names_it(text[a:b]) for a, b in name) and not (
                head == len(pieces) - 1 and slug_in_sentence(text, start, end)):
            continue  # common words only ("data-systems"), unless a sentence names it: org_slugs_in_sentences.py
        if any(not text[a:b].isalpha() for a, b in name):
            continue  # a version, a number or a hash before it: no name
        last_end = pieces[head][1]
        yield Span(start, pieces[head][1], "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def _head_length(lowered: str, position: int, piece_end: int) -> int:
    """Length of the head word at `position` that ends exactly at its piece's end (0 when none does)."""
    word = lowered[position:piece_end]
    return len(word) if word in _head_words() else 0


def _identifier_around(text: str, position: int) -> tuple[int, int] | None:
    """The bounds of the identifier holding `position`, glued to no letter of a longer word."""
    start = position
    while start > 0 and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "-_")):
        start -= 1
    end = position
    while end < len(text) and text[end].isascii() and (text[end].isalnum() or text[end] in "-_"):
        end += 1
    while start < position and text[start] in "-_":
        start += 1
    while end > position and text[end - 1] in "-_":
        end -= 1
    match = _IDENTIFIER.fullmatch(text, start, end)
    if match is None or (start and text[start - 1].isalpha()):
        return None
    return start, end


def _pieces(identifier: str) -> Iterator[re.Match]:
    """The pieces of a snake, kebab, camel or Pascal case identifier, with their offsets."""
    return re.finditer(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", identifier)
