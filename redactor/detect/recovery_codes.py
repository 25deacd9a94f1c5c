"""Recovery and backup code lists, and wallet seed phrases, as people paste, print, photograph and forward them.

Whoever holds an account's backup codes or a wallet's seed phrase holds the account or the wallet, and people keep
them where they keep notes: a chat with an assistant, an e-mail to themselves, a scan of the printout. Two
structural facts find them, whatever the language of the text around them:

1. **A run of code-shaped tokens after a recovery cue.** A word saying "recovery", "backup code", "2FA",
   "Notfallcodes", "codes de secours", "резервные коды", "备用码"... (rules/recovery_words.yaml, per language, as
   data; matched anywhere, so stems find compounds) opens a search; the codes follow within a few lines: tokens of
   one shape (digit groups `7040 0343`, dashed groups `k7pq-2mzx`, one run of letters with digits `a8f3k2p9`)
   separated only by spaces, line breaks, commas, bullets, list numbers and "and". Two or more tokens in a run,
   most of them of one shape (the lengths of their groups, digits or not), make a list: each token is a finding. A single token
   right after the cue is a recovery *key* when it has the shape of one (three dashed groups or more, or twelve
   letters and digits mixed). A run is broken by any word, so a sentence that mentions backups and then gives an
   order number, a phone number or a date gives nothing.
2. **A seed phrase: twelve or more consecutive words of one BIP-39 wordlist** (the standard's lists, from the
   `mnemonic` package: English, Spanish, French, Italian, Portuguese, Czech), joined by spaces, commas, line
   breaks or list numbers ("1. legal 2. winner ..."). No sentence of prose is twelve words of one such list in a
   row (function words are not on them). A phrase whose BIP-39 checksum holds is a sure finding; one that fails
   (a typo, a phrase remembered wrong) is doubtful and still redacted on the wire.

Cost: the cue scan is the text's shared keyword scan (keywords.py); the code regex runs only in a window after a
cue. The seed-phrase scan is one regex pass over letters-only words of length 3-8, with a set lookup per word.
"""
from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections import Counter
from itertools import compress, count
from pathlib import Path
from typing import Iterator

import yaml

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, longest_keyword_at, lowered_same_length

KIND = "RECOVERY_CODE"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_DATA = Path(__file__).parent / "rules" / "recovery_words.yaml"
_SEED_LANGUAGES = ("english", "spanish", "french", "italian", "portuguese", "czech")
_SEED_LENGTHS = (24, 21, 18, 15, 12)
_SURE_SCORE = 0.9  # a phrase with a valid BIP-39 checksum: nothing else has one by chance (1 in 16 for 12 words,
# but twelve words of the list in a row already rule out prose)
_LIST_SCORE = 0.75  # a run of codes of one shape after a recovery cue

_AFTER_CUE = 320  # characters after a cue the first code may stand ("printed the backup codes ... here:\n\n7040 ...")
_RUN_REACH = 1200  # characters a run of codes may cover
_KEY_GAP = 80  # a single recovery key stands close to its cue
_LIST_WORD_REACH = 40  # after a bare "codes", the list starts on its line or the next

# A code: groups of digits, dashed groups of letters and digits, or one run of letters and digits. Not part of a
# longer word, path, e-mail, decimal number or host.
_CODE = re.compile(
    r"(?<![\w@./:+#$€£-])"
    r"(?:\d{3,5}(?:[ -]\d{2,5}){1,3}"
    r"|[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){1,7}"
    r"|[A-Za-z0-9]{6,16})"
    r"(?![\w@/:+]|[.,]\d|-\w)")
# What may stand between two codes of a list: white space, commas, bullets, table bars, quotes, list numbers
# ("1.", "2)", "#3"), a dash used as a bullet, "and" of a few languages.
_BETWEEN = re.compile(
    r"(?:[\s,;|•·*\"'`“”()\[\]]|(?<![^\s])[-–—](?=\s)|(?<![^\s(])#?\d{1,2}[.):](?=\s)"
    r"|(?<![^\W\d_])(?:and|und|et|y|e|en|og|och|i|и|és|ve)(?![^\W\d_]))*")
_GROUP_BREAK = re.compile(r"[- ]")


class RecoveryWordsError(ValueError):
    """rules/recovery_words.yaml is missing or malformed."""


@functools.lru_cache(maxsize=1)
def _cue_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the recovery cues, the plural words for codes), lower case, from rules/recovery_words.yaml."""
    try:
        document = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
        sections = tuple(tuple(sorted({phrase.strip().lower() for phrases in document[section].values()
                                       for phrase in str(phrases).split(",") if phrase.strip()}))
                         for section in ("cue_words", "list_words"))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise RecoveryWordsError(f"{_DATA.name}: {exc}") from None
    return sections


def recovery_code_spans(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """Backup codes listed after a recovery cue, and seed phrases (see the module docstring).

    `taken` is the sorted, merged list of regions already found: a code inside one is not found again."""
    yield from _listed_codes(text, taken)
    yield from seed_phrase_spans(text)


# ------------------------------------------------------------------ code lists

def _signature(token: str) -> tuple[tuple[int, bool], ...]:
    """A code's shape: the length of each group and whether it is digits only (random codes mix letters and digits
    in any order, so their order is no part of the shape)."""
    return tuple((len(group), group.isdigit()) for group in _GROUP_BREAK.split(token))


def _is_code(token: str) -> bool:
    """A token a code list holds: a digit in it (words and names have none), and letters only beside digits."""
    digits = sum(char.isdigit() for char in token)
    if not digits:
        return False
    if "-" not in token and " " not in token and not token.isdigit():
        # one run of letters and digits: mixed enough that it is not a word with a number ("Windows11")
        return digits >= 2 and sum(char.isalpha() for char in token) >= 2 and not re.fullmatch(
            r"[A-Za-z]{3,}\d{1,4}|\d{1,4}[A-Za-z]{2,}", token)
    return True


def _is_random_code(token: str) -> bool:
    """Generated, not named: letters and digits mixed in a group, or digit groups of six digits or more."""
    groups = _GROUP_BREAK.split(token)
    if all(group.isdigit() for group in groups):
        return sum(map(len, groups)) >= 6
    return all(any(c.isdigit() for c in group) and any(c.isalpha() for c in group) for group in groups) or (
        sum(c.isdigit() for c in token) >= 2 and sum(c.isalpha() for c in token) >= 2 and len(groups) >= 2)


def _is_key_shaped(token: str) -> bool:
    """A recovery key on its own: three dashed groups or more, or twelve characters of letters and digits mixed."""
    groups = token.split("-")
    if len(groups) >= 3 and all(len(group) >= 4 for group in groups):
        return True
    return len(token) >= 12 and "-" not in token and " " not in token and any(c.isalpha() for c in token) \
        and sum(c.isdigit() for c in token) >= 3


def _listed_codes(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    lowered = lowered_same_length(text)
    recovery_words, list_words = _cue_words()
    cues = [(start, start + len(longest_keyword_at(lowered, start, recovery_words)), True)
            for start in keyword_positions(lowered, recovery_words)]  # the text's shared cue scan
    cues += [(start, start + len(longest_keyword_at(lowered, start, list_words)), False)
             for start in keyword_positions(lowered, list_words)]
    if not cues:
        return
    cues.sort()
    done_until = -1
    for cue_start, cue_end, recovery in cues:
        if cue_end <= done_until:
            continue
        if not recovery and (cue_start and lowered[cue_start - 1].isalpha()
                             or cue_end < len(text) and lowered[cue_end].isalpha()):
            continue  # "codes" inside a word ("barcodes", "Postcodes"): no list of codes
        reach = _AFTER_CUE if recovery else _LIST_WORD_REACH
        first = next((match for match in _CODE.finditer(text, cue_end, min(len(text), cue_end + reach))
                      if _is_code(match.group())), None)  # words of the cue's sentence are no codes
        if first is None or first.start() < done_until:
            continue
        gap = text[cue_end:first.start()]
        if re.search(r"\d{3}", gap):
            continue  # another number stands between the cue and the code: the code is that number's neighbour
        run = [first]
        limit = min(len(text), first.start() + _RUN_REACH)
        at = first.end()
        while at < limit:
            between = _BETWEEN.match(text, at)
            nxt = _CODE.match(text, between.end()) if between is not None and between.end() < limit else None
            if nxt is None or nxt.start() == at or not _is_code(nxt.group()):
                break  # a word ends the list
            run.append(nxt)
            at = nxt.end()
        codes = run
        if not recovery and (len(codes) < 3 or not all(map(_is_random_code, (m.group() for m in codes)))):
            continue  # after a bare "codes", only a run of three generated codes is a list of secrets
        if len(codes) >= 2:
            shapes = Counter(_signature(match.group()) for match in codes)
            if shapes.most_common(1)[0][1] * 2 < len(codes):
                continue  # tokens of every shape: a line of identifiers, not one list
        elif not (_is_key_shaped(first.group()) and len(gap) <= _KEY_GAP and "\n\n" not in gap):
            continue
        done_until = codes[-1].end()
        for match in codes:
            if not _inside(taken, match.start(), match.end()):
                yield Span(match.start(), match.end(), KIND, CATEGORY, _LIST_SCORE, DETECTOR_NAME)


def _inside(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(region_start <= start and end <= region_end for region_start, region_end in taken)


# ------------------------------------------------------------------ seed phrases

@functools.lru_cache(maxsize=1)
def _wordlists() -> tuple[dict[str, int], tuple[object, ...]]:
    """(word -> bit set of the lists holding it, one Mnemonic per list), accents folded for the lookup."""
    from mnemonic import Mnemonic  # the BIP-39 reference implementation ships the standard's lists

    mnemonics = tuple(Mnemonic(language) for language in _SEED_LANGUAGES)
    membership: dict[str, int] = {}
    for bit, mnemonic in enumerate(mnemonics):
        for word in mnemonic.wordlist:
            for form in {word, unicodedata.normalize("NFC", word), _fold(word)}:  # the lists are stored in NFKD
                membership[form] = membership.get(form, 0) | (1 << bit)
    return membership, mnemonics


def _fold(word: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


# A letter may carry a combining accent (text in decomposed form, as the lists themselves are stored).
# OCR reads `o` `l` `s` `b` of a printed word as `0` `1` `5` `8`: a word with such a digit inside is looked up as read.
_SEED_WORD = re.compile(r"(?<![^\W_])(?=\d*[^\W\d_])(?:[^\W_][\u0300-\u036f]?){3,8}(?![^\W_\u0300-\u036f])")
_OCR_DIGITS = str.maketrans("0158", "olsb")
_OCR_DIGITS_I = str.maketrans("0158", "oisb")
# Between two words of a phrase: spaces, line breaks, commas, bullets, a list number ("1.", "2)", "3 ").
_SEED_GAP = re.compile(r"(?:[\s,;|•·*\"'`]|(?<![^\s(])[-–—](?=\s)|(?<![^\s(])\d{1,2}[.):]?(?=\s))*")


def seed_phrase_spans(text: str) -> Iterator[Span]:
    """Runs of 12 or more words of one BIP-39 list: one span from the first word to the last."""
    if len(text) < 40:
        return
    membership, mnemonics = _wordlists()
    if not _may_hold_a_phrase(lowered_same_length(text), membership):
        return
    run: list[re.Match] = []
    lists = 0
    previous_end = 0
    for word in _SEED_WORD.finditer(text):
        folded = word.group().lower()
        bits = _lookup(folded, membership)
        if (bits and run and lists & bits and _same_case(run[0].group(), word.group())
                and (word.start() - previous_end == 1 or _SEED_GAP.fullmatch(text, previous_end, word.start()))):
            run.append(word)
            lists &= bits
        elif not run and not bits:
            pass  # most words of prose: nothing to close, nothing to open
        else:
            if len(run) >= 12:
                yield from _seed_span(text, run, lists, mnemonics)
            run, lists = ([word], bits) if bits else ([], 0)
        previous_end = word.end()
    if len(run) >= 12:
        yield from _seed_span(text, run, lists, mnemonics)


def _lookup(word: str, membership: dict[str, int]) -> int:
    """The lists holding a lower-case word, as written, with its accents folded, or with OCR's digits read back."""
    bits = membership.get(word, 0)
    if not bits and not word.isascii():
        bits = membership.get(_fold(word), 0)
    if not bits and not word.isalpha() and not word.isdigit():
        bits = membership.get(word.translate(_OCR_DIGITS), 0) or membership.get(word.translate(_OCR_DIGITS_I), 0)
    return bits


def _may_hold_a_phrase(lowered: str, membership: dict[str, int]) -> bool:
    """Whether twelve words of the lists follow each other (list numbers and bullets between them allowed): one
    split and a set lookup per word, where the exact scan costs a regex match per word."""
    # The separators as spaces, then str.split (both split on the same Unicode spaces): the regex split cost ~50 us
    # per 1 KB text. It leaves out the empty words a leading or trailing separator gives, which are marked n (skipped).
    words = lowered.translate(_SPLIT_AS_SPACES).split()
    # Each word's mark: 1 (a word of the lists), 2 (a list number: skipped), 0 (any other word). A word of letters
    # only is 1 or 0 by one dict lookup: those are read in C (map); only the other words (numbers, identifiers, OCR'd
    # words) one by one, and `_lookup` asked only of a word it can find (beyond ASCII, or with a digit OCR misreads):
    # it reads an ASCII word without 0, 1, 5, 8 as the lookup already done. (~0.6 us a word in a list
    # comprehension before: 100-150 us per 1 KB text of code or mixed traffic, ~4% of the regex path on fresh text.)
    marks = bytearray(map(membership.__contains__, words))
    others = bytes(map(operator.not_, map(str.isalpha, words)))  # 1 for each word not of letters only
    # An upper bound first, in C: each word not of letters read as a word of the lists. Such a word can only become
    # 1 or 2 (skipped) below, so a run of twelve 1s there lies in a run of 1s here; most texts of code or mixed
    # traffic have none, and skip the loop (a Python step per number or identifier: ~0.7 ms per 10 KB mixed text).
    # (the two byte strings OR-ed as integers: one C operation, where a map over the words cost ~0.1 ms per 10 KB)
    bound = (int.from_bytes(marks, "big") | int.from_bytes(others, "big")).to_bytes(len(words), "big")
    if b"\x01" * 12 not in bound:
        return False
    for number in compress(count(), others):
        if not marks[number]:
            word = words[number]
            if word.isdigit():
                if len(word) <= 2:
                    marks[number] = 2
            elif (not word.isascii() or _OCR_DIGIT.search(word)) and _lookup(word, membership):
                marks[number] = 1
    if marks.count(1) < 12:
        return False
    return b"\x01" * 12 in marks.replace(b"\x02", b"")


# The words of a text: split at runs of spaces and of these characters.
_SPLIT_AS_SPACES = str.maketrans(dict.fromkeys(",;.:()\"'`•*|–—-", " "))
_OCR_DIGIT = re.compile(r"[0158]")  # (the digits _OCR_DIGITS reads as letters)


def _same_case(first: str, word: str) -> bool:
    """Words of one phrase are written alike: all lower case (the first perhaps capitalised), or all capitals."""
    return word.islower() or (word.isupper() and first.isupper())


def _seed_span(text: str, run: list[re.Match], lists: int, mnemonics: tuple[object, ...]) -> Iterator[Span]:
    words = [match.group().lower() for match in run]
    if _is_a_test_vector(words):
        return
    for bit, mnemonic in enumerate(mnemonics):
        if not lists & (1 << bit):
            continue
        for length in _SEED_LENGTHS:
            for offset in range(len(words) - length + 1):
                if _checksum_holds(mnemonic, words[offset:offset + length]):
                    yield Span(run[offset].start(), run[offset + length - 1].end(), KIND, CATEGORY, _SURE_SCORE,
                               DETECTOR_NAME)
                    return
    yield Span(run[0].start(), run[-1].end(), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _is_a_test_vector(words: list[str]) -> bool:
    """A phrase one word fills half of is a published test vector, not a wallet: BIP-39's reference vectors
    ("abandon" eleven times and "about") and the development chains' default mnemonics (Hardhat's and Anvil's
    "test" eleven times and "junk") are printed in every tutorial. Entropy from a generator repeats a word twice
    at most in practice (one word six times in twelve has odds below 2048**-5)."""
    return max(Counter(words).values()) * 2 >= len(words)


def _checksum_holds(mnemonic, words: list[str]) -> bool:
    try:
        return bool(mnemonic.check(" ".join(words)))
    except (ValueError, LookupError):  # a word the list has only in its accent-folded form
        return False
