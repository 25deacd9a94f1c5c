"""An address found in pieces is one address: the run of its parts around any part found.

The street finders, the place gazetteer and the NER model each find a piece of an address: the street with
its number ("Mariahilfer Straße 45/3"), a city taken as a place ("Wien", "Москва") or as a person ("Kraków",
"Αθήνα"), a street taken as a person or an organisation ("Rynek Główny 1", "Kalverstraat 92"). What lies between
and around the pieces (the house number, the postcode, the district, the flat) leaks, and every piece becomes its
own placeholder. Every country writes an address as a run of parts in one line, cell or value, separated by
commas (or "/", " - ", spaces), in any order: street and number, unit, district, postcode, city, region,
country. So, after all detectors ran (engine._clean), found pieces that stand in one such run are joined into
one STREET_ADDRESS span with the parts between and around them, when the run reads as an address:

- an address part is a piece whose words are numbers (house numbers, postcodes: "7-15", "45/3/12", "105 63",
  "1-2-3", "221B"), capitalised or caseless-script words (Greek, Cyrillic and Latin capitals; Arabic, Hebrew,
  Devanagari, CJK words have no case), particles ("de", "van") and unit words ("kv", "Apt", "hs" after a number);
  a lower-case word of prose, a time (":"), an amount, a quote, bracket or line break ends the run;
- a found PERSON or ORGANIZATION joins a run only when it reads as an address part itself: a number beside it in
  its piece ("Rynek Główny 1", "45 Lê Lợi"), a street word ("Moda Cad.") or a known place ("Amsterdam"), so a
  person named before their address keeps their own span;
- the run is an address when it holds a found street (STREET_ADDRESS), or a number together with a place (a
  LOCATION, a known place name) or a street word; or, without a number, a street word and a place in two
  pieces ("Baker Street, Marylebone, London"). A list of cities ("Frankfurt, Dublin, Paris") has neither.

Linear: one pass over the sorted found spans and a bounded look at the words around each run.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from redactor.detect.address_after_name_commas import streets_in_names
from redactor.detect.address_bridges import address_bridges
from redactor.detect.address_fields import address_fields
from redactor.detect.address_record_places import address_record_places
from redactor.detect.address_row_tails import address_row_tails
from redactor.detect.address_unit_tails import address_unit_tails
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.place_names import is_place_name
from redactor.detect.record_ids import is_id_label_word
from redactor.detect.street_words import has_street_word, is_street_word

_DETECTOR = "address_runs"
# Above NER's 0.85: the run's kind is the address's, not the person or organisation a piece was taken for.
_SCORE = 0.86
_ANCHOR_KINDS = frozenset({"STREET_ADDRESS", "LOCATION", "PERSON", "ORGANIZATION"})
_MAX_GAP = 32  # characters between two pieces of one run
_MAX_EDGE_WORDS = 3  # address words taken before the first piece and after the last
_MAX_RUN = 160

# A house number, postcode or unit number: digits, letters after them, and "-" or "/" groups ("45/3/12", "7-15",
# "1-2-3", "221B", "12190"); no "." or ":" (versions, times, amounts).
_NUMBER = re.compile(r"(?:No\.?|Nr\.?|№|#)?\d{1,6}[A-Za-z]{0,2}(?:[-/‐]\d{1,5}[A-Za-z]?){0,3}")
# The rest of a house number glued to the found part ("-3" after "1-2"), and a unit's label with a colon before its
# number ("No: 45", "D: 3", "Kat: 2", "Daire: 5": Turkish and other forms write the house, floor and flat so).
_NUMBER_REST = re.compile(r"(?:[-/‐]\d{1,5}[A-Za-z]?)+(?![\w/-])")
_LABELLED_NUMBER = re.compile(r"\.?[ \t]+(?:No|Nr|Kat|Daire|D|Blok|Apt|Flat|Unit|Suite|Floor|Fl)\.?[ \t]*:[ \t]*"
                              r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?(?![\w:./-])")
# A day and month (and year): "11/03", "03/04/1979", "08-09-24": a date beside a name, not a house number.
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])(?:[/.](?:\d\d|\d{4}))?"
                   r"|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|[12]\d|3[01])-(?:\d\d|\d{4})")
_YEAR = re.compile(r"(?:19|20)\d\d")
_POSTCODE_SHAPE = re.compile(r"\d{3}[ -]?\d{2,3}|\d{4,6}")
# Letters of a line's structure a run never crosses.
_STOP_CHARS = frozenset("\n\r\"|\t;:()<>[]{}=")
_PARTICLES = frozenset("""de da das do dos del della di du des la le les el al van von der den am an im
    y e i bis ter""".split())
_UNIT_WORDS = frozenset("""apt apto flat unit suite floor fl room rm block blk bldg kv kv. d d. korp korpus str
    stock og etage et dpto depto piso puerta esc int no nr hs bus level building house tower apartment plot lot villa
    estate""".split())
_STOP_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    thanks thank regards cheers please hi hello dear best ok okay yes the and or but for to from at in on
    by with of is are was were ref""".split())
# What follows a house number in its piece: "12 bis", "92 hs", "2 tv", "4 a".
_NUMBER_SUFFIXES = frozenset("bis ter quater hs huis tv th mf og a b c d e f".split())
# A piece boundary: a comma or list mark, a slash between words (not in "45/3" or "2023/2854").
_PIECE_SPLIT = re.compile(r"[,،、]|(?<!\d)/|/(?!\d)")
_WORD = re.compile(r"[^\s,،、/]+")
# A comma between cells (no space after it: "Vantor Capital SA,Milan") separates fields, not address parts.
_CELL_COMMA = re.compile(r",(?=\S)")
_PIECE_AFTER = re.compile(r"[ \t]*(?:,[ \t]+|[،、/][ \t]*)([^,،、/\n\r\"|\t;:()<>\[\]{}=]{1,48})")
# The last comma piece of an address, closed by the end of its line, field or sentence: ", england", ", achterhuis",
# ", woj. małopolskie", ", 3e étage" (a piece closed by a comma may be prose going on: ", 3 days later, ...").
_CLOSING_PIECE = re.compile(r"[ \t]*,[ \t]+([^\s,،、/\n\r\"|\t;:()<>\[\]{}=!?]{1,24}(?:[ \t][^\s,،、/\n\r\"|\t;:()<>\[\]{}=!?]{1,24}){0,2})"
                            r"(?=[ \t]*(?:$|[\n\r\"'|\t;)\]}<]|[.!?](?:\s|$)))")
# Lower-case words that close a message rather than an address: ", asap.", ", ok?", ", pls", ", thx".
_CLOSING_WORDS = frozenset("asap ok okay pls plz thx ty tia cheers thanks please lol etc now".split())
# A run's closing piece is the writer's own words for a district, region, country or the door: a guess, so below
# the audit threshold (`detection.audit_min_score` 0.6) while the wire still redacts it.
# An abbreviation's full stop belongs to the piece: "woj.", "Reg.", "St.".
_UNIT_ABBREVIATION = re.compile(r"(?:^|\s)\w{1,4}\.$")


class _Others:
    """The regions of findings of other kinds (phones, dates, ids, e-mails): no address part lies in them."""

    def __init__(self, spans: Sequence[Span]) -> None:
        regions = sorted((span.start, span.end) for span in spans if span.kind not in _ANCHOR_KINDS)
        self._starts = [start for start, _ in regions]
        self._regions = regions

    def overlap(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1
        # regions are few per text; look back over the ones starting before `end` that could reach `start`
        while index >= 0:
            region_start, region_end = self._regions[index]
            if region_end > start:
                return True
            if end - region_start > 400:
                break
            index -= 1
        return False


def address_runs(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans over the runs of address parts that join found pieces (see the module's doc)."""
    anchors = sorted((span for span in spans if span.kind in _ANCHOR_KINDS), key=lambda span: span.start)
    if not anchors:
        # No piece of an address, but a line held by an e-mail address or phone number is a contact's record all
        # the same ("maria.k@gmail.com   Thessaloniki").
        return address_record_places(text, spans, _Others)
    others = _Others(spans)
    anchors = [_with_street_word_before(text, span) for span in anchors]
    runs: list[tuple[list[Span], int]] = []
    reading = {id(span): span.kind not in ("PERSON", "ORGANIZATION") or _reads_as_address_part(text, span, others)
               for span in anchors}
    for index, span in enumerate(anchors):
        if not reading[id(span)]:
            if _overlaps_address_part(anchors, index, reading):
                continue  # "Gangnam-gu" inside "Gangnam-gu, Teheran-ro" (NER's nested guesses): the longer one decides
            runs.append(([], span.end))  # a person or company between two pieces breaks the run
            continue
        if runs and runs[-1][0] and (span.start <= runs[-1][1] or (
                _joinable(text[runs[-1][1]:span.start], _last_word(text, runs[-1][1]))
                and not others.overlap(runs[-1][1], span.start))):
            runs[-1][0].append(span)
            runs[-1] = (runs[-1][0], max(runs[-1][1], span.end))
        else:
            runs.append(([span], span.end))
    found: list[Span] = []
    for run, run_end in runs:
        if not run:
            continue
        start, end = run[0].start, run_end
        if "\n" in text[start:end] or end - start > _MAX_RUN:
            continue
        # Forwards only: the parts after a found piece (its number, postcode, city, country). Taking the words and
        # pieces before it too ("45 " of "45 Lê Lợi", "Baker Street, " before a district) cost +0.2 to +0.3 points of
        # over-redaction on the blind pii files for one address a corpus (measured in round 13 by turning each part
        # off), so the run does not reach back.
        end = _pieces_after(text, _edge_after(text, end, others), others)
        closing_end = _closing_piece(text, end, others)
        if (start, closing_end) == (run[0].start, run_end) and len(run) == 1:
            continue  # nothing to add
        if not _is_address(text[start:end], run):
            continue
        if (start, end) != (run[0].start, run_end) or len(run) > 1:
            found.append(Span(start, end, "STREET_ADDRESS", "pii", _SCORE, _DETECTOR))
        if closing_end > end:
            found.append(Span(start, closing_end, "STREET_ADDRESS", "pii", DOUBTFUL_SCORE, _DETECTOR))
    # A field (cell, quoted value, labelled line) that holds a found piece is the whole address: address_fields.py.
    found += address_fields(text, [*spans, *found], _is_address, _Others)
    # Two pieces on one line with a comma piece of the writer's own words between them: address_bridges.py.
    found += address_bridges(text, [*spans, *found], _Others)
    # A town as its own field of a person's record ("Anna Berg,Uppsala,2024-03-01"): address_record_places.py.
    found += address_record_places(text, [*spans, *found], _Others)
    # The postcode and town in the cells after a found street cell: address_row_tails.py.
    found += address_row_tails(text, [*spans, *found], others)
    # The flat, floor or door written after a found address (", 4th floor", "; Apt 3B"): address_unit_tails.py.
    found += address_unit_tails(text, [*spans, *found], others)
    # A street a PERSON or ORGANIZATION took across the comma after the name ("Karin Holm, Storkyrkobrinken" 9):
    # address_after_name_commas.py.
    found += streets_in_names(text, [*spans, *found])
    return found


def _overlaps_address_part(anchors: Sequence[Span], index: int, reading: dict[int, bool]) -> bool:
    """Whether another found piece that reads as an address part overlaps anchors[index]: NER gives nested and
    overlapping guesses of one stretch ("Gangnam-gu" and "Gangnam-gu, Teheran-ro"), and the part of it that
    does not read as an address (no number beside it) must not break the run the longer guess belongs to."""
    span = anchors[index]
    for neighbour_index in range(max(0, index - 4), min(len(anchors), index + 5)):
        neighbour = anchors[neighbour_index]
        if neighbour_index != index and reading[id(neighbour)] and neighbour.start < span.end and span.start < neighbour.end:
            return True
    return False


def _with_street_word_before(text: str, span: Span) -> Span:
    """A person or organisation found right after a street type ("Rue" + "Victor Hugo", "Calle de" + "Alcalá",
    "ulitsa" + "Pushkina"): a street named after a person or a place, so the piece is the street with its type.
    The street word may stand before up to two particles; the span grows back over them, and the run then reads it
    as an address part by its street word. Other spans are returned as they are."""
    if span.kind not in ("PERSON", "ORGANIZATION"):
        return span
    window_start = max(0, span.start - 40)
    window = text[window_start:span.start]
    if not window[-1:] in (" ", "\t"):
        return span
    # nearest first: particles may stand between the street word and the piece, nothing else
    position = len(window.rstrip(" \t"))
    for _ in range(3):
        word_start = max(window.rfind(" ", 0, position), window.rfind("\t", 0, position), window.rfind("\n", 0, position)) + 1
        word = window[word_start:position]
        if not word or (word_start == 0 and window_start > 0) or word[-1] in ",;:!?)\"'":
            break  # a word cut by the window, or one a comma closes ("Main Street, Anna Berg"): no street's type
        start = window_start + word_start
        # "via" or "court" in lower case is English prose ("sent via Anna Berg"), not a street's type
        if is_street_word(word) and not any(char.isdigit() for char in word) and not (
                word[:1].islower() and is_ordinary_word(word.rstrip(".,"))):
            return Span(start, span.end, span.kind, span.category, span.score, span.detector)
        if word.casefold() not in _PARTICLES:
            break
        position = len(window[:word_start].rstrip(" \t"))
        if position == word_start:
            break  # a line break before the word
    return span


def _is_number(word: str) -> bool:
    return bool(_NUMBER.fullmatch(word)) and not _DATE.fullmatch(word)


def _reads_as_address_part(text: str, span: Span, others: _Others) -> bool:
    """A person or organisation found where an address part stands: a street word in it or right after it
    ("Moda Cad."), a house number right beside it ("Rynek Główny 1", "45 Lê Lợi", "Ο. Ερμού 25"), or a known
    place ("Amsterdam")."""
    value = text[span.start:span.end]
    if is_place_name(value):
        return True
    after = re.match(r"\.?[ \t]*([^\s,،、/;:()\[\]\"|]+)", text[span.end:span.end + 24])
    next_word = after.group(1) if after else ""
    if has_street_word(value) or (next_word and has_street_word(value + " " + next_word)):
        return True
    words = value.split()
    if words and _is_number(words[-1].rstrip(".,")) and not (len(words) > 1 and is_id_label_word(words[-2])):
        return True
    if words and is_id_label_word(words[-1]):
        return False  # "Aktenzeichen 4 O 117/23": the number after an id's label is that id, no house number
    if next_word and _is_number(next_word.rstrip(".,")) and not others.overlap(span.end, span.end + len(after.group(0))):
        return True
    before = re.search(r"(\S+)[ \t]+\Z", text[max(0, span.start - 16):span.start])
    return bool(before and _is_number(before.group(1)) and not others.overlap(before.start(1) + max(0, span.start - 16),
                                                                             span.start))


def _is_address_word(word: str, previous: str = "") -> bool:
    core = word.strip(".'’\"-º°ª")
    if not core:
        return True
    if any(char.isdigit() for char in core):
        return _is_number(word.rstrip("."))
    folded = core.casefold()
    if folded in _STOP_WORDS:
        return False
    if core[0].isupper() or not (core[0].isupper() or core[0].islower()):  # capitalised, or a caseless script
        return True
    if folded in _PARTICLES or folded.rstrip(".") in _UNIT_WORDS or is_street_word(core):
        return True
    # "92 hs", "12 bis", "2 tv": a suffix after a number.
    return folded in _NUMBER_SUFFIXES and bool(previous) and previous[0].isdigit()


def _joinable(gap: str, previous: str = "") -> bool:
    """Whether the text between two found pieces holds only separators and address words; `previous` is the
    word before the gap. A number after an id's label ("Aktenzeichen 4 O 117/23", "ref 2231") is that id."""
    if len(gap) > _MAX_GAP or any(char in _STOP_CHARS for char in gap) or _CELL_COMMA.search(gap):
        return False
    for word in _WORD.findall(gap):
        if not _is_address_word(word, previous) or (word[:1].isdigit() and is_id_label_word(previous)):
            return False
        previous = word
    return True


def _last_word(text: str, end: int) -> str:
    """The word that ends at `end`."""
    match = re.search(r"\S+\Z", text[max(0, end - 32):end])
    return match.group(0) if match else ""


def _edge_after(text: str, end: int, others: _Others) -> int:
    """`end` moved over the numbers and short suffixes that close the last piece ("Москва 125009", "45/3/12")."""
    position = end
    previous = text[end - 1] if end else ""
    for _ in range(_MAX_EDGE_WORDS):
        # The rest of a number the piece was cut in ("Jingumae 1-2" of "1-2-3"), or a unit's label and its number
        # ("Moda Cad. No: 45 D: 3", "Kat: 2"): the colon of a label is no field's end here.
        glued = _NUMBER_REST.match(text, position) if previous[-1:].isdigit() else None
        labelled = glued or _LABELLED_NUMBER.match(text, position)
        if labelled is not None and not others.overlap(position, labelled.end()):
            position, previous = labelled.end(), labelled.group(0)
            continue
        match = re.match(r"( *|/)([^\s,;:()\[\]{}<>\"|]+)", text[position:position + 40])
        if match is None or not match.group(2):
            break
        word = match.group(2).rstrip(".")
        if not (_is_number(word) or (previous[:1].isdigit() and word in _NUMBER_SUFFIXES)):
            break
        if match.group(1) == "" and not word[0].isdigit():
            break
        if others.overlap(position, position + match.start(2) + len(word)):
            break
        position += match.start(2) + len(word)
        previous = word
    return position


def _pieces_after(text: str, end: int, others: _Others) -> int:
    """`end` moved over comma pieces that read as address parts with a number or a known place
    (", 1060", ", Αθήνα 105 63", ", Netherlands"); of a piece that goes on in prose, its first address words
    (", 1060 laut Formular" gives "1060")."""
    for _ in range(_MAX_EDGE_WORDS):
        match = _PIECE_AFTER.match(text, end)
        if match is None:
            break
        value = match.group(1)
        words = value.split()
        kept: list[str] = []
        previous = ""
        for word in words[:5]:
            if not _is_address_word(word, previous):
                break
            kept.append(word)
            previous = word
        if len(words) > 5 and len(kept) == 5:
            kept = []
        piece = " ".join(kept).rstrip(".")
        piece_end = match.start(1) + (value.index(kept[-1]) + len(kept[-1].rstrip(".")) if kept else 0)
        if text[piece_end:piece_end + 1] == ":":
            break  # a time or a label: "London, 14:05", "Paris, Tel: ..."
        if not piece or not (_has_number(piece) and not _numbered_common_words(kept) or is_place_name(piece)
                             or has_street_word(piece)):
            break
        if len(kept) < len(words) and not (is_place_name(piece) or has_street_word(piece) or any(
                _POSTCODE_SHAPE.fullmatch(word) and not _YEAR.fullmatch(word) for word in kept)):
            break  # "Lisbon, 3 days later": a count before prose; "Wien ..., 1060 laut Formular": a postcode
        if others.overlap(match.start(1), piece_end):
            break
        end = piece_end
        if len(kept) < len(words):
            break
    return end


def _closing_piece(text: str, end: int, others: _Others) -> int:
    """`end` moved over the address's last comma piece when the line, field or sentence closes after it and its
    words read as an address's: address words, place names in any case ("england"), or lower-case words that are
    no English words ("achterhuis", "małopolskie", "arrondissement"); not the writer's closing ("asap", "thanks")."""
    match = _CLOSING_PIECE.match(text, end)
    if match is None:
        return end
    previous = ""
    for word in match.group(1).split():
        core = word.strip(".'’-")
        folded = core.casefold()
        if not core or folded in _STOP_WORDS or folded in _CLOSING_WORDS:
            return end
        if not (_is_address_word(word, previous) or is_place_name(core) or (
                core.isalpha() and not is_ordinary_word(core))):
            return end
        previous = word
    piece_end = match.end(1) - (1 if match.group(1).endswith(".") and not _UNIT_ABBREVIATION.search(match.group(1))
                                else 0)
    if others.overlap(match.start(1), piece_end):
        return end
    return piece_end


def _numbered_common_words(words: list[str]) -> bool:
    """"Chapter 4", "Day 2", "Section 3": English words and a number, no street, unit or place name beside a city."""
    letters = [word.strip(".'’") for word in words if not any(char.isdigit() for char in word)]
    return bool(letters) and all(is_ordinary_word(word) and word.casefold() not in _UNIT_WORDS for word in letters)


def _has_number(piece: str) -> bool:
    return any(_is_number(word.strip(".,")) for word in piece.split())


def _is_address(extent: str, run: Sequence[Span]) -> bool:
    if any(span.kind == "STREET_ADDRESS" for span in run):
        return True
    pieces = [piece.strip() for piece in _PIECE_SPLIT.split(extent) if piece.strip()]
    numbers = [word.strip(".,") for piece in pieces for word in piece.split() if _is_number(word.strip(".,"))]
    has_place = any(span.kind == "LOCATION" for span in run) or any(is_place_name(piece) for piece in pieces)
    street = any(has_street_word(piece) for piece in pieces)
    if numbers:
        if len(pieces) < 2 and all(_YEAR.fullmatch(number) for number in numbers):
            return False  # "Paris 2024"
        if has_place or street:
            return True
        # "Ο. Ερμού 25, Αθήνα 105 63": a house number and a postcode in two pieces of found words
        numbered = sum(1 for piece in pieces if _has_number(piece))
        return len(pieces) >= 2 and (numbered >= 2 or any(_POSTCODE_SHAPE.fullmatch(number) and not
                                                           _YEAR.fullmatch(number) for number in numbers))
    return street and has_place and len(pieces) >= 2
