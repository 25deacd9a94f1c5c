"""Round 26 (secrets26a), check set: written after the change, not tuned on (the dev set is test_secrets26a_dev.py).

The same mechanisms in other forms: dotted passwords in properties, inventories and labels in other languages;
connection strings with the password first or quoted; rman's auxiliary connection and `mc config host add`;
heartbeat and bot URLs; concatenated literals in Java and PHP. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


REDACTED = [
    ("jdbc.url=jdbc:mysql://db/app\njdbc.password=Gr33n.Tea", "Gr33n.Tea"),
    ("PGPASSWORD=Wolf.Moon8 psql -h db.acme.net -U app", "Wolf.Moon8"),
    ("[web]\nweb01 ansible_host=10.0.0.5 ansible_ssh_pass=Blue.Jay4", "Blue.Jay4"),
    ("Kennwort: Apfel.Baum3", "Apfel.Baum3"),
    ("senha=Mar.Azul5", "Mar.Azul5"),
    # Gradle's Groovy `key 'value'` (no `=`): read since round 32 (password_slots: the value right after a label
    # when it looks like a password)
    ("release {\n    storePassword 'Kite.Wind-42'\n    keyAlias 'upload'\n}", "Kite.Wind-42"),
    ("User ID=sa;Password=\"Ab;Cd.9!\";Data Source=db2.corp.acme.net;", "Data Source=db2.corp.acme.net"),
    ("pwd = Zx.9!q; uid = app; server = sql9.acme.net", "Zx.9!q; uid = app; server = sql9.acme.net"),
    ("rman auxiliary sys/Aux.Pw7@dupdb", "Aux.Pw7"),
    ("mc config host add backup https://s3.acme.net BKEY1234 Zx8Lq2Mv9Tn4Rw1Pb7Nc3Hd6Ys5F", "BKEY1234"),
    ("curl -m 10 https://hc-ping.com/0b7e4c2a-9d1f-4e3b-8a6c-2f5d7e9b1a34/start",
     "https://hc-ping.com/0b7e4c2a-9d1f-4e3b-8a6c-2f5d7e9b1a34/start"),
    ("HEARTBEAT=https://uptime.betterstack.com/api/v1/heartbeat/Lq9Xv2Mz7Tn4Rw8P",
     "https://uptime.betterstack.com/api/v1/heartbeat/Lq9Xv2Mz7Tn4Rw8P"),
    ('String pass = "Winter" + "2026!" + "#x";', "2026!"),
    ('$password = "Gold" . "Fish#88";', "Fish#88"),
]


@pytest.mark.parametrize("text,value", REDACTED)
def test_keyed_positional_url_and_joined_secrets_are_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


KEPT = [
    ("password = args.password", "args.password"),
    ("pw = opts.pw", "opts.pw"),
    ("  password: vault.db_pass", "vault.db_pass"),
    ('message = "Password: " + pw', "Password: "),
    ("See https://api.acme.io/push/notifications for the push API", "api.acme.io/push/notifications"),
    ("url: https://status.acme.io/heartbeat", "status.acme.io/heartbeat"),
    ("image: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_references_and_plain_urls_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
