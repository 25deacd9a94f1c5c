"""A word of two or three capitalised parts written as one, outside code: a doubtful organisation (round 17).

Small firms, apps, agencies and clinics write their names in InterCaps: "BrightPath", "SwiftPay", "GreenLeaf
Dental", "BlueHarbour". English writes no word so, and the other finders pass it by: the capitalised-word rules
want one capital followed by small letters, the lists know none of these names, the model reads them as code.
What else writes a word so is code, which names its classes from a small vocabulary ("UserService",
"ReactNode", "TodoList"), and public software ("GitHub", "PayPal", "HubSpot").

A word of two or three parts (a capital, then two or more small letters, each) is taken (ORGANIZATION,
doubtful: redacted on the wire, not reported by an audit) when

- nothing is glued to it (no identifier, path, address or key: not before "(", ":", "=", "<", "[", ".x");
- its last part is no word code names its classes with (`redactor/data/code_name_parts.txt`, read from the
  class names of maintained Python code by scripts/code_name_parts.py: "Service", "Node", "List", "Path"; the
  last part is the kind of thing a class is, the first what it is for: "User", "Todo" say nothing) and no tech
  term, and no part is a code keyword;
- English does not write the whole word (wordfreq Zipf under 3: "Sidebar", "Homepage", "PayPal", "YouTube"
  are written), and it is no public software name, package, tech term or place, nor a surname with a prefix
  ("MacArthur") or first names run together ("MaryAnn");
- its line holds no code marks and is no table row or heading (org_unlisted_words' line test), and the text
  never writes the word as code (in backticks, before "(" or ".", after "<" or "new ").

Cheap gate: one regex scan for a small letter followed by a capital inside a word; each distinct word is
judged once (cached); the line test once per line that holds a taken word. Code segments are not read (the
caller).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import english_zipf
from redactor.detect.org_unlisted_words import _line_may_hold_names, _line_of
from redactor.detect.place_names import is_place_name
from redactor.detect.public_packages import public_package_words
from redactor.detect.term_lists import first_names, term_list

_CANDIDATE = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,2}(?![\w@/\\(<\[:=*+~^|`-]|['’](?!s\b)|\.\w)")
_GLUED_BEFORE = frozenset(".@/\\#$%&<>*+~^|'’`-_:=")
_PART = re.compile(r"[A-Z][a-z]+")
_WRITTEN_ZIPF = 3.0
_SURNAME_PREFIXES = frozenset(("mac", "fitz", "van", "von", "del", "della", "des", "dos"))
_MAX_LENGTH = 24


@functools.lru_cache(maxsize=1)
def _code_name_parts() -> frozenset[str]:
    return term_list("code_name_parts")


@functools.lru_cache(maxsize=8192)
def intercaps_name(word: str) -> bool:
    """Whether a word of capitalised parts is a name no code and no public software writes (module doc)."""
    if len(word) > _MAX_LENGTH:
        return False
    folded = word.casefold()
    parts = [part.casefold() for part in _PART.findall(word)]
    if parts[-1] in _code_name_parts() or parts[-1] in term_list("tech_terms") \
            or any(part in term_list("code_keywords") for part in parts):
        return False  # "UserService", "ReactNode", "TodoList": a class named by code's own vocabulary
    if english_zipf(folded) >= _WRITTEN_ZIPF or folded in term_list("software_names") \
            or folded in public_package_words() or folded in term_list("tech_terms"):
        return False  # "PayPal", "YouTube", "HubSpot": public software and words English writes
    if parts[0] in _SURNAME_PREFIXES or all(part in first_names() for part in parts) or is_place_name(word):
        return False  # "MacArthur", "FitzGerald", "MaryAnn", a place: a person's or a place's name
    return True


def _written_as_code(text: str, word: str) -> bool:
    """Whether the text writes the word as code somewhere: "`Word", "<Word", "new Word", "Word(", "Word.x", "Word`"."""
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if text[position - 1:position] in ("`", "<") or text[max(0, position - 4):position] == "new " \
                or text[end:end + 1] in ("(", "`") or (text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()):
            return True
        position = text.find(word, end)
    return False


def intercaps_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's InterCaps words."""
    lines: dict[int, bool] = {}
    judged: dict[str, bool] = {}
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in _GLUED_BEFORE):
            continue  # a piece of an identifier, path, address or key
        word = match.group(0)
        if word not in judged:
            judged[word] = intercaps_name(word) and not _written_as_code(text, word)
        if not judged[word]:
            continue
        line_start, line_end = _line_of(text, start)
        if line_start not in lines:
            lines[line_start] = _line_may_hold_names(text[line_start:line_end])
        if lines[line_start]:
            yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def load() -> None:
    """Read the lists and word frequencies now (a server's start-up), not during a request."""
    list(intercaps_names("We switched to BrightPath and SwiftPay for payroll.", "warm"))
