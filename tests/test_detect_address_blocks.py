"""Addresses written as parts before a postcode and a place, in any country's order, are redacted whole."""
import pytest

from redactor.detect.addresses import find_street_addresses
from redactor.detect.place_names import is_place_name


def addresses(text: str) -> list[str]:
    return [text[start:end] for start, end in find_street_addresses(text)]


@pytest.mark.parametrize("address", [
    "Blk 123 Ang Mo Kio Ave 3, #05-112, Singapore 560123",
    "H.No. 8-2-293/82, Road No. 12, Banjara Hills, Hyderabad, Telangana 500034",
    "9th Floor, Tower B, Prestige Tech Park, Marathahalli, Bengaluru 560103",
    "Keizersgracht 123-II, 1015 CJ Amsterdam",
    "Nørrebrogade 44, 2. tv., 2200 København N",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
    "2145 County Road 12, Belleville ON K8N 4Z3",
    "Calle 93 #11-26, Oficina 502, Bogotá",
])
def test_parts_before_a_postcode_and_place_in_running_prose_are_one_address(address):
    assert addresses(f"For the courier: use {address} as the drop-off.") == [address]


@pytest.mark.parametrize("letter, address", [
    ("Herrn Jan Becker\nAm Sandtorkai 41\n20457 Hamburg\n\nSehr geehrter Herr Becker,",
     "Am Sandtorkai 41\n20457 Hamburg"),
    ("SHIP TO:\nDANIEL OKAFOR\n77 HARBOUR VIEW DRIVE\nUNIT 12\nHALIFAX NS B3H 1Z2\nCANADA\n",
     "77 HARBOUR VIEW DRIVE\nUNIT 12\nHALIFAX NS B3H 1Z2\nCANADA"),
    ("Bill To: Lindqvist Design AB\nDrottninggatan 5\n111 51 Stockholm\nSweden\nAmount due: 12 400 SEK",
     "Drottninggatan 5\n111 51 Stockholm\nSweden"),
    ("Remit to:\nP.O. Box 1234\nNairobi 00100\nKenya", "P.O. Box 1234\nNairobi 00100\nKenya"),
    ("Appartement 12, 5 rue Victor Hugo\n69002 Lyon\nFrance", "Appartement 12, 5 rue Victor Hugo\n69002 Lyon\nFrance"),
])
def test_letters_and_labels_split_over_lines_are_one_address_and_stop_at_the_name_or_label(letter, address):
    assert addresses(letter) == [address]


@pytest.mark.parametrize("text, address", [
    ("city/postcode line:\n20457 Hamburg\n", "20457 Hamburg"),
    ('"postal": "V5T 3J7"', "V5T 3J7"),
])
def test_a_postcode_with_a_known_place_or_a_canadian_postcode_is_an_address_alone(text, address):
    assert addresses(text) == [address]


@pytest.mark.parametrize("text", [
    "Version 2, 1996 GPL",
    "In 2019 London hosted the summit.",
    "Amount due: 12 400 SEK",
    "Build 20457 passed, Page 3 of 12.",
    "Upgrade Python 3.11, Node 18 and Postgres 15 before 2026.",
    "timeout=30000 retries=5 port 5432",
    "Chapter 12, Paris in the spring",
])
def test_years_versions_counts_and_cities_without_a_street_are_no_address(text):
    assert addresses(text) == []


def test_place_names_come_from_the_gazetteers_in_any_case_and_with_folded_accents():
    assert is_place_name("TORONTO") and is_place_name("Bogota") and is_place_name("München")
    assert is_place_name("Telangana") and is_place_name("New South Wales") and is_place_name("Kenya")
    assert not is_place_name("Kubernetes")


@pytest.mark.parametrize("text, address", [
    ("Ship to:\nKenji Watanabe\n2-11-3 Meguro\nMeguro-ku, Tokyo 153-0063\nJAPAN\nItems: 2",
     "2-11-3 Meguro\nMeguro-ku, Tokyo 153-0063\nJAPAN"),
    ("we're out at RR 1, Site 4, Comp 12, Bragg Creek, AB T0L 0K0 so shipping is slow",
     "RR 1, Site 4, Comp 12, Bragg Creek, AB T0L 0K0"),
])
def test_japanese_postcodes_and_rural_routes_end_an_address(text, address):
    assert addresses(text) == [address]


@pytest.mark.parametrize("text, address", [
    ("can we send a technician to Paseo de la Castellana 89, 4ª planta, 28046 Madrid tomorrow?",
     "Paseo de la Castellana 89, 4ª planta, 28046 Madrid"),
    ("The parcel for Ul. Piotrkowska 104 m. 7, 90-006 Łódź was returned.", "Ul. Piotrkowska 104 m. 7, 90-006 Łódź"),
    ("Anna Svensson\nSveavägen 56, 4 tr\nSE-113 59 Stockholm\n", "Sveavägen 56, 4 tr\nSE-113 59 Stockholm"),
    ("the property at 12 Nguyen Hue, Ben Nghe Ward, District 1, Ho Chi Minh City needs an inspection",
     "12 Nguyen Hue, Ben Nghe Ward, District 1, Ho Chi Minh City"),
])
def test_floors_wards_prefixed_postcodes_and_places_in_any_european_script(text, address):
    assert addresses(text) == [address]


def test_an_address_ends_at_the_end_of_its_sentence():
    text = "Send it to 12 Harbor View Road, Port Elsworth 48210. The courier knows the way."
    assert addresses(text) == ["12 Harbor View Road, Port Elsworth 48210"]
