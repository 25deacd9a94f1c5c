"""People's names in scripts the English model cannot read, found by what they are made of.

The English NER model and the candidate windows of ner.py key on capitalised Latin words, so a name written in
Arabic, Hebrew, Persian, Devanagari, Bengali, Tamil, Thai, Hangul, Han or kana (no letter case), or in Greek,
Cyrillic, Armenian or Georgian (case, but no model), is seen only where structure names it (people_in_structure.py).
This module reads the name itself: Faker's person providers (MIT) list first names and last names for dozens of
locales in their own scripts (ar_*, fa_IR, he_IL, ru_RU, uk_UA, bg_BG, mk_MK, el_GR, hy_AM, ka_GE, hi_IN, mr_IN,
ne_NP, bn_BD, ta_IN, gu_IN, or_IN, si_LK, th_TH, ko_KR, zh_CN, zh_TW, ja_JP); they are grouped by the script they
are written in, so a Persian name is found in an Arabic sentence and a Bulgarian one in a Russian chat.

In a run of words of one script on one line:

- two listed name parts side by side (a first name and a last name, or two of either) are a PERSON (0.75):
  "Дмитрий Козлов", "משה לוי", "राहुल वर्मा", "สมชาย ใจดี" after a listed first name;
- a listed part beside one unlisted word shaped like the other part (not a common word of the script's
  languages; capitalised where the script has case) is a PERSON (0.7): "خالد العتيبي", "Олена Ковальчук";
- one listed part alone is doubtful (0.55: redacted on the wire, not reported by audits) unless a person cue of
  the language stands right before it (greeting, title, role noun, self-introduction, "dear": "مرحبا أحمد",
  "Καλημέρα Μαρία", "नमस्कार", Faker's name prefixes such as السيد, г-н, श्री, นาย) or right after it (verbs of
  saying, Hindi "ने", Korean job titles), which makes it confident (0.7);
- a listed part that is also a common word of the script's languages (wordfreq's 1,000 most frequent words,
  Faker's lorem word lists: "мир", "حياة", "שלום", "भारत", "ζωή") is a name only with a second part or a
  cue; two such parts side by side are doubtful ("משה לוי"), and a capitalised word inside a sentence of a
  script with case is never common ("сказал Сергей Иванов"). Frequent names rank among frequent words
  ("محمد", "александр"): alone and without a cue they are not found, by design;
- one to three words of such a script inside a line of English text are a PERSON after an English person
  word (0.7: "Customer יוסי כהן called"), and two or three of them alone are doubtful; words of the language
  that are no name ("Русский язык", "Файл не найден") and single words other than listed names (places,
  glossary terms) stay;
- a Thai title fused before a given name at the end of a Thai stretch, or before a surname that ends one, is a
  PERSON (0.7: "นายสมศักดิ์ ทองดี"); Faker's Thai lists know few real names, the title says person.

Words change at their edges: Arabic and Hebrew fuse "and", "to", "in", "the" before a word ("وأحمد", "ליוסי";
the prefix is left out of the span), Cyrillic and Greek names decline ("Наталью", "Иванову", "Νίκου"; the
whole word is the span), Korean fuses particles and titles after a name ("김민수가", "이서연님"; left out),
Thai fuses titles before one ("นายสมศักดิ์", "คุณวิภา"; left out). Scripts without spaces are read at the word
edges the script allows: a Han run of two to four characters standing alone between spaces, punctuation or
Latin text ("driver 王建国 never scanned") that is a Chinese surname and given-name characters, not a common
word; a Japanese surname then a space and a given name ("佐藤 健一", "鈴木 明美が"), or both written together
in a Han run standing alone ("佐藤健一"; doubtful when the given name is not listed); a Korean word that is a
surname syllable and a listed given name.

Cost: nothing on text without a letter of these scripts (one C-level character-class scan,
script_letters.has_foreign_letters); about 1 ms per KB of text written in these scripts (~7% of the NER
detector there). Faker's lists (~0.3 s) and the wordfreq lists of a script's languages (0.01-0.6 s) load on
the first text holding that script, not at start-up.
"""
from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.script_letters import FOREIGN_LETTERS, HAN, HANGUL, HIRAGANA, KATAKANA, has_foreign_letters
from redactor.detect.term_lists import TermListError, east_asian_names, person_cues, script_name_cues

TWO_PARTS_SCORE = 0.75
PART_AND_SHAPE_SCORE = 0.7
CUED_SCORE = 0.7

# A word of these scripts; the zero-width non-joiner sits inside Persian words ("می‌خواهم").
_WORD = re.compile(f"[{FOREIGN_LETTERS}\u200c]+")
# Words of one name are separated by one or two blanks, never by punctuation or a line break.
_NAME_GAP = re.compile(r"[ \t\u00a0]{1,2}")
# The languages whose frequent words are no names by themselves, per script (wordfreq codes), and the Faker
# locales whose lorem word lists hold that script's ordinary words.
_LANGUAGES = {
    "CYRILLIC": ("ru", "uk", "bg", "mk"), "GREEK": ("el",), "ARABIC": ("ar", "fa", "ur"), "HEBREW": ("he",),
    "DEVANAGARI": ("hi",), "BENGALI": ("bn",), "TAMIL": ("ta",), "HANGUL": ("ko",), "CJK": ("zh", "ja"),
}
_LOREM_LOCALES = {
    "CYRILLIC": ("ru_RU", "uk_UA", "mk_MK"), "GREEK": ("el_GR",), "ARABIC": ("ar_AA", "fa_IR"),
    "HEBREW": ("he_IL",), "BENGALI": ("bn_BD",), "ARMENIAN": ("hy_AM",), "THAI": ("th_TH",),
    "CJK": ("zh_CN", "zh_TW", "ja_JP"),
}
# How many of a language's most frequent words count as common: a single listed part that is one of them
# ("мир", "نظام", "לי") needs a second part or a cue. Names rank lower than this in most languages; the few
# that rank higher ("александр", "محمد") are still found with a second part or a cue.
_COMMON_RANK = 1000
# A wider net for the unlisted word taken beside a listed part: it must not be an ordinary word at all.
_ORDINARY_RANK = 8000
_CASED_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN"})
# Words of the longest name taken: a given name, a father's and a grandfather's name with "بن", a family name.
_LONGEST_NAME = 6
_ARABIC_PREFIXES = ("وال", "بال", "لل", "و", "ل", "ب", "ف")
_HEBREW_PREFIXES = ("וה", "של", "ול", "וב", "ומ", "לה", "מה", "שה", "ו", "ה", "ל", "ב", "מ", "ש", "כ")
# Case endings of Slavic and Greek names and the nominative endings they may stand for ("Наталью" -> "Наталья").
_CYRILLIC_ENDINGS = (("ою", ("а", "я")), ("ею", ("я",)), ("ой", ("а", "")), ("ей", ("я", "й", "")), ("ом", ("",)),
                     ("ем", ("", "й", "ь")), ("ым", ("",)), ("им", ("", "ь")), ("ия", ("ий",)), ("ию", ("ий", "ия")),
                     ("ии", ("ий", "ия")), ("ием", ("ий",)), ("у", ("", "а")), ("ю", ("я", "й", "ь")),
                     ("е", ("", "а", "я")), ("ы", ("а",)), ("и", ("я", "а", "ь")), ("а", ("",)), ("я", ("ь", "й")))
_GREEK_ENDINGS = (("ου", ("ος", "ης", "ας", "ουσ")), ("ο", ("ος",)), ("η", ("ης",)), ("α", ("ας",)),
                  ("ε", ("ος",)), ("ων", ("ος",)))
_KOREAN_ENDINGS = ("에게서", "에게", "한테", "께서", "님이", "님은", "님께", "님의", "씨가", "씨는", "님", "씨", "이가",
                   "가", "이", "는", "은", "를", "을", "의", "와", "과", "도", "랑", "이랑", "께")
# Where a Han run may stand alone as a word: not inside other letters of a script without spaces.
_DENSE = f"{HAN}{HIRAGANA}{KATAKANA}{HANGUL}"
_HAN_RUN = re.compile(f"(?<![{_DENSE}])[{HAN}]{{2,4}}(?![{_DENSE}])")
# A Japanese surname by itself where Japanese writers name themselves (round 13): alone on a line (the signature of a
# mail or chat message, "佐藤"), or before the copula or phrase of a self-introduction ("鈴木です", "山田と申します")
# or "from" closing a message ("田中より").
_JAPANESE_SURNAME_ALONE = re.compile(
    f"(?:^[ \t\u3000]*(?P<line>[{HAN}]{{2,3}})[ \t\u3000]*$"
    f"|(?<![{HAN}{KATAKANA}])(?P<self>[{HAN}]{{2,3}})(?:です|と申します|ともうします|と言います|でございます)"
    f"|(?<![{HAN}{KATAKANA}])(?P<sign>[{HAN}]{{2,3}})より[ \t\u3000]*$)", re.MULTILINE)
_JAPANESE_NAME = re.compile(f"(?<![{HAN}{KATAKANA}])(?P<last>[{HAN}]{{1,3}}|[{KATAKANA}]{{2,6}})[ \u3000]"
                            f"(?P<first>[{HAN}]{{1,3}}|[{KATAKANA}]{{2,6}})(?![{HAN}{KATAKANA}])")


@dataclass(frozen=True)
class ScriptNames:
    """First names, last names and name prefixes of every Faker locale written in one script (normalised)."""

    first: frozenset[str]
    last: frozenset[str]
    titles: frozenset[str]
    longest: int  # words in the longest listed name ("تاج الدين", "أبو شقدم")
    openings: frozenset[str]  # first words of the listed names of several words ("تاج", "أبو")


def names_in_scripts(text: str, detector: str) -> list[Span]:
    """PERSON spans of the names `text` holds in scripts without letter case (see the module doc)."""
    if not has_foreign_letters(text):
        return []
    found: list[Span] = []
    found.extend(_names_in_spaced_words(text, detector))
    if _LATIN_LETTER.search(text):
        found.extend(run for run in _short_runs_in_latin_text(text, detector)
                     if not any(span.start < run.end and run.start < span.end for span in found))
    if re.search(f"[{HANGUL}]", text):
        found.extend(span for span in _korean_names_before_titles(text, detector)
                     if not any(other.start < span.end and span.start < other.end for other in found))
    if "\u0e19" in text:  # "น", which every fused Thai title holds (นาย, นาง, นางสาว, เด็กชาย)
        found.extend(_thai_names_after_titles(text, detector))
    if re.search(f"[{HAN}{KATAKANA}]", text):
        found.extend(_names_in_han(text, detector))
    return found


# --- words of one script ------------------------------------------------------------------------------------

@dataclass
class _Word:
    start: int
    end: int
    script: str
    key: str  # normalised, affixes not stripped
    part: str | None = None  # "first", "last" or None
    name_start: int = 0  # the name's extent inside the word (a fused prefix or particle left out)
    name_end: int = 0
    common: bool = False
    words: int = 1  # words a listed multi-word name spans from here
    parts: int = 1  # listed parts the word holds (a Korean surname syllable and given name: two)
    part_key: str = ""  # the listed name the word was read as


def _names_in_spaced_words(text: str, detector: str) -> Iterator[Span]:
    words = [_Word(m.start(), m.end(), _script(m.group()[0]), "") for m in _WORD.finditer(text)]
    words = [word for word in words if word.script in _supported_scripts()]
    for index in range(len(words)):
        _read_word(text, words, index)
    index = 0
    while index < len(words):
        word = words[index]
        if word.part is None:
            index += 1
            continue
        # The name: this listed part and the listed parts (or connectors) side by side with it.
        last = index + word.words - 1
        listed, uncommon = word.parts, int(not word.common)
        while last + 1 < len(words) and _adjacent(text, words[last], words[last + 1]):
            following = words[last + 1]
            if following.part is not None and following.name_start == following.start:
                listed += following.parts
                uncommon += int(not following.common)
                last += following.words
            elif _text_of(text, following) in script_name_cues().name_connectors and last + 2 < len(words) \
                    and words[last + 2].part is not None and _adjacent(text, following, words[last + 2]):
                last += 1
            else:
                break
        # A frequent word opening or closing three listed words is the sentence's, not the name's: "השם שלי אורי
        # שפירא" ("my name is ..."; "שלי" is also a surname).
        # A frequent first name opening a long name where a name may start (at a line's start, after punctuation
        # or a cue) is the name's ("Иван Петрович Сидоров", "المريض خالد محمد عبدالله").
        while listed > 2 and word.common and word.words == 1 and word.parts == 1 \
                and not _opens_a_name(text, words, index):
            index, listed = index + 1, listed - 1
            word = words[index]
        while listed > 2 and words[last].common and words[last].part is not None and words[last].words == 1 \
                and words[last].parts == 1:
            last, listed = last - 1, listed - 1
        first = index
        shaped = 0
        if listed == 1:
            # One listed part: an unlisted word shaped like the other part beside it makes a name.
            if last + 1 < len(words) and _adjacent(text, words[last], words[last + 1]) \
                    and (_shaped_like_a_part(text, words[last + 1], after=True)
                         or _goes_on_a_name(text, words[last + 1])):
                last += 1
                shaped = 1
            elif index > 0 and _adjacent(text, words[index - 1], word) \
                    and _shaped_like_a_part(text, words[index - 1], after=False):
                first = index - 1
                shaped = 1
        # A name of two or more words goes on over the words after it that are name parts by what they are: Arabic
        # names chain a father's and a grandfather's name and a family name ("يوسف بن علي الحربي", "نورة سعد
        # عبدالعزيز الدوسري"), Russian ones a patronymic ("Иван Петрович Сидоров"). Merely unlisted words are not
        # taken: Hebrew and Arabic sentences go on with word forms no frequency list holds ("שההזמנה", "وأواجه").
        while listed + shaped >= 2 and last + 1 - first < _LONGEST_NAME and last + 1 < len(words) \
                and _adjacent(text, words[last], words[last + 1]):
            following = words[last + 1]
            if _goes_on_a_name(text, following):
                last += 1
                shaped += 1
            elif _text_of(text, following) in script_name_cues().name_connectors and last + 2 < len(words) \
                    and last + 2 - first < _LONGEST_NAME and _adjacent(text, following, words[last + 2]) \
                    and _goes_on_a_name(text, words[last + 2]):
                last += 2
                shaped += 1
            else:
                break
        start, end = words[first].name_start, words[last].name_end
        if shaped and first < index:
            start = words[first].start
        if shaped and last > index + word.words - 1:
            end = words[last].end
        cued = _cue_before(text, start) or _cue_after(text, words, last)
        if listed >= 2 and uncommon:
            score = TWO_PARTS_SCORE
        elif shaped or cued:
            score = CUED_SCORE
        elif listed >= 2 or uncommon:
            score = DOUBTFUL_SCORE  # two parts that are both common words, or one listed part alone
        else:
            score = 0.0  # a common word alone: "мир", "حياة", "שלום"
        if score:
            yield Span(start, end, "PERSON", "pii", score, detector)
        index = last + 1


def _read_word(text: str, words: list[_Word], index: int) -> None:
    """Fill in what the word at `index` is: a listed part (and of how many words), where the name sits in it."""
    word = words[index]
    names = _script_names(word.script)
    raw = text[word.start:word.end]
    word.key = _normalise(raw, word.script)
    word.name_start, word.name_end = word.start, word.end
    if word.script in _CASED_SCRIPTS and not raw[:1].isupper():
        return  # "роман", "вера": a lower-case word of a script with case is no name
    if word.key in _cue_words():
        return  # "שלום", "مرحبا": a greeting or title beside a name is its cue, not a part of it
    # A listed name of several words ("تاج الدين", "أبو شقدم", "محمد پور").
    for count in range(min(names.longest, len(words) - index) if word.key in names.openings else 0, 1, -1):
        group = words[index:index + count]
        if all(_adjacent(text, a, b) and a.script == b.script for a, b in zip(group, group[1:])):
            key = " ".join(_normalise(text[w.start:w.end], w.script) for w in group)
            part = "first" if key in names.first else "last" if key in names.last else None
            if part:
                word.part, word.words, word.part_key = part, count, key
                return
    for key, start, end in _readings(raw, word):
        if not (key in names.first or key in names.last) or (len(key) < 2 and word.parts < 2):
            continue
        if (start, end) != (word.start, word.end) and word.key in _ordinary_words(word.script):
            continue  # "לעבוד" (to work) is no "ל" before a name
        word.part = "first" if key in names.first else "last"
        word.part_key = key
        word.name_start, word.name_end = start, end
        # A capitalised word inside a sentence of a script with case is a proper noun whatever its frequency
        # ("сказал Сергей Иванов"); elsewhere a name that is a frequent word needs a second part or a cue.
        word.common = key in _common_words(word.script) and not (
            word.script in _CASED_SCRIPTS and _inside_a_sentence(text, word.start))
        return


def _readings(raw: str, word: _Word) -> Iterator[tuple[str, int, int]]:
    """(normalised key, start, end) of what the word may be as a name: as written, then without its affixes."""
    key, start, end, script = word.key, word.start, word.end, word.script
    if script == "THAI" and key.endswith(_THAI_NAME_WORD):
        return  # "ลูกค้าชื่อ" ("the customer's name"): a cue before the name, no part of it
    yield key, start, end
    if len(key) < 3:
        return
    if script == "ARABIC":
        for prefix in _ARABIC_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                yield _normalise(raw[len(prefix):], script), start + len(prefix), end
    elif script == "HEBREW":
        for prefix in _HEBREW_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 2:
                yield _normalise(raw[len(prefix):], script), start + len(prefix), end
    elif script in ("CYRILLIC", "GREEK"):
        for ending, stems in (_CYRILLIC_ENDINGS if script == "CYRILLIC" else _GREEK_ENDINGS):
            if key.endswith(ending) and len(key) - len(ending) >= 2:
                for stem in stems:
                    yield key[:len(key) - len(ending)] + stem, start, end
    elif script == "HANGUL":
        for ending in _KOREAN_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 2:
                yield key[:len(key) - len(ending)], start, end - len(ending)
        # A surname syllable and a listed given name in one word ("김민수", "이서연가").
        korean = east_asian_names()
        for ending in ("",) + _KOREAN_ENDINGS:
            stem = key[:len(key) - len(ending)] if ending else key
            if ending and not key.endswith(ending):
                continue
            if len(stem) in (3, 4) and stem[0] in korean.korean_surnames and stem[1:] in korean.korean_given_names:
                word.parts = 2  # a surname syllable and a listed given name: the whole name is the span
                yield stem[1:], start, start + len(stem)
    elif script == "THAI":
        for title in _thai_titles():
            if key.startswith(title) and len(key) - len(title) >= 2:
                yield key[len(title):], start + len(title), end


_THAI_NAME_WORD = "ชื่อ"


def _inside_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \t\"'«„“(")
    return bool(before) and before[-1] not in ".!?:;\n…" and not before[-1].isdigit()


def _shaped_like_a_part(text: str, word: _Word, after: bool) -> bool:
    """An unlisted word beside a listed part that may be the name's other part: no ordinary word of the script's
    languages, capitalised where the script has case, not a cue word."""
    raw = text[word.start:word.end]
    if word.part is not None or len(word.key) < 2:
        return False
    if word.script in _CASED_SCRIPTS and not (raw[:1].isupper() and not raw.isupper()):
        return False
    if word.key in _ordinary_words(word.script) or word.key in _cue_words():
        return False
    if word.script == "HANGUL":
        return False  # a Korean name is one word; the next word is the sentence
    if word.script == "THAI":
        # Thai writes no spaces between words but one between a first name and a surname: the surname is the
        # last Thai word of its stretch (what follows a space is the sentence going on).
        return after and len(word.key) <= 14 and _THAI_GOES_ON.match(text, word.end) is None
    return True


_THAI_GOES_ON = re.compile("[ \t]*[\u0e01-\u0e4e]")


def _opens_a_name(text: str, words: list[_Word], index: int) -> bool:
    """The listed first name at `index` stands where a name starts: no word of its script right before it, or a
    cue word ("השם שלי" is the sentence: "my" after "the name")."""
    word = words[index]
    if word.part_key not in _script_names(word.script).first:
        return False
    return not (index > 0 and _adjacent(text, words[index - 1], word)) or words[index - 1].key in _cue_words()


def _goes_on_a_name(text: str, word: _Word) -> bool:
    """A word that goes on a name of two or more words though it is a frequent word of its languages (wordfreq
    lists names among words): a listed part that is no top-1,000 word, a capitalised word of a script with case
    ("Иван Петрович Сидоров"), an Arabic "servant of" name or family name of the form "ال...ي" ("عبدالعزيز",
    "الحربي"), none of them a common word."""
    if word.name_start != word.start or word.key in _cue_words() or word.key in _common_words(word.script):
        return False
    if word.part is not None:
        return True
    raw = text[word.start:word.end]
    if word.script in _CASED_SCRIPTS:
        return raw[:1].isupper() and not raw.isupper()
    if word.script == "ARABIC":
        return (word.key.startswith("عبد") and len(word.key) >= 6) or (
            word.key.startswith("ال") and word.key.endswith("ي") and len(word.key) >= 5)
    return False


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    return left.script == right.script and _NAME_GAP.fullmatch(text, left.end, right.start) is not None


def _text_of(text: str, word: _Word) -> str:
    return _normalise(text[word.start:word.end], word.script)


def _cue_before(text: str, start: int) -> bool:
    """A greeting, title or person word of the line right before `start` ("مرحبا أحمد", "г-н Петров", "Dear ")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start].rstrip(" \t,:،\"'“(").casefold()
    if not before:
        return False
    cues = _cue_phrases()
    words = before.split()
    # A cue is one to four whole words ("dear", "добрый день", "το όνομά μου είναι") ...
    if any(" ".join(words[-count:]).lstrip("([\"'«“-—–") in cues for count in range(1, min(4, len(words)) + 1)):
        return True
    # ... except in Thai, which fuses a greeting and a title to the name ("ขอบคุณคุณวิภา").
    return _script(before[-1]) == "THAI" and any(before[-length:] in cues for length in range(2, min(len(before), 24) + 1))


def _cue_after(text: str, words: list[_Word], last: int) -> bool:
    """A verb of saying or a title right after the name ("משה לוי אמר", "सुनीता ने", "이서연 대리")."""
    word = words[last]
    if word.name_end < word.end:
        # A fused Korean honorific ("님", "씨", "께서") follows only a person; a bare particle follows any noun.
        return any(honorific in text[word.name_end:word.end] for honorific in _KOREAN_HONORIFICS)
    if last + 1 < len(words) and _adjacent(text, word, words[last + 1]):
        return _korean_stem(_text_of(text, words[last + 1])) in script_name_cues().after_name
    return False


_KOREAN_HONORIFICS = ("님", "씨", "께서")


def _korean_stem(word: str) -> str:
    """A Korean word without the particle fused to its end ("과장이" -> "과장"); any other word as it is."""
    for ending in _KOREAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) and _script(word[0]) == "HANGUL":
            return word[:-len(ending)]
    return word


def _korean_names_before_titles(text: str, detector: str) -> Iterator[Span]:
    """A surname syllable and two given-name syllables that no list holds as a name ("정하윤"), before a fused
    honorific or a job title ("정하윤님이", "정하윤 대리가"): the title says person (0.7)."""
    korean = east_asian_names()
    for match in _HANGUL_WORD.finditer(text):
        word = match.group()
        stem = _korean_stem(word)
        if len(stem) != 3 or stem[0] not in korean.korean_surnames or stem[1:] in korean.korean_given_names \
                or not all(syllable in korean.korean_given_syllables for syllable in stem[1:]) \
                or stem in _ordinary_words("HANGUL"):
            continue
        fused = word[len(stem):]
        title = _NEXT_HANGUL_WORD.match(text, match.end())
        if any(honorific in fused for honorific in _KOREAN_HONORIFICS) or (
                title is not None and _korean_stem(title.group(1)) in script_name_cues().after_name):
            yield Span(match.start(), match.start() + 3, "PERSON", "pii", CUED_SCORE, detector)


_HANGUL_WORD = re.compile(f"(?<![{HANGUL}])[{HANGUL}]{{3,6}}(?![{HANGUL}])")
_NEXT_HANGUL_WORD = re.compile(f"[ \t]([{HANGUL}]+)")


@functools.lru_cache(maxsize=1)
def _cue_words_before() -> tuple[str, ...]:
    cues = person_cues()
    words = set(script_name_cues().before_name) | set(cues.greetings) | set(cues.role_words_before_name) \
        | set(cues.self_introductions) | set(cues.sign_offs)
    for names in map(_script_names, _supported_scripts()):
        words |= names.titles
    return tuple(sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _cue_phrases() -> frozenset[str]:
    return frozenset(_cue_words_before())


@functools.lru_cache(maxsize=1)
def thai_titles() -> tuple[str, ...]:
    """Titles and greetings Thai writes before a name, fused or spaced ("นาย", "เด็กหญิง", "คุณ"), longest first."""
    return _thai_titles()


def _thai_titles() -> tuple[str, ...]:
    """Titles and greetings Thai writes fused before a name ("นาย", "นางสาว", "คุณ"), longest first."""
    return tuple(cue for cue in _cue_words_before() if _script(cue[0]) == "THAI" and " " not in cue)


@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(_cue_words_before()) | script_name_cues().after_name


# A run of one to three words of these scripts inside a line of Latin text, and what stands on either side.
_LATIN_LETTER = re.compile("[A-Za-z]")
_SHORT_RUN = re.compile(f"(?<![{FOREIGN_LETTERS}\u200c])(?P<run>[{FOREIGN_LETTERS}\u200c]+(?:[ \t][{FOREIGN_LETTERS}\u200c]+){{0,2}})"
                        f"(?![ \t]?[{FOREIGN_LETTERS}\u200c])")
_LATIN_BEFORE = re.compile(r"[A-Za-z][A-Za-z'’.-]*[:,;]?[ \t]*[\"'“(]?[ \t]*\Z")
_LATIN_AFTER = re.compile(r"[ \t]*(?:[\"'”)]?[ \t]*(?:[A-Za-z]|[,.;:!?(\[]|$))", re.MULTILINE)


def _short_runs_in_latin_text(text: str, detector: str) -> Iterator[Span]:
    """Two or three words of a script without letter case standing alone in an English line are a name more often
    than anything else (doubtful: "Customer יוסי כהן called twice"); one to three after an English person word
    ("customer", "dear", "mr") are one (0.7), and so is one word alone that is a listed name, a frequent one too
    (doubtful). Places and glossary words written alone ("Москва", "中文") stay."""
    for match in _SHORT_RUN.finditer(text):
        run = match.group("run")
        words = run.split()
        if not all(_script(word[0]) == _script(words[0][0]) and _script(word[0]) in _supported_scripts()
                   for word in words):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _LATIN_BEFORE.search(text, line_start, match.start()) is None or _LATIN_AFTER.match(text, match.end()) is None:
            continue
        script = _script(words[0][0])
        keys = [_normalise(word, script) for word in words]
        names = _script_names(script)
        if any(key in _cue_words() or key in _common_words(script) and key not in names.first and key not in names.last
               for key in keys):
            continue  # a word of the language that is no name: "Русский язык", "Файл не найден"
        if script in _CASED_SCRIPTS and not all(word[:1].isupper() for word in words):
            continue
        if _cue_before(text, match.start()):
            yield Span(*match.span("run"), "PERSON", "pii", CUED_SCORE, detector)
        elif len(words) >= 2 or keys[0] in names.first or keys[0] in names.last:
            # One word alone only when it is a listed name, frequent ones too: an English line quotes a name
            # ("winners: محمد (1st)") far more often than an ordinary word of another language.
            yield Span(*match.span("run"), "PERSON", "pii", DOUBTFUL_SCORE, detector)


def _thai_names_after_titles(text: str, detector: str) -> Iterator[Span]:
    """A Thai title fused to a given name at the end of a Thai stretch, or before a space and a surname that ends
    one ("นายสมศักดิ์ ทองดี"): the title says person even when no list knows the name."""
    for match in _thai_title_and_name().finditer(text):
        if text[match.start():match.end("given")].casefold() in _lorem_words("THAI"):
            continue  # an ordinary word that starts like a title ("นางฟ้า")
        yield Span(match.start("given"), match.end(), "PERSON", "pii", CUED_SCORE, detector)


@functools.lru_cache(maxsize=1)
def _thai_title_and_name() -> re.Pattern[str]:
    titles = [title for title in _thai_titles() if title in _script_names("THAI").titles and "น" in title]
    thai = "\u0e01-\u0e4e"
    return re.compile(f"(?<![{thai}])(?:{'|'.join(map(re.escape, titles))})(?P<given>[{thai}]{{2,20}})"
                      f"(?:[ \t](?P<last>[{thai}]{{2,20}}))?(?![ \t]*[{thai}])")


# --- Han and kana -------------------------------------------------------------------------------------------

def _names_in_han(text: str, detector: str) -> Iterator[Span]:
    names = east_asian_names()
    japanese = _script_names("JAPANESE")
    taken: list[tuple[int, int]] = []
    for match in _JAPANESE_NAME.finditer(text):
        last, first = match.group("last"), match.group("first")
        if last not in japanese.last or first in _ordinary_words("CJK"):
            continue
        taken.append(match.span())
        score = TWO_PARTS_SCORE if first in japanese.first else PART_AND_SHAPE_SCORE
        yield Span(*match.span(), "PERSON", "pii", score, detector)
    for match in _JAPANESE_SURNAME_ALONE.finditer(text):
        group = match.lastgroup or "line"
        surname = match.group(group)
        if len(surname) < 2 or surname not in japanese.last \
                or any(start <= match.start(group) < end for start, end in taken):
            continue  # "森", "林": a surname of one character is a word too; common surnames of two ("佐藤", "鈴木")
            # rank among frequent words and are taken here all the same, the slot says who
        taken.append(match.span(group))
        score = DOUBTFUL_SCORE if group == "line" else CUED_SCORE  # a word alone on its line may be a heading
        yield Span(*match.span(group), "PERSON", "pii", score, detector)
    for match in _HAN_RUN.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        run = match.group()
        if run in _ordinary_words("CJK") or run.endswith(person_cues().honorifics_after):
            continue  # "田中様", "王先生": a name before an honorific is people_in_structure's, the honorific no part
        for surname_length in (2, 1):
            surname, given = run[:surname_length], run[surname_length:]
            if surname in names.chinese_surnames and 1 <= len(given) <= 2 \
                    and all(char in names.chinese_given_characters for char in given):
                yield Span(*match.span(), "PERSON", "pii", TWO_PARTS_SCORE, detector)
                break
            # A Japanese surname and a given name written together ("佐藤健一"): confident when the given name is
            # listed, doubtful when any one or two characters follow the surname.
            if surname_length == 2 and surname in japanese.last and given and len(given) <= 2:
                score = TWO_PARTS_SCORE if given in japanese.first else DOUBTFUL_SCORE
                yield Span(*match.span(), "PERSON", "pii", score, detector)
                break


# --- a found name's other mentions -------------------------------------------------------------------------

# Scripts written without spaces between words: a mention of a name may touch any letter (particles, titles), except
# that a katakana name inside a longer katakana word is that word's ("アキ" of "アキレス").
_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "IDEOGRAPHIC"})
# Scripts that fuse conjunctions and prepositions before a word and nothing after a name: "وياسر", "ליוסי".
_FUSED_PREFIXES = {"ARABIC": _ARABIC_PREFIXES, "HEBREW": _HEBREW_PREFIXES}
# Between the words of a name: blanks, and the middle dots Japanese and Korean write between foreign name parts.
_NAME_WORD_BREAK = re.compile("[ \t\u00a0\u3000\u30fb\u00b7\uff65]+")
# Shortest word of a name that names the person alone: two letters of Han, kana or Hangul ("岩崎", "지호"), three
# elsewhere (a Thai, Arabic or Devanagari word of two letters is a particle or a syllable more often than a name).
_SHORTEST_DENSE_MENTION = 2
_SHORTEST_MENTION = 3


def mention_words(name: str) -> tuple[str, ...]:
    """The words of a found person's name, written in a script without letter case, that name the person alone at
    their other mentions: each word of the name ("岩崎" and "拓真" of "岩崎 拓真"), the given name of a Korean name
    of three syllables ("지호" of "윤지호"), the name itself when it is one word ("佐伯"); none that is a common
    word of its script's languages ("하늘", "ต้น"). Names in scripts with case are name_parts.py's."""
    if not name or name.isascii() or any(char.isalpha() and char.lower() != char.upper() for char in name):
        return ()
    words: list[str] = []
    for word in _NAME_WORD_BREAK.split(name.strip()):
        script = _script(word[0]) if word else ""
        if not script or script == "LATIN":
            continue
        words.append(word)
        if script == "HANGUL" and len(word) == 3 and word[0] in east_asian_names().korean_surnames:
            words.append(word[1:])
        elif script == "CJK":
            words.extend(_han_name_halves(word))
    found: list[str] = []
    for word in words:
        script = _script(word[0])
        dense = script in _UNSPACED_SCRIPTS or script == "HANGUL"
        if len(word) < (_SHORTEST_DENSE_MENTION if dense and script != "THAI" else _SHORTEST_MENTION):
            continue
        if not all(_script(char) == script or unicodedata.combining(char) or char == "\u200c" for char in word):
            continue  # "関口さん" read with its honorific, a word of two scripts: no clean part
        lists = "CJK" if script in ("HIRAGANA", "KATAKANA", "IDEOGRAPHIC") else script
        if _normalise(word, lists) in _common_words(lists) or _normalise(word, lists) in _cue_words():
            continue
        if word not in found:
            found.append(word)
    return tuple(found)


def _han_name_halves(word: str) -> tuple[str, ...]:
    """The surname and given name of a Han name written as one run, which its bearer's friends and colleagues write
    alone ("子涵" of "王子涵": the given name alone is how a Chinese text mentions a person it named in full): a run
    of three or four characters after a listed one- or two-character Chinese surname, or of four after a listed
    two-character Japanese surname ("美咲" of "山口美咲"), split into two parts of two characters or more."""
    names = east_asian_names()
    if not 3 <= len(word) <= 4 or not all("\u4e00" <= char <= "\u9fff" for char in word):
        return ()
    for surname_length in (2, 1):
        surname, given = word[:surname_length], word[surname_length:]
        if len(given) < 2:
            continue
        if surname in names.chinese_surnames or (len(word) == 4 and surname in names.japanese_surnames):
            return (surname, given) if len(surname) >= 2 else (given,)
    return ()


def is_ordinary_word_of_its_script(word: str) -> bool:
    """Whether `word` (written in a script without letter case, or in Greek, Cyrillic or Armenian) is one of the
    ~8,000 most frequent words of its script's languages or a lorem word of them ("営業", "总结", "律师事务所")."""
    script = _script(word[0]) if word else ""
    lists = "CJK" if script in ("HIRAGANA", "KATAKANA", "IDEOGRAPHIC") else script
    return _normalise(word, lists) in _ordinary_words(lists)


def is_listed_name_of_its_script(word: str) -> bool:
    """Whether one word of a script with Faker name lists ("Вера", "Наталью", "Νίκου", "محمد") is a listed first name
    or surname of that script, as written or in one of its case forms."""
    script = _script(word[0]) if word else ""
    if script not in _supported_scripts():
        return False
    names = _script_names(script)
    reading = _Word(0, len(word), script, _normalise(word, script))
    return any(key in names.first or key in names.last for key, _, _ in _readings(word, reading))


def is_no_name_part_in_its_script(word: str) -> bool:
    """Whether one word of a spaced script without letter case (Arabic, Hebrew, the Indic scripts) is no part of a
    person's name: one of the ~1,000 most frequent words of its script's languages ("أن", "व", "את"), or an ordinary
    word after a fused preposition or conjunction of Arabic or Hebrew ("מהשיווק": from marketing, "מדירה": from
    flat 5); and in no reading a listed first name or surname, nor the first word of a listed name of several words
    ("على" reads as "علي", "למנחם" is "to Menachem", "عبد" opens "عبد العزيز"). Where letter case says nothing, the
    English model reads such words beside a name into it (round 30)."""
    script = _script(word[0]) if word else ""
    if script in ("", "LATIN", "HANGUL") or script in _CASED_SCRIPTS or script in _UNSPACED_SCRIPTS:
        return False
    if is_listed_name_of_its_script(word) or _normalise(word, script) in _script_names(script).openings:
        return False
    if is_common_word_of_its_script(word):
        return True
    return any(word.startswith(prefix) and len(word) - len(prefix) >= _SHORTEST_MENTION
               and is_ordinary_word_of_its_script(word[len(prefix):]) for prefix in _FUSED_PREFIXES.get(script, ()))


# A word of a script written without spaces is at most this long in a name ("欧阳娜娜", "佐々木健太郎", "남궁도현").
_LONGEST_DENSE_NAME = 6
_DENSE_WORD = re.compile(f"[{_DENSE}]+")
_HAN_WORD = re.compile(f"[{HAN}]+")


def may_be_a_name_in_its_script(words: list[str]) -> bool:
    """Whether words written in scripts other than Latin, in a slot that holds people (a key, column or label naming a
    person or a thing: `real_name`, `姓`, `护士：`), may be a person's name: no dense-script word longer than a name,
    no Han word made of two ordinary words of its languages ("一般会員", "全体参加", "负责收作业") unless it opens with
    a listed compound surname, and not only ordinary words of their scripts ("设置", "管理员", "Настройки" name
    things) unless a name list holds them ("Вера", "佐藤"). Round 29: a slot's value is read by the negative side of
    its script's word lists, not by its shape."""
    for word in words:
        if _DENSE_WORD.fullmatch(word) and len(word) > _LONGEST_DENSE_NAME:
            return False
        if _HAN_WORD.fullmatch(word) and len(word) >= 4 and word[:2] not in east_asian_names().chinese_surnames \
                and _ordinary_pieces(word) >= 2:
            return False
    return not all(is_ordinary_word_of_its_script(word) and not (
        is_listed_name_of_its_script(word) or is_listed_japanese_surname(word)) for word in words)


def _ordinary_pieces(word: str) -> int:
    """Ordinary two-character words side by side in a Han word, read left to right ("负责|收|作业": 2)."""
    count = position = 0
    while position + 1 < len(word):
        if is_ordinary_word_of_its_script(word[position:position + 2]):
            count += 1
            position += 2
        else:
            position += 1
    return count


def is_common_word_of_its_script(word: str) -> bool:
    """Whether `word` is one of the ~1,000 most frequent words of its script's languages ("由", "和", "高")."""
    script = _script(word[0]) if word else ""
    lists = "CJK" if script in ("HIRAGANA", "KATAKANA", "IDEOGRAPHIC") else script
    return _normalise(word, lists) in _common_words(lists)


# Last characters of Japanese and Chinese names of institutions and units (hospital, association, department,
# section, office, company, school, shop, agency): "当院", "医師会", "経理部" name no person.
INSTITUTION_ENDINGS = frozenset("院会部課局所社校店室庁省署处科")


def is_listed_japanese_surname(word: str) -> bool:
    """Whether `word` is a Japanese surname of Faker's ja_JP lists, in kanji or kana ("阿部", "サトウ")."""
    return word in _script_names("JAPANESE").last


def stands_alone_in_its_script(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a mention of a found name, is a word of its own by the rules of its script: a Han or
    Thai mention anywhere (no spaces: particles and titles touch it), a katakana one not inside a longer katakana
    word, a Hangul one at a word's start (particles follow it), an Arabic or Hebrew one between word edges or after
    a fused conjunction or preposition, and one of any other spaced script at a word's start (case endings and
    suffixes follow it: "Иванову", "তুলির")."""
    script = _script(text[start]) if start < len(text) else ""
    if script in ("", "LATIN") or not text[start].isalpha():
        return True
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if script in _UNSPACED_SCRIPTS:
        return script != "KATAKANA" or not (_is_katakana(before) or _is_katakana(after))
    if before and _letter_of(before, script):
        prefixes = _FUSED_PREFIXES.get(script)
        word_start = start
        while word_start > 0 and _letter_of(text[word_start - 1], script):
            word_start -= 1
        if not prefixes or _normalise(text[word_start:start], script) not in prefixes:
            return False
    return not (script in _FUSED_PREFIXES and after and _letter_of(after, script))


def _letter_of(char: str, script: str) -> bool:
    return _script(char) == script and (char.isalpha() or unicodedata.combining(char) > 0 or not char.isprintable())


def _is_katakana(char: str) -> bool:
    return bool(char) and ("\u30a1" <= char <= "\u30fa" or char == "\u30fc")


# --- data ---------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The Unicode script of a letter, as the first word of its character name ("ARABIC", "CYRILLIC", "CJK")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _normalise(word: str, script: str) -> str:
    """The form names are compared in: case-folded, without vowel points and accents, letter variants merged."""
    if script == "ARABIC":
        word = _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)
    elif script == "HEBREW":
        word = _HEBREW_MARKS.sub("", word)
    elif script == "GREEK":
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        word = word.casefold().replace("ς", "σ")
    elif script in _CASED_SCRIPTS or script == "GEORGIAN":
        word = word.casefold().replace("ё", "е")
    return word.replace("\u200c", "")


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه",
                                 "ۀ": "ه"})
_HEBREW_MARKS = re.compile("[\u0591-\u05c7'\"׳״]")
_NAME_ATTRIBUTES = {"first": ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                              "first_kana_names"),
                    "last": ("last_names", "last_names_male", "last_names_female", "last_kana_names"),
                    "titles": ("prefixes", "prefixes_male", "prefixes_female")}


@functools.lru_cache(maxsize=1)
def _all_script_names() -> dict[str, ScriptNames]:
    """Every Faker person locale's name parts, grouped by the script they are written in (read once)."""
    try:
        import faker.providers.person as person_providers
    except ModuleNotFoundError as exc:
        raise TermListError(f"name lists unavailable: install faker==40.54.0 ({exc})") from None
    parts: dict[str, dict[str, set[str]]] = {}
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        provider = getattr(importlib.import_module(f"{person_providers.__name__}.{module_info.name}"), "Provider", None)
        for part, attributes in _NAME_ATTRIBUTES.items():
            for attribute in attributes:
                # Class attributes only: some locales make these properties of an instance.
                listed = next((vars(cls)[attribute] for cls in getattr(provider, "__mro__", ()) if attribute in vars(cls)),
                              None)
                if not isinstance(listed, (dict, list, tuple)):
                    continue
                for name in listed:
                    if not isinstance(name, str) or not name.strip():
                        continue
                    script = _script(name.strip()[0])
                    if script in ("LATIN", "") or module_info.name.startswith("zh"):
                        continue  # Latin names are ner.py's; Chinese ones are east_asian_names' (read by character)
                    if module_info.name == "ja_JP":
                        script = "JAPANESE"  # kanji and kana names, read by _names_in_han
                    key = " ".join(_normalise(token, script) for token in name.split())
                    parts.setdefault(script, {"first": set(), "last": set(), "titles": set()})[part].add(key)
    for part, words in _thai_name_lists().items():
        parts.setdefault("THAI", {"first": set(), "last": set(), "titles": set()})[part].update(words)
    if len(parts.get("ARABIC", {}).get("first", ())) < 200 or len(parts.get("CYRILLIC", {}).get("last", ())) < 500:
        raise TermListError("name lists of non-Latin scripts are incomplete; the faker package is damaged")
    return {script: ScriptNames(first=frozenset(p["first"]), last=frozenset(p["last"]),
                                titles=frozenset(t.casefold() for t in p["titles"]),
                                longest=max(len(n.split()) for n in p["first"] | p["last"] | {""}) or 1,
                                openings=frozenset(n.split()[0] for n in p["first"] | p["last"] if " " in n))
            for script, p in parts.items()}


# PyThaiNLP's name lists (Apache-2.0): ~11,800 Thai given names and ~9,800 family names, where Faker's th_TH
# has 500 and 250. Read as data files from the installed wheel, without importing the package's code.
_THAI_NAME_FILES = {"first": ("person_names_male_th.txt", "person_names_female_th.txt"),
                    "last": ("family_names_th.txt",)}


def _thai_name_lists() -> dict[str, set[str]]:
    spec = importlib.util.find_spec("pythainlp")
    if spec is None or not spec.submodule_search_locations:
        raise TermListError("Thai name lists unavailable: install pythainlp==5.4.0")
    corpus = Path(next(iter(spec.submodule_search_locations))) / "corpus"
    lists: dict[str, set[str]] = {}
    for part, filenames in _THAI_NAME_FILES.items():
        for filename in filenames:
            words = (line.strip() for line in (corpus / filename).read_text(encoding="utf-8").splitlines())
            lists.setdefault(part, set()).update(_normalise(word, "THAI") for word in words
                                                 if word and _script(word[0]) == "THAI" and " " not in word)
    if len(lists.get("first", ())) < 5000 or len(lists.get("last", ())) < 5000:
        raise TermListError("Thai name lists are incomplete; the pythainlp package is damaged")
    return lists


def warm_up() -> None:
    """Read every list the detector consults (Faker's names by script, wordfreq's and Faker's ordinary words,
    the cue words, the East Asian lists) now, at start-up, rather than on the first text of each script
    (a first Thai or Korean request paid ~0.1-1 s)."""
    for script in _all_script_names():
        _common_words(script)
        _ordinary_words(script)
    _ordinary_words("CJK")
    _ordinary_words("HANGUL")
    _cue_words()
    _thai_title_and_name()
    east_asian_names()


def _script_names(script: str) -> ScriptNames:
    return _all_script_names().get(script, _NO_NAMES)


_NO_NAMES = ScriptNames(frozenset(), frozenset(), frozenset(), 1, frozenset())


@functools.lru_cache(maxsize=1)
def _supported_scripts() -> frozenset[str]:
    return frozenset(script for script in _all_script_names() if script != "JAPANESE")


@functools.lru_cache(maxsize=None)
def _common_words(script: str) -> frozenset[str]:
    """Ordinary words of the script's languages: wordfreq's most frequent and Faker's lorem words."""
    return _frequent_words(script, _COMMON_RANK) | _lorem_words(script)


@functools.lru_cache(maxsize=None)
def _ordinary_words(script: str) -> frozenset[str]:
    return _frequent_words(script, _ORDINARY_RANK) | _lorem_words(script)


@functools.lru_cache(maxsize=None)
def _frequent_words(script: str, rank: int) -> frozenset[str]:
    try:
        from wordfreq import top_n_list
    except ModuleNotFoundError as exc:
        raise TermListError(f"word frequencies unavailable: install wordfreq==3.1.1 ({exc})") from None
    # wordfreq's "small" lists hold the same top 8,000 words of each of these languages as "best" (checked
    # for all fifteen) and load 3x faster (0.39 against 1.22 s for all of them, at warm_up).
    return frozenset(_normalise(word, script) for language in _LANGUAGES.get(script, ())
                     for word in top_n_list(language, rank, wordlist="small"))


@functools.lru_cache(maxsize=None)
def _lorem_words(script: str) -> frozenset[str]:
    words: set[str] = set()
    for locale in _LOREM_LOCALES.get(script, ()):
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        for word in vars(provider).get("word_list", ()):
            if isinstance(word, str):
                words.add(_normalise(word, script))
    return frozenset(words)
