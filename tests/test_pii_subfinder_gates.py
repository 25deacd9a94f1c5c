"""The sub-finders a PII composite calls only where their pre-condition holds find what they found on the whole text.

Each gate: a text it passes and the sub-finder finds in, a text it stops (the sub-finder is not even called), and
tricky forms where the gated composite must return what the sub-finder finds alone on the whole text.
"""
from __future__ import annotations

import pytest

from redactor.detect import ids_of_devices
from redactor.detect.ids_of_devices import find_device_ids

# --- ids_of_devices: a device column is read only where a device label was matched -----------------------------

_DEVICE_COLUMN_TABLES = {
    "csv_imei": "name,IMEI,plan\nAna Ruiz,356938035643809,basic\nTom Berg,490154203237518,pro\n"
                "Li Wei,352099001761481,basic\n",
    "tsv_german_label": "Kunde\tSeriennummer\tGerät\nMüller\tSN-88231X7\tRouter\nSchulz\tSN-99120K2\tModem\n"
                        "Klein\tSN-77310B5\tRouter\n",
    "markdown_device_id": "| user | device id | os |\n|---|---|---|\n| ana | 8f14e45fceea167a | ios |\n"
                          "| tom | 1679091c5a880faf | android |\n",
    "quoted_csv": '"name","IMEI"\n"Ana","356938035643809"\n"Tom","490154203237518"\n"Li","352099001761481"\n',
    # a short label's value is a label too, heading its own column above a rule line
    "label_inside_a_value": "SN\tsteamid64\tnick\n---\t---\t---\nA1\t76561198012345678\tkoala\n"
                            "B2\t76561198087654321\temu\n",
    # a long s (U+017F) matches the label's `s` case-insensitively but lower-cases to itself: no cue shows it
    "long_s_label": "name;\u017ferial;room\nAna;ZX81-4471-0921;12\nTom;ZX81-4471-0922;14\nLi;ZX81-4471-0923;16\n",
    "dotted_capital_i": "ad\u0130\tİMEİ\tşehir\nAyşe\t356938035643809\tİzmir\nMehmet\t490154203237518\tBursa\n"
                        "Can\t352099001761481\tAnkara\n",
}


@pytest.mark.parametrize("text", _DEVICE_COLUMN_TABLES.values(), ids=_DEVICE_COLUMN_TABLES.keys())
def test_device_ids_under_a_device_label_column_are_found_as_a_scan_of_every_table_finds_them(text):
    under_columns = list(ids_of_devices._device_columns(text))
    assert under_columns or "İ" in text  # (the dotted capital I spells no label: read whole, finds nothing)
    assert set(under_columns) <= set(find_device_ids(text))


_TABLES_WITHOUT_A_DEVICE_COLUMN = {
    "csv_with_key_word": "name,plan,phone_key\nAna Ruiz,basic,88123\nTom Berg,pro,99120\nLi,basic,11223\n",
    "log_table": "time | level | message\n10:01 | INFO | cache warmed\n10:02 | WARN | job retried\n"
                 "10:03 | INFO | key rotated\n",
}


@pytest.mark.parametrize("text", _TABLES_WITHOUT_A_DEVICE_COLUMN.values(), ids=_TABLES_WITHOUT_A_DEVICE_COLUMN.keys())
def test_tables_without_a_device_label_header_are_not_read_for_device_columns(text, monkeypatch):
    assert list(ids_of_devices._device_columns(text)) == []

    def must_not_run(_text):
        raise AssertionError("the device-column gate let through a text without a device label")
    monkeypatch.setattr(ids_of_devices, "_device_columns", must_not_run)
    list(find_device_ids(text))


# --- record_ids, usernames: a label is read as a column header only above a row that holds its separator ----------

from redactor.detect import record_ids  # noqa: E402
from redactor.detect.record_ids import find_record_ids  # noqa: E402
from redactor.detect.table_columns import may_have_cells_below  # noqa: E402


def _line_has_a_cell_separator(text: str, label_start: int, label_end: int) -> bool:
    """The gate before it: any cell separator on the label's line (a column header read whatever lies below)."""
    line_start = text.rfind("\n", 0, label_start) + 1
    line_end = text.find("\n", label_end)
    line_end = len(text) if line_end == -1 else line_end
    return any(text.find(separator, line_start, line_end) != -1 for separator in "|\t,;")


_RECORD_ID_COLUMNS = {
    "csv": "Name,Member No,Plan\nAna Ruiz,4471209,gold\nTom Berg,5580213,silver\n",
    "markdown": "| Patient | Patient ID | Ward |\n|---|---|---|\n| Maria Lopez | 0048213 | 4B |\n"
                "| John Okafor | 0051277 | 2A |\n",
    "psql_rule_line": " name        | employee_no \n-------------+-------------\n Priya Raman | 204518\n"
                      " Tom Hale    | 204519\n",
    "blank_line_below_header": "Name,Member No,Plan\n\nAna Ruiz,4471209,gold\nTom Berg,5580213,silver\n",
    "crlf_rows": "Name;Kundennummer;Ort\r\n\r\nAnna Schmidt;448120;Berlin\r\nJonas Weber;448121;Bonn\r\n",
    "rule_and_blank_lines": "Name\tStaff ID\n\n--------\t--------\n\nAna Ruiz\t204518\nTom Berg\t204519\n",
}


@pytest.mark.parametrize("text", _RECORD_ID_COLUMNS.values(), ids=_RECORD_ID_COLUMNS.keys())
def test_record_ids_under_an_id_column_are_found_as_when_every_header_line_was_read(text, monkeypatch):
    gated = list(find_record_ids(text))
    monkeypatch.setattr(record_ids, "may_have_cells_below", _line_has_a_cell_separator)
    assert gated == list(find_record_ids(text))


@pytest.mark.parametrize("form", ["csv", "markdown", "psql_rule_line"])
def test_record_ids_under_an_id_column_are_found_through_the_gate(form):
    assert list(find_record_ids(_RECORD_ID_COLUMNS[form]))


_ID_WORDS_ABOVE_NO_ROW = {
    "sql_in_code": "def get_user(user_id: int) -> dict:\n    return db.fetch_one('SELECT * FROM users WHERE id = %s', "
                   "user_id)\n```\nMaria paid 4471 today\n",
    "prose_with_commas": "Could you send the customer ID, the plan and the invoice?\nThanks! I'll file 4471 later.\n",
}


@pytest.mark.parametrize("text", _ID_WORDS_ABOVE_NO_ROW.values(), ids=_ID_WORDS_ABOVE_NO_ROW.keys())
def test_an_id_word_in_a_line_of_code_or_prose_above_a_line_without_its_separator_is_not_read_as_a_header(text):
    line = next(line for line in text.split("\n") if "," in line)
    label = text.index(line) + line.lower().index(" id") + 1
    assert _line_has_a_cell_separator(text, label, label + 2)
    assert not may_have_cells_below(text, label, label + 2)
    assert list(find_record_ids(text)) == []


# --- ids_as_objects: file names are tried only where a run of name characters reaches an extension --------------

from redactor.detect import ids_as_objects  # noqa: E402
from redactor.detect.ids_as_objects import find_ids_as_objects  # noqa: E402

_FILE_NAMES = {
    "scan_upload": "uploaded passport_C4F7H2KLM_scan.pdf and payslip-2024-03-884120.PDF for the claim",
    "dated_export": "see export_20240312_0915_4471209.csv (and the older one, statement-88213407.xlsx)",
    "listed": "files: contract-DE8841203.docx, CLM-448120-scan.jpeg; C:\\Users\\ana\\id-77120345.png",
    "extension_inside_a_run": "archive report.pdf.zip holds inv_99120344.pdf-old and 7741203.tiff",
    "long_stem": "x" * 130 + "_4471209.pdf then " + "a" * 100 + "_88213407.txt",
    "non_ascii_names": "Zeugnis_Müller_48812033.pdf und Ausweis-Şahin-77120345.JPG",
    "long_s": "the file \u017fcan_4471209.p7\u017f and ID-88412033.c\u017fv were attached",
    "dotted_capital_i": "dosya KİMLİK_44712093.pdf ve fatura_88120344.xml",
}


@pytest.mark.parametrize("text", _FILE_NAMES.values(), ids=_FILE_NAMES.keys())
def test_file_names_found_from_their_extensions_are_the_file_names_a_whole_text_scan_finds(text):
    anchored = [match.span() for match in ids_as_objects._file_names(text)]
    assert anchored == [match.span() for match in ids_as_objects._FILE_NAME.finditer(text)]
    assert anchored


@pytest.mark.parametrize("text", ["no attachment today, see the notes in the ticket", "version 1.2.3 of lib.so",
                                  "config.yaml and main.py changed"])
def test_a_text_without_a_file_extension_tries_no_file_name(text, monkeypatch):
    tried = []
    monkeypatch.setattr(ids_as_objects, "matches_at_starts", lambda regex, text, starts: tried.extend(starts) or iter(()))
    assert list(ids_as_objects._file_names(text)) == []
    assert tried == []
    assert [span for span in find_ids_as_objects(text)] == []


from redactor.detect import usernames  # noqa: E402
from redactor.detect.usernames import find_usernames  # noqa: E402

_LOGIN_COLUMNS = {
    "csv_username": "username,team,last_login\njdoe42,infra,2026-11-02\nr.okafor,data,2026-11-03\n",
    "markdown_login": "| login | role |\n|---|---|\n| mkhan7 | admin |\n| t.pham | viewer |\n",
    "account_name_tsv": "Account Name\tPlan\n\nkt_vance\tpro\nsam.ortiz3\tfree\n",
    "code_then_table": "def get_user(user_id: int) -> dict:\n    return db.fetch_one(query)\n\n"
                       "user,host\nadeyemi.k,build-07\nlchen9,build-08\n",
}


@pytest.mark.parametrize("text", _LOGIN_COLUMNS.values(), ids=_LOGIN_COLUMNS.keys())
def test_logins_under_a_login_column_are_found_as_when_every_label_line_was_read(text, monkeypatch):
    gated = sorted(find_usernames(text))
    assert gated
    monkeypatch.setattr(usernames, "may_have_cells_below", _line_has_a_cell_separator)
    assert gated == sorted(find_usernames(text))


# --- record_ids: court file numbers are tried only before a slash with a chamber, register and number before it ---

_COURT_FILES = {
    "german_civil": "Az. 4 O 117/23 (LG Köln), the tenant's appeal",
    "roman_chamber": "the hearing in II K 563/26 moved; see also VI ZR 123/20",
    "federal_constitutional": "Beschluss 1 BvR 2345/19 vom 3.5.2021",
    "between_dates_and_paths": "filed 12/03/2024 under 12 Cg 45/24, scans at /srv/files/v1/4471/",
    "eastern_arabic_digits": "sygnatura \u0663 K \u0664\u0665/23 w aktach",
}


@pytest.mark.parametrize("text", _COURT_FILES.values(), ids=_COURT_FILES.keys())
def test_court_file_numbers_found_from_their_slash_are_those_a_whole_text_scan_finds(text):
    anchored = [match.span() for match in record_ids._court_file_numbers(text)]
    assert anchored == [match.span() for match in record_ids._COURT_FILE_NUMBER.finditer(text)]
    assert anchored


@pytest.mark.parametrize("text", ["GET /api/v1/orders/4471 200", "dates 12/03/1985 and 2024/11/02 in the log",
                                  "ratio 3/4 of the 2 K 17 batch"])
def test_slashes_without_a_court_file_numbers_first_part_try_no_match(text, monkeypatch):
    tried = []
    monkeypatch.setattr(record_ids, "matches_at_starts", lambda regex, text, starts: tried.extend(starts) or iter(()))
    assert list(record_ids._court_file_numbers(text)) == []
    assert tried == []
