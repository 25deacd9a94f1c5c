"""Round 21 (ids21b): a key naming a record holder's `key` labels its id, `pid` in a table of people numbers a
person, and a table's header row pasted after prose is no row of names."""
import pytest

from redactor.detect.ids_holder_keys import find_holder_keys
from redactor.detect.name_cells import one_word_names_in_cells
from redactor.detect.record_ids import find_record_ids


def values(found, text: str) -> list[str]:
    return [text[start:end] for start, end, _score in found]


@pytest.mark.parametrize(("text", "value"), [
    ("sync ok subscriberKey=SB-4471 plan=gold", "SB-4471"),
    ('{"subscriberKey": "SB-4471", "plan": "basic"}', "SB-4471"),
    ("customer_key: C-771204 tier=silver", "C-771204"),
    ("memberkey=MB0044812 status=active", "MB0044812"),
    ('{"patientKey": "448120", "ward": "3B"}', "448120"),
])
def test_a_key_of_a_record_holder_labels_its_id(text, value):
    assert value in values(find_holder_keys(text), text)


@pytest.mark.parametrize("text", [
    '{"sessionKey": "SK-4471", "ttl": 300}',
    "cacheKey=CK-88213 ttl=300",
    "AccountKey=AB4471CD88213EF; EndpointSuffix=core.windows.net",  # a storage account's secret
    "sortKey=created_at limit=50",
    "customerKey=v2.4.1",  # a version
    "memberKey=2024-03-12",  # a date
])
def test_other_keys_label_no_record_id(text):
    assert values(find_holder_keys(text), text) == []


@pytest.mark.parametrize(("text", "value"), [
    ('[{"pid": 44712, "name": "Anna Weber", "dob": "1984-03-12"}]', "44712"),
    ("pid | patient | geb.\n---|---|---\n004471 | Anna Weber | 12.03.1984\n", "004471"),
])
def test_pid_in_a_table_of_people_numbers_a_person(text, value):
    assert value in values(find_record_ids(text), text)


@pytest.mark.parametrize("text", [
    "pid 44120 exited with code 137",
    "ps: pid=4471 user=anna@example.com name=nginx cmd=/usr/sbin/nginx",
    '{"sessionKey": "SK-4471", "pid": 4471}',
])
def test_a_process_id_stays(text):
    assert values(find_record_ids(text), text) == []


def test_a_header_row_after_prose_is_no_row_of_names():
    text = "Bitte prüfen:\nNachname;Vorname;Geburtsdatum;Ort\nWeber;Anna;12.03.1984;Graz\n"
    found = values([(s.start, s.end, s.score) for s in one_word_names_in_cells(text, "prose", "t")], text)
    assert not {"Nachname", "Vorname", "Geburtsdatum"} & set(found)
    assert "Weber" in found


def test_a_first_row_of_names_after_prose_stays_a_row_of_names():
    text = "Teilnehmer:\nWeber;Anna;Huber;Graz\nMoser;Lena;Berger;Linz\n"  # no digit below: no header
    found = values([(s.start, s.end, s.score) for s in one_word_names_in_cells(text, "prose", "t")], text)
    assert "Weber" in found


def test_a_row_of_names_with_a_data_row_below_stays_a_row_of_names():
    text = "Liste:\nLena;Weber;Graz;Moser\nTom;Berger;4471;Huber\n"  # a first name: no header
    found = values([(s.start, s.end, s.score) for s in one_word_names_in_cells(text, "prose", "t")], text)
    assert "Moser" in found


def test_a_pid_column_of_a_table_of_people_pasted_after_prose():
    text = "Export der Station 4:\npid;name;dob;ward\n4471;Anna Weber;1984-03-12;B2\n4472;Tom Berger;1979-11-02;B3\n"
    assert {"4471", "4472"} <= set(values(find_record_ids(text), text))
