"""Patterns with a leading `^` or look-behind are tried only where their matches can start, with the same matches as
a scan of the whole text: ids_work_item_keys' header cells (at a line's start or after a cell delimiter),
infra_names_in_prose's machine after a word of place (where the word starts, from the shared cue scan) and
infra_stores' field pattern (at a branch's first word, and at the start of a line holding `USE` or `\\c`)."""
from __future__ import annotations

import pytest

from redactor.detect import ids_work_item_keys as work_items
from redactor.detect import infra_stores as stores
from redactor.detect import infra_names_in_prose as prose
from redactor.detect.keywords import matches_at_starts


def _header_cells_as_whole_text_scans(text: str) -> bool:
    return all([match.span("label") for match in matches_at_starts(
        pattern, text, work_items._header_cell_starts(after_delimiters, text))]
               == [match.span("label") for match in pattern.finditer(text)]
               for pattern, after_delimiters in (
                   (work_items._HEADER_CELL, work_items._HEADER_CELL_AFTER_DELIMITERS),
                   (work_items._SHORT_HEADER_CELL, work_items._SHORT_HEADER_CELL_AFTER_DELIMITERS)))


def _places_as_whole_text_scan(text: str) -> bool:
    return ([match.span("host") for match in prose._place_then_name_matches(text)]
            == [match.span("host") for match in prose._PLACE_THEN_NAME.finditer(text)])


def _work_items(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in work_items.find_work_item_keys(text)]


def _machines(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in prose.find_machines_after_places(text)]


# Dev set: the forms each anchor must reach (written for this change).
def test_a_key_under_a_header_cell_is_found_from_the_cell_starts() -> None:
    assert _work_items("Issue key | Summary\nSD-4471 | refund for the customer\n") == ["SD-4471"]


def test_a_machine_after_a_word_of_place_is_found_from_the_cue_scan() -> None:
    assert _machines("restart nginx on sqlprd1 and copy it from bkpsrv2") == ["sqlprd1", "bkpsrv2"]


def test_a_text_without_a_word_of_place_tries_no_position() -> None:
    assert list(prose._place_then_name_matches("Build passes; lint clean")) == []


@pytest.mark.parametrize("text", [
    "Ticket,Name,Date\nSD-4471,Anna,2024-03-01",
    "| ticket id | owner |\n|---|---|\n| HR-2231 | x |",
    "id\tstatus\nAB-12\topen",
    "; key ;\n  Key\n",
    "no, the ref. was missing",
    "x\n\tkey\t\tticket\nAB-1\t\tCD-2",  # a cell opening inside another's match (a tab before the label)
])
def test_header_anchors_match_whole_text_scans_on_the_dev_forms(text: str) -> None:
    assert _header_cells_as_whole_text_scans(text)


@pytest.mark.parametrize("text", [
    "routed via fw01 onto the filesrv",
    "ON sqlprd1, To bkpsrv2, AT db-reporting",  # words of place in capitals
    "Toronto atlas photon into-the mix",  # the words inside other words
    "the the db01",
    "copy to `nas02` and from zq01(",
])
def test_place_anchor_matches_whole_text_scan_on_the_dev_forms(text: str) -> None:
    assert _places_as_whole_text_scan(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    'Order no.;Kunde;Betrag\n"88120";Meyer;12,50\n"88121";Braun;3,00',
    "**Ticket #**|Status\r\nOPS-91|done\r\n",
    "Reference, Number\n  reference  ,  nummer  \n",
    "\n\n\tcase\n,issue key,",
    "see clé | clave | chiave\nAB-1 | CD-2 | EF-3",
    "lorem ipsum, dolor; sit amet\n" * 30 + "Ticket\nSD-1",
])
def test_header_anchors_match_whole_text_scans_on_the_check_forms(text: str) -> None:
    assert _header_cells_as_whole_text_scans(text)


@pytest.mark.parametrize("text", [
    "Pushed the build to stgweb03 then failed over onto dr-db01 at 2am via vpn-gw2.",
    "we moved from the old exch01 into the new one",
    "Große Migration: von appsrv1 to İntra-db2 at srv-01",  # not ASCII: the whole text is scanned
    "lorem ipsum dolor sit amet " * 40 + "on bkpnas4",
    "at\tat at\n the\tthe\tweb-01",
])
def test_place_anchor_matches_whole_text_scan_on_the_check_forms(text: str) -> None:
    assert _places_as_whole_text_scan(text)


# infra_stores' field pattern (a database named in a connection string, a statement, a secret path): tried only at a
# branch's first word, and at the start of a line holding `USE` or `\c` (the branches that start with `^`).
def _fields_as_whole_text_scan(text: str) -> bool:
    return [match.span("name") for match in stores._field_matches(text)] == [
        match.span("name") for match in stores._FIELD.finditer(text)]


def _stores(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in stores._names_in_fields(text)]


# Dev set.
def test_a_database_after_use_at_a_line_start_is_found_from_the_line_anchor() -> None:
    assert _stores("mysql> USE payroll_prod;\nDatabase changed") == ["payroll_prod"]


def test_a_database_in_a_connection_string_is_found_from_its_first_word() -> None:
    assert _stores("Server=sql01;Initial Catalog=FinanceLedger;User Id=app") == ["FinanceLedger"]


@pytest.mark.parametrize("text", [
    "postgres=# \\c billing_main\nYou are now connected",
    "jdbc:postgresql://db01:5432/orders_v2?ssl=true",
    "CREATE DATABASE IF NOT EXISTS crm_eu;\nGRANT ALL ON DATABASE crm_eu TO app;",
    "vault kv get secret/data/prod/payments-api",
    "we use it because\n  use ledger\n",
])
def test_field_anchor_matches_whole_text_scan_on_the_dev_forms(text: str) -> None:
    assert _fields_as_whole_text_scan(text)


# Check set.
@pytest.mark.parametrize("text", [
    "app=> \\connect inventory_db\r\nmydb=#   \\C   other_db",
    "Data Source=.;Default   Database=HRCore;databaseName=legacy\tcatalog = x1",
    "connected to database warehouse_stg at 10:02\nDROP SCHEMA old_stuff;",
    "\tUSE  [TenantA]\nGO\n  mysql>use shop;",
    "mongodb+srv://u:p@cluster0.example.net/analytics?retryWrites=true",
    "kv/db/orders and secrets/database/main and secret/staging/cfg",
    "the lazy dog jumps over the fence because it can, on and on\n" * 20,
    "Schön: USE kunden_db; \\c verträge",  # not ASCII: the whole text is scanned
])
def test_field_anchor_matches_whole_text_scan_on_the_check_forms(text: str) -> None:
    assert _fields_as_whole_text_scan(text)
