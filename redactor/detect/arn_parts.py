"""The private parts of an Amazon Resource Name.

An ARN is `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, and most of it is AWS's public vocabulary: the partition
(`aws`), the service (`iam`, `lambda`), the region (`eu-west-1`) and the resource type before the name (`role/`,
`function:`, `table/`). What is private is the account id and the resource's name (`ci-deployer`, a user's login,
a bucket). Redacting both parts, and only them, keeps every private token off the wire while the reader (and the
model) still sees what kind of resource it is: `arn:aws:iam::[[AWS_ACCOUNT_ID_1]]:role/[[AWS_ARN_1]]`. A whole-ARN
placeholder made a dozen public words per ARN into over-redaction (arn, aws, the service, the region's words).

The resource type is the first segment of the resource when it is a word of letters and hyphens (`role`,
`log-group`, `stateMachine`) followed by `/` or `:` and more text. S3's resource has no type: it opens with the
bucket's name (`arn:aws:s3:::acme-exports/*`), and SNS's with the topic's (`billing:SUBSCRIPTION-ID`), so those
are never cut there.
"""
from __future__ import annotations

import re

# The parts after `arn:`: partition, service, region, account (named groups), then the resource.
ARN = re.compile(
    r"\barn:(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):(?P<service>[a-z0-9-]+):[a-z0-9-]*:(?P<account>\d{12}|aws)?:"
    r"(?P<resource>[^\s\"'`<>,;)\]}]+)"
)
_RESOURCE_TYPE = re.compile(r"[A-Za-z][A-Za-z-]{1,39}[/:](?=[^/:])")
# Services whose resource opens with a name, not a type: a bucket, a topic (`topic:subscription-id`), a queue, a
# repository.
_UNTYPED_SERVICES = frozenset({"s3", "sns", "sqs", "codecommit"})
# The kinds of the two parts (named *_KIND so detect/kinds.py lists them for policies).
ACCOUNT_KIND = "AWS_ACCOUNT_ID"
RESOURCE_KIND = "AWS_ARN"


def arn_private_parts(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """The (start, end, kind) of an ARN match's account id (`AWS_ACCOUNT_ID`) and resource name (`AWS_ARN`):
    the tokens that say who owns it and what it is called. Empty for AWS-managed resources (account `aws`)."""
    if match.group("account") == "aws":
        return []  # arn:aws:iam::aws:policy/ReadOnlyAccess: AWS's own, public
    parts = []
    if match.group("account"):
        parts.append((match.start("account"), match.end("account"), ACCOUNT_KIND))
    start, end = match.start("resource"), match.end("resource")
    text = match.string
    while end > start and text[end - 1] in ".:":
        end -= 1  # a sentence's full stop or colon after the ARN
    if match.group("service") not in _UNTYPED_SERVICES:
        resource_type = _RESOURCE_TYPE.match(text, start, end)
        if resource_type:
            start = resource_type.end()
    if end > start:
        parts.append((start, end, RESOURCE_KIND))
    return parts
