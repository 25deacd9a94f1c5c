"""Personal identifiers with no label of their own: what stands around them says whose they are.

Each test states what a user relies on: on the wire (score >= WIRE_MIN_SCORE) the value becomes a placeholder
whole; a value only its neighbourhood makes personal is doubtful (below the audit threshold) unless a check
passes; the numbers and codes developer traffic uses for its own things stay as they are.
"""
from __future__ import annotations

import pytest

from redactor.detect.bank_codes import find_unlabelled_bank_numbers
from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, DOUBTFUL_SCORE, WIRE_MIN_SCORE
from redactor.detect.national_ids import find_national_ids
from redactor.detect.personal_records import name_just_before
from redactor.detect.pii import PiiDetector
from redactor.detect.record_ids import find_dealing_codes


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def _wire_findings(detector: PiiDetector, text: str, value: str) -> list[tuple[str, float]]:
    """(kind, score) of every wire-level finding that covers all of `value` (its first occurrence)."""
    start = text.index(value)
    end = start + len(value)
    return [(span.kind, span.score) for span in detector.detect(DetectionInput(text, "prose"))
            if span.start <= start and end <= span.end and span.score >= WIRE_MIN_SCORE]


# --- codes of a person's dealings, in prose ----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Hi, your order FR-2291-77430 has been dispatched.", "FR-2291-77430"),
    ("Please refill prescription RX7718042 for my mother.", "RX7718042"),
    ("Booking ref XK7QP2 — can we move the flight?", "XK7QP2"),
    ("Ihr Vertrag VN 4471-8812-03 endet zum 31.12.", "VN 4471-8812-03"),
    ("Votre commande n° CMD-771204 a été expédiée.", "CMD-771204"),
    ("Agent: can you confirm the PNR? User: it's QZ8K4M, flying Friday.", "QZ8K4M"),
    ('{"message": "Order W88120349 left the warehouse"}', "W88120349"),
])
def test_a_code_after_a_word_for_an_order_claim_booking_or_contract_is_redacted_as_doubtful(detector, text, value):
    assert ("ID_NUMBER", DOUBTFUL_SCORE) in _wire_findings(detector, text, value)
    assert all(score < AUDIT_MIN_SCORE for kind, score in _wire_findings(detector, text, value) if kind == "ID_NUMBER")


@pytest.mark.parametrize("text", [
    "2024-05-01T09:12:44Z INFO order-service processed order_id=8812 in 41ms",
    "The order total was $1,204.50 for 3 items (SKU ABC-12345).",
    "Our contract with the vendor runs until 2027; the order queue holds 12000 messages.",
    "INC0012345 was closed; the claim CVE-2021-44228 is patched in 2.17.1.",
    "the policy engine evaluates 12000 rules in 3 ms",
    "return 404, 'case 12 of 20 failed'",
])
def test_program_keys_totals_versions_and_counts_after_dealing_words_are_no_codes(text):
    found = [text[start:end] for start, end, _ in find_dealing_codes(text)]
    assert found == []


# --- national ids and birth dates right after a person's name --------------------------------------------------

@pytest.mark.parametrize("before, expected", [
    ("Aisha Khan — ", True), ("Maria Santos (", True), ("Mia (", True), ("('Leo Rossi', '", True),
    ('{"traveller": "Yuki Tanaka", "date": "', True), ("Thanks David Okafor, we have ", True),
    ("Jane Roe, 34, ", True), ("Carla Ruiz (44 yo) ", True), ("Jane Roe 2 ", False),
    ("Maria reviewed PR 1182 and left 14 comments on ", False), ("John Smith wrote the parser in ", False),
    ("Mia ", False), ("Anna Schmidt, Tel. ", False), ("Released v2 on ", False),
])
def test_a_name_just_before_a_value_is_a_first_name_and_surname_then_only_separators(before, expected):
    assert name_just_before(before + "1", len(before)) is expected


@pytest.mark.parametrize("text, value, score", [
    ("Lucía Fernández 48291734Z — alta en nómina", "48291734Z", 0.7),  # a valid DNI
    ("Mette Hansen (2110625629) flyttede til Aarhus", "2110625629", 0.7),  # a valid CPR
    ("Jan Kowalski, 92041205816, ul. Długa 5", "92041205816", DOUBTFUL_SCORE),
    ("Kim Ji-woo 900101-1234567 가입", "900101-1234567", DOUBTFUL_SCORE),  # the RRN check fails: still redacted
])
def test_an_id_shaped_number_right_after_a_persons_name_is_a_national_id(text, value, score):
    found = {(text[m.start:m.end], m.score) for m in find_national_ids(text)}
    assert (value, score) in found


@pytest.mark.parametrize("text", [
    "Ticket 2110625629 was merged by the bot",
    "Anna Schmidt, Tel. 0301234567",
    "Build 1717171717171 finished",
])
def test_a_bare_digit_run_without_a_name_before_it_or_after_a_phone_word_is_no_national_id(text):
    assert list(find_national_ids(text)) == []


@pytest.mark.parametrize("text, value", [
    # (under a "birthdays" heading the list says so itself: 0.6, test_detect_identifier_cues.py)
    ("Team:\nAisha Khan — 1984-03-02\nBen Carter — 1979-11-23", "1979-11-23"),
    ("Passengers: Maria Santos (12/03/1979), Joao Santos (04/07/2009)", "12/03/1979"),
    ("INSERT INTO kids VALUES ('Leo Rossi', '2010-04-18', 'class 3B');", "2010-04-18"),
    ("policy holders\nWilliam Turner  Feb 3, 1962", "Feb 3, 1962"),
])
def test_a_birth_year_date_right_after_a_persons_name_is_a_doubtful_birth_date(detector, text, value):
    assert ("DATE_OF_BIRTH", DOUBTFUL_SCORE) in _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", [
    "Anna Schmidt opened PR 4412 and Jonas Weber approved it on 2004-03-02.",
    "Maria Lopez joined 2009-06-01 as the first engineer",
    "Olga Ivanova 2009-06-01 10:15 pushed to main",
    "Maria Lopez — 2024-03-02",  # too recent to be an adult's birth date
])
def test_dates_of_events_after_names_are_no_birth_dates(detector, text):
    assert not any(span.kind == "DATE_OF_BIRTH" for span in detector.detect(DetectionInput(text, "prose")))


# --- bank numbers without a label --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, values, score", [
    ("Direct deposit: Bank of America 121000358 3345890012 checking", ["121000358", "3345890012"], 0.7),
    ("He sent 021000021 9912004471 in the chat.\nHe wants the refund today.", ["021000021", "9912004471"],
     DOUBTFUL_SCORE),
    ("Pay to: Barclays 20-00-00 55779911 (Mrs J Patel)", ["20-00-00", "55779911"], 0.6),
    ("employee,bank,routing,account\nR. Gomez,Wells Fargo,121042882,7730019921", ["121042882", "7730019921"], 0.7),
])
def test_a_valid_routing_number_beside_a_bank_word_or_an_account_and_a_sort_code_with_an_account_are_redacted(
        text, values, score):
    assert [(text[start:end], found) for start, end, found in find_unlabelled_bank_numbers(text)] == [
        (value, score) for value in values]


@pytest.mark.parametrize("text", [
    "Build 121000358 passed",  # a valid routing number alone, with no bank word and no account beside it
    "He sent 021000021 9912004471 in the chat.",  # two numbers side by side in a text that never speaks of money
    "processed 123456789 events 2024-01-02",  # no valid routing check
    "started 12-05-24 at 10:00",
])
def test_nine_digit_counters_and_dates_are_no_bank_numbers(text):
    assert list(find_unlabelled_bank_numbers(text)) == []


@pytest.mark.parametrize("text, value", [
    ("Kontoinhaber Jens Vogel, Kto 0532013000, BLZ 37040044", "0532013000"),
    ("the refund goes to acct ending 4471 at Wells Fargo", "4471"),
])
def test_abbreviated_account_labels_and_masked_tails_without_in_are_redacted(detector, text, value):
    assert _wire_findings(detector, text, value)


# --- licence plates ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("the car reg is LR68 XYZ, blue Ford Focus", "LR68 XYZ"),
    ("véhicule immatriculé AB-123-CD, sinistre déclaré", "AB-123-CD"),
    ("rekisterinumero ABC-123, Volvo V70", "ABC-123"),
    ("make,model,registration\nVW,Golf,WD21 KTP\nSkoda,Octavia,YB70 RRE", "YB70 RRE"),
])
def test_plates_after_vehicle_words_and_under_a_vehicle_tables_plate_column_are_redacted(detector, text, value):
    assert ("LICENSE_PLATE", 0.75) in _wire_findings(detector, text, value) or (
        "LICENSE_PLATE", 0.7) in _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", [
    "name,registration,status\nfoo,R2D2,open",  # no vehicle in the header
    "the card reg key HKLM is 30000",
    "region us-east-1, registered 2024",
])
def test_registration_columns_outside_vehicle_tables_and_card_words_give_no_plates(detector, text):
    assert not any(span.kind == "LICENSE_PLATE" for span in detector.detect(DetectionInput(text, "prose")))


# --- fields numbered, not named: HL7 v2 ----------------------------------------------------------------------------

def test_the_personal_fields_of_an_hl7_pid_segment_are_read_by_their_position():
    from redactor.detect.pii_fields import find_field_values
    text = ("MSH|^~\\&|EPIC|HOSP|||202401011200||ADT^A01|123|P|2.5\r"
            "PID|1||448812^^^HOSP^MR~99812^^^SSA^SS||DOE^JOHN^A||19800101|M|||12 MAIN ST^^BOSTON^MA^02115||"
            "(617)555-0101|||||ACC4471|123-45-6789\rPV1|1|I")
    found = {(value.kind, text[value.start:value.end]) for value in find_field_values(text)}
    assert {("ID_NUMBER", "448812"), ("ID_NUMBER", "99812"), ("DATE_OF_BIRTH", "19800101"),
            ("STREET_ADDRESS", "12 MAIN ST^^BOSTON^MA^02115"), ("PHONE", "(617)555-0101"), ("ID_NUMBER", "ACC4471"),
            ("SSN", "123-45-6789")} <= found
    assert not any(kind for kind, value in found if value in ("202401011200", "ADT^A01", "EPIC", "M", "1"))
    # The name is the person detector's (people_in_records.py), in segments ended by a carriage return as HL7 sends them.
    from redactor.detect.people_in_records import people_in_records
    assert "DOE^JOHN^A" in {text[span.start:span.end] for span in people_in_records(text, "ner")}


@pytest.mark.parametrize("text, value", [
    ("Reg. no. AB 12345", "AB 12345"),
    ("Nummernschild: M-XY 1234", "M-XY 1234"),
    ("license tag: 7KLM204 (Texas)", "7KLM204"),
    ("Medicare: 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("ACH: RTN 021000021 DDA 4471002231", "4471002231"),
])
def test_short_and_foreign_labels_of_plates_medicare_numbers_and_demand_deposit_accounts_are_read(
        detector, text, value):
    assert _wire_findings(detector, text, value)


@pytest.mark.parametrize("text, value, kind", [
    ("Aisha Khan,London,1984-03-02,Engineer", "1984-03-02", "DATE_OF_BIRTH"),
    ("| Sara Lind | Sales | 850713-2384 |", "850713-2384", "NATIONAL_ID"),
])
def test_a_headerless_table_row_with_a_name_cell_makes_its_birth_date_and_id_that_persons(detector, text, value, kind):
    assert (kind, DOUBTFUL_SCORE) in _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", ["release,2024-03-02,notes,Alice Chen", "a,b,c\n1,2,1999-01-01",
                                  "Sales,Berlin,1999-01-01,Q3"])
def test_rows_without_a_name_cell_or_with_recent_dates_give_no_birth_date(detector, text):
    # (since round 12 any adult's full date is a doubtful birth date on the wire: find_old_full_dates; never confident)
    assert not any(span.kind == "DATE_OF_BIRTH" and span.score >= 0.6
                   for span in detector.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, value", [
    ("my Chase checking 483920117 was debited twice", "483920117"),
    ("Savings account 0099812231", "0099812231"),
    ("Rohan Mehta (emp 448120)", "448120"),
])
def test_account_type_words_after_a_bank_or_owner_and_emp_before_a_number_label_it(detector, text, value):
    assert _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", ["checking 1234567 rows", "Checking 3 items", "savings rate 4.5% since 2024",
                                  "the emp table has 448120 rows"])
def test_checking_as_a_verb_and_emp_as_a_table_name_label_nothing(detector, text):
    assert not any(span.kind == "ID_NUMBER" for span in detector.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, value", [
    ("vehicle:\n  make: Ford\n  model: Focus\n  reg: WD21 KTP", "WD21 KTP"),
    ('{"car": {"colour": "red", "registration": "LR68 XYZ"}}', "LR68 XYZ"),
])
def test_a_bare_registration_key_in_a_record_about_a_vehicle_holds_a_plate(detector, text, value):
    assert ("LICENSE_PLATE", 0.75) in _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", ["registration: OPEN2024", "reg = R2D2 in the region",
                                  'user:\n  name: x\n  registration: AB12CD'])
def test_a_bare_registration_key_outside_a_vehicle_record_holds_no_plate(detector, text):
    assert not any(span.kind == "LICENSE_PLATE" for span in detector.detect(DetectionInput(text, "prose")))


@pytest.mark.parametrize("text, value", [
    ('{"unit": 7, "vehicle": "GD 5512 XR", "driver_id": 12}', "GD 5512 XR"),
    ("she says her car FT19 NWE was clamped outside the office", "FT19 NWE"),
    ("the truck (reg WN68 PLK) missed its slot", "WN68 PLK"),
])
def test_a_plate_shaped_value_right_after_a_vehicle_word_is_a_plate(detector, text, value):
    assert ("LICENSE_PLATE", 0.75) in _wire_findings(detector, text, value)


@pytest.mark.parametrize("text", ["vehicle ID 4471 in the fleet", "the car API v2 is deprecated", "car A4 is blue",
                                  "taxi 42 arrived"])
def test_ids_versions_and_short_codes_after_a_vehicle_word_are_no_plates(detector, text):
    assert not any(span.kind == "LICENSE_PLATE" for span in detector.detect(DetectionInput(text, "prose")))
