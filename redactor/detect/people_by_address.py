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
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.term_lists import first_names, stop_words, surnames

_EMAIL = re.compile(r"(?<![\w.%+-])(?P<local>[^\W_][\w.%+-]{0,40})@[^\W_][\w-]*(?:\.[\w-]+)+")
# A login with the name in brackets after it, or a name with the login in brackets after it.
_LOGIN_THEN_NAME = re.compile(r"(?<![\w.@/-])(?P<local>[a-z][a-z0-9._-]{2,30})[ \t]*\((?P<inner>[^()\n@]{3,60})\)")
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
    if "@" in text:
        for match in _EMAIL.finditer(text):
            window_start, window_end = _lines_around(text, match.start(), match.end())
            anchors.append((match.group("local"), match.start(), match.end(), window_start, window_end))
    if "(" in text:
        for match in _LOGIN_THEN_NAME.finditer(text):
            anchors.append((match.group("local"), match.start("local"), match.end("local"), *match.span("inner")))
        for match in _NAME_THEN_LOGIN.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            anchors.append((match.group("local"), match.start(), match.end(), max(line_start, match.start() - 80),
                            match.start()))
    for local, address_start, address_end, window_start, window_end in anchors:
        targets = _spellings(local)
        if not targets:
            continue
        words = [word for word in _NAME_WORD.finditer(text, window_start, window_end)
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
        folded = _folded(word.group().rstrip("."))
        if len(folded) < 3 or folded in stop_words() or not any(folded in target for target in targets):
            continue
        if found and word.start() < found[-1][1]:
            continue
        best: tuple[int, int, int] | None = None
        for first in range(index, max(-1, index - _MAX_WORDS), -1):
            if first < index and not _WORD_GAP.fullmatch(text, words[first].end(), words[first + 1].start()):
                break
            for last in range(index, min(len(words), first + _MAX_WORDS)):
                if last > index and not _WORD_GAP.fullmatch(text, words[last - 1].end(), words[last].start()):
                    break
                run = [w.group() for w in words[first:last + 1]]
                commas = sum("," in text[a.end():b.start()] for a, b in zip(words[first:last], words[first + 1:last + 1]))
                if (commas == 0 or len(run) == 2) and _run_spells(run, targets) and (best is None or
                                                  words[last].end() - words[first].start() > best[1] - best[0]):
                    best = (words[first].start(), words[last].end(), last - first + 1)
        if best is not None:
            start, end, count = best
            if text[end - 1] == "." and not _is_initial(text[start:end].split()[-1]):  # a sentence's full stop
                end -= 1
            found.append((start, end, count))
    return found


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
