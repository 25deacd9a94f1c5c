"""Queues, databases, buckets and accounts in the slots their own tools give them (round 27).

Each rule reads one family of syntax, whatever the names in it:
- a setting line whose key names a store (`DB_SCHEMA: x`, `datname: x`, `spring.kafka.consumer.group-id: x`,
  CloudFormation's `DeliveryStreamName: x` / `StreamName:` / `TopicName:`, fluent-bit's `Index  x`): the key's
  last word (before `name`/`id`) says the kind, the value is its name whatever its case or wording, since a
  setting's slot holds nothing else (not a boolean, number, path, URL, placeholder, software or stdout);
- a connection string's `Database=` / `Initial Catalog=` beside its `Server=` / `Data Source=` / `Host=`
  (ADO.NET, ODBC, Npgsql), in any case (`Database=Lobby`);
- object-store URL paths: Oracle's `/n/<namespace>/b/<bucket>/o/` (namespace: CLOUD_ACCOUNT_ID) and Azure
  Storage's `https://<account>.(blob|dfs|file|queue|table).core.windows.net/<container>` (both BUCKET);
- Google client path helpers: `topic_path("project", "topic")`, `subscription_path(...)`, `snapshot_path`
  (project: CLOUD_ACCOUNT_ID, the rest QUEUE);
- BigQuery table references: `` `project.dataset.table` `` and `project:dataset[.table]` (the dataset: DB);
- Kafka's authorisation errors: `Not authorized to access topics: [a, b]`, `... group: g` (QUEUE);
- SQL over a catalog's database or schema column: `WHERE datname = 'x'`, `AND table_schema IN ('x', 'y')`,
  ClickHouse's `database IN ('x')` (DB).
Sure where found (0.8): the slot says what the value is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues, needs_marks
from redactor.detect.term_lists import term_list

SLOT_SCORE = 0.8
_DB, _QUEUE, _BUCKET, _ACCOUNT = "DB", "QUEUE", "BUCKET", "CLOUD_ACCOUNT_ID"

# The last word of a setting's key (after dropping `name`/`id`) and the kind of store it names.
_KEY_WORD_KINDS = {
    "database": _DB, "db": _DB, "dbname": _DB, "datname": _DB, "schema": _DB, "keyspace": _DB, "catalog": _DB,
    "index": _DB,
    "queue": _QUEUE, "topic": _QUEUE, "stream": _QUEUE, "dlq": _QUEUE, "exchange": _QUEUE, "subscription": _QUEUE,
    "queuename": _QUEUE, "topicname": _QUEUE, "streamname": _QUEUE,
}
# Key words that name a store only with a `name`/`id` after them (`group-id`, `consumerGroup` alone is a grouping).
_GROUP_KEY = re.compile(r"(?:group[._-]?id|consumer[._-]?group(?:[._-]?(?:name|id))?)$", re.IGNORECASE)
# Key words that also name other things (a list position, a response mode, a billing plan, a currency market): their
# value must be joined or numbered (`pta-k8s-logs`, `orders.v2`) to read as a store's name.
_AMBIGUOUS_KEY_WORDS = frozenset({"index", "stream", "subscription", "exchange", "catalog"})
_JOIN_OR_DIGIT = re.compile(r"[-_.\d]")
_SETTING_LINE = re.compile(
    r"^[ \t]*(?:[-+][ \t]+)?(?:export[ \t]+)?[\"']?(?P<key>[A-Za-z][\w.-]{0,60}?)[\"']?"
    r"(?:[ \t]*[:=][ \t]*|[ \t]{2,}|\t[ \t]*)"
    r"[\"']?(?P<name>[A-Za-z0-9][\w.$-]{1,79}?)[\"']?[ \t]*,?[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
# A JSON pair anywhere on a line (`{"TopicName": "x", ...}`): the same key and value rules as a setting line.
_JSON_PAIR = re.compile(r"\"(?P<key>[A-Za-z][\w.-]{0,60})\"[ \t]*:[ \t]*\"(?P<name>[A-Za-z0-9][\w.$-]{1,79})\"")
_KEY_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SETTING_CUES = tuple(_KEY_WORD_KINDS) + ("group",)
_NOT_VALUES = frozenset(
    "true false yes no on off none null nil auto default stdout stderr latest earliest public main master postgres "
    "postgresql template0 template1 information_schema mysql sys admin test local config tempdb msdb model "
    "__consumer_offsets celery foo bar baz qux pg_catalog pg_toast performance_schema system".split())
# Google's own project of public datasets (`bigquery-public-data.usa_names.x`): documentation, no one's estate.
_PUBLIC_PROJECTS = frozenset({"bigquery-public-data"})
_PLACEHOLDER = re.compile(r"\$|\{\{|<|%\(|^x+$|^(?:my|your|example)[-_]", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:py|sh|js|ts|json|ya?ml|toml|ini|cfg|conf|sql|csv|txt|md|log|gz|zip|db|sqlite3?)$")

_CONNECTION_STRING = re.compile(r"(?i)(?:^|[;\"'\s])(?:Server|Data[ \t]+Source|Host|Address|Addr)[ \t]*=")
_CONNECTION_DATABASE = re.compile(
    r"(?i)(?:Database|Initial[ \t]+Catalog)[ \t]*=[ \t]*(?P<name>[A-Za-z0-9_][\w.$-]{0,79})(?=[ \t]*(?:;|$|[\"']))",
    re.MULTILINE)

_OCI_OBJECT_PATH = re.compile(r"/n/(?P<namespace>[a-z0-9][a-z0-9-]{2,62})/b/(?P<bucket>[A-Za-z0-9][\w.-]{1,62})(?=/|[\s\"'`)]|$)")
_AZURE_STORAGE_URL = re.compile(
    r"(?<![\w.-])(?P<account>[a-z0-9]{3,24})\.(?:blob|dfs|file|queue|table|web)\.core\.windows\.net"
    r"(?:/(?P<container>[a-z0-9][a-z0-9-]{2,62})(?=[/?\s\"'`)]|$))?")
_GOOGLE_PATH_HELPER = re.compile(
    r"\b(?:topic|subscription|snapshot|schema)_path\([ \t]*[\"'](?P<project>[a-z][a-z0-9-]{4,28}[a-z0-9])[\"'][ \t]*,"
    r"[ \t]*[\"'](?P<name>[A-Za-z][\w.~%+-]{2,254})[\"']")
_BIGQUERY_BACKTICKED = re.compile(
    r"`(?P<project>[a-z][a-z0-9-]{4,28}[a-z0-9])[.:](?P<dataset>[A-Za-z_][A-Za-z0-9_]{0,1023})\.[A-Za-z0-9_$*-]+`")
_BIGQUERY_COLON = re.compile(
    r"(?<![\w./:-])(?P<project>[a-z][a-z0-9-]{4,28}[a-z0-9]):(?P<dataset>[A-Za-z_][A-Za-z0-9_]{0,1023})"
    r"(?:\.[A-Za-z0-9_$*-]+)?(?![\w:/-])")
_BIGQUERY_CUES = ("dataset", "bq", "bigquery")
# The words each other slot is read at (lower-cased, or as written for the marks of find_names_in_resource_slots).
_CONNECTION_CUES = ("database", "initial catalog")
_AZURE_STORAGE_CUES = (".core.windows.net",)
_OCI_PATH_CUES = ("/n/",)
_PATH_HELPER_CUES = ("_path(",)
_KAFKA_DENIED_CUES = ("Not authorized to access",)
_BIGQUERY_WORD = re.compile(r"(?i)(?<![\w])(?:dataset|bq|bigquery)\b")
# A catalog's database or schema column compared with literals, found from the column's name (the words of the
# predicate before it, `WHERE`/`AND`/`OR` and a table alias, are checked behind it: "and" is everywhere).
_CATALOG_COLUMNS = ("database", "datname", "table_schema", "schema_name", "table_catalog", "nspname", "keyspace_name",
                    "db")
_CATALOG_COMPARISON = re.compile(
    r"(?i)(?:database|datname|table_schema|schema_name|table_catalog|nspname|keyspace_name|db)[ \t]*"
    r"(?:=[ \t]*'[^'\n]+'|in[ \t]*\([ \t]*'[^'\n]+'(?:[ \t]*,[ \t]*'[^'\n]+')*[ \t]*\))")
_CATALOG_LEAD = re.compile(r"(?i)\b(?:where|and|or)[ \t]+(?:\w+\.)?$")
_QUOTED = re.compile(r"'(?P<name>[^'\n]+)'")
_KAFKA_DENIED = re.compile(r"Not authorized to access (?:topics|group): \[?(?P<names>[^\]\n]+)\]?")


@needs_cues(_SETTING_CUES, _CONNECTION_CUES, _AZURE_STORAGE_CUES, _BIGQUERY_CUES, _CATALOG_COLUMNS)
@needs_marks(_OCI_PATH_CUES, _PATH_HELPER_CUES, "`", _KAFKA_DENIED_CUES)  # (every slot is read behind one of these)
def find_names_in_resource_slots(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each queue, database, bucket or account named in a slot of its tool's syntax."""
    lowered = lowered_same_length(text)
    yield from _setting_lines(text, lowered)
    if "=" in text:
        for position in keyword_positions(lowered, _CONNECTION_CUES):
            if position and text[position - 1] not in ";\"' \t\n":
                continue
            match = _CONNECTION_DATABASE.match(text, position)
            if match is None:
                continue
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            line = text[line_start:len(text) if line_end == -1 else line_end]
            if _CONNECTION_STRING.search(line) and _reads_as_value(match.group("name")):
                yield match.start("name"), match.end("name"), _DB
    for position in keyword_positions(text, _OCI_PATH_CUES):
        match = _OCI_OBJECT_PATH.match(text, position)
        if match:
            yield match.start("namespace"), match.end("namespace"), _ACCOUNT
            yield match.start("bucket"), match.end("bucket"), _BUCKET
    for position in keyword_positions(lowered, _AZURE_STORAGE_CUES):
        line_start = max(text.rfind("\n", 0, position), position - 40, -1) + 1
        match = _AZURE_STORAGE_URL.search(text, line_start, position + 120)
        if match and match.start() < position:
            yield match.start("account"), match.end("account"), _BUCKET
            if match.group("container"):
                yield match.start("container"), match.end("container"), _BUCKET
    for position in keyword_positions(text, _PATH_HELPER_CUES):
        match = _GOOGLE_PATH_HELPER.search(text, max(0, position - 12), position + 400)
        if match:
            yield match.start("project"), match.end("project"), _ACCOUNT
            yield match.start("name"), match.end("name"), _QUEUE
    bigquery_talk = bool(("`" in text or ":" in text) and any(
        _BIGQUERY_WORD.match(text, position) for position in keyword_positions(lowered, _BIGQUERY_CUES)))
    if "`" in text:
        for match in _BIGQUERY_BACKTICKED.finditer(text):
            if match.group("project") in _PUBLIC_PROJECTS:
                continue
            if "-" in match.group("project") or bigquery_talk:
                yield match.start("dataset"), match.end("dataset"), _DB
    if ":" in text and bigquery_talk:
        for match in _BIGQUERY_COLON.finditer(text):
            # (`error:retry` in a log is no project: a project id has a hyphen or digit more often than not)
            if match.group("project") not in _PUBLIC_PROJECTS and re.search(r"[-\d]", match.group("project")):
                yield match.start("dataset"), match.end("dataset"), _DB
    if "'" in text:
        for position in keyword_positions(lowered, _CATALOG_COLUMNS):
            match = _CATALOG_COMPARISON.match(text, position)
            if match is None or not _CATALOG_LEAD.search(text, max(0, position - 40), position):
                continue
            for name in _QUOTED.finditer(text, match.start(), match.end()):
                if _reads_as_value(name.group("name")) and " " not in name.group("name"):
                    yield name.start("name"), name.end("name"), _DB
    for position in keyword_positions(text, _KAFKA_DENIED_CUES):
        match = _KAFKA_DENIED.match(text, position)
        if match:
            for name in re.finditer(r"[A-Za-z0-9][\w.-]*", match.group("names")):
                if _reads_as_value(name.group(0)):
                    yield match.start("names") + name.start(), match.start("names") + name.end(), _QUEUE


def _setting_lines(text: str, lowered: str) -> Iterator[tuple[int, int, str]]:
    tried: set[int] = set()
    for position in keyword_positions(lowered, _SETTING_CUES):
        line_start = text.rfind("\n", 0, position) + 1
        if line_start in tried:
            continue
        tried.add(line_start)
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        match = _SETTING_LINE.match(text, line_start)
        matches = [match] if match is not None else list(_JSON_PAIR.finditer(text, line_start, line_end))
        for match in matches:
            yield from _setting_value(match)


def _setting_value(match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    kind, ambiguous = _kind_of_key(match.group("key"))
    name = match.group("name")
    if kind is not None and _reads_as_value(name) and (not ambiguous or _JOIN_OR_DIGIT.search(name)):
        yield match.start("name"), match.end("name"), kind


def _kind_of_key(key: str) -> tuple[str | None, bool]:
    """The kind of store a setting's key names (`DB_SCHEMA` DB, `DeliveryStreamName` QUEUE) or None, and whether
    the key's word also names other things."""
    if _GROUP_KEY.search(key):
        return _QUEUE, False
    words = [word.lower() for word in _KEY_WORDS.findall(key.rsplit(".", 1)[-1])]
    while words and words[-1] in ("name", "names", "id"):
        words.pop()
    if not words:
        return None, False
    last = words[-1]
    if last not in _KEY_WORD_KINDS:  # `PGDATABASE`, `MYSQLDATABASE`: a client's prefix written into the word
        last = next((word for word in ("database", "dbname", "schema", "queue", "topic") if last.endswith(word)), last)
    return _KEY_WORD_KINDS.get(last), last in _AMBIGUOUS_KEY_WORDS


def _reads_as_value(name: str) -> bool:
    lowered = name.lower()
    if lowered in _NOT_VALUES or lowered in _KEY_WORD_KINDS or lowered.startswith("amq.") or not any(character.isalpha() for character in name) or _PLACEHOLDER.search(name):
        return False
    if _FILE_NAME.search(lowered) or re.fullmatch(r"v?\d+(?:\.\d+)+", lowered) or len(name) < 3:
        return False
    return lowered not in _software_names() and lowered.rstrip("0123456789") not in _software_names()


@lru_cache(maxsize=1)
def _software_names() -> frozenset[str]:
    return term_list("software_names") | term_list("tech_terms")
