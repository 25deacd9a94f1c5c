"""The flat, floor, suite or door written after a found address is part of it ("…, 4th floor", "…; Apt 3B").

Every country writes the inner part of an address (the unit inside the building) after the street, separated by a
comma, a semicolon, a dash or in brackets: "14 Harcourt Road, 2nd floor", "Calle Mayor 8; Apt 3B", "Calle de Alcalá
99, piso 3, puerta B", "Keizersgracht 123, 3e verdieping", "Rue du Marché 17, boîte 4", "19 Pembroke Street (basement
flat)", "Mariahilfer Straße 45; Top 12". The street finders stop at the street and its number, and the address runs
(address_runs.py) join only pieces with a number or a place; the unit part leaked after the placeholder.

After a found STREET_ADDRESS, up to three such parts are taken while each is a unit expression:

- a unit word and its designator: a number, a letter, or both ("Apt 3B", "Suite 400", "piso 3", "puerta B",
  "Stiege 2", "kv. 15", "Top 12", "Unit #4");
- a number or ordinal and a floor word ("4th floor", "3e verdieping", "10º andar", "2. OG", "3 étage");
- a named floor or flat ("ground floor", "basement flat", "top floor", "rear unit").

The part must end where the piece ends (a comma, semicolon, bracket, full stop, line end), so "…, floor 2 was
closed" is not taken. A postcode-and-town finding right after the unit ("; Apt 3B, 28013 Madrid") joins the span.
A unit word with its number right after an address is no guess: the span has the address's score (0.86).

Linear: one anchored match per found address.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from redactor.detect.base import Span

_DETECTOR = "address_unit_tails"
_SCORE = 0.86
_MAX_PARTS = 3

# Words for the unit inside a building that come before their number or letter, in the languages whose addresses
# write them so (English, German, Dutch, French, Spanish, Portuguese, Italian, Nordic, Slavic, Turkish).
_UNIT_BEFORE = frozenset("""apartment apt flat unit suite ste room rm floor fl level lvl building bldg block blk tower
    wing door stiege stg top tür stock etage wohnung whg bus bte boîte boite app appartement appt bâtiment bat porte
    escalier esc piso planta puerta pta dpto depto departamento apto apartamento andar sala bloco piano interno int
    scala sc lgh lägenhet leil lejl kv kw lok mieszkanie kat daire""".split())
# Floor words that come after their number or ordinal ("4th floor", "3e verdieping", "10º andar", "2. OG").
_FLOOR_AFTER = frozenset("""floor fl level etage étage stock og obergeschoss ug verdieping etg andar piso planta piano
    kat emelet patro piętro pietro våning vån""".split())
_NAMED_FLOOR = frozenset("ground basement top upper lower rear front garden attic first second third".split())
_NAMED_UNIT = frozenset("floor flat unit level".split())
_DESIGNATOR = r"(?:#[ \t]?)?(?:\d{1,4}[A-Za-z]?|[A-Za-z](?:[-/]?\d{1,3})?)(?:[-/]\d{1,3}[A-Za-z]?)?"
_WORD = r"[^\W\d_]+(?![^\W\d_])"
# A part's shape after its separator (a comma, a semicolon, a dash between spaces, or an opening bracket); its words
# are then looked up in the sets above (one generic match is cheaper than an alternation of every word).
_PART = re.compile(
    rf"[ \t]*(?:[,;][ \t]*|[ \t][-–—][ \t]+|\([ \t]*)"
    rf"((?P<unit>{_WORD})\.?(?:[ \t]*(?:no|nr|n[º°])\.?)?[ \t]*:?[ \t]*{_DESIGNATOR}"
    rf"|\d{{1,3}}(?:st|nd|rd|th|e|er|ère|ème|eme|º|°|ª|o|a|\.)?[ \t]*(?P<floor>{_WORD})\.?"
    rf"|(?P<named>{_WORD})[ \t]+(?P<named_unit>{_WORD}))(?![\w])[ \t]*\)?", re.IGNORECASE)
_SEPARATOR_START = re.compile(r"[ \t]*[,;(]|[ \t][-–—][ \t]")


def _is_unit_part(part: re.Match) -> bool:
    if part.group("unit"):
        return part.group("unit").casefold() in _UNIT_BEFORE
    if part.group("floor"):
        return part.group("floor").casefold() in _FLOOR_AFTER
    return part.group("named").casefold() in _NAMED_FLOOR and part.group("named_unit").casefold() in _NAMED_UNIT


# Where a part must end: the piece ends (a separator, a bracket, the sentence, the line or the text).
_PIECE_END = re.compile(r"[ \t]*(?:$|[,;)\n\r\t|\"']|[.!?](?:\s|$))")


class _Overlaps(Protocol):
    def overlap(self, start: int, end: int) -> bool: ...


def address_unit_tails(text: str, spans: Sequence[Span], others: _Overlaps) -> list[Span]:
    """STREET_ADDRESS spans over a found address and the unit, floor and door parts written after it."""
    addresses = sorted((span for span in spans if span.kind == "STREET_ADDRESS"), key=lambda span: span.start)
    found: list[Span] = []
    for address in addresses:
        end = address.end
        for _ in range(_MAX_PARTS):
            if not _SEPARATOR_START.match(text, end):
                break
            part = _PART.match(text, end)
            if part is None or not _is_unit_part(part):
                break
            bracketed = part.group(0).lstrip().startswith("(")
            if bracketed and not part.group(0).rstrip().endswith(")"):
                break  # an unclosed bracket is a remark, not the unit
            if not bracketed and not _PIECE_END.match(text, part.end(1)):
                break  # "…, room 3 is on the left": the piece goes on in prose
            if others.overlap(part.start(1), part.end(1)):
                break
            end = part.end() if bracketed else part.end(1)
        if end == address.end:
            continue
        # The postcode and town found after the unit ("; Apt 3B, 28013 Madrid") close the same address.
        for later in addresses:
            if end - 12 <= later.start <= end + 3 and later.end > end and later.start >= address.end:
                end = later.end
        found.append(Span(address.start, end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
    return found
