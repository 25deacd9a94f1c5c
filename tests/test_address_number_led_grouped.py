"""addresses._NUMBER_LED_STREET is compiled with its alternations grouped by first character
(keywords.DigitFirstPattern(by_first_character=True)): the same matches and groups as the pattern as written.

The grouping only skips branches that cannot match where they are tried; a branch lost or reordered would change
which form (us_street, number_first, japanese) an address is read as, and so its tail, or lose it.
"""
from __future__ import annotations

import random
import re

from redactor.detect import addresses
from redactor.detect.addresses import find_street_addresses

_AS_WRITTEN = re.compile(addresses._NUMBER_LED_STREET.pattern)
_AS_WRITTEN_ASCII = re.compile("[0-9]" + addresses._NUMBER_LED_STREET.pattern[2:])

# Dev set: each branch of the pattern, as people paste them.
_DEV = [
    ("Send it to 1600 Pennsylvania Ave NW, Washington, DC 20500 please", "1600 Pennsylvania Ave NW"),
    ("new office: 52, boulevard Legros, 75015 Paris", "52, boulevard Legros"),
    ("Hotel: 2-3-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo", "2-3-1 Nishi-Shinjuku, Shinjuku-ku"),
    ("ship to 4400 W NORTH AVE, CHICAGO IL", "4400 W NORTH AVE"),
    ("12 rue de la Paix, 75002 Paris", "12 rue de la Paix"),
]
# Check set, not tuned on: near misses and branches whose first letters collide (street types that share a first
# letter with a word of prose: "calle"/"client", "via"/"version", "rua"/"retry", "place"/"please").
_CHECK = [
    "retry 12 client=7 status=200 after 3 Places to see and 14 Calle Mayor, Madrid",
    "v2 12 version 4 Via Roma 5 rua Augusta 100, 1100-053 Lisboa",
    "In 2024, Park Avenue was closed; 221B Baker Street, London NW1 6XE",
    "1234 5th St Apt 2, Springfield, IL 62704 and 9 Rue du Bac\n7 Plaza Mayor",
    "2-3 Main St, 10 Downing Street, 45 place Bellecour, 69002 Lyon",
]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def test_the_dev_addresses_are_found_whole():
    for text, street in _DEV:
        start = text.index(street)
        assert any(found_start <= start and start + len(street) <= end
                   for found_start, end in find_street_addresses(text)), text


def test_the_grouped_pattern_matches_as_written_on_the_dev_and_check_texts():
    for text in [text for text, _ in _DEV] + _CHECK:
        assert _matches(addresses._NUMBER_LED_STREET.ascii, text) == _matches(_AS_WRITTEN_ASCII, text), text
        assert _matches(addresses._NUMBER_LED_STREET.unicode, text) == _matches(_AS_WRITTEN, text), text


def test_the_grouped_pattern_matches_as_written_on_random_pieces_of_addresses():
    pieces = ("12", "1600", "2-3-1", "52,", " ", " ", "\t", "\n", ", ", "rue", "Rue", "calle", "Calle", "client", "via",
              "Via", "version", "St", "Street", "Ave", "NW", "W", "de la", "Paix", "Baker", "Shinjuku-ku", "Nishi-Shinjuku",
              "Apt 2", "bis", "B", "IL 62704", "Springfield", "DC", "é", "Łódź")
    generator = random.Random(27)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(2, 12)))
        assert _matches(addresses._NUMBER_LED_STREET.unicode, text) == _matches(_AS_WRITTEN, text), text
        if text.isascii():
            assert _matches(addresses._NUMBER_LED_STREET.ascii, text) == _matches(_AS_WRITTEN_ASCII, text), text
