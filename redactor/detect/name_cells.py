"""People named as a whole value: a CSV or table cell, a quoted SQL or JSON string, a YAML or key=value value.

Exports, inserts, tables and config hold names as values of their own:
`1043,Hiroshi Tanaka,h.tanaka@...`, `(18, 'Mateo Álvarez', ...)`,
`| billing | Agnieszka Nowak |`, `team-lead: Jakub Dvořák`,
`{"user": "Lars Øvergaard"}`. NER runs on prose windows only and the small
model reads such rows badly, so a value that is two to four capitalised
words (name particles such as "van der", "de la" allowed), delimited on both
sides by quotes, a comma, a semicolon, a tab, a pipe, or a "key:"/"key=" before it and the
line's end after it, is a person when the words look like a name:

every word is a census first name or no ordinary word (common English, tech
term or compound: "Getting Started", "Web Search", "West Europe" are not
names; "Grace Hopper", "Mateo Álvarez" are), and none is a stop word, an
acronym or a code token.

The scan is one regex over the text, anchored at delimiters; it never runs NER.
"""
from __future__ import annotations

import re

from redactor.detect.base import Span
from redactor.detect.code_awareness import looks_like_code_token
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, is_ordinary_word
from redactor.detect.term_lists import first_names, stop_words

_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}]?[{NAME_LOWER}'’]+)*"
_PARTICLE = r"(?:van|von|de|da|das|dos|del|della|der|den|di|du|la|le|bin|ibn|al|el|ní|nic|mac|ter|ten|y)"
_CELL_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_WORD}|[{NAME_UPPER}]\.)){{1,3}}"
# Opening delimiter, the name, closing delimiter (the same kind of quote, or a separator, or the line's end).
_CELL = re.compile(
    rf"""(?:(?P<quote>["'])|[,;|\t:=][ \t]*)(?P<name>{_CELL_NAME})"""
    rf"""(?(quote)(?P=quote)|[ \t]*(?=[,;|\t\r\n]|$))""",
    re.MULTILINE,
)
_SCORE = 0.75


def names_in_cells(text: str, detector: str) -> list[Span]:
    """PERSON spans for names standing as whole delimited values in `text` (see module doc)."""
    if not any(mark in text for mark in "\"',;|\t:="):
        return []
    spans: list[Span] = []
    for match in _CELL.finditer(text):
        name = match.group("name")
        if looks_like_a_name(name.split()):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "pii", _SCORE, detector))
    return spans


def looks_like_a_name(words: list[str]) -> bool:
    """Whether capitalised `words` read as a person's name rather than a title, heading or product."""
    cores = [word.strip(".") for word in words if word.strip(".") and word[0].isupper()]
    if len(cores) < 2:
        return False
    folded = [word.casefold() for word in cores]
    if any(word in stop_words() or looks_like_code_token(core) or core.isupper()
           for word, core in zip(folded, cores) if len(core) > 1):
        return False
    return all(word in first_names() or not is_ordinary_word(word) for word in folded if len(word) > 1)
