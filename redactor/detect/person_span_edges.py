"""The edges of a PERSON span in any line (round 20, precision20).

spaCy's English model and the rules that widen a name read the words beside it as part of it: a greeting before
("Hola Lucía", "Hej Erik", "Bonjour Amélie"), a Turkish title after ("Ayşe Hanım"), a verb and its object after
("Astrid Lindqvist skickar protokollet"). Once every rule has read the chunk, a word at either edge of a span of
several words is cut when its form says it is no name: a greeting (person_cues term list), a title written after a
name, or a lower-case word (a particle before a capitalised word stays: "de Vries"). The word left last is never cut,
nor a span written all in lower case. Tried and dropped: cutting titles before a name and frequent words of the
line's language at either edge leaked 6-10 more spans on blind18 (first names of no list, annotations with titles).
"""
from __future__ import annotations

import re

from redactor.detect.street_words import has_street_word
from redactor.detect.term_lists import person_cues

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = ",.;:!?¡¿()\"'’“”«»"
# Particles that open a surname ("de Vries", "van Dijk", "da Silva"): lower case, yet part of the name before it.
_PARTICLES = frozenset("de del della di da do dos das du des la le van von der den ter ten bin al el".split())
# Titles written after a name ("Ayşe Hanım", "Emre Bey").
_TITLES_AFTER = frozenset({"hanım", "bey", "hanımefendi", "beyefendi", "hoca", "hocam"})


def person_span_edges(chunk: str, start: int, end: int) -> tuple[int, int]:
    """chunk[start:end], a PERSON, without the greetings, titles after it and lower-case words at its edges."""
    words = [(match.start() + start, match.end() + start) for match in _WORD.finditer(chunk[start:end])]
    if len(words) < 2 or not any(chunk[word_start].isupper() for word_start, _ in words):
        return start, end  # one word, or all lower case (a chat that writes no capitals): nothing to tell by
    if _reads_as_an_address(chunk[start:end]):
        # "ul. Długa 5", "via Roma 12 int. 4": a street the model took for a person. Its words are an address's
        # (lower-case street and unit words, "12a"), and address_runs joins it to its tail by its own edges.
        return start, end
    # The end first: "Ayşe Hanım" is a first name before a title, whatever the start would make of it.
    while len(words) > 1 and _not_closing_a_name(_bare(chunk, *words[-1])):
        words.pop()
    while len(words) > 1 and _not_opening_a_name(_bare(chunk, *words[0]), _bare(chunk, *words[1])):
        words.pop(0)
    first_start = words[0][0]
    while first_start < words[-1][1] and chunk[first_start] in _EDGE_PUNCTUATION:
        first_start += 1
    last_end = words[-1][1]
    while last_end > first_start and chunk[last_end - 1] in _EDGE_PUNCTUATION:
        last_end -= 1
    return (first_start, last_end) if last_end > first_start else (start, end)


def _reads_as_an_address(value: str) -> bool:
    return any(char.isdigit() for char in value) or has_street_word(value)


def _bare(chunk: str, start: int, end: int) -> str:
    return chunk[start:end].strip(_EDGE_PUNCTUATION)


def _not_opening_a_name(word: str, next_word: str) -> bool:
    if not word:
        return True
    folded = word.casefold()
    if folded in _PARTICLES and next_word[:1].isupper():
        return False  # "de Vries", "Van Dijk", "Da Silva"
    if word.islower():
        return True
    if folded in person_cues().greetings:
        return True
    return False


def _not_closing_a_name(word: str) -> bool:
    if not word:
        return True
    folded = word.casefold()
    if word.islower() or folded in _TITLES_AFTER:
        return True
    return False


