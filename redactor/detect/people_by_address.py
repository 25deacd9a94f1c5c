"""People whose name is spelled by an e-mail address or a login beside it.

A mailbox is usually made of its owner's name: `plindqvist@…` of "pia k. lindqvist",
`ines.m@…` of "Ines", `harper.quinn@…` of `"Quinn, Harper"`, and a login of the name
in brackets beside it (`<User: rdekker (Ruud Dekker)>`, `Tobias Greaves (tgreaves)`).
Words near the address (its line and the two lines either side; for a login, the
brackets or the line before them) that spell the local part are that person, in any
letter case and script (compared after transliteration, anyascii, and case-folding).

The local part is read as its letters (digits and `._+-` dropped): each word of a
candidate name gives all its letters, its initial, or (a middle initial or a particle)
nothing, in the written order or rotated (`Quinn, Harper` for harper.quinn); the result
must be the whole local part, or its long pieces when it ends in an initial (`ines.m`).
At least one word gives all its letters (three or more). A name of one word must be
capitalised and a name of some list or a word of no language ("Support" does not own
support@…). The span is the whole name: initials, particles and lower case included.
PERSON, 0.75 for two words or more, 0.65 (doubtful: wire only) for one.

Cost: only text with an "@" or a bracketed login is read, and only the window around
each address.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Iterator

from anyascii import anyascii

from redactor.detect.base import Span
from redactor.detect.keywords import run_start
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.term_lists import first_names, stop_words, surnames

_LOCAL_CHAR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)+")
# A login with the name in brackets after it, or a name with the login in brackets after it.
_LOGIN_BEFORE = re.compile(r"(?<![\w.@/-])(?P<local>[a-z][a-z0-9._-]{2,30})[ \t]*\Z")
_BRACKETED = re.compile(r"\((?P<inner>[^()\n@]{3,60})\)")
_NAME_THEN_LOGIN = re.compile(r"\((?P<local>[a-z][a-z0-9._-]{2,30})\)")
_LINES_AROUND = 2
_REACH = 400
# A word of a name: letters of any script with the joiners of names, or an initial with its full stop.
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?")
# What may separate two words of one name: spaces, or a comma in "Surname, Given".
_WORD_GAP = re.compile(r"[ \t]{1,2}|,[ \t]")
_PARTICLES = frozenset("van von der den de del della di da dos das du la le ter ten bin ibn al el".split())
_MAX_WORDS = 5


def people_named_by_addresses(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the names that the e-mail addresses and bracketed logins of `text` spell."""
    anchors: list[tuple[str, int, int, int, int]] = []  # (local part, address start, end, window start, end)
    # Found from the rare character ("@", "(") and read backwards: a pattern opening with a letter is tried at
    # every letter of the text.
    at = text.find("@")
    while at != -1:
        local_start = run_start(text, at, _LOCAL_CHAR.__contains__, 41)
        domain = _DOMAIN.match(text, at + 1)
        if local_start is not None and local_start < at and domain is not None and text[local_start].isalnum() and (
                local_start == 0 or text[local_start - 1] not in "/:"):
            window_start, window_end = _lines_around(text, local_start, domain.end())
            anchors.append((text[local_start:at], local_start, domain.end(), window_start, window_end))
        at = text.find("@", at + 1)
    if "(" in text:
        bracket = text.find("(")
        while bracket != -1:
            login = _LOGIN_BEFORE.search(text, max(0, bracket - 40), bracket)
            inner = _BRACKETED.match(text, bracket)
            if login is not None and inner is not None:
                anchors.append((login.group("local"), login.start("local"), login.end("local"), *inner.span("inner")))
            bracket = text.find("(", bracket + 1)
        for match in _NAME_THEN_LOGIN.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            anchors.append((match.group("local"), match.start(), match.end(), max(line_start, match.start() - 80),
                            match.start()))
    for local, address_start, address_end, window_start, window_end in anchors:
        targets = _spellings(local)
        regions = _regions_with_spelling_words(text, window_start, address_start, address_end, window_end, targets)
        if not regions:
            continue  # no word near the address spells part of it: the common case, decided in a few set operations
        words = [word for region_start, region_end in regions
                 for word in _NAME_WORD.finditer(text, region_start, region_end)
                 if word.end() <= address_start or word.start() >= address_end]
        found = _names_spelling(text, words, targets)
        for start, end, count in found:
            yield Span(start, end, "PERSON", "pii", 0.75 if count > 1 else 0.65, detector)


def _lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The address's line and _LINES_AROUND lines either side, at most _REACH characters each way."""
    before = text[max(0, start - _REACH):start].split("\n")[-1 - _LINES_AROUND:]
    after = text[end:end + _REACH].split("\n")[:1 + _LINES_AROUND]
    return start - len("\n".join(before)), end + len("\n".join(after))


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """The word's letters, transliterated and case-folded ("Ó Briain" -> "obriain", "Sölvi" -> "solvi")."""
    return re.sub(r"[^a-z]+", "", anyascii(word).casefold())


_LETTER_RUN = re.compile(r"[a-z]{3,}")


# Characters either side of a word that spells part of the address within which the rest of a name is read.
_AROUND_WORD = 80


def _regions_with_spelling_words(text: str, window_start: int, address_start: int, address_end: int,
                                 window_end: int, targets: frozenset[str]) -> list[tuple[int, int]]:
    """The parts of the window around each word of three letters or more that is a piece of a target (the address
    itself left out); the whole window when it is not ASCII (transliteration moves offsets)."""
    around = text[window_start:address_start] + " " + text[address_end:window_end]
    ascii_only = around.isascii()
    lowered = around.lower() if ascii_only else anyascii(around).lower()
    spelling = _pieces(targets).intersection(_LETTER_RUN.findall(lowered))
    if not spelling:
        return []
    if not ascii_only:
        return [(window_start, window_end)]
    regions: list[tuple[int, int]] = []
    for piece in spelling:
        for hit in re.finditer(rf"(?<![a-z]){piece}(?![a-z])", lowered):
            position = hit.start() + window_start
            if position > address_start:  # past the address: undo its removal from `around`
                position += address_end - address_start - 1
            regions.append((max(window_start, position - _AROUND_WORD), min(window_end, position + len(piece)
                                                                            + _AROUND_WORD)))
    regions.sort()
    merged = [regions[0]]
    for start, end in regions[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@functools.lru_cache(maxsize=1024)
def _pieces(targets: frozenset[str]) -> frozenset[str]:
    """Every run of three letters or more of the targets: what a word spelling part of an address can be."""
    return frozenset(target[start:end] for target in targets
                     for start in range(len(target) - 2) for end in range(start + 3, len(target) + 1))


@functools.lru_cache(maxsize=1024)
def _spellings(local: str) -> frozenset[str]:
    """What a name must spell to own the local part: all its letters, or its pieces of 3+ letters without initials."""
    pieces = [piece for piece in re.split(r"[^a-z]+", anyascii(local).casefold()) if piece]
    if not pieces or any(piece in ("noreply", "no", "reply", "bot", "notifications") for piece in pieces):
        return frozenset()
    targets = {"".join(pieces)}
    long_pieces = [piece for piece in pieces if len(piece) >= 3]
    if long_pieces and len(long_pieces) < len(pieces):
        targets.add("".join(long_pieces))
    return frozenset(target for target in targets if len(target) >= 3)


def _names_spelling(text: str, words: list[re.Match], targets: frozenset[str]) -> list[tuple[int, int, int]]:
    """(start, end, number of words) of the longest runs of `words` that spell one of `targets`, not overlapping."""
    found: list[tuple[int, int, int]] = []
    for index, word in enumerate(words):
        raw = word.group().rstrip(".")
        if len(raw) < 3:
            continue
        folded = raw.lower() if raw.isascii() and raw.isalpha() else _folded(raw)
        if not any(folded in target for target in targets) or folded in stop_words():
            continue
        if found and word.start() < found[-1][1]:
            continue
        # The words joined to this one by a name's gaps, at most _MAX_WORDS - 1 either side.
        low = index
        while low > max(0, index - _MAX_WORDS + 1) and _joined(text, words, low - 1):
            low -= 1
        high = index
        while high < min(len(words) - 1, index + _MAX_WORDS - 1) and _joined(text, words, high):
            high += 1
        strings = [w.group() for w in words[low:high + 1]]
        commas = [text.count(",", words[i].end(), words[i + 1].start()) for i in range(low, high)]
        best: tuple[int, int, int] | None = None
        for first in range(low, index + 1):
            for last in range(max(index, first), min(high, first + _MAX_WORDS - 1) + 1):
                if best is not None and words[last].end() - words[first].start() <= best[1] - best[0]:
                    continue
                if (last - first == 1 or not any(commas[first - low:last - low])) and _run_spells(
                        strings[first - low:last - low + 1], targets):
                    best = (words[first].start(), words[last].end(), last - first + 1)
        if best is not None:
            start, end, count = best
            if text[end - 1] == "." and not _is_initial(text[start:end].split()[-1]):  # a sentence's full stop
                end -= 1
            found.append((start, end, count))
    return found


def _joined(text: str, words: list[re.Match], index: int) -> bool:
    """Whether words[index] and words[index + 1] are separated as two words of one name are."""
    return _WORD_GAP.fullmatch(text, words[index].end(), words[index + 1].start()) is not None


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _run_spells(run: list[str], targets: frozenset[str]) -> bool:
    """Whether the words of `run` spell a target (see the module doc), and read as a name."""
    clean = [word.rstrip(".,") for word in run]
    folded = [_folded(word) for word in clean]
    if any(word in stop_words() and word not in _PARTICLES for word in folded):
        return False
    if len(run) == 1:
        word = clean[0]
        # A word of the language owns a mailbox only as a census first name ("Hunter"; not "Sales", "Support").
        return word[:1].isupper() and folded[0] in targets and (
            folded[0] in first_names() or not is_ordinary_word(folded[0]))
    if any(word[:1].isupper() for word in clean) and any(
            word[:1].islower() and len(word) > 1 and folded_word not in _PARTICLES
            for word, folded_word in zip(clean, folded)):
        return False  # "Gonzalez, recommends": a capitalised name is not continued by a lower-case word
    if not any(word[:1].isupper() for word in clean) and any(is_ordinary_word(word) and word not in first_names()
                                                              and word not in surnames() for word in folded
                                                              if len(word) > 1 and word not in _PARTICLES):
        return False  # lower-case words of the language ("team lead"), no lower-case name
    for rotation in range(len(folded)):
        order = folded[rotation:] + folded[:rotation]
        if any(_spelled(tuple(order), target) for target in targets):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _spelled(words: tuple[str, ...], target: str) -> bool:
    """Whether each word giving all its letters, its initial or (inside the run) nothing spells `target`;
    the first and last word give something, and one word gives all of its 3+ letters."""
    last = len(words) - 1
    for choices in itertools.product(("all", "initial", "none"), repeat=len(words)):
        if choices[0] == "none" or choices[last] == "none" or not any(
                choice == "all" and len(word) >= 3 for choice, word in zip(choices, words)):
            continue
        if any(choice == "none" and not (len(word) == 1 or word in _PARTICLES) for choice, word in zip(choices, words)):
            continue  # only a middle initial or a particle may be left out of the address
        spelled = "".join(word if choice == "all" else word[:1] if choice == "initial" else ""
                          for choice, word in zip(choices, words))
        if spelled == target:
            return True
    return False
