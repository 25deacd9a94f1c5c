"""Function words of the Latin-script languages: a closed class no one is named by (round 38, over38).

Question words, pronouns, articles, conjunctions and prepositions ("hasta", "oder", "nebo", "Hvordan", "Mikä",
"Bagaimana") open and join sentences in every language; the name lists hold some of them (a "Hasta", an "Oder") and
a word finder that asks English alone takes a capitalised one opening a Danish or Finnish question for a coined name.
spaCy's stop-word lists of these languages (read from its files, as term_lists.stop_words_of does) are the
maintained list of that closed class.
"""
from __future__ import annotations

import functools

from redactor.detect.term_lists import stop_words_of

# The Latin-script languages spaCy ships stop words for (a language it lacks adds nothing).
LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "sk", "sl", "da", "nb", "fi", "ro",
                   "hu", "ca", "lt", "lv", "hr", "tr", "id", "ms")


# Languages whose given names are mostly ordinary words ("Mert", "Putri"): their function words are asked only where
# a name is no answer anyway.
NAMES_ARE_WORDS = frozenset({"tr", "id", "ms"})


@functools.lru_cache(maxsize=2)
def _function_words(with_names_are_words: bool) -> frozenset[str]:
    words: set[str] = set()
    for language in LATIN_LANGUAGES:
        if with_names_are_words or language not in NAMES_ARE_WORDS:
            words |= stop_words_of(language)
    return frozenset(words)


def is_function_word(word: str, *, names_are_words: bool = True) -> bool:
    """Whether `word` (any case) is a function word of one of `LATIN_LANGUAGES` (spaCy's stop words); with
    `names_are_words=False` Turkish, Indonesian and Malay are left out (a login or a person's name may be one)."""
    return word.casefold() in _function_words(names_are_words)
