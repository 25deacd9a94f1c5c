"""Postal addresses beyond the US: European street forms, UK postcodes, address cue words."""
import pytest

from redactor.detect.addresses import find_street_addresses
from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector

PII = PiiDetector()


def addresses(text: str) -> list[str]:
    return [text[start:end] for start, end in find_street_addresses(text)]


@pytest.mark.parametrize(
    "address",
    [
        # German and Austrian: compound street names, 5-digit postcode before the city.
        "Lindenstraße 14, 10969 Berlin",
        "Hauptstr. 5, 80331 München",
        "Kölner Straße 112a, 40227 Düsseldorf",
        "Am-Park-Weg 3/2, 01067 Dresden",
        "Schönbrunner Allee 21",
        # Dutch: 4 digits and 2 letters.
        "Prinsengracht 263, 1016 GV Amsterdam",
        "Stationsplein 8, 3511ED, Utrecht",
        "Kerkstraat 12",
        # French and Belgian: the number first, the street type in lower case.
        "12, rue de la Paix, 75002 Paris",
        "8 avenue des Champs-Élysées, 75008 Paris",
        "3 bis, chemin du Moulin, 84000 Avignon",
        # Spanish: type, name, number, then province and postcode in either order.
        "Calle de Alcalá 48, 28014 Madrid",
        "Avenida Diagonal 640 Piso 3, Barcelona, 08017",
        "Paseo de Gracia 21",
        # Italian: the number after a comma, province in brackets.
        "Via Giuseppe Garibaldi, 7, 10122 Torino (TO)",
        "Piazza Navona 45, 00186 Roma",
        "Viale Monza 12 Interno 4, 20125 Milano",
        # Portuguese.
        "Rua Augusta 274, 1100-053 Lisboa",
        # UK: parts before the postcode.
        "Flat 2, 14 Upper Grove, Leeds, LS6 2QF",
        "221B Baker Street, London NW1 6XE",
        "Rosebank Cottage, Mill Lane, Kendal, LA9 4QT",
    ],
)
def test_finds_european_and_uk_addresses_whole(address):
    assert addresses(f"Please send it to {address}. Thanks") == [address]


@pytest.mark.parametrize(
    "text, address",
    [
        ("She lives at Dorpsweg 4, 1234 AB Ergens.", "Dorpsweg 4, 1234 AB Ergens"),
        ("Anschrift: Ringstraße 7, 12345 Musterstadt", "Ringstraße 7, 12345 Musterstadt"),
        ("Home address: Quinta do Lago 12, 8135-024 Almancil", "Quinta do Lago 12, 8135-024 Almancil"),
        ("Ship to Unit 4 Harbour Point, Poole, BH15 1HR please", "Unit 4 Harbour Point, Poole, BH15 1HR"),
        ("dirección: Plaza Mayor 1, 37002 Salamanca", "Plaza Mayor 1, 37002 Salamanca"),
    ],
)
def test_address_cue_words_mark_what_follows(text, address):
    assert addresses(text) == [address]


def test_ambiguous_street_words_need_a_postcode_or_a_cue():
    # "Ring", "Park", "Place", "Via" end or are ordinary English words.
    assert addresses("Spring 2024 planning and String 5 tests") == []
    assert addresses("Via Slack 3 people replied, Place 2 chairs") == []
    assert addresses("Meet at Marktring 4, 10115 Berlin") == ["Marktring 4, 10115 Berlin"]
    assert addresses("Via Roma 2, 00184 Roma") == ["Via Roma 2, 00184 Roma"]


@pytest.mark.parametrize(
    "text",
    [
        "We upgraded to Python 3.12 and Windows 11 on 2024-05-01.",
        "Error 404 at line 12, column 7",
        "arrived at 10 AM Monday and moved to 3 new servers",
        "IP address 10.0.0.1 was blocked; address = 0x7ffd",
        "The Calle function returns 3 values",  # no name after the type word
        "Version 2, 1996 GPL",
        "Notepad 3 and Spark 3 jobs",
        "London W1 is busy",  # an outward code alone is not a postcode
    ],
)
def test_no_address_in_versions_counts_and_code(text):
    assert addresses(text) == []


def test_address_stops_before_the_next_sentence_or_words():
    text = "I moved to Lindenstraße 14, 10969 Berlin last month but the bills did not follow."
    assert addresses(text) == ["Lindenstraße 14, 10969 Berlin"]


def test_pii_detector_reports_street_address_kind():
    text = "Send the card to Piazza Navona 45, 00186 Roma"
    spans = PII.detect(DetectionInput(text))
    assert [(text[s.start:s.end], s.kind, s.category) for s in spans] == [
        ("Piazza Navona 45, 00186 Roma", "STREET_ADDRESS", "pii")]


@pytest.mark.parametrize(
    "address",
    [
        "Level 5, 100 George St, Sydney NSW 2000",
        "Unit 3/45 Smith Street, Fitzroy VIC 3065",
        "1234 Rue Sainte-Catherine O, Montréal, QC H3G 1P4",
        "456 Queen St W, Toronto, ON M5V 2A9",
        "1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351",
        "GPO Box 1234, Sydney NSW 2001",
        "RR 2 Box 152, Millville, PA 17846",
    ],
)
def test_australian_canadian_and_rural_addresses_whole_with_units_before_the_street(address):
    assert addresses(f"Ship to: {address}\n") == [address]


@pytest.mark.parametrize("text,address", [
    ("the parcel went to 14 rue des lilas, 69003 lyon instead", "14 rue des lilas, 69003 lyon"),
    ("please send it to 221 n 5th st, brooklyn ny 11211 thx", "221 n 5th st, brooklyn ny 11211"),
    ("customer is at 9 oak lane, portland, or 97205 now", "9 oak lane, portland, or 97205"),
    ('ship_to = "55 King Street West, Toronto, ON M5K 1A2, Canada"', "55 King Street West, Toronto, ON M5K 1A2, Canada"),
])
def test_lower_case_and_one_line_addresses_are_covered_whole(text, address):
    start = text.index(address)
    assert any(s <= start and start + len(address) <= e for s, e in find_street_addresses(text))


@pytest.mark.parametrize("text", ["the 2 of us drive home", "we have 3 main st locations", "run 2 parallel jobs"])
def test_lower_case_numbers_before_street_words_without_the_rest_of_an_address_are_no_address(text):
    assert find_street_addresses(text) == []


@pytest.mark.parametrize("text,address", [
    (r"Name: Tom Hale\nAddress: 17 Willow Way\nDenver, CO 80203", r"17 Willow Way\nDenver, CO 80203"),
    ("found 1 row: (Priya Nair, '9 Lakeview Rd', 'Pune', '411001')", "9 Lakeview Rd', 'Pune', '411001"),
])
def test_an_address_split_over_escaped_lines_or_quoted_values_is_covered_whole(text, address):
    start = text.index(address)
    assert any(s <= start and start + len(address) <= e for s, e in find_street_addresses(text))


# --- typed in lower case, without a street word ----------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("postcode on the form was sw1a 1aa, which looks like a joke", "sw1a 1aa"),
    ("delivery failed, customer address is flat 2, 17 kingsway, london wc2b 6th", "flat 2, 17 kingsway, london wc2b 6th"),
    ("ship-to: 45 kingfisher way, leeds, ls6 3qn", "45 kingfisher way, leeds, ls6 3qn"),
    ("the office is in bristol bs8 2qt now", "bristol bs8 2qt"),
])
def test_uk_postcodes_typed_in_lower_case_are_addresses_with_the_parts_before_them(text, address):
    assert addresses(text) == [address]


@pytest.mark.parametrize("text", ["upgrade to v2 3ms faster", "the a4 3pl sheet", "qq1 2ab is no area"])
def test_lower_case_lookalikes_outside_royal_mail_areas_or_inward_letters_are_no_postcodes(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text, address", [
    ("Send the replacement to 12 Rosewood, Ballincollig, Co. Cork, P31 X2Y4.",
     "12 Rosewood, Ballincollig, Co. Cork, P31 X2Y4"),
    ("Deliver to Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
     "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"),
    ("old address Block 112, Ang Mo Kio Avenue 4, #08-221, Singapore 560112",
     "Block 112, Ang Mo Kio Avenue 4, #08-221, Singapore 560112"),
])
def test_comma_separated_addresses_after_a_cue_need_no_street_word(text, address):
    assert addresses(text) == [address]


def test_counts_after_a_cue_word_are_no_address():
    assert addresses("we moved to 3 new servers, 2 racks, 1 switch") == []
    assert addresses("send it to Alice, Bob, and 3 Others") == []


@pytest.mark.parametrize("address", [
    "Mannerheimintie 12 B 5, 00100 Helsinki",
    "Drottninggatan 45, 111 21 Stockholm",
    "Karl Johans gate 22, 0159 Oslo",
    "Andrássy út 60, 1062 Budapest",
    "Vesterbrogade 10, 1620 København V",
    "No. 88, Jalan Ampang, 50450 Kuala Lumpur",
    "Flat 3B, 22 Marine Drive, Mumbai 400020",
    "Rua das Flores 250, apto 32, Curitiba - PR, 80010-000",
    "北京市朝阳区建国路88号",
    "東京都港区芝公園4-2-8",
    "서울특별시 강남구 테헤란로 152",
])
def test_a_name_and_number_before_a_postcode_and_city_and_cjk_addresses_are_addresses(address):
    assert addresses(f"Hi, {address}") == [address]


@pytest.mark.parametrize("text", ["Python 3, 2024 Edition", "see Table 4, 2021 Report", "Sprint 42, 2024 Planning",
                                  "Windows 11, 2023 Update"])
def test_a_word_and_number_before_a_year_and_a_title_is_no_address(text):
    assert addresses(text) == []


def test_a_comma_after_the_house_number_still_makes_a_street_but_a_year_does_not():
    assert addresses("Office: 12, MG Road, Bengaluru 560001") == ["12, MG Road, Bengaluru 560001"]
    assert addresses("released in 2024, Park Avenue") == []


def _covering(text: str, value: str) -> bool:
    start = text.index(value)
    return any(begin <= start and start + len(value) <= end for begin, end in find_street_addresses(text))


@pytest.mark.parametrize("text,address", [
    ("המשלוח יגיע לרחוב הרצל 42, חיפה מחר בבוקר.", "רחוב הרצל 42, חיפה"),
    ("כתובת: שדרות רוטשילד 15, תל אביב\nטלפון: 03-555-1234", "שדרות רוטשילד 15, תל אביב"),
    ("الرجاء الشحن إلى العنوان: شارع التحلية 18، جدة 23431 هاتف 0501112233", "شارع التحلية 18، جدة 23431"),
    ("ग्राहक का पता: फ्लैट 7, गली 3, लाजपत नगर, दिल्ली 110024। कृपया जल्दी भेजें", "फ्लैट 7, गली 3, लाजपत नगर, दिल्ली 110024"),
    ("ส่งของไปที่อยู่ 88/4 ถนนนิมมานเหมินท์ ตำบลสุเทพ เชียงใหม่ 50200 โทร 053 111 222", "88/4 ถนนนิมมานเหมินท์ ตำบลสุเทพ เชียงใหม่ 50200"),
    ("Получатель: Иванов И., адрес: г. Самара, ул. Ленина, д. 4, кв. 18; тел. 8 846 000 11 22", "г. Самара, ул. Ленина, д. 4, кв. 18"),
    ("Στείλτε το στην οδός Πανεπιστημίου 33, 106 79 Αθήνα. Ευχαριστώ", "οδός Πανεπιστημίου 33, 106 79 Αθήνα"),
    ('{"note": "адрес: ул. Пушкина, д. 10", "id": 7}', "ул. Пушкина, д. 10"),
])
def test_addresses_in_scripts_without_capitals_run_from_their_address_or_street_word_to_the_clause_end(text, address):
    assert _covering(text, address)
    assert all(end - start < len(address) + 40 for start, end in find_street_addresses(text))


@pytest.mark.parametrize("text", [
    "адресат письма не указан, код 404",   # a longer word, not the address label
    "адресный справочник, том 2",
    "כתובת האתר שלנו השתנתה",              # an address word without a number: no address
])
def test_address_words_of_other_scripts_without_a_number_or_as_part_of_a_word_are_no_address(text):
    assert find_street_addresses(text) == []


@pytest.mark.parametrize("text,address", [
    ("10/14 POS DEBIT 2231 S HALSTED ST CHICAGO IL   -42.17", "2231 S HALSTED ST"),
    ("DELIVER TO: 88 HARBOR VIEW DR, SAN DIEGO CA 92101", "88 HARBOR VIEW DR"),
])
def test_streets_written_in_capitals_with_abbreviated_types_are_addresses(text, address):
    assert _covering(text, address)
