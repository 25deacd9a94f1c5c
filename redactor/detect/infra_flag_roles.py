"""Names in a command's long flag whose own words state their role, for any tool (round 32, infra32).

Cloud and data CLIs name the slot of each argument in the flag itself: `--namespace-name`, `--resource-group`,
`--vault-name`, `--account-name`, `--queue`, `--topic-name`, `--database`, `--project`, `--bucket`. The flag's last
word (after a closing `name`, `id` or `ids`) is the role, so one table of role words reads `az`, `aws`, `gcloud`,
`oci`, `doctl`, `kafka-*`, `rabbitmqadmin` and scripts' own wrappers alike, where the per-tool rules
(infra_tool_names.py, infra_cli_flags.py, infra_queues.py) know a few commands each. The value is the
organisation's whatever its wording (`--namespace-name sb-gemeente-zaken`, `--resource-group Finance-Prod`): the slot
says what it is. A flag whose last word is not a role (`--topic-partitions 3`, `--db-password`, `--queue-url`)
is not read; a placeholder (`<name>`, `$NS`, `{{ ns }}`, `myResourceGroup`, `your-bucket`), a generic or
environment word (`default`, `prod`), a bare number outside an account's slot, a path, a URL or an e-mail address (a service account's:
the e-mail rules') stays. `--zone` is not read: a DNS zone and an availability zone (`europe-west2-a`) share it.

Kinds: namespaces, accounts, subscriptions, projects, resource groups, workspaces, tenants, folders, organisations
CLOUD_ACCOUNT_ID; clusters, vaults, registries, instances INTERNAL_HOSTNAME; buckets, containers, shares,
storage accounts BUCKET; queues, topics, streams, exchanges, vhosts QUEUE; databases, keyspaces, datasets DB.
Doubtful (0.55) when the value is one ordinary word, since a found value spreads to its other mentions; else 0.8.

Cost: one regex over `--` positions; nothing without `--`.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import needs_marks
from redactor.detect.name_parts import is_common_word
from redactor.detect.secret_values import is_placeholder_value

FLAG_ROLE_SCORE = 0.8
_HOST, _QUEUE, _DB, _BUCKET, _ACCOUNT = "INTERNAL_HOSTNAME", "QUEUE", "DB", "BUCKET", "CLOUD_ACCOUNT_ID"

# The role word a flag ends with (after `name`/`id`), and the kind of the value it holds.
_ROLE_KINDS = {
    "namespace": _ACCOUNT, "account": _ACCOUNT, "subscription": _ACCOUNT, "project": _ACCOUNT,
    "resource-group": _ACCOUNT, "workspace": _ACCOUNT, "tenant": _ACCOUNT, "folder": _ACCOUNT,
    "organization": _ACCOUNT, "org": _ACCOUNT, "compartment": _ACCOUNT, "realm": _ACCOUNT,
    "cluster": _HOST, "vault": _HOST, "keyvault": _HOST, "registry": _HOST, "instance": _HOST,
    "bucket": _BUCKET, "container": _BUCKET, "share": _BUCKET, "storage-account": _BUCKET, "filesystem": _BUCKET,
    "queue": _QUEUE, "topic": _QUEUE, "stream": _QUEUE, "exchange": _QUEUE, "vhost": _QUEUE,
    "delivery-stream": _QUEUE, "consumer-group": _QUEUE,
    "database": _DB, "db": _DB, "keyspace": _DB, "dataset": _DB,
}
_ROLE_ENDINGS = ("name", "names", "id", "ids")
# `--flag value` or `--flag=value`; the value quoted or bare (no path, no URL: `/` and `:` end nothing here but are
# refused below).
_FLAG = re.compile(r"(?<![\w-])--(?P<flag>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:=|[ \t]+)"
                   r"(?:\"(?P<dq>[^\"\n]{1,100})\"|'(?P<sq>[^'\n]{1,100})'|(?P<bare>[A-Za-z0-9][\w.@:/-]{0,99}))")
# Generic and environment words: a slot holding one names no one's estate in particular.
_GENERIC = frozenset("default all none null true false local localhost prod production staging stage dev develop "
                     "development test testing qa uat sandbox demo example sample main master public global".split())
_PLACEHOLDER_PREFIX = re.compile(r"(?:my|your|some|the)(?=[A-Z_-])|(?:example|sample|dummy|foo|bar|xxx+)(?![a-z])",
                                 re.IGNORECASE)
_NUMBERED_ROLES = frozenset({_ACCOUNT})


def _role(flag: str) -> str | None:
    words = flag.split("-")
    while len(words) > 1 and words[-1] in _ROLE_ENDINGS:
        words.pop()
    for size in (2, 1):
        role = "-".join(words[-size:])
        if len(words) >= size and role in _ROLE_KINDS:
            return role
    return None


@needs_marks("--")
def find_names_after_role_flags(text: str) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of each name a long flag's role word says is a namespace, queue, database, ..."""
    at = text.find("--")
    while at != -1:
        match = _FLAG.match(text, at)
        at = text.find("--", at + 2)
        if match is None:
            continue
        role = _role(match.group("flag"))
        if role is None:
            continue
        group = next(name for name in ("dq", "sq", "bare") if match.group(name) is not None)
        value = match.group(group)
        kind = _ROLE_KINDS[role]
        if not _names_a_value(value, kind):
            continue
        score = DOUBTFUL_SCORE if value.isalpha() and is_common_word(value) else FLAG_ROLE_SCORE
        yield match.start(group), match.end(group), kind, score


def _names_a_value(value: str, kind: str) -> bool:
    if len(value) < 2 or "/" in value or "@" in value or value.endswith(":"):
        return False
    if value.lower() in _GENERIC or _PLACEHOLDER_PREFIX.match(value) or is_placeholder_value(value):
        return False
    if not any(character.isalpha() for character in value):
        return kind in _NUMBERED_ROLES and len(value) >= 6  # an account or project number, not `--db 0`
    return not value.startswith("-")
