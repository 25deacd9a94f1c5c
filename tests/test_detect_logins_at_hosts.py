"""A login written on a machine, `login@host`, wherever it stands (logins_at_hosts.py): an IPv4 host is confident,
a machine-named host doubtful; mailboxes, package and image pins and role accounts stay."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_at_hosts import find_logins_at_hosts
from redactor.detect.usernames import find_usernames
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _found(text: str) -> dict[str, float]:
    return {text[start:end]: score for start, end, score in find_logins_at_hosts(text)}


@pytest.mark.parametrize("text, login", [
    ("connect as tmoreno@10.4.0.12 with the usual key", "tmoreno"),
    ("I copied the dump to okim@db-02:/srv/backups yesterday", "okim"),
    ("Host entry: a.vasquez@192.168.1.40:2222", "a.vasquez"),
    ("- hosts: [ppetrov@172.16.0.9]", "ppetrov"),
    ("Permission denied (publickey) for r_osei@10.20.30.40", "r_osei"),
    ("deploy target: m.oduya@10.1.1.7:/var/www", "m.oduya"),
    ("the key for lkhan@jumpbox.internal expired", "lkhan"),
    # check set, written after the code
    ("Jump via hbello@203.0.113.25 first, then the database host.", "hbello"),
    ("Rsync finished: 3 files sent to v.ito@nas-01:/volume1/share", "v.ito"),
    ("tried sgupta@172.31.4.9 and sgupta@172.31.4.10, both time out", "sgupta"),
    ("Ansible: ansible_host=10.9.8.7 user string ekim_ops@10.9.8.7", "ekim_ops"),
    ("Bonjour, le compte fmartin@10.0.5.6 ne répond plus.", "fmartin"),
])
def test_logins_at_hosts_are_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


def test_an_address_is_confident_and_a_machine_name_doubtful():
    assert _found("connect as tmoreno@10.4.0.12 now") == {"tmoreno": 0.8}
    assert _found("tmoreno@build-07 can't reach the registry") == {"tmoreno": DOUBTFUL_SCORE}


@pytest.mark.parametrize("text", [
    "npm install lodash@4.17.21 eslint@next react@18.2.0",
    "image: registry.example/app@sha256:abcdef0123456789",
    "uses: actions/checkout@v4 and actions/setup-python@v5",
    "Email anna.berg@example.com or ops@company.io",
    "go get golang.org/x/tools@v0.1.0",
    "@babel/core@7.22.0 and @types/node@20",
    "Version pinned at typescript@beta-2 and pkg@1.2.3.4",
    "Matches at position 12@10.0.0.1?",
    "ping me @kfischer or @build-07",
])
def test_pins_mailboxes_and_mentions_are_no_logins_at_hosts(text):
    assert _found(text) == {}


def test_role_accounts_at_hosts_stay():
    text = "ssh root@10.0.0.1 and ubuntu@10.0.0.2 then postgres@10.0.0.3"
    assert {text[start:end] for start, end, *_ in find_usernames(text)} == set()



def test_a_login_at_an_address_ending_a_sentence_is_found():
    assert "mkovacevic" in _found("The job failed at 09:20; I re-ran it as mkovacevic@10.20.4.17. Then it passed.")
    assert "pkg" not in _found("pinned pkg@1.2.3.4.5 for now")  # a dotted run after the address is no address
