"""Round 17 (contact17): a town written as its own field of a person's record is that person's place (0.55)."""
import pytest

from redactor.detect.address_runs import address_runs
from redactor.detect.base import Span
from redactor.detect.place_names import is_country, load as load_place_names
from tests.address_pieces import piece_spans
from tests.growth import assert_linear_growth

load_place_names()


def _places(text: str, pieces: list[tuple[str, str]]) -> list[tuple[str, float]]:
    return [(text[span.start:span.end], span.score) for span in address_runs(text, piece_spans(text, pieces))
            if span.detector == "address_record_places"]


@pytest.mark.parametrize("text, person, town", [
    ("1|Marek Novak|Brno|pro", "Marek Novak", "Brno"),
    ("Tunde Bakare,34,Ibadan", "Tunde Bakare", "Ibadan"),
    ("Carla Mendes; 41; Coimbra; nurse", "Carla Mendes", "Coimbra"),
    ('{"name":"Hugo Lenz","base":"Graz"}', "Hugo Lenz", "Graz"),
    ("- Arjun Mehta (Indore) — QA", "Arjun Mehta", "Indore"),
    ('Ama Owusu,"Kumasi, Ghana",2021', "Ama Owusu", "Kumasi, Ghana"),
    ("Olga Ivanova\tYekaterinburg\t1988", "Olga Ivanova", "Yekaterinburg"),
])
def test_a_town_in_a_field_of_a_persons_line(text, person, town):
    assert _places(text, [("PERSON", person)]) == [(town, 0.55)]


@pytest.mark.parametrize("text, person", [
    ("Sam Altman visited Paris and Berlin last week.", "Sam Altman"),      # prose: no fields
    ('{"name":"Mia Horvat","base":"Split"}', "Mia Horvat"),               # a word of the language first
    ("owner=Jin Park; service=Phoenix; env=Production", "Jin Park"),       # a word of the language first
    ("author: Linus Torvalds, country: Finland", "Linus Torvalds"),       # a country is no address
    ("Reviewed by Sarah Chen (Vite) today", "Sarah Chen"),                # a software name
    ("Brno,Ostrava,Plzeň", None),                                         # no person on the line
])
def test_what_stays(text, person):
    assert _places(text, [("PERSON", person)] if person else []) == []


def test_countries_are_not_towns():
    assert is_country("Kenya") and is_country("UK") and not is_country("Nairobi") and not is_country("Bayern")


def test_linear_growth_on_one_long_table():
    row = "Anna Berg,Uppsala,2024\n"

    def work(size: int):
        text = row * size
        people = [Span(index * len(row), index * len(row) + 9, "PERSON", "ner", 0.85, "test") for index in range(size)]
        return lambda: address_runs(text, people)
    assert_linear_growth(work, 8000)
