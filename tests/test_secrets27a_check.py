"""Round 27 (secrets27a), check set: written after the change, forms the change was not built on.

Stored password hashes in other statements and files (CREATE ROLE, mysqldump's IDENTIFIED WITH, a Redis users.acl
file, pg_shadow, an `auth_user` export, a CSV of hex hashes), secret-manager output in other commands and layouts,
and connection strings of other drivers. Every value here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


STORED_HASHES = [
    ("CREATE ROLE reporting WITH LOGIN PASSWORD 'md5b1b3eb272cf96b06653835918ceec095' VALID UNTIL 'infinity';",
     "md5b1b3eb272cf96b06653835918ceec095"),
    ("CREATE USER `etl`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*564E8814D976060FB033AD105512713BCA376152' REQUIRE NONE;",
     "*564E8814D976060FB033AD105512713BCA376152"),
    ("# /etc/redis/users.acl\nuser default off\nuser worker on #98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b ~jobs:* +@all\n",
     "98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b"),
    (" usename  | usesysid |  passwd\n----------+----------+-----------------------------------------------------------\n"
     " grafana  |    16384 | SCRAM-SHA-256$4096:McR/2XkpmaYvXBj1842rqA==$70K7riPVH5KpSLQloxJXdQbv6Aq4ovU+dEwp9/esuH4=:rmFhZHExOCoCVUgKBGwZ1SVHds+726LHb863JiBzp3U=\n",
     "SCRAM-SHA-256$4096:McR/2XkpmaYvXBj1842rqA==$70K7riPVH5KpSLQloxJXdQbv6Aq4ovU+dEwp9/esuH4=:rmFhZHExOCoCVUgKBGwZ1SVHds+726LHb863JiBzp3U="),
    ("username;pwd_hash;last_login\nmlopez;98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b;2026-10-01\n"
     "tkaur;b1b3eb272cf96b06653835918ceec095b1b3eb272cf96b06653835918ceec095;2026-10-03\n",
     "98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b"),
    ("SPARE4\n--------------------------------------------------------------\n"
     "T:C2CF56343E3CEB1747D3D781C2AE190B780D85D9D2E91756AD630BB5ECE145F785DB98171172EFECF29E0392D6E58A7F471E6DFA7081A27028C6830F2FE77254EFAC6A157F5CEE96B58960ACC2AD44F8",
     "T:C2CF56343E3CEB1747D3D781C2AE190B780D85D9D2E91756AD630BB5ECE145F785DB98171172EFECF29E0392D6E58A7F471E6DFA7081A27028C6830F2FE77254EFAC6A157F5CEE96B58960ACC2AD44F8"),
]


@pytest.mark.parametrize("text,value", STORED_HASHES)
def test_a_stored_password_hash_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


SECRET_MANAGER_OUTPUT = [
    ("$ az keyvault secret show --vault-name kv-hr --name smtp-pass --query value -o tsv\nWillow-Anchor-5521", "Willow-Anchor-5521"),
    ('$ aws ssm get-parameter --name /prod/api/token --with-decryption\n{\n    "Parameter": {\n        "Name": "/prod/api/token",\n'
     '        "Type": "SecureString",\n        "Value": "13yCtxh5XZALMyMiCxjIF7fqtZ4",\n        "Version": 4\n    }\n}',
     "13yCtxh5XZALMyMiCxjIF7fqtZ4"),
    ('$ vault kv get -format=json secret/payments\n{\n  "data": {\n    "data": {\n      "stripe_key": "OF+a0BH5TE+LkZhSbKvgYLRSKq6jEJCk"\n    }\n  }\n}',
     "OF+a0BH5TE+LkZhSbKvgYLRSKq6jEJCk"),
    ("$ kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d\nPlover!Tide-37", "Plover!Tide-37"),
    ("$ doppler secrets get SENDGRID_KEY --plain\n8XnGa1gxZHs6Bg0e1JH9T7h4re6Vd3mb", "8XnGa1gxZHs6Bg0e1JH9T7h4re6Vd3mb"),
    ("$ az cosmosdb keys list -n cosmos-orders -g rg-orders -o tsv\n"
     "o1kdxwughRMsKBXQ7/7GpfXQekp63tKm4jt2CnS8HPhr+ua8CfduY8hDCt2r3p6trhEtD0NDxYjfGtqgVyTNtg==\n",
     "o1kdxwughRMsKBXQ7/7GpfXQekp63tKm4jt2CnS8HPhr+ua8CfduY8hDCt2r3p6trhEtD0NDxYjfGtqgVyTNtg=="),
]


@pytest.mark.parametrize("text,value", SECRET_MANAGER_OUTPUT)
def test_the_value_a_secret_manager_prints_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


CONNECTION_STRINGS = [
    ("Driver={ODBC Driver 18 for SQL Server};Server=tcp:sqlfin01.corp.example.net,1433;Database=Ledger;Uid=svc_ledger;Pwd=K3y$tone=9;Encrypt=yes;",
     "Server=tcp:sqlfin01.corp.example.net,1433;Database=Ledger;Uid=svc_ledger;Pwd=K3y$tone=9"),
    ("DefaultEndpointsProtocol=https;AccountName=stinvoices01;AccountKey=8XnGa1gxZHs6Bg0e1JH9T7h4re6Vd3mb1+9fdWm4xNU=;EndpointSuffix=core.windows.net",
     "AccountName=stinvoices01;AccountKey=8XnGa1gxZHs6Bg0e1JH9T7h4re6Vd3mb1+9fdWm4xNU="),
    ("Endpoint=sb://evh-telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=OF+a0BH5TE+LkZhSbKvgYLRSKq6jEJCkERmhuLIdoj8=;EntityPath=events",
     "Endpoint=sb://evh-telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=OF+a0BH5TE+LkZhSbKvgYLRSKq6jEJCkERmhuLIdoj8="),
    ("celery broker: amqps://worker:p@ss!w0rd$@mq.internal.example.org:5671/jobs", "worker:p@ss!w0rd$@mq.internal.example.org:5671/jobs"),
]


@pytest.mark.parametrize("text,value", CONNECTION_STRINGS)
def test_a_connection_string_with_a_credential_is_one_span(engine, text, value):
    assert covered_on_wire(engine, text, value)


NOT_SECRETS = [
    ("ETag: \"b1b3eb272cf96b06653835918ceec095\"\nContent-Length: 5120\n", "b1b3eb272cf96b06653835918ceec095"),
    ("| file | sha256 |\n|---|---|\n| app.tar | 98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b |\n| db.tar | b1b3eb272cf96b06653835918ceec095b1b3eb272cf96b06653835918ceec095 |\n",
     "98ec40d955c97782e6996952a9bc8c2b9d774d969efb53549fde713dfac3636b"),
    ("see #98ec40d in the log for the revert", "98ec40d"),
    ("user | password_hash_algorithm\nana | bcrypt\nbo | argon2id\n", "argon2id"),
    ("< HTTP/1.1 200 OK\n< x-checksum-sha512: McR/2XkpmaYvXBj1842rqA70K7riPVH5KpSLQloxJXdQbv6Aq4ovU+dEwp9/esuH4rmFhZHExOCoCVUgKBGwZ1SVg==\n",
     "McR/2XkpmaYvXBj1842rqA70K7riPVH5KpSLQloxJXdQbv6Aq4ovU+dEwp9/esuH4rmFhZHExOCoCVUgKBGwZ1SVg=="),
]


@pytest.mark.parametrize("text,value", NOT_SECRETS)
def test_digests_and_metadata_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
