"""Round 27 (prec27b): words of other languages read as people, and spans that run past a name or an address.

Dev set: the forms the mechanisms were written on. Check set (below, marked): forms written after the change and
not tuned on.
"""
import pytest

from redactor.detect.language_common_words import common_word_score
from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.person_span_edges import person_span_edges
from redactor.detect.pii_fields import find_field_values
from redactor.detect.standalone_logins import find_standalone_logins


def _edges(text: str, value: str) -> str:
    start = text.index(value)
    cut_start, cut_end = person_span_edges(text, start, start + len(value))
    return text[cut_start:cut_end]


def _person_score(text: str, value: str) -> float:
    start = text.index(value)
    return common_word_score(text, start, start + len(value), "PERSON", 0.85)


def _field_values(text: str) -> list[str]:
    return [text[value.start:value.end] for value in find_field_values(text)]


def _logins(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


# --- dev set ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Können Sie mir bitte helfen? Die Tage werden kürzer.", "Können Sie"),
    ("Bitte geben Sie Ihrem Sohn das Formular bis Freitag mit.", "Sie Ihrem"),
])
def test_german_pronouns_and_verbs_are_no_person(text: str, value: str) -> None:
    assert _person_score(text, value) < WIRE_MIN_SCORE


@pytest.mark.parametrize(("text", "value"), [
    ("Gestern hat Frau Sabine Wolf die Rechnung geschickt.", "Sabine Wolf"),
    ("Der Termin mit Thomas Richter ist am Montag.", "Thomas Richter"),
])
def test_german_names_stay_people(text: str, value: str) -> None:
    assert _person_score(text, value) == 0.85


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Bitte geben Sie Ihrem Kind das Formular mit.", "Sie Ihrem Kind", "Kind"),
    ("Rufen Sie bitte morgen an, Sie Herrn Wolf erreichen.", "Sie Herrn Wolf", "Herrn Wolf"),
    ("La reunión es con la familia de Carlos Ramírez el jueves.", "de Carlos Ramírez", "Carlos Ramírez"),
    ("Wir haben den Brief von Anna Weber gestern bekommen.", "von Anna Weber", "Anna Weber"),
])
def test_pronouns_and_prepositions_at_a_persons_edge_are_cut(text: str, value: str, name: str) -> None:
    assert _edges(text, value) == name


@pytest.mark.parametrize(("text", "value"), [
    ("Heute hat Pieter de Vries die Offerte verstuurd.", "de Vries"),
    ("Das Bild malte Vincent van Gogh im Sommer.", "Vincent van Gogh"),
])
def test_particles_of_surnames_stay(text: str, value: str) -> None:
    assert _edges(text, value) == value


@pytest.mark.parametrize(("text", "address"), [
    ("Morada: Rua das Flores, 12, 3º dto. O senhorio, Sr. António Costa, não responde.", "Rua das Flores, 12, 3º dto"),
    ("Dirección: C/ Mayor 5, 2º izq. El portero tiene la llave.", "C/ Mayor 5, 2º izq"),
    ("Adresse: Hauptstr. 5, 10115 Berlin. Der Mieter ist verzogen.", "Hauptstr. 5, 10115 Berlin"),
])
def test_an_address_field_stops_before_the_next_sentence(text: str, address: str) -> None:
    assert _field_values(text) == [address]


@pytest.mark.parametrize("text", [
    "Address: Jl. Sudirman no. 5, Jakarta",
    "Address: 12 St. Mary Street, Leeds",
    "address: Apt. 4 B, 99 Elm Rd. Springfield",
])
def test_an_address_keeps_its_abbreviations(text: str) -> None:
    assert _field_values(text) == [text.split(": ", 1)[1]]


@pytest.mark.parametrize(("text", "login"), [
    ("ask tnguyen about the deploy", "tnguyen"),
    ("cc: jnowak", "jnowak"),
])
def test_logins_stay(text: str, login: str) -> None:
    assert _logins(text) == [login]


# --- check set (written after the change, not tuned on) ---------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Haben Sie die Unterlagen schon erhalten? Wir warten noch darauf.", "Haben Sie"),
    ("Vielen Dank, dass Sie Ihren Antrag so schnell eingereicht haben.", "Sie Ihren Antrag"),
])
def test_check_german_pronouns_are_no_person(text: str, value: str) -> None:
    assert _person_score(text, value) < WIRE_MIN_SCORE


@pytest.mark.parametrize(("text", "value", "name"), [
    ("Wir haben die Unterlagen an Sie Herrn Lukas Becker geschickt.", "Sie Herrn Lukas Becker", "Herrn Lukas Becker"),
    ("Nous avons reçu la lettre de Marie Dubois hier soir.", "de Marie Dubois", "Marie Dubois"),
])
def test_check_edges(text: str, value: str, name: str) -> None:
    assert _edges(text, value) == name


@pytest.mark.parametrize(("text", "value"), [
    ("Der Vertrag wurde von Ludwig van Beethoven unterschrieben.", "Ludwig van Beethoven"),
    ("O contrato foi assinado por João da Silva ontem.", "João da Silva"),
])
def test_check_particles_stay(text: str, value: str) -> None:
    assert _edges(text, value) == value


@pytest.mark.parametrize(("text", "address"), [
    ("Indirizzo: Via Roma 12, int. 4, 00184 Roma. Il proprietario non risponde.", "Via Roma 12, int. 4, 00184 Roma"),
    ("Address: 44 Elm Road, Flat 3. The landlord is away until May.", "44 Elm Road, Flat 3"),
])
def test_check_address_stops_before_the_next_sentence(text: str, address: str) -> None:
    assert _field_values(text) == [address]


def test_check_address_with_a_saint() -> None:
    assert _field_values("Adresse: 3 rue St. Jacques, 75005 Paris") == ["3 rue St. Jacques, 75005 Paris"]
