"""The parts of a found connection string that name the same secret or machine again elsewhere.

A connection string or credential URL is replaced whole, but its parts recur bare in the same conversation:
the server's name in a cloud resource id (`/servers/sql-acme-prod/databases/`), the host in a log line that
masked only the password (`Looking in indexes: https://:****@pypi.int.acme.dev/simple`), the database in a
metrics label (`datname="ledger"`), the storage account in prose, the password in the command that tests it.
Each of those mentions gives the string away again. The string's own structure says which piece is which (URL
userinfo/host/path, or the keys of a `key=value;` string), so the parts are read by position, whatever the
scheme or the driver's spelling of its keys, and the engine's propagation spreads them, doubtful.

Only distinctive parts spread: a password of some length, a host that is not a documentation or loop-back
host, a host's first label or a database/account name that is shaped like an identifier (a digit, `-` or `_`)
or is no ordinary word. `orders`, `postgres`, `admin`, `localhost` elsewhere name nothing and stay.
"""
from __future__ import annotations

import re
from urllib.parse import unquote as _unquote


def unquote(text: str, errors: str = "replace") -> str:
    try:
        return _unquote(text, errors=errors)
    except UnicodeDecodeError:  # `%81` in a password is its text, not an escape
        return text

from redactor.detect.name_parts import is_ordinary_word

# The finding kinds that hold a whole connection string or credential URL.
KINDS_HOLDING_CONNECTIONS = frozenset({"CONNECTION_STRING", "URL_CREDENTIALS", "CREDENTIAL_URL",
                                       "AZURE_STORAGE_KEY", "DATABASE_URL"})
PASSWORD_PART, HOST_PART, NAME_PART = "PASSWORD", "INTERNAL_HOSTNAME", "DATABASE"

# `scheme://user:password@host:port/database?options` (the scheme is optional: some findings start after it).
# The password runs to the LAST `@` before the host, since generated passwords hold `@` too.
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:(?P<user>[^\s:/@;]*)(?::(?P<password>[^\s/]*))?@)?"
                  r"(?P<hosts>[^\s/?#;@]+)(?:/(?P<path>[^\s?#;]*))?", re.I)
# `Key=Value;` pairs of ADO.NET/ODBC/JDBC/Azure strings and `key=value` words of libpq strings.
_PAIR = re.compile(r"(?:^|[;\s?&])\s*(?P<key>[A-Za-z][A-Za-z0-9 _.]*?)\s*=\s*"
                   r"(?:\{(?P<braced>[^}]*)\}|'(?P<quoted>[^']*)'|(?P<plain>[^;&\s]*))")
_KEY = re.compile(r"[\s_.]+")
# Keys by role, folded (lower case, no spaces, `_` or `.`): each driver spells them its own way.
_PASSWORD_KEYS = frozenset({"password", "pwd", "pass", "passwd", "sharedaccesskey", "accountkey", "secret"})
_HOST_KEYS = frozenset({"server", "host", "hostname", "datasource", "address", "addr", "networkaddress",
                        "endpoint", "servername", "hostaddr"})
_NAME_KEYS = frozenset({"database", "initialcatalog", "dbname", "accountname", "db", "catalog", "defaultdatabase",
                        "databasename", "schema"})
# Hosts that name no machine of the user's: loop-back, documentation and placeholder hosts.
_PUBLIC_HOST = re.compile(r"(?i)^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|host\.docker\.internal"
                          r"|(?:.*\.)?example(?:\.(?:com|org|net))?|.*\.(?:test|example|invalid|localhost))$")
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_MIN_PASSWORD, _MIN_NAME = 6, 5
# A value that only stands in for one: masks and template slots (`****`, `<password>`, `${DB_PASS}`, `{pwd}`).
_MASKED = re.compile(r"^(?:[*xX•#.]+|<[^>]*>|\$\{?[\w.]+\}?|\{\{?[^}]*\}?\}|%\(?\w+\)?s?|redacted|hidden)$", re.I)


def connection_parts(value: str) -> list[tuple[str, str]]:
    """(part, kind) for each distinctive part of the connection string or credential URL `value`."""
    found: list[tuple[str, str]] = []
    if "://" in value or ("@" in value and "=" not in value.split("@", 1)[0]):
        _url_parts(value, found)
    if "=" in value:
        _pair_parts(value, found)
    seen: set[str] = set()
    unique = []
    for part, kind in found:
        if part not in seen:
            seen.add(part)
            unique.append((part, kind))
    return unique


def _url_parts(value: str, found: list[tuple[str, str]]) -> None:
    start = value.find("://")
    body = value[start + 3:] if start >= 0 else value
    at = body.rfind("@", 0, _first_of(body, "/?#"))
    userinfo, rest = (body[:at], body[at + 1:]) if at >= 0 else ("", body)
    if ":" in userinfo:
        _password(userinfo.split(":", 1)[1], found)
    match = _URL.match(rest)
    if not match:
        return
    for host in match.group("hosts").split(","):
        _host(host.rsplit(":", 1)[0] if host.count(":") == 1 else host, found)
    path = (match.group("path") or "").split("/", 1)[0]
    _name(unquote(path), found)


def _first_of(text: str, characters: str) -> int:
    positions = [text.find(character) for character in characters if character in text]
    # The `@` of the userinfo may be followed by a path: search up to the first `/` after the last `@`.
    last_at = text.rfind("@")
    positions = [position for position in positions if position > last_at]
    return min(positions) if positions else len(text)


def _pair_parts(value: str, found: list[tuple[str, str]]) -> None:
    for match in _PAIR.finditer(value):
        key = _KEY.sub("", match.group("key")).casefold()
        item = match.group("braced") or match.group("quoted") or match.group("plain") or ""
        if key in _PASSWORD_KEYS:
            _password(item, found)
        elif key in _HOST_KEYS:
            item = re.sub(r"(?i)^(?:tcp:|[a-z]+://)", "", item).rstrip("/")
            _host(re.split(r"[,:\\]", item, maxsplit=1)[0], found)
        elif key in _NAME_KEYS:
            _name(item, found)


def _password(password: str, found: list[tuple[str, str]]) -> None:
    password = password.strip()
    if len(password) >= _MIN_PASSWORD and not _MASKED.match(password) and not is_ordinary_word(password):
        found.append((password, PASSWORD_PART))
        decoded = unquote(password, errors="strict") if "%" in password else password
        if decoded != password and decoded.isprintable():
            found.append((decoded, PASSWORD_PART))


def _host(host: str, found: list[tuple[str, str]]) -> None:
    host = host.strip().strip("[]").rstrip(".")
    if not host or _PUBLIC_HOST.match(host) or _IP.match(host) or _MASKED.match(host):
        return
    if "." in host:
        found.append((host, HOST_PART))
    machine = host.split(".", 1)[0]
    if _distinctive(machine):
        found.append((machine, HOST_PART))


def _name(name: str, found: list[tuple[str, str]]) -> None:
    name = name.strip()
    if _distinctive(name):
        found.append((name, NAME_PART))


def _distinctive(word: str) -> bool:
    """An identifier-shaped or unusual word of some length: `sql-acme-prod`, `tw_cluster0`, `krladocs`."""
    if len(word) < _MIN_NAME or len(word) > 63 or _MASKED.match(word) or not re.fullmatch(r"[\w.-]+", word):
        return False
    if re.search(r"[\d_-]", word):
        return bool(re.search(r"[A-Za-z]{3}", word))  # `db-01` is too generic; `ledger-db-01` is not
    return not is_ordinary_word(word)
