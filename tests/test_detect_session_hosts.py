"""Hosts and logins of pasted terminal sessions: shell prompts and database clients' -h flags."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector


def found(text: str) -> set[tuple[str, str]]:
    return {(span.kind, text[span.start:span.end]) for span in InfraDetector().detect(DetectionInput(text, "code"))}


@pytest.mark.parametrize("text, host", [
    ("ops@lager-db-02:~$ sudo -u postgres psql", "lager-db-02"),
    ("root@web-01:/var/www# ls -la", "web-01"),
    ("[deploy@app-server-3 ~]$ uptime", "app-server-3"),
    ("(venv) mkowalski@kasia-thinkpad ~ % git status", "kasia-thinkpad"),
    ("admin@fw-edge.office.kestrel:~$ show run", "fw-edge.office.kestrel"),
    ("Last login: Tue\nubuntu@ip-10-0-1-5:~$ df -h", "ip-10-0-1-5"),
])
def test_a_shell_prompt_names_the_machine(text, host):
    assert ("INTERNAL_HOSTNAME", host) in found(text)


@pytest.mark.parametrize("text, login", [
    ("jane@jane-mbp ~ % ls", "jane"),
    ("tkoenig@build-07:~/src$ make", "tkoenig"),
])
def test_a_prompt_names_its_users_login(text, login):
    assert ("USERNAME", login) in found(text)


@pytest.mark.parametrize("text", ["root@web-01:~# ls", "ubuntu@ip-10-0-1-5:~$ ls", "ec2-user@bastion:~$ ls"])
def test_role_accounts_in_a_prompt_are_no_ones_login(text):
    assert not {value for kind, value in found(text) if kind == "USERNAME"}


@pytest.mark.parametrize("text, host", [
    ("psql -h pg-main.lager.intern -U etl_writer -d lager", "pg-main.lager.intern"),
    ("redis-cli -h cache01 -p 6379 ping", "cache01"),
    ("mysqldump --host=db.shop.example.com -u app shop > dump.sql", "db.shop.example.com"),
    ("pg_dump -Fc -h reporting-replica orders > orders.dump", "reporting-replica"),
])
def test_a_database_clients_host_flag_names_its_server(text, host):
    assert ("INTERNAL_HOSTNAME", host) in found(text)


@pytest.mark.parametrize("text", [
    "df -h /var/lib/docker",
    "ls -h notes.txt && du -h .",
    "psql -h localhost -U postgres",
    "redis-cli -h 127.0.0.1 ping",
    "mysql --host=example.com -u demo",
    "write to bob@example.com: thanks",
    "user@localhost:~$ ls",
    "Contact: ana@firma.de, phone: 0301234",
])
def test_no_host_where_no_session_or_client_names_one(text):
    assert not {value for kind, value in found(text) if kind == "INTERNAL_HOSTNAME"}


@pytest.mark.parametrize("text, host", [
    ("connect to pg-main.lager.intern tonight", "pg-main.lager.intern"),
    ("the wiki at wiki.firma.intra is down", "wiki.firma.intra"),
])
def test_names_under_intern_and_intra_are_internal(text, host):
    assert ("INTERNAL_HOSTNAME", host) in found(text)


@pytest.mark.parametrize("text", ["key = sys.intern(name)", "String s = name.intern();", "the intern.name field"])
def test_interning_in_code_is_no_host(text):
    assert not found(text)
