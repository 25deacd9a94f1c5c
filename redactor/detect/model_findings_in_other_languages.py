"""The English model's names in text written in another language: a finding made of that language's common words names
no one (round 33, precision33).

The NER model is English (`en_core_web_sm`). In a German, Spanish, Indonesian or Russian text it takes capitalised
nouns, sentence openers and headings for people, places and organisations: "Der Notenschnitt", "Teilkasko",
"Tu es un assistant", "Bagaimana cara", "Ты помощник", "Offene Frage: Export der Anhänge". On the blind9..30 negatives
such texts are 18% of the tokens and 28% of the over-redaction. `language_common_words` reads a finding's own *line*
in nine Latin-script languages and keeps any run of two capitalised words; a short line ("Zusammenfassung, bitte"),
a table row, a language outside the nine, a German run of nouns or a function word on some country's name list ("Tu",
"Les", "Se") passes it.

This module reads the *text around* the finding (up to `_WINDOW` characters each side, the lines of a note or a table
included) in every space-separated language wordfreq lists, and decides with two facts of structure, not cue words:

- the surrounding text is of language L: most of its words (`_LEAST_SHARE`) are common words of L (Zipf 3, once in a
  million words) and clearly fewer are English ones. Names, codes and numbers are common in no language and do not
  vote. English text never gets here, so the model's findings in English are untouched;
- every word of the finding is a common word of L (or, in German and Dutch, a compound of common words that no name
  ends like) and none is a name: not a first name or surname of any list, not a place, not a name of L's own people
  (Faker's locales of L), not a weekday-free surname... with one exception: a word so frequent in L (`_FUNCTION_ZIPF`,
  "tu", "les", "se", "una", "ты") is a function word of L even where a name list holds it ("Les", "Tu").

Organisations keep the care `language_common_words` learned: one named with two capitalised common words ("Banco
Nacional", "Grüne Wiese Bau") is an organisation's name in any language, and a finding beside a legal form
("... GmbH") or a title ("Frau Kunde") stays. A finding with a digit ("Raum H 0.12") is a part of a record the address
and id rules read, and stays unless it is a person's or group's (no name holds a number). The decision lowers nothing
the structural rules found: only the model's own findings (`detector == "ner"`) are read.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.language_common_words import calendar_words, is_unnamed_compound, names_of_language
from redactor.detect.person_titles import is_title
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import first_names, stop_words_of, surnames, world_first_names, world_surnames
from redactor.detect.word_frequencies import zipf_frequency

_NAMED_KINDS = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
_MODEL_DETECTOR = "ner"
# Languages whose words wordfreq lists and whose text separates words by spaces (Chinese, Japanese and Thai do not).
_LANGUAGES = ("es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr", "da", "nb", "fi", "cs", "sk", "sl", "hu", "ro",
              "ca", "id", "ms", "vi", "lt", "lv", "ru", "uk", "bg", "mk", "el", "ar", "fa", "he", "hi", "bn", "ur")
_COMMON_ZIPF = 3.0
# An organisation's word must be this much more frequent in the language than in English: brands ("Spotify",
# "Volvo") are as common in English text as in the text of their country.
_OVER_ENGLISH_ZIPF = 0.5
# A word this frequent in its language is one of its function words (articles, pronouns, conjunctions, question
# words: "les" 6.3, "tu" 5.6, "se" 6.6 in their languages), whatever name list also holds it. Names as frequent as
# this in a language are rare ("luz" 4.9, "rosa" 4.4, "maria" 4.6 in Spanish or Portuguese).
_FUNCTION_ZIPF = 5.0
# The text around a finding that decides its language: a note's lines and a table's rows, not the whole document.
_WINDOW = 400
_LEAST_WORDS = 4
_LEAST_SHARE = 0.6
# The language must beat English by this much: English text with a few loan words stays English.
_OVER_ENGLISH = 0.15
# German and Dutch join nouns into one word; a compound of common words is a noun there ("Teilkasko").
_COMPOUNDING = frozenset({"de", "nl"})
# German capitalises every noun: a run of capitalised common nouns is no organisation's name by its case alone.
_NOUN_CAPITALISING = frozenset({"de"})
_LEGAL_FORMS = frozenset({"gmbh", "ag", "kg", "ohg", "ug", "se", "bv", "nv", "vof", "sa", "sas", "sarl", "srl", "spa",
                          "sl", "slu", "lda", "ltda", "sp", "ab", "oy", "oyj", "aps", "as", "asa", "inc", "ltd", "llc",
                          "plc", "co", "corp", "pt", "tbk", "jsc", "ooo", "zao", "oao", "kft", "zrt", "sro"})
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u064b-\u065f'’])*")
_DIGIT = re.compile(r"\d")


def names_no_one_in_its_language(text: str, start: int, end: int, kind: str, detector: str) -> bool:
    """Whether text[start:end], a finding of the model, is only common words of the language the text around it is
    written in, on no name list (see the module docstring)."""
    if detector != _MODEL_DETECTOR or kind not in _NAMED_KINDS:
        return False
    value = text[start:end]
    words = _WORD.findall(value)
    if not words:
        return False
    if _DIGIT.search(value) and kind not in ("PERSON", "NRP"):
        return False
    language = _language_around(text, start, end)
    if language is None:
        return False
    capitalised = sum(word[0].isupper() for word in words)
    if kind == "ORGANIZATION" and capitalised >= 2 and language not in _NOUN_CAPITALISING:
        return False  # "Banco Nacional": organisations are named with common words
    if kind == "ORGANIZATION" and capitalised >= 2 and not _has_function_word(words, language):
        return False  # "Grüne Wiese Bau": a German organisation of nouns only; "Bericht des Vorstands" is a phrase
    after = _WORD.findall(text, end, min(len(text), end + 40))[:3]
    if any(word.lower() in _LEGAL_FORMS for word in (*words, *after)):
        return False
    before = text[max(0, start - 20):start].split()
    if before and is_title(before[-1]):
        return False  # "Frau Kunde", "Sr. Blanco": a title says a name follows
    return all(_names_no_one(word, language, kind == "ORGANIZATION") for word in words)


def _has_function_word(words: list[str], language: str) -> bool:
    return any(word.islower() and zipf_frequency(word, language) >= _FUNCTION_ZIPF - 0.5 for word in words)


@functools.lru_cache(maxsize=16384)
def _names_no_one(word: str, language: str, organisation: bool) -> bool:
    folded = word.lower()
    if folded in stop_words_of(language):
        return True  # "Tu", "Les", "Se", "Anda", "Ты": a function word of the language (spaCy's list), whatever
        # name list also holds it
    zipf = zipf_frequency(folded, language)
    english = zipf_frequency(folded, "en")
    if organisation and zipf < english + _OVER_ENGLISH_ZIPF:
        return False  # "Spotify", "Volvo", "Microsoft": a brand is as common in English text as in any other
    listed = folded in first_names() or folded in world_first_names() or is_place_name(folded)
    if zipf >= _FUNCTION_ZIPF and zipf > english and not listed:
        return True  # "Nee", "Bir": as frequent as a language's function words, and no first name or place
    if folded in names_of_language(language):
        return folded in calendar_words(language)
    if zipf < _COMMON_ZIPF:
        return language in _COMPOUNDING and is_unnamed_compound(folded)
    if folded in first_names() or is_place_name(folded):
        return False  # "Mark", "Paris": a census first name or a place is one in any language
    if language in _NOUN_CAPITALISING:
        # Every German noun is capitalised and the world lists hold thousands of them as surnames ("Kunde", "Raum");
        # only the names German people bear (Faker's German locales, read above) tell a name from a noun.
        return folded not in world_first_names()
    return not (folded in world_first_names() or folded in surnames() or folded in world_surnames()) or (
        folded in calendar_words(language))


def _language_around(text: str, start: int, end: int) -> str | None:
    return text_language(text[max(0, start - _WINDOW):min(len(text), end + _WINDOW)])


@functools.lru_cache(maxsize=4096)
def text_language(text: str) -> str | None:
    """The language of `_LANGUAGES` most of the text's words are common words of, or None (English, too few words,
    mixed). Words common in no language (names, codes) do not vote."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < _LEAST_WORDS:
        return None
    english = [zipf_frequency(word, "en") >= _COMMON_ZIPF for word in words]
    if sum(english) >= 0.7 * len(words):
        return None  # English: most traffic stops here
    best, best_count = None, 0
    for language in _LANGUAGES:
        count = sum(zipf_frequency(word, language) >= _COMMON_ZIPF for word in words)
        if count > best_count:
            best, best_count = language, count
    if best is None:
        return None
    voters = sum(1 for word, in_english in zip(words, english)
                 if in_english or zipf_frequency(word, best) >= _COMMON_ZIPF)
    if voters < _LEAST_WORDS or best_count < _LEAST_SHARE * voters:
        return None
    if best_count < sum(english) + _OVER_ENGLISH * voters:
        return None
    return best
