"""People named after a word of family relation in apposition: "my brother Sultan", "儿子黄俊杰", "동생 채린" (round 33).

A relation noun followed by a name names who bears the relation, in every language: "your daughter Ananya",
"弟の陽介", "ابني يزن", "همسرش شیرین", "পুত্র অমিতাভ, কন্যা সুদেষ্ণা", "보호자 한동욱". Messages to schools,
clinics, insurers and support desks are full of them, and the name after the noun is often a given name alone
that no list holds, in a script the model does not read. The nouns are a closed class of each language, like
titles (redactor/data/kin_words.yaml); what follows must still be shaped like a name:

- **spaced scripts with letter case** (Latin, Cyrillic, Greek): the noun a lower-case word of its own ("Brother
  Printer", "Sister Act" are a brand and a title), then one to three capitalised words after blanks, the first no
  stop word nor calendar word ("my son Monday", "her husband The"); an ordinary word alone is doubtful ("my brother
  Sultan");
- **spaced scripts without case** (Arabic, Hebrew, the Indic scripts, Thai, Hangul): one or two words after
  blanks, none of the ~1,000 most frequent words of its script unless a listed name; Korean particles fused to
  the name (이, 가, 은, 는, 을, 를, 의, 에게, 와, 과, 도, 님, 씨) are left outside;
- **Chinese and Japanese**: the Han or katakana run right after the noun (after の, ：or a blank), two to four
  characters starting with a listed surname (Faker's Chinese and Japanese lists), or any two to four after の
  ("弟の陽介"); cut to three when it runs on and starts with a listed surname ("母親賴張月娥就醫" is cut by the
  two surnames: four); a one-character noun (弟, 妹, 母) only before の. A noun written after the name (`after`:
  "立仁长子") takes the two or three Han characters before it.

Doubtful (0.55) unless the name is a listed first name or written in a script without case after a noun of its
own script (0.7). Cost: the nouns are looked up in the text's shared cue scan; nothing when none occurs.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import matches_at_keywords
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.names_in_scripts import is_common_word_of_its_script, is_listed_name_of_its_script
from redactor.detect.term_lists import before_after_lists, east_asian_names, first_names, script_titles, stop_words, \
    world_first_names

_SCORE = 0.7
_BLANKS = re.compile(r"[ \t\u00a0\u3000]{1,2}")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d'’-])*")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,8}|[\u30a0-\u30ff]{2,10}")
_KOREAN_PARTICLES = ("에게", "이가", "이는", "이를", "이의", "이", "가", "은", "는", "을", "를", "의", "와", "과", "도",
                     "님", "씨")
_DENSE_JOINERS = re.compile(r"の|[：:]|[ \t\u3000]")
_MOST_HAN = 4


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(title.rstrip(".") for title in script_titles()) | frozenset(script_titles())


@functools.lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    """(the nouns' regex, the nouns written after the name, the nouns in lower case for the shared cue scan)."""
    before, after = before_after_lists("kin_words.yaml")
    ordered = sorted(before, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(noun) for noun in ordered), re.IGNORECASE)
    return pattern, frozenset(after), tuple(dict.fromkeys(noun.lower() for noun in ordered))


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ", 1)[0]


def _dense(char: str) -> bool:
    return _script(char) in ("CJK", "HIRAGANA", "KATAKANA")


def people_after_kin_words(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the names written after (or, in Chinese, before) a relation noun (see the module doc)."""
    pattern, after_nouns, lowered_nouns = _nouns()
    # Tried only where the shared cue scan found a noun: a case-insensitive alternation of ~1,000 nouns tried at
    # every character cost ~11 ms per 4 KB of prose (round 33's prose benchmark); every match starts at a noun.
    for noun in matches_at_keywords(pattern, text, lowered_nouns):
        word = noun.group()
        if _dense(word[0]):
            span = _dense_name_after(text, noun.end(), len(word) == 1)
            if span is None and word.lower() in after_nouns:
                span = _dense_name_before(text, noun.start())
            if span is not None:
                yield Span(*span, "PERSON", "pii", _SCORE, detector)
            continue
        if (noun.start() and (text[noun.start() - 1].isalpha() or unicodedata.combining(text[noun.start() - 1]))) or (
                noun.end() < len(text) and (text[noun.end()].isalpha() or unicodedata.category(text[noun.end()])[0]
                                            == "M")):
            continue  # inside a word: "person", "sonar", "grandsons"
        if word != word.lower():
            continue  # a capitalised noun is a title or a brand as often ("Brother Printer", "Sister Act")
        found = _spaced_name_after(text, noun.end(), _script(word[0]))
        if found is not None:
            yield Span(found[0], found[1], "PERSON", "pii", found[2], detector)


def _dense_name_after(text: str, end: int, one_character: bool) -> tuple[int, int] | None:
    joiner = _DENSE_JOINERS.match(text, end)
    if one_character and (joiner is None or joiner.group() != "の"):
        return None  # 弟, 母, 妻 alone are parts of other words
    start = joiner.end() if joiner else end
    run = _HAN_RUN.match(text, start)
    if run is None:
        return None
    name = run.group()
    if _script(name[0]) == "KATAKANA":
        return run.span()
    names = east_asian_names()
    surnamed = name[0] in names.chinese_surnames or name[:2] in names.chinese_surnames or any(
        name.startswith(surname) for surname in (name[:2], name[:3]) if surname in names.japanese_surnames)
    after_no = joiner is not None and joiner.group() == "の"
    if not surnamed and not (after_no and len(name) <= _MOST_HAN):
        return None  # "母亲节快乐", "弟弟们都来了": the noun before an ordinary word
    if len(name) > _MOST_HAN:
        if not surnamed:
            return None  # a phrase, not a name
        length = 4 if name[1] in names.chinese_surnames else 3
        return start, start + length
    if is_common_word_of_its_script(name) or name in _nouns()[1]:
        return None
    return run.span()


def _dense_name_before(text: str, start: int) -> tuple[int, int] | None:
    low = start
    while low > 0 and start - low < 3 and "\u4e00" <= text[low - 1] <= "\u9fff":
        low -= 1
    if start - low < 2 or is_common_word_of_its_script(text[low:start]):
        return None
    return low, start


def _spaced_name_after(text: str, end: int, noun_script: str) -> tuple[int, int, float] | None:
    gap = _BLANKS.match(text, end)
    if gap is None:
        return None
    first = _WORD.match(text, gap.end())
    if first is None or len(first.group()) < 2 or first.group().lower() in _titles():
        return None  # a title after the noun ("पुत्री श्री <name>"): the name after the title is names_after_script_titles'
    script = _script(first.group()[0])
    cased = first.group()[0].lower() != first.group()[0].upper()
    if cased:
        return _cased_name(text, first, script)
    if script in ("LATIN", "") or (script != noun_script and noun_script != "LATIN"):
        return None
    words = [first]
    gap = _BLANKS.match(text, first.end())
    second = _WORD.match(text, gap.end()) if gap else None
    if second is not None and _script(second.group()[0]) == script and _uncased_name_word(second.group()) and (
            is_listed_name_of_its_script(second.group()) or script == "HANGUL"):
        words.append(second)
    name_end = words[-1].end()
    if script == "HANGUL":
        words, name_end = words[:1], _without_particle(text, words[0].start(), words[0].end())
        if not 2 <= name_end - words[0].start() <= 4:
            return None
    if not _uncased_name_word(text[words[0].start():name_end] if script == "HANGUL" else first.group()):
        return None
    return words[0].start(), name_end, _SCORE


def _without_particle(text: str, start: int, end: int) -> int:
    word = text[start:end]
    for particle in _KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return end - len(particle)
    return end


def _uncased_name_word(word: str) -> bool:
    return not is_common_word_of_its_script(word) or is_listed_name_of_its_script(word)


_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december today tomorrow yesterday".split())


def _calendar_word(folded: str) -> bool:
    return folded in _CALENDAR


def _cased_name(text: str, first: re.Match[str], script: str) -> tuple[int, int, float] | None:
    words = [first]
    while len(words) < 3:
        gap = _BLANKS.match(text, words[-1].end())
        following = _WORD.match(text, gap.end()) if gap else None
        if following is None or not following.group()[0].isupper() or _script(following.group()[0]) != script:
            break
        if following.group().casefold() in stop_words():
            break
        words.append(following)
    head = first.group()
    if not head[0].isupper() or head.isupper() and len(head) > 1 and len(words) == 1:
        return None  # lower case is no name here; one word in capitals is an acronym as often
    folded = head.casefold()
    listed = folded in first_names() or folded in world_first_names() or is_listed_name_of_its_script(head)
    if folded in stop_words() or _calendar_word(folded):
        return None
    if script == "LATIN":
        if not listed and is_ordinary_word(head) and (len(words) == 1 or _calendar_word(folded)):
            # A capitalised word after the noun in mid-sentence is the relative's name even when it is a word
            # ("my brother Sultan", "his wife Joy"): doubtful. Not a month or day ("my son Monday").
            return (words[0].start(), words[-1].end(), DOUBTFUL_SCORE) if not _calendar_word(folded) else None
    elif not listed and is_common_word_of_its_script(head):
        return None
    return words[0].start(), words[-1].end(), _SCORE if listed else DOUBTFUL_SCORE
