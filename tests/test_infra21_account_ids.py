"""Vendors' account ids by their format in the slot their vendor's words give them (redactor.detect.infra_account_ids)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_account_ids import find_account_ids_in_slots

_GUID = "5b1c9e27-04ad-4f3e-9a61-c2d8e7f03b19"
_HEX = "7f3c2a91d0e84b65a1c9f2e07d3b8a64"
_OCID = "ocid1.tenancy.oc1..aaaaaaaaq3kzv7xw2m5nrt4ybq6h8jd2lf9sc0peu1gxo7iwk3a5vzr4nbm"


def _ids(text: str) -> list[str]:
    return sorted({text[start:end] for start, end in find_account_ids_in_slots(text)})


@pytest.mark.parametrize("text,value", [
    (f'  "homeTenantId": "{_GUID}",', _GUID),  # az account show
    (f'"directoryId": "{_GUID}"', _GUID),
    (f"Directory (tenant) ID: {_GUID}", _GUID),
    (f"our organization id is {_GUID}, ask before sharing", _GUID),
    (f"DATABRICKS_WORKSPACE_ID={_HEX}", _HEX),
    (f"the OCI tenancy is {_OCID}", _OCID),
    (f"token URL https://login.microsoftonline.com/{_GUID}/oauth2/v2.0/token", _GUID),
    (f"curl https://api.cloudflare.com/client/v4/accounts/{_HEX}/workers/scripts", _HEX),
    (f"issuer: https://sts.windows.net/{_GUID}/", _GUID),
])
def test_an_opaque_id_after_an_account_word_or_in_its_vendors_path_is_an_account(text, value):
    assert _ids(text) == [value]
    assert any(text[s.start:s.end] == value and s.kind == "CLOUD_ACCOUNT_ID"
               for s in InfraDetector().detect(DetectionInput(text)))


def test_ids_under_an_account_column_of_aligned_tool_output_are_accounts():
    other = "13c7e9a4-2b58-4d01-9f6e-7a3c5d8b0e12"
    text = ("Name          CloudName    SubscriptionId                        TenantId                              State\n"
            "------------  -----------  ------------------------------------  ------------------------------------  -------\n"
            f"Contoso-Prod  AzureCloud   {other}  {_GUID}  Enabled\n")
    assert _ids(text) == sorted([other, _GUID])


def test_ids_under_an_account_column_of_a_csv_export_are_accounts():
    text = f"name,tenant_id,region\nledger,{_GUID},westeurope\n"
    assert _ids(text) == [_GUID]


@pytest.mark.parametrize("text", [
    f"request id {_GUID} failed, see the trace",  # an id with no account word
    "account: Savings, tenant: Lindqvist Freight",  # account words without an opaque id
    f"subaccount {_GUID}",  # the word inside another word
    f"https://github.com/accounts/{_GUID[:8]}/settings",  # too short for an id
    f"ACCOUNT      STATUS\nnot-a-guid   active\n{_GUID[:20]} x\n",
])
def test_ids_without_an_account_slot_and_account_words_without_ids_stay(text):
    assert _ids(text) == []


def _redacted_hosts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in InfraDetector().detect(DetectionInput(text)) if s.kind == "INTERNAL_HOSTNAME"]


@pytest.mark.parametrize("host", ["ci.lindqvist-freight.com", "pgadmin.lindqvist.se", "rundeck.fabrikam.io"])
def test_a_self_hosted_ci_or_ops_tool_names_the_organisations_machine(host):
    assert _redacted_hosts(f'"url": "{host}"') == [host]


def test_the_vendors_own_public_server_of_a_tool_stays():
    assert _redacted_hosts("ci.jenkins.io builds the plugin; see .github/workflows/ci.yml") == []


def test_an_app_store_connect_issuer_guid_is_the_teams_account():
    # round 31: the issuer of App Store Connect API keys, after its key or in a log's parentheses
    from redactor.detect.infra_account_ids import find_account_ids_in_slots
    for text in ("ASC_ISSUER_ID=3d0c61f2-7a4b-4c9e-9d15-b2e6a8f0c413",
                 "Using API key X (issuer 3d0c61f2-7a4b-4c9e-9d15-b2e6a8f0c413)"):
        assert [text[s:e] for s, e in find_account_ids_in_slots(text)] == ["3d0c61f2-7a4b-4c9e-9d15-b2e6a8f0c413"]
    assert list(find_account_ids_in_slots('"issuer": "https://id.example.org/realms/main"')) == []
