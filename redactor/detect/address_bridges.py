"""Two pieces of one address on one line, with a short comma piece between them, are one address.

The street finders find a street line ("Keizersgracht 221", "1450 Oak Street, apt 4"), the postcode and place
finders the end of an address ("1016 DV Amsterdam", "Portland, OR 97205"). Between them people write what no finder
reads: how to reach the door, in their own words and language ("achterhuis", "bajo derecha", "wejście od podwórza",
"apt 4 in the back", "rappu B", "2. OG links"). address_runs joins pieces over address words only, so those
addresses stay two placeholders with the middle leaking, and the middle says where a person lives as much as the
rest. Every country writes the parts of an address as comma pieces of one line, so here the pieces are joined when:

- both are address pieces: a STREET_ADDRESS, or a place, person or organisation finding with a digit in it
  ("Mannerheimintie 12 B 7" read as an organisation); at least one holds a digit, and not both are bare places;
- the stretch between them is short (at most _MAX_GAP characters, _MAX_WORDS words), on the same line, holds a
  comma between pieces (", ..." or "... ,"), has no cell comma (no space after it), no field delimiter (a quote or
  apostrophe, tab, `|`, `;`, brackets, `=`), no sentence end ("!", "?", or a full stop after a word of five letters
  or more), no time, amount or finding of another kind (a phone, a date), and none of the words that start a clause
  of prose ("but", "and then", "which", "I", "we" ...): "12 Baker St, but the office is in London" stays two
  findings.

The joined span is one STREET_ADDRESS (0.86, address_runs' score). Chains of pieces join into one span.

Cost: runs in the engine's clean-up only when two address pieces were found (no scan of the text); one pass over
the sorted pieces, each gap read once and bounded (linear in the number of findings).
"""
from __future__ import annotations

import re
from typing import Callable, Protocol, Sequence

from redactor.detect.base import Span

_DETECTOR = "address_bridges"
_SCORE = 0.86
_MAX_GAP = 48
_MAX_WORDS = 6
_PIECE_KINDS = frozenset({"STREET_ADDRESS", "LOCATION", "PERSON", "ORGANIZATION"})
_DELIMITERS = frozenset("\n\r\"'`|\t;()<>[]{}=!?“”«»⟦⟧")
_CELL_COMMA = re.compile(r",(?=\S)")
_TIME = re.compile(r"\d{1,2}[:h]\d{2}\b")
_AMOUNT = re.compile(r"[$€£¥₹]|\d[.,]\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[^\W\d_]{5,}\.(?:\s|$)")
_WORD = re.compile(r"[^\s,]+")
# Words that open or join clauses of prose in the languages our traffic is written in (lower case).
_CLAUSE_WORDS = frozenset("""but and or then so because since while which who whom whose that where when if
    i we you he she they it is are was were be been am will would can could should please thanks thank
    sorry not also just only then there here this these those my our your his her their its
    aber und oder dann weil wo wenn ich wir sie er ist sind war bitte danke nicht
    mais et ou puis parce où quand si je nous vous il elle est sont était merci pas
    pero y o luego porque donde cuando si yo nosotros usted él ella es son era gracias
    ma e poi perché dove quando se io noi lei lui è sono era grazie non
    maar en of dan omdat waar wanneer als ik wij jij hij zij is zijn was bedankt niet""".split())


class _Overlaps(Protocol):
    def overlap(self, start: int, end: int) -> bool: ...


def address_bridges(text: str, spans: Sequence[Span], others: Callable[[Sequence[Span]], _Overlaps]) -> list[Span]:
    """STREET_ADDRESS spans over chains of address pieces bridged by short comma pieces (see the module's doc).

    address_runs passes its overlap index (`others`: the regions of findings of other kinds)."""
    pieces = sorted((span for span in spans if _is_piece(text, span)), key=lambda span: (span.start, -span.end))
    if len(pieces) < 2:
        return []
    index = None
    found: list[Span] = []
    chain_start = chain_end = -1
    chain_digit = chain_street = False
    chain_length = 0
    for span in pieces:
        if span.start < chain_end:  # inside or overlapping the chain so far
            chain_end = max(chain_end, span.end)
            chain_digit = chain_digit or _has_digit(text, span.start, span.end)
            chain_street = chain_street or span.kind == "STREET_ADDRESS"
            continue
        bridged = False
        if chain_end >= 0 and span.start - chain_end <= _MAX_GAP:
            if index is None:
                index = others(spans)
            bridged = _bridges(text, chain_end, span.start, index)
        digit = _has_digit(text, span.start, span.end)
        street = span.kind == "STREET_ADDRESS"
        if bridged and (digit or chain_digit) and (street or chain_street):
            chain_end = span.end
            chain_digit = chain_digit or digit
            chain_street = chain_street or street
            chain_length += 1
            continue
        if chain_length:
            found.append(Span(chain_start, chain_end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
        chain_start, chain_end, chain_digit, chain_street, chain_length = span.start, span.end, digit, street, 0
    if chain_length:
        found.append(Span(chain_start, chain_end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
    return found


def _is_piece(text: str, span: Span) -> bool:
    if span.kind not in _PIECE_KINDS:
        return False
    return span.kind == "STREET_ADDRESS" or _has_digit(text, span.start, span.end)


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(character.isdigit() for character in text[start:end])


def _bridges(text: str, start: int, end: int, others: _Overlaps) -> bool:
    """Whether text[start:end], between two address pieces, is a comma piece of the same address."""
    gap = text[start:end]
    stripped = gap.strip()
    if not any(mark in stripped for mark in ",،、") or len(stripped) < 2:
        return False  # adjacent pieces or words without a comma piece: address_runs' business
    if any(character in _DELIMITERS for character in gap) or _CELL_COMMA.search(gap):
        return False
    if _TIME.search(gap) or _AMOUNT.search(gap) or _SENTENCE_END.search(gap):
        return False
    words = _WORD.findall(gap.replace("،", " ").replace("、", " "))
    if not words or len(words) > _MAX_WORDS:
        return False
    if any(word.strip(".:").lower() in _CLAUSE_WORDS for word in words):
        return False
    return not others.overlap(start, end)
