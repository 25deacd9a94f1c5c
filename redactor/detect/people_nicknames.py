"""A person's nickname written right after their found name: `Dorothy Penhaligon ("Dot")`, `Sigrid Lie "Sigi"`,
`Jonathan Okeke (aka Jono)`, `María José Ruiz (“Majo”)` (round 39, people39).

Contact cards, care notes, class lists, club registers and chat exports write the name a person is called by beside
their full name, quoted, so the reader knows to use it. The quotes are the structural cue: what stands quoted or
after "aka" right after a person's name is that person's other name, whatever its words are, and it is often a short
form no list holds ("Dot", "Sigi", "Majo") or an ordinary word. people_in_structure._names_with_nicknames reads the
nickname written inside the name (`Friedrich "Fritz" Ahlers`); people_beside_names.py reads a bracket holding the
name in another script.

Read: right after a found PERSON of two words or more (blanks, an optional comma), a bracket or nothing, then a quote
(`"`, `'`, `“”`, `‘’`, `«»`, `„“`) or "aka"/"a.k.a."/"known as", then one or two words, each opening with a capital
letter (or of a script without case), letters only, at most 15 letters, then the closing quote (and bracket). The
words are the person (0.7); the engine spreads the nickname like any found name. A quoted lower-case word or one
in capitals (`("primary")`, `("CEO")`) is no nickname.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span

_SCORE = 0.7
_WORD = r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_])){0,14}"
_NICKNAME_AFTER = re.compile(
    r"\A,?[ \t]*(?P<open>[(（]?)[ \t]*"
    r"(?:(?P<quote>[\"'“‘«„])|(?i:aka|a\.k\.a\.|known as|genannt)[ \t]+)"
    rf"(?P<nick>{_WORD}(?:[ \t]{_WORD})?)"
    r"(?P<close>[\"'”’»“]?)")
_CLOSING = {'"': '"', "'": "'’", "“": "”\"", "‘": "’'", "«": "»", "„": "“\""}


def _shaped_like_a_nickname(words: Sequence[str]) -> bool:
    """Each word opens with a capital (or is of a script without case) and is not all capitals ("CEO")."""
    for word in words:
        head = word[0]
        if head.islower() or (len(word) > 1 and word.isupper()):
            return False
    return True


def nicknames_after_people(text: str, spans: Sequence[Span], detector: str) -> list[Span]:
    """PERSON spans of the nicknames written right after the found full names in `spans` (module doc)."""
    found: list[Span] = []
    for span in spans:
        if span.kind != "PERSON" or len(text[span.start:span.end].split()) < 2:
            continue
        match = _NICKNAME_AFTER.match(text[span.end:span.end + 60])
        if match is None:
            continue
        quote, close = match.group("quote"), match.group("close")
        if quote and close not in _CLOSING[quote]:
            continue  # `"Dot` with no closing quote is the opening of a quoted phrase
        if not quote and close:
            continue
        nick = match.group("nick")
        if not quote and " " in nick and nick.split()[1][:1].islower():
            nick = nick.split()[0]  # `aka Seun joined`: the words after "aka" up to the sentence's own
        if not _shaped_like_a_nickname(nick.split()):
            continue
        start = span.end + match.start("nick")
        found.append(Span(start, start + len(nick), "PERSON", "pii", _SCORE, detector))
    return found
