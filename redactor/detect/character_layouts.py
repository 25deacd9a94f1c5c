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

import functools
import re
import threading
from typing import Iterator, Protocol

from redactor.detect.keywords import matches_at_starts

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
    starts = layout_starts(text, layouts, not_after)
    return pattern.finditer(text) if starts is None else matches_at_starts(pattern, text, starts)


def layout_starts(text: str, layouts: tuple[bytes, ...], not_after: bytes = b"") -> list[int] | None:
    """Ascending offsets where one of `layouts` starts right after none of the bytes of `not_after` (both in
    classes); None if `text` is not ASCII."""
    classes = character_classes(text)
    if classes is None:
        return None
    if len(layouts) == 1 and len(layouts[0]) == 1 and layouts[0] in not_after:
        return _run_starts(classes, layouts[0], not_after)  # a class as common as a digit: one step per run of it
    starts: set[int] = set()
    for layout in layouts:
        at = classes.find(layout)
        while at != -1:
            if not at or classes[at - 1] not in not_after:
                starts.add(at)
            at = classes.find(layout, at + 1)
    return sorted(starts)


@functools.lru_cache(maxsize=64)
def _marks(first: bytes, not_after: bytes) -> bytes:
    """A translation of the classes: `first` stays, the other bytes of `not_after` become `x`, the rest a space."""
    return bytes(byte if bytes((byte,)) == first else ord("x") if byte in not_after else ord(" ") for byte in range(256))


def _run_starts(classes: bytes, first: bytes, not_after: bytes) -> list[int]:
    """Ascending offsets of `first` (a class byte that `not_after` holds) right after none of `not_after`.

    Such an offset starts a run of `first` (a number, say): in one more translation every byte it may follow
    is a space, so the offsets are found as a space then `first` by `bytes.find`, one step per run, not one
    per digit.
    """
    marks = classes.translate(_marks(first, not_after))
    needle = b" " + first
    starts = [0] if marks.startswith(first) else []
    at = marks.find(needle)
    while at != -1:
        starts.append(at + 1)
        at = marks.find(needle, at + 2)
    return starts
