"""Round 24, third pass (secrets24c), dev set: written before the change, the examples it was built on.

Three mechanisms: a generated token as a URL path segment (`/v2/<key>/`), the codes after the first of a list
("door code is 4471, gate is 1192"), and password tables whose rows quote a cell holding the separator
(1Password, Bitwarden exports) or whose code column is named by the lock it opens (`| Door | Code |`).
Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


PATH_TOKENS = [
    ("curl https://api.weatherstack.example/v2/Kq8ZtP3nW5xYb7LmR2dF9sHc/forecast?city=Oslo",
     "Kq8ZtP3nW5xYb7LmR2dF9sHc"),
    ("the endpoint is https://data.example.com/feeds/aZ7qP2mK9xT4wR8nL3vB6yC1 and it returns json",
     "aZ7qP2mK9xT4wR8nL3vB6yC1"),
    ("wget -q https://dl.example.net/download/ZxP4k9QmT2vL7wR3nB8y/agent.tar.gz", "ZxP4k9QmT2vL7wR3nB8y"),
    ("r = requests.get('https://api.example.com/v1/a8Kp2Lm9Qx4Tz7Wn3Rb6Vc1Y/items')", "a8Kp2Lm9Qx4Tz7Wn3Rb6Vc1Y"),
]


@pytest.mark.parametrize("text,value", PATH_TOKENS)
def test_a_generated_path_segment_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


PUBLIC_PATH_PIECES = [
    ("see https://github.com/acme/app/commit/3f9a2c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b for the fix",
     "3f9a2c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b"),
    ("GET /api/v1/users/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/orders", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
    ("docs at https://example.org/guides/getting-started-with-version2/index.html", "getting-started-with-version2"),
    ("import from https://cdn.example.com/libs/reactDomServerBrowser18/umd.js", "reactDomServerBrowser18"),
]


@pytest.mark.parametrize("text,value", PUBLIC_PATH_PIECES)
def test_digests_uuids_and_names_in_a_path_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


CODE_LISTS = [
    ("door code is 4471, gate is 1192", ["4471", "1192"]),
    ("The alarm code is 2580, the garage is 7741 and the shed padlock is 0912.", ["2580", "7741", "0912"]),
    ("wifi password is Lemon-Tree-88, guest network is Kiwi&Plum4", ["Lemon-Tree-88", "Kiwi&Plum4"]),
    ("gate code: 1948, side door: 2231#", ["1948", "2231#"]),
]


@pytest.mark.parametrize("text,values", CODE_LISTS)
def test_every_code_of_a_list_is_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


CODE_LIST_ENDS = [
    ("door code is 4471, valid until 2026", "2026"),
    ("the gate code is 1948, it was changed on 12 March", "12 March"),
    ("PIN is 5520, about 3000 people use that door", "3000"),
    ("door code is 4471, the lobby is on floor 2", "floor 2"),
]


@pytest.mark.parametrize("text,value", CODE_LIST_ENDS)
def test_what_follows_a_code_list_stays(engine, text, value):
    assert untouched_on_wire(engine, text, value)


TABLES = [
    ('Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n'
     '"Staging DB","https://db.internal.example","svc_etl","Quarry-Finch-82",,false,false,"infra","rotated in May, ask Jo"',
     ["Quarry-Finch-82"]),
    ('folder,favorite,type,name,notes,fields,reminder,login_uri,login_username,login_password,login_totp\n'
     'Personal,1,login,Bank,"joint account, old",,,https://bank.example,mh1982,Ovid#Lark559,', ["Ovid#Lark559"]),
    ("| Door | Code |\n|---|---|\n| Front gate | 4471 |\n| Bike room | 1192# |", ["4471", "1192#"]),
]


@pytest.mark.parametrize("text,values", TABLES)
def test_password_and_code_columns_of_exports_are_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


TABLES_KEPT = [
    ("| Country | Code |\n|---|---|\n| Germany | 49 |\n| Norway | 4700 |", "4700"),
    ("| Status | Code |\n|---|---|\n| Not found | 404 |\n| Gateway timeout | 5040 |", "5040"),
    ('name,notes,size,pin\n"Ana","likes tea, not coffee",large,yes\n"Bo","",small,no', "large"),
]


@pytest.mark.parametrize("text,value", TABLES_KEPT)
def test_code_columns_of_other_things_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
