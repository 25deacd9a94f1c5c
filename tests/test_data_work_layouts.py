"""Round 35 (data35): result sets as data tools print them, read by the same column and key rules as ASCII ones.

- A table drawn with box-drawing characters (DuckDB, Polars, rich/tabulate grids) is a table (box_drawn_tables.py);
  a closing border (MySQL's `+---+`, DuckDB's `└─┴─┘`) keeps the rows above it (table_columns.py).
- A JSON array under a telling key holds that key's kind in each string (`"phones": [...]`), FHIR's `given` array of
  names (name_part_keys.py) and an address's `line` array (pii_fields.py) included.

Forms written for the mechanisms (German, Polish, Swedish, Welsh data; Polars, MySQL and rich layouts), not copied
from any corpus.
"""
import pytest

from redactor.detect.box_drawn_tables import as_ascii_tables
from redactor.detect.engine import DetectionEngine
from redactor.detect.name_part_keys import names_under_part_keys
from redactor.detect.pii_fields import find_field_values
from redactor.detect.table_columns import tables
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


_POLARS = """shape: (3, 3)
┌─────────┬──────────┬──────────┐
│ kd_nr   ┆ ort      ┆ plz5     │
│ ---     ┆ ---      ┆ ---      │
│ str     ┆ str      ┆ str      │
╞═════════╪══════════╪══════════╡
│ K-22910 ┆ Köln     ┆ 50667    │
│ K-22911 ┆ München  ┆ 80331    │
│ K-22912 ┆ Hamburg  ┆ 20095    │
└─────────┴──────────┴──────────┘"""

_MYSQL = """+--------+----------+
| member | postcode |
+--------+----------+
| 88120  | CF10 3AT |
| 88121  | SA1 1NW  |
+--------+----------+
2 rows in set (0.00 sec)"""


def test_the_ascii_view_of_a_box_drawn_table_keeps_every_offset():
    view = as_ascii_tables(_POLARS)
    assert len(view) == len(_POLARS)
    assert "│" not in view and "═" not in view and "┆" not in view
    assert view.index("50667") == _POLARS.index("50667")


def test_text_without_box_drawing_is_returned_as_it_is():
    text = "plain | pipes | stay"
    assert as_ascii_tables(text) is text


def test_a_box_drawn_table_has_its_header_and_rows():
    view = as_ascii_tables(_POLARS)
    [(header, rows)] = list(tables(view))
    assert header == ["kd_nr", "ort", "plz5"]
    assert [view[a:b] for a, b in rows[2]] == ["K-22912", "Hamburg", "20095"]


def test_a_closing_border_keeps_the_rows_above_it():
    [(header, rows)] = list(tables(_MYSQL))
    assert header == ["member", "postcode"]
    assert [_MYSQL[a:b] for a, b in rows[1]] == ["88121", "SA1 1NW"]


@pytest.mark.parametrize("value", ["50667", "80331", "20095"])
def test_postcodes_under_their_header_in_a_box_drawn_table_are_redacted(engine, value):
    assert covered_on_wire(engine, _POLARS, value, "tool_result")


def test_the_header_words_of_a_box_drawn_table_stay(engine):
    spans = engine.detect([Segment(_POLARS, kind="tool_result")])[0]
    found = {_POLARS[span.start:span.end] for span in spans}
    assert not found & {"kd_nr", "ort", "plz5", "str", "shape"}, " ".join(sorted(found))


def test_every_name_of_a_given_array_is_a_name_part():
    text = '{"name": [{"use": "official", "family": "Wróblewska", "given": ["Bożena", "Halina"]}]}'
    assert [text[s.start:s.end] for s in names_under_part_keys(text, "t")] == ["Wróblewska", "Bożena", "Halina"]


def test_an_array_of_page_words_under_first_and_last_is_no_name():
    text = '{"first": ["prev"], "last": ["next"]}'
    assert list(names_under_part_keys(text, "t")) == []


def test_the_street_lines_of_an_address_record_are_addresses():
    text = '"address": [{"use": "home", "line": ["Storgatan 12", "lgh 1203"], "city": "Umeå", "postalCode": "903 26"}]'
    found = {text[v.start:v.end] for v in find_field_values(text) if v.kind == "STREET_ADDRESS"}
    assert {"Storgatan 12", "lgh 1203"} <= found


def test_a_line_array_outside_an_address_is_left():
    text = '{"diff": {"line": ["Storgatan 12 was renamed"]}, "lines": ["build 12 ok"]}'
    assert [v for v in find_field_values(text) if v.kind == "STREET_ADDRESS"] == []


def test_a_plural_key_holds_a_list_of_its_singular_kind():
    text = '{"contact": {"phones": ["0721 334 551", "040-112 233"]}}'
    assert {text[v.start:v.end] for v in find_field_values(text) if v.kind == "PHONE"} == {"0721 334 551", "040-112 233"}


# Keys repeated over records (column_kinds.keyed_columns): the values of one key are one column.
_KEYED_LOG = """2026-04-02 03:10:01 WARN rejected rec: pnr=19640312-4471 namn=Lindqvist fdat=1964-03-12 reason=bad_zip
2026-04-02 03:10:02 WARN rejected rec: pnr=19711107-2285 namn=Sandberg fdat=1971-11-07 reason=bad_zip
2026-04-02 03:10:04 WARN rejected rec: pnr=19880229-0013 namn=Ekholm fdat=1988-02-29 reason=no_phone"""


def test_the_values_of_a_key_repeated_over_log_lines_are_a_column():
    from redactor.detect.column_kinds import keyed_columns
    columns = [[_KEYED_LOG[a:b] for a, b in cells] for cells in keyed_columns(_KEYED_LOG)]
    assert ["1964-03-12", "1971-11-07", "1988-02-29"] in columns
    assert ["bad_zip", "bad_zip", "no_phone"] in columns


def test_a_field_per_line_record_reads_the_whole_value():
    from redactor.detect.column_kinds import keyed_columns
    text = "--- 1 ---\n  deltager: Aino Kettunen\n  numero: 44-1182\n--- 2 ---\n  deltager: Pekka Salmela\n  numero: 44-1190"
    columns = [[text[a:b] for a, b in cells] for cells in keyed_columns(text)]
    assert ["Aino Kettunen", "Pekka Salmela"] in columns and ["44-1182", "44-1190"] in columns


def test_a_key_on_one_line_only_is_no_column():
    from redactor.detect.column_kinds import keyed_columns
    assert keyed_columns("name=Aino Kettunen id=44-1182\nok") == []


def test_a_date_found_under_one_record_key_marks_the_same_key_in_the_others():
    from redactor.detect.base import Span
    from redactor.detect.column_kinds import spans_in_same_columns
    first = _KEYED_LOG.index("1964-03-12")
    found = [Span(first, first + 10, "DATE_OF_BIRTH", "pii", 0.6, "t")]
    added = {_KEYED_LOG[s.start:s.end] for s in spans_in_same_columns(_KEYED_LOG, found) if s.kind == "DATE_OF_BIRTH"}
    assert added == {"1971-11-07", "1988-02-29"}


def test_an_array_of_rows_is_a_table_whatever_its_last_comma():
    text = '{"values": [\n  ["Ilse", "Vermeulen", "2009-03-14"],\n  ["Joris", "Peeters", "2011-07-02"],\n  ["Lotte", "Claes", "2012-01-30"]\n]}'
    [(_, rows)] = list(tables(text))
    assert [text[a:b] for a, b in rows[2]] == ["Lotte", "Claes", "2012-01-30"]
    assert [text[a:b] for a, b in rows[0]][:3] == ["Ilse", "Vermeulen", "2009-03-14"]


# A pandas Series print names its values in its footer (pii_fields._series_values).
def test_the_values_of_a_printed_series_read_under_its_name():
    text = ('>>> pupils.set_index("upn")["vardnadshavare"]\nupn\nA1029    Karin Öberg\nA1031    Mats Lundgren\n'
            'Name: contact_name, dtype: object\n>>> s2\n0    1958-06-02\n1    1949-11-23\nName: dob, dtype: object')
    found = {(text[v.start:v.end], v.kind) for v in find_field_values(text)}
    assert {("Karin Öberg", "PERSON"), ("Mats Lundgren", "PERSON"),
            ("1958-06-02", "DATE_OF_BIRTH"), ("1949-11-23", "DATE_OF_BIRTH")} <= found


def test_a_series_named_for_no_personal_field_is_left():
    text = "plan\nbasic      1200.0\npro        5400.5\nName: mrr, dtype: float64\n0    2024-01-03\nName: created_at, dtype: object"
    assert list(find_field_values(text)) == []


# A key repeated over records names a field (field_name_keys.py).
_RECORDS = """[
  {"kund_ref": "SE-40021", "namn_lat": "Elin Hedlund", "skuld_sek": "1200"},
  {"kund_ref": "SE-40077", "namn_lat": "Oskar Wiklund", "skuld_sek": "80"}
]"""


def test_keys_repeated_over_records_stay_on_the_wire(engine):
    spans = engine.detect([Segment(_RECORDS, kind="tool_result")])[0]
    found = {_RECORDS[span.start:span.end] for span in spans}
    assert not found & {"kund_ref", "namn_lat", "skuld_sek"}, " ".join(sorted(found))


def test_a_personal_key_standing_once_per_record_set_is_still_found():
    from redactor.detect.base import Span
    from redactor.detect.field_name_keys import without_repeated_keys
    text = '{"m.lindqvist": {"role": "admin"}, "k.aho": {"role": "dev"}}'
    spans = [Span(text.index(v), text.index(v) + len(v), "USERNAME", "pii", 0.6, "t") for v in ("m.lindqvist", "k.aho")]
    assert without_repeated_keys(text, spans) == spans


def test_a_repeated_key_is_dropped_only_as_a_key():
    from redactor.detect.base import Span
    from redactor.detect.field_name_keys import without_repeated_keys
    text = 'owner=tkowal x=1\nowner=tkowal y=2\nsee tkowal'
    value = Span(6, 12, "USERNAME", "pii", 0.6, "t")
    key = Span(0, 5, "USERNAME", "pii", 0.6, "t")
    assert without_repeated_keys(text, [key, value]) == [value]


# A person in two scripts on one record (people_in_two_scripts.py).
@pytest.mark.parametrize(("line", "native", "latin"), [
    ("3  佐々木陽菜  SASAKI HINA  2011/04/02  B組", "佐々木陽菜", "SASAKI HINA"),
    ("| 17 | Соколова Вера | Sokolova Vera | Казань | оплачено |", "Соколова Вера", "Sokolova Vera"),
    ("Καραγιάννης Νίκος;KARAGIANNIS NIKOS;Πάτρα;A12", "Καραγιάννης Νίκος", "KARAGIANNIS NIKOS"),
])
def test_the_latin_field_beside_a_found_native_name_is_that_person(line, native, latin):
    from redactor.detect.base import Span
    from redactor.detect.people_in_two_scripts import romanised_names
    found = [Span(line.index(native), line.index(native) + len(native), "PERSON", "pii", 0.7, "t")]
    assert [line[s.start:s.end] for s in romanised_names(line, found)] == [latin]


def test_room_types_statuses_and_places_beside_a_native_name_stay():
    from redactor.detect.base import Span
    from redactor.detect.people_in_two_scripts import romanised_names
    line = "佐々木陽菜 | Standard Twin | PAID | Osaka | Grand Total"
    found = [Span(0, 5, "PERSON", "pii", 0.7, "t")]
    assert romanised_names(line, found) == []


def test_a_latin_name_finding_opens_no_line():
    from redactor.detect.base import Span
    from redactor.detect.people_in_two_scripts import romanised_names
    line = "Hina Sasaki | Sokolova Vera"
    assert romanised_names(line, [Span(0, 11, "PERSON", "pii", 0.7, "t")]) == []


def test_a_speaker_label_repeated_on_every_turn_is_no_field_name():
    from redactor.detect.base import Span
    from redactor.detect.field_name_keys import without_repeated_keys
    text = "Marit: can you check the invoice?\nSupport: sure\nMarit: thanks"
    found = [Span(0, 5, "PERSON", "pii", 0.7, "t")]
    assert without_repeated_keys(text, found) == found
