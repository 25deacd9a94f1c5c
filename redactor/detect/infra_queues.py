"""Queues, topics and databases by name, and address wildcards of grants and allow lists (round 22).

Named resources. A message queue, a topic or a database is named by its owner, the way a host is, and the
name says whose system it is (`payments-settlement-queue`, `ledger_prod`). Where it stands says what it is:
- beside its kind word (not "subscription": a plan in billing prose), before or after it ("the
  payments-settlement-queue topic", "queue invoice-render-retry", "restore the orders_archive database"): the name
  must have an estate name's form, lower-case parts joined by "-", "_" or "." with a digit, an underscore or dot
  join, three parts or more, or a part no word list knows; two ordinary words joined by a hyphen are a prose
  compound ("dead-letter queue", "publish-subscribe topic");
- after a client's flag that holds one (`--topic`, `--queue`, `--queue-name`, `--dbname`, `--database`; celery's
  `-Q`, a database client's `-d`): there any name but an ordinary word, a variable or a placeholder;
- as the value of a key that names one (`SQS_QUEUE_NAME=`, `"topicName":`, `POSTGRES_DB=`, Ruby's `:database =>`),
  in the same form; a database's also as SQL Server, Oracle and Snowflake write them (`Database: FINANCE_DW`,
  `SNOWFLAKE_DATABASE=ANALYTICS_PROD`, `AdventureWorks_Prod`), but not a variable's name or software;
- in a queue's own address: an SQS queue URL's last segment (after the account), a Service Bus namespace's
  path, a Pub/Sub `topics/` or `subscriptions/` path.
Reported as QUEUE or DB in the infra category (the code detector's QUEUE and DB are code-private names, which
the default policy keeps); doubtful beside a kind word, sure after a flag, a key or in an address.

Address wildcards. `'reporter'@'10.42.%'` (a MySQL grant's host) and `allow from 192.168.14.*` name a private
network as surely as its CIDR form: one to three octets and a `%` or `*`. Private ranges (10/8, 172.16/12,
192.168/16, 100.64/10) anywhere, any range after a grant's `@`; never after a version operator (`==4.2.*`).

Cost: kind words, flags and keys are found from literals by the text's shared cue scan; one anchored regex per
cue. The wildcard scan needs "%" or "*" beside a "." (str.find).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues, needs_marks
from redactor.detect.name_parts import is_common_word
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import term_list as word_list

NAMED_BESIDE_KIND_SCORE = DOUBTFUL_SCORE
NAMED_BY_FLAG_SCORE = 0.8
ADDRESS_WILDCARD_SCORE = 0.8
QUEUE_KIND = "QUEUE"
DB_KIND = "DB"

_ESTATE_NAME = r"[a-z0-9]+(?:[-_.][a-z0-9]+)+"
# ("subscription" is a Pub/Sub object in its path, but a plan in billing prose: not a kind word here)
_QUEUE_WORDS = r"queues?|topics?|dlq|exchange"
_DB_WORDS = r"databases?|db|schema"
_KIND_WORD = re.compile(rf"(?:{_QUEUE_WORDS}|{_DB_WORDS})\b", re.IGNORECASE)
# Literals the text's shared cue scan finds; each regex below is then matched at one position.
_KIND_LITERALS = ("queue", "topic", "dlq", "exchange", "database", "db", "schema")
_FLAG_LITERALS = ("--topic", "--queue", "--dbname", "--database", "-Q", "-d")
_ADDRESS_LITERALS = ("amazonaws.com/", "servicebus.windows.net/", "/topics/", "/subscriptions/")
_WILDCARD_LITERALS = (".%", ".*")
# Read back from a kind word, over at most _NAME_REACH characters: the name that ends just before it.
_NAME_REACH = 80
_ESTATE_NAME_WHOLE = re.compile(_ESTATE_NAME, re.IGNORECASE)
_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
# (not a key of its own: "connected to database pool_size=20")
_NAME_AFTER_KIND = re.compile(rf"[ \t]+[`'\"]?(?P<name>{_ESTATE_NAME})(?![\w$<>{{}}=(\[-]|\.\w)", re.IGNORECASE)
_FLAG_VALUE = re.compile(
    r"(?P<flag>--(?:topic|queue|queue-name|dbname|database)|-Q|-d)(?:[ \t]+|=)[\"']?"
    r"(?P<name>[A-Za-z0-9][\w.-]{1,79})(?![\w$<>{}/(\[-]|\.\w)")
_SHORT_FLAG_COMMANDS = {"-Q": ("celery",), "-d": ("psql", "pg_dump", "pg_restore", "pgbench", "createdb", "dropdb")}
# A key ending in the kind word (`SQS_QUEUE_NAME=`, `"topicName":`, `POSTGRES_DB=`, a connection's `"schema":`), found
# from the kind word on.
_KEY_VALUE = re.compile(
    r"(?P<key>queue|topic|dlq|database|db|dbname|schema)(?:[_-]?name)?[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"']?"
    r"(?P<name>[A-Za-z0-9][\w.-]{1,79})(?![\w$<>{}/:(\[-]|\.\w)", re.IGNORECASE)
_QUEUE_ADDRESS = re.compile(
    r"(?:\bsqs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?/\d{12}/|\bqueue\.amazonaws\.com/\d{12}/"
    r"|\.servicebus\.windows\.net/|\bprojects/[a-z][a-z0-9-]{4,28}[a-z0-9]/(?:topics|subscriptions)/)"
    r"(?P<name>[A-Za-z0-9][\w.-]{0,79})(?![\w-])")
_NOT_NAMES = frozenset("true false none null default celery postgres postgresql mysql template0 template1 redis "
                       "sqlite mongo admin test main localhost name queue topic database db my-queue my-topic "
                       "my-database mydb".split())
# `topic = self.topic_name`, `db: config.db_name`: an attribute chain of code, not a name.
_CODE_RECEIVERS = term_list("host_code_receivers")
_FILE_EXTENSIONS = frozenset("py sh js ts json yaml yml toml ini cfg conf sql csv txt md log gz zip tar bak "
                             "db sqlite sqlite3 dump".split())

_ADDRESS_WILDCARD = re.compile(
    r"(?<![\w.=~^<>!*%-])(?P<lead>@['\"]?)?"
    r"(?P<address>(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){0,2}"
    r"\.[%*])(?![\w.%*])")
_PRIVATE_PREFIX = re.compile(r"10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.")


@needs_cues(_KIND_LITERALS, _ADDRESS_LITERALS)
@needs_marks(_FLAG_LITERALS)  # (as written: `-Q`)  (every finding is read from these words' positions)
def find_named_queues(text: str) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of queue, topic and database names: beside a kind word, after a flag or key, in
    a queue's address."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _KIND_LITERALS):
        key = _KEY_VALUE.match(text, position)
        if key and (not key.group("key").lower().startswith("db") or _db_key_starts_at(text, position)):
            # (a key's value reads as prose does: `queue=order-events` in a log is two words, generic)
            kind = _kind_of(key.group("key"))
            if _reads_as_resource_value(key.group("name"), in_prose=True) or (
                    kind == DB_KIND and _reads_as_database_name(key.group("name"))):
                yield key.start("name"), key.end("name"), kind, NAMED_BY_FLAG_SCORE
            continue
        word = _KIND_WORD.match(text, position)
        if word is None or (position and (text[position - 1].isalnum() or text[position - 1] == "_")):
            continue
        kind = _kind_of(word.group(0))
        before = _name_before(text, position)
        if before is not None and _reads_as_estate_name(text[before[0]:before[1]]):
            yield before[0], before[1], kind, NAMED_BESIDE_KIND_SCORE
        after = _NAME_AFTER_KIND.match(text, word.end())
        if after and _reads_as_estate_name(after.group("name")):
            yield after.start("name"), after.end("name"), kind, NAMED_BESIDE_KIND_SCORE
    for position in keyword_positions(text, _FLAG_LITERALS):
        if position and (text[position - 1].isalnum() or text[position - 1] in "-_"):
            continue
        match = _FLAG_VALUE.match(text, position)
        if match is None:
            continue
        flag = match.group("flag")
        commands = _SHORT_FLAG_COMMANDS.get(flag)
        if commands is not None:
            line_start = text.rfind("\n", 0, position) + 1
            if not re.search(rf"(?<![\w-])(?:{'|'.join(commands)})\b", text[line_start:position]):
                continue
        if _reads_as_resource_value(match.group("name")):
            kind = DB_KIND if flag in ("-d", "--dbname", "--database") else QUEUE_KIND
            yield match.start("name"), match.end("name"), kind, NAMED_BY_FLAG_SCORE
    for position in keyword_positions(lowered, _ADDRESS_LITERALS):
        # (the window reaches back over a Pub/Sub project path, forward over an SQS account and a whole name)
        match = _QUEUE_ADDRESS.search(text, max(0, position - _NAME_REACH), position + 128)
        if match and _reads_as_resource_value(match.group("name")):
            yield match.start("name"), match.end("name"), QUEUE_KIND, NAMED_BY_FLAG_SCORE


@needs_marks(_WILDCARD_LITERALS)  # (it reads their positions only)
def find_address_wildcards(text: str) -> Iterator[tuple[int, int]]:
    """Network patterns with a wildcard octet: `10.42.%` in a grant, `192.168.14.*` in an allow list."""
    for position in keyword_positions(text, _WILDCARD_LITERALS):
        match = _ADDRESS_WILDCARD.search(text, max(0, position - 14), position + 2)
        if match is None or match.end() != position + 2:
            continue
        if position + 2 < len(text) and not _ends_address(text[position + 2]):
            continue
        if match.group("lead") or _PRIVATE_PREFIX.match(match.group("address")):
            yield match.start("address"), match.end("address")


def _ends_address(character: str) -> bool:
    return not (character.isalnum() or character in "_.%*")


def _db_key_starts_at(text: str, position: int) -> bool:
    """`db` opens a key on its own or after a separator (`POSTGRES_DB`), not as the end of a word (`mongodb`)."""
    return not position or not text[position - 1].isalnum()


def _name_before(text: str, position: int) -> tuple[int, int] | None:
    """The estate-shaped word that ends, with blanks and a quote after it, just before a kind word."""
    end = position
    while end and text[end - 1] in " \t":
        end -= 1
    if end == position:
        return None
    if end and text[end - 1] in "`'\"":
        end -= 1
    start = end
    while start and text[start - 1] in _NAME_CHARACTERS and end - start < _NAME_REACH:
        start -= 1
    if start and text[start - 1] in "`'\"":
        quote = start - 1
        if quote and text[quote - 1] in "$/@<{":
            return None
    elif start and (text[start - 1] in "$/@<{" or text[start - 1].isalnum()):
        return None
    if not _ESTATE_NAME_WHOLE.fullmatch(text, start, end):
        return None
    return start, end


def _kind_of(word: str) -> str:
    """The kind a kind word or a key's kind part names (`databases`, `db_name`, `schema`; `topicName`, `dlq`)."""
    return DB_KIND if word.lower().startswith(("database", "db", "schema")) else QUEUE_KIND


def _reads_as_estate_name(name: str, in_prose: bool = True) -> bool:
    if name != name.lower():  # `Exchange-Online`, `Order.Created`: a product or a class, not an estate's name
        return False
    lowered = name
    if lowered in _NOT_NAMES or not any(character.isalpha() for character in lowered):
        return False
    parts = re.split(r"[-_.]", lowered)
    if "." in lowered and parts[-1] in _FILE_EXTENSIONS:
        return False
    if any(character.isdigit() for character in lowered):
        # a version or a GUID (a subscription's id: infra.py's Azure rule reads those) is not a name
        return not re.fullmatch(r"v?\d+(?:\.\d+)+|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", lowered)
    if "_" in lowered or "." in lowered or len(parts) >= 3:
        return True
    # Two words and a hyphen: in prose a compound ("dead-letter", "publish-subscribe") unless a part is coined;
    # where a flag, a key or an address holds the value, a name (`claims-intake`).
    return not in_prose or any(not is_common_word(part) for part in parts)


# Words of a variable's or setting's name (`DATABASE_URL`, `DB_HOST`): a database key that holds one names no
# database.
_SETTING_WORDS = frozenset("url uri host port user username password name database databases db engine type driver "
                           "dsn schema tbd unknown".split())


def _reads_as_database_name(name: str) -> bool:
    """A name in a database key's slot written as SQL Server, Oracle and Snowflake write theirs: upper-case
    (`ANALYTICS_PROD`, `SALES`) or with an inner capital and a digit or underscore (`ClaimsArchive2019`,
    `AdventureWorks_Prod`). Not a variable (`DATABASE_URL`), software (`PostgreSQL`), nor a code path."""
    if "." in name or len(name) < 3 or not any(character.isalpha() for character in name):
        return False
    parts = [part for part in re.split(r"[-_]|(?<=[a-z])(?=[A-Z])", name.lower()) if part]
    if any(part in _SETTING_WORDS or part in _NOT_NAMES for part in parts) or _is_software(name):
        return False
    if name.isupper():
        return True
    inner_capital = re.search(r"[a-z][A-Z]", name) is not None
    return inner_capital and any(character.isdigit() or character == "_" for character in name)


def _is_software(name: str) -> bool:
    lowered = name.lower()
    return lowered in _software_names() or lowered.rstrip("0123456789") in _software_names()


@lru_cache(maxsize=1)
def _software_names() -> frozenset[str]:
    return word_list("software_names") | word_list("tech_terms")


def _reads_as_resource_value(name: str, in_prose: bool = False) -> bool:
    """A name where a flag, key or address holds one: lower-case (`DATABASE_URL`, `asyncio.Queue` are code), no
    attribute chain, no ordinary word."""
    if name != name.lower() or name.split(".", 1)[0] in _CODE_RECEIVERS:
        return False
    lowered = name
    if lowered in _NOT_NAMES or not any(character.isalpha() for character in lowered):
        return False
    if re.search(r"[-_.]", lowered):
        return _reads_as_estate_name(name, in_prose=in_prose)
    return len(lowered) >= 4 and not is_common_word(lowered)
