"""Round 25 speed work (issue 14) on the round's new finders (infra_stores, ids_work_item_keys): each pre-check and
each faster form of a pattern finds what the plain pattern over the whole text finds.

The dev texts below were written while changing the code; the check texts (`_CHECK_*`) afterwards, not tuned on.
"""
from __future__ import annotations

import re

import pytest

from redactor.detect import ids_work_item_keys, infra_stores
from redactor.detect.ids_work_item_keys import find_work_item_keys
from redactor.detect.infra_stores import find_named_stores

# One text per way a connection field or statement names a store, and texts that hold none.
_FIELD_TEXTS = [
    "Server=sql01;Initial Catalog=ClaimsLedger;User Id=svc;",
    "jdbc:sqlserver://db7:1433;databaseName=hr_payroll;encrypt=true",
    "mysql> USE warehouse_eu;\nDatabase changed",
    "CREATE DATABASE IF NOT EXISTS orderhub_v2;",
    "GRANT CONNECT ON DATABASE billingcore TO app;",
    "app=# \\c fleetmgmt\nYou are now connected to database \"fleetmgmt\" as user \"ops\".",
    "url: postgresql://pg1.internal:5432/crm_prod?sslmode=require",
    "vault kv get secret/db/ledgerx/user and secret/data/prod/pricing-engine",
    "disconnected to database replay_store after the failover",
    "Nothing here: we should use the catalogue and drop the old plan.",
]
_CHECK_FIELD_TEXTS = [
    "DROP SCHEMA analytics_stage CASCADE;",
    "  USE [tenant_4411]\nGO",
    "mongodb+srv://cluster0.abcd.mongodb.net/loyalty_points?retryWrites=true",
    "Data Source=.;Default Database=FinanceMart;Integrated Security=SSPI",
    "kv/data/staging/inventorysync",
    "The docs use a catalog of connected devices; create a ticket if it drops.",
]
_DOTTED_TEXTS = [
    "payments.settled has no DLQ, so a failed consumer drops it",
    "see config.yaml and self.retry for the details\nthe queue for claims.submitted.v2 is lagging",
    "orders.created\nno cue on this line: invoices.issued\nkafka topic refunds.approved",
    "a topic line without dots\nwhile this one has user.signed_up but no cue",
]
_CHECK_DOTTED_TEXTS = [
    "Consumer lag on shipments.dispatched grew after the deploy.\nmetrics.daily is a table.",
    "We publish to billing.invoice.paid and billing.invoice.voided; os.path is code.",
    "Kafka-Topic für zahlung.eingegangen läuft über\nplain.line here",
    "the \u017fqs handler reads refunds.approved",  # a long s: `re` folds it into s, lower() does not
]
_KEY_TEXTS = [
    "Hi, about ticket SD-4471 from yesterday: the customer called again.",
    "- Hana: ENG-341, ENG-360\n* Marek -> CS-219",
    "Der Fall KD-2210 ist offen; dossier n° RH-0412.",
    "all lower case text with a dash - and no key at all",
    "UTF-8 and SHA-256 are not tickets; case closed.",
]
_CHECK_KEY_TEXTS = [
    "El caso AT-903 sigue abierto.\nzgłoszenie PL-7781 zamknięte",
    "1. Priya: FIN-12 and FIN-14",
    "the request - see below - has nothing numbered",
]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern compiled from its source as written (alternatives_by_first_character keeps the source)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.UNICODE)


def _plain_field_pattern() -> re.Pattern[str]:
    """_FIELD without its leading look-ahead: the branches alone."""
    source = infra_stores._FIELD.pattern
    lead = r"(?:^|(?=[idcaojpmrsk][nacerlwodyqv]))"
    assert source.startswith(lead)
    return re.compile(source[len(lead):], re.IGNORECASE | re.MULTILINE)


@pytest.mark.parametrize("text", _FIELD_TEXTS + _CHECK_FIELD_TEXTS + _DOTTED_TEXTS + _KEY_TEXTS)
def test_the_field_pattern_with_its_look_ahead_finds_what_its_branches_find(text):
    assert [match.span("name") for match in infra_stores._FIELD.finditer(text)] == \
        [match.span("name") for match in _plain_field_pattern().finditer(text)]


def test_every_connection_field_still_names_its_store():
    names = {text[start:end] for text in _FIELD_TEXTS for start, end, _, _ in infra_stores._names_in_fields(text)}
    assert {"ClaimsLedger", "hr_payroll", "warehouse_eu", "orderhub_v2", "billingcore", "fleetmgmt", "crm_prod",
            "ledgerx", "pricing-engine", "replay_store"} <= names


def test_check_connection_fields_name_their_store():
    names = {text[start:end] for text in _CHECK_FIELD_TEXTS
             for start, end, _, _ in infra_stores._names_in_fields(text)}
    assert {"analytics_stage", "tenant_4411", "loyalty_points", "FinanceMart", "inventorysync"} <= names


@pytest.mark.parametrize("name", ["_BACKTICKED_BESIDE_KIND", "_QUEUE_CUES", "_ENGINE_CREDENTIALS"])
def test_store_patterns_grouped_by_first_character_match_as_written(name):
    pattern = getattr(infra_stores, name)
    texts = _FIELD_TEXTS + _CHECK_FIELD_TEXTS + _DOTTED_TEXTS + _CHECK_DOTTED_TEXTS + [
        "the `orderhub` database and the topic `claims-events`", "the Postgres password for crmcore",
        "Database `ledger` and QUEUE `inbound`", "mysql creds for the payroll_db", "KafKa Topics are laggy"]
    for text in texts:
        assert [match.span() for match in pattern.finditer(text)] == \
            [match.span() for match in _plain(pattern).finditer(text)]


def _event_names_line_by_line(text: str) -> list[tuple[int, int]]:
    """The dotted-name rule as it read before: each line with a queue cue, searched on its own."""
    found = []
    start = 0
    for line in text.split("\n"):
        if infra_stores._QUEUE_CUES.search(line):
            for match in infra_stores._DOTTED_NAME.finditer(line):
                if infra_stores._reads_as_event_name(match.group("name")):
                    found.append((start + match.start("name"), start + match.end("name")))
        start += len(line) + 1
    return found


@pytest.mark.parametrize("text", _DOTTED_TEXTS + _CHECK_DOTTED_TEXTS)
def test_dotted_event_names_are_those_a_line_by_line_search_finds(text):
    found = [(start, end) for start, end, kind, _ in infra_stores._names_in_prose(text)
             if kind == infra_stores.QUEUE_KIND]
    assert found == _event_names_line_by_line(text)


def test_a_dotted_name_counts_only_on_a_line_that_speaks_of_queues():
    text = "orders.created\nno cue on this line: invoices.issued\nkafka topic refunds.approved"
    names = [text[start:end] for start, end, _, _ in infra_stores._names_in_prose(text)]
    assert names == ["refunds.approved"]


def test_an_index_pattern_is_found_behind_its_pre_check():
    for text, name in (("search audit-logs-* for last week", "audit-logs-*"), ("the pattern metrics_app_* in Kibana",
                                                                        "metrics_app_*"),
                       ("query filebeat.* for the host", "filebeat.*")):
        assert name in {text[start:end] for start, end, _, _ in find_named_stores(text)}


@pytest.mark.parametrize("name", ["_HEADER_CELL", "_KEY_AFTER_CASE_WORD", "_NUMBER_AFTER_CUSTOMER_LABEL"])
def test_work_item_patterns_grouped_by_first_character_match_as_written(name):
    pattern = getattr(ids_work_item_keys, name)
    texts = _KEY_TEXTS + _CHECK_KEY_TEXTS + [
        "Issue key | Summary\nSD-12 | broken", "ticket,owner\nT-1,ana", "merge cust 88120 into 90455",
        "Cliente nº 55231 llamó", "member 30417 and ACCT 99120", "TICKET #INC-4471 reopened"]
    for text in texts:
        assert [match.span() for match in pattern.finditer(text)] == \
            [match.span() for match in _plain(pattern).finditer(text)]


def _keys(text: str) -> list[str]:
    # Each key once, in text order: a key may be found by two of the module's rules (at a line's start and on a
    # person's list line), which the engine merges.
    return [text[start:end] for start, end in sorted({(start, end) for start, end, _ in find_work_item_keys(text)})]


def test_keys_after_a_case_word_and_on_a_person_line_pass_the_key_pre_check():
    assert _keys(_KEY_TEXTS[0]) == ["SD-4471"]
    assert _keys(_KEY_TEXTS[1]) == ["ENG-341", "ENG-360", "CS-219"]
    assert _keys(_KEY_TEXTS[2]) == ["KD-2210", "RH-0412"]


def test_check_keys_pass_the_key_pre_check_and_a_text_without_a_key_finds_none():
    assert _keys(_CHECK_KEY_TEXTS[0]) == ["AT-903", "PL-7781"]
    assert _keys(_CHECK_KEY_TEXTS[1]) == ["FIN-12", "FIN-14"]
    assert _keys(_CHECK_KEY_TEXTS[2]) == []


@pytest.mark.parametrize("text", [
    "the Postgres password for crmcore", "MySQL creds for `payroll`", "db user for ledger_main is in vault",
    "the po\u017ftgres pa\u017f\u017fword for crmcore", "redis url to the sessions-cache today",
    "nothing about engines or logins here"])
def test_engine_credentials_pre_check_keeps_every_match(text):
    found = [(start, end) for start, end, _, _ in infra_stores._names_in_prose(text)]
    expected = [match.span("name") for match in _plain(infra_stores._ENGINE_CREDENTIALS).finditer(text)
                if infra_stores._reads_as_store_name(match.group("name"))]
    assert set(expected) <= set(found)


@pytest.mark.parametrize("text, name", [
    ("load it into finance_dw tonight", "finance_dw"), ("claims_archive is read-only", "claims_archive"),
    ("the ledger_prod copy", "ledger_prod"), ("marketing_datamart refresh failed", "marketing_datamart")])
def test_store_part_names_pass_their_pre_check(text, name):
    assert name in {text[start:end] for start, end, _, _ in infra_stores._names_in_prose(text)}


@pytest.mark.parametrize("text", [
    "merge cust 88120 into 90455", "Cliente nº 55231 llamó", "member 30417 and ACCT 99120", "Kunde Nr. 44017",
    "subscriber #20331 and abonnent 77120", "our customer count is 12000", "Mitglied 50211; konto 88121",
    "m\u0131embro 88120 (a dotless i)", "\u017focio 88120 (a long s)", "the account 2026 year is no id"])
def test_numbers_after_customer_labels_are_those_the_plain_pattern_finds(text):
    found = [(start, end) for start, end, _ in find_work_item_keys(text)]
    expected = [match.span("number") for match in _plain(ids_work_item_keys._NUMBER_AFTER_CUSTOMER_LABEL).finditer(text)
                if not ids_work_item_keys._YEAR.fullmatch(match.group("number"))]
    assert set(expected) <= set(found)
    assert bool(expected) == bool(found)


def test_initials_after_an_act_grouped_by_first_character_match_as_written():
    # Lead, round 25: people_initials._AFTER_ACT was ~0.8 ms per 4 KB prose text (the largest finder in a prose
    # profile); grouped, ~0.4, the same matches.
    from redactor.detect import people_initials

    pattern = people_initials._AFTER_ACT
    texts = ["Approved by RT\nsigned off: PJ", "Reviewed By: KP and witnessed by SL", "checked by  AB, entered by CD.",
             "SIGNED OFF: JM", "signed off: jm", "Initials: RWD\nApprover: TK", "seen by: J.M.", "DONE BY XY",
             "The report was prepared by the team and logged by ops; raised by HK (see ticket)."]
    for text in texts:
        assert [match.span("initials") for match in pattern.finditer(text)] == \
            [match.span("initials") for match in _plain(pattern).finditer(text)]
