"""Round 28 speed work on the infra detector (issue 14): each pattern tried only where its matches can start finds
what the pattern over the whole text finds, and each finder's gate stops texts it cannot find in and lets through
those it finds in.

The dev texts were written while changing the code; the check texts (`_CHECK_*`) afterwards, not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect import infra_stores
from redactor.detect.keywords import matches_at_line_starts

_PROSE_TEXTS = [
    "the `orderhub` database and the topic `claims-events` are both new",
    "Database `ledger` and QUEUE `inbound`; the index `audit-2026.03` too",
    "```python\nclient.query('select 1')\n```\nthe db `payroll_eu` is read-only",
    "the Postgres password for crmcore, and MySQL creds for `payroll`",
    "db user for ledger_main is in vault; the mongodb url to sessions_store",
    "nothing about engines or logins here, just a `code span` and a db",
    "a back`tick inside a word`database and schema`x` glued",
]
_CHECK_PROSE_TEXTS = [
    "Restore the `claims_archive` schema before you drop the stream `orders.v2`.",
    "EXCHANGE `billing-events`, topics `refunds`; redis connection to the sessions-cache",
    "the po\u017ftgres pa\u017f\u017fword for crmcore (a long s) and the `ledger` \u017fchema",
    "oracle login for finance_mart; SQL Server credentials for hr_core\n`x`",
]


@pytest.mark.parametrize("text", _PROSE_TEXTS + _CHECK_PROSE_TEXTS)
def test_backticked_names_beside_kind_words_are_those_the_whole_text_search_finds(text):
    assert [match.span() for match in infra_stores._backticked_beside_kind_matches(text)] == \
        [match.span() for match in infra_stores._BACKTICKED_BESIDE_KIND.finditer(text)]


@pytest.mark.parametrize("text", _PROSE_TEXTS + _CHECK_PROSE_TEXTS)
def test_names_after_engine_credentials_are_those_the_whole_text_search_finds(text):
    lowered = text.lower()
    assert [match.span() for match in infra_stores._engine_credentials_matches(text, lowered)] == \
        [match.span() for match in infra_stores._ENGINE_CREDENTIALS.finditer(text)]


_LINE_TEXTS = [
    "db1.internal:5432:ledger_prod:etl:S3cr3t\n*:*:claims_db:ro:pw2\n",
    "  pg-main:*:orders_v2:app:x\nnot a line: at:all:here:x y",
    "database:\n  host: pg1\n  name: fleet_ops\n",
    "+db:\n+  dbname: crm_core\n-  name: old_core\nDATABASES:\n  name: x",
]
_CHECK_LINE_TEXTS = [
    "\n\nreplica.corp:6432:billing:svc:pw\n",
    "settings:\n  postgres:\n    database: pricing_eu\n  mysql:  \n    name: legacy_shop",
]


@pytest.mark.parametrize("text", _LINE_TEXTS + _CHECK_LINE_TEXTS)
@pytest.mark.parametrize("pattern", ["_PGPASS_LINE", "_YAML_DATABASE_BLOCK"])
def test_line_patterns_tried_at_line_starts_match_as_over_the_whole_text(text, pattern):
    regex = getattr(infra_stores, pattern)
    assert [match.span() for match in matches_at_line_starts(regex, text)] == \
        [match.span() for match in regex.finditer(text)]


def test_stores_named_in_prose_and_pgpass_lines_are_still_found():
    names = {text[start:end] for text in _PROSE_TEXTS[:5] + _LINE_TEXTS
             for start, end, _, _ in infra_stores.find_named_stores(text)}
    assert {"orderhub", "crmcore", "ledger_prod", "claims_db", "fleet_ops", "crm_core"} <= names


def test_check_stores_are_still_found():
    names = {text[start:end] for text in _CHECK_PROSE_TEXTS + _CHECK_LINE_TEXTS
             for start, end, _, _ in infra_stores.find_named_stores(text)}
    assert {"claims_archive", "pricing_eu", "finance_mart"} <= names  # ("billing" is a word: no store name alone)
