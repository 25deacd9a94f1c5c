"""address_repeats: a found address written again elsewhere in the conversation, in lower case, without accents, with
its parts cut or its postcode alone, is the same address (forms written here, not taken from a corpus)."""
from __future__ import annotations

import pytest

from redactor.detect.address_repeats import address_repeats
from redactor.detect.base import Span


def _found(text: str, value: str, kind: str = "STREET_ADDRESS") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "pii", 0.86, "test")


def _repeats(first: str, address: str, second: str) -> list[str]:
    spans = address_repeats([first, second], [[_found(first, address)], []])
    assert spans[0] == []  # the address itself is found already
    return [second[span.start:span.end] for span in spans[1]]


@pytest.mark.parametrize("first, address, second, repeat", [
    # lower case, street type cut, unit abbreviated, accents dropped
    ("Deliver to Rua São Bento 318, 4º andar, 01011-100 São Paulo",
     "Rua São Bento 318, 4º andar, 01011-100 São Paulo",
     "customer wrote: r sao bento 318 4and sao paulo 01011 ok?",
     "sao bento 318 4and sao paulo 01011"),
    # the postcode of the address quoted alone by a validator
    ("id,name,street,postcode\n7,Ola Nordmann,Storgata 12,0155 Oslo 74821",
     "Storgata 12,0155 Oslo 74821",
     "Row 7: 74821 does not exist in Oslo",
     "74821"),
    # restated in an answer with its parts in another order
    ("My address: Kastanienallee 77, 10435 Berlin", "Kastanienallee 77, 10435 Berlin",
     "So the parcel goes to Berlin 10435, Kastanienallee.",
     "Berlin 10435, Kastanienallee"),
])
def test_an_address_written_again_is_found(first, address, second, repeat):
    assert _repeats(first, address, second) == [repeat]


@pytest.mark.parametrize("second", [
    # a year, a short house number, one word of the address alone
    "In 2019 we opened a second shop.",
    "Table 12 is free; ask for Oslo.",
    # two words of the address in different sentences
    "The Berlin team met. Kastanienallee trees are in bloom.",
])
def test_a_lone_word_or_number_of_the_address_is_not(second):
    assert _repeats("Ship to Kastanienallee 12, 10435 Berlin, since 2019",
                    "Kastanienallee 12, 10435 Berlin, since 2019", second) == []


def test_nothing_without_a_found_address():
    text = "Berlin 10435, Kastanienallee"
    person = Span(0, 6, "PERSON", "pii", 0.85, "test")
    assert address_repeats([text, text], [[person], []]) == [[], []]

