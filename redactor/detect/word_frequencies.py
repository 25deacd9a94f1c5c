"""How often a language uses a word: wordfreq's Zipf scale, with a word no list holds ruled out by one lookup.

`wordfreq.zipf_frequency` normalises and tokenises every word it is asked about (Unicode normalisation, case
folding, a regex tokenizer, quote fixing: ~20 us a word) before it looks the tokens up, and caches the answer. A
known word is asked again and again and hits that cache; a word seen for the first time (a coined name, a login, a
value) misses it, and the login and organisation finders ask about every such word in up to ten languages: on text
whose words are new, that tokenising was a quarter of the regex path's CPU.

For the Latin-script languages of `_TOKENISED_AS_WRITTEN`, a word of small ASCII letters only is one token equal to
itself (nothing to fold, normalise, split or transliterate), so a word absent from the language's frequency list
has wordfreq's answer for an unknown word, 0, and a listed one the Zipf value of its listed frequency, computed with
wordfreq's own arithmetic (one value per frequency band, cached). Both are answered here by one dict lookup; every
other word (capitals, digits, other scripts, other languages) is asked of wordfreq. The answers are the same float
(tests/test_word_frequencies.py compares them with wordfreq's on listed and made-up words of every language here).
"""
from __future__ import annotations

import functools
import math

from wordfreq import get_frequency_dict
from wordfreq import zipf_frequency as _wordfreq_zipf

# Languages whose wordfreq tokenizer is the regex one with no transliteration or script-specific folding (checked in
# tests/test_word_frequencies.py against wordfreq itself on random and listed words).
_TOKENISED_AS_WRITTEN = frozenset(("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr"))
_words_of_language: dict[str, dict[str, float]] = {}
_UNKNOWN_WORD_ZIPF = 0.0  # zipf_frequency's answer for a word no list holds (its default minimum)
_LEAST_FREQUENCY = 10 ** 0.0 / 1e9  # that minimum as a frequency (wordfreq.zipf_to_freq(0.0))


def zipf_frequency(word: str, language: str) -> float:
    """`wordfreq.zipf_frequency(word, language)`: how often `language` uses `word` (3 is once per million words)."""
    if language in _TOKENISED_AS_WRITTEN and word.isascii() and word.isalpha() and word.islower():
        frequency = _frequencies_of(language).get(word)
        if frequency is None:
            return _UNKNOWN_WORD_ZIPF
        return _zipf_of_one_token(frequency)
    return _wordfreq_zipf(word, language)


def frequent_in_any(word: str, languages: tuple[str, ...], zipf: float) -> bool:
    """`any(zipf_frequency(word, language) >= zipf for language in languages)`, the word's form tested once.

    The login and organisation finders ask this of every new word in seven to nine languages, and most words are in
    none of them: one form test and a dict lookup per language, no call per language.
    """
    frequency_lists = _frequency_lists(languages)
    if frequency_lists is not None and word.isascii() and word.isalpha() and word.islower():
        if _UNKNOWN_WORD_ZIPF >= zipf:
            return bool(languages)  # an unknown word is that frequent too: the first language says yes
        if zipf >= _MERGED_FLOOR_ZIPF and len(languages) > 1 and _highest_zipf().get(word, _UNKNOWN_WORD_ZIPF) < zipf:
            return False  # (no language reads the word this often: a new word's one lookup)
        for words in frequency_lists:
            frequency = words.get(word)
            if frequency is not None and _zipf_of_one_token(frequency) >= zipf:
                return True
        return False
    return any(zipf_frequency(word, language) >= zipf for language in languages)


# A new word is absent from every list, and each list is a dict of 60,000 to 630,000 words: seven to ten lookups that
# miss the processor's caches (~1.5 us each under load) were a quarter of what one new capitalised word cost. The words
# that reach this floor in one of the languages are ~500,000: one dict of their highest Zipf in any language rules a
# word out for every set of languages and threshold at or above the floor with one lookup (~1 s and ~17 MB, built by
# the first such question, which warm_up asks). wordfreq's lists are in descending frequency order, so each is read
# only down to the floor.
_MERGED_FLOOR_ZIPF = 2.5


@functools.lru_cache(maxsize=1)
def _highest_zipf() -> dict[str, float]:
    """Each word whose Zipf reaches `_MERGED_FLOOR_ZIPF` in a language of `_TOKENISED_AS_WRITTEN`, with its highest."""
    highest: dict[str, float] = {}
    for language in sorted(_TOKENISED_AS_WRITTEN):
        band, zipf = None, _UNKNOWN_WORD_ZIPF
        for word, frequency in _frequencies_of(language).items():
            if frequency != band:  # (a band's words share one frequency: its Zipf computed once)
                band, zipf = frequency, _zipf_of_one_token(frequency)
                if zipf < _MERGED_FLOOR_ZIPF:
                    break  # (descending order: every word after it is rarer)
            if highest.get(word, _UNKNOWN_WORD_ZIPF) < zipf:
                highest[word] = zipf
    return highest


@functools.lru_cache(maxsize=16)
def _frequency_lists(languages: tuple[str, ...]) -> tuple[dict[str, float], ...] | None:
    """The frequency dicts of `languages`, or None if one of them is not tokenised as written."""
    if not all(language in _TOKENISED_AS_WRITTEN for language in languages):
        return None
    return tuple(_frequencies_of(language) for language in languages)


def _frequencies_of(language: str) -> dict[str, float]:
    words = _words_of_language.get(language)
    if words is None:
        # Positional and with the list's name, as wordfreq asks for it: the same entry of its lru cache, so one
        # dict per language (~35 MB each) serves both (get_frequency_dict(language) built a second one).
        words = _words_of_language[language] = get_frequency_dict(language, "best")
    return words


@functools.lru_cache(maxsize=4096)
def _zipf_of_one_token(frequency: float) -> float:
    """wordfreq 3.1's arithmetic for a word that is one token of this frequency (`_word_frequency`, then
    `zipf_frequency` with its default minimum): the same float operations, so the same float."""
    frequency = max(1.0 / (1.0 / frequency), _LEAST_FREQUENCY)
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(frequency, 10) + 9, 2)


# The languages wordfreq lists for each script whose words are no Latin letters, by the script's first letters
# (a word is looked up whole: wordfreq would tokenise Chinese and Japanese with jieba and MeCab, not installed here,
# and a handle is one token anyway). Thai has no wordfreq list.
_SCRIPT_LANGUAGES = (
    ((0x0370, 0x03FF), ("el",)),  # Greek
    ((0x0400, 0x04FF), ("ru", "uk", "bg")),  # Cyrillic
    ((0x0590, 0x05FF), ("he",)),  # Hebrew
    ((0x0600, 0x06FF), ("ar", "fa", "ur")),  # Arabic
    ((0x0900, 0x097F), ("hi",)),  # Devanagari
    ((0x3040, 0x30FF), ("ja",)),  # Hiragana and Katakana
    ((0x3400, 0x9FFF), ("zh", "ja")),  # CJK ideographs
    ((0xAC00, 0xD7AF), ("ko",)),  # Hangul syllables
)


def listed_in_its_script(word: str, zipf: float) -> bool:
    """Whether a word of a non-Latin script is at least this frequent, whole, in a language of its first letter's
    script ("用户", "客服", "고객", "Клиент", "العميل": words; "小鱼儿2019", "하늘바람": no list holds them whole)."""
    first = next((char for char in word if char.isalpha()), "")
    for (low, high), languages in _SCRIPT_LANGUAGES:
        if low <= ord(first or "\0") <= high:
            folded = word.casefold()
            return any(_zipf_of_one_token(frequency) >= zipf for language in languages
                       if (frequency := _frequencies_of(language).get(folded)) is not None)
    return False
