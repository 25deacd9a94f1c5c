"""Round 32 (infra32): a database or queue named in a connection string's slot, whatever the word.

The key says the role (`dbname=`, `Database=`, `EntityPath=`), and the other pairs on the line say it is a
connection string; documentation samples, templates and the software's own databases stay. All names invented.
"""
import pytest

from redactor.detect.infra_connection_slots import find_names_in_connection_slots


def found(text):
    return [(text[start:end], kind) for start, end, kind in find_names_in_connection_slots(text)]


@pytest.mark.parametrize("text, name, kind", [
    ('conn = psycopg2.connect("host=pg01.kessel.lan dbname=ledger user=etl sslmode=require")', "ledger", "DB"),
    ('"Main": "Data Source=SQLPRD02;Initial Catalog=Payroll;Integrated Security=True"', "Payroll", "DB"),
    ("jdbc:sqlserver://sql07:1433;databaseName=Harbour;encrypt=true", "Harbour", "DB"),
    ("Endpoint=sb://sb-claims.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=x;EntityPath=intake",
     "intake", "QUEUE"),
    ("Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql-hr;Database={Personal Akten};Uid=app;", "Personal Akten",
     "DB"),
    ("Host=10.4.2.9;Port=5432;Database=Archiv;Username=svc", "Archiv", "DB"),
])
def test_a_name_in_a_connection_strings_slot_is_found_whatever_the_word(text, name, kind):
    assert (name, kind) in found(text)


@pytest.mark.parametrize("text", [
    "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;",
    "Server=localhost;Database=Northwind;Trusted_Connection=True;",
    "Server=sql01;Database=master;Trusted_Connection=True;",
    "Host={host};Database={database};Username={user}",
    "host=$PGHOST dbname=$PGDATABASE user=$PGUSER",
    "[mysqld]\ndatabase=orders",            # a lone key: not a connection string
    "redis://cache:6379?db=3",               # `db` is a database only beside a server
    "SELECT * FROM t WHERE database = 'x'",  # no company of connection keys
])
def test_samples_templates_and_lone_keys_are_not_named_stores(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Server=localhost;Database=Kundenakte;Trusted_Connection=True;",
    "Server=(local);Initial Catalog=Payroll;Integrated Security=SSPI",
    "host=127.0.0.1 dbname=ledger user=dev",
])
def test_a_database_on_the_developers_own_machine_is_left_to_other_rules(text):
    assert found(text) == []


def test_the_slot_keys_cues_find_what_the_pattern_tried_everywhere_finds(monkeypatch):
    # speed35: on text without a letter `re` folds into ASCII, the slot pattern is tried only where a key's first word
    # starts (the shared cue scan), and the finder's gate is those words; the same findings as the pattern tried at
    # every position (may_fold_into_ascii forced true), and the gate holds wherever there is one.
    import random

    from redactor.detect import infra_connection_slots as slots
    from redactor.detect.keywords import finder_may_find

    rng = random.Random(35)
    pieces = ["Server=sql01.corp", "Database=Ledger", "DATABASE = Ledger", "Initial Catalog=Orders", "dbname=ledger",
              "host=pg01", "user=etl", "Queue Name=invoices", "TOPIC=orders", "EntityPath=claims", "keyspace=ks1",
              "Default Database=Billing", "databaseName=Payroll", "db=3", "Port=5432", "Password=x", "mydb.Database=x",
              "ſerver", "Topıc=x", "é", ";", " ", "\n", "/", "-", "Endpoint=sb://ns.servicebus.windows.net/"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice([";", " ", ";\n", "", "\t"]) for _ in range(rng.randint(1, 9)))
        ours = list(slots.find_names_in_connection_slots(text))
        with monkeypatch.context() as patched:
            patched.setattr(slots, "may_fold_into_ascii", lambda _text: True)
            expected = list(slots.find_names_in_connection_slots(text))
        assert ours == expected, text
        if expected:
            found += 1
            assert finder_may_find(slots.find_names_in_connection_slots, text), text
    assert found > 300
