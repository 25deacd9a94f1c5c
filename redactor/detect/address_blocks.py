"""Addresses assembled around their postcode and place, in any country's order of parts.

Most of the world writes an address as parts separated by commas or line breaks that end in a
postcode next to a place: "20457 Hamburg", "Toronto ON M5J 2J2", "Singapore 560123",
"Hyderabad, Telangana 500034", "São Paulo - SP, 01310-200", "111 51 Stockholm". That pair is the
anchor. A place is confirmed by the gazetteer (`place_names`: GeoNames cities, ISO 3166 countries
and subdivisions); a capitalised word the gazetteer does not know counts only when the parts
before it make a street (below).

From the anchor the address is widened backwards, part by part:

- parts separated by commas (or " - "): units ("Flat 3B", "#05-112", "9th Floor", "2. tv."),
  streets with their number in any order ("Road No. 12", "Am Sandtorkai 41", "Blk 123 Ang Mo Kio
  Ave 3"), named places ("Banjara Hills", "The Old Rectory"). A part is capitalised words, numbers,
  abbreviations and name particles; the first part of a sentence is read from its end, so "we're at
  2145 County Road 12" gives "2145 County Road 12";
- whole lines above (a letter, a shipping label, an invoice): a short line that carries a number,
  a unit or a street word. A name line ("Herrn Jan Becker") or a labelled field ("Bill To: ...",
  "Tel: ...") ends the walk: names are the people detectors' job.

and forwards over a region or a country ("…, Telangana", "\\nCANADA"). A confirmed anchor is an
address even alone ("20457 Hamburg" on its own line): a postcode and a place locate a few
streets. A year is no postcode unless a numbered part precedes it ("Berlin 2024").
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.character_layouts import class_pattern_starts, layout_matches
from redactor.detect.coded_places import coded_place_anchors
from redactor.detect.keywords import DigitFirstPattern
from redactor.detect.name_parts import NAME_UPPER, is_ordinary_word
from redactor.detect.place_names import is_place_name, is_region_or_country
from redactor.detect.street_words import has_street_word, is_street_word, lower_case_words

_UPPER = NAME_UPPER  # capitals of every European script: "Łódź", "Όλυμπος"
# Postcodes in national layouts: Brazil 01310-200, US ZIP+4, Portugal 1234-567, Poland 12-345,
# Japan 153-0063, Sweden/Czechia/Greece 111 51, Netherlands 1015 CJ, Canada M5J 2J2, UK SW1A 1AA, 4-6 digits.
_CODE = (r"(?:\d{5}-\d{3}|\d{5}-\d{4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4}[ ]?[A-Z]{2}"
         r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|\d{4,6})")
_CODE_AT = re.compile(rf"(?:[A-Z]{{1,2}}-)?{_CODE}(?![\w-])")
# Where a code can start, not inside a number, version, path or time: its digits, or the letters of a
# Canadian, UK or prefixed code ("M5J 2J2", "SW1A 1AA", "D-20457"). Two patterns, each starting with a
# character class, so the regex engine skips ahead to candidates (one alternation of both cost twice).
_CODE_DIGITS_START = DigitFirstPattern(re.compile(r"\d(?<![\w./:#$@+-]\d)\d{1,5}(?!\d)"))  # [0-9] first on ASCII: re skips to it
# The same, written in character classes (character_layouts.class_pattern_starts): on ASCII text it finds the same
# starts, skipping to each digit run at C speed.
_CODE_DIGITS_IN_CLASSES = re.compile(rb"0(?<![0Aa_./:#$@+-]0)0{1,5}(?!0)")
_CODE_LETTERS_START = re.compile(r"[A-Z](?<![\w./:#$@+-][A-Z])[A-Z]?(?:\d[A-Z\d]?[ ]?\d[A-Z]|-\d{2,5})")
# How its matches start, in character classes (character_layouts.py): found by bytes.find, the pattern tried there.
_CODE_LETTERS_LAYOUTS = (b"A0", b"AA0", b"A-0", b"AA-0")
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|van|von|der|den|am|an|na|im|upon|on|y|e|sur)"
# A capitalised word of a place; a dot only after the abbreviations places start with ("St. Louis"): any
# other dot ends the sentence, and the next one's first word ("... Springfield. The") is no place.
_PLACE_WORD = rf"(?:(?:St|Ste|Mt|Ft)\.[ \t]+)?[{_UPPER}][\w'’-]*"
# One to four capitalised words, particles between them: "Ciudad de México", "København N".
_PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PLACE_WORD}){{0,3}}"
_UPPER_NEXT = re.compile(rf"[ \t]+[{_UPPER}]")
_LETTER_BEFORE = re.compile(r"[^\W\d_][ \t]*(?:[-–,][ \t]*[A-Z]{2,3})?[ \t]*,?[ \t]+$")
_PLACE_AFTER_CODE = re.compile(rf"[ \t]+(?P<place>{_PLACE})")
# Before the code: the place, maybe a region code or name after a comma or dash ("Bela Vista - SP,").
_PLACE_BEFORE_CODE = re.compile(
    rf"(?<![\w'’.-])(?P<place>{_PLACE})(?:[ \t]*[-–,][ \t]*(?P<region>[A-Z]{{2,3}}))?[ \t]*,?[ \t]+$"
)

_LOWER_CASE_STREET_WORDS = "|".join(re.escape(word) for word in lower_case_words())
# One comma-separated part of an address.
_TOKEN = (rf"(?:[{_UPPER}][^\W\d_]{{0,4}}:\d[\w/-]*|[{_UPPER}][\w'’./-]*|\d[\w'’./-]*|\#[ \t]?\d[\d-]*"
          rf"|{_PARTICLE}(?=[ \t]+(?:[{_UPPER}\d]|{_PARTICLE}[ \t]))"
          # street types written in lower case, of many languages (street_words: "iela", "gøta", "ul.")
          rf"|(?:{_LOWER_CASE_STREET_WORDS})(?![\w])"
          # Arabic and Maltese articles: "Triq il-Merkanti", "Shari al-Nasr"
          r"|(?:il|l|ir|is|it|id|in|ix|iż|iċ|al|el|ul|an|ad|ar|as|ash|at|az)-[A-Z][\w'’-]*"
          # "No:14 D:3" (Turkish), "N° 612", and a unit's short lower-case word before its number: "ap 42",
          # "cj 1203", "of. 1102"
          r"|N[°º]|[a-z]{1,4}\.?(?=[ \t]+\d)"
          r"|c/o|no\.|nr\.?|tv\.|th\.|mf\.|sal\.|bus|apt\.?|[a-z]{1,3}\.|lgh|og|tr|planta|piso|puerta|izq|dcha"
          r"|escalera|andar|bloco|bloque|portal|sala|étage|etage|stock|apto|dpto|depto"
          # street types written in lower case before the name: "5 rue Victor Hugo", "12 via Roma"
          r"|rue|avenue|boulevard|chemin|allée|impasse|place|quai|route|calle|avenida|via|viale|piazza|corso|rua"
          r"|travessa|jalan|lorong)")
_PART = rf"(?:{_TOKEN}(?:[ \t]+(?:[-–][ \t]+)?{_TOKEN}){{0,7}})"
# Units written in lower case before their number (the tokens above): "apt 4", "bus 3", "piso 2", "nr 5".
_LOWER_CASE_UNITS = frozenset("apt apto dpto depto bus lgh og tr piso sala andar nr no".split())
_SHORT_WORD_BEFORE_NUMBER = re.compile(r"(?<![\w'’./-])[a-z]{1,4}\.?(?=[ \t]+\d)")
_PART_AT_END = re.compile(rf"(?<![\w'’./#-])(?P<part>{_PART})[ \t]*$")
_STREET_OR_UNIT_WORD = re.compile(
    r"(?i:\b(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|way|blvd|boulevard|court|ct|place|pl|square|sq"
    r"|terrace|close|crescent|highway|hwy|route|rte|cross|main|nagar|marg|path|ro|gil|dong|gu|ku|cho|chome"
    r"|flat|apt|apartment|appartement|unit|suite|ste|floor|fl|level|block|blk|tower|building|bldg|house|h\.?no"
    r"|room|box|po|p\.o\.|postfach|bus|col|colonia|bairro|barrio|calle|carrera|rua|rue|via|viale|piazza"
    # rural routes and named houses: "RR 1, Site 4, Comp 12", "Hillside Farm", "Rose Cottage"
    r"|rr|site|comp|concession|farm|cottage|lodge|manor|barn|plot|phase|sector|estate"
    # districts and wards of Asian and Latin American addresses
    r"|ward|district|quarter|commune|village|barangay|subdistrict|township|kelurahan|kecamatan|phuong|quan)\b"
    r"|(?:straße|strasse|str\.|weg|gasse|allee|platz|gracht|straat|laan|kai|gatan|gata|vägen|gade|vej|veien"
    r"|gate|katu|tie|utca)\b|\#\d)"
)
# Words that open a message before a comma (the common-word list lacks some).
_INTERJECTIONS = frozenset("hi hey hello hiya yo ok okay yes yeah no nope sure thanks thx cheers dear".split())
_LABEL_LINE = re.compile(r"[\w .#/-]{1,30}:(?:[ \t]|$)")
_LONGEST_LINE = 70
_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_NUMBER = re.compile(r"[\d./-]+")
_SEPARATOR_AFTER = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+[-–][ \t]+)")
# (A region or country ends the address, the text goes on: "..., 101 Reykjavík, Iceland by Friday".)
_REGION_AFTER = re.compile(rf"(?P<region>{_PLACE}|[A-Z]{{2}}(?![\w]))(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+[a-z])")


# A Canadian postcode (letters Canada Post uses, the space written) alone names a few blocks of a street.
_CANADIAN_POSTCODE = re.compile(r"[ABCEGHJ-NPRSTVXY](?<![\w-].)\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])")
# A city after a comma, at the end of the address: "Calle 93 #11-26, Oficina 502, Bogotá".
_PLACE_AFTER_COMMA = re.compile(rf",[ \t]*(?P<place>{_PLACE})(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+[a-z])")


def find_address_blocks(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of addresses assembled around a postcode and place (see the module docstring)."""
    yield from (match.span() for match in layout_matches(_CANADIAN_POSTCODE, text, (b"A0A 0A0",), b"0Aa_-"))
    if "," in text:
        yield from _blocks_ending_in_a_place(text)
    for anchor_start, anchor_end, confirmed, code in _anchors(text):
        block_start, numbered, street_like = _parts_before(text, anchor_start)
        if _YEAR.fullmatch(code):
            confirmed = False  # "Version 2, 1996 GPL", "since 2019 London": a year, unless a street comes first
        if numbered and (confirmed or street_like) or confirmed and _stands_apart(text, anchor_start):
            yield block_start, _regions_after(text, anchor_end)


def _anchors(text: str) -> Iterator[tuple[int, int, bool, str]]:
    """(start, end, whether the gazetteer knows the place, the code) of each postcode with its place: the common
    layouts with any capitalised place, then every country's layout beside a place of that country (coded_places)."""
    for code in _codes(text):
        anchor = _anchor(text, code)
        if anchor is not None:
            yield *anchor, code.group(0)
    for start, end, code in coded_place_anchors(text):
        yield start, end, True, code


def _codes(text: str) -> Iterator[re.Match]:
    """Postcode-shaped matches standing alone, tried only where one can start."""
    resume = 0
    starts = class_pattern_starts(_CODE_DIGITS_IN_CLASSES, text)
    if starts is None:  # not ASCII: `\d` reads other scripts' digits too
        starts = [match.start() for match in _CODE_DIGITS_START.finditer(text)]
    starts += [match.start() for match in layout_matches(_CODE_LETTERS_START, text, _CODE_LETTERS_LAYOUTS,
                                                         b"0Aa_./:#$@+-")]
    for start in sorted(starts):
        if start >= resume:
            code = _CODE_AT.match(text, start)
            if code is not None:
                resume = code.end()
                yield code


def _blocks_ending_in_a_place(text: str) -> Iterator[tuple[int, int]]:
    """Parts ending in a known city without a postcode, when a numbered street or unit comes before it."""
    for match in _PLACE_AFTER_COMMA.finditer(text):
        place = match.group("place").rstrip(".")
        if not _known_place(place):
            continue
        place_start = match.start("place")
        block_start, numbered, street_like = _parts_before(text, place_start)
        if numbered and street_like:
            yield block_start, _regions_after(text, place_start + len(place))


def _anchor(text: str, code: re.Match) -> tuple[int, int, bool] | None:
    """The postcode with its place, and whether the gazetteer knows the place."""
    after = _PLACE_AFTER_CODE.match(text, code.end()) if _UPPER_NEXT.match(text, code.end()) else None
    if after is not None:
        words = after.group("place").split()
        for count in range(len(words), 0, -1):  # "20457 Hamburg Altona": the longest known name
            name = " ".join(words[:count]).rstrip(".,")
            if _known_place(name):
                end = after.start("place") + len(" ".join(words[:count]).rstrip(".,"))
                # "København N": a district letter after the city.
                district = re.match(r"[ \t]+[A-ZØ](?![\w])", text[end:end + 3])
                return code.start(), end + (district.end() if district else 0), True
    before = (_PLACE_BEFORE_CODE.search(text, max(0, code.start() - 60), code.start())
              if _LETTER_BEFORE.search(text, max(0, code.start() - 8), code.start()) else None)
    if before is not None:
        words = before.group("place").split()
        for count in range(len(words), 0, -1):
            name = " ".join(words[-count:])
            if _known_place(name):
                start = before.end("place") - len(name)
                line_start = text.rfind("\n", 0, start) + 1
                if count < len(words) and _separated_before(text, before.start("place"), line_start) \
                        and not any(is_ordinary_word(word) for word in words[:-count]):
                    start = before.start("place")  # "Senayan, Jakarta Selatan 12190": the place's part is whole
                return start, code.end(), True
        return before.start("place"), code.end(), False
    if after is not None:
        return code.start(), after.start("place") + len(after.group("place").rstrip(".")), False
    return None


def _known_place(name: str) -> bool:
    # A single ordinary word that also names a town ("Page", "Split", "Reading") confirms nothing.
    # Three letters or fewer ("GPL", "Ely") are too often something else.
    return len(name) > 3 and is_place_name(name) and not (" " not in name and is_ordinary_word(name))


def _stands_apart(text: str, start: int) -> bool:
    """Whether an anchor starts a line or follows a comma or a colon (not "since 2019 London has")."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in "\n,:;(\"'"


_DATE_OR_TIME = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")


def _parts_before(text: str, anchor_start: int) -> tuple[int, bool, bool]:
    """Start of the parts before the anchor, whether one carries a number, whether one is a street or unit."""
    start = cursor = anchor_start
    numbered = street_like = held = False
    for _ in range(7):
        position = cursor
        while position > 0 and text[position - 1] in " \t":
            position -= 1
        cell_comma = False
        if position > 0 and text[position - 1] == ",":
            position -= 1
            cell_comma = text[position + 1:position + 2] not in (" ", "\t", "\r", "\n")
            while position > 0 and text[position - 1] in " \t\r\n":
                position -= 1
            by_line = False
        elif position > 0 and text[position - 1] == "\n":
            position -= 1
            while position > 0 and text[position - 1] in " \t\r":
                position -= 1
            by_line = True
        elif position > 2 and text[position - 1] in "-–" and text[position - 2] in " \t":
            position -= 2
            while position > 0 and text[position - 1] in " \t":
                position -= 1
            by_line = False
        else:
            break
        line_start = text.rfind("\n", 0, position) + 1
        if by_line:
            line = text[line_start:position]
            indent = len(line) - len(line.lstrip())
            line = line.strip()
            if not line or len(line) > _LONGEST_LINE or _LABEL_LINE.match(line):
                break
            pieces = [piece.strip() for piece in line.split(",")]
            if not all(piece and re.fullmatch(_PART, piece) for piece in pieces):
                break
            if not (any(ch.isdigit() for ch in line) or _STREET_OR_UNIT_WORD.search(line) or is_place_name(line)):
                break  # a name line ends the address
            part_start, part = line_start + indent, line
        else:
            found = _PART_AT_END.search(text, max(line_start, position - 80), position)
            if found is None:
                break
            part_start, part = found.start("part"), found.group("part")
            if cell_comma and _BARE_NUMBER.fullmatch(part):
                break  # "1182,Via Roma 22,20121,Milano": a number in the cell before is another column (an id, a count)
            if " " not in part and not any(ch.isdigit() for ch in part) and (
                    part.casefold() in _INTERJECTIONS or is_ordinary_word(part.rstrip("."))):
                # "Hi, Flat 3B, ...", "Thanks, ...": a greeting or a word of prose, no part of the address; but a
                # locality that is also a word ("Jardins", "Centro") is one when a numbered part comes before it.
                if held or part.casefold() in _INTERJECTIONS or not _separated_before(text, part_start, line_start):
                    break
                held, cursor = True, part_start
                continue
        # A short word of prose before a number ends a sentence's words: the part starts after it and is the first
        # ("Ship to 1600 Pennsylvania Ave NW", "we're at 2145 County Road 12"); a unit's word starting a part ("ap 42")
        # is the address's.
        separated = by_line or _separated_before(text, part_start, line_start)
        prose = [word for word in _SHORT_WORD_BEFORE_NUMBER.finditer(part) if (word.start() or not separated)
                 and word.group(0).rstrip(".") not in _LOWER_CASE_UNITS and not is_street_word(word.group(0))]
        if prose:
            cut = prose[-1].end() + len(part[prose[-1].end():]) - len(part[prose[-1].end():].lstrip())
            part_start, part = part_start + cut, part[cut:]
        if any(_DATE_OR_TIME.fullmatch(piece.strip()) for piece in part.split(",")):
            break  # "Ms. Okoro, 1988-03-14, 21 Elm Street": a date or a time is no part of an address
        numbered = numbered or any(ch.isdigit() for ch in part)
        street_like = street_like or bool(_STREET_OR_UNIT_WORD.search(part)) or has_street_word(part)
        start = cursor = part_start
        held = False
        if prose or not by_line and not _separated_before(text, part_start, line_start):
            break  # the part was read from the end of a sentence: nothing before it belongs to the address
    return start, numbered, street_like


def _separated_before(text: str, start: int, line_start: int) -> bool:
    """Whether a part starts its line or follows a comma or a spaced dash (another part may come before it)."""
    position = start
    while position > line_start and text[position - 1] in " \t":
        position -= 1
    if position == line_start:
        return True
    return text[position - 1] == "," or (text[position - 1] in "-–" and position - 1 > line_start
                                          and text[position - 2] in " \t")


def _regions_after(text: str, end: int) -> int:
    """The end of the address after its anchor: a region code, a region or a country may follow."""
    for _ in range(2):
        separator = _SEPARATOR_AFTER.match(text, end)
        if separator is None:
            break
        region = _REGION_AFTER.match(text, separator.end())
        if region is None:
            break
        name = region.group("region")
        if not (is_region_or_country(name) or (len(name) == 2 and name.isupper() and "\n" not in separator.group(0))):
            break
        end = region.end()
    return end
