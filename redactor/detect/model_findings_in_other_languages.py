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
included) and decides with facts of structure and of maintained lists, not cue words:

- the surrounding text is of language L: most of its words (`_LEAST_SHARE`) are common words of L (wordfreq, Zipf 3:
  once in a million words) and clearly fewer are English ones. Names, codes and numbers are common in no language and
  do not vote. English text never gets here, so the model's findings in English are untouched;
- every word of the finding names no one in L: a function word of L (spaCy's stop words of L: "tu", "les", "se",
  "anda", "ты", "οι"; a capitalised one that is also a first name only where a capital says nothing, at a sentence's
  start: "Sara" inside a sentence stays), or, in a Latin-script language whose people's names Faker lists, a word of
  L frequent enough (`_FREQUENT_ZIPF`; German nouns `_GERMAN_NOUN_ZIPF`, and German and Dutch compounds of common
  words that no name ends like) on no list of first names, surnames, places or L's own people. Other scripts and
  Vietnamese (whose name syllables are all common words) are read by function words only: wordfreq counts their
  names as words ("Петър", "राजू", "Tuấn"), and so are Turkish, Indonesian and Malay, whose given names are mostly
  ordinary words ("Umut", "Putri").

What keeps a name a name: an initial or an acronym ("J. P.", "DHL"); a title before or after it ("Frau Kunde"); a
label's colon before it ("Prénom : ...", the value of a record's field); a legal form beside it; a digit (unless a
person's or a group's, which no name holds). Organisations keep the care `language_common_words` learned: one named
with common words ("Banco Nacional", "Stadtwerke", "Physiotherapie am Stadtpark") stays, so an organisation goes only
when its capitalised words are function words ("Nee", "Сколько") or it is a phrase opening a sentence ("Sei un
assistente per ..."). Only the model's own findings (`detector == "ner"`) are read: the structural rules' stay.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.language_common_words import calendar_words, is_unnamed_compound, names_of_language
from redactor.detect.person_span_edges import greeting_phrases
from redactor.detect.person_titles import is_title
from redactor.detect.place_names import is_place_name
from redactor.detect.slot_names import english_slot
from redactor.detect.term_lists import first_names, stop_words_of, surnames, world_first_names, world_surnames
from redactor.detect.word_frequencies import zipf_frequency
from redactor.detect.word_windows import window_counts

_NAMED_KINDS = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
_MODEL_DETECTOR = "ner"
# Languages whose words wordfreq lists and whose text separates words by spaces (Chinese, Japanese and Thai do not),
# by script (`_SCRIPT_LANGUAGES` below): a word is looked up in its own script's languages only.
_COMMON_ZIPF = 3.0
# A word of a language that does not capitalise its nouns must be this frequent to be read as no name (see
# `_names_no_one`).
_FREQUENT_ZIPF = 4.3
# ... and a German noun this frequent (its names are listed, but names of other countries' people are not: "Özdemir"
# 3.4 in German text).
_GERMAN_NOUN_ZIPF = 3.5
# Languages of the Latin script (with their letters' case): a word's frequency can tell a noun from a name only where
# a list of the language's own people's names (Faker's locales) takes the names out first.
_LATIN_LANGUAGES = frozenset({"es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr", "da", "nb", "fi", "cs", "sk", "sl",
                              "hu", "ro", "ca", "id", "ms", "lt", "lv"})
# (Not Vietnamese: its words are syllables, and every syllable of a name is a common word: "Tuấn", "Hùng".)
# Languages whose given names are mostly ordinary words ("Umut" hope, "Sevgi" love, "Putri" princess, "Indah"
# beautiful): read by function words only.
_NAMES_ARE_WORDS = frozenset({"tr", "id", "ms"})
# An organisation's word must be this much more frequent in the language than in English: brands ("Spotify",
# "Volvo") are as common in English text as in the text of their country.
_OVER_ENGLISH_ZIPF = 0.5
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
# Where a capital says nothing: a line's start (after a list mark), after a sentence's end or a colon, after a quote.
_NUMBER_NEAR = re.compile(r"[ \t,]*(?:n[.º°]*[ \t]*)?\d+[ \t,]*\Z|[ \t,]+(?:n[.º°]*[ \t]*)?\d")
_VALUE_AFTER_LABEL = re.compile(r"[^\W\d_][ \t]?:[ \t]*\Z")
# Who is addressed: a greeting word, then the name, then a comma, "!" or the line's end ("Ciao Fra,", "Hej Sol!").
_GREETING_BEFORE = re.compile(r"(?:^|[\s,.!?])([^\W\d_]+)[ \t]+\Z", re.MULTILINE)
_VOCATIVE_END = re.compile(r"[ \t]*(?:[,!:]|$)", re.MULTILINE)
# A message's last word after a sentence's end, and what may follow it.
_SENTENCE_BEFORE = re.compile(r"[.!?…][ \t]*\n?[ \t]*\Z")
_SIGN_OFF_TAIL = " \t\n.!-–—~"
# What joins two words of one name: a blank, or a comma and a blank ("Krüger, Finn").
_NAME_JOINT = re.compile(r",?[ \t]{1,2}")
_OPENING = re.compile(r"(?:^|[.!?…:;][ \t]+)[ \t]*(?:[-*•>#]+[ \t]*)?[«\"'„“(]?[¿¡]?\Z", re.MULTILINE)


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
    opens = bool(_OPENING.search(text, max(0, start - 12), start) or start == 0)
    capitalised = [index for index, word in enumerate(words) if word[0].isupper()]
    if kind == "ORGANIZATION" and not (
            all(words[index].lower() in stop_words_of(language) for index in capitalised)
            or (capitalised == [0] and opens and _has_function_word(words, language))):
        # "Banco Nacional", "Stadtwerke", "Physiotherapie am Stadtpark": organisations are named with common words;
        # only function words ("Nee", "Сколько") or a sentence that opens a phrase ("Sei un assistente per ...")
        return False
    if sum(words[index].lower() not in stop_words_of(language) for index in capitalised) >= 2:
        # "Agencia Tributaria", "Caja Rural", "Calle Mayor": two capitalised words that are no function words name an
        # organisation, a street or a person whatever kind the model gave them
        return False
    if _NUMBER_NEAR.search(text, max(0, start - 12), start) or _NUMBER_NEAR.match(text, end):
        return False  # "Travessa 12", "Plaza 9", "n.º 4 Ribeira": an address's or a record's part
    after = _WORD.findall(text, end, min(len(text), end + 40))[:3]
    if any(word.lower() in _LEGAL_FORMS for word in (*words, *after)):
        return False
    before = text[max(0, start - 20):start].split()
    if (before and is_title(before[-1])) or (after and text[end:end + 1] == " " and is_title(after[0])):
        return False  # "Frau Kunde", "Sr. Blanco", "Sevgi Hanım": a title says a name stands beside it
    if _VALUE_AFTER_LABEL.search(text, max(0, start - 40), start):
        return False  # "Prénom : Grâce", "Kunde: Weber": a label's value is what the record holds, whatever its word
    if kind == "PERSON" and len(words) == 1 and (_addressed(text, start, end) or _signs_off(text, start, end)):
        return False  # "Ciao Fra, ...", "... se vuoi passare. Vale": the one word a greeting addresses or a message
        # ends with is who is spoken to or who speaks, whatever else the word means in the language (round 34)
    return all(_names_no_one(word, language, kind == "ORGANIZATION", index == 0 and opens)
               for index, word in enumerate(words))


def without_findings_naming_no_one(text: str, spans: list) -> list:
    """`spans` less the model's findings `names_no_one_in_its_language` rejects, except one joined to a kept PERSON by
    a comma or blank alone: "Krüger, Finn" in a CSV row is one name written surname first, and a common word of the
    language ("Krüger", Zipf 3.8 in German) beside a given name is its surname (round 34: blind15 lost it in round 33).
    """
    rejected = [names_no_one_in_its_language(text, span.start, span.end, span.kind, span.detector) for span in spans]
    if not any(rejected):
        return spans
    people = [(span.start, span.end) for span, out in zip(spans, rejected) if not out and span.kind == "PERSON"]
    return [span for span, out in zip(spans, rejected)
            if not out or (span.kind == "PERSON" and _beside_a_name(text, span.start, span.end, people))]


def _beside_a_name(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    value = text[start:end]
    if not value[:1].isupper() or len(value.split()) != 1:
        return False
    for other_start, other_end in people:
        gap = text[end:other_start] if other_start >= end else text[other_end:start] if other_end <= start else None
        if gap is not None and _NAME_JOINT.fullmatch(gap):
            return True
    return False


def _addressed(text: str, start: int, end: int) -> bool:
    """A greeting right before the word (`Ciao`, `Hallo`, `Hej`) and a comma, `!` or the line's end right after it."""
    if not _VOCATIVE_END.match(text, end):
        return False
    before = _GREETING_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).casefold() in greeting_phrases()


def _signs_off(text: str, start: int, end: int) -> bool:
    """The word ends the text, alone after a sentence's end: a message signed with a name (`... passare. Vale`)."""
    if text[end:].strip(_SIGN_OFF_TAIL):
        return False
    if not _SENTENCE_BEFORE.search(text, max(0, start - 8), start):
        return False
    word = _WORD.findall(text, start, end)[0].casefold()
    return word not in greeting_phrases() and english_slot(word) != "thanks"  # "... dopo. Grazie" signs for no one


def _has_function_word(words: list[str], language: str) -> bool:
    return any(word.islower() and word in stop_words_of(language) for word in words)


@functools.lru_cache(maxsize=16384)
def _names_no_one(word: str, language: str, organisation: bool, opens_sentence: bool) -> bool:
    folded = word.lower()
    if word.isupper():
        return False  # an initial ("J. P.") or an acronym ("DHL", "PLN"), not a word of the language
    if _listed_anywhere(folded, language) and not (word[0].isupper() and opens_sentence):
        # "Sara" inside a sentence, "Kim" or "Dua" written in lower case, "علي" in a script without capitals: a name
        # of a list, though the language's stop list holds it; only a capital where a sentence opens says "word"
        return False
    if folded in stop_words_of(language):
        return True  # "Tu", "Les", "Se", "Anda", "Ты": a function word of the language (spaCy's list), whatever
        # name list also holds it
    if language not in _LATIN_LANGUAGES or language in _NAMES_ARE_WORDS or not names_of_language(language):
        # Other scripts, and languages whose people's names no list holds: wordfreq counts their names as words
        # ("Петър", "राजू", "Pasang" are as frequent as nouns), so only a function word tells
        return False
    zipf = zipf_frequency(folded, language)
    english = zipf_frequency(folded, "en")
    if organisation and zipf < english + _OVER_ENGLISH_ZIPF:
        return False  # "Spotify", "Volvo", "Microsoft": a brand is as common in English text as in any other
    if folded in names_of_language(language):
        return folded in calendar_words(language)
    if folded in first_names() or folded in world_first_names() or is_place_name(folded):
        return False  # "Mark", "Paris": a first name or a place is one in any language
    if language in _NOUN_CAPITALISING:
        # Every German noun is capitalised and the world lists hold thousands of them as surnames ("Kunde", "Raum");
        # only the names German people bear (Faker's German locales, read above) tell a name from a noun.
        if zipf < _GERMAN_NOUN_ZIPF:
            return zipf < _COMMON_ZIPF and is_unnamed_compound(folded)
        return zipf >= _FREQUENT_ZIPF or not (folded in surnames() or folded in world_surnames())
    if zipf < _FREQUENT_ZIPF:
        # Names no list holds are common words in wordfreq's counts up to about here ("Demirtaş" 4.2, "Bezerra"
        # 3.8, "Małgosia" 3.2): a word of another language must be more frequent than a name gets to be
        return language in _COMPOUNDING and is_unnamed_compound(folded)
    return not (folded in surnames() or folded in world_surnames()) or folded in calendar_words(language)


def _listed_anywhere(folded: str, language: str) -> bool:
    return (folded in first_names() or folded in world_first_names() or folded in surnames()
            or folded in world_surnames() or folded in names_of_language(language))


def _language_around(text: str, start: int, end: int) -> str | None:
    low, high = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    # text_language's first answer, None for too few words or mostly English ones, read from the text's word counts
    # (word_windows.py): every finding of a text has its own window, and most windows are English.
    words, english = window_counts(text, low, high, _WORD, (_english_word,))
    if words < _LEAST_WORDS or english >= 0.7 * words:
        return None
    return text_language(text[low:high])


@functools.lru_cache(maxsize=65536)
def _english_word(word: str) -> bool:
    """Whether text_language counts `word` as English (a common English word)."""
    return zipf_frequency(word.lower(), "en") >= _COMMON_ZIPF


@functools.lru_cache(maxsize=4096)
def text_language(text: str) -> str | None:
    """The language of `_SCRIPT_LANGUAGES` most of the text's words are common words of, or None (English, too few words,
    mixed). Words common in no language (names, codes) do not vote."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < _LEAST_WORDS:
        return None
    english = [zipf_frequency(word, "en") >= _COMMON_ZIPF for word in words]
    if sum(english) >= 0.7 * len(words):
        return None  # English: most traffic stops here
    counts: dict[str, int] = {}
    for word in words:
        for language in _common_in(word):
            counts[language] = counts.get(language, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    best_count = counts[best]
    voters = sum(1 for word, in_english in zip(words, english) if in_english or best in _common_in(word))
    if voters < _LEAST_WORDS or best_count < _LEAST_SHARE * voters:
        return None
    if best_count < sum(english) + _OVER_ENGLISH * voters:
        return None
    return best


@functools.lru_cache(maxsize=65536)
def _common_in(word: str) -> tuple[str, ...]:
    """The languages of the word's script in which it is a common word (one wordfreq lookup each, cached a word)."""
    return tuple(language for language in _SCRIPT_LANGUAGES.get(_script(word[0]), _LATIN_SCRIPT)
                 if zipf_frequency(word, language) >= _COMMON_ZIPF)


def _script(letter: str) -> str:
    point = ord(letter)
    for low, high, script in _SCRIPT_RANGES:
        if low <= point <= high:
            return script
    return "latin"


_SCRIPT_RANGES = ((0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"), (0x0400, 0x04FF, "cyrillic"),
                  (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"), (0x0900, 0x097F, "devanagari"),
                  (0x0980, 0x09FF, "bengali"))
_LATIN_SCRIPT = ("es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr", "da", "nb", "fi", "cs", "sk", "sl", "hu", "ro",
                 "ca", "id", "ms", "vi", "lt", "lv")
_SCRIPT_LANGUAGES = {"latin": _LATIN_SCRIPT, "cyrillic": ("ru", "uk", "bg", "mk"), "greek": ("el",),
                     "hebrew": ("he",), "arabic": ("ar", "fa", "ur"), "devanagari": ("hi",), "bengali": ("bn",)}
