"""Printed tables of people read by their columns (printout_records.py), fixed-width records cut by their declared
layout (fixed_width_layouts.py), and the fields of interchange messages (interchange_fields.py). Examples written
for these tests, in other layouts and languages than the cases that showed the classes."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found(engine: DetectionEngine, text: str) -> dict[str, str]:
    (spans,) = engine.detect([Segment(text, role="user", kind="prose")])
    return {text[s.start:s.end]: s.kind for s in spans}


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    (spans,) = engine.detect([Segment(text, role="user", kind="prose")])
    start = text.index(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans)


def test_numbers_under_an_id_header_of_a_blank_aligned_printout_are_ids(engine):
    text = ("Roster export:\n\nEmp.No   Full name              Dept      Salary\n"
            "004417   Katarzyna Nowak        Finance   52000\n118230   Bernard Lefebvre       Sales     61000\n")
    spans = found(engine, text)
    assert spans.get("004417") == "ID_NUMBER" and spans.get("118230") == "ID_NUMBER"
    assert "52000" not in spans and "61000" not in spans  # a salary column is a quantity


def test_latitude_and_longitude_columns_of_a_table_of_people_are_positions(engine):
    text = ("     | resp_id  householder        gps_latitude   gps_longitude |\n"
            "  1. | 55102    Wanjiru Kamau      -1.2921        36.8219       |\n"
            "  2. | 55117    Otieno Barasa      -0.0917        34.7680       |\n")
    spans = found(engine, text)
    assert {spans.get(value) for value in ("-1.2921", "36.8219", "-0.0917", "34.7680")} == {"GEO_COORDINATES"}


def test_a_statistics_printout_without_people_keeps_its_numbers(engine):
    text = ("region       households   mean_income   lat_centroid\n"
            "North        118230       41250         59.3293\n"
            "South        770341       38120         55.6050\n")
    assert not {"118230", "770341", "59.3293", "55.6050"} & set(found(engine, text))


def test_fixed_width_records_are_cut_at_the_layout_the_text_declares(engine):
    text = ("Export aus dem Altsystem, Satzaufbau: MITGLNR 1-6, NACHNAME 7-22, GEBDAT 23-30, BEITRAG 31-36\n\n"
            "204417Brandstetter    19780312001250\n"
            "204533Oberhuber       19850927000980\n")
    spans = found(engine, text)
    assert spans.get("204417") == "ID_NUMBER" and spans.get("204533") == "ID_NUMBER"
    assert covered(engine, text, "19780312") and covered(engine, text, "19850927")
    assert spans.get("Oberhuber") == "PERSON"


def test_a_line_of_ranges_that_overlap_is_no_layout(engine):
    text = "pages 1-10, id 5-12, dob 8-20\n\n12345678901234567890123\n"
    assert "5678901" not in found(engine, text)


def test_swift_mt_reference_and_party_accounts(engine):
    text = ("Der Auftrag kam zurück:\n:20:LOHN2611RX4471\n:32A:261215CHF4120,00\n:50K:/80442190551\n"
            "Meier Treuhand AG\n:59:/3390017245\nFrau Petra Zoller\n:71A:OUR\n")
    spans = found(engine, text)
    assert spans.get("LOHN2611RX4471") == "ID_NUMBER"
    assert spans.get("80442190551") == "BANK_ACCOUNT" and spans.get("3390017245") == "BANK_ACCOUNT"


def test_an_mt_tag_quoted_alone_in_prose_is_no_message(engine):
    assert "REF2024" not in found(engine, "field :20: holds the sender reference, e.g. REF2024\n")


def test_edifact_birth_dates_and_travel_documents(engine):
    text = ("NAD+FL+++OKAFOR:CHIDI'\nDTM+329:910215'\nDOC+P:110:111+B03318842'\n"
            "NAD+FL+++MENSAH:ABENA'\nDTM+329:880704'\nDOC+I+ID7720318'\n")
    spans = found(engine, text)
    assert spans.get("910215") == "DATE_OF_BIRTH" and spans.get("880704") == "DATE_OF_BIRTH"
    assert spans.get("B03318842") == "PASSPORT"
    assert covered(engine, text, "ID7720318")


def test_a_sort_code_and_account_in_a_persons_csv_row(engine):
    text = "P-7710,HARGREAVES,OLIVIA,14/02/1988,07700 900412,11-22-33 40127765,2210.00\n"
    assert covered(engine, text, "11-22-33 40127765")


def test_the_other_items_of_a_list_holding_a_found_passport_share_its_kind(engine):
    text = 'check failed for passport numbers: passport C01X00T47, c02Y19K83 and C77P41M09\n'
    for value in ("c02Y19K83", "C77P41M09"):
        assert covered(engine, text, value)
