"""Round 9's identifier mechanisms (issue 12): program ids of people, ids beside a person in table rows, national-id
keys and dotted ids, a form's label with its value on the next line, compact month dates and keyed lists under a
birth cue, plates without a label, GSTINs. Each rule has negatives and, where it loops over lines or spans, a
linear-growth check."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput, Span
from redactor.detect.birth_date_layouts import find_birth_dates_in_keyed_lists
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.ids_of_people import ids_of_people
from redactor.detect.pii import _DATE, PiiDetector
from redactor.detect.pii_fields import find_field_values
from redactor.detect.record_ids import find_prefixed_person_ids
from redactor.detect.vehicle_plates import find_unlabelled_plates
from redactor.policy import load_policy
from tests.detection_support import covered
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def kinds(pii: PiiDetector, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in pii.detect(DetectionInput(text, "prose")) if s.kind == kind]


# --- program ids of people ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2025-03-14 10:07:55 INFO user usr_48213 upgraded plan to pro", "usr_48213"),
    ("webhook customer.subscription.deleted for cus_Q8f3LmZp2XkR1a", "cus_Q8f3LmZp2XkR1a"),
    ("GET /api/customers/cus_NffrFeUfNV2Hib/charges 200", "cus_NffrFeUfNV2Hib"),
    ("patient pt_88231 missing from export", "pt_88231"),
    ('{"member": "mbr_778120", "plan": "gold"}', "mbr_778120"),
    ("payroll synced emp20451 at 09:00", "emp20451"),
])
def test_a_person_prefix_before_a_generated_tail_is_an_id(text: str, value: str) -> None:
    found = [text[start:end] for start, end, _ in find_prefixed_person_ids(text)]
    assert found == [value]


@pytest.mark.parametrize("text", [
    "user_id=5 emp_name='x' customer_segment2024 app_v2 user_2fa vol_3",
    "pt1000 Employee2024 x.user_12345 cus_0001",
])
def test_names_of_a_program_and_seed_sequences_are_no_person_ids(text: str) -> None:
    assert list(find_prefixed_person_ids(text)) == []


def test_program_ids_of_people_are_doubtful() -> None:
    scores = {score for _, _, score in find_prefixed_person_ids("merge usr_48213 into usr_48977")}
    assert scores and all(WIRE_MIN_SCORE <= score < AUDIT_MIN_SCORE for score in scores)


# --- ids beside a person ------------------------------------------------------------------------------------------------
def _person(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), "PERSON", "pii", 0.85, "ner")


def test_an_id_cell_in_a_row_with_a_person_is_theirs() -> None:
    text = "E4471,Maria Lopez,Finance\nE4472,Tom Reed,Ops"
    added = ids_of_people(text, [_person(text, "Maria Lopez"), _person(text, "Tom Reed")])
    assert [text[s.start:s.end] for s in added] == ["E4471", "E4472"]
    assert all(s.score < AUDIT_MIN_SCORE for s in added)


def test_a_quantity_or_a_things_column_is_no_persons_id() -> None:
    text = "ticket,name,salary,year\n7781,Maria Lopez,52000,1985\n7782,Tom Reed,48000,1990"
    assert ids_of_people(text, [_person(text, "Maria Lopez"), _person(text, "Tom Reed")]) == []


def test_hl7_segments_and_compact_dates_stay() -> None:
    text = "IN1|1|PLAN01|INS77|ACME HEALTH||||MBEKI^THANDO|SEL|19850302|45 RISSIK ST"
    assert ids_of_people(text, [_person(text, "MBEKI^THANDO")]) == []


def test_a_code_after_a_name_with_a_hash_or_four_digits_and_a_letter() -> None:
    text = "Maria Lopez #20214471 called; Tom Reed, E4471, moved"
    added = ids_of_people(text, [_person(text, "Maria Lopez"), _person(text, "Tom Reed")])
    assert [text[s.start:s.end] for s in added] == ["20214471", "E4471"]


def test_rows_of_a_tall_table_are_read_in_linear_time() -> None:
    def work(rows: int):
        text = "id,name,dept\n" + "".join(f"E{4000 + i},Maria Lopez,Finance\n" for i in range(rows))
        people = [Span(m, m + 11, "PERSON", "pii", 0.85, "ner") for m in range(len(text)) if text.startswith("Maria", m)]
        return lambda: ids_of_people(text, people)
    assert_linear_growth(work, 4000)


# --- national ids under more keys, dotted ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ('{"dni": "12.345.678", "nombre": "Lucía"}', "12.345.678"),
    ('{"ahv": "756.1234.5678.97"}', "756.1234.5678.97"),
    ('{"cedula": "1.023.456.789"}', "1.023.456.789"),
    ('{"nik": "3174012501900003"}', "3174012501900003"),
    ('{"ssn_last4": "6789"}', "6789"),
    ('{"jmbg": "0101990710006"}', "0101990710006"),
])
def test_national_id_keys_of_more_countries(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered(engine, text, value)


def test_a_dependency_version_under_a_passport_key_stays() -> None:
    assert [v for v in find_field_values('{"passport": "^0.7.0", "identity": "1.2.3"}')] == []


# --- a form's label, its value below -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Tax ID\n123-456-789\nDate of birth\n12/03/1985", "123-456-789"),
    ("DNI\n12.345.678", "12.345.678"),
    ("**National ID:**\n85071512345", "85071512345"),
    ("Passport No.\n\n512345678", "512345678"),
])
def test_a_value_on_the_line_below_its_label(text: str, value: str) -> None:
    assert value in [text[v.start:v.end] for v in find_field_values(text)]


@pytest.mark.parametrize("text", [
    "please send your account number\n2024-11-29 is the deadline",
    "Name\nMaria",
    "Group\n00772",
])
def test_prose_and_generic_labels_do_not_claim_the_next_line(text: str) -> None:
    assert [v for v in find_field_values(text) if v.kind in ("ID_NUMBER", "NATIONAL_ID")] == []


# --- birth dates ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("DOB 12MAR1985 / sex F", "12MAR1985"),
    ("date of birth: 12.MAR.1985", "12.MAR.1985"),
    ("DOB: 12MAR85", "12MAR85"),
    ("생일: 1985년 3월 12일", "1985년 3월 12일"),
    ("Nació el 12 de marzo de 1985 en Lima", "12 de marzo de 1985"),
])
def test_birth_dates_in_compact_and_dotted_month_layouts(pii: PiiDetector, text: str, value: str) -> None:
    assert value in kinds(pii, text, "DATE_OF_BIRTH")


def test_keyed_lists_under_a_birth_cue() -> None:
    text = ("The import rejected these birth dates:\nrow 12: 12.MAR.1985\nrow 13: 3rd of March 1985\n"
            "row 17: 1985/13/03")
    found = [text[a:b] for a, b, _ in find_birth_dates_in_keyed_lists(text, _DATE)]
    assert found == ["12.MAR.1985", "3rd of March 1985", "1985/13/03"]
    inline = "Normalise these DOBs: row 1: 03/12/85, row 2: 12 Mar 1985"
    assert [inline[a:b] for a, b, _ in find_birth_dates_in_keyed_lists(inline, _DATE)] == ["03/12/85", "12 Mar 1985"]


@pytest.mark.parametrize("text", [
    "Build log:\nline 4 -> 2024-03-12 deploy ok",
    "dates of birth are validated in the import\n\nrow 4: 2020-01-01 created",
    "DOB column: row 3: 2031-01-01",
])
def test_keyed_lists_without_a_birth_cue_or_in_the_future_stay(text: str) -> None:
    assert list(find_birth_dates_in_keyed_lists(text, _DATE)) == []


def test_keyed_lists_are_read_in_linear_time() -> None:
    def work(lines: int):
        text = ("dates of birth:\n" + "".join(f"row {i}: 12.03.1985\n" for i in range(lines)) + "\n") * 4
        return lambda: list(find_birth_dates_in_keyed_lists(text, _DATE))
    assert_linear_growth(work, 4000)


# --- plates -------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Someone in a grey Golf KX21 PLM has parked across my drive.", "KX21 PLM"),
    ("My Audi (1-ABC-234) was towed from the Grote Markt.", "1-ABC-234"),
    ("the Tesla M-EV 123E charges at bay 4", "M-EV 123E"),
    ("Fahrzeug;Kennzeichen;Halter\nVW Passat;M-AB 1234;Huber", "M-AB 1234"),
    ("car,plate,driver\nFiat Panda,AB 123 CD,Rossi", "AB 123 CD"),
])
def test_plates_beside_a_vehicle_or_in_their_own_layout(text: str, value: str) -> None:
    assert value in [text[a:b] for a, b, _ in find_unlabelled_plates(text)]


@pytest.mark.parametrize("text", [
    "Upgrade the RAM to 16GB and the SSD to 2TB; see RFC 7231 and ISO 8601.",
    "Jan van Dijk AB 1234 signed the form",
    "the BMW 320d and the Audi RS6 2020 were on display",
    "CI-CD 2024 roadmap, HTTP 404, UTF-8",
])
def test_no_plates_in_tech_text_or_models(text: str) -> None:
    assert list(find_unlabelled_plates(text)) == []


def test_a_british_plate_alone_is_doubtful() -> None:
    text = "KX21 PLM again at 17:42"
    assert [score for _, _, score in find_unlabelled_plates(text)] == [pytest.approx(0.55)]


def test_plates_are_read_in_linear_time() -> None:
    def work(lines: int):
        text = "".join(f"car {i}: the Golf KX21 PLM and BMW 320d row {i}\n" for i in range(lines))
        return lambda: list(find_unlabelled_plates(text))
    assert_linear_growth(work, 8000)


# --- GSTIN ---------------------------------------------------------------------------------------------------------------
def test_a_gstin_stands_alone_as_a_tax_id(pii: PiiDetector) -> None:
    text = "supplier,gstin,state\nSharma Traders,27AAPFU0939F1ZV,MH\nRao Foods,29ABCDE1234F1Z5,KA"
    found = {text[s.start:s.end]: s for s in pii.detect(DetectionInput(text, "prose")) if s.kind == "TAX_ID"}
    assert found["27AAPFU0939F1ZV"].score >= AUDIT_MIN_SCORE  # its check passes
    assert WIRE_MIN_SCORE <= found["29ABCDE1234F1Z5"].score < AUDIT_MIN_SCORE  # the layout alone: doubtful


# --- birth labels of more languages; ids under a person's role key --------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Datum rođenja: 12.03.1985.", "12.03.1985"),
    ("Tanggal lahir: 12-03-1985", "12-03-1985"),
    ("Ngày sinh: 12/03/1985", "12/03/1985"),
    ("Data Nasc.: 12/03/1985", "12/03/1985"),
    ("Anna Nowak, ur. 12.03.1985 w Krakowie", "12.03.1985"),
    ("Gimimo data: 1985-03-12", "1985-03-12"),
])
def test_birth_labels_of_more_languages(pii: PiiDetector, text: str, value: str) -> None:
    assert value in kinds(pii, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["the robot ran 12/03/1985", "dt 12/03/2024 width 12/03/1985"])
def test_no_birth_cue_in_ordinary_words(pii: PiiDetector, text: str) -> None:
    # (since round 12 any adult's full date is a doubtful birth date on the wire: find_old_full_dates; no cue reads here)
    assert [s for s in pii.detect(DetectionInput(text, "prose")) if s.kind == "DATE_OF_BIRTH" and s.score >= AUDIT_MIN_SCORE] == []


@pytest.mark.parametrize("text, value", [
    ("2024-03-02 10:00 INFO action=view patient=PT-2024-0041 by=drsmith", "PT-2024-0041"),
    ('{"member": "M-55120"}', "M-55120"),
    ("member=20214471 ok", "20214471"),
])
def test_a_code_under_a_persons_role_key_is_their_id(text: str, value: str) -> None:
    assert ("ID_NUMBER", value) in [(v.kind, text[v.start:v.end]) for v in find_field_values(text)]


@pytest.mark.parametrize("text", ["customer: ACME-2024 Ltd", "client=curl/8.4.0", "client: v1.2.3", "customer=ACME2024",
                                  "client=10.0.0.12"])
def test_names_versions_and_addresses_under_role_keys_stay(text: str) -> None:
    assert [v for v in find_field_values(text) if v.kind == "ID_NUMBER"] == []


def test_public_acronyms_beside_a_car_are_no_plates() -> None:
    text = "the BMW X5 and the Audi Q7 2021 model are on order; RFC 8446 TLS 1.3"
    assert list(find_unlabelled_plates(text)) == []


# --- an identifier before the words that name it -------------------------------------------------------------------
from redactor.detect.ids_before_labels import find_ids_before_labels  # noqa: E402


@pytest.mark.parametrize("text, value, kind", [
    ("77082514178 is my PESEL", "77082514178", "NATIONAL_ID"),
    ("use 4-2416-07417-86-4 (her national ID number) for the booking", "4-2416-07417-86-4", "NATIONAL_ID"),
    ("756.2140.3579.85 is my AHV number", "756.2140.3579.85", "NATIONAL_ID"),
    ("ok so E-204518 is his employee number", "E-204518", "ID_NUMBER"),
    ("278 018 460 is my SIN", "278 018 460", "NATIONAL_ID"),
])
def test_a_value_named_by_the_words_after_it(text: str, value: str, kind: str) -> None:
    assert [(text[a:b], k) for a, b, k, _ in find_ids_before_labels(text)] == [(value, kind)]


@pytest.mark.parametrize("text", ["Port 8080 is the default", "version 2.14.0 is the latest", "1985 is the year",
                                  "The code 44120 is the ticket number", "10:30 is the time"])
def test_numbers_named_as_things_stay(text: str) -> None:
    assert list(find_ids_before_labels(text)) == []


def test_a_swiss_ahv_number_stands_alone(pii: PiiDetector) -> None:
    assert kinds(pii, "AHV 756.2140.3579.85 / old 756.1234.5678.97", "NATIONAL_ID") == [
        "756.2140.3579.85", "756.1234.5678.97"]


def test_a_label_naming_the_value_after_it_does_not_claim_the_one_before() -> None:
    assert list(find_ids_before_labels("Ticket #4410 — the member no. 88213")) == []


def test_a_code_whose_prefix_ends_like_an_id_word_is_read_whole() -> None:
    from redactor.detect.record_ids import find_record_ids

    text = "2025-03-14 09:12:44 INFO enrolment ENR-2025-0042 confirmed for Maria Lopez"
    assert [text[a:b] for a, b, _ in find_record_ids(text)] == ["ENR-2025-0042"]


@pytest.mark.parametrize("text, value", [("BirthDt: 03/12/1985", "03/12/1985"), ("Dt of Birth 03/12/1985", "03/12/1985"),
                                         ("bdate=1985-03-12", "1985-03-12")])
def test_abbreviated_birth_date_labels(pii: PiiDetector, text: str, value: str) -> None:
    assert value in kinds(pii, text, "DATE_OF_BIRTH")


def test_an_update_date_is_no_birth_date(pii: PiiDetector) -> None:
    assert kinds(pii, "update_date: 2024-01-01", "DATE_OF_BIRTH") == []


def test_a_code_in_the_possessive_is_someones() -> None:
    from redactor.detect.record_ids import find_record_ids

    text = "hey can you check E4471's leave balance, and the cardholder C88120 disputed it"
    assert sorted(text[a:b] for a, b, _ in find_record_ids(text)) == ["C88120", "E4471"]
    assert list(find_record_ids("PR-4471's diff and the A320's wing")) == []


def test_dutch_sidecodes_of_consonants_stand_alone() -> None:
    text = "name,plate\nJan,12-BDF-3"
    assert [text[a:b] for a, b, _ in find_unlabelled_plates(text)] == ["12-BDF-3"]
    assert list(find_unlabelled_plates("use 3-DES-168 here")) == []
