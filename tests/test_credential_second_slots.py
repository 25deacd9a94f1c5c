"""credential_second_slots: the value in the second slot of a credential pair (after a found login, the second of
two values in a bracket, a network's key after its name, values alone under a list of headings) is a password;
lists of logins, prose and spec sheets keep theirs (forms written here, not taken from a corpus)."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.credential_second_slots import second_slot_spans


def _login(text: str, value: str, kind: str = "USERNAME") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "pii", 0.8, "test")


def _slots(text: str, found: list[Span] = ()) -> list[str]:
    return [text[span.start:span.end] for span in second_slot_spans(text, list(found))]


@pytest.mark.parametrize("text, login, kind, password", [
    ("Spotify  r.almeida@correio.example, girassol2020", "r.almeida@correio.example", "EMAIL", "girassol2020"),
    ("konto: ola.berg | Fjord!31", "ola.berg", "USERNAME", "Fjord!31"),
    ("the clinic PC: reception2 (Tulipa_88)", "reception2", "USERNAME", "Tulipa_88"),
    ("door panel admin / 7302", "admin", "USERNAME", "7302"),
    ("[08:40] Tomás: el portal es tomas.r y Limonero#12", "tomas.r", "USERNAME", "Limonero#12"),
])
def test_the_value_after_a_found_login_is_its_password(text, login, kind, password):
    assert _slots(text, [_login(text, login, kind)]) == [password]


@pytest.mark.parametrize("text", ["accounts to delete: anna.k, bob.m, carl99", "remove anna.k and carl99 too"])
def test_a_list_of_logins_is_no_pair(text):
    logins = [_login(text, value) for value in ("anna.k", "bob.m", "carl99") if value in text]
    assert _slots(text, logins) == []


def test_the_second_of_two_values_in_a_bracket_is_a_password():
    assert _slots("Darf ich Lena als Redakteurin anlegen (lena.b, Kirsch_Baum7)?") == ["Kirsch_Baum7"]
    assert _slots("see the figures (table3, appendix2)") == []  # no capital, no symbol: two references


@pytest.mark.parametrize("text, key", [
    ("WLAN: Haus-Meier / regenbogen", "regenbogen"),
    ("Wi-Fi is Cottage_5G, the key is “three blind mice”.", "three blind mice"),
    ("wifi SALA-2 → el gato come pan\nimpresora: planta baja", "el gato come pan"),
    ("ssid BoatClub key Anchor#55; lights at 8", "Anchor#55"),
])
def test_a_networks_key_follows_its_name(text, key):
    assert _slots(text) == [key]


@pytest.mark.parametrize("text", [
    "the wifi is down / slow today",
    "Wi-Fi Lobby / password on the card at the desk",
])
def test_prose_about_a_network_has_no_key(text):
    assert _slots(text) == []


def test_values_alone_under_a_list_of_headings_are_passwords():
    text = "Gas company:\nKaminfeuer12\n\nPharmacy app:\n\nrosmarin!4\n\nask me later"
    assert _slots(text) == ["Kaminfeuer12", "rosmarin!4"]


def test_one_heading_over_one_token_is_a_spec_sheet():
    assert _slots("Model:\nGalaxyS23\nColour: black") == []
