"""A name written in small letters in a name's place: a doubtful organisation on the wire (round 25).

People type fast and in small letters: "contract renewal for fernbrook health", "a call with the tessaly team",
"our client quorbit wants the pdf". Every other organisation rule reads capitals, a legal form or a list, so such a
name reached the wire. A word in small letters is taken when

- **no language writes it**: wordfreq hardly saw it in English (Zipf under 1.5; two English words written as one
  that English never writes are names: "fernbrook") and the Latin-script languages of
  `name_parts.OTHER_LATIN_LANGUAGES` write it rarely (Zipf under 2.5), no list explains it (common English word,
  stop word, tech term, code keyword, software name, public npm or Python package, first name or surname: a person
  is NER's and people_*'s), four to twenty Latin letters, nothing glued to it (no identifier, path, domain, key or
  call); and
- **it stands in a name's place**: after a word that takes an organisation ("at", "with", "from", "for", "client",
  "customer", "vendor", "supplier", "partner", "employer", "joined", "left"), between "the" and a word for a group
  ("the tessaly team", "the quorbit folks"), or before a head noun or legal form of org_head_nouns.txt and
  org_suffixes.txt ("drovane logistics", "pellarin ltd").

"to" is no cue here: a misspelt verb follows it ("to recieve"). The span runs on over a head noun or legal form
that follows the word, and over one more word of small letters when a head noun follows that ("fernbrook valley
health"), as the name's own words. Lines with code marks are not read; code segments are not read (the caller).
Doubtful ORGANIZATION: redacted on the wire, not reported by an audit.

Cheap gate: both patterns are tried only where their matches can start, read from the text's shared cue scan
(keywords.py): after a cue word (or "the"), and at the small word before a head noun or legal form; each distinct word
is judged once (cached).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import english_zipf, frequent_in_other_languages, is_common_word
from redactor.detect.keywords import ANY_TEXT, keyword_positions, lowered_same_length, matches_at_starts, needs_marks
from redactor.detect.public_packages import public_npm_packages, public_python_modules
from redactor.detect.org_unlisted_words import CODE_MARKS, GLUED_BEFORE, ORGANISATION_CUES
from redactor.detect.term_lists import first_names, stop_words, surnames, term_list, world_first_names

_UNSEEN_ZIPF = 1.5
_STEM_ZIPF = 3.0  # a stem English uses often enough that a derivation of it is read as English
_OTHER_LANGUAGE_ZIPF = 2.5  # as org_unlisted_words: rarer words there are names too ("pellarin")
# org_unlisted_words' cues but "to", "by", "via": misspelt verbs and ordinary nouns follow them ("to recieve").
_CUES = "|".join(sorted(ORGANISATION_CUES - {"to", "by", "via"}))
_GROUP_WORDS = "team|teams|folks|people|guys|crew|staff|account|office|side"
_SMALL_WORD = r"[a-z]{4,20}"
# Nothing glued after a name: no identifier, path, domain, tag, key, call or label goes on from it.
_NOTHING_GLUED_AFTER = r"(?![\w@/\\(<>*+~^|`-]|['’]\w|\.\w|[ \t]*[:=(\[{])"
# All in a look-ahead, so that matches overlap: a cue is a candidate word too ("from customer thessock").
_AFTER_CUE = re.compile(rf"(?<![\w.@/-])(?=(?:(?i:{_CUES})[ \t]+"
                        rf"|(?i:the)[ \t]+(?={_SMALL_WORD}[ \t]+(?:{_GROUP_WORDS})\b))"
                        rf"({_SMALL_WORD}){_NOTHING_GLUED_AFTER})")
# Every _AFTER_CUE match starts where one of these starts (lower-cased; on ASCII text only: elsewhere `re` also folds
# `ſ`, `K` and `İ` into s, k and i, which lower() does not).
# (Each with the space or tab that follows it in every match: "at", "for", "the" alone occur inside most words of
# prose, 265 against 133 places per 10 KB of mixed text.)
_AFTER_CUE_STARTS = tuple(cue + blank for cue in sorted(ORGANISATION_CUES - {"to", "by", "via"}) + ["the"]
                          for blank in " \t")
_NEXT_WORDS = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")
_CODE_MARKS = CODE_MARKS + ("_",)  # a name in small letters is never glued to snake_case


@functools.lru_cache(maxsize=1)
def _name_endings() -> frozenset[str]:
    """Head nouns and legal forms, and the head nouns in the singular ("zentrova studio", "quorbit lab")."""
    nouns = frozenset(term_list("org_head_nouns"))
    return nouns | frozenset(term_list("org_suffixes")) | {noun[:-1] for noun in nouns if noun.endswith("s")}


@functools.lru_cache(maxsize=1)
def _before_head_noun() -> re.Pattern[str]:
    endings = "|".join(sorted(_name_endings(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.@/\\#$%&<>*+~^|'’`-])({_SMALL_WORD})[ \t]+(?:{endings})\b(?![.@/\\:=(-]\w)")


@functools.lru_cache(maxsize=1)
def _head_noun_words() -> tuple[str, ...] | None:
    """The head nouns and legal forms as the shared cue scan looks them up, or None if one is not plain small letters
    (then it is no literal, and _before_head_noun is run over the whole text)."""
    endings = tuple(sorted(_name_endings()))
    return endings if all(re.fullmatch(r"[a-z]+", ending) for ending in endings) else None


def _after_cue_matches(text: str) -> list[re.Match[str]]:
    """`_AFTER_CUE.finditer(text)`, on ASCII text tried only where a cue word starts."""
    if not text.isascii():
        return list(_AFTER_CUE.finditer(text))
    return list(matches_at_starts(_AFTER_CUE, text, keyword_positions(lowered_same_length(text), _AFTER_CUE_STARTS)))


def _before_head_noun_matches(text: str) -> list[re.Match[str]]:
    """`_before_head_noun().finditer(text)`, tried only at the small word before a head noun or legal form.

    A match's word has no word character before it and blanks and then the head noun after it: it is the whole run of
    small letters that ends at the blanks before a place where a head noun occurs, so the runs before each such place
    hold every match start (a run that is no match fails `match` there)."""
    words = _head_noun_words()
    if words is None:
        return list(_before_head_noun().finditer(text))
    starts = set()
    for noun_start in keyword_positions(text, words):
        end = noun_start
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == noun_start:
            continue  # no blank before it: inside a word
        start = end
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if end - start >= 4:
            starts.add(start)
    return list(matches_at_starts(_before_head_noun(), text, sorted(starts)))


@functools.lru_cache(maxsize=16384)
def unseen_small_word(word: str) -> bool:
    """Whether nothing but a name explains a word in small letters (module doc: no language writes it)."""
    if english_zipf(word) >= _UNSEEN_ZIPF or frequent_in_other_languages(word, _OTHER_LANGUAGE_ZIPF):
        return False
    # Not is_ordinary_word: two English words written as one that English never writes are names ("fernbrook").
    if word in stop_words() or is_common_word(word) or word in term_list("tech_terms") \
            or word in term_list("code_keywords") or word in term_list("software_names") \
            or word in public_npm_packages() or word in public_python_modules():
        return False
    if _english_derivation(word):
        return False
    return word not in first_names() and word not in surnames() and word not in world_first_names()


# English makes new words from old ones with these (`subagents`, `scanability`, `reindexing`): such a word is a
# word the dictionary lacks, not a name. A name joins two words ("fernbrook") or is coined ("tessaly").
_PREFIXES = ("sub", "re", "un", "pre", "non", "multi", "inter", "over", "under", "micro", "meta", "co", "de",
             "auto", "self", "cross", "hyper", "super", "mis", "out")
_SUFFIXES = ("ability", "ibility", "able", "ness", "ization", "isation", "ize", "ise", "ify", "less", "ful",
             "ism", "ist", "ers", "er", "ings", "ing", "ed", "es", "s", "ly", "ment", "ments")


def _english_derivation(word: str) -> bool:
    """Whether a word is an English word with a productive prefix or suffix (then a common word remains)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and _english_stem(word[len(prefix):]):
            return True
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 3 and _english_stem(word[:-len(suffix)])
               for suffix in _SUFFIXES)


def _english_stem(stem: str) -> bool:
    """A common English word, also with the `e` a suffix drops (`scan`, `agent`, `merg(e)`); no one's name (`tessa`)."""
    if stem in first_names() or stem in world_first_names():
        return False
    return is_common_word(stem) or english_zipf(stem) >= _STEM_ZIPF or english_zipf(stem + "e") >= _STEM_ZIPF


def _name_end(text: str, end: int) -> int:
    """The end of the name that starts with a word ending at `end`: on over its head noun or legal form."""
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return end
    endings = _name_endings()
    if following.group(1) in endings:
        return following.end(1)
    if following.group(2) in endings:
        return following.end(2)  # "fernbrook valley health"
    return end


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def lower_case_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's words."""
    seen: set[int] = set()
    matches = _after_cue_matches(text) + _before_head_noun_matches(text)
    for match in matches:
        start, end = match.span(1)
        if start in seen or (start and text[start - 1] in GLUED_BEFORE):
            continue
        seen.add(start)
        if not unseen_small_word(match.group(1)):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if any(mark in line for mark in _CODE_MARKS):
            continue  # code or a command line: its small words are identifiers
        yield Span(start, _name_end(text, end), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def load() -> None:
    """Read the lists and word frequencies now (a server's start-up), not during a request."""
    list(lower_case_names("renewal for fernbrook health with the tessaly team", "warm"))
