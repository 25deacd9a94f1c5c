"""person_row_cells.py: a cell of a person's row is read by its own shape (a plate layout, a street and a number).

Forms written for the mechanism (rows of seeds, exports and tuples in layouts the corpora do not use), and cells of a
person's row that must stay: class names, rooms, notes, codes; rows without a person."""
import pytest

from redactor.detect.base import Span
from redactor.detect.person_row_cells import cells_of_person_rows


def _cells(text: str, found: list[tuple[str, str]]) -> dict[str, str]:
    spans = []
    for kind, value in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), kind, "pii", 0.8, "test"))
    return {text[span.start:span.end]: span.kind for span in cells_of_person_rows(text, spans)}


@pytest.mark.parametrize("text, found, value, kind", [
    # a plate in a country's layout as a cell of a headerless export row holding a person and a birth date
    ("77120;Greta Lindholm;1981-04-02;M-AB 1234;paid", [("PERSON", "Greta Lindholm"), ("DATE_OF_BIRTH", "1981-04-02")],
     "M-AB 1234", "LICENSE_PLATE"),
    ("(4, 'Marek Zając', '+48 512 300 200', 'WA 4821K')", [("PERSON", "Marek Zając"), ("PHONE", "+48 512 300 200")],
     "WA 4821K", "LICENSE_PLATE"),
    # a street and house number with a unit, the street's own name no ordinary word
    ("(9, 'Liisa Mäkelä', 'liisa@posti.example', '+358 40 123 4567', 'Kalevankatu 14 B 7')",
     [("PERSON", "Liisa Mäkelä"), ("EMAIL", "liisa@posti.example"), ("PHONE", "+358 40 123 4567")],
     "Kalevankatu 14 B 7", "STREET_ADDRESS"),
    ("Ruiz Vega|+34 611 222 333|ana.rv@correo.example|Ronda Sant Pere 8 3/2|ES",
     [("PHONE", "+34 611 222 333"), ("EMAIL", "ana.rv@correo.example")], "Ronda Sant Pere 8 3/2", "STREET_ADDRESS"),
    # a whole address in one cell, with a street word
    ("\t'Sofia Ek'\t'1990-01-01'\t'Strandvägen 7, 114 56 Stockholm'\t",
     [("PERSON", "Sofia Ek"), ("DATE_OF_BIRTH", "1990-01-01")], "Strandvägen 7, 114 56 Stockholm", "STREET_ADDRESS"),
])
def test_a_cell_of_a_persons_row_shaped_like_a_plate_or_a_street_is_theirs(text, found, value, kind):
    assert _cells(text, found).get(value) == kind


@pytest.mark.parametrize("text, found", [
    # class names, rooms, notes, amounts, dates on a member's row stay
    ("M-2231|Joanna Kowalczyk|+48 601 223 441|Spin 45|Studio 4|see the gate 3 notes|2026-12-07|44.00",
     [("PERSON", "Joanna Kowalczyk"), ("PHONE", "+48 601 223 441")]),
    # a row with one contact value alone is no person's row
    ("SO-2291,sales@shop.example,Kalevankatu 14 B 7,WA 4821K", [("EMAIL", "sales@shop.example")]),
    # a sentence is no row
    ("Greta Lindholm moved to Kalevankatu 14 B 7 last year", [("PERSON", "Greta Lindholm")]),
])
def test_cells_that_are_not_the_persons_stay(text, found):
    assert _cells(text, found) == {}
