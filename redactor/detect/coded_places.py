"""A postcode beside a place, read in the postcode layout of that place's country: the anchor of an address.

`address_blocks` finds the anchors of the common layouts (4-6 digits, "1015 CJ", "M5J 2J2", "SW1A 1AA")
with any capitalised place. The rest of the world's layouts are found here, from the catalogue
(`postcode_layouts`): Iceland's and the Faroes' three digits before the city ("101 Reykjavík", "100
Tórshavn"), Ireland's Eircodes ("Galway H91 E2K7"), Argentina's CPA ("C1045AAB Buenos Aires"), Malta's
"Valletta VLT 1210", Latvia's "Rīga, LV-1012", Chile's and Israel's seven digits, Andorra's "AD500",
Liechtenstein's "FL-9490 Vaduz", Brunei's "BA2111", the Cayman Islands' "KY1-1108", Taiwan's "Taipei 104".

Such short or odd shapes are everywhere in text ("Room 101", "build 7550000"), so they count only beside a
place the gazetteer knows (`place_names`) in a country whose layout the code fits: "101 Reykjavík" is an
anchor (Iceland writes three digits), "101 Dublin" is not (Ireland writes Eircodes). The place is read
after the code or before it (a comma between them allowed: "Rīga, LV-1012"); a county word may lead it
("Co. Clare V95 XK20").

Only digits beside a word are candidates (found by the layout of their characters); a place lookup (a
dictionary hit) decides before any layout is tried, so text without a word beside a number costs a few finds.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.character_layouts import layout_matches
from redactor.detect.name_parts import NAME_UPPER, is_ordinary_word
from redactor.detect.place_names import place_countries
from redactor.detect.postcode_layouts import layout_of

# The end of a code before a capitalised word ("101 Reykjavík", "C1045AAB Buenos Aires"), and how it looks.
_CODE_END_BEFORE_CAPITAL = re.compile(rf"\d(?:[A-Z]{{3}})?[ \t][{NAME_UPPER}]")
_CODE_END_LAYOUTS = (b"0 A", b"0\tA", b"0AAA A")
_FIRST_DIGIT = re.compile(r"\d")
# A code after a word ("Galway H91 E2K7", "Rīga, LV-1012", "Tel Aviv 6578403"), and how it looks from the space on.
# (Found by the layout of their characters: a space is too frequent to start many layouts with.)
_DIGITS_AFTER_WORD = re.compile(r"[ \t](?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_],[ \t]))\d")
_CAPITAL_THEN_DIGIT = re.compile(r"[A-Z][ -]?\d")
# The rest of a code after its first digits: letters and digits ("C1045AAB", "BA2111"), then one more group
# after a space or a hyphen ("H91 P2DK", "KY1-1108", "VLT 1210" read from its letters).
_CODE_REST = re.compile(r"[\dA-Z]*(?P<second>[ -][\dA-Z]{2,5})?")
_NOT_AFTER_CODE = re.compile(r"[\w-]")
_CODE_BEFORE = frozenset("./:#$@+-_")
_PLACE_WORD = rf"(?:(?:St|Ste|Mt|Ft|Co)\.[ \t]+)?[{NAME_UPPER}][\w'’-]*"
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|van|von|der|den|am|an|im|on|y|e|sur)"
_PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PLACE_WORD}){{0,3}}"
_PLACE_AFTER = re.compile(rf"[ \t]+(?P<place>{_PLACE})")
_PLACE_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<place>{_PLACE})[ \t]*,?[ \t]+$")
_COUNTY_WORD = re.compile(r"(?:Co\.|County)[ \t]+")
_CAPITAL_AFTER = re.compile(rf"[ \t]+[{NAME_UPPER}]")
_LETTER_BEFORE = re.compile(r"[^\W\d_][ \t]*,?[ \t]+$")
_NAME_CAPITAL = re.compile(rf"[{NAME_UPPER}]")
# A code read from its first digits (_CODE_REST, at any of its ends) with a capital after it (_CAPITAL_AFTER).
_CODE_THEN_CAPITAL = re.compile(_CODE_REST.pattern + _CAPITAL_AFTER.pattern)


def coded_place_anchors(text: str) -> Iterator[tuple[int, int, str]]:
    """[start, end) of each postcode with its place, and the code, where the code fits the place's country."""
    resume = 0
    # Only digits with a capitalised word after them or a word before them can be an anchor's, found by the
    # layout of their characters (character_layouts.py): logs hold hundreds of numbers per KB.
    first_digits = set()
    for match in layout_matches(_CODE_END_BEFORE_CAPITAL, text, _CODE_END_LAYOUTS):
        run_start = _run_start(text, match.start())
        if run_start >= 2 and text[run_start - 1] in " -" and _is_code_character(text[run_start - 2]):
            run_start = _run_start(text, run_start - 1)  # the code's first group: "1200-095 Lisboa", "111 35 Stockholm"
        first_digits.add(_FIRST_DIGIT.search(text, run_start).start())
    first_digits.update(match.end() - 1 for match in layout_matches(_DIGITS_AFTER_WORD, text, (b" 0", b"\t0")))
    for match in layout_matches(_CAPITAL_THEN_DIGIT, text, (b"A0", b"A 0", b"A-0"), b"0a_-./:=@#$+"):
        letters = match.start()
        while letters > 0 and match.start() - letters < 3 and "A" <= text[letters - 1] <= "Z":
            letters -= 1
        if _LETTER_BEFORE.search(text, max(0, letters - 4), letters):
            first_digits.add(match.end() - 1)  # "Galway H91 E2K7", "Valletta VLT 1210", "Rīga, LV-1012"
    for first_digit in sorted(first_digits):
        if first_digit < resume or (first_digit and text[first_digit - 1].isdigit()):
            continue
        if not _may_stand_beside_a_place(text, first_digit):
            continue
        for start, end in _code_candidates(text, first_digit):
            anchor = _with_place(text, start, end)
            if anchor is not None:
                resume = end
                yield anchor[0], anchor[1], text[start:end]
                break


def _may_stand_beside_a_place(text: str, first_digit: int) -> bool:
    """Whether a code from these digits can have a place beside it: false only where `_with_place` finds none.

    Most numbers of prose and logs have a lower-case word on both sides ("line 44 failed", "after 3 retries"):
    deciding that here saves reading their candidates (~4 us a number). A code that starts with letters
    ("C1045AAB", "VLT 1210": the two longer starts of `_code_candidates`) is always read. A code that starts at
    its digits has a place after it only if a capital follows one of its ends (`_with_place` asks
    `_CAPITAL_AFTER` there, and every end is an end of `_CODE_REST` from the digits), and one before it only if
    `_capitalised_word_before` the digits.
    """
    if first_digit and "A" <= text[first_digit - 1] <= "Z":
        return True
    if first_digit >= 2 and text[first_digit - 1] in " -" and "A" <= text[first_digit - 2] <= "Z":
        return True
    return _capitalised_word_before(text, first_digit) or _CODE_THEN_CAPITAL.match(text, first_digit) is not None


def _capitalised_word_before(text: str, start: int) -> bool:
    """Whether the word before `start` (and its `[ \t]*,?[ \t]+`) starts with a capital: the last word of every place
    _PLACE_BEFORE reads does (a whole word: one after a space, or the place's first, after no word character). Most
    numbers after a word follow a lower-case one ("line 44", "attempt 2"): no search of the 60 characters before."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end > 0 and text[end - 1] == ",":
        end -= 1
        while end > 0 and text[end - 1] in " \t":
            end -= 1
    word_start = end
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "_'’-"):
        word_start -= 1
    return word_start < end and _NAME_CAPITAL.match(text, word_start) is not None


def _is_code_character(character: str) -> bool:
    return character.isdigit() or "A" <= character <= "Z"


def _run_start(text: str, position: int) -> int:
    """Where the run of digits and capitals ending at `position` (inclusive) starts."""
    while position > 0 and _is_code_character(text[position - 1]):
        position -= 1
    return position


def _code_candidates(text: str, first_digit: int) -> list[tuple[int, int]]:
    """Where a code around these digits can start and end, longest first."""
    rest = _CODE_REST.match(text, first_digit)
    ends = [rest.end()]
    if rest.group("second"):
        ends.append(rest.start("second"))
    ends = [end for end in ends if end == len(text) or not _NOT_AFTER_CODE.match(text, end)]
    starts = []
    letters = first_digit
    while letters > 0 and first_digit - letters < 4 and "A" <= text[letters - 1] <= "Z":
        letters -= 1
    if letters < first_digit:
        starts.append(letters)  # "C1045AAB", "AD500", "H91"
    elif first_digit >= 2 and text[first_digit - 1] in " -" and "A" <= text[first_digit - 2] <= "Z":
        letters = first_digit - 1
        while letters > 0 and first_digit - 1 - letters < 4 and "A" <= text[letters - 1] <= "Z":
            letters -= 1
        starts.append(letters)  # "VLT 1210", "LV-1012", "FL-9490"
    starts.append(first_digit)
    return [(start, end) for start in starts for end in ends
            if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _CODE_BEFORE)) and end > start]


def _with_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The anchor's extent if a known place of a country whose layout the code fits stands beside it."""
    code = text[start:end]
    # Cheap tests first: a capital after the code, or a letter before it ("Reykjavík 101", "Rīga, LV-1012").
    after = _PLACE_AFTER.match(text, end) if _CAPITAL_AFTER.match(text, end) else None
    if after is not None:
        words = after.group("place").split()
        for count in range(len(words), 0, -1):
            name = " ".join(words[:count]).rstrip(".,")
            if _fits_a_country_of(code, name):
                return start, after.start("place") + len(name)
    before = _PLACE_BEFORE.search(text, max(0, start - 60), start) if _LETTER_BEFORE.search(
        text, max(0, start - 4), start) and _capitalised_word_before(text, start) else None
    if before is not None:
        words = before.group("place").split()
        for count in range(len(words), 0, -1):
            name = " ".join(words[-count:])
            county = _COUNTY_WORD.match(name)
            if _fits_a_country_of(code, name[county.end():] if county else name):
                place_start = before.end("place") - len(name)
                if count < len(words) and _starts_a_part(text, before.start("place")) \
                        and not any(is_ordinary_word(word) for word in words[:-count]):
                    place_start = before.start("place")  # "Knocknacarra, Galway City H91 E2K7": the part is whole
                return place_start, end
    return None


def _starts_a_part(text: str, start: int) -> bool:
    """Whether `start` begins a line or follows a comma (the words from there to the code are one part)."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in "\n,"


def _fits_a_country_of(code: str, place: str) -> bool:
    # A single ordinary word that also names a town ("Page", "Split") confirms nothing; nor do three letters.
    if len(place) <= 3 or (" " not in place and is_ordinary_word(place)):
        return False
    countries = place_countries(place)
    if not countries and place.endswith(" City"):
        countries = place_countries(place[:-5])  # "Taipei City 104", "Cebu City 6000": the city's own name
    for country in countries:
        layout = layout_of(country)
        if layout is not None and layout.fits(code):
            return True
    return False
