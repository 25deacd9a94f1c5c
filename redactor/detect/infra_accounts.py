"""Accounts, tenants and workspaces of cloud and SaaS vendors, named by the setting that holds them.

`SNOWFLAKE_ACCOUNT=ab12345.west-europe.azure`, `DATABRICKS_ACCOUNT_ID=...`,
`AZURE_STORAGE_ACCOUNT=fabrikamstore`, `CLOUDFLARE_ACCOUNT_ID=...`, `sentry_org: acme`,
`ATLAS_PROJECT_ID=...`, `TWILIO_ACCOUNT_SID=AC...`, `VERCEL_ORG_ID=team_...`, `az storage blob upload --account-name x`,
`sbatch --account=genomics-lab`: a setting whose name ends in an account word holds the identifier of the
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

from redactor.detect.character_layouts import layout_matches
from redactor.detect.keywords import (DigitFirstPattern, keyword_positions, lowered_same_length, needs_cues,
                                      matches_at_starts)
from redactor.detect.secret_values import is_placeholder_value

ACCOUNT_SETTING_SCORE = 0.6
_ACCOUNT_WORDS = ("account", "tenant", "org", "organization", "organisation", "workspace", "subscription", "project")
# KEY=value, KEY: value, "key": "value", key = "value"; the key ends in _ACCOUNT, -tenant-id, _ORG_NAME, ...
_ACCOUNT_SETTING = re.compile(
    r"(?<![\w.-])[\"']?(?P<key>[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*[_-]"
    r"(?i:account|tenant|org|organi[sz]ation|workspace|subscription|project)(?:[_-](?i:id|sid|name|identifier|locator|slug))?)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[A-Za-z0-9][A-Za-z0-9._@:/-]{2,127})[\"']?(?=[ \t]*(?:$|[,;#}\]`\n]))",
    re.MULTILINE,
)
# The same as command-line flags: `az storage blob upload --account-name x`, `az login --tenant x`.
_ACCOUNT_FLAG = re.compile(
    r"(?<![\w-])--(?:account|account-name|storage-account|tenant|tenant-id|subscription|subscription-id|workspace-name"
    r"|org|organization|organisation)(?:[ \t]+|=)[\"']?(?P<value>[A-Za-z0-9][A-Za-z0-9._@:-]{2,127})[\"']?(?![\w.@:/-])"
)
_NOT_ACCOUNTS = frozenset("true false yes no none null nil default example changeme todo tbd main master".split())
# A setting whose first part says it is about counts or kinds, not the vendor's account: MAX_ACCOUNTS, SERVICE_ACCOUNT.
_NOT_VENDOR_PREFIXES = frozenset("max min num count default service user test demo sample example current".split())
# Twelve digits standing alone: the shape of an AWS account number.
_TWELVE_DIGITS = DigitFirstPattern(re.compile(r"\d(?<![\w-]\d)\d{11}(?![\w-])"))


def twelve_digit_numbers(text: str) -> Iterator[re.Match[str]]:
    """`_TWELVE_DIGITS.finditer(text)`, tried only where the text's layout (character_layouts) has twelve digits
    after no word character or hyphen (the look-behind): a digit-first pattern was tried at every digit."""
    return layout_matches(_TWELVE_DIGITS, text, (b"0" * 12,), not_after=b"0Aa_-")


@needs_cues(_ACCOUNT_WORDS)  # (it returns at once without one)
def find_account_settings(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each value held by a vendor account/tenant/workspace setting in `text`."""
    lowered = lowered_same_length(text)  # the detectors' shared lower-cased copy of this text
    if not keyword_positions(lowered, _ACCOUNT_WORDS):  # from the shared cue scan, not a search per word
        return
    matches = list(_account_setting_matches(text, lowered))
    if "--" in text:
        matches += _ACCOUNT_FLAG.finditer(text)
    for match in matches:
        if "key" in match.groupdict() and re.split(r"[_-]", match.group("key").lower())[0] in _NOT_VENDOR_PREFIXES:
            continue
        value = match.group("value")
        if value.lower() in _NOT_ACCOUNTS or is_placeholder_value(value) or (value.isdigit() and len(value) < 5):
            continue
        yield match.start("value"), match.end("value")


# The look-behind's `[\w.-]` on ASCII text: the characters of the run a setting's key starts.
_KEY_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
_KEY_RUN = re.compile(r"[A-Za-z0-9_.-]*")


def _account_setting_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    r"""`_ACCOUNT_SETTING.finditer(text)`, tried only where a key with an account word can start.

    A key holds `_ACCOUNT` or `-tenant` (the word after `_` or `-`) and starts the run of `[\w.-]` characters
    around it (the look-behind refuses any later start), perhaps after a quote: so the regex is tried at the
    start of the runs that hold such a word, not at every position of the text (its leading look-behind made
    the regex engine try each one: 0.7 ms on an 18 KB prompt that says "organize"). On other than ASCII text
    the regex runs as written: its case-blind words also match letters that `lower()` does not give (`ſ` is `s`).
    """
    if not text.isascii():
        yield from _ACCOUNT_SETTING.finditer(text)
        return
    yield from matches_at_starts(_ACCOUNT_SETTING, text, _account_key_starts(text, lowered))


def _account_key_starts(text: str, lowered: str) -> list[int]:
    """Ascending starts of the runs holding an account word after `_`/`-` (and of a quote right before one)."""
    starts: list[int] = []
    run_end = -1
    for position in keyword_positions(lowered, _ACCOUNT_WORDS):
        if position < run_end or not position or lowered[position - 1] not in "_-":
            continue  # inside the run tried already, or not the second part of a name
        start = position
        while start and text[start - 1] in _KEY_RUN_CHARS:
            start -= 1
        run_end = _KEY_RUN.match(text, position).end()  # each run is walked once: linear in the text
        if start and text[start - 1] in "\"'" and (start == 1 or text[start - 2] not in _KEY_RUN_CHARS):
            starts.append(start - 1)
        starts.append(start)
    return starts
