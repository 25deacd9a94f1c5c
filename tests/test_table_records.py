"""Round 30 (ids30): a header of column names over one row of values (one record exported as CSV/TSV/Markdown) is a
table: the header labels the row's cells as it labels the rows of a longer table (table_columns.py).

Written from the mechanism (single-record exports of fleet, telecom and device tools); the check set at the end was
written after the code, without looking at any corpus, and was not tuned on.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.table_columns import tables
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))



def test_a_header_over_one_row_is_a_table():
    text = "customer,imei,plan\nC-20931,356938035643809,unlimited"
    assert [header for header, _ in tables(text)] == [["customer", "imei", "plan"]]


@pytest.mark.parametrize("text", [
    "Hi team, quick note\nthe build is green, ship it",  # two lines of prose, no digit in the second
    "a,b\nc,d",
])
def test_two_lines_of_words_are_no_record(text):
    assert list(tables(text)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("fleet export\ndriver,serial_number,vin\nMarta Kos,SN8812044719,1HGCM82633A004352", "SN8812044719"),
    ("owner\tIMEI\tmodel\nJonas Weber\t490154203237519\tPhone X", "490154203237519"),
])
def test_a_device_id_under_its_header_in_a_one_row_export_is_found(engine, text, value):
    assert covered_on_wire(engine, text, value, "tool_result")


# --- check set (written after the code, without looking at any corpus; not tuned on) ---------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("| name | seriennummer | tarif |\n|---|---|---|\n| Lea Brandt | XK-7731-90412 | basic |", "XK-7731-90412"),
])
def test_check_one_row_exports_label_their_cells(engine, text, value):
    assert covered_on_wire(engine, text, value, "tool_result")
