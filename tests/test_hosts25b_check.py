"""Round 25 check set (hosts25b), written after the change and not tuned on: other talk about an Azure account."""
import pytest

from tests.test_infra24b_dev import _redacted, engine  # noqa: F401  (engine is a fixture)

_TENANT = "9a0e7c33-5d12-4f8b-b6e4-37c1d0a2f951"
_SUBSCRIPTION = "e41b8d09-2c6f-47a3-9d85-f0b3a6c71e24"
_OTHER = "57f2c8a1-0b9d-4e36-8c1a-2d4e6f80b397"


@pytest.mark.parametrize("text, ids", [
    # Terraform variables file, a PowerShell session, a markdown table of subscriptions, a Slack message
    (f'# landing zone subscription\nsub_prod = "{_SUBSCRIPTION}"\n', (_SUBSCRIPTION,)),
    (f"PS> Connect-AzAccount -Tenant {_TENANT}\nPS> Set-AzContext {_SUBSCRIPTION}\n# switched subscription",
     (_TENANT, _SUBSCRIPTION)),
    (f"| Subscription | Id |\n|---|---|\n| Corp-Dev | {_SUBSCRIPTION} |\n", (_SUBSCRIPTION,)),
    (f"hey, the new tenant is live: {_TENANT}. please re-consent the apps", (_TENANT,)),
    (f"SubscriptionName\tSubscriptionGuid\nCorp-Dev\t{_SUBSCRIPTION}\n", (_SUBSCRIPTION,)),
])
def test_guid_in_other_account_talk_is_redacted(engine, text, ids):
    redacted, = _redacted(engine, text)
    for value in ids:
        assert value not in redacted


@pytest.mark.parametrize("text, kept", [
    (f"Tenant migration log\nx-ms-request-id: {_OTHER}", _OTHER),
    (f"the subscription webhook fired, event {_OTHER} delivered", _OTHER),
    (f"docker volume under /var/lib/docker/volumes/{_OTHER}/_data (no subscription involved)", _OTHER),
    (f"Service principal object id {_OTHER} has no role on the subscription", _OTHER),
])
def test_other_guids_in_account_talk_stay(engine, text, kept):
    redacted, = _redacted(engine, text)
    assert kept in redacted
