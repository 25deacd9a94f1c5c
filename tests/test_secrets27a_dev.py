"""Round 27 (secrets27a), dev set: written before the change, the examples it was built on.

Three mechanisms (issue 12): password hashes in the layouts databases and servers store and print them (a
`SELECT ... authentication_string` table, pgbouncer's `userlist.txt`, `pg_authid`, Redis ACL, Oracle `spare4`,
htpasswd files of several lines); the value a secret manager or admin command prints under its value field (`az
keyvault secret show`, `aws secretsmanager get-secret-value`, `vault kv get`, Vault audit JSON, `kubectl get secret -o
yaml`, `az storage account keys list`); and connection strings that carry a credential, taken whole. Every value here
is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.wire_coverage import covered_on_wire, untouched_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


MYSQL_TABLE = """mysql> SELECT user, host, plugin, authentication_string FROM mysql.user;
+---------------+-----------+-----------------------+-------------------------------------------+
| user          | host      | plugin                | authentication_string                     |
+---------------+-----------+-----------------------+-------------------------------------------+
| root          | localhost | mysql_native_password | *9162C2F38E46C5CF6CA20F29330CA2F41C5064CD |
| app_rw        | %         | mysql_native_password | *965282f483f31b70d7da0525bf887f47c78d05f2 |
| reporting     | 10.0.%    | mysql_native_password | *5E05FCAC185FD40805C50C997F6E2270588F834 |
+---------------+-----------+-----------------------+-------------------------------------------+
3 rows in set (0.00 sec)"""

PGBOUNCER_USERLIST = """# /etc/pgbouncer/userlist.txt
"pgbouncer" "md528881453a52acda8929a90295b3fca00"
"app_user" "SCRAM-SHA-256$4096:wIi4xeiEPKGPSNFN16sORw==$YCVTpffbhm2+iLOpbPzzT+5I/1KEo8t+efOjnOuMIWA=:aJmQ9rw8gh4zmI2wmIUNWdKpl4zzBqkWz0M06PPlDgY="
"metrics" "md5904975d01344a55a863b9317e41c2c4"
"""

PG_AUTHID = """postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;
 rolname  |                                                              rolpassword
----------+---------------------------------------------------------------------------------------------------------------------------------------
 postgres | SCRAM-SHA-256$4096:JaW+Cdlz07Ssn1Y2dUg5QQ==$LYsaywwgWLeHn/P0NOsNKEyKfolPs/nhfNcQuqrwjCE=:Wh+1Y40tOyINUPcX9asaTTrJwTkDtAwq2pXGl6vyR+w=
 legacy   | md5fca4ddea7a5a8c478f007d7ef4e16d5a
(2 rows)"""

HTPASSWD = """$ cat /etc/nginx/.htpasswd
admin:$apr1$lI5kGAav$oQ0/BFDEMSOdtjijdxcm4A
deploy:$apr1$lXR/vlQd$EW4X2g4x7DLDeeyW8RdkAA
grafana:$apr1$Qm3x$Zk1/9s0pWq2nXy7b
"""

STORED_HASHES = [
    (MYSQL_TABLE, "*9162C2F38E46C5CF6CA20F29330CA2F41C5064CD"),
    (MYSQL_TABLE, "*965282f483f31b70d7da0525bf887f47c78d05f2"),
    (MYSQL_TABLE, "*5E05FCAC185FD40805C50C997F6E2270588F834"),
    (PGBOUNCER_USERLIST, "md528881453a52acda8929a90295b3fca00"),
    (PGBOUNCER_USERLIST, "SCRAM-SHA-256$4096:wIi4xeiEPKGPSNFN16sORw==$YCVTpffbhm2+iLOpbPzzT+5I/1KEo8t+efOjnOuMIWA=:aJmQ9rw8gh4zmI2wmIUNWdKpl4zzBqkWz0M06PPlDgY="),
    (PGBOUNCER_USERLIST, "md5904975d01344a55a863b9317e41c2c4"),
    (PG_AUTHID, "SCRAM-SHA-256$4096:JaW+Cdlz07Ssn1Y2dUg5QQ==$LYsaywwgWLeHn/P0NOsNKEyKfolPs/nhfNcQuqrwjCE=:Wh+1Y40tOyINUPcX9asaTTrJwTkDtAwq2pXGl6vyR+w="),
    (PG_AUTHID, "md5fca4ddea7a5a8c478f007d7ef4e16d5a"),
    (HTPASSWD, "$apr1$lI5kGAav$oQ0/BFDEMSOdtjijdxcm4A"),
    (HTPASSWD, "$apr1$lXR/vlQd$EW4X2g4x7DLDeeyW8RdkAA"),
    (HTPASSWD, "$apr1$Qm3x$Zk1/9s0pWq2nXy7b"),
    ("127.0.0.1:6379> ACL LIST\n1) \"user default on #3265ede85e48343bcd3aeaee1e9a051436e16a7efcd5cf8d0c7dd3b0b7be45e2 ~* &* +@all\"",
     "3265ede85e48343bcd3aeaee1e9a051436e16a7efcd5cf8d0c7dd3b0b7be45e2"),
    ("SQL> SELECT name, spare4 FROM sys.user$ WHERE name = 'APP';\nAPP    S:BB7AE2D9405BDE703B5722FF7253D2530083D72692FB02BEFAFB18070B4D;T:40765511A9D71C319D2EF11D64D4BE599A3463B726C00F537509E6AE4DD55955",
     "S:BB7AE2D9405BDE703B5722FF7253D2530083D72692FB02BEFAFB18070B4D"),
    ("ALTER USER app IDENTIFIED BY PASSWORD '*9162C2F38E46C5CF6CA20F29330CA2F41C5064C';",
     "*9162C2F38E46C5CF6CA20F29330CA2F41C5064C"),
    ("id | email          | password_hash\n---+----------------+------------------------------------------------------------------\n"
     " 1 | ana@example.io | 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\n"
     " 2 | bo@example.io  | 9bc5fc1220a231d34d7dec384211387e712b616970ed03e18bf67e5dffaa48dc\n(2 rows)",
     "9bc5fc1220a231d34d7dec384211387e712b616970ed03e18bf67e5dffaa48dc"),
    ("email,hashed_password,created_at\nana@example.io,9162c2f38e46c5cf6ca20f29330ca2f41c5064cd,2026-01-04\n"
     "bo@example.io,965282f483f31b70d7da0525bf887f47c78d05f2,2026-02-11\n", "965282f483f31b70d7da0525bf887f47c78d05f2"),
    ("$ az storage account keys list -g rg-data -n stdata01 -o tsv\n"
     "2026-11-02T09:12:44.000000+00:00\tkey1\tFULL\tXyiJ3ffyH5O4rY025GZUhmki+VtVYOfHlwhMKdioREwOCgsnZU350rHRMvu44dwAP5aM94oxTFpydgQBZ+hfFQ==\n",
     "XyiJ3ffyH5O4rY025GZUhmki+VtVYOfHlwhMKdioREwOCgsnZU350rHRMvu44dwAP5aM94oxTFpydgQBZ+hfFQ=="),
]


@pytest.mark.parametrize("text,value", STORED_HASHES)
def test_a_stored_password_hash_is_redacted_whole(engine, text, value):
    assert covered_on_wire(engine, text, value)


SECRET_MANAGER_OUTPUT = [
    ('$ az keyvault secret show --vault-name kv-payments --name sql-admin\n{\n  "attributes": {\n    "enabled": true\n  },\n'
     '  "id": "https://kv-payments.vault.azure.net/secrets/sql-admin/5fe9ab75c654420d8d52a63de49be6a6",\n'
     '  "name": "sql-admin",\n  "value": "Harbor-Lamp-Quiet-81"\n}', "Harbor-Lamp-Quiet-81"),
    ('$ aws secretsmanager get-secret-value --secret-id prod/orders/db\n{\n    "ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf",\n'
     '    "Name": "prod/orders/db",\n    "SecretString": "{\\"username\\":\\"orders\\",\\"password\\":\\"mQ7vTt2pLx\\"}",\n'
     '    "VersionStages": ["AWSCURRENT"]\n}', "mQ7vTt2pLx"),
    ('$ aws secretsmanager get-secret-value --secret-id slack-signing --query SecretString --output text\nb39qGVgpSv01Wy8cluKF',
     "b39qGVgpSv01Wy8cluKF"),
    ("$ vault kv get secret/ci/deploy\n====== Data ======\nKey         Value\n---         -----\napi_key     KXjvWiFMdBPdz2XJU0fc\nregion      eu-west-1",
     "KXjvWiFMdBPdz2XJU0fc"),
    ("$ vault token lookup\nKey                 Value\n---                 -----\naccessor            8zLkP2qRw3Xy5TnB7vC9dF1g\ncreation_time       1733470000\n"
     "id                  hvs.CAESIJx7Q2mP9kLr4sT8vW1yZ3bN5cF6gH0jK2lM4nP6qR8s\npolicies            [default deploy]",
     "8zLkP2qRw3Xy5TnB7vC9dF1g"),
    ('{"time":"2026-12-01T10:00:00Z","type":"response","auth":{"client_token":"hmac-sha256:9bc5fc1220a231d34d7dec384211387e712b616970ed03e18bf67e5dffaa48dc",'
     '"accessor":"hmac-sha256:3265ede85e48343bcd3aeaee1e9a051436e16a7efcd5cf8d0c7dd3b0b7be45e2","display_name":"approle"}}',
     "hmac-sha256:9bc5fc1220a231d34d7dec384211387e712b616970ed03e18bf67e5dffaa48dc"),
    ("$ kubectl get secret stripe-creds -o yaml\napiVersion: v1\ndata:\n  api-key: c2tfbGl2ZV9tYWRldXBfYnV0X2xvbmdlbm91Z2g=\n  webhook: d2hzZWNfbm90cmVhbA==\nkind: Secret",
     "d2hzZWNfbm90cmVhbA=="),
    ("$ az storage account keys list -g rg-data -n stdata01 -o tsv\n2026-11-02T09:12:44.000000+00:00\tkey1\tFULL\tasOhnUU+Hef5qiHsn/0apulFTd8JHtq3qiuujwK9TL+cvYt8XwTu7qtvnG3groUKXjvWiFMdBPdz2XJU0fcScnRCu1A==\n",
     "asOhnUU+Hef5qiHsn/0apulFTd8JHtq3qiuujwK9TL+cvYt8XwTu7qtvnG3groUKXjvWiFMdBPdz2XJU0fcScnRCu1A=="),
    ("$ gcloud secrets versions access latest --secret=smtp-relay\nQuill7-Marsh-Pepper", "Quill7-Marsh-Pepper"),
    ("$ heroku config -a shop-api\n=== shop-api Config Vars\nDATABASE_URL:   postgres://u8a:p3x9Lq2@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d9\nSESSION_SECRET: 7e1c9a0f3b2d",
     "7e1c9a0f3b2d"),
]


@pytest.mark.parametrize("text,value", SECRET_MANAGER_OUTPUT)
def test_the_value_a_secret_manager_prints_is_redacted(engine, text, value):
    assert covered_on_wire(engine, text, value)


CONNECTION_STRINGS = [
    ('"ConnectionStrings": {\n  "Default": "Server=tcp:sql-orders-prod.database.windows.net,1433;Initial Catalog=orders;'
     'Persist Security Info=False;User ID=orders_app;Password=Tr!ck$y=Pw@1;MultipleActiveResultSets=False;Encrypt=True;"\n}',
     "Server=tcp:sql-orders-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=orders_app;Password=Tr!ck$y=Pw@1"),
    ("Endpoint=sb://ns-orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
     "SharedAccessKey=YCVTpffbhm2+iLOpbPzzT+5I/1KEo8t+efOjnOuMIWA=",
     "Endpoint=sb://ns-orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=YCVTpffbhm2+iLOpbPzzT+5I/1KEo8t+efOjnOuMIWA="),
    ("MONGO_URI=mongodb+srv://svc_orders:Pa$$w0rd!2@cluster0.ab1cd.mongodb.net/orders?retryWrites=true&w=majority",
     "svc_orders:Pa$$w0rd!2@cluster0.ab1cd.mongodb.net/orders"),
    ("amqps://billing:x@y=Z!9@rabbit.internal.example.net:5671/billing", "billing:x@y=Z!9@rabbit.internal.example.net:5671/billing"),
    ("System.Data.SqlClient.SqlException: Login failed for user 'rpt'. Connection string: Data Source=10.20.1.5;Initial Catalog=Reports;"
     "User Id=rpt;Password=Qx9!vL;",
     "Data Source=10.20.1.5;Initial Catalog=Reports;User Id=rpt;Password=Qx9!vL"),
]


@pytest.mark.parametrize("text,value", CONNECTION_STRINGS)
def test_a_connection_string_with_a_credential_is_one_span(engine, text, value):
    assert covered_on_wire(engine, text, value)


NOT_SECRETS = [
    ("commit 9162c2f38e46c5cf6ca20f29330ca2f41c5064cd\nAuthor: build bot", "9162c2f38e46c5cf6ca20f29330ca2f41c5064cd"),
    ("sha256sum: 3265ede85e48343bcd3aeaee1e9a051436e16a7efcd5cf8d0c7dd3b0b7be45e2  release.tar.gz",
     "3265ede85e48343bcd3aeaee1e9a051436e16a7efcd5cf8d0c7dd3b0b7be45e2"),
    ("$ vault kv get secret/ci/deploy\n====== Metadata ======\nKey              Value\n---              -----\ncreated_time     2026-11-02T09:12:44Z\nversion          3",
     "2026-11-02T09:12:44Z"),
    ('"integrity": "sha512-wBVBOHYuhm40lv4zagFd1F3j2+ma4PxMa+OzY/mumlYScsmqYbmVI68KXd+A+cGvpp68hR08mNUNsWFn6NTm1w=="',
     "wBVBOHYuhm40lv4zagFd1F3j2+ma4PxMa+OzY/mumlYScsmqYbmVI68KXd+A+cGvpp68hR08mNUNsWFn6NTm1w=="),
    ("sha1 | path\n-----+-----\n9162c2f38e46c5cf6ca20f29330ca2f41c5064cd | src/app.py\n965282f483f31b70d7da0525bf887f47c78d05f2 | README.md\n",
     "9162c2f38e46c5cf6ca20f29330ca2f41c5064cd"),
    ("id | name | password_changed_at\n1 | ana | 2026-01-04T10:22:31Z\n2 | bo | 2026-02-11T08:00:00Z\n", "2026-01-04T10:22:31Z"),
]


@pytest.mark.parametrize("text,value", NOT_SECRETS)
def test_digests_and_metadata_stay(engine, text, value):
    assert untouched_on_wire(engine, text, value)
