"""Round 25 check set: database, schema, index and queue names in forms the dev set (test_stores25_dev.py) does not
hold, written after the change and not tuned on, with invented names; and texts where nothing is one."""
import pytest

from tests.test_stores25_dev import _redacted, engine  # noqa: F401 (the module's engine fixture)


@pytest.mark.parametrize("text, names", [
    ("DATABASE_NAME\tSIZE\nQUORN_SALES\t4 GB\n", ("QUORN_SALES",)),
    ("catalog | owner\n--------+------\nvesper_lake | data\n", ("vesper_lake",)),
    ("stream,shards\nkiln-clickstream,4\n", ("kiln-clickstream",)),
    ("| Queue | Messages | Consumers |\n|---|---|---|\n| tolland.sms | 3 | 1 |", ("tolland.sms",)),
    ("mysql> SHOW DATABASES;\n+----------+\n| Database |\n+----------+\n| ferrow_app |\n+----------+\n",
     ("ferrow_app",)),
    ("$ gcloud pubsub topics list\nname: projects/x-proj/topics/nimbus-alerts\n", ("nimbus-alerts",)),
    ("index\tdocs.count\tstore.size\nharbin-orders-v3\t120011\t88mb\n", ("harbin-orders-v3",)),
    ("Data Source=sqlprod02;Initial Catalog=Pemberley;Integrated Security=True", ("Pemberley",)),
    ("DROP SCHEMA IF EXISTS wyvern_tmp CASCADE;", ("wyvern_tmp",)),
    ("DATABASE_URL=postgresql://app:secret@pg.internal:5432/corvid_main", ("corvid_main",)),
    ("mongodb+srv://reader:pw@cluster0.abc.mongodb.net/heronsgate?retryWrites=true", ("heronsgate",)),
    ('resource "aws_sns_topic" "alerts" {\n  name = "tamworth-oncall"\n}', ("tamworth-oncall",)),
    ('resource "google_sql_database" "db" {\n  name     = "pollard_crm"\n  instance = x\n}', ("pollard_crm",)),
    ("vault kv put secret/data/staging/brackley_pos password=...", ("brackley_pos",)),
    ("jdbc:sqlserver://sql1:1433;databaseName=Ashdown_HR;encrypt=true", ("Ashdown_HR",)),
    ("GRANT CONNECT ON DATABASE morwen_reports TO analyst;", ("morwen_reports",)),
    ("could someone reset the mysql password for tillbrook?", ("tillbrook",)),
    ("we should archive `gorse_events` topic before the cutover", ("gorse_events",)),
    ("the consumer for shipments.delayed keeps crashing", ("shipments.delayed",)),
    ("ILM: delete orchid-metrics-* after 30 days", ("orchid-metrics-*",)),
    ("nightly job copies sales_edw into the sandbox", ("sales_edw",)),
])
def test_a_database_or_queue_name_is_redacted(engine, text, names):  # noqa: F811
    redacted = _redacted(engine, text)
    for name in names:
        assert name not in redacted


@pytest.mark.parametrize("text, kept", [
    ("topic\towner\nonboarding\tPriya\n", ("onboarding",)),
    ("index | term\n1 | apple\n2 | pear\n", ("apple", "pear")),
    ("Use the default settings; see config.yaml", ("config.yaml", "default")),
    ("the order.created webhook fires twice", ("webhook",)),
    ("rm -rf build/* and rebuild", ("build/*",)),
    ("import os.path\nos.path.join(a, b)  # publish the file", ("os.path",)),
    ("mysql> SHOW DATABASES;\n+--------------------+\n| Database           |\n+--------------------+\n"
     "| information_schema |\n| performance_schema |\n+--------------------+", ("information_schema",)),
])
def test_ordinary_values_stay(engine, text, kept):  # noqa: F811
    redacted = _redacted(engine, text)
    for word in kept:
        assert word in redacted


def test_a_key_of_a_log_lines_fields_after_a_kind_word_is_no_name():
    # Lead, after the merge: the hand-written clean corpus's "connected to database pool_size=20" (a field's key).
    from redactor.detect.infra_stores import find_named_stores
    text = "2024-03-05T09:15:03.002Z INFO  connected to database pool_size=20 latency_ms=12.4"
    assert list(find_named_stores(text)) == []
    named = "INFO connected to database orders_eu (pool 20)"
    assert [named[s:e] for s, e, _, _ in find_named_stores(named)] == ["orders_eu"]
