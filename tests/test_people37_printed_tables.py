"""Round 37 (people37): names in printed tables the line readers did not see, and in a test's or a blame line's slot.

- a data frame printed inside JSON strings (a notebook's output array, a tool's stdout with `\\n` escapes) is read as
  the lines it prints (escaped_lines.py), so its `first_name` / `last_name` header names its columns;
- a name of an Indic script fills a name field (vowel signs and viramas are letters of the name);
- a data frame row with a two-word cell ("Ward 7") is still a row of its table;
- a column headed by a qualified role ("Shift lead", "Account manager") holds people;
- a `git blame` author in a script without Latin letters; a person named at the end of a test's identifier.

Examples are my own (other names, scripts, columns and layouts than any corpus case); the look-alikes must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.decoded_views import spans_in_decoded_views
from redactor.detect.escaped_lines import escaped_lines_view
from redactor.detect.pii import PiiDetector
from redactor.detect.pii_fields import find_field_values, value_fits
from redactor.detect.people_in_structure import _people_columns
from redactor.detect.people_in_test_names import people_in_test_names

_NOTEBOOK = """{
 "cell_type": "code",
 "outputs": [{"output_type": "execute_result",
   "data": {"text/plain": [
     "  given_name  surname   member_no\\n",
     "0     अमितेश    त्रिपाठी   M-55210\\n",
     "1      सुलोचना    बघेल   M-55310\\n"
   ]}}]
}"""


def _found(text: str, kind: str = "PERSON") -> set[str]:
    spans = spans_in_decoded_views(DetectionInput(text, "prose", None), [PiiDetector()])
    return {text[span.start:span.end] for span in spans if span.kind in (kind, "USERNAME")}


def test_a_notebook_output_array_is_read_as_the_frame_it_prints():
    view = escaped_lines_view(_NOTEBOOK)
    assert view is not None
    assert view.text.splitlines()[0] == "  given_name  surname   member_no"
    assert view.text.splitlines()[1].startswith("0     अमितेश")
    # every view character maps back into the JSON string it came from
    start = view.text.index("त्रिपाठी")
    assert _NOTEBOOK[view.starts[start]:view.ends[start + len("त्रिपाठी") - 1]] == "त्रिपाठी"


def test_names_in_a_notebook_frame_are_found_over_the_original_text():
    assert {"अमितेश", "त्रिपाठी", "सुलोचना", "बघेल"} <= _found(_NOTEBOOK)


def test_a_table_in_one_escaped_string_is_read_line_by_line():
    text = ('{"tool": "sql", "stdout": "   first_name   last_name   dob\\n0   Ковальчук   Ярина   1988-02-14\\n'
            '1   Шевчук   Орест   1979-11-03\\n"}')
    view = escaped_lines_view(text)
    assert view is not None and view.text.splitlines()[0] == "   first_name   last_name   dob"


@pytest.mark.parametrize("text", [
    '{"note": "ship it\\nthanks"}',  # one escaped line break: no printout
    '{"name": "Aino", "city": "Oulu"}',  # no escapes at all
])
def test_no_view_without_a_printout(text):
    assert escaped_lines_view(text) is None


def test_an_indic_name_fills_a_name_field():
    assert value_fits("PERSON", "last_name", "ਗਰੇਵਾਲ")
    assert value_fits("PERSON", "first_name", "ಪ್ರಜ್ವಲ್")
    assert not value_fits("PERSON", "last_name", "ਗਰੇਵਾਲ 42")


def test_a_frame_row_with_a_two_word_cell_stays_in_its_table():
    text = ("   first_name  last_name   unit\n"
            "0       Tjaša      Zorko    ICU\n"
            "1       Matej     Kranjc  Bay 4\n"
            "2       Urška   Potočnik  Bay 4\n")
    found = {text[value.start:value.end] for value in find_field_values(text) if value.kind == "PERSON"}
    assert {"Kranjc", "Potočnik", "Urška"} <= found


def test_a_column_under_a_qualified_role_holds_people():
    text = ("Weekly roster\n"
            "Site\tAccount manager\tHours\n"
            "Depot A\tسمیرا قاسمی\t38\n"
            "Depot B\tسمیرا قاسمی\t41\n")
    assert [text[span.start:span.end] for span in _people_columns(text, "t")] == ["سمیرا قاسمی", "سمیرا قاسمی"]


@pytest.mark.parametrize("header", ["Lead time", "Owner id", "Team"])
def test_other_columns_stay(header):
    text = f"Site\t{header}\tHours\nDepot A\tسمیرا قاسمی\t38\nDepot B\tسمیرا قاسمی\t41\n"
    assert list(_people_columns(text, "t")) == []


def test_a_blame_author_in_any_script():
    from redactor.detect.ner import _GIT_BLAME
    text = ("4e1f0aa (ሙሉጌታ በቀለ     2024-01-09 08:00:00 +0300 12)     return total\n"
            "9b2c7d1 (Σοφία Λαμπράκη 2024-02-11 09:30:00 +0200 13)     pass\n")
    assert [match.group("name") for match in _GIT_BLAME.finditer(text)] == ["ሙሉጌታ በቀለ", "Σοφία Λαμπράκη"]


@pytest.mark.parametrize("text, name", [
    ("def test_refund_twice_for_priscilla_okonjo(db):", "priscilla_okonjo"),
    ("    def test_lookup_by_card_hannah_lindqvist(self):", "hannah_lindqvist"),
    ("func Test_export_for_jonas_berglund(t *testing.T) {", "jonas_berglund"),
])
def test_a_person_named_at_the_end_of_a_test(text, name):
    assert [text[span.start:span.end] for span in people_in_test_names(text, "t")] == [name]


@pytest.mark.parametrize("text", [
    "def test_mark_as_read(db):",
    "def test_will_fail_on_retry():",
    "def test_grace_period_applies():",
    "def test_refund_for_sample_user(db):",
    "def test_parse_iso_timestamp():",
])
def test_ordinary_test_names_name_no_one(text):
    assert list(people_in_test_names(text, "t")) == []


def test_an_xml_record_of_short_keys_names_its_person():
    text = "<rows>\n  <r><nm>Ελένη Παπαδάκη</nm><qty>3</qty><amt>12.50</amt></r>\n</rows>"
    found = {text[value.start:value.end] for value in find_field_values(text) if value.kind == "PERSON"}
    assert found == {"Ελένη Παπαδάκη"}
