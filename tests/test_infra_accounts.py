"""A vendor account/tenant/workspace setting holds the organisation's account id (redactor.detect.infra_accounts)."""
import random

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_accounts import find_account_settings


def _values(text: str) -> list[str]:
    return [text[start:end] for start, end in find_account_settings(text)]


@pytest.mark.parametrize("text,value", [
    ("SNOWFLAKE_ACCOUNT=qz71820.north-europe.azure", "qz71820.north-europe.azure"),
    ("snowflake_account: lm40291.us-east-2.aws", "lm40291.us-east-2.aws"),
    ("export AZURE_STORAGE_ACCOUNT=tailspinarchive", "tailspinarchive"),
    ('"cloudflare_account_id": "c0ffee12aa34bb56cc78dd90ee12ff34"', "c0ffee12aa34bb56cc78dd90ee12ff34"),
    ("SENTRY_ORG=wrenfield-labs", "wrenfield-labs"),
    ("ATLAS_PROJECT_ID = 64f1c2b3a4d5e6f708192a3b", "64f1c2b3a4d5e6f708192a3b"),
])
def test_a_vendor_account_setting_holds_an_account_id(text, value):
    assert _values(text) == [value]
    assert any(text[s.start:s.end] == value and s.kind == "CLOUD_ACCOUNT_ID"
               for s in InfraDetector().detect(DetectionInput(text)))


@pytest.mark.parametrize("text", [
    "MAX_ACCOUNTS=5",
    "SERVICE_ACCOUNT=ci-bot",  # a login, not the vendor account (the PII detector's)
    "DATABRICKS_ACCOUNT_ID=${DBX_ACCOUNT_ID}",
    "ENABLE_ORG=true",
    "account: 4411",  # a bare account label is a record number (PII)
])
def test_counts_references_and_flags_are_not_accounts(text):
    assert _values(text) == []


def test_an_account_number_nested_in_a_terraform_output_is_found():
    text = '"outputs": {\n  "account_id": { "value": "310987654321" }\n}'
    assert any(text[s.start:s.end] == "310987654321" and s.kind == "AWS_ACCOUNT_ID"
               for s in InfraDetector().detect(DetectionInput(text)))


@pytest.mark.parametrize("text,value", [
    ("az storage blob upload --account-name tailspinarchive --container-name exports -f a.csv", "tailspinarchive"),
    ("az login --tenant 0b7c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4", "0b7c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4"),
    ("gh repo list --org wrenfield-labs --limit 50", "wrenfield-labs"),
])
def test_an_account_flag_of_a_cloud_cli_names_the_account(text, value):
    assert value in _values(text)


_SETTING_PIECES = ["SNOWFLAKE_ACCOUNT", "_account", "-tenant", "ORG", "_org_name", "=", ": ", '"', "'", " ", "\n",
                   "acme-01", "x.y_", ".", "-", "ab12345.west", "__", "workspace", "--tenant", "project_id", "projectId",
                   "GCP_PROJECT", "gcp-project", "config set project", "my-proj-123", "CLOUDSDK_CORE_PROJECT", "9", "}"]


def test_settings_tried_only_where_a_key_can_start_are_those_a_full_scan_finds():
    # The account-setting and GCP-project patterns are tried only at the runs that hold their words (a leading
    # look-around made the regex engine try every position); no text may find other matches than a full scan.
    from redactor.detect import infra, infra_accounts
    from redactor.detect.keywords import lowered_same_length

    rng = random.Random(7)
    texts = ["".join(rng.choice(_SETTING_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    found = 0
    for text in texts:
        full = [m.span() for m in infra_accounts._ACCOUNT_SETTING.finditer(text)]
        tried = [m.span() for m in infra_accounts._account_setting_matches(text, lowered_same_length(text))]
        assert tried == full, text
        full_gcp = [m.span() for m in infra._GCP_PROJECT_CONTEXT.finditer(text)]
        assert [m.span() for m in infra._gcp_project_context_matches(text)] == full_gcp, text
        found += bool(full) + bool(full_gcp)
    assert found > 500  # both patterns match often enough for the comparison to mean something


def test_twelve_digit_numbers_are_those_the_digit_pattern_finds_in_any_script():
    # Found from the text's layout (twelve digits after no word character or hyphen) on ASCII text; other text
    # keeps the Unicode pattern (Arabic-Indic digits are digits too).
    from redactor.detect.infra_accounts import _TWELVE_DIGITS, twelve_digit_numbers

    rng = random.Random(9)
    pieces = ["123456789012", "0", "9", "-", "_", "a", "Z", " ", "\n", ".", "١٢٣٤٥٦٧٨٩٠١٢", "é", "acct "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(4000)]
    found = 0
    for text in texts:
        full = [m.span() for m in _TWELVE_DIGITS.finditer(text)]
        assert [m.span() for m in twelve_digit_numbers(text)] == full, text
        found += len(full)
    assert found > 300
