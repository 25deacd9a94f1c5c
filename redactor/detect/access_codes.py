"""Codes and passwords that open a device or a door, in the sentences people write about getting in.

The code rules (password_numbers.py after a code word, secrets.py `_ONE_TIME_CODE_CUE` after a lock) read a number
right after "code is" or "door code:". People who phone in a lock-out, write a handover note or forward a vendor's
e-mail put it otherwise:

1. **A word after a code word.** "koden er Marsk2031", "the door code is Gate-7741": a code word (slot_names
   `code_label_words`, which password_sentences.py already found and judged to name no other code) and its connector,
   then a word only a person picks as a password (`is_password_word`: letters with a digit or a password symbol, no
   version, host, path or tech term). `password_after_code_word`.
2. **What unlocks with it.** "the terminal unlocks with 660173", "se desbloquea con 660173", "entsperrt mit 4471",
   "disarm it with 9921#": an unlock verb of several languages, "with" (or "using", "via") and the code: 4-12
   digits or a password word. `code_after_unlock_verb`.
3. **The code before what it opens.** "use Quay!31 for the web UI and 604417 at the keypad", "enter 4471 on the
   door panel": a number of five or more digits right before "at/on/for the keypad/door/gate/panel/...", or four
   digits after a verb of typing it ("enter", "use", "type", "punch", "key in", "dial"). `code_before_its_lock`.
4. **The code alone on a line below its label.** "It's the door entry system's service code I think:\n\n  #662810#":
   a code word whose clause ends its line with ":", and a keypad code (digits, perhaps `#`/`*` around them) alone on
   one of the next two non-blank lines. `code_on_a_line_below`.
5. **A bare alternative.** "Known codes tried: 731904 and Harbour2031": right after a found code or password, "and"
   / "or" / "," and another value of a code's or a password word's shape, with no words between
   (credential_lists.py reads items that name what they open). `bare_alternatives_after`.

None has a key that vouches for the value: all are doubtful (DOUBTFUL_SCORE): the wire redacts, an audit does not
report. Measures and dates stay out as in password_numbers.py: a unit after the number ("4096 bytes"), a preposition
of time before it ("since 2024"), a number that goes on as a date, decimal or time.

Cost: one anchored regex per code word found (1, 4, 5); one literal pre-check and one regex over the text for the
unlock verbs (2) and the lock nouns (3).
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, Iterator

from redactor.detect.base import Span
from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any
from redactor.detect.password_numbers import CONNECTORS
from redactor.detect.secret_values import is_placeholder_value

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# A code as people type it: 4-12 digits, perhaps the keypad's enter key.
_CODE = r"\d{4,12}[#*]?"
# Not a date, decimal, time, range or grouped amount after the number, nor a word run into it.
_CODE_ENDS = r"(?![\w@]|[.,:/\-]\d)"
_VALUE_EDGE = ".,;:)]}\"'”’»"
_MEASURE_WORDS = frozenset(
    "length size limit count digits characters chars attempts tries retries times version year years format policy"
    " width expiry expires expiration age rotation history strength minimum maximum min max ttl timeout lifetime"
    " review reviews coverage quality base path paths style owner owners freeze change changes".split())
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:digits?|characters?|chars|attempts?|tries|times|days?|weeks?|months?|years?|hours?|minutes?|mins?"
    r"|seconds?|secs?|ms|bytes?|bits?|lines?|items?|people|users?|accounts?|files?|%|km|kg|m)\b", re.IGNORECASE)

# 1. After a code word: up to four words, a connector (password_numbers.CONNECTORS) or ":"/"=", then one word.
_WORD_AFTER_CODE_WORD = re.compile(
    r"(?i)(?P<gap>(?:[ \t]+[^\W\d_][\w'’-]{0,19}){0,4}?)"
    r"(?:[ \t]*[:=]|[ \t]+(?:" + CONNECTORS + r")(?![\w])[ \t]*:?)"
    r"[ \t]*[\"'“‘`«]?(?P<value>[^\s\"'“”‘’`«»,;()]{6,64})")


# A code a person picks: a capital, a symbol or a run of two digits ("Marsk2031", "gate#7", "carrow26").
_PICKED_BY_A_PERSON = re.compile(r"[A-Z]|[^\w\s]|\d\d")
_TECH_NAME = re.compile(r"(?i)v\d|r\d|\d+(?:\.\d+)+|[a-z]+\d+(?:\.\d+)+")


def password_after_code_word(text: str, cue_end: int, taken: list[tuple[int, int]],
                             is_password_word: Callable[[str], bool]) -> Iterator[Span]:
    """The password word a code word's sentence names ("koden er Marsk2031"); `taken`: found spans (merged)."""
    match = _WORD_AFTER_CODE_WORD.match(text, cue_end)
    if match is None:
        return
    if any(word.lower() in _MEASURE_WORDS for word in match.group("gap").split()):
        return
    value = match.group("value").rstrip(_VALUE_EDGE)
    if value.isdigit() or not any(c.isdigit() for c in value) or not is_password_word(value):
        return  # numbers are password_numbers.py's; a code word's value has a digit ("koden er Sommer!" is prose)
    if not _PICKED_BY_A_PERSON.search(value) or _TECH_NAME.match(value):
        return  # "the code we ship is v2beta", "is ready2go": names of builds and states, not a code
    start = match.start("value")
    yield from _untaken(start, start + len(value), taken)


# 2. Unlock verbs of several languages, then "with" in that language, perhaps "the code"/"the PIN", then the value.
_UNLOCK_VERBS = (
    r"unlock(?:s|ed|ing)?|disarm(?:s|ed|ing)?|desbloque(?:a|an|ar|o|ia|iam|ada|ado)|déverrouill(?:e|er|é|ée|ent)"
    r"|deverrouill(?:e|er|é|ée|ent)|entsperr(?:t|en|e|te)|sblocc(?:a|are|ano|ato|ata)|ontgrendel(?:t|en|d)?"
    r"|lås(?:es|er)[ \t]+(?:upp|op)|odblokow(?:uje|ać|ywać)|odblokuj|odemkn(?:e|out)|avataan|avautuu")
_UNLOCK_WITH = re.compile(
    r"(?i)(?<![\w-])(?:" + _UNLOCK_VERBS + r")(?![\w-])(?:[ \t]+(?:it|them|the[ \t]+\w+|el[ \t]+\w+|la[ \t]+\w+|le"
    r"|la|lo|es|sie|ihn))?[ \t]+(?:with|using|via|con|avec|mit|com|met|med|z|usando|par)"
    r"(?:[ \t]+(?:the|a|el|la|le|der|die|das|dem|den|o|a|de|het|il|lo))?"
    r"(?:[ \t]+(?:code|pin|passcode|password|código|codigo|pin-code|code[ \t]+pin|clave|contraseña|codice|kode|koden"
    r"|kod|koodi|pinkode|pinkoden|passwort|zahlenkombination))?[ \t]*:?[ \t]*[\"'“‘`«]?"
    r"(?:(?P<code>" + _CODE + r")" + _CODE_ENDS + r"|(?P<word>[^\s\"'“”‘’`«»,;()]{6,64}))")
_UNLOCK_TRIGGERS = ("unlock", "disarm", "desbloque", "verrouill", "entsperr", "sblocc", "ontgrendel", "lås",
                    "odblok", "odemk", "avat", "avau")


def code_after_unlock_verb(text: str, lowered: str, taken: list[tuple[int, int]],
                           is_password_word: Callable[[str], bool]) -> Iterator[Span]:
    """The code a thing "unlocks with" (see the module docstring, 2)."""
    if not contains_any(lowered, _UNLOCK_TRIGGERS):  # (a long text: one lookup in its shared cue scan)
        return
    for match in _UNLOCK_WITH.finditer(text):
        if match.group("code") is not None:
            start, end = match.span("code")
            if _UNIT_AFTER.match(text, end) or is_placeholder_value(match.group("code")):
                continue
        else:
            value = match.group("word").rstrip(_VALUE_EDGE)
            if not any(c.isdigit() for c in value) or not is_password_word(value):
                continue
            start = match.start("word")
            end = start + len(value)
        yield from _untaken(start, end, taken)


# 3. A number right before what it opens.
_LOCK_NOUNS = (r"keypad|key[ -]?pad|door(?:[ -]?(?:panel|entry|keypad|lock))?|gate|front[ \t]+door|back[ \t]+door"
               r"|side[ \t]+door|main[ \t]+door|panel|alarm(?:[ \t]+panel)?|lock|padlock|safe|key[ -]?safe|lock[ -]?box"
               r"|intercom|buzzer|entry[ \t]+system|turnstiles?|barrier|cabinet|locker|tablet|terminal|reader")
_CODE_BEFORE_LOCK = re.compile(
    r"(?i)(?<![\w.,:/\-#*])(?P<code>\d{4,12})[#*]?[\"'”’`]?[ \t]+(?:at|on|for|into|in|to[ \t]+open)[ \t]+"
    r"(?:the[ \t]+|a[ \t]+|each[ \t]+|every[ \t]+)?(?:[^\W\d_][\w-]{1,15}[ \t]+)?(?:" + _LOCK_NOUNS + r")(?![\w-])")
# The look-behind of _CODE_BEFORE_LOCK in character classes (character_layouts.py): `\w` is `0`, `A`, `a`, `_`.
_NOT_BEFORE_CODE = b"0Aa_.,:/-#*"
_LOCK_TRIGGERS = ("keypad", "key pad", "key-pad", "door", "gate", "panel", "alarm", "lock", "safe", "intercom",
                  "buzzer", "entry", "turnstile", "barrier", "cabinet", "locker", "tablet", "terminal", "reader")
# Before a four-digit number, a verb of typing it in: otherwise "1400 at the gate" is a time.
_TYPING_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:enter|entered|use|used|type|typed|punch|punched|key|keyed|dial|dialled|dialed|tap|tapped"
    r"|press|pressed|code|pin)(?![\w-])[^.!?\n]{0,60}$")
_TIME_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:until|till|since|from|by|before|after|about|around|at|in|circa|ca|approx|approximately"
    r"|year|room|floor|no|number|nr|ext|extension|unit|suite|bay|dock|gate)[ \t.:#]*$")


def code_before_its_lock(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """A code written before the lock it opens (see the module docstring, 3)."""
    if not contains_any(lowered, _LOCK_TRIGGERS):  # (the same)
        return
    # Tried only where four digits start after none of the look-behind's characters (its finditer otherwise tries
    # the look-behind at every character of a text that names a door, a panel or a terminal anywhere)
    for match in layout_matches(_CODE_BEFORE_LOCK, text, (b"0000",), _NOT_BEFORE_CODE):
        start, end = match.span("code")
        before = text[max(0, start - 80):start]
        if _TIME_WORD_BEFORE.search(before) or is_placeholder_value(match.group("code")):
            continue  # "since 2024 at the gate", "room 2041 on the door", "at 0930 at the gate"
        if end - start == 4 and not _TYPING_VERB_BEFORE.search(before):
            continue  # four digits: a time or a year unless someone types them in
        yield from _untaken(start, end, taken)


# 4. A code word, its clause ending the line with ":", the code alone on one of the next two non-blank lines.
_CLAUSE_TO_LINE_END = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]{0,19}){0,4}[ \t]*:[ \t]*(?=\r?\n)")
_CODE_ALONE_ON_A_LINE = re.compile(r"(?:[ \t]*\r?\n){1,3}[ \t]*[#*\"'`]?(?P<code>\d{4,12})[#*\"'`]?[ \t.]*(?=\r?\n|$)")


def code_on_a_line_below(text: str, cue_end: int, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The keypad code alone on a line below "… code I think:" (see the module docstring, 4)."""
    clause = _CLAUSE_TO_LINE_END.match(text, cue_end)
    if clause is None:
        return
    code = _CODE_ALONE_ON_A_LINE.match(text, clause.end())
    if code is None or is_placeholder_value(code.group("code")):
        return
    start, end = code.span("code")
    yield from _untaken(start, end, taken)


# 5. Right after a found code or password: "and"/"or"/","/"/" and one more value, no words between.
_BARE_ALTERNATIVE = re.compile(
    r"[\"'”’`]?(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|und|oder|et|ou|y|o|e|en|of|og|eller|och|i|lub|albo)[ \t]+"
    r"|[ \t]*/[ \t]*)[\"'“‘`]?(?P<value>[^\s\"'“”‘’`,;()]{4,64})")


def bare_alternatives_after(text: str, spans: Iterable[Span], is_password_word: Callable[[str], bool]
                            ) -> Iterator[Span]:
    """The value right after a found PASSWORD that names an alternative to it (see the module docstring, 5)."""
    for span in spans:
        if span.kind != KIND or span.category != CATEGORY:
            continue
        first = text[span.start:span.end].rstrip("#*")
        if not (first.isdigit() and 4 <= len(first) <= 12) and not is_password_word(first):
            continue
        at = span.end
        for _ in range(4):  # a short list at most
            match = _BARE_ALTERNATIVE.match(text, at)
            if match is None:
                break
            value = match.group("value").rstrip(_VALUE_EDGE)
            digits = value.rstrip("#*")
            if digits.isdigit():
                if not 4 <= len(digits) <= 12 or _UNIT_AFTER.match(text, match.start("value") + len(value)):
                    break
            elif not (any(c.isdigit() for c in value) and is_password_word(value)):
                break
            start = match.start("value")
            yield Span(start, start + len(value), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            at = start + len(value)


def _untaken(start: int, end: int, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The span start..end unless a found span (merged, sorted `taken`) overlaps it already."""
    at = bisect.bisect_left(taken, (end, end)) - 1
    if at >= 0 and taken[at][1] > start:
        return
    yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
