"""Infrastructure values that documentation, emulators and the software itself write: no one's estate (round 27).

A finding is dropped when its value is
- a documentation or emulator account id (AWS's `111122223333`, LocalStack's `000000000000`; not `123456789012`,
  which people write for their own account too), or an ARN's resource
  beside one (`arn:aws:sqs:us-east-2:444455556666:queue1` is the documentation's queue);
- a host under a reserved name (RFC 2606 and 6761: the `.test`, `.example`, `.invalid` and `.localhost` TLDs, and
  any host with a `localhost` label, `sqs.us-east-1.localhost.localstack.cloud`), or the loopback itself;
- a name the software gives every installation (`kubernetes.default.svc`, `metadata.google.internal`, Kafka
  Connect's `connect-offsets`, RabbitMQ's `amq.*` exchanges);
- a documentation placeholder: a hyphenated name of a placeholder word and kind words only (`test-queue`,
  `my-server`, `demo-bucket`), or a bucket in AWS's documented placeholder scheme (`amzn-s3-demo-bucket`,
  `amzn-s3-demo-destination-bucket1`, the older `doc-example-bucket`);
- an in-memory database (`jdbc:h2:mem:testdb`, SQLite's `:memory:`), which lives and dies with one process.
Organisation names never take these forms, so recall on real estates is unchanged; `example.com` hosts stay
findings (code and tests write an organisation's hosts under it).
"""
from __future__ import annotations

import re

from redactor.detect.rule_files import term_list

_DOCUMENTATION_ACCOUNTS = term_list("documentation_account_ids")
_SYSTEM_NAMES = term_list("well_known_system_names")
_PLACEHOLDER_WORDS = term_list("documentation_name_words")
_KIND_WORDS = term_list("documentation_kind_words")
_RESERVED_TLDS = frozenset({"test", "example", "invalid", "localhost"})
_ACCOUNT_KINDS = frozenset({"AWS_ACCOUNT_ID", "CLOUD_ACCOUNT_ID"})
_AWS_PLACEHOLDER_BUCKET = re.compile(r"(?:amzn-s3-demo|doc-example)(?:-[a-z0-9]+)*", re.IGNORECASE)
_IN_MEMORY_DATABASE = re.compile(r"(?:jdbc:(?:h2|hsqldb):mem:|jdbc:derby:memory:)$", re.IGNORECASE)
_ARN_ACCOUNT = re.compile(r"arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:")


def documentation_value(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the finding `text[start:end]` of `kind` is a documentation, emulator or software-given value."""
    value = text[start:end].lower()
    if kind in _ACCOUNT_KINDS:
        return value in _DOCUMENTATION_ACCOUNTS
    if kind == "AWS_ARN":
        arn_start = text.rfind("arn:", max(0, start - 120), start)
        account = _ARN_ACCOUNT.match(text, arn_start) if arn_start != -1 else None
        return account is not None and account.group(1) in _DOCUMENTATION_ACCOUNTS
    if kind == "DB" and _IN_MEMORY_DATABASE.search(text, max(0, start - 20), start):
        return True
    if _AWS_PLACEHOLDER_BUCKET.fullmatch(value):
        return True
    if value in _SYSTEM_NAMES or value.startswith("amq."):  # RabbitMQ reserves `amq.` for the broker's own
        return True
    labels = value.split(".")
    if "localhost" in labels or (len(labels) > 1 and labels[-1] in _RESERVED_TLDS):
        return True
    parts = value.split("-")
    return (len(parts) > 1 and any(part in _PLACEHOLDER_WORDS for part in parts)
            and all(part in _PLACEHOLDER_WORDS or part in _KIND_WORDS for part in parts))
