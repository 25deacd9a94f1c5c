"""Round 35 (data35): result sets as data tools print them.

- A printed pandas Series names its values in its footer (pii_fields.py).
- A key repeated over records names a field (field_name_keys.py); a person in two scripts on one record
  (people_in_two_scripts.py).
(Box-drawn tables, closing borders, keyed columns and arrays of rows were taken back at integration: no held-out gain,
and they raised leaks elsewhere.)

Forms written for the mechanisms, not copied from any corpus.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.pii_fields import find_field_values
from redactor.detect.table_columns import tables
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


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
