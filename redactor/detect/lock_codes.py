"""Short codes stated for what they open: door, gate, key-safe, alarm and locker codes as non-developers write them.

A booking confirmation, a staff WhatsApp, a handover note or a call transcript gives a code by naming the lock and
then the number, in any language and without the word "code": "la puerta del garaje es 3587", "front_door_keypad:
044088", "kluis kantine: 0746", "رمز باب غرفة المعلمين الجديد 8702", "le code de l'alarme c'est sept-quatre-un-
quatre", "you'll need 9396 at the side gate". The structural fact is the same in all of them: a short number is the
value of a clause or key whose head is a lock (rules/lock_words.yaml, per language, as data), or the object of a
sentence that ends at the lock.

1. **After the lock.** A lock word, then at most six words of the same clause (no digit, no sentence end, no noun
   of another number: "room", "price", "Zimmer"), then the value: 4-8 digits (OCR misreads `O`/`l`/`I` for `0`/`1`
   allowed, three real digits at least; a keypad `#`/`*` after it) or 4-12 digit words said one by one ("sept-
   quatre-un-quatre", "four seven one one"). The clause must hand the value over: the gap ends with `:`/`=`/`→` or
   a copula of some language ("is", "es", "c'est", "ist"; password_numbers.CONNECTORS), or a code word stands
   near (`code`, `PIN`, `رمز`, `código`: "garaje con el código 3587"), or the value is one no time or count has
   (five digits or more, a `#`).
   A verb of keying a code in (`entry_verbs`: "marca", "tapez", "eingeben", "введите") counts as a code word: the
   number is the object of an entry action ("marca 4471 y empuja fuerte").
2. **Before the lock.** The value, a preposition ("at", "on", "for", "an", "à", "bij") and at most two words, then
   the lock: "need 9396 at the side gate".

Numbers stay out when they are a time or a year by their neighbours (a preposition of time before: "at 1400 at the
gate", "since 2019"; a unit, `:`/`.` digits or am/pm after), or when a noun of another number stands before them.
All findings are doubtful (DOUBTFUL_SCORE): the wire redacts, an audit does not report. Another spelling of the same
code later in the conversation is code_spellings.py's.

Cost: one regex search for a lock word per text (texts without one cost that search); per lock word one bounded
window.
"""
from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import Iterator

import yaml

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import matches_at_keywords
from redactor.detect.password_numbers import CONNECTORS
from redactor.detect.slot_names import code_label_words, fold_latin_accents
from redactor.detect.spoken_values import digit_words

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_DATA = Path(__file__).parent / "rules" / "lock_words.yaml"
_WINDOW = 90  # characters after a lock word searched for its value
_MAX_GAP_WORDS = 6
_MAX_GAP_CHARS_UNSPACED = 14  # a gap in a script written without spaces
_CODE_WORD_REACH = 30  # characters before a lock word a code word may stand ("رمز باب ...")


class LockWordsError(ValueError):
    """rules/lock_words.yaml is missing or malformed."""


def _is_unspaced_script(word: str) -> bool:
    """Chinese, Japanese and Thai are written without spaces between words: their lock words are found anywhere."""
    return any("\u0e00" <= char <= "\u0e7f" or "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"
               for char in word)


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                        tuple[str, ...]]:
    """(the lock-word regex, the nouns of other numbers, the code words, the entry verbs, the code names, the regex's
    words in lower case), from rules/lock_words.yaml."""
    try:
        document = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
        locks = {word.lower() for words in document["lock_words"].values() for word in str(words).split()}
        stems = {word.lower() for word in str(document["compound_stems"]).split()}
        others = {word.lower() for words in document["other_numbers"].values() for word in str(words).split()}
        names, verbs = ({phrase.strip().lower() for phrases in document[section].values()
                         for phrase in str(phrases).split(",") if phrase.strip()}
                        for section in ("code_names", "entry_verbs"))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise LockWordsError(f"{_DATA.name}: {exc}") from None
    names |= {fold_latin_accents(name) for name in names}
    verbs |= {fold_latin_accents(verb) for verb in verbs}
    locks |= {fold_latin_accents(word) for word in locks} | names | verbs
    others |= {fold_latin_accents(word) for word in others}
    whole = sorted((word for word in locks if not _is_unspaced_script(word)), key=len, reverse=True)
    anywhere = sorted([word for word in locks if _is_unspaced_script(word)] + list(stems), key=len, reverse=True)
    # A whole word: no letter on either side ("front_door_keypad" holds "door"; "doorbell", "report" hold none).
    pattern = (r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, whole)) + r")(?![^\W\d_])"
               "|(?:" + "|".join(map(re.escape, anywhere)) + ")")
    code_words = frozenset(code_label_words()) | names | verbs | {"رمز", "الرمز", "コード", "코드", "kodu", "kodunu", "κωδικό"}
    # Where a match can start: the regex is tried only where the text's shared cue scan found one of its words (a
    # case-insensitive alternation of hundreds of words tried at every character cost ~7 ms per 4 KB of prose).
    # (one tuple, cached with the rest, so the shared cue scan knows it by identity)
    starts = tuple(sorted({word.lower() for word in (*whole, *anywhere)}))
    return re.compile(pattern, re.IGNORECASE), frozenset(others), code_words, frozenset(verbs), frozenset(names), starts


@functools.lru_cache(maxsize=1)
def _numberless_locks() -> frozenset[str]:
    """rules/lock_words.yaml: numberless_locks, lower case, accents as written and folded."""
    try:
        document = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
        words = {word.lower() for words in document["numberless_locks"].values() for word in str(words).split()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise LockWordsError(f"{_DATA.name}: {exc}") from None
    return frozenset(words | {fold_latin_accents(word) for word in words})


def _spoken_digit() -> str:
    words = sorted(digit_words(), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@functools.lru_cache(maxsize=1)
def _value_pattern() -> re.Pattern:
    digit = _spoken_digit()
    return re.compile(
        # 4-8 digits, OCR's O/o/l/I for 0/1 inside (checked below), a keypad key after
        rf"(?<![{_LETTERS}.,:/\-+#$€£¥])(?P<code>(?-i:[0-9OlI]{{4,8}})|\d{{2,3}}(?:[ ]\d{{2,3}}){{1,3}}|\d(?:[ -]\d){{3,7}})"
        rf"(?P<key>[#*]?)(?![{_LETTERS}@]|[.,:/\-]\d|[ -]\d)"
        # or the digits said one by one, joined by spaces or hyphens
        rf"|(?<![^\W\d_])(?P<spoken>{digit}(?:[ \t]*[- ][ \t]*{digit}){{3,11}})(?![^\W\d_])",
        re.IGNORECASE)


# Letters and digits that join a number into a word: Latin, Greek and Cyrillic ("4821です", "验证码482913" end or
# start at the CJK character, whose scripts have no spaces).
_LETTERS = r"0-9A-Za-z_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_SENTENCE_END = re.compile(r"[.!?;。！？\n]|,[ \t]+(?=[^\W\d_])")
_CONNECTOR_WORDS = frozenset(CONNECTORS.split("|")) | {"c'est", "c’est", "sind", "são", "sono", "zijn", "أصبح",
                                                       "هو", "هي", "は", "是", "为", "為", "는", "은", "이에요"}
_ARROW_BEFORE = re.compile(r"(?:→|->|=>)\s*$")
_ROLE_AFTER = re.compile(r"(?i)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:as|in|into|for|als|in|comme|dans|como|en|come|nel)[ \t]")
_USED_AS_A_VERB = re.compile(
    r"(?i)[ \t]+(?:the|a|an|it|this|that|these|those|them|down|your|our|my|his|her|their|its)(?![^\W\d_])")
_CODE_HEADS = ("code", "kode", "koden", "kod", "koodi", "codice", "código")
_HAND_OVER = re.compile(r"[:=：→>-]\s*$")
_TIME_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:at|until|till|since|from|by|before|after|around|about|in|um|bis|ab|seit|vor|nach|à|a"
    r"|dès|depuis|vers|avant|après|las|desde|hasta|antes|alle|dalle|entro|às|até|om|tot|sinds|vanaf|na|od|do"
    r"|o|kl|klockan|från|saat)[ \t]*$")
_AFTER_VALUE_TIME = re.compile(r"(?i)[ \t]*(?:am|pm|a\.m\.|p\.m\.|h|hrs|uhr|o'clock|horas|heures|ore|uur"
    # a time of day the clause sets: "set the alarm to 0630 tomorrow"
    r"|tomorrow|today|tonight|morning|evening|morgen|heute|demain|ce[ \t]+soir|mañana|domani|amanhã)(?![^\W\d_])")
_UNIT_AFTER = re.compile(
    r"(?i)[ \t]*(?:digits?|characters?|chars|days?|weeks?|months?|years?|hours?|minutes?|mins?|seconds?|m|km|kg"
    r"|cm|mm|ft|feet|foot|yards?|yd|sq|square|sqft|m²|m2|metres?|meters?|miles?|eur|euros?|usd|gbp|kr|sek|nok|dkk|zł|pln|chf|try|tl|₺|₹|rs|€|£|\$|%|people|guests?|pieces?|pcs|units?|items?)(?![^\W\d_])")
_BEFORE_LOCK = re.compile(
    r"(?i)[ \t]+(?:at|on|for|in|into|to|an|am|auf|bei|für|à|au|aux|pour|en|a|al|del|bij|voor|op|på|vid|för|w|przy)"
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,15}){0,2}?[ \t]+")
_WORD = re.compile(r"[^\s:=：→>\"'“”‘’«»()\[\]]+")


def codes_at_locks(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """Codes stated for a lock (see the module docstring); `taken` is the merged, sorted list of found spans."""
    lock_words, others, code_words, _verbs, names, starts = _vocabulary()
    locks = list(matches_at_keywords(lock_words, text, starts))
    if not locks:
        return
    values = _value_pattern()
    seen: set[tuple[int, int]] = set()
    for lock in locks:
        if lock.group().lower() in names and _USED_AS_A_VERB.match(text, lock.end()):
            continue  # "pin the dependency to 2024", "pin it to 1.4": a code's name used as a verb names no code
        for start, end in (*_after_the_lock(text, lock, values, others, code_words),
                           *_before_the_lock(text, lock, values, others)):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            at = bisect.bisect_left(taken, (end, end)) - 1
            if at >= 0 and taken[at][1] > start:
                continue
            yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _real_code(match: re.Match) -> bool:
    """Digits, or digits with OCR's letter for a digit inside: three real digits and a digit first ("7O85")."""
    code = match.group("code")
    return code is None or code.isdigit() or (sum(char.isdigit() for char in code) >= 3 and code[0].isdigit())


def _after_the_lock(text: str, lock: re.Match, values: re.Pattern, others: frozenset[str],
                    code_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    window_end = min(len(text), lock.end() + _WINDOW)
    stop = _SENTENCE_END.search(text, lock.end(), window_end)
    # "door:\n" ends no clause when the value follows on the next line... but only the first line break after a colon
    if stop is not None and text[stop.start()] == "\n" and text[lock.end():stop.start()].rstrip().endswith(":"):
        stop = _SENTENCE_END.search(text, stop.end(), window_end)
    clause_end = stop.start() if stop is not None else window_end
    value = values.search(text, lock.end(), clause_end)
    if value is None or not _real_code(value):
        lettered = _lettered_code_after_hand_over(text, lock, clause_end, others)
        if lettered is not None:
            yield lettered
        return
    gap = text[lock.end():value.start()]
    if any(char.isdigit() for char in gap) and not _ARROW_BEFORE.search(gap):
        return  # a number between the lock and the value is the lock's ("Door 4"), unless an arrow hands over
    if '"' in _inside_quotes_of_a_pair(gap) or sum(gap.count(mark) for mark in ":=：") > 1:
        return  # `door PostNL" status=failed code=21610`: the number is another key's value
    words = [word.lower().strip(".,;") for word in _WORD.findall(gap)]
    spaced = " " in gap.strip() or len(words) > 1
    if _word_count(gap) > _MAX_GAP_WORDS or (
            not spaced and _is_unspaced_script(gap) and len(gap) > _MAX_GAP_CHARS_UNSPACED):
        return
    arrow = _ARROW_BEFORE.search(gap) is not None
    if not arrow and any(word in others or fold_latin_accents(word) in others for word in words):
        return
    before_value = text[max(0, value.start() - 12):value.start()]
    if _TIME_BEFORE.search(before_value) and not _HAND_OVER.search(gap):
        return
    if not _clause_hands_over(text, lock, gap, words, value, code_words):
        return
    if not _ends_as_a_code(text, value):
        return
    if lock.group().lower() in _vocabulary()[3]:
        if value.group("code") is not None and not value.group("code").isalnum():
            return  # digits in groups after a verb of keying in are a phone number's ("marca el 91 44 20")
        if _ROLE_AFTER.match(text, value.end()) and any(
                word.lower() in others for word in _WORD.findall(text[value.end():value.end() + 30])[:4]):
            return  # "type 2024 in the year field": the number keyed in is something else
    yield value.span("code") if value.group("code") is not None else value.span("spoken")


def _clause_hands_over(text: str, lock: re.Match, gap: str, words: list[str], value: re.Match,
                       code_words: frozenset[str]) -> bool:
    """Whether the clause gives the value as the lock's code, not as some other number of it."""
    if _HAND_OVER.search(gap) or _HAND_OVER.search(_inside_quotes_of_a_pair(gap)) or value.group("key") or value.group(
            "spoken"):
        return True
    if lock.group().lower() in _numberless_locks() and (not gap.strip() or (
            words and words[0] in _WHERE_PREPOSITIONS and len(words) <= 5)):
        # "key safe 3391", "candado 0472": a lock with no number of its own gives its code, also after where it is
        # ("keysafe under the meter box 0611", "cadenas derrière le portail 4471")
        return True
    last = words[-1] if words else ""
    if last in _CONNECTOR_WORDS or re.split(r"['’]", last)[-1] in _CONNECTOR_WORDS:
        return True
    if any(word in code_words or _long_compound_of_code(word) for word in words) or lock.group().lower() in code_words:
        return True  # a code word, also as a long compound's head ("Deaktivierungscode", "entsperrungskoden")
    before = text[max(0, lock.start() - _CODE_WORD_REACH):lock.start()].lower()
    if any(word in code_words for word in _WORD.findall(before)[-3:]):
        return True
    code = value.group("code")
    return len(code) >= 5


# Where a lock with no number of its own is: a preposition of place starts the words between it and its code.
_WHERE_PREPOSITIONS = frozenset(
    "under underneath below behind beside by near next outside inside above at on left right round around"
    " unter hinter neben bei am an links rechts sous derrière près à côté devant bajo debajo detrás junto al"
    " sotto dietro accanto vicino onder achter naast bij under bakom bredvid vid pod za obok przy".split())
_ELIDED = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
# A door code with a letter, as building keypads and key safes take them ("B2718", "C1955", "4471A"): after the
# lock's clause hands it over with ":" or "=" only, where it fills a key's value slot.
_LETTERED_CODE = re.compile(r"[ \t]*[\"'“]?(?P<code>(?-i:[A-Z]{1,2}\d{3,7}|\d{3,7}[A-Z]))[#*]?(?![\w@]|[.,:/\-]\w)")


def _word_count(gap: str) -> int:
    """The words between a lock and its value: a possessive or an elision is one word ("Gran's", "l'ambulance"),
    a bracket or a keypad key none."""
    return sum(1 for word in _WORD.findall(_ELIDED.sub("", gap)) if any(char.isalnum() for char in word))


_KEY_CLOSING_QUOTE = re.compile(r"^([\w.-]*)[\"']")


def _inside_quotes_of_a_pair(gap: str) -> str:
    """The gap without the quotes of a key and its value around it (`"keysafe": "0611"`: `": "`)."""
    inner = _KEY_CLOSING_QUOTE.sub(r"\1", gap.strip(), count=1)  # (the rest of the key's name before its quote)
    stripped = inner.rstrip()
    if stripped[-1:] in "\"'":
        inner = stripped[:-1]
    return inner


def _lettered_code_after_hand_over(text: str, lock: re.Match, clause_end: int,
                                   others: frozenset[str]) -> tuple[int, int] | None:
    """A code with one or two capital letters in the value slot of a lock's clause ("digicode immeuble (pour
    l'ambulance) : B2718", "Key safe at client's house: C1955"), or None."""
    for mark in _HAND_OVER_MARK.finditer(text, lock.end(), clause_end):
        gap = text[lock.end():mark.start()]
        if any(char.isdigit() for char in gap) or '"' in _inside_quotes_of_a_pair(gap) or _word_count(gap) > _MAX_GAP_WORDS:
            return None
        # a noun of another number names the value ("Room: B2718"); in an aside of where the lock is it does not
        # ("Key safe at client's house: C1955")
        named = _PREPOSITION_STARTS.split(gap, maxsplit=1)[0]
        if any(word.lower() in others for word in _WORD.findall(named)):
            return None
        value = _LETTERED_CODE.match(text, mark.end())
        if value is None or value.end("code") > clause_end:
            return None
        return value.span("code")
    return None


_PREPOSITION_STARTS = re.compile(r"[(（]|(?<![^\W\d_])(?:" + "|".join(sorted(_WHERE_PREPOSITIONS | {"for", "of", "to", "pour", "für", "para", "per"}, key=len, reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE)
_HAND_OVER_MARK = re.compile(r"[ \t]*[:=：][ \t]*")


def _long_compound_of_code(word: str) -> bool:
    """A code word at the end of a compound whose first part is a long word ("Deaktivierungscode"), not a short
    one that makes another code ("barcode", "postcode", "Fehlercode")."""
    return any(word.endswith(head) and len(word) - len(head) >= 7 and word[:-len(head)].isalpha()
               for head in _CODE_HEADS)


def _ends_as_a_code(text: str, value: re.Match) -> bool:
    """Not a time, a measure or an amount by what follows the number."""
    end = value.end()
    return not (_UNIT_AFTER.match(text, end) or _AFTER_VALUE_TIME.match(text, end))


def _before_the_lock(text: str, lock: re.Match, values: re.Pattern,
                     others: frozenset[str]) -> Iterator[tuple[int, int]]:
    """"need 9396 at the side gate": the value, a preposition and at most two words, the lock."""
    head = text[max(0, lock.start() - 60):lock.start()]
    offset = lock.start() - len(head)
    for value in values.finditer(head):
        if value.group("code") is None or not value.group("code").isdigit():
            continue
        link = _BEFORE_LOCK.fullmatch(head, value.end())
        if link is None:
            continue
        before = head[:value.start()]
        if _TIME_BEFORE.search(before[-12:]) or _ends_time(text, offset + value.end()):
            continue
        previous = _WORD.findall(before[-20:])
        if previous and previous[-1].lower() in others:
            continue
        yield offset + value.start("code"), offset + value.end("code")


def _ends_time(text: str, end: int) -> bool:
    return bool(_AFTER_VALUE_TIME.match(text, end) or _UNIT_AFTER.match(text, end))
