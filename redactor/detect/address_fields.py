"""A field that holds an address found in part is the address: all of it, not the pieces found.

Tables, JSON, quoted strings and labelled lines put one value in one field: a CSV/TSV/pipe/`;` cell, a JSON or
Python string, an XML element, the rest of a `Label: value` line. When the detectors find a piece of an address
in such a field (the street, a city taken as a place, a building taken as an organisation), the other parts of
the same field (a unit or building before the street, a district, a region, a postcode, the country) belong to
the same address, in whatever order the country writes them: "Casa 3, Condominio Los Pinos, Km 12 Carretera a
El Salvador, Guatemala", "Palazzo Reale, Piazza Castello, Torino", "Wangjing SOHO, T1, Chaoyang, Beijing".
address_runs.py joins pieces forwards only, since in prose the words before a street are often not its own;
a field's edges are the address's edges, so here the whole field is taken:

- the field is the stretch of the piece's line between delimiters (a quote, a tab, `|`, `;`, `=`, brackets,
  `<`/`>`, a cell comma without a space after it, a label's colon), at most 160 characters; a line without any
  delimiter is no field (its first words may be a label or a greeting without a colon: "Home Mariahilfer ...");
- every word of it reads as an address word: capitalised or caseless-script words, numbers and short codes
  (`T1`, `#08-14`, `F-8/3`), particles (`de`, `a`, `of`), unit and street words (`kv.`, `rue`) — a lower-case
  word of prose, a time or an amount means the field is prose or a record, and nothing is taken;
- the field reads as an address by its found pieces (address_runs._is_address: a found street; or a number or a
  street word with a place) and holds no finding of another kind (a phone, an e-mail, a date).

Pre-check: runs only when an address, place, person or organisation was found; per found piece one bounded look
at its own line (linear: each line is read once per piece in it, and pieces in one field are taken once).
"""
from __future__ import annotations

import re
from typing import Callable, Protocol, Sequence

from redactor.detect.base import Span
from redactor.detect.street_words import is_street_word

_DETECTOR = "address_fields"


class _Overlaps(Protocol):
    """Which regions other findings hold (address_runs._Others)."""

    def overlap(self, start: int, end: int) -> bool: ...


_SCORE = 0.86  # address_runs': the field's kind is the address's
_MAX_FIELD = 160
_ANCHOR_KINDS = frozenset({"STREET_ADDRESS", "LOCATION", "PERSON", "ORGANIZATION"})
# What ends a field: quotes, tabs, table and markup delimiters, a label's colon (not "No:45" or a time), a cell
# comma (no space after it; ", " separates address parts).
_DELIMITER = re.compile(r"[\"\t|;=<>{}\[\]()]|:(?=[\s*_]|$)|,(?=\S)|\*\*")
# The name of a label that closes a field with its colon: one to three capitalised words after a sentence's or a
# part's end ("Note", "Tel", "Phone number"), and the colon's position as the field's end.
_LABEL_BEFORE_COLON = re.compile(r"(?<=[.,])[ \t]+[A-Z][\w-]*(?:[ \t]+[\w-]+){0,2}[ \t]*\Z")
_LEAD = " \t*_-•·"
_TRAIL = " \t*_.,"
_TIME = re.compile(r"\d{1,2}:\d{2}")
_AMOUNT = re.compile(r"[$€£¥₹]|\d[.,]\d\d(?!\d)(?![.,]?\d)")
_LOWER_OK = frozenset("""de da das do dos del della di du des la le les el al van von der den am an im y e i a
    of bis ter c/o cnr opp near bei chez""".split())
_UNIT_WORDS = frozenset("""apt apto flat unit suite floor fl room rm block blk bldg kv kv. d d. korp korpus str
    stock og etage et dpto depto piso puerta esc int no nr hs bus level building house tower apartment plot lot villa
    estate lgh lägenhet tv th mf st nd rd ul ul. pr pr-t g g. km per dom prospect""".split())
_NOT_ADDRESS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday thanks
    thank regards cheers please hi hello dear ok okay yes
    from to for or but with by is are was were ref""".split())  # in any case: "PAYMENT FROM K ADEYEMI REF FLAT 4"


def address_fields(text: str, spans: Sequence[Span], is_address: Callable[[str, Sequence[Span]], bool],
                   others: Callable[[Sequence[Span]], _Overlaps]) -> list[Span]:
    """STREET_ADDRESS spans over whole fields that hold a found piece of an address (see the module's doc).

    address_runs calls this with its own address test and overlap index (`is_address`, `others`), so the two
    modules judge an address alike without importing each other."""
    anchors = sorted((span for span in spans if span.kind in _ANCHOR_KINDS), key=lambda span: span.start)
    if not anchors:
        return []
    others = others(spans)
    found: list[Span] = []
    taken_until = -1
    for index, span in enumerate(anchors):
        if span.start < taken_until:
            continue
        field = _field(text, span.start, span.end)
        if field is None:
            continue
        start, end = field
        if (start, end) == (span.start, span.end) or end - start > _MAX_FIELD:
            continue
        inside = [other for other in anchors[max(0, index - 8):index + 16] if start <= other.start and other.end <= end]
        if not any(other.kind == "STREET_ADDRESS" for other in inside) and len(inside) < 2:
            continue  # one person, place or company alone in a field: the field is theirs, not an address
        value = text[start:end]
        if not _all_address_words(value) or not is_address(value, inside):
            continue
        if others.overlap(start, end):
            continue  # a phone, an e-mail, a date in the field: a record, not an address
        if any(other.start <= start and end <= other.end for other in inside):
            continue
        found.append(Span(start, end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
        taken_until = end
    return found


def _field(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The field around [start, end): its line's stretch between delimiters, trimmed; None across lines."""
    if end - start > _MAX_FIELD or "\n" in text[start:end]:
        return None
    # The line's edges within reach only (a minified document is one long line): -1 when out of reach.
    reach_start = max(0, start - _MAX_FIELD - 1)
    newline = text.rfind("\n", reach_start, start)
    line_start = newline + 1 if newline >= 0 else (0 if reach_start == 0 else -1)
    reach_end = min(len(text), end + _MAX_FIELD + 1)
    newline = text.find("\n", end, reach_end)
    line_end = newline if newline >= 0 else (len(text) if reach_end == len(text) else -1)
    window_start = line_start if line_start >= 0 else start - _MAX_FIELD
    window_end = line_end if line_end >= 0 else end + _MAX_FIELD
    if _DELIMITER.search(text, start, end):
        return None  # the piece itself crosses a field's edge
    field_start = window_start
    for match in _DELIMITER.finditer(text, window_start, start + 1):  # + 1: a cell comma's look-ahead
        if match.start() < start:
            field_start = match.end()
    if field_start == window_start and window_start != line_start:
        return None  # no edge within reach
    after = _DELIMITER.search(text, end, window_end)
    field_end = after.start() if after else window_end
    if after is not None and after.group(0) == ":":
        # a colon after the piece closes the next label's name, not the address: "..., São Paulo. Note: call
        # first"; the label (the words after the last ". " or ", ") is no part of the field
        label = _LABEL_BEFORE_COLON.search(text, end, field_end)
        if label is not None:
            field_end = label.start()
    if after is None and window_end != line_end:
        return None
    if field_start == line_start and after is None:
        return None  # a bare line: its first words may be a label or a greeting ("Home", "Hi"); address_blocks reads lines
    while field_start < start and text[field_start] in _LEAD:
        field_start += 1
    while field_end > end and text[field_end - 1] in _TRAIL:
        field_end -= 1
    return field_start, field_end


def _all_address_words(value: str) -> bool:
    if _TIME.search(value) or _AMOUNT.search(value):
        return False
    for raw in value.replace(",", " ").replace("、", " ").replace("،", " ").split():
        word = raw.strip(".'’\"-–º°ª#&/")
        if not word:
            continue
        folded = word.casefold()
        if any(char.isdigit() for char in word):
            if len(word) > 12:
                return False
            continue
        if folded in _NOT_ADDRESS:
            return False
        if word[0].isupper() or not word[0].islower():  # capitalised, or a caseless script
            continue
        if folded in _LOWER_OK or folded in _UNIT_WORDS or folded.rstrip(".") in _UNIT_WORDS or is_street_word(word):
            continue
        return False
    return True
