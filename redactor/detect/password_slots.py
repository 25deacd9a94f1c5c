"""Passwords by position: the value slot of a password label, in any language and any inflection of the label.

A value is a password because of where it stands, not because of how the sentence around it is worded: it fills
the slot of a label that names a password. The rule is stated in three parts, each of them data or structure:

1. **The label.** Every word of the slot vocabulary that names a password in any language
   (`slot_names.password_label_words`: term_lists.yaml and the slot words of every language), and its inflected
   forms: a label of five or more letters followed by at most five more letters names a password too (Norwegian
   `passordet`, Turkish `şifresini`, Polish `hasłem`, Romanian `parolei`, Czech `heslem`, German `Passwortes`),
   which a list of spellings never finishes. Labels in scripts written without spaces (密码, パスワード) need no
   word boundary. Short labels (`pw`, `pass`, `psk`) name a slot only as they are, before a separator.
2. **The slot.** After the label, in the same clause (no sentence end, no line break, at most `_REACH`
   characters): the word after a separator (`:`, `=`, `→`, `->`, a dash between spaces) or after a copula of any
   of the languages password_numbers.py reads (`is`, `er`, `je`, `e`, `é`, `ist`, `lautet`, `là` ...), the
   first such word that is a value; or, when the value has a password's own shape, the word right after the
   label ("hasło Kcm.Rejestracja1 wygasło", "heslo lipa-recepce").
3. **The value.** What stands in the slot is a password unless it is something else by its own form: a word of
   the language (frequent in any of the languages the function-word rules read), a number (the PIN rules own
   them), a version, date, size, host, e-mail, URL, path, template, placeholder, masked value, code reference or
   type name. Letters alone fill a slot only in lower case (`dubovaprkna`, `moonlight-ledger`); a capitalised
   word there is a name.

No key vouches for the value and the label may be a word of a sentence, so the span is doubtful
(DOUBTFUL_SCORE): the wire redacts it, `redactor audit` does not report it (its stricter operating point).
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_numbers import CONNECTORS, FUNCTION_WORD_LANGUAGES
from redactor.detect.password_sentences import is_password_word, names_something_else
from redactor.detect.public_packages import public_package_words
from redactor.detect.rule_files import term_list
from redactor.detect.secret_values import (
    EMAIL_VALUE,
    URL_VALUE,
    is_masked,
    is_placeholder_value,
    looks_like_code_reference,
    looks_like_path,
)
from redactor.detect.slot_names import password_label_words
from redactor.detect.word_frequencies import frequent_in_any, zipf_frequency

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_LABELS = password_label_words()
# An inflection adds a case or article ending to a label long enough not to be the start of another word.
_STEM_LENGTH = 5
_INFLECTION_LETTERS = 5
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_AUTOMATON = ahocorasick.Automaton()
for _label in _LABELS:
    _AUTOMATON.add_word(_label, _label)
_AUTOMATON.make_automaton()

_REACH = 100  # a label and its value share a clause: "Passordet til den delte mappen er ..., årstall: X"
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n|[;]")
# The copulas of password_numbers.py, and Romanian `e`/`este` ("Parola pentru SPV e X"): in Italian and Portuguese
# `e` is "and", whose next word is a word of the language, which no slot holds.
_COPULAS = CONNECTORS + "|e|este|sind|sont|son|são"
_SEPARATOR = re.compile(
    r"[ \t]*(?:[:=：→]|->|=>)[ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?:" + _COPULAS + r")(?![\w])[ \t]*:?[ \t]*",
    re.IGNORECASE)
_DASHES = frozenset("-–—")
_ADJACENT = re.compile(r"[ \t]+")
_OPENING_QUOTES = "\"'`“‘«„"
_CLOSING = "\"'`”’»“.,;:?)]}*"
# Words between a label and a separator that make the slot another attribute's: "password hash: bcrypt",
# "password policy = strict", "password manager: bitwarden".
_OTHER_ATTRIBUTES = frozenset(term_list("password_slot_other_attributes"))
_WORD = re.compile(r"[^\W\d_]+")
# A word of a language in the slot is prose ("the password is wrong"); a person's pick is rarely one.
_LANGUAGE_WORD_ZIPF = 3.0
_SLOT_LANGUAGES = FUNCTION_WORD_LANGUAGES + ("da", "nb", "fi", "cs", "ro", "tr", "hu", "id")
_LOWER_LETTERS = re.compile(r"[^\W\d_A-Z]{3,}(?:-[^\W\d_A-Z]{2,})*")
_DOTTED_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W_]+)+")
_NUMBER = re.compile(r"[\d\s.,:/#*+-]+")


def password_slot_spans(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans in the value slots of password labels of `text` (`lowered`: its lower-cased copy, same
    length); `taken`: regions already found (sorted), which are left alone."""
    if len(lowered) != len(text):
        return
    done: set[int] = set()
    for end_index, label in _AUTOMATON.iter(lowered):
        start = end_index - len(label) + 1
        end = _label_end(lowered, start, end_index + 1, label)
        if end is None or end in done:
            continue
        done.add(end)
        span = _slot_value(text, end, short=len(label) < _STEM_LENGTH or end == end_index + 1 and " " in label,
                           label_is_inflected=end > end_index + 1)
        if span is not None and not _overlaps(taken, span[0], span[1]):
            yield Span(span[0], span[1], KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _label_end(lowered: str, start: int, end: int, label: str) -> int | None:
    """Where the label word found at [start, end) ends (its inflection included), or None when it is part of
    another word."""
    if _UNSPACED.match(label):
        return end
    if start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] in "_-"):
        return None  # `wifi_psk`, `mypassword`: part of an identifier (the keyword rules read those)
    tail = end
    while tail < len(lowered) and lowered[tail].isalpha():
        tail += 1
    if tail == end:
        return end
    if len(label) < _STEM_LENGTH or " " in label or tail - end > _INFLECTION_LETTERS:
        return None
    return tail


def _slot_value(text: str, label_end: int, short: bool, label_is_inflected: bool) -> tuple[int, int] | None:
    """The first value in the slot after a label ending at `label_end`: (start, end) or None."""
    clause_end = _CLAUSE_END.search(text, label_end, label_end + _REACH)
    limit = clause_end.start() if clause_end else min(len(text), label_end + _REACH)
    adjacent = _ADJACENT.match(text, label_end, limit)
    if adjacent is not None and not short:
        value = _value_at(text, adjacent.end(), limit)
        if value is not None and _shaped_like_a_password(text[value[0]:value[1]]):
            return value
    position = label_end
    while position < limit:
        separator = _SEPARATOR.search(text, position, limit)
        if separator is None:
            return None
        gap = text[label_end:separator.start()].lower()
        if any(word in _OTHER_ATTRIBUTES for word in _WORD.findall(gap)):
            return None
        if short and separator.start() != label_end:
            return None  # `pw: x` names the slot; `pw` words away from a separator is another word's
        value = _value_at(text, separator.end(), limit)
        # a dash also sets off an aside ("enter your password - kubectl will prompt"): only a password's shape
        fills = _shaped_like_a_password if separator.group().strip() in _DASHES else _fills_a_slot
        if value is not None and fills(text[value[0]:value[1]]):
            return value
        position = max(separator.end(), position + 1)
    return None


def _value_at(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The one word (or quoted word) starting at `start`, without its quotes and closing punctuation."""
    if start < limit and text[start] in _OPENING_QUOTES:
        start += 1
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    value_end = end
    while value_end > start and text[value_end - 1] in _CLOSING:
        value_end -= 1
    if text.startswith("!", value_end) and any(c.isdigit() for c in text[start:value_end]):
        value_end += 1  # "Kalina2026!": people end passwords with "!"
    if value_end <= start:
        return None
    return start, value_end


def _is_something_else(value: str) -> bool:
    lowered = value.lower()
    if lowered in _LABELS or any(lowered.startswith(label) for label in _LABELS if len(label) >= _STEM_LENGTH):
        return True  # `password=password`, "the password is password-protected"
    if _NUMBER.fullmatch(value):
        return True  # numbers: the PIN rules read them with their own cues
    return bool(names_something_else(value) or EMAIL_VALUE.match(value) or URL_VALUE.match(value)
                or looks_like_path(value) or is_placeholder_value(value) or is_masked(value)
                or any(c in "=/\\(){}[]<>|$" for c in value))


def _shaped_like_a_password(value: str) -> bool:
    """A value that is a password by its own form: letters with a digit or a symbol (`is_password_word`), words
    joined by dots with a digit (`Doina.Prut1975`), lower-case words joined by hyphens (`lipa-recepce`)."""
    if not 6 <= len(value) <= 64 or _is_something_else(value):
        return False
    if is_password_word(value):
        return True
    if _DOTTED_WORDS.fullmatch(value) and any(c.isdigit() for c in value) and value[0].isupper():
        return True  # a capital starts a name, not a module path: `Doina.Prut1975`, not `os.path2`
    return "-" in value and _LOWER_LETTERS.fullmatch(value) is not None and not _is_language_word(value)


def _fills_a_slot(value: str) -> bool:
    """A value that a password slot holds: a password's shape, or a lower-case word that is no word of a language."""
    if _shaped_like_a_password(value):
        return True
    if not 6 <= len(value) <= 64 or _is_something_else(value) or looks_like_code_reference(value):
        return False
    return (_LOWER_LETTERS.fullmatch(value) is not None and not _is_language_word(value)
            and value not in public_package_words())  # "password: bcrypt" names the hashing library


def _is_language_word(value: str) -> bool:
    parts = value.split("-")
    if len(parts) > 1:
        # "follow-up", "wi-fi" are words; "moonlight-ledger" is two words nobody writes together
        return zipf_frequency(value, "en") >= _LANGUAGE_WORD_ZIPF or all(
            len(part) <= 2 for part in parts)
    return frequent_in_any(value, _SLOT_LANGUAGES, _LANGUAGE_WORD_ZIPF)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(region_start < end and start < region_end for region_start, region_end in taken)
