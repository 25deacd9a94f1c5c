"""People's names after a title, in scripts no name list reads.

names_in_scripts.py finds a name by its words, which needs Faker's lists of that script; Faker has no person
provider for Malayalam, Punjabi, Kannada, Telugu, Amharic, Khmer, Lao or Burmese, and its Tamil, Arabic or Persian
lists miss most names people bear. A title, though, says "a person's name follows" whatever the name is: "அவரை
டாக்டர் <name> பார்த்தார்", "አቶ <given> <father's>", "ທ່ານ <name>". So here, in any script other than Latin
(whose titles the English model and person_titles.py read). The titles are honorifics and titles that are
nothing else; a profession noun that also stands before a field ("مهندس عمران", civil engineer) is not one.

- a title of redactor/data/script_titles.yaml standing as a word of its own (after the line's start, a blank or
  punctuation; Thai-like fused titles are names_in_scripts.py's), then one or two words of one non-Latin script
  after blanks only, are a PERSON (0.7);
- a word is letters and combining marks only (Indic vowel signs are marks), at most 15 characters in scripts
  written without spaces between words (Khmer, Lao, Burmese, Thai: a longer run is a phrase, not a name);
- the first word must not be one of the ~1,000 most frequent words of its script (where wordfreq knows the
  script's languages) unless Faker's lists of the script hold it (frequent words hold names: محمود), another
  title or "and" (the 8,000 most frequent words are no test: they hold மீனாட்சி and कविता); the second joins on
  the same test, and a third only if it is a listed name of its script ("ਜਗਦੀਪ ਸਿੰਘ ਬਰਾੜ" stops at two
  without lists: recall first takes two, a verb after a one-word name costs one word);
- Arabic's two-word name parts ("عبد الرحمن", "أبو بكر": a frequent word then the rest) join as one part;
- one letter of a preposition fused before the title is allowed in spaced scripts ("ከአቶ", "ከዶ/ር").

Punctuation, a digit, a Latin word or a line break ends the name. Runs with the other person finders of ner.py,
before people_beside_names.py reads the lists these names stand in. Cost: one regex search of the ~90 titles
over text that is not ASCII; nothing on ASCII text.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.names_in_scripts import is_common_word_of_its_script, is_listed_name_of_its_script
from redactor.detect.term_lists import script_titles

SCORE = 0.7
_MOST_DENSE_CHARACTERS = 15
# Scripts that write no space between words: a "word" between blanks there may be a phrase.
_DENSE_SCRIPTS = frozenset({"KHMER", "LAO", "MYANMAR", "THAI"})
# "And" in the spaced scripts (people_beside_names.py's list): it ends a name.
_AND_WORDS = frozenset("व और एवं आणि ও এবং மற்றும் మరియు અને ਅਤੇ ಮತ್ತು და և ու و اور እና ና".split())
# Arabic name parts written as two words, a frequent word first: "servant of" and "father of" ("عبد الله").
_ARABIC_NAME_HEADS = frozenset({"عبد", "أبو", "ابو", "أبي"})
_BLANKS = re.compile(r"[ \t\u00a0]{1,2}")
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”«»،؛؟।॥።፣፤၊။។៕/\\|<>=*#@&+~`-]+")


@functools.lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(title) for title in script_titles())
    return re.compile(f"(?:{alternatives})")


def _starts_a_word(text: str, start: int, script: str) -> bool:
    """Whether a title found at `start` begins its word, or follows one fused letter of a preposition in a spaced
    script (Amharic ከ/ለ/በ/የ, Arabic و/ب/ل, Hebrew ו/ל/ש: "ከአቶ", "وللمهندس" is not taken, "ولמר" neither)."""
    before = start
    while before > 0 and (text[before - 1].isalpha() or unicodedata.category(text[before - 1])[0] == "M"):
        before -= 1
    if before == start:
        return True
    fused = text[before:start]
    return script not in _DENSE_SCRIPTS and len(fused) == 1 and _script(fused) == script


def _script(word: str) -> str:
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ", 1)[0]
    return ""


def _is_name_word(word: str, script: str) -> bool:
    """Letters and marks of one script other than Latin, short enough for a name in a script without spaces."""
    if not word or _script(word) != script or script in ("", "LATIN"):
        return False
    if not all(char.isalpha() or unicodedata.category(char)[0] == "M" or char in "\u200c\u200d" for char in word):
        return False
    return script not in _DENSE_SCRIPTS or len(word) <= _MOST_DENSE_CHARACTERS


def _frequent(word: str) -> bool:
    if word.lower() in _title_set() or word in _AND_WORDS:
        return True
    return is_common_word_of_its_script(word) and not is_listed_name_of_its_script(word)


@functools.lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(script_titles())


def names_after_script_titles(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the one to three words after a title of a script other than Latin (see the module doc)."""
    if text.isascii():
        return
    for title in _titles().finditer(text):
        if not _starts_a_word(text, title.start(), _script(title.group())):
            continue
        gap = _BLANKS.match(text, title.end())
        if gap is None:
            continue
        first = _WORD.match(text, gap.end())
        if first is None or first.end() - first.start() < 2:
            continue
        script = _script(first.group())
        if not _is_name_word(first.group(), script) or _frequent(first.group()):
            continue
        end = first.end()
        for position in (2, 3):
            gap = _BLANKS.match(text, end)
            word = _WORD.match(text, gap.end()) if gap is not None else None
            if word is None or not _is_name_word(word.group(), script):
                break
            if word.group() in _ARABIC_NAME_HEADS:  # "عبد الفتاح", "أبو بكر": one part written in two words
                rest = _BLANKS.match(text, word.end())
                tail = _WORD.match(text, rest.end()) if rest is not None else None
                if tail is None or not _is_name_word(tail.group(), script):
                    break
                end = tail.end()
                continue
            if _frequent(word.group()) or (position == 3 and not is_listed_name_of_its_script(word.group())):
                break
            end = word.end()
        yield Span(first.start(), end, "PERSON", "pii", SCORE, detector)
