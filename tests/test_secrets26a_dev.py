"""Round 26 (secrets26a), dev set: written before the change, the examples it was built on.

Five mechanisms (issue 12): a value under a password key or label that is shaped like a member access
(`Tulip.Rain42`) was read as code and dropped; a connection string whose password comes first, is quoted or is
written with spaces around `=` was cut to the password; an Oracle/RMAN or MinIO command line's positional
credentials; a ping URL whose path is its credential; a secret written as concatenated string literals. Every
value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


DOTTED_KEYED_VALUES = [
    ("spring.datasource.password: Tulip.Rain42", "Tulip.Rain42"),
    ("db:\n  password: Tulip.Rain42\n  user: app", "Tulip.Rain42"),
    ("PASSWORD=Tulip.Rain42", "Tulip.Rain42"),
    ("smtp_password=Rq.Lt9", "Rq.Lt9"),
    ("ansible_become_pass: Velvet.Owl", "Velvet.Owl"),
    ("pwd=Abc.Def12;", "Abc.Def12"),
    ("my password is Tulip.Rain42", "Tulip.Rain42"),
    ("kennwort = Hund.Katze", "Hund.Katze"),
]


@pytest.mark.parametrize("text,value", DOTTED_KEYED_VALUES)
def test_a_dotted_value_under_a_password_key_is_the_password(engine, text, value):
    assert covered_on_wire(engine, text, value)


KEY_NAMES = [
    ("storePassword=Marble-Sky_K7!", "Marble-Sky_K7!"),
    ("mot_de_passe=Pomme#Verte.9", "Pomme#Verte.9"),
    ("passkey: 3b9f1c7e2a8d4f6b0c5e9a1d7f3b2c8e4a6d0f1b", "3b9f1c7e2a8d4f6b0c5e9a1d7f3b2c8e4a6d0f1b"),
]


@pytest.mark.parametrize("text,value", KEY_NAMES)
def test_keystore_french_and_tracker_key_names_hold_secrets(engine, text, value):
    assert covered_on_wire(engine, text, value)


CONNECTION_STRINGS = [
    ("Password=Pl.8#Kz!;Persist Security Info=True;User ID=etl;Initial Catalog=Stage;Data Source=ETL01",
     "Password=Pl.8#Kz!;Persist Security Info=True;User ID=etl;Initial Catalog=Stage;Data Source=ETL01"),
    ("Server = sql01.acme.net; Database = HR; User Id = hr_app; Password = Hr.App!2024;",
     "Server = sql01.acme.net; Database = HR; User Id = hr_app; Password = Hr.App!2024"),
    ("Server=sql01.acme.net;Database=HR;User Id=hr_app;Password='Hr;App.24';",
     "Server=sql01.acme.net;Database=HR;User Id=hr_app;Password='Hr;App.24'"),
]


@pytest.mark.parametrize("text,value", CONNECTION_STRINGS)
def test_a_connection_string_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


POSITIONAL = [
    ("rman target sys/Oracle_Pw19@ORCLPDB", "Oracle_Pw19"),
    ("rman target sys/Tig3r.Lily@prod_db catalog rcat/Cat.Pw42@rcatdb", "Cat.Pw42"),
    ("mc alias set minio-prod https://minio.acme.net AKIMINIO7QX2 wJf8Lq2Zr9Tv5Xb1Nc6Md3Ke7Hy0Pa", "AKIMINIO7QX2"),
    ("mc alias set minio-prod https://minio.acme.net AKIMINIO7QX2 wJf8Lq2Zr9Tv5Xb1Nc6Md3Ke7Hy0Pa",
     "wJf8Lq2Zr9Tv5Xb1Nc6Md3Ke7Hy0Pa"),
]


@pytest.mark.parametrize("text,value", POSITIONAL)
def test_positional_command_credentials_are_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


PING_URLS = [
    ("curl -fsS -m 10 --retry 5 https://hc-ping.com/5f0c1a9e-7b3d-4e2a-9c8f-1d6b4a2e7f30",
     "https://hc-ping.com/5f0c1a9e-7b3d-4e2a-9c8f-1d6b4a2e7f30"),
    ("0 3 * * * /opt/backup.sh && curl -s https://status.acme.io/api/push/Xq7Lm2Vt9R?status=up&msg=OK",
     "https://status.acme.io/api/push/Xq7Lm2Vt9R"),
]


@pytest.mark.parametrize("text,value", PING_URLS)
def test_a_ping_url_is_redacted_with_its_path(engine, text, value):
    assert covered_on_wire(engine, text, value)


CONCATENATED = [
    ('const pw = "Harvest" + "!Moon-77";', "!Moon-77"),
    ("password = 'Quartz' + '#Bay' + '2026'", "#Bay"),
    ('api_key = "SG." + "Kx9Lm2Vt7Rz4Kp1Wn8Bc3H" + "." + "d6Ys5Fg0Je8Ku2Mo4Qa7Wt1Zl9Xn3Bv6Cr5Dp8Eg2F"',
     "d6Ys5Fg0Je8Ku2Mo4Qa7Wt1Zl9Xn3Bv6Cr5Dp8Eg2F"),
]


@pytest.mark.parametrize("text,value", CONCATENATED)
def test_a_secret_split_by_concatenation_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


KEPT = [
    ("password = config.db.password", "config.db.password"),
    ("    password: self.password,", "self.password"),
    ("password = request.form", "request.form"),
    ("SMTP_PASSWORD=settings.SMTP_PASSWORD", "settings.SMTP_PASSWORD"),
    ("commit 3b9f1c7e2a8d4f6b0c5e9a1d7f3b2c8e4a6d0f1b\nAuthor: CI", "3b9f1c7e2a8d4f6b0c5e9a1d7f3b2c8e4a6d0f1b"),
    ("GET https://api.acme.io/v1/orders/5f0c1a9e-7b3d-4e2a-9c8f-1d6b4a2e7f30 returned 404", "api.acme.io/v1/orders"),
    ('greeting = "Hello" + " world"', "Hello"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_references_digests_and_ordinary_urls_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
