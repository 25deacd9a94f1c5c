"""Round 20: hosts and logins under keys whose head word names them, in every framework's spelling."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_key_heads import KEY_HEAD_SCORE, head_kind, key_words

INFRA = InfraDetector()


def found(text: str, kind: str) -> list[tuple[str, float]]:
    return [(text[s.start:s.end], s.score) for s in INFRA.detect(DetectionInput(text, "prose", None)) if s.kind == kind]


@pytest.mark.parametrize("key, words", [
    ("ldapServer", ["ldap", "server"]), ("PGUSER", ["pg", "user"]), ("mail.smtp.host", ["mail", "smtp", "host"]),
    ("ServerHost", ["server", "host"]), ("proxy-user", ["proxy", "user"]), ("AccountName", ["account", "name"]),
])
def test_key_words_split_every_spelling(key, words):
    assert key_words(key) == words


@pytest.mark.parametrize("key, kind", [
    ("ldapServer", "INTERNAL_HOSTNAME"), ("SFTP_HOSTNAME", "INTERNAL_HOSTNAME"), ("dbhost", "INTERNAL_HOSTNAME"),
    ("PGUSER", "USERNAME"), ("AccountName", "USERNAME"), ("sqlLogin", "USERNAME"),
    ("userAgent", None), ("hostPath", None), ("maxUser", None), ("superuser_count", None),
])
def test_head_kind_is_the_last_word(key, kind):
    assert head_kind(key) == kind


@pytest.mark.parametrize("text, value", [
    ('"ldapServer": "dc01-ams"', "dc01-ams"),
    ('<key>ComputerName</key><string>build-mac-07</string>', "build-mac-07"),
    ('<add key="ReportServerHost" value="ssrs-prod-2" />', "ssrs-prod-2"),
    ('variable "sftp_host" {\n  type    = string\n  default = "sftp-partner-02"\n}', "sftp-partner-02"),
])
def test_finds_machines_under_host_heads(text, value):
    assert value in [found_value for found_value, _ in found(text, "INTERNAL_HOSTNAME")]


@pytest.mark.parametrize("text, value", [
    ('"PGUSER": "etl_loader"', "etl_loader"),
    ("PGUSER=etl_loader", "etl_loader"),
    ('<key>AccountName</key><string>ci-signer</string>', "ci-signer"),
    ('<add key="ServiceLogin" value="svc_reports" />', "svc_reports"),
])
def test_finds_logins_under_user_heads(text, value):
    assert value in [found_value for found_value, _ in found(text, "USERNAME")]


@pytest.mark.parametrize("text", [
    '"webServer": "nginx"', "Server: cloudflare", '"dbServer": "postgres"', 'host: "0.0.0.0"',
    "hostname = socket.gethostname()", "ldapServer: localhost", '"serverVersion": "14.2"',
    "user = current_user", "dbUser: root", '"sqlLogin": "${SQL_LOGIN}"', "PGUSER=postgres",
    '"ldapServer": "ldap.google.com"', "apiServer: 1.27.3",
])
def test_leaves_software_role_accounts_code_and_public_names(text):
    spans = INFRA.detect(DetectionInput(text, "prose", None))
    assert not [s for s in spans if s.score == KEY_HEAD_SCORE and s.kind in ("INTERNAL_HOSTNAME", "USERNAME")]


# Round 20b: a login that is one ordinary word names the account's job (a service's login), as role accounts do.
@pytest.mark.parametrize("text", [
    "DB_USER: reporting", "SMTP_USER: alerts", "REDIS_USER: cache", '"grafanaUser": "viewer"',
    "KAFKA_SASL_USER: ingest", "MQ_USER=billing", "ftp_user: upload", '"sqlLogin": "analytics"',
])
def test_leaves_logins_that_name_a_job(text):
    assert not found(text, "USERNAME")


@pytest.mark.parametrize("text, value", [
    ("DB_USER: jkowalski", "jkowalski"), ("SFTP_USER: mnovak", "mnovak"), ('"ldapUser": "anna"', "anna"),
    ("vpn_user: priya.n", "priya.n"), ("JIRA_USER: hmueller", "hmueller"),
])
def test_still_finds_personal_logins_under_user_heads(text, value):
    assert value in [found_value for found_value, _ in found(text, "USERNAME")]


@pytest.mark.parametrize("text, value", [
    ("PING build-agent.internal (10.20.3.14) 56(84) bytes of data.", "build-agent.internal"),
    ("Received: from relay-east (relay-east [10.4.1.9]) by mx.corp.lan", "relay-east"),
    (" 3  core-sw-a (10.0.0.1)  0.512 ms  0.480 ms", "core-sw-a"),
    ("the box is ledger-db (172.16.4.20), restart it after lunch", "ledger-db"),
    ("64 bytes from nas-backup-2.lab (10.1.1.40): icmp_seq=1 ttl=64", "nas-backup-2.lab"),
])
def test_finds_machines_named_beside_their_address(text, value):
    assert value in [found_value for found_value, _ in found(text, "INTERNAL_HOSTNAME")]


@pytest.mark.parametrize("text", [
    "Google (8.8.8.8) answers", "Quad9 (9.9.9.9) is a public resolver", "nginx (10.0.0.5) proxies it",
    "localhost (127.0.0.1)", "github.com (140.82.112.3) is reachable", "the version (1.2.3.4) shipped",
])
def test_leaves_brands_software_and_public_sites_beside_addresses(text):
    assert not found(text, "INTERNAL_HOSTNAME")
