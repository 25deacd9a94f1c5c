"""Round 18: logins one level below a folder of people (nested home folders, HDFS and object-store `users/`, web
`/users/x` and `/~x/`, self-hosted forges' owners) and IRC's `nick!~ident@host`; words, routes, groups, role
accounts and public projects stay."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_in_irc import find_irc_logins
from redactor.detect.logins_in_paths import find_logins_in_paths
from redactor.detect.usernames import find_usernames
from redactor.policy import load_policy
from tests.growth import assert_linear_growth
from tests.logins18 import samples_check18, samples_dev18
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _found(text: str) -> dict[str, float]:
    return {text[start:end]: score for start, end, score in find_usernames(text)}


@pytest.mark.parametrize("text, login", [
    ("mounted at /mnt/homes/tvoronova/projects", "tvoronova"),
    ("/var/spool/cron/crontabs/lmoreau has a job at 03:00", "lmoreau"),
    ("hdfs dfs -ls /user/pchaudhary/warehouse", "pchaudhary"),
    ("s3://acme-analytics/users/nsato/exports/2024-05.parquet", "nsato"),
    ("https://intranet.example.com/~mdiallo/slides/q3.pdf", "mdiallo"),
    ("https://bitbucket.example.org/users/akowalski/repos/infra/browse", "akowalski"),
    ("open https://git.internal.example/bpetrovic/ledger-api/-/merge_requests/41", "bpetrovic"),
    ("14:02 -!- wmbeki [~wmbeki@203.0.113.9] has quit [Ping timeout]", "wmbeki"),
    (":tkovac!~tk@198.51.100.4 PRIVMSG #ops :deploy done", "tk"),
] + samples_check18.POS)
def test_logins_in_paths_and_irc_are_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", [
    (text, word) for text, word in samples_dev18.NEG + samples_check18.NEG] + [
    ("GET /api/v1/users/me HTTP/1.1", "me"),
    ("POST /users/sign_in 302", "sign_in"),
    ("redirect to https://app.example.com/users/password/new", "password"),
    ("curl https://api.example.com/v2/users/12345/orders", "12345"),
    ("https://gitlab.internal.example/platform/terraform-modules/-/tree/main", "platform"),
    ("https://git.example.com/kubernetes/ingress-nginx", "kubernetes"),
    ("https://git.example.com/infra-team/terraform", "infra-team"),
    ("https://source.example.com/docs/getting-started", "docs"),
    ("frontend/src/features/users/components/UserList.tsx", "components"),
    ("hdfs:///user/spark/eventlog", "spark"),
    ("Contact Bob (bob@example.com) has left the company", "Bob"),
    ("see https://x.com/a!b@c", "a"),
])
def test_words_routes_groups_and_role_accounts_are_no_logins(text, word):
    assert word not in _found(text)


def test_a_home_folder_is_sure_and_a_web_page_doubtful():
    assert _found("tar czf b.tgz /data/home/abernard/notebooks")["abernard"] == 0.7
    assert _found("https://forum.example.org/members/darius_t/")["darius_t"] == DOUBTFUL_SCORE
    assert _found("https://gitea.lab.example/hosei/ansible-roles.git")["hosei"] == DOUBTFUL_SCORE
    assert _found("*** lgarnier (~lg@host-7.example.net) has quit (Read error)") == {"lgarnier": 0.7, "lg": 0.7}


def test_linear_growth():
    line = ("ls /mnt/homes/tvoronova/x https://git.corp.example/bpetrovic/ledger/ "
            "14:02 -!- wmbeki [~wmbeki@203.0.113.9] has quit\n")

    def work(size: int):
        text = line * (size // len(line))
        return lambda: (list(find_logins_in_paths(text)), list(find_irc_logins(text)))

    assert_linear_growth(work, 200_000)
