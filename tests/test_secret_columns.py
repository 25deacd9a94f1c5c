"""Round 17 (infra17): the cells under a table header that names a credential are credentials.

`user,password` then one row per account, `| Login | Initial PW |`, `USER  PASSWORD  ROLE`: the header
names the column once and no `key=value` layout is left to find the values by. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.secret_columns import secret_column_cells, secret_header_cells
from redactor.policy import load_policy
from tests.growth import assert_linear_growth
from tests.wire_coverage import covered_on_wire, wire_spans


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


COLUMNS = [
    ("user,password\nalma,Brisket-Sun42\nteo,Oyster!Vane7", ["Brisket-Sun42", "Oyster!Vane7"]),
    ("| Login | Initial PW |\n|---|---|\n| rmeyer | Tulip-Crane44 |\n| sbaptiste | Gravel!Moon8 |",
     ["Tulip-Crane44", "Gravel!Moon8"]),
    ("email;passwort\nk.huber@example.de;Sonnen-Blume77\nl.maier@example.de;Kiefer#Tal2", ["Sonnen-Blume77", "Kiefer#Tal2"]),
    ("host\tuser\tpass\ndb1\tsvc_app\tMoss-Heron-90\ndb2\tsvc_etl\tCinder7!Vale", ["Moss-Heron-90", "Cinder7!Vale"]),
    ("USER     PASSWORD        ROLE\nadmin    Fjord-Lamp-31   owner\nviewer   Pebble!Sky9     read",
     ["Fjord-Lamp-31", "Pebble!Sky9"]),
    ("device,wifi_psk\nlobby-ap,Orchard-Rain-55\nlab-ap,Lantern5-Quay", ["Orchard-Rain-55", "Lantern5-Quay"]),
]


@pytest.mark.parametrize("text,values", COLUMNS)
def test_cells_under_a_password_header_are_redacted(engine, text, values):
    for value in values:
        assert covered_on_wire(engine, text, value), value


KEPT = [
    # a column about the secret, not the secret
    ("user,password_changed_at,role\nalma,2024-03-01,admin\nteo,2023-11-19,viewer", ["2024-03-01", "admin"]),
    ("model,tokens,latency\ngpt-x,1532,220ms\nsmall,877,80ms", ["1532", "gpt-x"]),
    ("key,value\nmode,fast\nretries,3", ["fast", "mode"]),
    ("id,token_count,status\n1,512,ok\n2,2048,ok", ["512", "2048", "ok"]),
    # a sentence with commas is no header
    ("The password, as I said, is in the vault\nI will send it later, ok?", ["I will send it later"]),
]


@pytest.mark.parametrize("text,values", KEPT)
def test_columns_that_hold_no_secret_stay(engine, text, values):
    spans = wire_spans(engine, text)
    for value in values:
        start = text.index(value)
        assert not any(s.start < start + len(value) and s.end > start for s in spans), value


def test_a_row_shaped_unlike_the_header_is_not_read():
    text = "user,password\nalma,Brisket-Sun42\nthanks, that was all, see you"
    header = next(secret_header_cells(text, [text.index("password")]))
    cells = [text[s:e] for s, e in secret_column_cells(text, *header)]
    assert cells == ["Brisket-Sun42"]


def test_a_long_table_costs_linear_time():
    def work(n: int):
        text = "user,password\n" + "".join(f"u{i},Word-{i}-x!\n" for i in range(n))
        return lambda: [list(secret_column_cells(text, *cell))
                        for cell in secret_header_cells(text, [text.index("password")])]
    assert_linear_growth(work, 20000)
