"""Round 25 dev set: database, schema, index and queue/topic names where developers paste them (issue 12).

Written before the change, with invented names: result grids and listings whose column or command names the
kind, connection fields and SQL statements, Terraform resources, secret store paths, and prose that names a
database or a queue. Generic words (`postgres`, `default`, `main`, `public`) stay.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _redacted(engine, text: str) -> str:
    """The text with every found span blanked out."""
    [spans] = engine.detect([Segment(text, kind="prose")])
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = "#" * (span.end - span.start)
    return "".join(chars)


@pytest.mark.parametrize("text, names", [
    # tables whose header names the kind
    ("db\towner\tsize\nhalvard_crm\tapp\t12 GB\nquill_ledger\tetl\t3 GB\n", ("halvard_crm", "quill_ledger")),
    ("database,tables,size_mb\nmarlow_billing,42,1800\nornate_hr,17,240\n", ("marlow_billing", "ornate_hr")),
    ("| dbname | owner |\n|---|---|\n| pellgrove | svc_app |\n| tamsin_reports | svc_bi |",
     ("pellgrove", "tamsin_reports")),
    ("schema;rows\nkestrel_stage;1200\nkestrel_mart;98\n", ("kestrel_stage", "kestrel_mart")),
    ("Datenbank\tGröße\nlagerwerk_prod\t20 GB\n", ("lagerwerk_prod",)),
    ("topic\tpartitions\treplicas\nclaims.submitted\t12\t3\nclaims.rejected\t6\t3\n",
     ("claims.submitted", "claims.rejected")),
    ("queue,messages,consumers\nfenwick.invoices\t0\t2\n".replace("\t", ","), ("fenwick.invoices",)),
    ("exchange | type\n-----+-----\nbrambles.events | topic\n", ("brambles.events",)),
    ("consumer group,topic,lag\nrostra-indexer,rostra.docs,1200\n", ("rostra-indexer", "rostra.docs")),
    # result grids and listings
    ("     Name      |  Owner   | Encoding\n"
     "---------------+----------+----------\n"
     " arbury_orders | arbury   | UTF8\n"
     " postgres      | postgres | UTF8\n", ("arbury_orders",)),
    ("+--------------------+\n| Database           |\n+--------------------+\n| information_schema |\n"
     "| cobalt_shop        |\n| mysql              |\n+--------------------+\n", ("cobalt_shop",)),
    ("$ kafka-topics --bootstrap-server kb1:9092 --list\nsettle.payments.v1\nsettle.refunds.v1\n__consumer_offsets\n",
     ("settle.payments.v1", "settle.refunds.v1")),
    ("$ rabbitmqctl list_queues name messages\nTiming out after 60 seconds\nname\tmessages\nparcel_labels\t14\n"
     "parcel_retry\t0\n", ("parcel_labels", "parcel_retry")),
    ("health status index                 uuid   pri rep docs.count\n"
     "green  open   wrenly-audit-2026.03  aB3dQ  1   1   88213\n", ("wrenly-audit-2026.03",)),
    ("Topic: ledger.postings\tTopicId: x1\tPartitionCount: 6\tReplicationFactor: 3", ("ledger.postings",)),
    # fields, flags and statements
    ("Server=sql01;Initial Catalog=Thornbury_Claims;User ID=app;", ("Thornbury_Claims",)),
    ("Server=tcp:db.example.net,1433;Database=harlow_ops;Encrypt=true", ("harlow_ops",)),
    ("host=10.0.3.4 port=5432 dbname=galloway_dw user=report", ("galloway_dw",)),
    ("USE cinder_payroll;\nSELECT count(*) FROM employees;", ("cinder_payroll",)),
    ("CREATE DATABASE maltby_archive WITH OWNER = etl;", ("maltby_archive",)),
    ("postgres=# \\c nettle_ops\nYou are now connected to database \"nettle_ops\" as user \"postgres\".",
     ("nettle_ops",)),
    ("mysql -u root -p --database=selwyn_store < dump.sql", ("selwyn_store",)),
    ("database: ashgrove_inventory\nusername: app", ("ashgrove_inventory",)),
    ("queue_name = \"dunmore-ingest\"", ("dunmore-ingest",)),
    ('resource "aws_sqs_queue" "orders" {\n  name = "calder-orders-dlq"\n}', ("calder-orders-dlq",)),
    ('resource "google_pubsub_topic" "events" {\n  name = "brisk-telemetry"\n}', ("brisk-telemetry",)),
    ('resource "azurerm_mssql_database" "main" {\n  name      = "kellsdb"\n  server_id = x\n}', ("kellsdb",)),
    ("vault kv get secret/data/prod/oakhurst_billing", ("oakhurst_billing",)),
    ("vault read secret/db/ravenmoor/app_rw", ("ravenmoor",)),
    ("warehouse:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      database: LINTON_ANALYTICS\n",
     ("LINTON_ANALYTICS",)),
    ("DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'kilnworth'}}", ("kilnworth",)),
    ("spring.datasource.url=jdbc:postgresql://pg1:5432/tarrow_core", ("tarrow_core",)),
    ("spring.kafka.template.default-topic=larch.shipments", ("larch.shipments",)),
    # prose and chat
    ("what's the Postgres password for crmcore again?", ("crmcore",)),
    ("can you give me access to finance_dw by Friday", ("finance_dw",)),
    ("keep mossley-audit-* for 90 days and drop the rest", ("mossley-audit-*",)),
    ("payments.settled has no DLQ so failures just vanish", ("payments.settled",)),
    ("the `orderhub` database is 80% full", ("orderhub",)),
    ("I dropped the wrong schema, `bramley_stage`, can we restore it?", ("bramley_stage",)),
    ("consumers on `returns.created` are lagging again", ("returns.created",)),
])
def test_a_database_or_queue_name_is_redacted(engine, text, names):
    redacted = _redacted(engine, text)
    for name in names:
        assert name not in redacted


@pytest.mark.parametrize("text, kept", [
    ("     Name      |  Owner   | Encoding\n---------------+----------+----------\n"
     " postgres      | postgres | UTF8\n template1     | postgres | UTF8\n", ("template1",)),
    ("the default database is fine for tests", ("default",)),
    ("we publish events to the main queue", ("events", "main")),
    ("SELECT * FROM public.users LIMIT 5;", ("public",)),
    ("run the migrations against the test db", ("test",)),
])
def test_generic_words_beside_a_kind_stay(engine, text, kept):
    redacted = _redacted(engine, text)
    for word in kept:
        assert word in redacted


def test_a_found_database_name_spreads_to_its_other_mentions(engine):
    text = "dbname=wexcombe_ledger host=pg2\nlater: wexcombe_ledger is lagging by 2h"
    assert "wexcombe_ledger" not in _redacted(engine, text)
