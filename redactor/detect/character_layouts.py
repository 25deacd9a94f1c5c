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
