"""Queues, topics and databases named beside their kind word, in a queue URL or after a client's flag,
and address wildcards of grants and allow lists (redactor.detect.infra_queues)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_queues import find_address_wildcards, find_named_queues


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], kind) for start, end, kind, _ in find_named_queues(text)]


@pytest.mark.parametrize("text,name,kind", [
    # dev set (written before the code)
    ("aws sqs send-message --queue-url https://sqs.eu-west-1.amazonaws.com/482913756120/orders-intake-dlq --message-body x",
     "orders-intake-dlq", "QUEUE"),
    ("the consumer reads from the payments-settlement-queue topic", "payments-settlement-queue", "QUEUE"),
    ("kafka-console-consumer --bootstrap-server kafka-b1:9092 --topic ledger-events-v2", "ledger-events-v2", "QUEUE"),
    ("messages pile up in queue invoice-render-retry since 3am", "invoice-render-retry", "QUEUE"),
    ("celery -A tasks worker -Q pdf-exports --concurrency 4", "pdf-exports", "QUEUE"),
    ("SQS_QUEUE_NAME=ledger-sync-events", "ledger-sync-events", "QUEUE"),
    ('"topicName": "shipments.dispatched.v3"', "shipments.dispatched.v3", "QUEUE"),
    ("restore the orders_archive database from last night's snapshot", "orders_archive", "DB"),
    ("psql -h pg-main -U etl -d billing_reporting -c 'select 1'", "billing_reporting", "DB"),
    ("the ledger_prod db is read-only until the migration ends", "ledger_prod", "DB"),
])
def test_a_named_queue_or_database_is_found(text, name, kind):
    assert (name, kind) in _names(text)


@pytest.mark.parametrize("text", [
    "the main queue is slow",                      # an ordinary word, no estate name
    "pip install celery-redbeat",                 # a package, no kind word
    "use a dead-letter queue for retries",        # the kind word's own compound
    "the topic of today's call is the roadmap",   # prose 'topic'
    "the message-queue pattern decouples services",
    "create a new database for the test suite",
    "psql -d $DATABASE_NAME",
    "kafka-topics --create --topic <topic-name>",
    "read about the publish-subscribe topic model",
])
def test_ordinary_words_and_placeholders_are_no_queue(text):
    assert _names(text) == []


@pytest.mark.parametrize("text,pattern", [
    ("GRANT SELECT ON billing.* TO 'reporter'@'10.42.%';", "10.42.%"),
    ("allow from 192.168.14.* in the nginx block", "192.168.14.*"),
    ("CREATE USER 'etl'@'172.20.%' IDENTIFIED BY ...", "172.20.%"),
])
def test_an_address_wildcard_is_found(text, pattern):
    assert [text[start:end] for start, end in find_address_wildcards(text)] == [pattern]


@pytest.mark.parametrize("text", [
    "pip install 'django==4.2.*'",
    "requires numpy>=1.26.* and python 3.11.*",
    "the test coverage went from 10.4% to 12%",
])
def test_versions_and_percentages_are_no_address_wildcard(text):
    assert list(find_address_wildcards(text)) == []


def test_the_infra_detector_reports_queues_as_infra():
    text = "the consumer reads from the payments-settlement-queue topic"
    spans = InfraDetector().detect(DetectionInput(text=text))
    assert any(text[s.start:s.end] == "payments-settlement-queue" and s.category == "infra" for s in spans)


def test_two_ordinary_words_are_a_name_where_an_address_holds_them():
    text = "Service Bus endpoint sb://tarnwell-bus.servicebus.windows.net/claims-intake"
    assert ("claims-intake", "QUEUE") in _names(text)
    assert _names("use a dead-letter queue for retries") == []


@pytest.mark.parametrize("text", [
    "    database = get_database()",
    "    topic = self.topic_name",
    "    queue: asyncio.Queue = asyncio.Queue()",
    "db = DATABASE_URL",
    "    self.queue_name = queues[index]",
])
def test_code_after_a_key_is_no_queue_or_database(text):
    assert _names(text) == []


def test_a_long_queue_name_in_an_sqs_url_is_found_whole():
    text = "aws sqs receive-message --queue-url https://sqs.us-east-2.amazonaws.com/730461928554/vendor-payouts-fifo.fifo"
    assert ("vendor-payouts-fifo.fifo", "QUEUE") in _names(text)
    assert _names("az account set --subscription 5b7c2e91-33d4-4f0a-9b1e-7c2d84a6f015") == []


@pytest.mark.parametrize("text", [
    "the subscription pro-annual-2024 renews in May",
    "we still run Exchange-Online 2019 for mail",
])
def test_plans_and_products_are_no_queue(text):
    assert _names(text) == []
