"""Identifiers after an upper-case acronym, whatever the acronym: `SSS 33-1234567-8`, `NHI ZKT4471`, `CoS C2G7119002K`.

Countries, insurers, airlines and agencies number people under acronyms no list can hold (GSIS, UAN, MBI,
KTN, NUIP ...). An acronym written right before a value with several digits is that value's label, so:

- the label is an acronym of 2-6 Latin or Cyrillic letters (`ТТН`), upper case or mixed with two capitals or more (`CoS`), perhaps
  after another acronym or a CamelCase name (`EPF UAN`, `KRA PIN`, `PhilHealth PIN`, `FF AY`); an acronym
  that is also an English word (`PIN`, `RAM`, `PORT`) labels only after such a first word;
- public acronyms are no label: standards and references (RFC, ISO, CVE), protocols and units (HTTP, TCP,
  MB, MHz), time zones (UTC), currencies (every ISO 4217 code, from pycountry), process and network
  numbers (PID, TTL) — `redactor/data/public_acronyms.txt`;
- the value is upper-case letters and digits with `-`, `.`, `/` inside (or digit groups spaced apart), with
  three digits or more, five or more when it is digits alone; versions, dates, times, years, amounts and
  hashes are no values (record_ids.is_record_value).

A label can be anything, so the finding is doubtful (0.55: redacted on the wire, not reported by an audit)
unless python-stdnum names the acronym and its check passes (national_ids reports those at 0.9).
Record locators after their labels (`PNR`, `RLOC`, `Recloc`) are booking codes of six letters and digits.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Iterator

from redactor.detect.character_layouts import class_pattern_starts
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length, matches_at_starts
from redactor.detect.record_ids import currency_codes, is_record_value
from redactor.detect.term_lists import term_list

# An acronym: a capital, perhaps lower-case letters, a second capital, more letters (2-6 in all, checked in code).
# Latin and Cyrillic apart: a class of ASCII letters scans about twice as fast, and most texts hold no Cyrillic.
# A match that stands inside a longer word, a path or a name is no label: the look-arounds reject those in the regex
# engine (a Python test per capitalised run cost most of this module's time), the look-behind after the first capital
# so the engine still skips ahead to capitals. (The same test is made again in code, for the length limit.)
_ACRONYM = re.compile(r"[A-Z](?<![\w./@$-][A-Z])[a-z]{0,4}[A-Z][A-Za-z]{0,4}(?![\w'’-])")
# Where an _ACRONYM match can start on ASCII text, in character classes (character_layouts.py): a capital not after a
# word character or `./@$-`, then up to four small letters and a capital. One scan of the text's shared classes that
# skips to capitals as a literal (~2x faster than _ACRONYM's own scan); _ACRONYM is tried there only. (Zero-width
# after its capital: no start of another _ACRONYM match is inside one of its matches.)
_ACRONYM_START_IN_CLASSES = re.compile(rb"A(?<![0Aa_./@$-]A)(?=a{0,4}A)")
_CYRILLIC_ACRONYM = re.compile(r"[А-ЯЁ](?<![\w./@$-][А-ЯЁ])[а-яё]{0,4}[А-ЯЁ][А-яЁё]{0,4}(?![\w'’-])")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")
# After the acronym: a note or "no."/"#", a separator, and the value (letters and digits with - . / inside, or digit
# groups spaced apart).
_GAP_THEN_VALUE = re.compile(
    r"[ \t]{0,3}(?:\([^()\n]{1,20}\)[ \t]*)?(?:(?:no\.?|nr\.?|#)[ \t]*)?(?:[:#=][ \t]*|(?:is|was)[ \t]+)?[\"']?"
    r"(?P<value>\d[0-9]*(?:[-./]?[0-9]+)*(?:[ ](?=\d{2,}(?![A-Za-z]))\d+)+"
    r"|[A-Z0-9](?:[A-Z0-9]|[-./](?=[A-Z0-9]))*)"
    r"(?![\w@-]|[.,/:]\d)"  # (a value running into `:42` was a date and an hour of a log stamp: `FEHLER 2026-12-05 16:42`)
)
# A first acronym or CamelCase name before a label that is also an English word: "KRA PIN", "PhilHealth PIN".
_FIRST_WORD = re.compile(r"(?<![\w./@$-])([A-ZА-ЯЁ][A-Za-zА-яЁё]{0,11})[ \t]+$")
_DIGIT = re.compile(r"\d")
_VALUE_REACH = 40  # characters after the acronym within which its value has a digit
_LOCATOR = re.compile(r"(?i:\b(?:pnr|rloc|recloc|record[ \t]+locator))[ \t]*[:#=–-]?[ \t]*(?P<value>[A-Z0-9]{6})(?![\w-])")
_LOCATOR_CUES = ("pnr", "rloc", "recloc", "record locator")
_POSTCODE = re.compile(r"\d{5}(?:-\d{4})?")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def load() -> None:
    """Read (and check) the public acronyms now, at start-up, not during a request."""
    _public_acronyms()


@functools.lru_cache(maxsize=1)
def _public_acronyms() -> frozenset[str]:
    return term_list("public_acronyms") | frozenset(code.lower() for code in currency_codes())


def find_acronym_labelled_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of values right after an acronym that labels them (doubtful)."""
    public = _public_acronyms()
    common = term_list("common_words")
    starts = class_pattern_starts(_ACRONYM_START_IN_CLASSES, text)
    acronyms = _ACRONYM.finditer(text) if starts is None else matches_at_starts(_ACRONYM, text, starts)
    if not text.isascii() and _CYRILLIC_CAPITAL.search(text):
        acronyms = sorted(itertools.chain(acronyms, _CYRILLIC_ACRONYM.finditer(text)), key=lambda match: match.start())
    for acronym in acronyms:
        start, end = acronym.span()
        if end - start > 6 or (start and (text[start - 1].isalnum() or text[start - 1] in "_./@$-")) or (
                end < len(text) and (text[end].isalnum() or text[end] in "_'’-")):
            continue  # part of a longer word, a path or a name
        if not _DIGIT.search(text, end, end + _VALUE_REACH):
            continue
        label = acronym.group(0).lower()
        if label in public:
            continue
        if label in common:  # "RAM 65536", "PORT 8080", "PIN 4471" alone; "KRA PIN P051234567Z" labels
            first = _FIRST_WORD.search(text, max(0, start - 14), start)
            if first is None or first.group(1).lower() in public or sum(char.isupper() for char in first.group(1)) < 2:
                continue
        match = _GAP_THEN_VALUE.match(text, end)
        if match is None:
            continue
        value = match.group("value")
        digits = sum(char.isdigit() for char in value)
        if digits < 3 or (digits < 5 and not any(char.isalpha() for char in value)):
            continue
        if not (is_record_value(value) or _DOTTED_THOUSANDS.fullmatch(value)):
            continue  # (a Colombian cédula "1.098.765.432" is dotted like an amount: a currency would be its label)
        if len(label) == 2 and _POSTCODE.fullmatch(value):
            continue  # "CA 94043", "NY 10001-2345": a state and its postcode
        # "XKP 884 120 33": letters then spaced digit groups may be one number, so the letters go with it.
        value_start = start if " " in value and end + 1 == match.start("value") else match.start("value")
        yield value_start, match.end("value"), DOUBTFUL_SCORE
    # (The shared cue scan first: most texts hold none of the cues in any case, and then no search is made.)
    if keyword_positions(lowered_same_length(text), _LOCATOR_CUES) and any(
            cue in text or cue.upper() in text or cue.capitalize() in text for cue in _LOCATOR_CUES):
        for match in _LOCATOR.finditer(text):
            value = match.group("value")
            if any(char.isdigit() for char in value) and any(char.isalpha() for char in value):
                yield match.start("value"), match.end("value"), DOUBTFUL_SCORE
