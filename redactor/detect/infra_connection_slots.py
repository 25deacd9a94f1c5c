"""Databases and queues by their slot in a connection string, whatever the name (round 32, infra32).

A connection string is a run of `key=value` pairs that a driver reads: ADO.NET, ODBC, JDBC properties and Npgsql
separate them by `;` (`Server=sql01;Database=Lobby;User Id=app;`), libpq by blanks (`host=pg01 dbname=ledger
user=etl`), Service Bus and Event Hubs by `;` too (`Endpoint=sb://...;EntityPath=orders`). The key says the
value's role, so the value needs no shape of its own: `Database=Lobby` names a database although "Lobby" is an
ordinary word, which infra_stores.py (reading names in prose and loose fields) must refuse. What makes a pair a
connection's is its company: at least one other pair on the same line whose key is a connection's (server, host,
data source, port, user, password, driver, endpoint, shared access key, ...). A lone `database=x` in an INI file or
a log line is infra_stores's and infra_queues's.

The database keys (`Database`, `Initial Catalog`, `dbname`, `databaseName`, `Default Database`, `keyspace`) give DB,
the entity keys (`EntityPath`, `Queue`, `QueueName`, `Topic`) QUEUE, both 0.8. Never a placeholder or template
(`{db}`, `<database>`, `$DB_NAME`, `%s`), a documentation sample (`myDataBase`, `Northwind`, `AdventureWorks`) nor
the software's own databases (`master`, `postgres`, `tempdb`: infra_stores's generic names). A found name spreads to
its other mentions (engine propagation), so "the Lobby database is slow" after the string is covered too.

Cost: the slot keys' first words gate the finder (the shared cue scan) and are where the slot pattern is tried;
each hit reads its own line once.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.infra_stores import DB_KIND, QUEUE_KIND
from redactor.detect.infra_stores import _GENERIC_NAMES as _SOFTWARE_DATABASES
from redactor.detect.keywords import (BEYOND_ASCII, keyword_positions, lowered_same_length, matches_at_starts,
                                      may_fold_into_ascii, needs_cues, needs_marks)
from redactor.detect.secret_values import is_placeholder_value

SLOT_SCORE = 0.8

_DATABASE_KEYS = frozenset({"database", "initialcatalog", "dbname", "databasename", "defaultdatabase", "keyspace",
                            "db"})
_ENTITY_KEYS = frozenset({"entitypath", "queue", "queuename", "topic", "topicname"})
# Keys only a connection string holds (lower case, blanks and `_` removed): the company a slot needs.
_CONNECTION_KEYS = frozenset({
    "server", "datasource", "host", "hostname", "hostaddr", "address", "addr", "networkaddress", "port", "userid",
    "uid", "user", "username", "password", "pwd", "driver", "provider", "trustedconnection", "integratedsecurity",
    "sslmode", "encrypt", "trustservercertificate", "endpoint", "sharedaccesskeyname", "sharedaccesskey",
    "accountname", "accountkey", "connecttimeout", "connectiontimeout", "applicationname", "authentication",
    "multipleactiveresultsets", "persistsecurityinfo", "pooling", "servicename", "sid", "protocol", "dsn",
    "authsource", "replicaset", "ssl", "tls", "charset", "schema", "searchpath", "currentschema", "warehouse",
    "role", "account", "options", "application_name", "failoverpartner", "tds_version"})
_SERVER_KEYS = frozenset({"host", "server", "hostname", "hostaddr", "datasource", "address", "addr"})
# The developer's own machine as a server value (`localhost`, `127.0.0.1`, `(local)`, `.`, `tcp:localhost,1433`).
_LOCAL_SERVER = re.compile(r"[ \t]*[\"']?(?:tcp:)?(?:localhost|127\.\d+\.\d+\.\d+|\(local\)|\.(?=[;\\\s\"'])|::1|\[::1\])",
                           re.IGNORECASE)
# A slot key and its `=`; the key's first character is not inside another word or a path.
_SLOT = re.compile(r"(?<![\w.\-/])(?P<key>Database|Initial[ \t]+Catalog|dbname|databaseName|Default[ \t]+Database"
                   r"|keyspace|db|EntityPath|Queue(?:[ \t]?Name)?|Topic(?:[ \t]?Name)?)[ \t]*=[ \t]*", re.IGNORECASE)
# A pair's key before its `=`: letters, blanks and `_` (`User Id`, `Trust Server Certificate`, `sslmode`).
_PAIR_KEY = re.compile(r"(?:^|(?<=[;\s\"'({,]))(?P<key>[A-Za-z][A-Za-z _]{0,40}?)[ \t]*=(?!=)")
# A value: quoted, braced (ODBC's `{...}`), or up to the next `;`, blank, quote or bracket.
_VALUE = re.compile(r"\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})'|\{(?P<br>[^}\n]{1,128})\}"
                    r"|(?P<bare>[^;\s\"'`<>(){}\[\],&]{1,128})")
# Documentation's sample databases and placeholder names (`myDataBase` of connectionstrings.com, SQL Server's
# and MySQL's sample schemas).
_SAMPLE_DATABASES = frozenset({"northwind", "adventureworks", "adventureworkslt", "adventureworksdw", "pubs",
                               "wideworldimporters", "sakila", "world", "employees", "chinook", "pagila",
                               "dvdrental", "sample", "sampledb", "testdb", "mydb", "mydatabase", "dbname",
                               "database", "yourdatabase", "your_database", "db_name", "database_name", "example"})
_PLACEHOLDER_PREFIX = re.compile(r"(?:my|your|some)[A-Z_-]|(?:example|sample|dummy|foo|bar)\b", re.IGNORECASE)


def _folded(key: str) -> str:
    return re.sub(r"[ \t_]", "", key).lower()


# The first word of each slot key, in lower case: a match of _SLOT starts where one of them does in the lower-cased
# text, unless the text holds a letter the case-blind pattern folds into ASCII (`ſ`, `K`, `ı`: may_fold_into_ascii).
# (The pattern's leading look-behind made `re` try its case-blind alternation at every position: ~35-45 us per KB,
# paid twice, as the finder's gate and as its own search.)
_SLOT_CUES = ("database", "initial", "db", "default", "keyspace", "entitypath", "queue", "topic")


@needs_cues(_SLOT_CUES)
@needs_marks(BEYOND_ASCII)  # (there its pattern runs everywhere)
def find_names_in_connection_slots(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each database or queue named in a connection string's slot."""
    if may_fold_into_ascii(text):
        slots = _SLOT.finditer(text)
    else:
        slots = matches_at_starts(_SLOT, text, keyword_positions(lowered_same_length(text), _SLOT_CUES))
    for match in slots:
        key = _folded(match.group("key"))
        value = _VALUE.match(text, match.end())
        if value is None:
            continue
        group = next(name for name in ("dq", "sq", "br", "bare") if value.group(name) is not None)
        start, end = value.start(group), value.end(group)
        name = text[start:end].strip()
        if not _names_a_store(name):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        company = set()
        local = False
        for pair in _PAIR_KEY.finditer(text, line_start, line_end):
            if pair.start("key") == match.start("key"):
                continue
            folded = _folded(pair.group("key"))
            company.add(folded)
            if folded in _SERVER_KEYS and _LOCAL_SERVER.match(text, pair.end()):
                local = True
        if local:
            continue  # a development database on the developer's own machine: a tutorial's, a test's
        if key == "db" and not (_SERVER_KEYS & company):
            continue  # `db=3` of a Redis URL's options, a log field: only beside a server is `db` a database
        if not company & _CONNECTION_KEYS:
            continue
        yield start, end, (DB_KIND if key in _DATABASE_KEYS else QUEUE_KIND)


def _names_a_store(name: str) -> bool:
    if len(name) < 2 or not any(character.isalpha() for character in name):
        return False
    if name.lower() in _SOFTWARE_DATABASES or name.lower() in _SAMPLE_DATABASES:
        return False
    if is_placeholder_value(name) or _PLACEHOLDER_PREFIX.match(name):
        return False
    if name.startswith(("$", "%", "@", ":")) or "${" in name or "{{" in name:
        return False
    return name.lower() not in ("true", "false", "none", "null", "0", "1")
