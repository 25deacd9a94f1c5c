"""Titles at the start of a PERSON span (round 22, precision22).

The model and the rules that widen a name take the title before it into the span: "Mr. Okonkwo", "Herrn Brüggemann",
"Mme Lefèvre-Duplessis", "Sra. Villalobos". The annotation convention (and the reader of the redacted text) keeps the
title outside: it names no one, and "Herr [[PERSON_1]]" tells the model how to address the person. A span is cut
after its leading titles when a capitalised word follows them; a span of titles only ("Frau", "La Sra") is no person
and scores below the wire. One-letter titles ("M." is an initial too) and "St." (a part of "St. John") are never cut.
"""
from __future__ import annotations

import re

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.name_runs import is_honorific

# Declined and spelled-out titles name_runs' list does not hold ("an Herrn Weber", "Monsieur Dubois").
_MORE_TITLES = frozenset("herrn monsieur madame mademoiselle señor señora señorita signor signora sig dhr mevr dra"
                         " pani pan sayın".split())
# Titles that are also an initial or part of a name: never cut.
_NOT_CUT = frozenset({"m", "st"})
# An article before a title alone ("La Sra", "Der Herr"): still no one.
_ARTICLES = frozenset("la el le der die den the".split())
_WORD = re.compile(r"\S+")
_BELOW_WIRE_SCORE = WIRE_MIN_SCORE - 0.05


def is_title(word: str) -> bool:
    """Whether `word` ("Mrs.", "Herrn", "Sra.") is a title written before a name, and never an initial."""
    folded = word.rstrip(".").casefold()
    return folded not in _NOT_CUT and (is_honorific(folded) or folded in _MORE_TITLES)


def without_leading_titles(text: str, start: int, end: int) -> int:
    """The start of text[start:end], a PERSON, after the titles that open it when a capitalised word follows them."""
    words = list(_WORD.finditer(text, start, end))
    cut = 0
    while cut < len(words) - 1 and is_title(words[cut].group()) and words[cut + 1].group()[:1].isupper():
        cut += 1
    return words[cut].start() if cut else start


def titles_only_score(value: str, score: float) -> float:
    """Below the wire when `value`, a PERSON, is titles alone, an article before them allowed ("Frau", "La Sra.")."""
    words = value.split()
    if words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    if words and all(is_title(word) for word in words):
        return min(score, _BELOW_WIRE_SCORE)
    return score
