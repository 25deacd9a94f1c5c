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

import bisect
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
# Round 31: a door named by its side ("porte gauche", "puerta izquierda", "door left") and a flat by its floor's
# ordinal and its letter or side, as Spain and Argentina write it ("3° C", "3º Izda", "2ºB", "4ª dcha").
_DOORS = frozenset("porte puerta porta door tür tuer deur dør dörr drzwi".split())
_SIDES = frozenset("""gauche droite izquierda derecha izda izq dcha dcha der sinistra destra esquerda direita esq dto dta
    left right links rechts""".split())
_DESIGNATOR = r"(?:#[ \t]?)?(?:\d{1,4}[A-Za-z]?|[A-Za-z](?:[-/]?\d{1,3})?)(?:[-/]\d{1,3}[A-Za-z]?)?"
_WORD = r"[^\W\d_]+(?![^\W\d_])"
# A part's shape after its separator (a comma, a semicolon, a dash between spaces, or an opening bracket); its words
# are then looked up in the sets above (one generic match is cheaper than an alternation of every word).
_PART_BODY = (
    rf"((?P<unit>{_WORD})\.?(?:[ \t]*(?:no|nr|n[º°])\.?)?[ \t]*:?[ \t]*{_DESIGNATOR}"
    rf"|\d{{1,2}}[ \t]?\.?[º°ª][ \t]?(?P<flat>[A-Za-z](?![^\W\d_])|{_WORD})\.?"
    rf"|\d{{1,3}}(?:st|nd|rd|th|e|er|ère|ème|eme|º|°|ª|o|a|\.)?[ \t]*(?P<floor>{_WORD})\.?"
    rf"|(?P<named>{_WORD})[ \t]+(?P<named_unit>{_WORD}))(?![\w])")
_PART = re.compile(rf"[ \t]*(?:[,;][ \t]*|[ \t][-–—][ \t]+|\([ \t]*){_PART_BODY}[ \t]*\)?", re.IGNORECASE)
_SEPARATOR_START = re.compile(r"[ \t]*[,;(]|[ \t][-–—][ \t]")


def _is_unit_part(part: re.Match) -> bool:
    if part.group("unit"):
        return part.group("unit").casefold() in _UNIT_BEFORE
    if part.group("flat"):
        flat = part.group("flat").casefold()
        return len(flat) == 1 or flat in _SIDES or flat in _FLOOR_AFTER
    if part.group("floor"):
        return part.group("floor").casefold() in _FLOOR_AFTER
    named, named_unit = part.group("named").casefold(), part.group("named_unit").casefold()
    return ((named in _NAMED_FLOOR and named_unit in _NAMED_UNIT) or (named in _NAMED_UNIT and named_unit in _NAMED_FLOOR)
            or (named in _DOORS and named_unit in _SIDES))


# Where a part must end: the piece ends (a separator, a bracket, the sentence, the line or the text).
_PIECE_END = re.compile(r"[ \t]*(?:$|[,;)\n\r\t|\"']|[.!?](?:\s|$))")


class _Overlaps(Protocol):
    def overlap(self, start: int, end: int) -> bool: ...


def address_unit_tails(text: str, spans: Sequence[Span], others: _Overlaps) -> list[Span]:
    """STREET_ADDRESS spans over a found address and the unit, floor and door parts written after it."""
    addresses = sorted((span for span in spans if span.kind == "STREET_ADDRESS"), key=lambda span: span.start)
    starts = [span.start for span in addresses]
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
        start = _unit_parts_before(text, address.start, others)
        if end == address.end and start == address.start:
            continue
        # The postcode and town found after the unit ("; Apt 3B, 28013 Madrid") close the same address.
        # Only the addresses starting near `end` (in start order, as `end` grows): a scan of all of them made a long
        # line of addresses quadratic.
        index = bisect.bisect_left(starts, end - 12)
        while index < len(addresses) and addresses[index].start <= end + 3:
            later = addresses[index]
            if end - 12 <= later.start and later.end > end and later.start >= address.end:
                end = later.end
            index += 1
        found.append(Span(start, end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
    return found


# Round 31: French, Italian and Spanish prose often names the floor and the door first ("installée au 3e étage,
# porte gauche, 27 rue des Capucins"). Before a found address, up to three pieces that each end in a unit
# expression, a comma between them and the address; the farthest piece may start with other words ("au 3e étage").
_PIECE_BEFORE = re.compile(r"[,;][ \t]*\Z")
_BARE_PART = re.compile(rf"{_PART_BODY}[ \t]*", re.IGNORECASE)


def _unit_parts_before(text: str, start: int, others: _Overlaps) -> int:
    """Where the unit pieces written right before the address at `start` begin (`start` when there are none)."""
    window = max(0, start - 90)  # bounded: an unbounded rfind made one long line quadratic
    line_start = max(text.rfind("\n", window, start) + 1, window)
    cursor = start
    for _ in range(_MAX_PARTS):
        head = text[line_start:cursor]
        separator = _PIECE_BEFORE.search(head)
        if separator is None:
            break
        piece_end = line_start + separator.start()
        # (no comma or semicolon before it: the piece starts at the line's start, never at the text's, which made a
        # piece of the whole text before and let an address start lines above)
        piece_start = max(text.rfind(",", line_start, piece_end), text.rfind(";", line_start, piece_end),
                          line_start - 1) + 1
        piece = text[piece_start:piece_end]
        taken = None
        for candidate in _PART_STARTS.finditer(piece):  # the unit expression that ends the piece, from its left
            part = _BARE_PART.fullmatch(piece, candidate.start())
            if part is not None and _is_unit_part(part):
                taken = piece_start + part.start()
                break
        if taken is None or others.overlap(taken, piece_end):
            break
        cursor = taken
    return cursor


_PART_STARTS = re.compile(r"(?<![^\W_])(?=\w)")
