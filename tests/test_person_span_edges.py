"""The edges of the model's PERSON spans in lines of other languages (redactor/detect/person_span_edges.py)."""
import pytest

from redactor.detect.person_span_edges import person_span_edges


def _edges(text: str, value: str) -> str:
    start = text.index(value)
    cut_start, cut_end = person_span_edges(text, start, start + len(value))
    return text[cut_start:cut_end]


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Tack för mötet igår. Astrid Lindqvist skickar protokollet senare idag.",
     "Astrid Lindqvist skickar protokollet senare idag", "Astrid Lindqvist"),
    ("Hej Erik! Tack för mötet igår.", "Hej Erik", "Erik"),
    ("Hola Lucía, gracias por la información del pedido.", "Hola Lucía", "Lucía"),
    ("Bonjour Amélie, merci pour votre retour.", "Bonjour Amélie", "Amélie"),
    ("Merhaba Ayşe Hanım, dünkü toplantı için teşekkürler.", "Ayşe Hanım", "Ayşe"),
])
def test_greetings_titles_and_words_of_the_line_are_cut(text: str, value: str, name: str) -> None:
    assert _edges(text, value) == name


@pytest.mark.parametrize(("text", "value"), [
    ("Die Rechnung hat Anna Klein gestern geschickt.", "Anna Klein"),  # a frequent word that is a surname, last
    ("Heute hat Pieter de Vries die Offerte verstuurd.", "Pieter de Vries"),
    ("Van Dijk heeft de offerte gisteren verstuurd.", "Van Dijk"),
    ("Ayer Rosa Martínez envió la factura.", "Rosa Martínez"),  # a first name that is a word too
    ("Deniz Kaya raporu yarın gönderecek.", "Deniz Kaya"),
    ("Please ask Maria Garcia Lopez about it.", "Maria Garcia Lopez"),
])
def test_names_keep_their_words(text: str, value: str) -> None:
    assert _edges(text, value) == value


@pytest.mark.parametrize(("text", "value"), [
    ("Marek Novak\tRynek Główny 12a, 31-042 Kraków", "Rynek Główny 12a"),  # "12a" is no lower-case word
    ("Jan Kowalski,ul. Floriańska 15, 31-019 Kraków", "ul. Floriańska 15"),
    ("Giulia Rossi\tvia Roma 12 int. 4, 00184 Roma", "via Roma 12 int"),
])
def test_a_street_taken_for_a_person_keeps_its_edges(text: str, value: str) -> None:
    # address_runs joins such a piece to the address's tail by the piece's own edges (blind16: one CSV address
    # partly left out when its street lost an edge word).
    assert _edges(text, value) == value
