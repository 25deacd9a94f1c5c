"""address_bridges: two found pieces of one address on one line, with a comma piece of the writer's own words between
them, are one address (dev set: tests/corpus/pii_recall/samples_contact16.py, 'addr_middle')."""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import _Others
from redactor.detect.address_bridges import address_bridges
from redactor.detect.base import Span
from tests.address_pieces import piece_spans
from tests.growth import assert_linear_growth


def _bridged(text: str, pieces: list[tuple[str, str]]) -> list[str]:
    return [text[span.start:span.end] for span in address_bridges(text, piece_spans(text, pieces), _Others)]


@pytest.mark.parametrize("text, pieces, address", [
    ("adres: Keizersgracht 221, achterhuis, 1016 DV Amsterdam",
     [("STREET_ADDRESS", "Keizersgracht 221"), ("STREET_ADDRESS", "1016 DV Amsterdam")],
     "Keizersgracht 221, achterhuis, 1016 DV Amsterdam"),
    ("ul. Długa 15 lok. 3, wejście od podwórza, 80-831 Gdańsk",
     [("STREET_ADDRESS", "ul. Długa 15 lok. 3"), ("STREET_ADDRESS", "80-831 Gdańsk")],
     "ul. Długa 15 lok. 3, wejście od podwórza, 80-831 Gdańsk"),
    ("Ship to 1450 Oak Street, apt 4 in the back, Portland, OR 97205 please",
     [("STREET_ADDRESS", "1450 Oak Street, apt 4"), ("STREET_ADDRESS", "Portland, OR 97205")],
     "1450 Oak Street, apt 4 in the back, Portland, OR 97205"),
    ("Mannerheimintie 12 B 7, rappu B, 00100 Helsinki",
     [("ORGANIZATION", "Mannerheimintie 12 B 7"), ("STREET_ADDRESS", "B, 00100 Helsinki")],
     "Mannerheimintie 12 B 7, rappu B, 00100 Helsinki"),
])
def test_pieces_with_a_middle_are_one_address(text, pieces, address):
    assert _bridged(text, pieces) == [address]


@pytest.mark.parametrize("text, pieces", [
    # a clause between them
    ("I stayed at 5 Main Street, but the conference was in Denver, CO 80202 this year.",
     [("STREET_ADDRESS", "5 Main Street"), ("STREET_ADDRESS", "Denver, CO 80202")]),
    # places without a street or a number
    ("Flights from Berlin, then Paris, then London", [("LOCATION", "Berlin"), ("LOCATION", "Paris")]),
    # cells of a CSV row
    ("Oudegracht 231,3511 NK,Utrecht", [("STREET_ADDRESS", "Oudegracht 231"), ("STREET_ADDRESS", "3511 NK")]),
    # a time between them
    ("12 Baker St, 10:30, London NW1 6XE", [("STREET_ADDRESS", "12 Baker St"), ("STREET_ADDRESS", "London NW1 6XE")]),
    # no comma: address_runs' business
    ("12 Baker St near London NW1 6XE", [("STREET_ADDRESS", "12 Baker St"), ("STREET_ADDRESS", "London NW1 6XE")]),
    # a sentence ends between them
    ("Sent to 12 Baker St, yesterday afternoon. Tomorrow, 4 Elm Road",
     [("STREET_ADDRESS", "12 Baker St"), ("STREET_ADDRESS", "4 Elm Road")]),
])
def test_pieces_of_prose_stay_apart(text, pieces):
    assert _bridged(text, pieces) == []


def test_linear_growth():
    line = "adres: Keizersgracht 221, achterhuis, 1016 DV Amsterdam; Berlin, then Paris\n"

    def work(size: int):
        text = line * (size // len(line))
        spans = []
        for offset in range(0, len(text), len(line)):
            for kind, value in (("STREET_ADDRESS", "Keizersgracht 221"), ("STREET_ADDRESS", "1016 DV Amsterdam"),
                                ("LOCATION", "Berlin"), ("LOCATION", "Paris")):
                start = offset + line.index(value)
                spans.append(Span(start, start + len(value), kind, "pii", 0.85, "test"))
        return lambda: address_bridges(text, spans, _Others)

    assert_linear_growth(work, 200_000)
