"""Queues, databases, buckets and accounts in the slots their tools give them (infra_resource_slots.py).

The dev set was written before the finder, from forms developers paste (setting files, CloudFormation, connection
strings, object-store URLs, Google client helpers, BigQuery SQL, Kafka errors); the check set after it, not tuned
on; the clean set holds the public and generic values that must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.infra_resource_slots import find_names_in_resource_slots
from tests.detection_support import corpus_segment_texts

DEV = [
    ("Resources:\n  Events:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: halden-orders-intake.fifo\n",
     "halden-orders-intake.fifo", "QUEUE"),
    ("  Firehose:\n    Properties:\n      DeliveryStreamName: meadow-clicks-to-s3\n", "meadow-clicks-to-s3", "QUEUE"),
    ("spring:\n  kafka:\n    consumer:\n      group-id: ledger-settlement-workers\n", "ledger-settlement-workers", "QUEUE"),
    ("bootstrap.servers=kafka-1:9092\ngroup.id=invoice-renderer\n", "invoice-renderer", "QUEUE"),
    ("env:\n  DB_SCHEMA: claims\n  DB_HOST: pg-main\n", "claims", "DB"),
    ("alertname: PostgresReplicationLag\ndatname: loans_core\n", "loans_core", "DB"),
    ("[OUTPUT]\n    Name        es\n    Index       fleet-app-logs\n", "fleet-app-logs", "DB"),
    ('"ConnectionStrings": { "Main": "Server=tcp:sql-orvik.database.windows.net,1433;Database=Payroll;User ID=app" }',
     "Payroll", "DB"),
    ("GET https://objectstorage.us-ashburn-1.oraclecloud.com/n/axq7hzt2lm0p/b/invoice-scans/o/2026/a.pdf",
     "axq7hzt2lm0p", "CLOUD_ACCOUNT_ID"),
    ("GET https://objectstorage.us-ashburn-1.oraclecloud.com/n/axq7hzt2lm0p/b/invoice-scans/o/2026/a.pdf",
     "invoice-scans", "BUCKET"),
    ("curl -O https://stkarvaprodlogs.blob.core.windows.net/audit-exports/2026/11.csv", "audit-exports", "BUCKET"),
    ('publisher.topic_path("fenwick-media-prod", "render-jobs")', "render-jobs", "QUEUE"),
    ("SELECT * FROM `brannock-analytics.sales_mart.orders` LIMIT 10", "sales_mart", "DB"),
    ("TopicAuthorizationException: Not authorized to access topics: [payments.refunds.v3]", "payments.refunds.v3",
     "QUEUE"),
]

CHECK = [
    ('{"TopicName": "arden-sms-outbound"}', "arden-sms-outbound", "QUEUE"),
    ("    StreamName: telemetry-raw-eu\n", "telemetry-raw-eu", "QUEUE"),
    ("KAFKA_CONSUMER_GROUP=fraud-scoring-v2\n", "fraud-scoring-v2", "QUEUE"),
    ("export PGDATABASE=warehouse_replica\n", "warehouse_replica", "DB"),
    ("Data Source=SQLHQ02;Initial Catalog=Treasury2019;Integrated Security=True", "Treasury2019", "DB"),
    ("https://ollandiadocs.dfs.core.windows.net/raw-landing/x.parquet", "raw-landing", "BUCKET"),
    ('sub.subscription_path("quarry-ops-live", "billing-events-dlq-sub")', "quarry-ops-live", "CLOUD_ACCOUNT_ID"),
    ("bq show --format=prettyjson tallis-data-prod:finance_raw.ledger", "finance_raw", "DB"),
    ("Not authorized to access group: reconciler-consumers", "reconciler-consumers", "QUEUE"),
]

CLEAN = [
    '{"stream": true, "model": "gpt-4o"}',
    "index: 0\n",
    "auto-offset-reset: earliest\n",
    "schema: public\n",
    "database: postgres\n",
    "DB_NAME: ${POSTGRES_DB}\n",
    "queue: default\n",
    "Database=master;Server=localhost",
    "exchange: amq.topic\n",
    "stream: stdout\n",
    "subscription: free\n",
]


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[start:end], kind) for start, end, kind in find_names_in_resource_slots(text)}


@pytest.mark.parametrize("text, value, kind", DEV + CHECK)
def test_a_name_in_its_tools_slot_is_found_with_its_kind(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(text)


@pytest.mark.parametrize("text", CLEAN)
def test_generic_public_and_placeholder_values_stay(text: str) -> None:
    assert not _found(text)


def test_nothing_in_the_infra27dev_negatives_is_read_as_a_slot_value() -> None:
    assert [value for text in corpus_segment_texts("infra27dev", "negatives") for value in sorted(_found(text))] == []


# Written with the catalog-predicate rule (dev), then the check set after it.
CATALOG_DEV = [
    ("SELECT sum(bytes) FROM system.parts WHERE active AND database IN ('shipments', 'telematics_raw')", "telematics_raw"),
    ("SELECT pg_size_pretty(pg_database_size(datname)) FROM pg_database WHERE datname = 'loans_core';", "loans_core"),
]
CATALOG_CHECK = [
    ("SELECT table_name FROM information_schema.tables WHERE table_schema = 'crm_eu' AND table_type = 'BASE TABLE'",
     "crm_eu"),
    ("select * from system_schema.tables where keyspace_name = 'telemetry_v3';", "telemetry_v3"),
]


@pytest.mark.parametrize("text, value", CATALOG_DEV + CATALOG_CHECK)
def test_a_database_named_in_a_catalog_query_is_found(text: str, value: str) -> None:
    assert (value, "DB") in _found(text)


def test_system_schemas_in_catalog_queries_stay() -> None:
    assert not _found("SELECT * FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', "
                      "'information_schema') AND table_schema = 'public'")
