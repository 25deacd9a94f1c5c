"""Round 25 dev set (hosts25b): a GUID in talk about an Azure/Entra account is that account's id.

Written before the change, from forms developers paste: the tenant or subscription named a few words before its id
in a chat line or a shell comment, `Get-AzSubscription | Export-Csv` (an `Id` column beside `TenantId`), a
subscription object with only one of the keys `az account show` prints. Request, correlation and application ids in
the same talk stay.
"""
import pytest

from tests.test_infra24b_dev import _redacted, engine  # noqa: F401  (engine is a fixture)

_TENANT = "6f1c2a9e-3b47-4d0e-9a51-c2e8f47b0d13"
_SUBSCRIPTION = "b3d07f52-91ac-4e6b-8f20-5a7c19e4d6b8"
_OTHER = "0c9e5d21-7a4f-4b8e-a3d6-e1f2094b7c55"


@pytest.mark.parametrize("text, ids", [
    (f"the tenant we moved to last week is {_TENANT}, can you update the app registration?", (_TENANT,)),
    (f"[10:42] dana: which tenant? → {_TENANT} (the contoso one)", (_TENANT,)),
    (f"# prod subscription (billing: finance) {_SUBSCRIPTION}\naz group list -o table", (_SUBSCRIPTION,)),
    (f"Name,Id,TenantId,State\nCorp-Prod,{_SUBSCRIPTION},{_TENANT},Enabled\n", (_SUBSCRIPTION, _TENANT)),
    (f'{{\n  "name": "Corp-Prod",\n  "id": "{_SUBSCRIPTION}",\n  "tenantId": "{_TENANT}",\n  "state": "Enabled"\n}}',
     (_SUBSCRIPTION, _TENANT)),
    (f"Switching subscription:\n{_SUBSCRIPTION}\n", (_SUBSCRIPTION,)),
])
def test_guid_in_talk_about_an_azure_account_is_redacted(engine, text, ids):
    redacted, = _redacted(engine, text)
    for value in ids:
        assert value not in redacted


@pytest.mark.parametrize("text, kept", [
    (f"tenant sync failed. Request ID: {_OTHER}", _OTHER),
    (f"AADSTS700016: Application with identifier '{_OTHER}' was not found in the directory 'Contoso'.", _OTHER),
    (f"subscription renewed; correlation id {_OTHER}", _OTHER),
    (f"uuid.uuid4() gave {_OTHER} in the test", _OTHER),  # no account talk at all
])
def test_other_guids_in_that_talk_stay(engine, text, kept):
    redacted, = _redacted(engine, text)
    assert kept in redacted


@pytest.mark.parametrize("text, host", [
    # an fstab line and a mount command: a CIFS/NFS share is written //server/share
    ("//nas01.corp.local/backups  /mnt/backups  cifs  credentials=/root/.smbcred  0  0", "nas01.corp.local"),
    ("mount -t cifs //filer.hq.local/share /mnt/share", "filer.hq.local"),
    # Consul's DNS interface: <service>.service[.<datacenter>].consul, <node>.node.consul
    ("dig +short billing-api.service.consul SRV", "billing-api.service.consul"),
    ("upstream ledger { server ledger.service.fra1.consul:8080; }", "ledger.service.fra1.consul"),
])
def test_private_host_after_a_share_slash_or_under_consul_is_redacted(engine, text, host):
    redacted, = _redacted(engine, text)
    assert host not in redacted


@pytest.mark.parametrize("text, kept", [
    ("see /usr/share//doc.local/readme", "doc.local"),  # a doubled slash inside a path
    ("config.consul.enabled = true", "config.consul"),  # an attribute, not Consul's DNS
])
def test_paths_and_attributes_stay(engine, text, kept):
    redacted, = _redacted(engine, text)
    assert kept in redacted


@pytest.mark.parametrize("text", [
    # an ARM resource: the path's "subscriptions" is no talk; a managed identity's ids under camelCase keys
    '{"id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/app",\n'
    f' "identity": {{"principalId": "{_OTHER}", "type": "SystemAssigned"}}}}',
])
def test_guids_of_other_objects_beside_account_keys_stay(engine, text):
    redacted, = _redacted(engine, text)
    assert _OTHER in redacted
