"""Accounts, tenants and workspaces of cloud and SaaS vendors, named by the setting that holds them.

`SNOWFLAKE_ACCOUNT=ab12345.west-europe.azure`, `DATABRICKS_ACCOUNT_ID=...`,
`AZURE_STORAGE_ACCOUNT=fabrikamstore`, `CLOUDFLARE_ACCOUNT_ID=...`, `sentry_org: acme`,
`ATLAS_PROJECT_ID=...`, `az storage blob upload --account-name x`: a setting whose name ends in an account word holds the identifier of the
organisation's own account at that vendor, whatever shape the vendor gives it (a locator with a
region, a hex id, a plain name). The setting's name is the context, so the value is reported
whatever it looks like, except references (`${VAR}`, `$(cmd)`), booleans, numbers too small to
number an account and documentation placeholders. Only `NAME_ACCOUNT`-style names count (an
account word after an underscore or hyphen): a bare `account:` key is the PII detector's
record-number label. AWS account numbers, GCP projects and Azure subscriptions have their own
rules in infra.py (they know those shapes).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import lowered_same_length
from redactor.detect.secret_values import is_placeholder_value

ACCOUNT_SETTING_SCORE = 0.6
_ACCOUNT_WORDS = ("account", "tenant", "org", "organization", "organisation", "workspace", "subscription", "project")
# KEY=value, KEY: value, "key": "value", key = "value"; the key ends in _ACCOUNT, -tenant-id, _ORG_NAME, ...
_ACCOUNT_SETTING = re.compile(
    r"(?<![\w.-])[\"']?(?P<key>[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*[_-]"
    r"(?i:account|tenant|org|organi[sz]ation|workspace|subscription|project)(?:[_-](?i:id|name|identifier|locator|slug))?)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[A-Za-z0-9][A-Za-z0-9._@:/-]{2,127})[\"']?(?=[ \t]*(?:$|[,;#}\]\n]))",
    re.MULTILINE,
)
# The same as command-line flags: `az storage blob upload --account-name x`, `az login --tenant x`.
_ACCOUNT_FLAG = re.compile(
    r"(?<![\w-])--(?:account-name|storage-account|tenant|tenant-id|subscription|subscription-id|workspace-name"
    r"|org|organization|organisation)(?:[ \t]+|=)[\"']?(?P<value>[A-Za-z0-9][A-Za-z0-9._@:-]{2,127})[\"']?(?![\w.@:/-])"
)
_NOT_ACCOUNTS = frozenset("true false yes no none null nil default example changeme todo tbd main master".split())
# A setting whose first part says it is about counts or kinds, not the vendor's account: MAX_ACCOUNTS, SERVICE_ACCOUNT.
_NOT_VENDOR_PREFIXES = frozenset("max min num count default service user test demo sample example current".split())


def find_account_settings(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each value held by a vendor account/tenant/workspace setting in `text`."""
    lowered = lowered_same_length(text)  # the detectors' shared lower-cased copy of this text
    if not any(word in lowered for word in _ACCOUNT_WORDS):
        return
    matches = list(_ACCOUNT_SETTING.finditer(text))
    if "--" in text:
        matches += _ACCOUNT_FLAG.finditer(text)
    for match in matches:
        if "key" in match.groupdict() and re.split(r"[_-]", match.group("key").lower())[0] in _NOT_VENDOR_PREFIXES:
            continue
        value = match.group("value")
        if value.lower() in _NOT_ACCOUNTS or is_placeholder_value(value) or (value.isdigit() and len(value) < 5):
            continue
        yield match.start("value"), match.end("value")
