"""A short code written again in another spelling: said aloud, in digit pairs, spelled with the phonetic alphabet.

People repeat a code the way the moment asks for it: a call transcript has "three six nine eight one one", then
"36 98 11" when someone asks again, and the summary writes "369811"; a voice assistant hears "capital tango mike
november x-ray foxtrot nine dash two eight" and the answer writes "Tmnxf9-28". Once one of these is found as a
credential, every other spelling of it in the conversation is the same secret.

- `code_spellings(value)`: the other spellings of a found code, for the engine's propagation (engine.py adds them
  to the values it searches for): its digits alone, in pairs and in threes (with spaces or hyphens), and read out
  digit by digit in each language of the spoken view (spoken_values.py), with spaces or hyphens. A value said in
  digit words or spelled with the phonetic alphabet is first written out ("Tmnxf9-28").
- `spelled_codes(text)`: a value spelled with the phonetic alphabet ("capital tango mike ... dash two eight") right
  after a password or code word: doubtful PASSWORD findings, the spelled run as one span.

Only codes of 4-12 digits or letters have spellings: longer values are not read out, and a value with no digit
word or phonetic letter in it is not spelled.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any, keyword_positions, lowered_same_length
from redactor.detect.slot_names import code_label_words, password_label_words
from redactor.detect.spoken_values import digit_words_by_language

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# The ICAO/NATO spelling alphabet (and the spellings speech-to-text writes for two of its words).
_PHONETIC = {word: word[0] for word in (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa"
    " quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu").split()}
_CAPITAL = frozenset({"capital", "uppercase", "upper", "großes", "grosses", "majuscule", "mayúscula", "maiuscola"})
_SYMBOLS = {"dash": "-", "hyphen": "-", "minus": "-", "underscore": "_", "dot": ".", "point": ".", "at": "@",
            "hash": "#", "slash": "/", "exclamation": "!", "bindestrich": "-", "tiret": "-", "guion": "-"}
_MIN_LENGTH, _MAX_LENGTH = 4, 12
_TOKEN = re.compile(r"[^\W_]+(?:-ray)?", re.IGNORECASE)
_CUE_REACH = 60


@functools.lru_cache(maxsize=1)
def _digit_names() -> dict[str, str]:
    """Every digit word of the spoken view -> its digit."""
    return {word: str(digit) for table in digit_words_by_language().values() for digit, word in table.items()} | {
        word: str(digit) for table in digit_words_by_language(all_spellings=True).values()
        for digit, words in table.items() for word in words}


def written_form(value: str) -> str | None:
    """A code said digit by digit or spelled with the phonetic alphabet, written out; None if it is neither."""
    words = [word.lower() for word in _TOKEN.findall(value)]
    if len(words) < _MIN_LENGTH:
        return None
    digits = _digit_names()
    written, capital, spoken = [], False, 0
    for word in words:
        if word in _CAPITAL:
            capital = True
            continue
        if word in digits:
            written.append(digits[word])
            spoken += 1
        elif word in _PHONETIC:
            written.append(_PHONETIC[word].upper() if capital else _PHONETIC[word])
            spoken += 1
        elif word in _SYMBOLS:
            written.append(_SYMBOLS[word])
        elif word.isdigit() and len(word) <= 2:
            written.append(word)
        else:
            return None
        capital = False
    result = "".join(written)
    return result if spoken >= 3 and _MIN_LENGTH <= len(result) <= _MAX_LENGTH else None


def code_spellings(value: str) -> list[str]:
    """The other spellings of a found code (see the module docstring); [] for a value that is no short code."""
    value = value.strip().rstrip("#*")
    compact = re.sub(r"[ \-]", "", value)
    if compact.isdigit() and value != compact and re.fullmatch(r"\d{2,3}(?:[ \-]\d{2,3})+", value):
        written = compact  # "36 98 11"
    elif re.fullmatch(r"[0-9A-Za-z\-_.!#@]{%d,%d}" % (_MIN_LENGTH, _MAX_LENGTH), value):
        written = value
    else:
        written = written_form(value)
        if written is None:
            return []
    forms = [written]
    if written.isdigit():
        for size in (2, 3):
            if len(written) % size == 0 and len(written) >= 6:
                groups = [written[i:i + size] for i in range(0, len(written), size)]
                forms += [" ".join(groups), "-".join(groups)]
        for table in digit_words_by_language().values():
            said = [table[int(char)] for char in written]
            forms += [" ".join(said), "-".join(said)]
    return [form for form in dict.fromkeys(forms) if form != value]


@functools.lru_cache(maxsize=1)
def _spelled_run() -> re.Pattern:
    words = sorted(set(_PHONETIC) | set(_digit_names()) | _CAPITAL | set(_SYMBOLS), key=len, reverse=True)
    word = "(?:" + "|".join(map(re.escape, words)) + ")"
    return re.compile(rf"(?i)(?<![^\W\d_]){word}(?:[ \t,]+{word}){{3,30}}(?![^\W\d_])")


@functools.lru_cache(maxsize=1)
def _cue_words() -> re.Pattern:
    words = sorted({word.lower() for word in password_label_words() | code_label_words()} - {"ma", "mã"},
                   key=len, reverse=True)
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


_PHONETIC_WORDS = tuple(_PHONETIC)
# The NATO alphabet's words, one of which a spelled run holds (a constant: contains_any answers a long text from the
# shared cue scan, which knows a list by its identity).
_NATO_WORDS = ("alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "kilo", "lima",
               "mike", "november", "oscar", "papa", "romeo", "sierra", "tango", "victor", "yankee", "zulu", "x-ray")


def _two_on_a_line(lowered: str, starts: list[int]) -> bool:
    """Whether two of the (ascending) `starts` of phonetic-alphabet words differ and lie on one line: every finding
    holds two such words (its run is checked for them) and a run never crosses a line (its words are parted by
    spaces, tabs and commas). A word inside another word counts too (the check is only necessary)."""
    previous = -1
    for start in starts:
        if previous != -1 and start != previous and lowered.find("\n", previous, start) == -1:
            return True
        previous = start
    return False


def spelled_codes(text: str) -> Iterator[Span]:
    """A password or code spelled with the phonetic alphabet after its cue word (see the module docstring)."""
    # (the shared lower-cased text: a word of ASCII letters occurs in it where it occurs in text.lower())
    lowered = lowered_same_length(text)
    # Asked of every text, first: the list joins the shared cue scan at the first text (a warm-up's), not at the first
    # text that holds one of the words below (which would rebuild the scan's automaton inside a request).
    phonetic = keyword_positions(lowered, _PHONETIC_WORDS)
    if not phonetic:
        return  # (each word below is one of them)
    if not contains_any(lowered, _NATO_WORDS):  # (a long text: one lookup in its shared cue scan)
        return
    if not _two_on_a_line(lowered, phonetic):
        return  # ("echo" in a shell script, "delta" in prose: the run pattern would be tried at every position)
    for run in _spelled_run().finditer(text):
        value = run.group()
        words = [word.lower() for word in _TOKEN.findall(value)]
        if sum(word in _PHONETIC for word in words) < 2 or written_form(value) is None:
            continue
        if _cue_words().search(text, max(0, run.start() - _CUE_REACH), run.start()):
            yield Span(run.start(), run.end(), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
