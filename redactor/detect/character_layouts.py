"""Finding a pattern from the layout of its first characters: digits, capitals and small letters as classes.

Python's regex engine skips ahead only to a pattern's first character; a pattern that starts with
a digit or a capital is tried at every digit or capital of the text, which costs ~0.02 ms per KB
and pattern on log-like text. On ASCII text one translation writes every digit as `0`, every
capital as `A` and every small letter as `a` (other characters stay as they are); the layout every
match starts with, such as `000-00-0000` (an SSN) or `AA00` (an IBAN's country and check digits),
is then found by `bytes.find` at C speed and the pattern is tried only there
(`keywords.matches_at_starts`). The matches are the same as `finditer`'s.

The translation is made once per text and shared by every caller (the last text is remembered per
thread). Text with a character outside ASCII keeps the plain regex pass: there `\\d` and `\\w` reach
beyond the classes above.
"""
from __future__ import annotations

import codecs
import functools
import re
import threading
from typing import Iterator, Protocol

from redactor.detect.keywords import matches_at_starts, matches_in_runs

# Every ASCII digit becomes "0", every capital "A", every small letter "a"; other bytes stay as they are.
_CLASS_OF_BYTE = bytes(
    ord("0") if 48 <= byte <= 57 else ord("A") if 65 <= byte <= 90 else ord("a") if 97 <= byte <= 122 else byte
    for byte in range(256))


class _Matcher(Protocol):
    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...

    def match(self, text: str, pos: int = ...) -> re.Match[str] | None: ...


class _LastText(threading.local):
    def __init__(self) -> None:
        self.text: str | None = None
        self.classes: bytes | None = None


_last = _LastText()


def character_classes(text: str) -> bytes | None:
    """`text` with its digits, capitals and small letters written as `0`, `A` and `a`; None if it is not ASCII."""
    if _last.text is text:
        return _last.classes
    classes = text.encode("ascii").translate(_CLASS_OF_BYTE) if text.isascii() else None
    _last.text, _last.classes = text, classes
    return classes


def layout_matches(pattern: _Matcher, text: str, layouts: tuple[bytes, ...],
                   not_after: bytes = b"") -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern whose every match starts with one of `layouts` (written in the
    classes above) right after none of the bytes of `not_after` (the pattern's own look-behind, in classes)."""
    classes = character_classes(text)
    if classes is None:
        return pattern.finditer(text)
    starts: set[int] = set()
    for layout in layouts:
        at = classes.find(layout)
        while at != -1:
            if not at or classes[at - 1] not in not_after:
                starts.add(at)
            at = classes.find(layout, at + 1)
    return matches_at_starts(pattern, text, sorted(starts))


def class_pattern_starts(class_pattern: re.Pattern[bytes], text: str) -> list[int] | None:
    """Starts of the matches of `class_pattern`, a bytes pattern written in the classes above (`0`, `A`, `a`; every
    other ASCII character as itself), in `text`; None if `text` is not ASCII (the caller keeps its plain scan).

    For a pattern that starts with a digit and a look-behind (`\\d(?<![\\w./-]\\d)...`): written in classes it
    starts with the literal `0`, which the regex engine skips to at C speed, where `[0-9]` costs a class test at
    every character (measured 2-3x on a 10 KB text with a digit in ten characters). The caller tries its own
    pattern at the starts (`keywords.matches_at_starts`) when the class pattern reads less than it does
    (`bis|ter` written `aaa`): then no match of the class pattern may hold the start of another match of its own.
    """
    classes = character_classes(text)
    if classes is None:
        return None
    return [match.start() for match in class_pattern.finditer(classes)]


@functools.lru_cache(maxsize=64)
def _marks_table(groups: tuple[tuple[str, str], ...]) -> bytes:
    """A byte table: each ASCII character of a group becomes the group's mark, every other byte a space."""
    table = bytearray(b" " * 256)
    for characters, mark in groups:
        for character in characters:
            table[ord(character)] = ord(mark)
    return bytes(table)


def marked_positions(text: str, groups: tuple[tuple[str, str], ...], needles: tuple[bytes, ...],
                     lead: int = 0) -> list[int] | None:
    """Ascending offsets (plus `lead`) of every occurrence, overlapping ones too, of each of `needles` in `text`
    written with the marks of `groups` ((ASCII characters, mark byte) pairs; every other character is a space,
    and so is the start of the text: a needle " A" with lead 1 finds a capital at offset 0 too); None if `text`
    is not ASCII.

    For a pattern that starts with a character class and is tried at every position of the text (`[Oo][0-9]`,
    `[0-9+(](?<![\\w+/.:#@=-][0-9+(])`: ~20 us per KB each): written in marks, its first characters are found by
    `bytes.find` at C speed. The caller spells the needles so that they find exactly the pattern's starts.
    """
    if not text.isascii():
        return None
    marked = b" " + text.encode("ascii").translate(_marks_table(groups))
    found: set[int] = set()
    lead -= 1  # the space written before the text
    for needle in needles:
        at = marked.find(needle)
        while at != -1:
            found.add(at + lead)
            at = marked.find(needle, at + 1)
    return sorted(found)


@functools.lru_cache(maxsize=64)
def _run_marks(characters: str) -> bytes:
    """A byte table: the ASCII `characters` become `r`, every other byte `_`."""
    return bytes(ord("r") if chr(byte) in characters else ord("_") for byte in range(256))


def character_runs(text: str, characters: str, shortest: int) -> list[tuple[int, int]] | None:
    """[start, end) of each maximal run of the ASCII `characters` at least `shortest` long; None if `text` is not ASCII.

    The same runs as `re.finditer("[...]{shortest,}")` finds, at C speed: a character class that holds a space or a
    digit starts a try at nearly every position, here a run costs one `bytes.find` for its start and one for its end.
    """
    if not text.isascii():
        return None
    marks = text.encode("ascii").translate(_run_marks(characters))
    needle, runs = b"r" * shortest, []
    at = marks.find(needle)
    while at != -1:
        end = marks.find(b"_", at + shortest)
        end = len(marks) if end == -1 else end
        runs.append((at, end))
        at = marks.find(needle, end)
    return runs


def matches_in_character_runs(regex: re.Pattern[str], text: str, runs: re.Pattern[str], characters: str,
                              shortest: int) -> Iterator[re.Match[str]]:
    """`keywords.matches_in_runs(regex, text, runs)` for `runs` written as `[characters]{shortest,}` on ASCII text
    (where `\\d` is `[0-9]`): the runs are found by `character_runs`, the regex runs only inside them (its
    look-ahead may read one character past a run)."""
    found = character_runs(text, characters, shortest)
    if found is None:
        yield from matches_in_runs(regex, text, runs)
        return
    for start, end in found:
        yield from regex.finditer(text, start, min(len(text), end + 1))


# --- any script, for ASCII-only patterns ------------------------------------------------------------------------

# A character outside Latin-1 is written as a space when a text is encoded for its stand-in (the byte table below
# then makes every byte from 0x80 a space too): one byte per character, so offsets stay.
codecs.register_error("redactor.ascii_stand_in", lambda error: (" " * (error.end - error.start), error.end))
_HIGH_BYTES_AS_SPACES = bytes(range(128)) + b" " * 128


def ascii_stand_in(text: str) -> str:
    """`text` with every character outside ASCII written as a space: the same length and offsets, every ASCII
    character where it was. For patterns and layouts made only of ASCII characters, which such a character can
    only end, the stand-in finds what the text does (`character_runs(ascii_stand_in(text), ...)` in any script)."""
    if text.isascii():
        return text
    return text.encode("latin-1", "redactor.ascii_stand_in").translate(_HIGH_BYTES_AS_SPACES).decode("ascii")
