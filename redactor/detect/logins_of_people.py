"""A login beside a person's name that spells it is that person's login.

Exports, user tables, audit lines and chat logs put a person's account next to their name:
`5502,Sione Taufa,staufa,...`, `Ngozi Eze (ngozi.e)`, `assigned: Mette Kjærgaard / mkjaer`. A
login has no fixed shape (`staufa` has no digit, no dot, nothing a login pattern could key on), but
it is made of the name: first and last name, an initial and a surname, either order, with dots,
underscores, dashes or digits. So once a PERSON is found, a lower-case word on the same line that is
built from the person's name parts (compared after transliteration: `Kjærgaard` -> `kjaergaard`) is
a USERNAME. The rule only adds spans where no finding is; it never reads a name out of a login (that
is people_by_address.py).
"""
from __future__ import annotations

import re
from typing import Sequence

from anyascii import anyascii

from redactor.detect.base import Span

_SCORE = 0.7
_DETECTOR = "logins"
# A login-shaped word: lower-case letters and digits joined by . _ -, not part of an e-mail, path or URL.
_LOGIN = re.compile(r"(?<![\w@./\\:-])[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*[._]?(?![\w@/\\]|\.\w|:\w)")
_MIN_LETTERS = 3
_MAX_LOGIN = 40


def logins_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for login-shaped words that spell a PERSON found on the same line."""
    people = [span for span in spans if span.kind == "PERSON"]
    if not people:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    added: list[Span] = []
    for person in people:
        spellings = _spellings(text[person.start:person.end])
        if not spellings:
            continue
        line_start = text.rfind("\n", 0, person.start) + 1
        line_end = text.find("\n", person.end)
        line_end = len(text) if line_end == -1 else line_end
        for match in _LOGIN.finditer(text, line_start, line_end):
            start, end = match.span()
            if end - start > _MAX_LOGIN or _overlaps(taken, start, end):
                continue
            if _spells(match.group(0), spellings):
                added.append(Span(start, end, "USERNAME", "pii", _SCORE, _DETECTOR))
                taken.append((start, end))
                taken.sort()
    return added


def _spellings(name: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(whole spellings, spellings a login may cut short) of a person's name, transliterated and lower-cased."""
    parts = [re.sub(r"[^a-z]", "", anyascii(part).lower()) for part in name.split()]
    parts = [part for part in parts if part and part not in _TITLES]
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    whole = {first + last, last + first, first[0] + last, last + first[0], first + last[0],
             "".join(parts), "".join(part[0] for part in parts[:-1]) + last, first, last}
    # `mkjaer` of `mkjaergaard`: a login cut short keeps the initial or first name and two letters of the surname.
    cut = {first + last, first[0] + last}
    return (frozenset(spelling for spelling in whole if len(spelling) >= _MIN_LETTERS),
            frozenset(spelling for spelling in cut if len(spelling) >= _MIN_LETTERS))


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "jr", "sr"})


def _spells(login: str, spellings: tuple[frozenset[str], frozenset[str]]) -> bool:
    whole, cut = spellings
    letters = re.sub(r"[^a-z]", "", login)
    if len(letters) < _MIN_LETTERS:
        return False
    return letters in whole or (len(letters) >= 5 and any(
        spelling.startswith(letters) and len(spelling) - len(letters) >= 2 for spelling in cut))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)
