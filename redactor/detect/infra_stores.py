"""Databases, schemas, search indexes and queues or topics named where infra_queues.py does not look (round 25).

infra_queues.py reads a name beside its kind word, after a client's flag or a key, in a queue's address. Here:
- a column whose header names the kind (`db`, `database`, `dbname`, `schema`, `catalog`, `Datenbank`, `base de
  données`, `queue`, `topic`, `stream`, `exchange`, `consumer group`, `dlq`, `index`), in a tab, comma,
  semicolon or pipe table, a psql or mysql result grid, or a blank-aligned listing (`_cat/indices`); also
  psql's `\\l` grid (its header says `Name`) and the bare lines a listing command prints (`kafka-topics --list`,
  `rabbitmqctl list_queues`, `SHOW DATABASES;`);
- a connection's own fields and statements: `Initial Catalog=`, `databaseName=`, `USE x;`, `CREATE|DROP|ALTER
  DATABASE|SCHEMA x`, psql's `\\c x`, a database URL's path (`postgresql://pg1:5432/x`), Django's `'NAME':`
  under `DATABASES`, a Terraform database, queue or topic resource's `name =`, a secret store's path under a
  database (`secret/db/x/user`) or an environment (`secret/data/prod/x`);
- a client's positional argument (round 26): `pg_dump -h HOST -U USER DBNAME`, `psql ... DBNAME`, `mysql ... DBNAME`,
  `createdb x`; a `.pgpass` line's third field (`host:port:DB:user:password`); a YAML `name:`/`dbname:` under a
  `database:` or `db:` block (diff lines too: `+  name: x`); an Azure resource path's `servers/s/databases/x`;
- prose: a backticked name beside a kind word (the `orderhub` database), a dotted event name on a line that
  speaks of queues (`payments.settled has no DLQ`), an index pattern (`audit-logs-*`), a name after a
  database engine's credentials (`the Postgres password for crmcore`), and an underscore name whose last part
  says it holds data (`finance_dw`, `claims_archive`).
Never the software's own and generic names (`postgres`, `template1`, `information_schema`, `default`, `main`,
`public`, `test`, `admin`, `master`, `__consumer_offsets`), an ordinary word (a column of `orders` is as
likely a table as a store, and a found value spreads: engine._spreads), a number, nor a placeholder.
Found in a column, field or statement: sure (0.8); in prose: doubtful. Reported as DB (indexes too) or QUEUE.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (BEYOND_ASCII, alternatives_by_first_character, contains_any, keyword_positions,
                                      lowered_same_length, matches_at_line_starts, matches_at_starts, needs_cues,
                                      needs_marks)
from redactor.detect.login_code_paths import MODULE_ALIASES
from redactor.detect.name_parts import is_common_word
from redactor.detect.term_lists import term_list

NAMED_IN_STRUCTURE_SCORE = 0.8
NAMED_IN_PROSE_SCORE = DOUBTFUL_SCORE
DB_KIND = "DB"
QUEUE_KIND = "QUEUE"

_DB_HEADERS = frozenset({
    "db", "database", "databases", "dbname", "db_name", "database_name", "datname", "schema", "schema_name",
    "schemaname", "catalog", "catalog_name", "table_catalog", "table_schema", "index", "indices", "index_name",
    "datenbank", "base de données", "base de donnees", "base de datos", "banco de dados", "keyspace"})
_QUEUE_HEADERS = frozenset({
    "queue", "queues", "queue_name", "queuename", "topic", "topics", "topic_name", "topicname", "stream",
    "stream_name", "exchange", "exchange_name", "consumer group", "consumer_group", "group", "dlq", "subscription",
    "warteschlange", "file d'attente"})
# Headers prose tables use too (a meeting's topics, a row's index, a user's group): a name there needs a join or
# a digit (`claims.submitted`, `audit-2026.03`), not one word (`onboarding`).
_AMBIGUOUS_HEADERS = frozenset({"topic", "topics", "index", "stream", "exchange", "group", "subscription"})
# Every header label above holds one of these words (lower case): a text or line without one has no header.
_HEADER_LABEL_WORDS = ("db", "database", "schema", "catalog", "datenbank", "données", "donnees", "datos", "dados",
                       "queue", "topic", "stream", "exchange", "group", "dlq", "index", "indices", "datname",
                       "keyspace", "subscription", "warteschlange", "attente")
# ... and psql's list of databases, headed `Name | Owner | Encoding`.
_HEADER_LINE_WORDS = _HEADER_LABEL_WORDS + ("owner",)
_GENERIC_NAMES = frozenset(
    "postgres postgresql template0 template1 information_schema performance_schema mysql sys master model msdb "
    "tempdb default main test public admin local config __consumer_offsets _schemas __transaction_state "
    "amq.direct amq.fanout amq.topic amq.headers amq.match amq.rabbitmq.trace celery name none null true false "
    "yes no n/a tbd unknown".split())
_NAME = re.compile(r"[A-Za-z0-9_][\w.$-]*(?:[-_.]\*)?")
_DELIMITERS = ("\t", "|", ";", ",")
# Compiled once here rather than written inline in the loops over rows, cells and resources below.
_LABEL_WORD = re.compile(r"[\w.%-]+")  # a blank-aligned header's cell
_JOIN_OR_DIGIT = re.compile(r"[-_.\d]")
_JOINS = re.compile(r"[-_.]")
_WORD = re.compile(r"\S+")
# The next prompt or a result's footer ends a listing.
_LISTING_END = re.compile(r"[$#>]|\S+[@:][^\s]*[$#>]\s|mysql>|\S*=[#>]|\(\d+ rows?\)|\d+ rows? in set")
_LISTING_CELL = re.compile(r"[\s|]*(?:https://\S+/)?(?P<name>[^\s|]+)")
_BLOCK_END = re.compile(r"^\}", re.MULTILINE)
_DATABASE_RESOURCE = re.compile(r"database|db_|rds|keyspace|index|schema")
_VERSION_HEX_OR_SIZE = re.compile(r"v?\d+(?:\.\d+)*|[0-9a-f-]{16,}|\d+(?:\.\d+)?\s*[kmgt]?i?b", re.IGNORECASE)
_SETTING_PREFIX = re.compile(r"(?:DB|DATABASE|POSTGRES|MYSQL|PG|QUEUE|TOPIC)_")
_RULE_LINE = re.compile(r"[\s|+:=-]*-{3}[\s|+:=-]*")

# Listing commands whose output is one name a line, or a grid headed `name` (rabbitmqctl) or `Name` (psql's \l).
_LISTING_COMMAND = re.compile(
    r"(?P<queue>kafka-topics(?:\.sh)?\b[^\n]*--list|rabbitmqctl\s+list_(?:queues|exchanges)|aws\s+sqs\s+list-queues"
    r"|gcloud\s+pubsub\s+(?:topics|subscriptions)\s+list|redis-cli[^\n]*\bXINFO)"
    r"|(?P<db>SHOW\s+(?:DATABASES|SCHEMAS)\b|^\S*[=#>]\s*\\l\+?\s*$|\bpsql\b[^\n]*\s-l\b|List of databases"
    r"|\\dn\b|List of schemas)", re.IGNORECASE | re.MULTILINE)

# Every match starts where a line does or at one of the first two letters of its literals (`in`itial, `da`tabaseName,
# `cr`eate, `po`stgres, `kv`/ ...): the leading look-ahead, a test of two characters, spares the engine entering
# all nine branches at every other position (the same matches; keep it in step with the branches).
_FIELD = re.compile(
    r"(?:^|(?=[idcaojpmrsk][nacerlwodyqv]))"
    r"(?:(?<![\w.])(?:Initial[ \t]+Catalog|databaseName|Catalog|Default[ \t]+Database)[ \t]*=[ \t]*"
    r"|^[ \t]*(?:mysql>[ \t]*|\S*=[#>][ \t]*)?USE[ \t]+"
    r"|\b(?:CREATE|DROP|ALTER)[ \t]+(?:DATABASE|SCHEMA)[ \t]+(?:IF[ \t]+(?:NOT[ \t]+)?EXISTS[ \t]+)?"
    r"|\bON[ \t]+DATABASE[ \t]+|\bOWNER[ \t]+TO[ \t]+(?=\S+;)(?!)"
    r"|^[^\n]*?[=#>][ \t]*\\c(?:onnect)?[ \t]+|connected[ \t]+to[ \t]+database[ \t]+"
    r"|\b(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redshift|clickhouse|cockroachdb|sqlserver)"
    r"://[^\s/?#'\"]+/"
    r"|(?<![\w/])(?:secret|kv|secrets)/(?:data/)?(?:db|database|databases|postgres|mysql|mongo|mongodb)/"
    r"|(?<![\w/])(?:secret|kv|secrets)/(?:data/)?(?:prod|production|staging|stage|stg|dev|qa|uat|preprod)/)"
    r"[`'\"\[]?(?P<name>[A-Za-z0-9_][\w.$-]*)", re.IGNORECASE | re.MULTILINE)
_FIELD = alternatives_by_first_character(_FIELD)  # the same matches (keywords.py), faster per try
# Where a _FIELD match can start (lower-cased; on ASCII text only: elsewhere `re` also folds `ſ`, `K`, `İ` into s, k,
# i, which lower() does not): at the first word of a branch that starts with a word, or at the start of a line
# that holds a word of a branch that starts with `^` (`USE`, `\c`: those branches read the whole line, so a scan
# of the whole text cost ~40 us/KB at line starts alone). Keep it in step with the branches. `on` and `use` are
# only cues with the space or tab their branches need after them (`ON DATABASE`, `USE crm`): bare, they are the inside
# of "function", "because", "user" (~450 tries of the regex per 10 KB of mixed text, and a line start for each "use").
_FIELD_FIRST_WORDS = ("initial", "databasename", "catalog", "default", "create", "drop", "alter", "on ", "on\t",
                      "connected", "jdbc:", "postgres", "mysql", "mariadb", "mongodb", "redshift", "clickhouse",
                      "cockroachdb", "sqlserver", "secret", "kv")
_FIELD_LINE_WORDS = ("use ", "use\t", "\\c")
_TERRAFORM_RESOURCE = re.compile(
    r"^[ \t]*resource[ \t]+\"(?P<type>[a-z0-9_]+?_(?:database|sql_database|mssql_database|db_instance"
    r"|rds_cluster|sqs_queue|sns_topic|pubsub_topic|pubsub_subscription|kafka_topic|servicebus_queue"
    r"|servicebus_topic|eventhub|glue_catalog_database|keyspace|elasticsearch_index|opensearch_index|schema))\"",
    re.MULTILINE)
_TERRAFORM_NAME = re.compile(r"^[ \t]*(?:name|db_name|database_name|topic|queue_name)[ \t]*=[ \t]*\"(?P<name>[^\"]+)\"",
                             re.MULTILINE)
_DJANGO_NAME = re.compile(r"['\"]NAME['\"][ \t]*:[ \t]*['\"](?P<name>[^'\"]+)['\"]")

_BACKTICKED_BESIDE_KIND = re.compile(
    r"`(?P<a>[A-Za-z0-9_][\w.$-]*)`[ \t]+(?P<kind_after>databases?|db|schema|index|queues?|topics?|stream|exchange)\b"
    r"|\b(?P<kind_before>databases?|db|schema|index|queues?|topics?|stream|exchange)\b[ \t,:]+(?:the[ \t]+)?"
    r"`(?P<b>[A-Za-z0-9_][\w.$-]*)`", re.IGNORECASE)
_BACKTICKED_BESIDE_KIND = alternatives_by_first_character(_BACKTICKED_BESIDE_KIND)  # the same matches, faster
# Every _BACKTICKED_BESIDE_KIND match starts at a backtick or at one of these kind words (lower-cased; on ASCII text
# only: elsewhere `re` also folds `ſ`, `ı` and `İ` into s and i, which lower() does not).
_KIND_WORDS = ("database", "db", "schema", "index", "queue", "topic", "stream", "exchange")
_QUEUE_CUES = re.compile(r"\b(?:dlq|dead[- ]letter|queues?|topics?|consumers?|consum\w*|publish\w*|producers?"
                         r"|subscri\w*|partitions?|offsets?|lag\w*|kafka|rabbit\w*|sqs|sns|pub/?sub|kinesis"
                         r"|nats|redelivered)\b", re.IGNORECASE)
_QUEUE_CUES = alternatives_by_first_character(_QUEUE_CUES)  # the same matches (keywords.py), faster per try
# Every _QUEUE_CUES match starts with one of these, lower-cased (on ASCII text: elsewhere `re` also folds `ſ`, `ı`
# and `İ` into s and i, which lower() does not).
_QUEUE_CUE_STARTS = ("dlq", "dead", "queue", "topic", "consum", "pub", "producer", "subscri", "partition", "offset",
                     "lag", "kafka", "rabbit", "sqs", "sns", "kinesis", "nats", "redelivered")
_DOTTED_NAME = re.compile(r"(?<![\w.@/:$-])`?(?P<name>[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*){1,3}(?:\.v\d+)?)`?"
                          r"(?![\w@/(-]|\.\w)")
# The USE branch of _FIELD, and what ends that statement after its name (`USE crm;`, `use crm` alone on a line, GO).
_USE_STATEMENT = re.compile(r"[ \t]*(?:mysql>[ \t]*|\S*=[#>][ \t]*)?USE[ \t]", re.IGNORECASE)
_STATEMENT_END = re.compile(r"[`'\"\]]?[ \t]*(?:;|\r?$|GO\b|\\)", re.IGNORECASE | re.MULTILINE)
_INDEX_PATTERN = re.compile(r"(?<![\w.*/$-])(?P<name>[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*[-_.]\*)(?![\w*/])")
_ENGINE_CREDENTIALS = re.compile(
    r"\b(?:postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|mssql|sql[ \t]+server|oracle|snowflake|redshift|redis"
    r"|clickhouse|db|database)[ \t]+(?:password|passwd|credentials|creds|user|login|role|access|connection"
    r"|string|dsn|url)[ \t]+(?:for|on|to|of)[ \t]+(?:the[ \t]+)?`?(?P<name>[a-z][a-z0-9_-]{2,40})`?\b",
    re.IGNORECASE)
_ENGINE_CREDENTIALS = alternatives_by_first_character(_ENGINE_CREDENTIALS)  # the same matches, faster per try
# Every _ENGINE_CREDENTIALS match holds one word of each list (lower-cased; the pre-check of ASCII text only: elsewhere
# `re` also folds `ſ`, `ı`, `İ` into s and i, which lower() does not).
_ENGINE_WORDS = ("postgres", "pg", "mysql", "mariadb", "mongo", "mssql", "sql", "oracle", "snowflake", "redshift",
                 "redis", "clickhouse", "db", "database")
_CREDENTIAL_WORDS = ("password", "passwd", "credentials", "creds", "user", "login", "role", "access", "connection",
                     "string", "dsn", "url")
# A part that says a store holds data: `finance_dw`, `claims_archive`, `ledger_prod`.
_STORE_PART_NAME = re.compile(
    r"(?<![\w.@/:$-])`?(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:dw|db|edw|dwh|mart|datamart|warehouse|lake|archive"
    r"|replica|reporting|analytics|ods|staging|stage|stg|prod|raw|oltp|olap))`?(?![\w.@/(-])")
# Every _STORE_PART_NAME match holds one of these (as written: the pattern is case-sensitive).
_STORE_PARTS = ("_dw", "_db", "_edw", "_mart", "_datamart", "_warehouse", "_lake", "_archive", "_replica",
                "_reporting", "_analytics", "_ods", "_stag", "_stg", "_prod", "_raw", "_oltp", "_olap")
_FILE_EXTENSIONS = frozenset("py sh js ts tsx jsx json yaml yml toml ini cfg conf sql csv txt md log gz zip tar bak "
                             "db sqlite dump html css xml env lock rb go rs java kt php pdf png jpg svg".split())
# Receivers of attribute chains: `self.name`, `os.path`, `event.type` are code, not an event's name.
_CODE_HEADS = frozenset("self this cls os sys re np pd df json math obj event req request res response ctx app "
                        "config settings args kwargs logger log data item msg message record row user err e x "
                        "window document console process module exports import from node".split())


def find_named_stores(text: str) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of database, schema, index and queue names in tables, listings, fields and prose:
    every layout's finder (STORE_FINDERS) in turn. The infra detector calls each behind its own gate."""
    for finder in STORE_FINDERS:
        yield from finder(text)


# Database clients whose first positional argument is the database (mysqldump's tables follow it).
_DATABASE_CLIENT = re.compile(r"(?<![\w/.-])(?:[\w./-]*/)?(?P<client>psql|pg_dump|createdb|dropdb|vacuumdb|reindexdb"
                              r"|mysql|mysqldump|mariadb|mariadb-dump)(?=[ \t])")
# Their options that take the next word as a value, when written apart from it (`-U app`, `--host db1`).
_PG_VALUE_OPTIONS = frozenset("-h -p -U -f -F -t -T -n -N -c -j -Z -E -v -P -L -o -O -S -T -l -D -R --host --port "
                              "--username --file --format --table --exclude-table --schema --exclude-schema --jobs "
                              "--command --set --variable --compress --encoding --role --owner --tablespace "
                              "--template --locale".split())
_MYSQL_VALUE_OPTIONS = frozenset("-h -P -u -e -S -D --host --port --user --execute --socket --database "
                                 "--default-character-set --protocol".split())
_COMMAND_END = re.compile(r"[|;&<>]|\n")
_PGPASS_LINE = re.compile(r"^[ \t]*[\w.*-]+:(?:\d{2,5}|\*):(?P<name>[A-Za-z_][\w.$-]*):[^:\s]+:\S+[ \t]*$",
                          re.MULTILINE)
# A YAML mapping that holds a database's settings, and its key naming the database (`- name:` in a list of them).
_YAML_DATABASE_BLOCK = re.compile(r"^[+ -]?(?P<indent>[ \t]*)(?:databases?|db|postgres(?:ql)?|mysql|datasource)"
                                  r"[ \t]*:[ \t]*$", re.MULTILINE | re.IGNORECASE)
_YAML_LINE = re.compile(r"[+ -]?(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[\w.-]+)[ \t]*:[ \t]*[\"']?(?P<name>[^\s\"'#]*)")
_YAML_NAME_KEYS = frozenset("name dbname database db_name database_name".split())
_AZURE_DATABASE = re.compile(r"/servers/[\w.-]+/databases/(?P<name>[A-Za-z0-9_][\w.-]*)(?![\w-])", re.IGNORECASE)
# What each layout's finder is read at (their gates, keywords.needs_cues and needs_marks): the clients, listing
# commands, YAML block keys and Azure path of the rules above, and the ends of an index pattern.
_CLIENT_WORDS = ("psql", "pg_dump", "createdb", "dropdb", "vacuumdb", "reindexdb", "mysql", "mariadb")
_LISTING_CUES = ("kafka-topics", "rabbitmqctl", "list-queues", "pubsub", "show databases", "show schemas", "\\l", "psql",
                 "list of ", "\\dn", "xinfo")
_YAML_BLOCK_WORDS = ("database", "db", "postgres", "mysql", "datasource")
_AZURE_DATABASE_CUES = ("/servers/",)
_INDEX_PATTERN_ENDS = ("-*", "_*", ".*")


@needs_marks(_CLIENT_WORDS)  # (it returns at once without one)
def _names_in_client_arguments(text: str) -> Iterator[tuple[int, int, str, float]]:
    """The database a client's command line names by position: its first argument that is no option or value."""
    if not contains_any(text, _CLIENT_WORDS):
        return
    for command in _DATABASE_CLIENT.finditer(text):
        values = _MYSQL_VALUE_OPTIONS if command.group("client").startswith(("mysql", "mariadb")) \
            else _PG_VALUE_OPTIONS
        end = _COMMAND_END.search(text, command.end())
        end = end.start() if end else len(text)
        words = list(_WORD.finditer(text, command.end(), end))
        taking_value = False
        for word in words:
            value = word.group(0)
            if taking_value:
                taking_value = False
                continue
            if value.startswith("-"):
                taking_value = value in values  # `-U app`; `-Uapp`, `--user=app` and `-Fc` hold their own value
                continue
            if value == "\\":
                continue  # a line continued
            name = value.strip("'\"")
            if "=" not in name and "://" not in name and "$" not in name and _reads_as_store_name(name):
                yield word.start() + value.index(name), word.start() + value.index(name) + len(name), DB_KIND, \
                    NAMED_IN_STRUCTURE_SCORE
            break


@needs_marks(":")  # (four of them in a line)
def _names_in_pgpass_lines(text: str) -> Iterator[tuple[int, int, str, float]]:
    """`host:port:database:user:password` lines (PostgreSQL's password file)."""
    if text.count(":") < 4:
        return
    for match in matches_at_line_starts(_PGPASS_LINE, text):  # (a leading `^` is tried at every position)
        if _reads_as_store_name(match.group("name")):
            yield match.start("name"), match.end("name"), DB_KIND, NAMED_IN_STRUCTURE_SCORE


@needs_cues(_YAML_BLOCK_WORDS)
@needs_marks(BEYOND_ASCII)  # (its case-blind key pattern folds letters lower() does not: `ſ`)
def _names_in_yaml_database_blocks(text: str) -> Iterator[tuple[int, int, str, float]]:
    """`name:` (or `dbname:`, `database:`) among the keys indented under a `database:` or `db:` line; a diff's
    `+`, `-` or blank first column is read past."""
    for block in matches_at_line_starts(_YAML_DATABASE_BLOCK, text):  # (a leading `^` is tried everywhere)
        depth = len(block.group("indent").expandtabs(2))
        position = block.end() + 1
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line = _YAML_LINE.match(text, position, line_end)
            if text[position:line_end].strip("+- \t"):
                if line is None or len(line.group("indent").expandtabs(2)) <= depth:
                    break
                if line.group("key").lower() in _YAML_NAME_KEYS and _reads_as_store_name(line.group("name")):
                    yield line.start("name"), line.end("name"), DB_KIND, NAMED_IN_STRUCTURE_SCORE
            position = line_end + 1


@needs_cues(_HEADER_LABEL_WORDS)  # (it returns at once without one)
def _names_in_columns(text: str) -> Iterator[tuple[int, int, str, float]]:
    """The cells under a header cell that names a store's kind, down to the table's end (a blank or unlike line)."""
    lowered = lowered_same_length(text)
    if not contains_any(lowered, _HEADER_LABEL_WORDS):
        return
    lines = _lines(text)
    line_starts = [start for start, _ in lines]
    # Only a line holding a header word is split into cells and read as a header (the words never span lines).
    header_lines = {bisect_right(line_starts, at) - 1 for at in keyword_positions(lowered, _HEADER_LINE_WORDS)}
    number = 0
    while number < len(lines):
        start, line = lines[number]
        number += 1
        if number - 1 not in header_lines:
            continue
        delimiter, cells = _cells(line)
        kinds = [_header_kind(cell) for _, _, cell in cells]
        joined_only = [_label(cell) in _AMBIGUOUS_HEADERS for _, _, cell in cells]
        if [cell.lower() for _, _, cell in cells[:3]] == ["name", "owner", "encoding"]:
            kinds[0] = DB_KIND  # psql's list of databases
        if not any(kinds) or len(cells) < _fewest_cells(line, delimiter):
            continue
        # a header is short labels: a sentence that mentions a topic is not one
        if any(len(cell) > 30 for _, _, cell in cells):
            continue
        if delimiter is None and (len(cells) < 3 or any(not _LABEL_WORD.fullmatch(cell) for _, _, cell in cells)):
            continue
        # (the table's rows are read once: the next header is looked for after them)
        found, number = _column_values(lines, number, delimiter, len(cells), kinds, joined_only)
        yield from found


def _column_values(lines: list[tuple[int, str]], first: int, delimiter: str | None, width: int,
                   kinds: list[str | None], joined_only: list[bool]
                   ) -> tuple[list[tuple[int, int, str, float]], int]:
    """The names in a table's kind columns, and the number of the line after its last row."""
    found = []
    widest = 0 if delimiter is None else 1
    number = first
    while number < len(lines):
        start, line = lines[number]
        if not line.strip():
            break
        number += 1
        if _RULE_LINE.fullmatch(line) or line.lstrip().startswith("+-"):
            continue
        row_delimiter, cells = _cells(line, delimiter)
        if row_delimiter != delimiter or len(cells) < _fewest_cells(line, delimiter) or abs(len(cells) - width) > widest:
            return found, number - 1
        for index, kind in enumerate(kinds):
            if kind is None or index >= len(cells):
                continue
            cell_start, cell_end, cell = cells[index]
            if _reads_as_store_name(cell) and (not joined_only[index] or _JOIN_OR_DIGIT.search(cell)):
                found.append((start + cell_start, start + cell_end, kind, NAMED_IN_STRUCTURE_SCORE))
    return found, number


@needs_cues(_LISTING_CUES)  # (it returns at once without one)
def _names_in_listings(text: str) -> Iterator[tuple[int, int, str, float]]:
    """Names a listing command prints: one a line, or the first cell of a grid (a header line `name` is skipped)."""
    if not contains_any(lowered_same_length(text), _LISTING_CUES):
        return
    lines = _lines(text)
    line_starts = [start for start, _ in lines]
    read_to = 0  # (each line is read once, under the first command above it)
    for match in _LISTING_COMMAND.finditer(text):
        kind = QUEUE_KIND if match.group("queue") else DB_KIND
        line_end = text.find("\n", match.end())
        if line_end < 0 or line_end < read_to:
            continue
        for number in range(bisect_left(line_starts, line_end + 1), len(lines)):
            start, line = lines[number]
            read_to = start
            stripped = line.strip()
            if not stripped:
                if start > line_end + 1:
                    break
                continue
            if _LISTING_END.match(stripped):
                break  # the next prompt, or the result's footer
            if stripped.startswith(("Timing out", "Listing ")):
                continue  # rabbitmqctl's own lines before its grid
            if "|" not in stripped and "\t" not in stripped and stripped.count(" ") >= 3:
                break  # a sentence: the listing has ended
            if _RULE_LINE.fullmatch(line) or stripped.startswith("+-"):
                continue
            cell = _LISTING_CELL.match(line)
            if cell is None or cell.group("name").lower() in ("name", "database", "schema", "queueurls", "timing",
                                                               "listing", "list"):
                continue
            if _reads_as_store_name(cell.group("name")):
                yield start + cell.start("name"), start + cell.end("name"), kind, NAMED_IN_STRUCTURE_SCORE


@needs_cues(_FIELD_FIRST_WORDS, _FIELD_LINE_WORDS)  # (on ASCII text tried at their positions only)
@needs_marks(BEYOND_ASCII, "resource", "DATABASES")
def _names_in_fields(text: str) -> Iterator[tuple[int, int, str, float]]:
    for match in _field_matches(text):
        name = match.group("name").rstrip(".")
        if name.lower().rstrip(";") in ("data", "metadata", "v1", "kv") or not _reads_as_store_name(name):
            continue
        if text.startswith("=", match.end("name")):
            continue  # "connected to database pool_size=20": a key of the log line's fields, not the name
        if _USE_STATEMENT.match(match.group(0)) and not _STATEMENT_END.match(text, match.start("name") + len(name)):
            continue  # "Use TaskGet with a task's id": a sentence; SQL's USE names its database and ends
        kind = QUEUE_KIND if "queue" in match.group(0).lower() else DB_KIND
        yield match.start("name"), match.start("name") + len(name), kind, NAMED_IN_STRUCTURE_SCORE
    if "resource" in text:
        for resource in _TERRAFORM_RESOURCE.finditer(text):
            block_end = _BLOCK_END.search(text, resource.end())
            end = block_end.start() if block_end else len(text)
            kind = DB_KIND if _DATABASE_RESOURCE.search(resource.group("type")) \
                else QUEUE_KIND
            for name in _TERRAFORM_NAME.finditer(text, resource.end(), end):
                if _reads_as_store_name(name.group("name")) and "${" not in name.group("name"):
                    yield name.start("name"), name.end("name"), kind, NAMED_IN_STRUCTURE_SCORE
    if "DATABASES" in text:
        for name in _DJANGO_NAME.finditer(text, text.find("DATABASES")):
            if _reads_as_store_name(name.group("name")) and "/" not in name.group("name"):
                yield name.start("name"), name.end("name"), DB_KIND, NAMED_IN_STRUCTURE_SCORE


def _field_matches(text: str) -> Iterator[re.Match[str]]:
    """`_FIELD.finditer(text)`, on ASCII text tried only where a match can start (see _FIELD_FIRST_WORDS)."""
    if not text.isascii():
        return _FIELD.finditer(text)
    lowered = lowered_same_length(text)
    line_starts = sorted({text.rfind("\n", 0, at) + 1 for at in keyword_positions(lowered, _FIELD_LINE_WORDS)})
    return matches_at_starts(_FIELD, text, heapq.merge(line_starts, keyword_positions(lowered, _FIELD_FIRST_WORDS)))


@needs_cues(_QUEUE_CUE_STARTS, _ENGINE_WORDS)  # (a dotted event name's line, an engine's credentials)
@needs_marks("`", _INDEX_PATTERN_ENDS, _STORE_PARTS, BEYOND_ASCII)
def _names_in_prose(text: str) -> Iterator[tuple[int, int, str, float]]:
    if "`" in text:
        for match in _backticked_beside_kind_matches(text):
            group = "a" if match.group("a") else "b"
            word = (match.group("kind_after") or match.group("kind_before")).lower()
            if _reads_as_store_name(match.group(group)):
                kind = DB_KIND if word.startswith(("d", "schema", "index")) else QUEUE_KIND
                yield match.start(group), match.end(group), kind, NAMED_IN_PROSE_SCORE
    if "." in text:
        for line_start, line_end in _queue_cue_lines(text):
            for match in _DOTTED_NAME.finditer(text, line_start, line_end):
                if _reads_as_event_name(match.group("name")):
                    yield match.start("name"), match.end("name"), QUEUE_KIND, NAMED_IN_PROSE_SCORE
    if contains_any(text, _INDEX_PATTERN_ENDS):
        for match in _INDEX_PATTERN.finditer(text):
            stem = _JOINS.split(match.group("name").rstrip("*-_."))
            if any(part.rstrip("0123456789") in term_list("tech_terms") for part in stem):
                continue  # a glob over public names (`claude-*`, `us.anthropic.*` model ids, `python3.*`)
            if len(stem) >= 2 or not is_common_word(stem[0]) and len(stem[0]) >= 4:
                yield match.start("name"), match.end("name"), DB_KIND, NAMED_IN_PROSE_SCORE
    lowered = lowered_same_length(text)
    if not text.isascii() or contains_any(lowered, _ENGINE_WORDS) and contains_any(lowered, _CREDENTIAL_WORDS):
        for match in _engine_credentials_matches(text, lowered):
            name = match.group("name")
            if _reads_as_store_name(name) and name.lower() not in ("this", "that", "it", "our", "my", "your"):
                yield match.start("name"), match.end("name"), DB_KIND, NAMED_IN_PROSE_SCORE
    if "_" in text and contains_any(text, _STORE_PARTS):
        for match in _STORE_PART_NAME.finditer(text):
            if _reads_as_store_name(match.group("name")):
                yield match.start("name"), match.end("name"), DB_KIND, NAMED_IN_PROSE_SCORE


def _backticked_beside_kind_matches(text: str) -> Iterator[re.Match[str]]:
    """`_BACKTICKED_BESIDE_KIND.finditer(text)`, on ASCII text tried only at backticks and kind words (found by the
    shared cue scan): a text with one backtick (a code fence) had the regex tried at every position, ~50 us/KB."""
    if not text.isascii():
        return _BACKTICKED_BESIDE_KIND.finditer(text)
    starts = heapq.merge(keyword_positions(text, ("`",)), keyword_positions(lowered_same_length(text), _KIND_WORDS))
    return matches_at_starts(_BACKTICKED_BESIDE_KIND, text, starts)


def _engine_credentials_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """`_ENGINE_CREDENTIALS.finditer(text)`, on ASCII text tried only where an engine word starts (every match
    starts with one): a text that says "db" and "user" anywhere had it tried at every position, ~40 us/KB."""
    if not text.isascii():
        return _ENGINE_CREDENTIALS.finditer(text)
    return matches_at_starts(_ENGINE_CREDENTIALS, text, keyword_positions(lowered, _ENGINE_WORDS))


@needs_cues(_AZURE_DATABASE_CUES)
@needs_marks(BEYOND_ASCII)  # (its case-blind pattern folds letters lower() does not: `ſ`)
def _names_in_azure_database_paths(text: str) -> Iterator[tuple[int, int, str, float]]:
    for match in _AZURE_DATABASE.finditer(text):
        if _reads_as_store_name(match.group("name")):
            yield match.start("name"), match.end("name"), DB_KIND, NAMED_IN_STRUCTURE_SCORE


def _queue_cue_lines(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each line that speaks of queues (_QUEUE_CUES), in order: found from the shared cue scan's
    positions of the cues' first words, not by a search of every line."""
    if text.isascii():
        starts = keyword_positions(lowered_same_length(text), _QUEUE_CUE_STARTS)
    else:
        starts = [match.start() for match in _QUEUE_CUES.finditer(text)]
    line_end = -1
    for at in starts:
        if at < line_end:
            continue  # (a line is asked once)
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        # (searched between the line's ends, a cue's and a dotted name's look-arounds read them as a text's ends)
        if _QUEUE_CUES.search(text, line_start, line_end):
            yield line_start, line_end


def _reads_as_event_name(name: str) -> bool:
    """`payments.settled`, `claims.submitted.v2`: lower-case dotted words, not code, a file or a domain."""
    parts = name.split(".")
    if parts[0] in _CODE_HEADS or parts[0] in MODULE_ALIASES or parts[-1] in _FILE_EXTENSIONS or len(parts[-1]) <= 1:
        # (`sns.heatmap`: a module's conventional alias; "sns" is also a queue cue)
        return False
    if parts[-1] in ("com", "net", "org", "io", "dev", "local", "internal", "corp", "lan", "cloud", "app", "co",
                     "uk", "de", "fr"):
        return False
    return not all(len(part) <= 2 for part in parts)


def _reads_as_store_name(name: str) -> bool:
    """A store's name: no generic or ordinary word, placeholder, variable, number or value of a sentence."""
    name = name.strip("`'\"[]")
    if not _NAME.fullmatch(name) or len(name) < 3 or name.lower() in _GENERIC_NAMES:
        return False
    if not any(character.isalpha() for character in name) or name.startswith(("$", ".")):
        return False
    if _VERSION_HEX_OR_SIZE.fullmatch(name):
        return False
    if name.isupper() and "_" in name and _SETTING_PREFIX.match(name):
        return False  # a setting's name: `DB_NAME`, `QUEUE_URL`
    if _JOINS.search(name):
        return True
    return not is_common_word(name)


def _fewest_cells(line: str, delimiter: str | None) -> int:
    """A table has two columns or more, but a bordered grid (`| Database |`, mysql's) can have one."""
    return 1 if delimiter == "|" and line.lstrip().startswith("|") else 2


def _label(cell: str) -> str:
    return cell.strip().strip("`'\"*#").strip().lower()


def _header_kind(cell: str) -> str | None:
    label = _label(cell)
    if label in _DB_HEADERS:
        return DB_KIND
    if label in _QUEUE_HEADERS:
        return QUEUE_KIND
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _cells(line: str, delimiter: str | None = "") -> tuple[str | None, list[tuple[int, int, str]]]:
    """(delimiter, [(start, end, cell)]) of a table line: the first delimiter it holds (or `delimiter` when given),
    else its blank-separated words (delimiter None)."""
    if delimiter == "":
        delimiter = next((candidate for candidate in _DELIMITERS if candidate in line), None)
    if delimiter is not None and delimiter not in line:
        delimiter = None if not any(candidate in line for candidate in _DELIMITERS) else "?"
    cells = []
    if delimiter is None:
        for match in _WORD.finditer(line):
            cells.append((match.start(), match.end(), match.group()))
        return None, cells
    if delimiter == "?":
        return "?", []
    position = 0
    for piece in line.split(delimiter):
        stripped = piece.strip()
        offset = piece.find(stripped) if stripped else 0
        cells.append((position + offset, position + offset + len(stripped), stripped))
        position += len(piece) + 1
    if delimiter == "|" and cells and not cells[0][2]:
        cells = cells[1:]  # a pipe table's leading border
    if delimiter == "|" and cells and not cells[-1][2]:
        cells = cells[:-1]
    return delimiter, cells


# Every layout's finder, each behind its own gate in the infra detector (find_named_stores runs them all).
STORE_FINDERS = (_names_in_columns, _names_in_listings, _names_in_fields, _names_in_prose, _names_in_client_arguments,
                 _names_in_pgpass_lines, _names_in_yaml_database_blocks, _names_in_azure_database_paths)
