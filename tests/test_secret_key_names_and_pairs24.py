"""Passwords under key names, flags, element pairs and lock words that round 24 reads.

A one-word `Xpass` key for a known X (`SSHPASS`, `DBPASS`); `user:password` after HTTPie's `-a` or any `--auth`
flag, and on a Postfix sasl_passwd line; a setting written as two sibling elements (`<Name>Password</Name>
<Value>..</Value>`, KeePass `<Key>`/`<Value>`); JSON escaped inside a JSON string (`{\\"password\\":\\"x\\"}`);
a password in braces that is no format field (`{Nx7-lorn-Ivy}`); and the code of a key safe or lockbox.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _is_covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(span.start <= start and span.end >= end for span in DETECTOR.detect(DetectionInput(text, "prose")))


def _finds_nothing_in(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return not any(span.start < end and span.end > start for span in DETECTOR.detect(DetectionInput(text, "prose")))


# Dev set: the forms the rules were written from.
@pytest.mark.parametrize("text, value", [
    ('SSHPASS: "Tq8-vorn-Plum"', "Tq8-vorn-Plum"),
    ("variables:\n  SSHPASS: Tq8vornPlum2\n", "Tq8vornPlum2"),
    ("export SSHPASS='Lk_90mnbv'", "Lk_90mnbv"),
    ("http --auth deploy:Wm4-rata-Kiln POST https://api.example.com/x", "Wm4-rata-Kiln"),
    ("http -a deploy:Wm4rataKiln https://api.example.com/x", "Wm4rataKiln"),
    ("[mail.example.org]:587    relay@example.org:Tulip.8832", "Tulip.8832"),
    ("<Setting><Name>Password</Name><Value>Gv9-lark-Tin</Value></Setting>", "Gv9-lark-Tin"),
    ("<String><Key>Password</Key><Value>Gv9larkTin!</Value></String>", "Gv9larkTin!"),
    ('{"output": "{\\"user\\":\\"app\\",\\"password\\":\\"Zq3-mole-Fir\\"}"}', "Zq3-mole-Fir"),
    ('result: {\\"password\\":\\"Zq3moleFir8\\"}', "Zq3moleFir8"),
    ("<password>{Nx7-lorn-Ivy}</password>", "{Nx7-lorn-Ivy}"),
    ('password: "{Nx7lornIvy}"', "{Nx7lornIvy}"),
    ("the key safe is 2580", "2580"),
    ("copier code: 33021", "33021"),
    ("keysafe code 1357", "1357"),
])
def test_a_password_under_a_key_flag_or_element_pair_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("BYPASS: true\ncompass: north", "north"),
    ("git commit -a -m fix:typo", "fix:typo"),
    ("db.internal:5432 state:ready", "state:ready"),
    ('password = "{db_password}"', "{db_password}"),
    ('password: "{user-password}"', "{user-password}"),
    ("<Name>Timeout</Name><Value>Zx81-lamp</Value>", "Zx81-lamp"),
    ("the key safe is by the back door", "back"),
    ("a combination of 3 flags is 4096 bytes", "4096"),
])
def test_names_templates_and_measures_near_those_words_stay(text, value):
    assert _finds_nothing_in(text, value)


# Check set: written after the rules, not tuned on.
@pytest.mark.parametrize("text, value", [
    ("  - export DBPASS=Hollow_Reed_19", "Hollow_Reed_19"),
    ("ROOTPASS='Vn3!quartz'", "Vn3!quartz"),
    ("$ xh -a ci-bot:Pq7_sedge_Lo get https://builds.internal/api", "Pq7_sedge_Lo"),
    ("python sync.py --basic-auth reporter:Oak-Lantern-51 --since 2d", "Oak-Lantern-51"),
    ("smtp.office365.com:587 alerts@fabrikam.io:Ferry_Quay_93", "Ferry_Quay_93"),
    ('<Entry><String><Key>Password</Key><Value ProtectInMemory="True">mR8-tundra!</Value></String></Entry>',
     "mR8-tundra!"),
    ('<add><name>SMTP_PASSWORD</name><value>Cobalt.Heron4</value></add>', "Cobalt.Heron4"),
    ('"stdout": "{\\"db_password\\":\\"Wn5-gorse-Pit\\",\\"port\\":5432}"', "Wn5-gorse-Pit"),
    ("the lockbox on the gate is 7391", "7391"),
    ("Printer code is 40417, ask Jo if it fails", "40417"),
])
def test_check_a_password_under_a_key_flag_or_element_pair_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("echo $SURPASS_LIMIT; ENCOMPASS=enabled", "enabled"),
    ("ls -a build:out", "build:out"),
    ("cache.local:6379 mode:standalone", "mode:standalone"),
    ('greeting = "{first_name}"', "{first_name}"),
    ('"message":"{\\"path\\":\\"C:\\\\temp\\"}"', "temp"),
    ("the padlock was 12 dollars", "12"),
])
def test_check_names_templates_and_prose_near_those_words_stay(text, value):
    assert _finds_nothing_in(text, value)


# A connection string after a label or a sentence: its first key starts the span, host and all.
@pytest.mark.parametrize("text, value", [
    ("SQLAZURECONNSTR_Default: Server=tcp:acme-prod-sql.database.windows.net,1433;Initial Catalog=orders;"
     "User ID=appadmin;Password=Vr7!kLm2-q;Encrypt=True;", "Server=tcp:acme-prod-sql.database.windows.net"),
    ("DB: Server=tcp:acme-prod-sql.database.windows.net;Database=orders;Uid=appadmin;Pwd=Vr7kLm2q;",
     "Server=tcp:acme-prod-sql.database.windows.net;Database=orders;Uid=appadmin;Pwd=Vr7kLm2q"),
])
def test_a_connection_string_after_a_label_is_covered_from_its_first_key(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("the reporting job uses Data Source=rpt-sql02.corp.local;Initial Catalog=Finance;User Id=rpt;Password=Qm4-elk!;",
     "Data Source=rpt-sql02.corp.local"),
    ("- ConnectionString: Host=pg-main.internal;Port=5432;Database=crm;Username=crm_app;Password=Sv8_brine",
     "Host=pg-main.internal"),
])
def test_check_a_connection_string_after_a_label_is_covered_from_its_first_key(text, value):
    assert _is_covered(text, value)


# A session store's cache key holds the session id (connect-redis: `sess:` + the cookie's value).
@pytest.mark.parametrize("text, value", [
    ('127.0.0.1:6379> KEYS sess:*\n1) "sess:4f9a2c7e1b3d5f6a8c0e2b4d6f8a0c1e"', "4f9a2c7e1b3d5f6a8c0e2b4d6f8a0c1e"),
    ('sess:9f8a7c6e5d4b3a2f1e0d -> {"uid": 42}', "9f8a7c6e5d4b3a2f1e0d"),
    ("TTL sess:s7d8f9g0h1j2k3l4m5n6 -> 3600", "s7d8f9g0h1j2k3l4m5n6"),
])
def test_the_id_in_a_session_store_key_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("user session:expired_after_30m", "expired_after_30m"),
    ("session:start took 3s", "start"),
])
def test_words_after_a_session_prefix_stay(text, value):
    assert _finds_nothing_in(text, value)


@pytest.mark.parametrize("text, value", [
    ("redis-cli --scan --pattern 'sess:*' | head -2\nsess:Xk_9fQ-vLm2PzR7tYwAbc_d3\nsess:pL0aR8nq2Vx7Ke4tZm1Bw9Hs",
     "pL0aR8nq2Vx7Ke4tZm1Bw9Hs"),
    ("memcached get session:b1946ac92492d2347c6235b4d2611184", "b1946ac92492d2347c6235b4d2611184"),
])
def test_check_the_id_in_a_session_store_key_is_found(text, value):
    assert _is_covered(text, value)


@pytest.mark.parametrize("text, value", [
    ("event=session:renewed_by_client user=42", "renewed_by_client"),
    ("session:2024-11-30 summary", "2024-11-30"),
])
def test_check_words_and_dates_after_a_session_prefix_stay(text, value):
    assert _finds_nothing_in(text, value)
