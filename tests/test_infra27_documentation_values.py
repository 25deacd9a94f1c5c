"""Documentation, emulator and software-given infrastructure values stay; an organisation's own are still found.

Dev set written before the filter (infra_documentation_values.py), check set after it (not tuned on).
"""
from __future__ import annotations

import pytest

from redactor.detect.infra import InfraDetector
from redactor.detect.base import DetectionInput

DETECTOR = InfraDetector()


def _found(text: str) -> set[str]:
    return {text[span.start:span.end] for span in DETECTOR.detect(DetectionInput(text=text)) if span.category == "infra"}


STAYS_DEV = [
    ("aws sts get-caller-identity\n{\"Account\": \"111122223333\"}", "111122223333"),
    ("Policy: arn:aws:sqs:us-east-2:444455556666:queue1 allows sqs:SendMessage", "queue1"),
    ("QueueUrl: http://sqs.us-east-1.localhost.localstack.cloud:4566/000000000000/orders-dev", "000000000000"),
    ("curl -k https://kubernetes.default.svc/api --header \"Authorization: Bearer $T\"", "kubernetes.default.svc"),
    ("curl -H 'Metadata-Flavor: Google' http://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal"),
    ("aws --endpoint-url=http://localhost:4566 sqs create-queue --queue-name test-queue", "test-queue"),
]

# Written with the placeholder-bucket, public-project and in-memory rules (dev) ...
STAYS_DEV += [
    ("aws s3 cp report.csv s3://amzn-s3-demo-bucket/reports/", "amzn-s3-demo-bucket"),
    ("SELECT name FROM `bigquery-public-data.usa_names.usa_1910_current`", "bigquery-public-data"),
    ("spring:\n  datasource:\n    url: jdbc:h2:mem:testdb\n", "testdb"),
]

# ... and the check set after them.
STAYS_CHECK = [
    ("aws s3 sync s3://amzn-s3-demo-source-bucket s3://amzn-s3-demo-destination-bucket1", "amzn-s3-demo-source-bucket"),
    ("url: jdbc:h2:mem:orders_test;DB_CLOSE_DELAY=-1", "orders_test"),
    ("In the guide the role is arn:aws:iam::111122223333:role/ExampleRole", "111122223333"),
    ("hcloud server create --name my-server --type cx22", "my-server"),
    ("Use db.test or api.invalid in fixtures so nothing resolves.", "db.test"),
    ("kafka-topics.sh --bootstrap-server localhost:9092 --list\nconnect-offsets\nconnect-status", "connect-offsets"),
]

FOUND = [
    ("AWS account id: 123456789012", "123456789012"),  # written for a real account too: doubt redacts it
    ("Role: arn:aws:iam::577001600754:role/km-dispatch-worker", "577001600754"),
    ("Role: arn:aws:iam::577001600754:role/km-dispatch-worker", "km-dispatch-worker"),
    ("git clone https://gitlab.corp.halden-freight.com/ops/x.git", "gitlab.corp.halden-freight.com"),
    ("aws sqs create-queue --queue-name halden-test-results", "halden-test-results"),
]


@pytest.mark.parametrize("text, value", STAYS_DEV + STAYS_CHECK)
def test_documentation_and_software_given_values_are_not_findings(text: str, value: str) -> None:
    assert value not in _found(text)


@pytest.mark.parametrize("text, value", FOUND)
def test_an_organisations_own_values_are_still_found(text: str, value: str) -> None:
    assert value in _found(text)
