"""Identifiers, birth dates and bank numbers that only their label or their record makes personal.

Each test states what a user relies on: on the wire (score >= WIRE_MIN_SCORE) the value becomes a
placeholder whole; what is only doubtful stays below the audit threshold; the numbers developer
traffic uses for its own things (builds, versions, ports, lines, hashes, amounts) stay as they are.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.national_ids import find_labelled_national_ids, stdnum_schemes
from redactor.detect.personal_records import person_evidence
from redactor.detect.pii import PiiDetector
from redactor.detect.record_ids import find_record_ids


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def _on_the_wire(detector: PiiDetector, text: str, value: str) -> list[tuple[str, float]]:
    """(kind, score) of every wire-level finding that covers all of `value` (its first occurrence)."""
    start = text.index(value)
    end = start + len(value)
    return [(span.kind, span.score) for span in detector.detect(DetectionInput(text, "prose"))
            if span.start <= start and end <= span.end and span.score >= WIRE_MIN_SCORE]


# --- record identifiers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Her file number is 2231-884-0, please attach the scan.", "2231-884-0"),
    ("N° d'adhérent : 00231877", "00231877"),
    ("Nº de expediente: 2023/0441-B (titular: Jorge Ruiz)", "2023/0441-B"),
    ("Nr klienta: 88/2211/K, Pan Nowak", "88/2211/K"),
    ("codice utente U-88120, sig.ra Bianchi", "U-88120"),
    ("matricule : 4471203 — service comptabilité", "4471203"),
    ("Mitarbeiter-Nr M 004471", "M 004471"),
    ("clientId=77310045 tier=2", "77310045"),
    ("Pt. ID 0093312, bed 4", "0093312"),
    ("Can you check claimant 77-41230-B? The payout bounced twice.", "77-41230-B"),
    ("SELECT * FROM patients WHERE hosp_no = 'H0081234';", "H0081234"),
    ("<customer><ref>C-44120-9</ref><name>Ola Nordmann</name></customer>", "C-44120-9"),
])
def test_ids_under_labels_that_number_a_record_are_redacted_in_any_language(detector, text, value):
    assert _on_the_wire(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('{"name": "Maria Lopez", "email": "m.lopez@correo.es", "ref": "CX-448120"}', "CX-448120"),
    ("holder:\n  full_name: Tom Baker\n  number: 7731-0042-19", "7731-0042-19"),
    ("name,email,ref\nJ. Park,jpark@hanmail.net,A7731902", "A7731902"),
    (" id | full_name  | member_code\n----+------------+------------\n 12 | Ana Silva  | MB-2231-09", "MB-2231-09"),
    ("Maria Lopez (CX-448120) called; she is at +34 612 345 678.", "CX-448120"),
])
def test_a_bare_id_word_or_no_label_counts_in_a_record_about_a_person(detector, text, value):
    assert _on_the_wire(detector, text, value)


def test_a_bare_id_word_without_a_person_is_not_a_record_id():
    assert list(find_record_ids('{"ref": "CX-448120", "plan": "gold"}')) == []
    assert list(find_record_ids("code 44120, then retry")) == []


def test_a_label_alone_is_doubtful_and_a_person_in_the_record_makes_it_sure():
    alone = list(find_record_ids("matricule : 4471203"))
    with_person = list(find_record_ids("matricule : 4471203 — Mme Laurent"))
    assert [score for *_, score in alone] == [pytest.approx(0.55)]
    assert [score for *_, score in with_person] == [pytest.approx(0.6)]
    assert all(score < AUDIT_MIN_SCORE for *_, score in alone)


@pytest.mark.parametrize("text", [
    "Upgraded from v2.14.3 to v2.15.0; build no. 20240511 passed.",
    "Server listening on port 8443, pid 88123",
    '  File "/srv/app/api/views.py", line 1204, in get_order',
    "error code E1102 after 3 retries; exit code 137",
    "commit id a1b2c3d4e5f60718 by Maria Lopez",
    'request_id = "550e8400-e29b-41d4-a716-446655440000"  # she asked for it',
    "SKU no. AB-44120 is out of stock",
    "Customer Maria paid order total: 1,299.00",
    "bold #08547A; see PKCS#8 and # 4471 in the comment",
    "JIRA-44712 was filed by Maria Lopez; CVE-2024-30941 too",
])
def test_numbers_of_builds_versions_ports_hashes_and_amounts_are_no_record_ids(text):
    assert list(find_record_ids(text)) == []


# --- the record a value belongs to -----------------------------------------------------------

def test_a_table_row_is_its_own_record_with_the_header():
    text = "ref,plan\nA7731902,gold\nname,email\nAnn,ann@example.org"
    assert not person_evidence(text, text.index("A7731902"), text.index("A7731902") + 8)
    csv = "name,ref\nAnn Lee,A7731902"
    assert person_evidence(csv, csv.index("A7731902"), csv.index("A7731902") + 8)


# --- birth dates in a person's record ---------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Ms. Okoro, 1988-03-14, 21 Elm Street, Leeds", "1988-03-14"),
    ("Name: Kenji Sato / Date: 1983.07.21 / Nationality: JP", "1983.07.21"),
    ("Jan Novák (nar. 12.4.1961) podal žádost.", "12.4.1961"),
    ("Data urodzenia 30.XI.1985", "30.XI.1985"),
    ("DOB 1990-Feb-14, MRN pending", "1990-Feb-14"),
    ("Mrs. Agnes Hall, née Schmidt, 8 Feb 1955", "8 Feb 1955"),
    ("nato a Roma il 3 marzo 1964", "3 marzo 1964"),
    ("生日：1990年5月6日", "1990年5月6日"),
    ("year of birth: 1972, sex: M", "1972"),
    ("b. 1958 in Accra; retired nurse", "1958"),
])
def test_birth_dates_in_records_and_in_more_layouts_and_languages_are_redacted(detector, text, value):
    assert ("DATE_OF_BIRTH" in {kind for kind, _ in _on_the_wire(detector, text, value)})


def test_a_date_in_a_persons_record_without_a_birth_word_is_doubtful(detector):
    text = "Ms. Okoro, 1988-03-14, 21 Elm Street, Leeds"
    assert _on_the_wire(detector, text, "1988-03-14") == [("DATE_OF_BIRTH", pytest.approx(0.55))]


@pytest.mark.parametrize("text, value", [
    ('{"name": "Lea Kraus", "created_at": "2001-04-02", "plan": "gold"}', "2001-04-02"),
    ("Name: Omar Haddad, hired 1998-03-01", "1998-03-01"),
    ("Mr. Dube logged in 2009-05-02 10:11:09", "2009-05-02"),
    ("Name: Omar Haddad, last visit 2024-02-03", "2024-02-03"),
])
def test_other_dates_of_a_person_are_not_birth_dates(detector, text, value):
    assert "DATE_OF_BIRTH" not in {kind for kind, _ in _on_the_wire(detector, text, value)}


# --- national and tax ids from python-stdnum's catalogue --------------------------------------

@pytest.mark.parametrize("text, value, kind", [
    ("Isikukood: 36805280109", "36805280109", "NATIONAL_ID"),
    ("rodné číslo 710319/2745", "710319/2745", "NATIONAL_ID"),
    ("CNIC 34201-0891231-8 of the applicant", "34201-0891231-8", "NATIONAL_ID"),
    ("Asmens kodas 33309240064", "33309240064", "NATIONAL_ID"),
    ("NIP: 856-734-62-15", "856-734-62-15", "TAX_ID"),
    ("Mã số thuế: 0100233488", "0100233488", "TAX_ID"),
])
def test_numbers_under_the_local_names_python_stdnum_knows_are_redacted(text, value, kind):
    found = [(text[m.start:m.end], m.kind, m.score) for m in find_labelled_national_ids(text)]
    assert (value, kind, pytest.approx(0.9)) in found


def test_a_failed_check_under_a_stdnum_label_is_doubtful_not_dropped():
    found = list(find_labelled_national_ids("Isikukood: 36805280108"))
    assert [(m.kind, m.score) for m in found] == [("NATIONAL_ID", pytest.approx(0.55))]


def test_the_catalogue_reads_every_python_stdnum_country_module():
    schemes = stdnum_schemes()
    assert len(schemes) > 150  # python-stdnum 2.x has ~200 country modules; postcodes and the like are left out
    assert "stdnum:ee.ik" in schemes and "stdnum:nl.postcode" not in schemes


def test_an_english_word_among_stdnum_names_labels_nothing():
    assert list(find_labelled_national_ids("please pin 12345678 to the board")) == []


# --- bank numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("Routing/Account: 121000358 / 3345890012", ["121000358", "3345890012"]),
    ("Bank details: 12-34-56 87654321 (Ms J. Hart)", ["12-34-56", "87654321"]),
    ("RIB : 30004 00819 00012345678 57", ["30004 00819 00012345678 57"]),
    ("CBU 2850590940090418135201", ["2850590940090418135201"]),
    ("Clave interbancaria 032180000118359719", ["032180000118359719"]),
    ("IFSC: HDFC0001234, A/c no 50100012345678", ["HDFC0001234", "50100012345678"]),
    ("Numer rachunku: 61 1090 1014 0000 0712 1981 2874", ["61 1090 1014 0000 0712 1981 2874"]),
])
def test_account_branch_and_routing_numbers_after_bank_labels_are_redacted(detector, text, values):
    for value in values:
        assert _on_the_wire(detector, text, value), value


@pytest.mark.parametrize("text, tail", [
    ("Refund to the card ending in 4471 please", "4471"),
    ("acct ****4471 was debited twice", "4471"),
    ("Visa xxxx-xxxx-xxxx-0005 declined", "0005"),
])
def test_the_visible_tail_of_a_masked_account_or_card_is_doubtful(detector, text, tail):
    assert ("ID_NUMBER", pytest.approx(0.55)) in _on_the_wire(detector, text, tail)


def test_a_tail_without_an_account_word_is_no_account():
    assert not _on_the_wire(PiiDetector(), "the build ending in 4471 is green", "4471")


def test_a_bare_id_word_in_a_persons_record_is_redacted_on_the_wire_but_not_reported_by_an_audit():
    found = list(find_record_ids('{"full_name": "Maria Lopez", "ref": "CX-448120"}'))
    assert [score for *_, score in found] == [pytest.approx(0.55)]
