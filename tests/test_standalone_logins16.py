"""Round 16: a login joined by "." or "_" whose name parts are in no list and no language ("oyelaran.k",
"svitlana_kh"), written once, outside code; module paths and code names stay."""
from __future__ import annotations

import pytest

from redactor.detect.standalone_logins import find_standalone_logins
from tests.growth import assert_linear_growth


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_standalone_logins(text)]


@pytest.mark.parametrize("text, login", [
    ("Owner of the dashboard is oyelaran.k, ask him before deleting panels.", "oyelaran.k"),
    ("Hi team, svitlana_kh left the company last week, please disable her account", "svitlana_kh"),
    ("marama_tk will take over the Auckland accounts next week", "marama_tk"),
    ("Danke! Ich habe jurgis.bk in die Gruppe aufgenommen.", "jurgis.bk"),
    ("who can give kaveh.shirazn write access to the finance share?", "kaveh.shirazn"),
    ("Merci de créer le compte pour tiphaine.lqr avant lundi", "tiphaine.lqr"),
    ("Can someone reset the MFA for t.wojtyniak? She's locked out since Monday.", "t.wojtyniak"),
])
def test_joined_logins_of_names_in_no_list(text, login):
    assert login in _found(text)


@pytest.mark.parametrize("text", [
    "use np.linspace for the grid, it is faster",
    "call scipy.linalg for the decomposition",
    "Call df.groupby then merge the frames on the key column",
    "the array has x.dtype float32 after the cast",
    "check the nginx.conf upstream block",
    "c0ffee1 Merge pull request #88 from release/2.4",  # a short hash (found by the snapshot, fixed after)
    "pino-pretty formats the logs",
    "we use sehari-hari words here",
    "set hnsw_ef to 64 for the index",  # an abbreviation (found by the check set, fixed after)
    "set max_retries and retry_backoff in the settings file",
    "we use sehari-hari words here",  # hyphens are left
    "onboard bayarmaa.ts tomorrow",  # a TypeScript file name
])
def test_code_names_stay(text):
    assert _found(text) == []


def test_linear_growth():
    line = "svitlana_kh asked oyelaran.k about t.wojtyniak's laptop\n"

    def work(size: int):
        text = line * (size // len(line))
        return lambda: list(find_standalone_logins(text))

    assert_linear_growth(work, 200_000)


def test_a_key_after_login_is_no_login():
    from redactor.detect.usernames import find_usernames

    text = "type=USER_LOGIN msg=audit(1709460000.123:456): pid=1234 uid=0 ses=3 msg='op=login acct=\"x\" res=success'"
    assert "acct" not in [text[start:end] for start, end, *_ in find_usernames(text)]
