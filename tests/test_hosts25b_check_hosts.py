"""Round 25 check set (hosts25b), written after the share-slash and Consul change and not tuned on."""
import pytest

from tests.test_infra24b_dev import _redacted, engine  # noqa: F401  (engine is a fixture)


@pytest.mark.parametrize("text, host", [
    ("nfs-share:\n  server: x\n  path: //archive02.ops.lan/exports/scans", "archive02.ops.lan"),
    ('<script src="//static.intra.corp/js/app.js"></script>', "static.intra.corp"),
    ("Vault address: vault.service.consul:8200", "vault.service.consul"),
    ("ping worker-03.node.dc2.consul", "worker-03.node.dc2.consul"),
    ("sudo mount.cifs '//fs1.branch.local/scans' /srv/scans -o vers=3.0", "fs1.branch.local"),
])
def test_share_servers_and_consul_names_are_redacted(engine, text, host):
    redacted, = _redacted(engine, text)
    assert host not in redacted


@pytest.mark.parametrize("text, kept", [
    ("cp build//out.local/x dist/", "out.local"),
    ("consul members | grep alive; consul.hcl sets datacenter", "consul.hcl"),
])
def test_paths_and_consul_files_stay(engine, text, kept):
    redacted, = _redacted(engine, text)
    assert kept in redacted
