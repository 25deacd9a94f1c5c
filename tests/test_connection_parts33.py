"""A found connection string's distinctive parts (password, host, host's machine label, database or account name)
are spread to their bare mentions elsewhere in the conversation, doubtful; documentation hosts, ordinary words and
masks are not. Forms written by hand, in several syntaxes (URL, ADO.NET, libpq, JDBC, Azure storage)."""
from __future__ import annotations

import pytest

from redactor.detect.connection_parts import connection_parts
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _parts(value: str) -> dict[str, str]:
    return dict(connection_parts(value))


@pytest.mark.parametrize("value, part, kind", [
    ("postgresql://etl:Vb7#qq2Lm@pg-warehouse-02.corp.brindle.io:5432/finance_dw", "pg-warehouse-02", "INTERNAL_HOSTNAME"),
    ("postgresql://etl:Vb7#qq2Lm@pg-warehouse-02.corp.brindle.io:5432/finance_dw", "finance_dw", "DATABASE"),
    ("postgresql://etl:Vb7#qq2Lm@pg-warehouse-02.corp.brindle.io:5432/finance_dw", "Vb7#qq2Lm", "PASSWORD"),
    ("Data Source=sqlhr-01.ad.brindle.local,1433;Initial Catalog=payroll_core;User Id=hr;Password=Pq9$zz81",
     "sqlhr-01", "INTERNAL_HOSTNAME"),
    ("Data Source=sqlhr-01.ad.brindle.local,1433;Initial Catalog=payroll_core;User Id=hr;Password=Pq9$zz81",
     "payroll_core", "DATABASE"),
    ("Driver={ODBC Driver 18};Server=tcp:mssql-ops-7.brindle.net;Uid=ops;Pwd={Lm3@kk9!q}", "Lm3@kk9!q", "PASSWORD"),
    ("host=replica-eu-3.brindle.internal port=5432 dbname=ledger_ro user=rep password='Hh7!pp02x'",
     "replica-eu-3.brindle.internal", "INTERNAL_HOSTNAME"),
    ("jdbc:mysql://mysql-crm-9.brindle.lan:3306/crm_live?user=crm&password=Ty6!mn3Q", "Ty6!mn3Q", "PASSWORD"),
    ("DefaultEndpointsProtocol=https;AccountName=brindlelogs;AccountKey=q9Zx+Pl3==;EndpointSuffix=core.windows.net",
     "brindlelogs", "DATABASE"),
    ("amqps://ingest:R5t!vv0pq@mq-prod-4.brindle.io:5671/orders_vh", "mq-prod-4", "INTERNAL_HOSTNAME"),
])
def test_a_distinctive_part_is_read_by_its_position(value, part, kind):
    assert _parts(value).get(part) == kind


@pytest.mark.parametrize("value, part", [
    ("postgres://user:password@localhost:5432/mydb", "password"),  # an ordinary word is no password to spread
    ("postgres://user:password@localhost:5432/mydb", "localhost"),
    ("mysql://app:Zx81!kkq@db.example.com/orders", "db.example.com"),  # documentation host
    ("mysql://app:Zx81!kkq@db.example.com/orders", "orders"),  # ordinary word
    ("https://:****@pypi.brindle.dev/simple", "****"),  # a mask
    ("Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD}", "${DB_PASSWORD}"),  # a template slot
])
def test_public_ordinary_or_masked_parts_are_not_spread(value, part):
    assert part not in _parts(value)


def _spans(engine: DetectionEngine, origin: str, mention: str):
    return engine.detect([Segment(origin, role="user", kind="code"), Segment(mention, role="tool", kind="tool_result")])[1]


def _covered(engine: DetectionEngine, origin: str, mention: str, part: str) -> bool:
    start = mention.index(part)
    return any(s.start <= start and start + len(part) <= s.end for s in _spans(engine, origin, mention))


@pytest.mark.parametrize("origin, mention, part", [
    ('DATABASE_URL="postgresql://etl:Vb7#qq2Lm@pg-warehouse-02.corp.brindle.io:5432/finance_dw"',
     "FATAL: could not connect to pg-warehouse-02 (timeout)", "pg-warehouse-02"),
    ('"Main": "Server=tcp:sqlhr-01.ad.brindle.local,1433;Initial Catalog=payroll_core;User Id=hr;Password=Pq9$zz81"',
     "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Sql/servers/sqlhr-01/databases/payroll_core",
     "payroll_core"),
    ("PIP_INDEX_URL=https://ci:Bx8-Build-Key@pypi.int.brindle.dev/simple",
     "Looking in indexes: https://:****@pypi.int.brindle.dev/simple", "pypi.int.brindle.dev"),
])
def test_a_part_is_redacted_where_it_recurs_bare(engine, origin, mention, part):
    assert _covered(engine, origin, mention, part)


def test_a_documentation_example_spreads_nothing(engine):
    mention = "then open localhost in the browser and pick the orders table"
    spans = _spans(engine, "e.g. postgres://user:password@localhost:5432/orders", mention)
    assert not any(mention[s.start:s.end] in ("localhost", "orders") for s in spans)
