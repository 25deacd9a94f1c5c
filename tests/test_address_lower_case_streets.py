"""Round 22 (address22b): lower-case streets written type first ("via garibaldi 21, 20121 milano")."""
import pytest

from redactor.detect.addresses import find_street_addresses


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(span_start <= start and start + len(value) <= span_end
               for span_start, span_end in find_street_addresses(text))


@pytest.mark.parametrize("text, address", [
    ("please ship it to via garibaldi 21, 20121 milano before friday.", "via garibaldi 21, 20121 milano"),
    ("my new place is rua augusta 120, 1100-053 lisboa, third floor.", "rua augusta 120, 1100-053 lisboa"),
    ("we moved to calle mayor 14, 28013 madrid last month", "calle mayor 14, 28013 madrid"),
    ("the office moved to avenida paulista 1000, 01310-100 são paulo in may", "avenida paulista 1000, 01310-100 são paulo"),
    ("ok the address is jalan ampang 12, 50450 kuala lumpur", "jalan ampang 12, 50450 kuala lumpur"),
    ("i'm at rue des lilas 14 until tuesday", "rue des lilas 14"),  # a type that is no English word: no postcode needed
])
def test_a_lower_case_type_first_street_is_an_address(text, address):
    assert _covered(text, address)


def test_the_english_word_before_the_type_stays_out():
    text = "my new place is rua augusta 120, 1100-053 lisboa"
    assert not _covered(text, "place is rua")


@pytest.mark.parametrize("text", [
    "we sent it via email 2 times and via slack 3 times.",  # `via` is English: needs a postcode
    "the rue 2 build is out; place 3 orders by friday.",
    "calle is a word in the docs section 4.",
    "meet at calle mayor 14:30 sharp",                      # a time, no house number
])
def test_what_stays(text):
    assert find_street_addresses(text) == []
