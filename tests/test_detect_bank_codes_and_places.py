"""Bank codes, coordinates, plates and travel documents: the values a user pastes with them are redacted whole.

Each test states what a user relies on: a SWIFT/BIC code, a coordinate precise enough to find a house,
a licence plate or a passport/driving-licence number reaches the wire as a placeholder; numbers that
only look similar (versions, timings, capitals in code, rounded coordinates) stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.bank_codes import find_swift_bics, is_valid_bic
from redactor.detect.base import DetectionInput
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.geo_coordinates import find_geo_coordinates
from redactor.detect.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def _kinds_covering(detector: PiiDetector, text: str, value: str) -> set[str]:
    start = text.index(value)
    end = start + len(value)
    return {span.kind for span in detector.detect(DetectionInput(text, "prose"))
            if span.start <= start and end <= span.end}


@pytest.mark.parametrize("text, value", [
    ("Beneficiary bank: Deutsche Bank, SWIFT: DEUTDEFF", "DEUTDEFF"),
    ("Please use BIC BNPAFRPPXXX for the transfer.", "BNPAFRPPXXX"),
    ('{"iban": "NL91ABNA0417164300", "bic": "ABNANL2A"}', "ABNANL2A"),
    ("Código SWIFT/BIC: CAIXESBBXXX", "CAIXESBBXXX"),
    ("swift_code: \"CHASUS33\"", "CHASUS33"),
    # no label: a checked code next to an IBAN of its country
    ("IBAN GB29NWBK60161331926819 (NWBKGB2L), please confirm the payee.", "NWBKGB2L"),
])
def test_a_swift_bic_after_its_label_or_next_to_an_iban_is_redacted(detector, text, value):
    assert "SWIFT_BIC" in _kinds_covering(detector, text, value)


def test_a_labelled_bic_that_fails_its_check_is_still_redacted_but_doubtful():
    text = "SWIFT: ZZZZQQ22"  # no such country as QQ
    assert not is_valid_bic("ZZZZQQ22")
    [(start, end, score)] = list(find_swift_bics(text))
    assert text[start:end] == "ZZZZQQ22" and score == DOUBTFUL_SCORE
    [(_, _, valid_score)] = list(find_swift_bics("SWIFT: DEUTDEFF"))
    assert valid_score > score


@pytest.mark.parametrize("text", [
    "Set TRANSFER_MODE=STREAMING and BANK_API_TIMEOUT=30 in the environment.",
    "The BENEFICIARY field of the bank form is required.",
    "Use HTTPSCONN and AUTHPROXY; LOGLEVEL must be DEBUG.",
    "IBAN DE89370400440532013000 was rejected: BENCHMARK mode.",
])
def test_capitals_that_only_look_like_a_bic_are_left_alone(text):
    assert list(find_swift_bics(text)) == []


@pytest.mark.parametrize("text, value", [
    ('{"lat": 51.507351, "lng": -0.127758}', "51.507351"),
    ('{"lat": 51.507351, "lng": -0.127758}', "-0.127758"),
    ("Driver last seen at 40.7484, -73.9857 before the crash.", "40.7484, -73.9857"),
    ("gps=-33.8688,151.2093 battery=54", "-33.8688,151.2093"),
    ("Home pin: 35.6762° N, 139.6503° E", "35.6762° N, 139.6503° E"),
    ("lat=37.774929&lon=-122.419416", "-122.419416"),
    ("| rider | latitude | longitude |\n| 88 | 19.432608 | -99.133209 |", "-99.133209"),
])
def test_coordinates_precise_to_a_house_are_redacted(detector, text, value):
    assert "GEO_COORDINATES" in _kinds_covering(detector, text, value)


@pytest.mark.parametrize("text", [
    "const DEFAULT_CENTER = { lat: 0.0, lng: 0.0 }; zoom = 12.5",
    "CPU 45.12%, mem 1.2345 GB, load avg 0.52 0.48 0.41",
    "latency p99 = 182.3341 ms, p50 = 41.0032 ms",
    "pip install numpy==1.26.4 scipy==1.11.4",
    "the city centre is around 51.5, -0.12",  # two decimals name a town, not a house
    '{"lat": 123.456789}',  # out of range for a latitude
])
def test_numbers_that_are_no_precise_place_are_left_alone(text):
    assert list(find_geo_coordinates(text)) == []


@pytest.mark.parametrize("text, value", [
    ("Vehicle reg: AB12 CDE, parked in bay 14.", "AB12 CDE"),
    ("Customer's car (licence plate KA 05 MN 4521) was towed.", "KA 05 MN 4521"),
    ("Kennzeichen: M-AB 1234, Halter unbekannt", "M-AB 1234"),
    ("Matrícula 1234 BCD, Seat León gris.", "1234 BCD"),
    ("La plaque d'immatriculation AB-123-CD a été flashée.", "AB-123-CD"),
    ("the driver's number plate was GX19 KLM per the dashcam", "GX19 KLM"),
])
def test_a_licence_plate_after_its_label_is_redacted(detector, text, value):
    assert "LICENSE_PLATE" in _kinds_covering(detector, text, value)


def test_a_plate_word_before_a_plain_number_is_no_licence_plate(detector):
    text = "Registration opens at 09:00; plate 3 of the figure shows the result."
    assert not any(span.kind == "LICENSE_PLATE" for span in detector.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, value", [
    ("Numéro de passeport : 18AV52637", "18AV52637"),
    ("Reisepassnummer C01X00T47 liegt vor.", "C01X00T47"),
    ("número de pasaporte PAA123456 (España)", "PAA123456"),
    ("numero di passaporto: YA1234567", "YA1234567"),
    ("Führerscheinnummer: B072RRE2I55", "B072RRE2I55"),
    ("permis de conduire n° 12AA34567", "12AA34567"),
    ("licencia de conducir: B-12345678", "B-12345678"),
])
def test_passport_and_driving_licence_numbers_after_labels_in_other_languages_are_redacted(detector, text, value):
    assert _kinds_covering(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Payee: J. Ortega\nAccount #: 483920117\nRouting #: 021000021", "021000021"),
    ("Transit 12345 institution 003 account 1234567", "003"),
    ("routing_number,account_number,name\n011000015,5550001234,K. Lee", "011000015"),
    ("Kontonummer: 0532013000, BLZ 37040044", "37040044"),
    ("customer,vat_id,total\nAcme BV,NL004495445B01,1200.00", "NL004495445B01"),
])
def test_bank_routing_codes_and_tax_ids_after_labels_or_under_headers_are_redacted(detector, text, value):
    assert _kinds_covering(detector, text, value)


def test_an_email_to_an_address_literal_is_redacted_whole(detector):
    text = "Reply to j.smith@[192.168.1.20] once the relay is up."
    assert "EMAIL" in _kinds_covering(detector, text, "j.smith@[192.168.1.20]")


@pytest.mark.parametrize("text, value", [
    ("Customer: A. Mensah, House 14, Ring Road East, Accra", "House 14, Ring Road East, Accra"),
    ("〒150-0002 東京都渋谷区渋谷2-21-1", "150-0002 東京都渋谷区渋谷2-21-1"),
    ("Ship to:\nPriya Nair\n12/4, 2nd Cross, Indiranagar\nBengaluru 560038",
     "12/4, 2nd Cross, Indiranagar\nBengaluru 560038"),
])
def test_addresses_with_a_house_word_a_japanese_postcode_or_a_recipient_line_are_redacted_whole(detector, text,
                                                                                               value):
    assert "STREET_ADDRESS" in _kinds_covering(detector, text, value)


def test_a_recipient_line_stays_out_of_the_address_and_a_closing_line_is_not_absorbed(detector):
    text = "Ship to:\nPriya Nair\n12 Rosewood, Ballincollig, Co. Cork\nThanks, see you 2 May"
    addresses = [text[s.start:s.end] for s in detector.detect(DetectionInput(text, "prose"))
                 if s.kind == "STREET_ADDRESS"]
    assert addresses == ["12 Rosewood, Ballincollig, Co. Cork"]


def test_an_address_does_not_run_on_into_the_next_labelled_field(detector):
    text = "Ship to:\n17 Birch Avenue, Bristol BS7 8AA\nPhone: +44 117 496 0123"
    addresses = [text[s.start:s.end] for s in detector.detect(DetectionInput(text, "prose"))
                 if s.kind == "STREET_ADDRESS"]
    assert addresses == ["17 Birch Avenue, Bristol BS7 8AA"]


@pytest.mark.parametrize("text, value", [
    ("Urodzony: 12.03.1976", "12.03.1976"),
    ("Fødselsdato: 02.11.1990", "02.11.1990"),
    ("生年月日：1985年4月12日", "1985年4月12日"),
    ("Doğum tarihi: 15.08.1992", "15.08.1992"),
    ("data urodzenia 1 stycznia 1970", "1 stycznia 1970"),
    ("дата рождения 04.05.1961", "04.05.1961"),
])
def test_birth_dates_after_birth_words_of_more_languages_are_redacted(detector, text, value):
    assert "DATE_OF_BIRTH" in _kinds_covering(detector, text, value)


def test_an_address_does_not_take_the_next_fields_label_as_its_city(detector):
    text = "Address Line 1: Unit 7, Riverside Business Park\nAddress Line 2: Wandsworth\nPostcode: SW18 4UQ"
    found = {text[s.start:s.end] for s in detector.detect(DetectionInput(text, "prose")) if s.kind == "STREET_ADDRESS"}
    assert found == {"Unit 7, Riverside Business Park", "Wandsworth", "SW18 4UQ"}


@pytest.mark.parametrize("text, value, sure", [
    ("NRIC S1234567D was rejected at the counter", "S1234567D", True),
    ("the form shows S1234567D under the photo", "S1234567D", False),
    ("SIN: 046 454 286", "046 454 286", False),  # a cue word, a failed check: still redacted, doubtful
    ("my social insurance number is 130 692 544", "130 692 544", True),
    ("130 692 544 is on the letter", "130 692 544", False),
])
def test_unlabelled_nric_and_sin_layouts_are_redacted_and_a_cue_makes_them_sure(text, value, sure):
    from redactor.detect.national_ids import find_national_ids
    [found] = [m for m in find_national_ids(text) if text[m.start:m.end] == value]
    assert (found.score >= 0.85) == sure and found.score >= DOUBTFUL_SCORE


@pytest.mark.parametrize("text, value", [
    ("Invoice to Brightline GmbH DE136695976, due in 30 days", "DE136695976"),
    ("supplier GB980780684 (UK)", "GB980780684"),
    ("Acme BV NL004495445B01", "NL004495445B01"),
])
def test_a_vat_number_that_passes_its_countrys_check_is_redacted_without_a_label(detector, text, value):
    assert "TAX_ID" in _kinds_covering(detector, text, value)


def test_a_vat_shaped_reference_that_fails_the_check_and_has_no_label_is_left_alone(detector):
    text = "see ref DE123456789 in the changelog"
    assert not any(span.kind == "TAX_ID" for span in detector.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, value", [
    ("the parcel went to 12 Rosewood Close, Ballincollig, Co. Cork, P31 X2Y4 instead.",
     "12 Rosewood Close, Ballincollig, Co. Cork, P31 X2Y4"),
])
def test_an_irish_county_and_eircode_belong_to_the_address(detector, text, value):
    assert "STREET_ADDRESS" in _kinds_covering(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("ERROR claim lookup failed claimant_id=CL0093321 reason=timeout", "CL0093321"),
    ("Kundennummer 100-44-918, Vertragsnummer V-2023-08812", "V-2023-08812"),
])
def test_ids_under_claimant_keys_and_german_contract_labels_are_redacted(detector, text, value):
    assert _kinds_covering(detector, text, value)
