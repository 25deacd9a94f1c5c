"""Round 26 dev set (issue 12): tenants under hosting platforms' suffixes, database names in command and config
slots. Written before the change with invented names; public platform hosts and generic names stay."""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.detection_support import blanked as _redacted


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names", [
    # a customer's label under a hosting platform's suffix (the Public Suffix List's private section)
    ("SUPABASE_URL=https://qzkvbnrtwxlmpdfa.supabase.co", ("qzkvbnrtwxlmpdfa",)),
    ("port forwarding via tkw8x3pq1nd0r7ab.myfritz.net:8443", ("tkw8x3pq1nd0r7ab",)),
    ("deployed to https://fenwick-orders.herokuapp.com/api", ("fenwick-orders",)),
    ("the preview build is at marlowe-docs.netlify.app", ("marlowe-docs",)),
    ("supabase link --project-ref xoqmlpezrtvbnakwudhc", ("xoqmlpezrtvbnakwudhc",)),
    # database names in their slots
    ("pg_dump -h 10.2.0.5 -U backup -Fc kundendb > /backups/k.dump", ("kundendb",)),
    ("psql -h db01.internal -p 5432 -U app ledgerhall", ("ledgerhall",)),
    ("mysqldump -u root -h 127.0.0.1 shopwaren orders > o.sql", ("shopwaren",)),
    ("createdb -O app praxisverw", ("praxisverw",)),
    ("db.corp.lan:5432:vertrieb:app:s3cr3tpw", ("vertrieb",)),
    ("database:\n  host: pg.internal\n  name: orbisdata\n  user: app\n", ("orbisdata",)),
    (" database:\n   host: pg.internal\n-  name: orbisold\n+  name: orbisnew\n", ("orbisold", "orbisnew")),
    ("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/sqlsrv/databases/praxisdb", ("praxisdb",)),
    ('{"host": "dwh.internal", "port": 5432, "schema": "dwh_finanz", "user": "bi"}', ("dwh_finanz",)),
])
def test_named_infrastructure_is_redacted(engine, text, names):
    redacted = _redacted(engine, text)
    for name in names:
        assert name not in redacted


@pytest.mark.parametrize("text, kept", [
    ("clone from https://raw.githubusercontent.com/psf/black/main/README.md", ("raw.githubusercontent.com",)),
    ("upload with https://storage.googleapis.com/upload/storage/v1/b", ("storage.googleapis.com",)),
    ("Heroku apps live at <app>.herokuapp.com, e.g. myapp.herokuapp.com", ("myapp.herokuapp.com",)),
    ("pg_dump -h localhost -U postgres postgres > all.sql", ("postgres > all.sql",)),
    ("psql -U app -c 'select 1'", ("select 1",)),
    ("database:\n  adapter: postgresql\n  pool: 5\n", ("adapter: postgresql",)),
    ('{"$schema": "https://json-schema.org/draft/2020-12/schema", "schema": "public"}', ('"public"',)),
])
def test_public_platform_hosts_and_generic_names_stay(engine, text, kept):
    redacted = _redacted(engine, text)
    for word in kept:
        assert word in redacted
