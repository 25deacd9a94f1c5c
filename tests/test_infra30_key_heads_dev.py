"""Round 30 dev set (issue 12): a host under a key whose head names it, in the blank-separated settings of
block-structured configurations (ISC dhcpd leases and configs, nginx, Apache, squid, ssh_config, BIND options).

Written before the change with invented names, from forms administrators paste. The key's head (`hostname`,
`server`, `host`, `servername`) and the value's form (a machine's digit, dash or dot) decide, as for `key: value`
lines (infra_key_heads.py); the layout is `key "value";` or `key value` alone on its line.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.detection_support import blanked


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, name", [
    ('lease 10.40.2.17 {\n  starts 3 2026/12/02 07:11:02;\n  hardware ethernet 00:1b:c5:11:22:33;\n'
     '  client-hostname "SCALE-LINE3-W2";\n}\n', "SCALE-LINE3-W2"),
    ("<VirtualHost *:443>\n    ServerName intranet-hr.orvell.local\n    DocumentRoot /srv/hr\n</VirtualHost>\n",
     "intranet-hr.orvell.local"),
    ("  option host-name \"kiosk-lobby-04\";\n  fixed-address 192.168.30.44;\n", "kiosk-lobby-04"),
    ("Host jump\n    HostName bastion-02.tessmoor.net\n    User ops\n", "bastion-02.tessmoor.net"),
])
def test_a_host_under_a_head_key_in_a_blank_separated_setting_is_redacted(engine, text, name):
    assert name not in blanked(engine, text)


@pytest.mark.parametrize("text, kept", [
    ("server {\n    listen 443 ssl;\n    server_name _;\n}\n", "server_name _"),
    ("Server down since 9am\n", "Server down"),
    ("    ServerName localhost\n", "localhost"),
    ('  option domain-name-servers 8.8.8.8;\n  option host-name "printer";\n', "printer"),
])
def test_public_generic_and_prose_settings_stay(engine, text, kept):
    assert kept in blanked(engine, text)
