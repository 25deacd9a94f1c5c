"""Round 17 (contact17): a person's address, place and postcode under labels in other languages."""
import pytest

from redactor.detect.pii_fields import field_kind, find_field_values, key_words


def _values(text: str) -> set[tuple[str, str]]:
    return {(text[value.start:value.end], value.kind) for value in find_field_values(text)}


@pytest.mark.parametrize("text, value", [
    ("member=Lotte de Vries; woonplaats=Zwolle; since=2019", "Zwolle"),
    ('{"nome": "Giulia Conti", "città": "Bergamo"}', "Bergamo"),
    ("Şehir: Eskişehir", "Eskişehir"),
    ("Doğum yeri: Konya", "Konya"),
    ("Tempat lahir: Bandung", "Bandung"),
    ('{"имя": "Анна", "город": "Казань"}', "Казань"),
    ('{"адрес": "ул. Баумана 15"}', "ул. Баумана 15"),
    ('{"cidade": "Campinas"}', "Campinas"),
    ("kaupunki: Oulu", "Oulu"),
    ('{"stadt": "Bielefeld", "anschrift": "Niederwall 23"}', "Niederwall 23"),
    ("Imię: Piotr | Miasto: Lublin | Ulica: Lipowa 3", "Lipowa 3"),
    ("navn;postnr\nMette Jensen;5000", "5000"),
    ("Código postal: 28013", "28013"),
    ("place_of_birth: Kisumu", "Kisumu"),
    ("Geburtsort: Passau", "Passau"),
    ("Place of birth: Kisumu", "Kisumu"),           # a label of three words: a particle between two
    ("Lugar de nacimiento: Rosario", "Rosario"),
    ("Lieu de naissance : Nantes", "Nantes"),
])
def test_address_parts_under_labels_of_other_languages(text, value):
    assert (value, "STREET_ADDRESS") in _values(text)


@pytest.mark.parametrize("text", [
    "ip_adresse: 10.0.0.12",            # a host's address, not a postal one
    "server_adres=db01.internal",
    "stadt = get_city(request)",        # code
    "kota: true",                       # a template value
    "postnr: n/a",
    "adresse: localhost",               # an address without a space is a host, not a street
])
def test_what_stays(text):
    assert not any(kind == "STREET_ADDRESS" for _, kind in _values(text))


@pytest.mark.parametrize("key, words", [
    ("Doğum yeri", "dogum_yeri"), ("città", "citta"), ("Código postal", "codigo_postal"), ("город", "город"),
    ("prénom", "prenom"), ("Straße", "straße"), ("fødested", "fodested"), ("addressLine1", "address_line1"),
])
def test_keys_are_compared_folded(key, words):
    assert key_words(key) == words


def test_short_words_of_english_are_no_labels():
    assert field_kind("via") is None and field_kind("rue") is None and field_kind("by") != "STREET_ADDRESS"
