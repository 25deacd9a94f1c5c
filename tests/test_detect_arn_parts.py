"""An ARN's account id and resource name become placeholders; its public words (partition, service, region,
resource type) stay readable."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector

INFRA = InfraDetector()


def redacted(text: str) -> str:
    spans = [span for span in INFRA.detect(DetectionInput(text)) if span.kind in ("AWS_ARN", "AWS_ACCOUNT_ID")]
    for span in sorted(spans, key=lambda span: -span.start):
        text = text[:span.start] + f"<{span.kind}>" + text[span.end:]
    return text


# Dev set: written before the code.
@pytest.mark.parametrize(("text", "expected"), [
    ("The deploy role is arn:aws:iam::482917365021:role/ci-deployer today.",
     "The deploy role is arn:aws:iam::<AWS_ACCOUNT_ID>:role/<AWS_ARN> today."),
    ("it assumes arn:aws:iam::482917365021:user/mkowalski.",
     "it assumes arn:aws:iam::<AWS_ACCOUNT_ID>:user/<AWS_ARN>."),
    ("Lambda: arn:aws:lambda:eu-west-1:739201846512:function:invoice-sync:prod",
     "Lambda: arn:aws:lambda:eu-west-1:<AWS_ACCOUNT_ID>:function:<AWS_ARN>"),
    ('{"TopicArn": "arn:aws:sns:us-east-2:391027465810:billing-alerts"}',
     '{"TopicArn": "arn:aws:sns:us-east-2:<AWS_ACCOUNT_ID>:<AWS_ARN>"}'),
    ("Bucket policy resource: arn:aws:s3:::acme-finance-exports/*",
     "Bucket policy resource: arn:aws:s3:::<AWS_ARN>"),
    ("secret arn:aws:secretsmanager:ap-southeast-2:204918273645:secret:prod/db-password-AbC123",
     "secret arn:aws:secretsmanager:ap-southeast-2:<AWS_ACCOUNT_ID>:secret:<AWS_ARN>"),
])
def test_only_the_account_and_the_resource_name_of_an_arn_are_redacted(text, expected):
    assert redacted(text) == expected


# Check set: written after the code.
@pytest.mark.parametrize(("text", "expected"), [
    ("Table arn:aws:dynamodb:us-west-2:650193847261:table/customer-ledger has PITR on",
     "Table arn:aws:dynamodb:us-west-2:<AWS_ACCOUNT_ID>:table/<AWS_ARN> has PITR on"),
    ("sfn: arn:aws:states:eu-central-1:918273645012:stateMachine:payroll-close",
     "sfn: arn:aws:states:eu-central-1:<AWS_ACCOUNT_ID>:stateMachine:<AWS_ARN>"),
    # An SNS subscription: topic name, then the subscription id. The topic's name is no resource type.
    ("sub arn:aws:sns:us-east-1:123098456712:payroll-events:6b0d31f4-1c2e-4f0a-9d77-0f3e2c1a9b88",
     "sub arn:aws:sns:us-east-1:<AWS_ACCOUNT_ID>:<AWS_ARN>"),
    ("log group arn:aws:logs:us-east-1:560912384756:log-group:/aws/lambda/refund-worker:*",
     "log group arn:aws:logs:us-east-1:<AWS_ACCOUNT_ID>:<AWS_ARN>"),
    ("the GovCloud one, arn:aws-us-gov:iam::309182736450:role/fedramp-auditor, is read-only",
     "the GovCloud one, arn:aws-us-gov:iam::<AWS_ACCOUNT_ID>:role/<AWS_ARN>, is read-only"),
    ("Managed policy arn:aws:iam::aws:policy/AdministratorAccess is attached.",
     "Managed policy arn:aws:iam::aws:policy/AdministratorAccess is attached."),
])
def test_arn_parts_on_texts_the_rule_was_not_written_from(text, expected):
    assert redacted(text) == expected
