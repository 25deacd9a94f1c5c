"""Round 25 (secrets25), check set: written after the change and not tuned on (the dev set is
test_secrets25_dev.py). Credential inventories of other shapes, hash lines of other tools, and tables whose
random-looking cells are identifiers, not secrets. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.secret_columns import random_value_cells
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


REDACTED = [
    # a Jenkins credential list exported from the script console
    ("id;scope;description;secret\nartifactory-push;GLOBAL;push to libs-release;T4mWq9Zr2KxPv7Lc\n"
     "sonar-scan;GLOBAL;sonar analysis;Hy6Ns1Bd8QfRj3Ue", ["T4mWq9Zr2KxPv7Lc", "Hy6Ns1Bd8QfRj3Ue"]),
    # an inventory of partner keys, no header row, pipes
    ("| acme-maps | tiles | 7b3e9d1f0c2a4e6b8d5f1a3c7e9b0d2f | 2023-11-02 | gis team |\n"
     "| acme-geo | geocode | e1c3a5b7d9f0e2c4a6b8d0f1e3c5a7b9 | 2023-11-04 | gis team |\n"
     "| acme-route | routing | 2d4f6b8a0c1e3d5f7b9a1c3e5d7f9b0a | 2024-01-15 | logistics |",
     ["7b3e9d1f0c2a4e6b8d5f1a3c7e9b0d2f", "e1c3a5b7d9f0e2c4a6b8d0f1e3c5a7b9", "2d4f6b8a0c1e3d5f7b9a1c3e5d7f9b0a"]),
    # a rotation sheet: the new values under `new`
    ("account\told\tnew\nsmtp-relay\t(revoked)\tuQ3xL8vN2mKc5RtB\nbackup-s3\t(revoked)\tzW7pD1sY9hGf4JaE",
     ["uQ3xL8vN2mKc5RtB", "zW7pD1sY9hGf4JaE"]),
    # a lower-case vault dump separated by blanks
    ("app env secret\nbilling prod Rm4Tz8Kq2WxL\nreports prod Gv7Hc3Np9YsD\n", ["Rm4Tz8Kq2WxL", "Gv7Hc3Np9YsD"]),
    # impacket secretsdump output with the domain
    ("CORP\\jsmith:1107:aad3b435b51404eeaad3b435b51404ee:32ed87bdb5fdc5e9cba88547376818d4:::",
     ["32ed87bdb5fdc5e9cba88547376818d4"]),
    # a shadow line with a locked DES hash
    ("backup:!Ab3dE5gH7jK9m:19422:0:99999:7:::", ["!Ab3dE5gH7jK9m"]),
    # a dump of unsalted hashes, one login per line
    ("# users.txt\nsvc_reports:3c59dc048e8850243be8079a5c74d079\nm.ortiz:b6d767d2f8ed5d21a44b0e5886680cb9",
     ["3c59dc048e8850243be8079a5c74d079", "b6d767d2f8ed5d21a44b0e5886680cb9"]),
    # a sha-crypt hash cut short in a paste
    ("deploy:$6$Zq1Lm8Tx$Hc7Pq2Wn5Rb:19422:0:99999:7:::", ["$6$Zq1Lm8Tx$Hc7Pq2Wn5Rb"]),
]


@pytest.mark.parametrize("text,values", REDACTED)
def test_inventories_and_hash_lines_are_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


KEPT = [
    ("device,mac,port\nsw-01,00:1A:2B:3C:4D:5E,ge-0/0/1\nsw-02,3C:5A:B4:01:9F:7E,ge-0/0/2\nsw-03,F0:18:98:AB:CD:EF,ge-0/0/3",
     "3C:5A:B4:01:9F:7E"),
    ("sku,name,price\nTSH-BLK-XL-2024,Shirt,20\nTSH-WHT-M-2023,Shirt,20\nHOO-GRY-L-2024,Hoodie,40", "TSH-WHT-M-2023"),
    ("customer,email,plan\ncus_NffrFeUfNV2Hib,ana@example.com,pro\ncus_Oq3mT8vLx2PkZa,bo@example.com,free\n"
     "cus_Pz7wQ1nR5sYbXc,cy@example.com,pro", "cus_Oq3mT8vLx2PkZa"),
    ("image,tag,size\nweb,v1.4.2-g5114f85,120MB\napi,v2.0.1-g9fceb02,98MB\njob,v0.9.0-g1c002dd,40MB", "v2.0.1-g9fceb02"),
    ("event,at,user\nlogin,2024-01-02T10:11:12Z,ana\nlogout,2024-01-02T11:45:03Z,bo\nlogin,2024-01-03T08:01:59Z,cy",
     "2024-01-02T11:45:03Z"),
    ("request_id,status,ms\nq8Zt2LmX9vKp4RwN,200,31\nB7nC1dF5gH9jK3mP,500,412\nT2wE6rY0uI4oP8aS,200,27", "B7nC1dF5gH9jK3mP"),
    ("daemon:*:19000:0:99999:7:::\nsshd:!:19000::::::", "sshd"),
    ("etag:d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e"),
    ("md5sum:9e107d9d372bb6826bd81d3542a419d6", "9e107d9d372bb6826bd81d3542a419d6"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_identifier_columns_are_no_secret_columns(text, value):
    assert not list(random_value_cells(text))


# (A MAC address is a MAC_ADDRESS, `cus_...` a login, and a lone 16-character token under `request_id` the
# random-token rule's, before this round too: other rules, so only these are asked of the whole engine.)
@pytest.mark.parametrize("text,value", [KEPT[1], KEPT[3], KEPT[4], KEPT[6], KEPT[7], KEPT[8]])
def test_identifier_columns_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)


def test_a_long_inventory_costs_linear_time():
    from tests.growth import assert_linear_growth

    def work(n: int):
        text = "service,env,key,created\n" + "".join(
            f"svc{i},prod,{i:08x}Qz7Lm2Xp9Rk{i * 7919 % 100000:05d},2024-01-01\n" for i in range(n))
        return lambda: list(random_value_cells(text))
    assert_linear_growth(work, 5000)
