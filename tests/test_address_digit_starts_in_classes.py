"""Two address finders read where their house numbers and postcodes can start from the text's character classes
(character_layouts.class_pattern_starts): they must find exactly what the scan of the whole text found.

address_blocks._codes (the digits of a postcode standing alone) and addresses._uncued_lower_case_streets (a house
number, then a lower-case word) each started with a `[0-9]` scan of every digit; the classes pattern skips to each
digit run at C speed. A start they lose is an address sent unredacted.
"""
from __future__ import annotations

import random

from redactor.detect import address_blocks, addresses
from redactor.detect.addresses import find_street_addresses
from redactor.detect.character_layouts import class_pattern_starts
from redactor.detect.keywords import matches_at_starts

# Dev set: forms people paste, where each of the two starts an address.
_DEV = [
    ("ship it to 14 rue des lilas, 69003 lyon please", "14 rue des lilas, 69003 lyon"),
    ("my address is 221 baker street, london", "221 baker street, london"),
    ("Kurfürstendamm 21\n10719 Berlin", "10719 Berlin"),
    ("Keizersgracht 123, 1015 CJ Amsterdam", "1015 CJ Amsterdam"),
    ("Invoice to: Hauptstrasse 5, 8001 Zürich, Switzerland", "8001 Zürich"),
]
# Check set, not tuned on: the stops (versions, paths, times, hex, a number inside a word) and the same forms in
# other places of a line.
_CHECK = [
    "v2.4.1 released, see build/12345/log and 10:15:03 for 0x4471 with user_99812",
    "rollback 3 of 12 nodes at 14:02; retry 2 times then page oncall",
    "Delivery: 7 maple grove, springfield 62704, leave at the door",
    "#4471 @12345 $20457 +49 30 1234567 a-12345 b.20457",
    "via roma 12, 00184 roma\nand 5bis rue victor hugo, 75016 paris",
    "1600 Pennsylvania Ave NW, Washington, DC 20500 and 20457 Hamburg",
]


def _whole_text_codes(text: str) -> list[int]:
    return [match.start() for match in address_blocks._CODE_DIGITS_START.finditer(text)]


def _whole_text_lower_case_starts(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in addresses._LOWER_CASE_STREET_START.finditer(text)]


def _starts_from_classes(text: str) -> tuple[list[int] | None, list[tuple[int, int]] | None]:
    codes = class_pattern_starts(address_blocks._CODE_DIGITS_IN_CLASSES, text)
    lower = class_pattern_starts(addresses._LOWER_CASE_STREET_START_IN_CLASSES, text)
    if lower is not None:
        lower = [match.span() for match in matches_at_starts(addresses._LOWER_CASE_STREET_START, text, lower)]
    return codes, lower


def test_the_dev_addresses_are_found_from_their_starts_in_classes():
    for text, address in _DEV:
        start = text.index(address)
        assert any(found_start <= start and text.index(address) + len(address) <= end
                   for found_start, end in find_street_addresses(text)), text
        if text.isascii():
            codes, lower = _starts_from_classes(text)
            assert codes == _whole_text_codes(text) and lower == _whole_text_lower_case_starts(text), text


def test_the_check_texts_give_the_same_starts_as_the_whole_text_scan():
    for text in _CHECK:
        codes, lower = _starts_from_classes(text)
        assert codes == _whole_text_codes(text), text
        assert lower == _whole_text_lower_case_starts(text), text


def test_a_number_inside_a_word_path_version_or_longer_run_starts_nothing():
    # (the look-behind of both patterns, in classes: a digit, letter, `_`, `.`, `/`, `-` before the run)
    for text in ("user_99812", "v2.4471", "build/12345", "KT-4471", "x12345", "1234567 people"):
        codes, lower = _starts_from_classes(text)
        assert codes == _whole_text_codes(text), text
        assert lower == _whole_text_lower_case_starts(text) == [], text
    assert _starts_from_classes("1234567 Berlin")[0] == [] == _whole_text_codes("1234567 Berlin")


def test_text_outside_ascii_keeps_the_whole_text_scan():
    # `\d` reads Arabic-Indic and other digits there: the classes are not made, the caller scans as before.
    assert _starts_from_classes("٣٤٥٦ Kairo, 12 rue du nil")[0] is None
    text = "note ٣: 12 rue du nil, 75001 paris"
    assert [text[start:end] for start, end in find_street_addresses(text)] == ["12 rue du nil, 75001 paris"]


def test_random_texts_of_address_pieces_give_the_same_starts_as_the_whole_text_scan():
    pieces = ("12", "4471", "75016", "123456", "1234567", " ", "\t", ",", ".", "/", "-", "_", ":", "#", "$", "@", "+",
              "\n", "rue", "bis", "ter", "a", "Z", "street", "Berlin", "x")
    generator = random.Random(27)
    for _ in range(4000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 14)))
        codes, lower = _starts_from_classes(text)
        assert codes == _whole_text_codes(text), text
        assert lower == _whole_text_lower_case_starts(text), text
