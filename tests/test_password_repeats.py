"""password_repeats: a password found in one text of a request is found again elsewhere: as the keyless tool-call
argument after an account, as a token of a longer finding, corrected by one character (forms written here, not
taken from a corpus)."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.password_repeats import password_repeats
from redactor.segments import Segment


def _found(text: str, value: str, kind: str, category: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, category, 0.8, "test")


def _arguments(*values: str, role: str = "assistant") -> list[Segment]:
    return [Segment(text=value, role=role, kind="json_value") for value in values]


def _new(segments: list[Segment], spans: list[list[Span]]) -> list[list[str]]:
    return [[segment.text[span.start:span.end] for span in found]
            for segment, found in zip(segments, password_repeats(segments, spans))]


@pytest.mark.parametrize("login, kind, category", [
    ("m.oyelaran", "USERNAME", "pii"),
    ("kasia.nowak@poczta.example", "EMAIL", "pii"),
    ("Gästenetz-7", "HOSTNAME", "infra"),
])
def test_a_keyless_argument_after_an_account_is_its_password(login, kind, category):
    segments = _arguments("https://portal.example/login", login, "Jacaranda!58")
    spans = [[], [_found(login, login, kind, category)], []]
    assert _new(segments, spans) == [[], [], ["Jacaranda!58"]]


def test_a_value_given_twice_in_a_row_is_a_new_password_and_its_confirmation():
    segments = _arguments("reset", "kwiatuszek77", "kwiatuszek77")
    assert _new(segments, [[], [], []]) == [[], ["kwiatuszek77"], ["kwiatuszek77"]]


def test_arguments_without_an_account_before_them_stay():
    # a file name, a product code and a word with digits after another plain argument: no account, no password
    segments = _arguments("quarterly report", "Lavender42", "summary.pdf")
    assert _new(segments, [[], [], []]) == [[], [], []]


def test_an_argument_of_a_keyed_leaf_is_left_to_the_key_rules():
    segments = [Segment(text="ola.berg", role="assistant", kind="json_value", field_name="user"),
                Segment(text="Tyttebær2024", role="assistant", kind="json_value", field_name="note")]
    spans = [[_found("ola.berg", "ola.berg", "USERNAME", "pii")], []]
    assert _new(segments, spans) == [[], []]


def test_the_password_of_an_argument_is_found_again_in_the_answer():
    segments = [*_arguments("joao.m@correio.example", "Cajueiro#903"),
                Segment(text="Pronto: entrei com Cajueiro#903 e a conta abriu.", role="assistant")]
    spans = [[_found(segments[0].text, segments[0].text, "EMAIL", "pii")], [], []]
    assert _new(segments, spans) == [[], ["Cajueiro#903"], ["Cajueiro#903"]]


def test_a_dotted_password_inside_a_pair_is_found_again_on_its_own():
    first = "the installer login was admin / Kastanie.Nordwind3"
    second = "Change Kastanie.Nordwind3 afterwards."
    spans = [[_found(first, "admin / Kastanie.Nordwind3", "BASIC_AUTH", "secret")], []]
    assert _new([Segment(text=first), Segment(text=second)], spans) == [[], ["Kastanie.Nordwind3"]]


def test_a_token_of_a_longer_finding_is_found_again_on_its_own():
    first = "Kod weryfikacyjny: teraz Q7RT2MZP"
    second = "Wpisałem Q7RT2MZP w formularzu."
    spans = [[_found(first, "teraz Q7RT2MZP", "TOKEN", "secret")], []]
    assert _new([Segment(text=first), Segment(text=second)], spans) == [[], ["Q7RT2MZP"]]


@pytest.mark.parametrize("later, corrected", [
    ("ok trying Hibiscus2019 now", "Hibiscus2019"),     # a digit put right
    ("ok trying hibiscus2017 now", "hibiscus2017"),     # the capital was wrong
    ("the card reads HibiscusZ017", "HibiscusZ017"),    # OCR read a 2 as a Z
])
def test_a_password_corrected_by_one_character_is_the_same_secret(later, corrected):
    first = "her password is Hibiscus2017"
    spans = [[_found(first, "Hibiscus2017", "PASSWORD", "secret")], []]
    assert _new([Segment(text=first), Segment(text=later)], spans) == [[], [corrected]]


@pytest.mark.parametrize("later", [
    "ok trying Hibiscus2019x now",   # another length
    "ok trying Hibiscus2029 now",    # two characters off
    "ok trying Hibiscus-017 now",    # a symbol for a digit: another token
])
def test_other_tokens_are_no_correction(later):
    first = "her password is Hibiscus2017"
    spans = [[_found(first, "Hibiscus2017", "PASSWORD", "secret")], []]
    assert _new([Segment(text=first), Segment(text=later)], spans) == [[], []]


def test_short_or_one_class_passwords_are_not_compared():
    first = "PIN is 4471, wifi password sunflower"
    spans = [[_found(first, "4471", "PASSWORD", "secret"), _found(first, "sunflower", "PASSWORD", "secret")], []]
    assert _new([Segment(text=first), Segment(text="room 4478, the sunflowed field")], spans) == [[], []]


def test_a_port_inside_a_connection_finding_is_not_looked_for_alone():
    first = "Server=sql-prod.example.net,1433;User Id=app;Password=Rzq!81kd"
    second = "until nc -z sql-prod.example.net 1433; do sleep 2; done"
    spans = [[_found(first, first, "CONNECTION_STRING", "secret")], []]
    assert _new([Segment(text=first), Segment(text=second)], spans) == [[], []]
