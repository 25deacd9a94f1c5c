"""A vendor account/tenant/workspace setting holds the organisation's account id (redactor.detect.infra_accounts)."""
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
