"""Round 26 check set (issue 12): forms written after the change and not tuned on. Tenants under other hosting
platforms, database names in other client and config forms; public hosts and generic names stay."""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from tests.detection_support import blanked as _redacted


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


@pytest.mark.parametrize("text, names", [
    ("fetch('https://quillmark-api.vercel.app/v1/orders')", ("quillmark-api",)),
    ("WEBHOOK=https://hartwell-crm.azurewebsites.net/hooks/stripe", ("hartwell-crm",)),
    ("ssh -p 2222 pi@gr7vx2lq.duckdns.org", ("gr7vx2lq",)),
    ("Render says the service thornfield-worker.onrender.com is sleeping", ("thornfield-worker",)),
    ("psql --host=pg.lan --username=ops bramblecare", ("bramblecare",)),
    ("docker exec -it pg pg_dump -U postgres -d wexford_prod -Fc -f /tmp/w.dump", ("wexford_prod",)),
    ("mysql -u ops -p -h 10.1.1.4 ostara_shop -e 'show tables'", ("ostara_shop",)),
    ("*:5432:hollin_ledger:etl:hunter2x", ("hollin_ledger",)),
    ("db:\n  adapter: postgres\n  dbname: corvenna_app\n  port: 5432\n", ("corvenna_app",)),
    ("databases:\n  - name: lindhurst_main\n    user: svc\n", ("lindhurst_main",)),
    ("az sql db show --ids /subscriptions/1/resourceGroups/r/providers/Microsoft.Sql/servers/s1/databases/ferrow_hr",
     ("ferrow_hr",)),
    ("POSTGRES_SCHEMA=kestrel_ops", ("kestrel_ops",)),
])
def test_named_infrastructure_is_redacted(engine, text, names):
    redacted = _redacted(engine, text)
    for name in names:
        assert name not in redacted


@pytest.mark.parametrize("text, kept", [
    ("see https://www.herokuapp.com and https://api.netlify.app", ("www.herokuapp.com", "api.netlify.app")),
    ("pip install from https://files.pythonhosted.org/packages/x", ("files.pythonhosted.org",)),
    ("your-project.supabase.co is the URL Supabase gives you", ("your-project.supabase.co",)),
    ("psql postgres://app@db/app_db", ("psql postgres",)),
    ("mysql --version", ("--version",)),
    ("createdb --help", ("--help",)),
    ("schema: {type: object}", ("type: object",)),
])
def test_public_platform_hosts_and_generic_names_stay(engine, text, kept):
    redacted = _redacted(engine, text)
    for word in kept:
        assert word in redacted
