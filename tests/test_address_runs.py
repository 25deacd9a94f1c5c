"""address_runs: an address found in pieces (a street, a place taken as a person, a postcode) is one run of parts.

The pieces below are what the street finders and the NER model report on these texts (round 13's dev set,
tests/corpus/pii_recall/samples_contact13.py); the rule joins them with the parts around and between them.
"""
from __future__ import annotations

import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.base import Span
from redactor.detect.place_names import load as load_place_names
from tests.address_pieces import piece_spans
from tests.growth import assert_linear_growth

load_place_names()


def _runs(text: str, pieces: list[tuple[str, str]]) -> list[str]:
    return [text[span.start:span.end] for span in address_runs(text, piece_spans(text, pieces))]


@pytest.mark.parametrize("text, pieces, address", [
    ("home: Ο. Ερμού 25, Αθήνα 105 63", [("PERSON", "Ο. Ερμού"), ("PERSON", "Αθήνα")], "Ο. Ερμού 25, Αθήνα 105 63"),
    ("adres: Moda Cad. No 12, Kadıköy/İstanbul", [("PERSON", "Moda Cad"), ("LOCATION", "Kadıköy")],
     "Moda Cad. No 12, Kadıköy/İstanbul"),
    ("ok send it to Rynek Główny 1, Kraków", [("PERSON", "Rynek Główny 1"), ("PERSON", "Kraków")],
     "Rynek Główny 1, Kraków"),
    ("address Kalverstraat 92 hs, Amsterdam (ring upstairs)",
     [("ORGANIZATION", "Kalverstraat 92"), ("PERSON", "Amsterdam")], "Kalverstraat 92 hs, Amsterdam"),
    ("customer in Tokyo, Shibuya-ku, Jingumae 1-2-3", [("LOCATION", "Tokyo"), ("PERSON", "Shibuya-ku, Jingumae")],
     "Tokyo, Shibuya-ku, Jingumae 1-2-3"),
    ("Kunde wohnt in Wien, Mariahilfer Straße 45/3/12, 1060 laut Formular",
     [("LOCATION", "Wien"), ("STREET_ADDRESS", "Mariahilfer Straße 45/3")], "Wien, Mariahilfer Straße 45/3/12, 1060"),
])
def test_pieces_of_one_address_are_one_run(text, pieces, address):
    assert _runs(text, pieces) == [address]


@pytest.mark.parametrize("text, pieces", [
    ("The conference moved from Berlin to Lisbon, 3 days later than planned.",
     [("LOCATION", "Berlin"), ("LOCATION", "Lisbon")]),
    ("Regions: Frankfurt, Dublin, Paris, Stockholm; latency 12 ms in each.",
     [("LOCATION", "Frankfurt"), ("LOCATION", "Dublin"), ("LOCATION", "Paris"), ("LOCATION", "Stockholm")]),
    ("Flights: London, 14:05 departure, gate 22, terminal 5.", [("LOCATION", "London")]),
    # cells of a CSV row are fields, not parts: a company and its city stay two values
    ("1042,Giulia Romano,Vantor Capital SA,Milan", [("ORGANIZATION", "Vantor Capital SA"), ("STREET_ADDRESS", "Milan")]),
    # a date, a list number and a phone beside a name are no house numbers
    ("ZELLE TO OKONKWO CHIDI 11/03 CONF# QW2R8T", [("PERSON", "OKONKWO CHIDI")]),
    ("1. Garnet Shaw DOB 03/04/1979\n2. Brook Palmer DOB 11/12/1983", [("PERSON", "Brook Palmer")]),
    ("Paris 2024 was the busiest summer", [("LOCATION", "Paris")]),
    ("See Reg 2023/2854 of the council", [("PERSON", "Reg")]),
])
def test_no_run_without_an_address(text, pieces):
    assert _runs(text, pieces) == []


def test_a_phone_beside_a_person_is_no_house_number():
    text = "Call list: Kowalczyk, Tomasz 0161 496 0312; Adeyemi, Funke 0161 496 0877"
    spans = piece_spans(text, [("PERSON", "Kowalczyk, Tomasz"), ("PHONE", "0161 496 0312")])
    assert address_runs(text, spans) == []


def test_a_person_before_the_address_keeps_their_span():
    text = "Bill to Hana Novak, Dlouhá 730/12, 110 00 Praha 1"
    runs = _runs(text, [("PERSON", "Hana Novak"), ("STREET_ADDRESS", "Dlouhá 730/12, 110 00 Praha 1")])
    assert all("Hana" not in run for run in runs)


def test_linear_growth():
    line = "Kunde: Rynek Główny 1, Kraków; Moda Cad. No 12, Kadıköy/İstanbul; Berlin to Lisbon, 3 days\n"

    def work(size: int):
        text = line * (size // len(line))
        pieces = []
        for offset in range(0, len(text), len(line)):
            for kind, value in (("PERSON", "Rynek Główny 1"), ("PERSON", "Kraków"), ("PERSON", "Moda Cad"),
                                ("LOCATION", "Kadıköy"), ("LOCATION", "Berlin"), ("LOCATION", "Lisbon")):
                start = text.index(value, offset)
                pieces.append(Span(start, start + len(value), kind, "pii", 0.85, "test"))
        return lambda: address_runs(text, pieces)

    assert_linear_growth(work, 200_000)


@pytest.mark.parametrize("text", ["Chapter 4, London: the city after the war.", "Day 2, Paris: the museums."])
def test_a_numbered_heading_before_a_city_is_no_street(text):
    city = "London" if "London" in text else "Paris"
    assert _runs(text, [("LOCATION", city)]) == []


def test_a_run_never_takes_the_cell_before_it():
    text = "id\tstreet\n3\tJingumae 1-2-3\topen"
    assert _runs(text, [("PERSON", "Jingumae")]) in ([], ["Jingumae 1-2-3"])


def test_a_street_column_spreads_to_its_unfound_cells_but_not_to_sentences():
    from redactor.detect.column_kinds import spans_in_same_columns

    text = ("id\tstreet\tstatus\n1\tRua das Flores 112\tshipped\n2\tCalle de Alcalá 201\topen\n"
            "3\tJingumae 1-2-3\topen\n4\treset the password for production, then rotate the keys\topen")
    found = []
    for value in ("Rua das Flores 112", "Calle de Alcalá 201"):
        start = text.index(value)
        found.append(Span(start, start + len(value), "STREET_ADDRESS", "pii", 0.75, "test"))
    added = [text[span.start:span.end] for span in spans_in_same_columns(text, found) if span.kind == "STREET_ADDRESS"]
    assert added == ["Jingumae 1-2-3"]


@pytest.mark.parametrize("text, pieces, address", [
    # Only the parts after a found piece are taken: the words and pieces before it cost +0.2 to +0.3 points of
    # over-redaction on the blind pii files for one address a corpus (round 13), so these keep their head out.
    ("giao hàng tới 45 Lê Lợi, Quận 1, TP. Hồ Chí Minh nhé",
     [("PERSON", "Lê Lợi, Quận"), ("PERSON", "Hồ Chí Minh")], "Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    # (a labelled field holding only address words is taken whole: address_fields.py, tests/test_address_fields.py)
    ("вчера привезли на Тверская 7-15, Москва 125009 вроде", [("LOCATION", "Москва")], "Москва 125009"),
])
def test_the_run_goes_forwards_only(text, pieces, address):
    assert _runs(text, pieces) == [address]


def test_an_english_word_before_the_street_stays_outside():
    text = "Home Mariahilfer Straße 45/3/12, 1060 Wien"
    assert _runs(text, [("STREET_ADDRESS", "Mariahilfer Straße 45/3")]) == ["Mariahilfer Straße 45/3/12, 1060 Wien"]


# The last comma piece of an address, closed by the end of its line, field or sentence, in the writer's own words:
# a place in lower case, a region abbreviation, a door word no finder reads. A guess: doubtful (0.55).
@pytest.mark.parametrize("text, pieces, address", [
    ("Deliver to 221B Baker Street, London NW1 6XE, england",
     [("STREET_ADDRESS", "221B Baker Street, London NW1 6XE")], "221B Baker Street, London NW1 6XE, england"),
    ("adres dostawy: os. Kościuszkowskie 3/15, Kraków, woj. małopolskie",
     [("STREET_ADDRESS", "os. Kościuszkowskie 3/15, Kraków")], "os. Kościuszkowskie 3/15, Kraków, woj. małopolskie"),
    ('{"adres": "Vondelstraat 14, 1054 GE Amsterdam, achterhuis"}',
     [("STREET_ADDRESS", "Vondelstraat 14, 1054 GE Amsterdam")], "Vondelstraat 14, 1054 GE Amsterdam, achterhuis"),
])
def test_the_closing_piece_of_an_address_is_a_doubtful_part(text, pieces, address):
    spans = address_runs(text, piece_spans(text, pieces))
    widest = max(spans, key=lambda span: span.end - span.start)
    assert text[widest.start:widest.end] == address
    assert widest.score < 0.6


@pytest.mark.parametrize("text, pieces", [
    # the writer's closing, a piece that goes on in prose, or a plain English word is no address part
    ("Send it to 14 Clarendon Road, Leeds LS2 9NN, asap.", [("STREET_ADDRESS", "14 Clarendon Road, Leeds LS2 9NN")]),
    ("Send it to 14 Clarendon Road, Leeds LS2 9NN, thanks!", [("STREET_ADDRESS", "14 Clarendon Road, Leeds LS2 9NN")]),
    ("Send it to 14 Clarendon Road, Leeds LS2 9NN, before the weekend.",
     [("STREET_ADDRESS", "14 Clarendon Road, Leeds LS2 9NN")]),
    ("Send it to 14 Clarendon Road, Leeds LS2 9NN, then call me, ok",
     [("STREET_ADDRESS", "14 Clarendon Road, Leeds LS2 9NN")]),
])
def test_no_closing_piece_of_prose(text, pieces):
    assert [text[span.start:span.end] for span in address_runs(text, piece_spans(text, pieces))] == []
