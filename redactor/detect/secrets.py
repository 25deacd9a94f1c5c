"""Secrets detector: a catalogue of credential formats plus keyword-context rules.

Three layers, from most to least certain:

1. Formats. The maintained Kingfisher catalogue (~490 gitleaks-derived rules,
   kingfisher_catalogue.py) plus our own `SECRET_PATTERNS`, loaded from
   rules/secret_formats.yaml (vendor and structural formats the catalogue
   lacks or covers less precisely: connection strings, PEM blocks, credential
   URLs, keyword-anchored vendor keys). Each record is a regex plus the
   literal anchors it starts from (``ghp_``, ``AKIA``, ``://``, ...): anchors
   are found with str.find and the regex is only tried there, so a text pays
   for the literals it contains, not for ~120 full scans. Word lists (key name
   parts, placeholder words) are in rules/term_lists.yaml. The same one pass
   over the lower-cased text finds the words every other rule family starts
   from (key stems, password labels, the password-sentence cues): a family
   none of whose words the text holds is not run at all.
2. Keyword context: a value assigned to a key whose name looks secret-ish
   (``password``, ``api_key``, ``client_secret``, ``_authToken`` ...) in .env,
   shell, JSON, YAML, TOML, INI, HCL, XML, properties, code, CLI flags and
   prose ("my password is ..."). The value is flagged unless it is an obvious
   placeholder or a reference (see below). Names of the id half of a key pair
   (`access_key_id`, `SECRET_ID`, `_AK`) count too. A name that only says
   "key" (`key`, `cache_key`, JSON `"key"`) holds a secret when its value
   looks like key material (hex/base64 of 16+ bytes, a long random token).
   Password labels in several languages (term_lists.yaml:
   secret_label_password_words: "Passwort:", "mot de passe :", "пароль:")
   take the next value; in prose a plain word counts unless it is an
   ordinary English word or tech term ("password is required").
3. Entropy near a keyword: a high-entropy token within a short window after a
   secret-ish word, for secrets that are mentioned rather than assigned, and
   key material right after the word "key".

Recall first (see confidence.py): a catalogue hit that looks masked or like a
documentation placeholder keeps its span with a doubtful score; the wire
redacts it, an audit does not report it.

Values that are NOT flagged by the keyword rules (the value heuristics live
in secret_values.py; tested in tests/test_detect_secrets.py):
- empty values, ``null``/``None``/``true``/``false``, masked values
  (``****``, ``xxxxxxxx``);
- variable references and templates: ``${VAR}``, ``$VAR``, ``$(cmd)``,
  ``{{ var }}``, ``%(name)s``, ``{name}``, ``<your-key>``, ``os.environ[...]``,
  function calls, member accesses (``var.db_password``), identifiers that name
  another secret (``db_password``), type annotations (``str``, ``string``);
- documentation placeholders made only of filler words, e.g. ``changeme``,
  ``your-api-key-here``, ``test-token``, ``example``, ``password`` itself.
  Well-known defaults such as ``changeme`` protect nothing, so redacting them
  would only add noise;
- for non-password keys: paths, URLs without credentials, version strings,
  e-mail addresses, digests (``sha512-...``), regular expressions, values with
  spaces, plain words in code, and values shorter than ``min_length``;
- in the entropy rule: UUIDs, git hashes next to commit/sha/rev words, hex
  digests, base64 image data, paths, identifiers and values of other keys
  (``trace_id=...``).

Spans cover the secret VALUE only (``hunter2`` in ``password=hunter2``), except
private key blocks (BEGIN line through END line, also with literal ``\\n``),
webhook URLs (the whole URL is the credential) and credential URLs
(``user:password``). Placeholders issued by the proxy (``[[KIND_N]]``) are
never part of a span.
"""
from __future__ import annotations

import base64
import binascii
import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator


from redactor.detect.regex_prefilter import RegexPrefilter
from redactor.detect.rule_files import secret_format_records, term_list
from redactor.detect import term_lists
from redactor.detect.secret_values import (
    CALL_WITH_LITERAL,
    DIGEST_PREFIX,
    EMAIL_VALUE,
    HEX_VALUE,
    REGEX_SYNTAX,
    SECRET_NAME_PARTS,
    URL_VALUE,
    UUID_VALUE,
    VERSION_VALUE,
    char_classes,
    identifier_parts,
    is_masked,
    is_placeholder_value,
    is_placeholder_word,
    is_plain_word,
    is_prose_credential,
    is_sentence,
    judged_once_per_text,
    looks_like_code_reference,
    looks_like_password_reference,
    looks_like_path,
    looks_like_token,
    looks_random,
    looks_written_by_hand,
    names_another_secret,
    shannon_entropy,
    values_judged_once,
)
from redactor.detect.base import DetectionInput, Span, covered_regions, merge_spans
from redactor.detect.character_layouts import ascii_stand_in
from redactor.detect.confidence import DOUBTFUL_SCORE, doubted
from redactor.detect.keywords import (alternatives_by_first_character, contains_any, keyword_positions,
                                      lowered_same_length, matches_at_line_starts, matches_at_starts,
                                      matches_on_lines_with, run_start, starts_at_line_start,
                                      starts_read_backwards, word_positions)
from redactor.detect.access_codes import bare_alternatives_after, code_after_unlock_verb, code_before_its_lock
from redactor.detect.code_spellings import spelled_codes
from redactor.detect.lock_codes import codes_at_locks
from redactor.detect.form_field_values import CONTROL_NEEDLES as FORM_CONTROL_NEEDLES, form_field_spans
from redactor.detect.recovery_codes import recovery_code_spans
from redactor.detect.record_segments import is_record_segment, reference_elements
from redactor.detect.passphrase_cells import is_passphrase_cell
from redactor.detect.saved_login_rows import saved_login_values
from redactor.detect.credential_lists import listed_after
from redactor.detect.credential_scopes import scoped_credential_spans
from redactor.detect.credential_pairs import shaped_pair_spans
from redactor.detect.credential_neighbourhoods import credential_neighbourhood_spans
from redactor.detect.typed_credentials import may_hold_typed_password, typed_password_spans
from redactor.detect.joined_literals import next_joined_literal
from redactor.detect.slot_names import english_slot, fold_latin_accents
from redactor.detect.kingfisher_catalogue import KingfisherCatalogue
from redactor.detect.password_sentences import CUES as _PASSWORD_SENTENCE_CUES
from redactor.detect.password_sentences import is_password_word, password_sentence_spans
from redactor.detect.password_lists import password_list_spans
from redactor.detect.passwords_after_role_logins import role_login_password_spans
from redactor.detect.password_slots import names_a_password, password_slot_spans
from redactor.detect.password_numbers import FUNCTION_WORD_LANGUAGES, FUNCTION_WORD_ZIPF
from redactor.detect.password_hash_columns import password_hash_cells
from redactor.detect.word_frequencies import frequent_in_any
from redactor.detect.secret_urls import is_default_local_login, secret_url_spans
from redactor.detect.secret_words_then_values import values_after_secret_words
from redactor.detect.secret_columns import (
    PASSWORD_HEADER_WORDS,
    names_password_column,
    random_value_cells,
    secret_column_cells,
    secret_header_cells,
)
from redactor.detect.secret_cookie_jars import SCORE as COOKIE_JAR_SCORE, find_cookie_jar_values
from redactor.placeholder_syntax import MAX_PLACEHOLDER_LENGTH, PLACEHOLDER_PATTERN

DETECTOR_NAME = "secrets"
# Letters and digits interleaved in five runs or more ("1a7b3d", "k3j9x2"): a short random key, unlike
# the names with a number that code writes ("sha256", "base64", "utf8mb4", "x86_64").
_LETTER_OR_DIGIT_RUN = re.compile(r"[A-Za-z]+|[0-9]+")
CATEGORY = "secret"

# Refines a raw regex hit: given the text, the match and the value span, return
# the final (start, end) or None to reject the hit.
Refine = Callable[[str, "re.Match[str]", int, int], "tuple[int, int] | None"]


@dataclass(frozen=True, slots=True)
class SecretPattern:
    """One credential format of the catalogue."""

    name: str  # stable identifier, e.g. "github_pat_classic"
    kind: str  # span kind, e.g. "GITHUB_TOKEN"
    regex: re.Pattern[str]  # the secret is group "value" if present, else the whole match
    score: float
    description: str
    # Where to try the regex: at every occurrence of an anchor literal
    # (`anchors` case-sensitive, `anchors_lower` in the lower-cased text), the
    # match starts between back[1] and back[0] characters before it. Finding
    # literals with str.find and matching only there is what keeps a catalogue
    # of ~100 patterns fast. A pattern without anchors is scanned with
    # finditer, and only if one of `required_lower` occurs (when given).
    anchors: tuple[str, ...] = ()
    anchors_lower: tuple[str, ...] = ()
    back: tuple[int, int] = (0, 0)
    required_lower: tuple[str, ...] = ()
    refine: Refine | None = None


# --------------------------------------------------------------------------
# Catalogue refinements
# --------------------------------------------------------------------------

def _refine_token(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if looks_like_token(text[start:end]) else None


def _refine_basic(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`Basic <base64>` only counts when it decodes to `user:password`."""
    encoded = text[start:end]
    try:
        decoded = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        plain = decoded.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if ":" not in plain or not plain.isprintable():
        return None
    password = plain.split(":", 1)[1]
    return (start, end) if password and not is_placeholder_value(password) else None


def _refine_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`user:password` from a URL or `curl -u`: reject template and doc passwords."""
    userinfo = text[start:end]
    user, _, password = userinfo.partition(":")
    if not password or is_placeholder_value(password):
        return None
    if user.isdigit() and password.isdigit():
        return None  # `docker run -u 1000:1000`, not a credential
    return (start, end)


# HTTPie and xh take `-a user:password`; elsewhere `-a` is another flag (`git commit -a`, `ls -a`).
_HTTP_CLIENT_BEFORE = re.compile(r"(?<![\w./-])(?:http|https|xh|xhs|httpie)[ \t]")


def _refine_http_client_auth(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`http -a user:password`, `--auth user:password`: a long auth flag says so itself, `-a` only after HTTPie/xh."""
    if match.group("flag") == "-a":
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _HTTP_CLIENT_BEFORE.search(text, max(line_start, match.start() - 200), match.start()):
            return None
    return _refine_userinfo(text, match, start, end)


def _refine_sasl_password(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A Postfix sasl_passwd line's `user:password`. Log lines put `name:value` after `host:port` too
    (`db.internal:5432 state:ready`): the password has a digit, a capital or a symbol, or the login is an e-mail."""
    user, _, password = text[start:end].partition(":")
    if password.isdigit() or not ("@" in user or any(not c.islower() for c in password)):
        return None
    return _refine_userinfo(text, match, start, end)


def _refine_session_store_id(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """The id after `sess:`: an id is random (`s7d8f9g0h1j2k3`, base64url); words joined by `_` or `-` are a name
    (`session:expired_after_30m`)."""
    words = [part for part in re.split(r"[_-]", text[start:end]) if len(part) >= 3 and part.isalpha() and part.islower()]
    return None if len(words) >= 2 else _refine_literal(text, match, start, end)


def _refine_session_value(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """The value under a name that ends in `session` (`X-Metabase-Session`, `app.session_id`): a session id is a
    UUID or a generated run; words joined by `-`/`_`/`.` (`build-2024-05-01-nightly`) are a label."""
    value = text[start:end]
    if UUID_VALUE.fullmatch(value):
        return start, end
    if len(re.split(r"[-_.]", value)) > 1 and re.search(r"(?:^|[-_.])[a-z]{4,}(?:[-_.]|$)", value):
        return None
    return (start, end) if looks_random(value, 16, 3.0) else None


_DB_SCHEMES = (
    r"postgres(?:ql)?|pg|mysql|mysqlx|mariadb|mongodb(?:\+srv)?|redis|rediss|valkey|amqps?|mssql|sqlserver|"
    r"oracle|cockroachdb|clickhouse|couchdb|couchbase|neo4j(?:\+s|\+ssc)?|bolt|nats|kafka|cassandra|memcached|"
    r"elasticsearch|opensearch|influxdb|snowflake|db2|ldaps?|sqlalchemy|jdbc:[a-z]+"
)
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-:")
_DB_SCHEME = re.compile(r"(?i:(?:" + _DB_SCHEMES + r")(?:\+[a-z0-9]+)?)")


def _url_scheme(text: str, colon: int) -> str:
    start = colon
    while start > 0 and colon - start < 40 and text[start - 1] in _SCHEME_CHARS:
        start -= 1
    scheme = text[start:colon].lstrip(".+-:")
    return scheme if scheme[:1].isalpha() else ""


_SCHEME_WORD = re.compile(r"[a-z]{4,}")
_URL_WORD = re.compile(r"[a-z]{4,}")


def _start_with_scheme_named_inside(text: str, colon: int, start: int, end: int) -> int:
    """`start`, or where the scheme begins when the URL repeats one of the scheme's words.

    `mongodb+srv://u:p@cluster0.x7k2p.mongodb.net`, `mysql+pymysql://u:p@mysql-01.lan`,
    `postgresql+asyncpg://u:p@postgres:5432/app`: the scheme left readable would spell out
    part of the host (or path) the placeholder hides, so the span takes it in. A scheme that
    names nothing inside (`postgres://u:p@10.0.0.7/app`) stays readable: it tells the model
    what kind of database the placeholder is.
    """
    scheme = _url_scheme(text, colon)
    if not scheme:
        return start
    rest = text[start:end].lower()
    words = _SCHEME_WORD.findall(scheme.lower())
    for word in _URL_WORD.findall(rest):
        if any(word in scheme_word or scheme_word in word for scheme_word in words):
            scheme_start = colon - len(scheme)
            if scheme_start and text[scheme_start - 1] == "\\" and scheme[:1] in "ntr":
                scheme_start += 1  # `...\nmongodb+srv://` in an escaped string: the "n" is the line break's
            return scheme_start
    return start


def _refine_url_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`https://user:pass@host/path`: a credential URL; like a database URL, all of it after the scheme."""
    if not _url_scheme(text, match.start()):
        return None
    if _refine_userinfo(text, match, start, end) is None or is_default_local_login(text[start:_url_end(text, end)]):
        return None
    end = _url_end(text, end)
    return _start_with_scheme_named_inside(text, match.start(), start, end), end


def _refine_database_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A database URL with credentials: everything after `scheme://` is the secret.

    User, password, host, port and database name together say where the data
    is and how to get in; only the scheme ("postgres://") is left readable.
    """
    scheme = _url_scheme(text, match.start())
    if not _DB_SCHEME.fullmatch(scheme.lower()) and not scheme.lower().startswith("jdbc:"):
        return None
    if _refine_userinfo(text, match, start, end) is None or is_default_local_login(text[start:_url_end(text, end)]):
        return None
    end = _url_end(text, end)
    return _start_with_scheme_named_inside(text, match.start(), start, end), end


# Hosts whose address says nothing about where anyone's data is (loopback, documentation, compose services).
_NOWHERE_HOST = re.compile(r"(?i)(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|host\.docker\.internal"
                           r"|(?:[\w-]+\.)*(?:example|test|invalid|localhost)|(?:[\w-]+\.)*example\.(?:com|org|net))")


def _refine_database_address(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A database URL without credentials on a real host (`jdbc:mysql://db.prod.acme.net:3306/billing`).

    The host, port and database still say where the data is and are half of a
    login whose password is often a line away (`db.password=`); the whole URL after
    the scheme is the span. Doubtful: nothing in it opens the door by itself.
    """
    scheme = _url_scheme(text, match.start()).lower()
    if not (_DB_SCHEME.fullmatch(scheme) or scheme.startswith("jdbc:")):
        return None
    host = match.group("host")
    if "." not in host or _NOWHERE_HOST.fullmatch(host) or is_placeholder_value(host):
        return None  # a compose service (`redis:6379`), loopback or a documentation host
    end = _url_end(text, end)
    return _start_with_scheme_named_inside(text, match.start(), start, end), end


# A URL written in text, config or code runs to whitespace (re's \s is str.isspace), a quote, `<>`, `\` or `|`.
_URL_RUN = re.compile(r"[^\s\"'`<>\\|]*")


def _url_end(text: str, position: int) -> int:
    """End of the URL that continues at `position` (host, port, path, query), sentence punctuation excluded."""
    end = _URL_RUN.match(text, position).end()
    while end > position and text[end - 1] in ".,;:!?)]}":
        end -= 1
    return end


# Tools whose -p/-a/--password/-storepass flag takes a password (psql's -p is a port: not listed).
_CLI_PASSWORD_TOOL = re.compile(
    r"(?i)\b(?:sshpass|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mysql|mysqldump|mysqladmin|"
    r"mariadb|redis-cli|keytool|openssl|zip|7z|smbclient|htpasswd|ldapsearch|ldapadd|ldapmodify|ipmitool|"
    r"rabbitmqctl|influx|sqlcmd|bcp|pg_dump|vault|consul|etcdctl|kubectl|helm|unzip|7za|rar|unrar|az|rdesktop|"
    r"xfreerdp|sqlplus|mosquitto_pub|mosquitto_sub|ftp|wget|openvpn|nmcli|winrm|psexec|sshpass)\b"
)


def _refine_cli_password(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A password flag's value on a password-taking tool's command line (found from the flag).

    A number is a port (`mysql -P 3306`); `-p` alone prompts.
    """
    line_start = text.rfind("\n", max(0, match.start() - 200), match.start()) + 1
    if not _CLI_PASSWORD_TOOL.search(text, max(line_start, match.start() - 200), match.start()):
        return None
    refined = _refine_literal(text, match, start, end)
    if refined is None or text[refined[0]:refined[1]].isdigit():
        return None
    return refined


# Keys that start a connection string: where the string (and the span) begins, also after a label or a sentence
# and a space (`DB: Server=tcp:host;...`, "the string is Server=..."); a longer key is listed whole (`Network Address`).
_CONNECTION_STRING_KEY = re.compile(
    r"(?i)(?<!\w)(?:server|data source|host|hostname|provider|driver|dsn|initial catalog|database|user id|"
    r"uid|address|addr|network address|(?:account|blob|queue|table|file)?endpoint|defaultendpointsprotocol|"
    r"accountname)[ \t]*="
)


def _refine_connection_string(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`Server=x;Database=y;User ID=z;Password=w;...`: the whole connection string, not only the password.

    Host, database and user say where the password works, as in a database URL.
    Without a recognisable first key the password alone is the span.
    """
    refined = _refine_literal(text, match, start, end)
    if refined is None:
        return None
    run_start = match.start()
    floor = max(0, run_start - 500)
    while run_start > floor and text[run_start - 1] not in "\"'`\n<>":
        run_start -= 1
    first_key = _CONNECTION_STRING_KEY.search(text, run_start, match.start())
    run_end = match.end()
    ceiling = min(len(text), run_end + 500)
    while run_end < ceiling and text[run_end] not in "\"'`\n<>":
        run_end += 1
    if first_key is None:
        # `Password=x;User ID=y;Data Source=z`: the password first, the string after it
        if text[match.end():match.end() + 1] != ";" or not _CONNECTION_STRING_KEY.search(text, match.end(), run_end):
            return refined
        first_key = match
    while run_end > refined[1] and text[run_end - 1] in "; \t,":
        run_end -= 1
    return first_key.start(), max(run_end, refined[1])


def _refine_comma_connection_string(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`cache.example.net:6380,password=x,ssl=True` (StackExchange.Redis): the whole comma-separated run."""
    refined = _refine_literal(text, match, start, end)
    if refined is None:
        return None
    run_start, floor = match.start(), max(0, match.start() - 300)
    while run_start > floor and text[run_start - 1] not in "\"'` \t\n<>=":
        run_start -= 1
    run_end, ceiling = refined[1], min(len(text), refined[1] + 300)
    while run_end < ceiling and text[run_end] not in "\"'` \t\r\n<>":
        run_end += 1
    if text.count(",", run_start, run_end) < 1 or run_start == match.start():
        return refined
    return run_start, run_end


def _refine_mixed_case(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """Base64 keys have both cases; a 40-hex git SHA does not."""
    value = text[start:end]
    return (start, end) if any(c.islower() for c in value) and any(c.isupper() for c in value) else None


def _refine_token_pairs(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`name=value; ...` pairs count when at least one value looks like a token."""
    values = [pair.partition("=")[2] for pair in text[start:end].split(";")]
    return (start, end) if any(looks_random(v) for v in values) else None


# A session cookie's name right before its value's "=": "sessionid=", "_gh_sess=", "connect.sid=", "_app_session=".
_COOKIE_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"'`;,?&(\[{]))(?i:(?:[a-z_][\w.\-]{0,40}?)?(?:sess|session|sid)(?:[_.\-]?(?:id|token|key|cookie))?"
    r"|phpsessid|jsessionid|aspsessionid\w{0,12}|asp\.net_sessionid)=$")
_COOKIE_KINDS = frozenset({"SESSION_COOKIE", "GENERIC_SECRET"})
_COOKIE_VALUE_END = frozenset(" \t\r\n;,\"'`&<>\\)]}")


def _with_cookie_names(text: str, spans: list[Span]) -> list[Span]:
    """A session cookie written as its `name=value` pair outside a Cookie header ("the browser sends
    sessionid=...", a JSON string "connect.sid=s%3A..."): the pair is redacted, as a Cookie header's is.
    One bounded look-behind per span found (linear in the spans)."""
    out = []
    for span in spans:
        if span.kind in _COOKIE_KINDS and span.start and text[span.start - 1] == "=":
            name = _COOKIE_NAME_BEFORE.search(text, max(0, span.start - 64), span.start)
            written = name.group(0)[:-1] if name is not None else ""
            if name is not None and (written != written.upper() or "SESSID" in written or "SESSIONID" in written):
                # SESSION_KEY=, SESSION_ID=: an environment variable, whose name says which value it is
                end, limit = span.end, min(len(text), span.end + 4096)
                while end < limit and text[end] not in _COOKIE_VALUE_END:
                    end += 1  # the rest of the value: "...%3D%3D--a1b2c3" (URL-encoded, signed)
                span = Span(name.start(), end, "SESSION_COOKIE", span.category, span.score, span.detector)
        out.append(span)
    return out


def _refine_literal(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    value = text[start:end]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        start, end, value = start + 1, end - 1, value[1:-1]
    return None if is_placeholder_value(value) else (start, end)


# One line of a PEM body (base64, a `Proc-Type:` header, a PGP checksum, or
# blank), after a real or a literal "\n".
_PEM_BODY_LINE = re.compile(
    r"(?:\r?\n|\\+(?:r\\+)?n)[ \t\"']*(?:[A-Za-z0-9+/=]{4,}|[A-Za-z][A-Za-z-]*:[^\n\\]*|=[A-Za-z0-9+/]{4})?[ \t\"',+]*"
)
_PEM_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{20,}")


@lru_cache(maxsize=32)
def _pem_end(label: str) -> re.Pattern[str]:
    return re.compile(r"-{4,5} ?END " + re.escape(label) + r" ?-{4,5}")


def _find_pem_end(text: str, label: str, start: int, limit: int) -> re.Match[str] | None:
    """The first END line of `label` in text[start:limit].

    Found from its literal with str.find (fast on long texts), then checked
    with the regex: a regex search for it scans slowly past every dash.
    """
    needle = "END " + label
    end_line = _pem_end(label)
    at = text.find(needle, start, limit)
    while at != -1:
        found = end_line.match(text, max(start, at - 6), min(limit, at + len(needle) + 6))
        if found is None and at - 5 >= start:
            found = end_line.match(text, at - 5, min(limit, at + len(needle) + 6))
        if found is None and at - 4 >= start:
            found = end_line.match(text, at - 4, min(limit, at + len(needle) + 6))
        if found is not None:
            return found
        at = text.find(needle, at + 1, limit)
    return None


def _refine_private_key(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """Extend a BEGIN header to its END line; without an END line, over the body."""
    label = match.group("label")
    found = _find_pem_end(text, label, end, min(len(text), end + 65536))
    if found:
        # A BEGIN line named in prose ("the file must start with -----BEGIN ... KEY-----") before the real block:
        # the key starts at the last BEGIN line of the same label before its END line, not at the mention.
        last_begin = None
        for later in match.re.finditer(text, end, found.start()):
            if later.group("label") == label:
                last_begin = later
        if last_begin is not None and not _PEM_BASE64_RUN.search(text, end, last_begin.start()):
            start, end = last_begin.start(), last_begin.end()  # (a truncated block's body before it keeps it)
        # `_START = b"-----BEGIN ..."` next to `_END = b"-----END ..."` in code is no key
        return (start, found.end()) if _PEM_BASE64_RUN.search(text, end, found.start()) else None
    # Truncated or unterminated block: cover every body-looking line after it (headers such as
    # Proc-Type: included, they follow BEGIN).
    body_end = _body_end(text, end, stop_at_headers=False)
    return (start, body_end) if _PEM_BASE64_RUN.search(text, end, body_end) else None


def _only_prose_beside(text: str, start: int, end: int, findings: list[tuple[int, int]]) -> bool:
    """Whether [start, end) reaches into our findings (sorted, disjoint regions) and holds no key-like run outside
    them: the catalogue read a key block of ours with the words before it (a BEGIN line named in prose before the
    real block), and our edges are the block's."""
    outside = []
    cursor = start
    for region_start, region_end in findings:
        if region_end <= start or region_start >= end:
            continue
        outside.append(text[cursor:max(cursor, region_start)])
        cursor = max(cursor, region_end)
    if not outside:
        return False  # overlaps no structure of ours
    outside.append(text[cursor:end])
    return not any(_PEM_BASE64_RUN.search(piece) for piece in outside)


def _refine_random_token(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A prefixed key (`sk-...`) or a base64 run next to a key id counts when its body looks machine-made."""
    value = text[start:end]
    body = value[3:] if value.startswith("sk-") else value
    return (start, end) if looks_random(body, 16, 3.0) or (len(body) >= 20 and looks_like_token(body)) else None


def _refine_whole_jdbc_url(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A JDBC URL with credentials: like a database URL, everything after `jdbc:<driver>:` is the secret."""
    if _refine_literal(text, match, start, end) is None:
        return None
    floor = max(0, match.start() - 1)
    url_start = max(text.rfind("jdbc:", floor, start), text.rfind("JDBC:", floor, start))
    if url_start == -1:
        return start, end
    # After `jdbc:mysql://` the rest is secret; `jdbc:oracle:thin:scott/tiger@...` has no such break: all of it.
    body = re.compile(r"jdbc:[a-z0-9]+:(?:[a-z0-9]+:)*//", re.IGNORECASE).match(text, url_start)
    return (body.end() if body else url_start), max(end, _url_end(text, end))


_PPK_LINE = re.compile(r"(?:\r?\n|\\r?\\n)[ \t\"']*(?:[A-Za-z][A-Za-z-]*: [^\n\\]*|[A-Za-z0-9+/=]{8,})[ \t\"',+]*")


def _refine_putty_key(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A .ppk file from its first line through Private-MAC, or through its last key line when cut off."""
    position = end
    while True:
        line = _PPK_LINE.match(text, position)
        if line is None:
            break
        position = line.end()
        if "Private-MAC:" in line.group(0):
            break
    while position > end and text[position - 1] in " \t\r\n\"',+":
        position -= 1
    return start, position


def _body_end(text: str, end: int, stop_at_headers: bool = True) -> int:
    """End of the base64 body lines (real or escaped line breaks) that continue a key at `end`.

    With `stop_at_headers`, a `-----` line or a `Name: value` line ends the body
    (key material pasted without BEGIN/END lines stops where the next thing starts).
    """
    position = end
    while True:
        line = _PEM_BODY_LINE.match(text, position)
        if not line or line.end() == position:
            break
        if not line.group(0).strip(" \t\"',+\r\n\\n").strip():
            # a blank line ends the body unless more base64 follows right after
            following = _PEM_BODY_LINE.match(text, line.end())
            if not following or not re.search(r"[A-Za-z0-9+/=]{16,}", following.group(0)):
                break
        if stop_at_headers and ("-----" in line.group(0) or ":" in line.group(0)):
            break
        position = line.end()
    while position > end and text[position - 1] in " \t\r\n\"',+":
        position -= 1
    return position


def _refine_key_body(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """Key material without BEGIN/END lines: the DER prefix says private key; cover every body line after it."""
    return start, max(end, _body_end(text, end))


def _refine_keyed_value(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A value (a default, an ENV line) that counts only when the name it belongs to is secret-ish."""
    groups = match.groupdict()
    key = groups.get("key") or groups.get("jskey")
    if not key or _classify_key(key) is None:
        return None
    refined = _refine_literal(text, match, start, end)
    if refined is None:
        return None
    value = text[refined[0]:refined[1]]
    if URL_VALUE.match(value) or looks_like_code_reference(value) and not any(c.isdigit() for c in value):
        return None
    return refined


# libpq / DSN keywords: `host=db port=5432 dbname=app user=app password=x sslmode=require`
_DSN_KEYWORDS = frozenset("host hostaddr port dbname database user username password sslmode sslrootcert "
                          "connect_timeout application_name options service target_session_attrs server "
                          "uid pwd driver charset".split())
_DSN_PAIR = re.compile(r"([A-Za-z_]+)[ \t]*=[ \t]*(?:'[^'\n]*'|[^\s'\"]+)")


def _refine_keyword_dsn(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`host=... dbname=... password=...`: the whole keyword/value run, when it has another DSN keyword."""
    refined = _refine_literal(text, match, start, end)
    if refined is None:
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    pairs = [pair for pair in _DSN_PAIR.finditer(text, max(line_start, match.start() - 400), min(line_end, end + 400))]
    run: list[re.Match[str]] = []
    for pair in pairs:
        if run and text[run[-1].end():pair.start()].strip(" \t"):
            if run[-1].end() >= end:
                break
            run = []
        run.append(pair)
    keys = {pair.group(1).lower() for pair in run}
    if len(keys & _DSN_KEYWORDS) < 2 or not run or run[0].start() > match.start():
        return None
    return run[0].start(), max(run[-1].end(), refined[1])


def _refine_on_ssh_keygen_line(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`-N`/`-P` take the passphrase on an ssh-keygen command line only."""
    line_start = text.rfind("\n", max(0, match.start() - 300), match.start()) + 1
    if text.find("ssh-keygen", line_start, match.start()) == -1:
        return None
    return _refine_literal(text, match, start, end)


def _refine_userinfo_slash(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`scott/tiger`: a user and a password, unless the password part is a template or a path."""
    password = text[start:end].partition("/")[2]
    if is_placeholder_value(password) or password.startswith(("/", "nolog")):
        return None
    return start, end


_WEBHOOK_WORD = re.compile(r"(?i)/(hooks?|webhooks?|webhookb2|incomingwebhook|callbacks?|triggers?|messages)(?=/|\?|$)")
_URL_TOKEN_PARAMETER = re.compile(r"(?i)[?&](?:key|token|sig|signature|secret|code|auth|access_token)=([^&#\s]{12,})")


def _refine_webhook_with_token(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A webhook URL carries its credential: a segment after the webhook word with letters and digits
    (6+ characters, or 16+ of any token characters), or a key/token query parameter. Documentation
    pages (`/en/webhooks/about-webhooks`) and numeric hook ids (`/repos/o/r/hooks/12345`) carry none."""
    while end > start and text[end - 1] in ".,;:)]'\"":
        end -= 1
    url = text[start:end]
    word = _WEBHOOK_WORD.search(url)
    if word is None:
        return None
    if any(looks_random(value, 12, 3.0) or looks_like_token(value, 12)
           for value in _URL_TOKEN_PARAMETER.findall(url)):
        return start, end
    if word.group(1).lower() in ("messages", "callback", "callbacks"):
        return None  # chat APIs and OAuth callbacks are webhooks only with a token parameter
    path = url[word.end():].split("?", 1)[0]
    for segment in path.split("/"):
        letters = any(ch.isalpha() for ch in segment)
        digits = any(ch.isdigit() for ch in segment)
        if (len(segment) >= 6 and letters and digits and re.fullmatch(r"[A-Za-z0-9_@.-]+", segment)
                and not VERSION_VALUE.match(segment)) or looks_random(segment, 16, 3.0):
            return start, end
    return None


# --------------------------------------------------------------------------
# The catalogue: records in rules/secret_formats.yaml, checks by name here
# --------------------------------------------------------------------------

# The checks a format record may name in its `refine` field.
REFINES: dict[str, Refine] = {
    "token": _refine_token,
    "basic": _refine_basic,
    "userinfo": _refine_userinfo,
    "http_client_auth": _refine_http_client_auth,
    "sasl_password": _refine_sasl_password,
    "session_store_id": _refine_session_store_id,
    "session_value": _refine_session_value,
    "url_userinfo": _refine_url_userinfo,
    "database_userinfo": _refine_database_userinfo,
    "database_address": _refine_database_address,
    "cli_password": _refine_cli_password,
    "mixed_case": _refine_mixed_case,
    "token_pairs": _refine_token_pairs,
    "literal": _refine_literal,
    "connection_string": _refine_connection_string,
    "comma_connection_string": _refine_comma_connection_string,
    "private_key": _refine_private_key,
    "random_token": _refine_random_token,
    "whole_jdbc_url": _refine_whole_jdbc_url,
    "putty_key": _refine_putty_key,
    "key_body": _refine_key_body,
    "keyed_value": _refine_keyed_value,
    "keyword_dsn": _refine_keyword_dsn,
    "userinfo_slash": _refine_userinfo_slash,
    "ssh_keygen_line": _refine_on_ssh_keygen_line,
    "webhook_with_token": _refine_webhook_with_token,
}


def load_secret_patterns(path=None) -> tuple[SecretPattern, ...]:
    """The format catalogue of a secret_formats.yaml file (default: the packaged one), validated."""
    return tuple(
        SecretPattern(record.name, record.kind, compiled, record.score, record.description, record.anchors,
                      record.anchors_lower, record.back, record.required_lower,
                      REFINES[record.refine] if record.refine else None)
        for record, compiled in secret_format_records(path, known_refines=frozenset(REFINES))
    )


SECRET_PATTERNS: tuple[SecretPattern, ...] = load_secret_patterns()


# Checks that grow a span to the whole structure a credential sits in (a URL after its scheme, a connection
# string): another catalogue's finding in one is a part of it (the URL's password). Not key blocks: a
# catalogue's finding may take in a cut-off block's tail or the service-account JSON around it.
_WHOLE_STRUCTURE = frozenset({
    _refine_url_userinfo, _refine_database_userinfo, _refine_database_address, _refine_whole_jdbc_url,
    _refine_connection_string, _refine_comma_connection_string, _refine_keyword_dsn,
})
# Kinds whose every Kingfisher finding is no wider than ours: an AWS key id is 20 characters between word
# boundaries in both catalogues, and Kingfisher's one visible rule on it (the id paired with a secret key)
# reports the id alone. Kingfisher is not shown them either (each costs it ~0.04 ms to turn down).
_KINGFISHER_ADDS_NOTHING_TO = frozenset({"AWS_ACCESS_KEY"})


# --------------------------------------------------------------------------
# Keyword context: which key names hold secrets
# --------------------------------------------------------------------------

_PASSWORD_WORDS = term_list("secret_key_password_words")
_PASSWORD_LAST_ONLY = term_list("secret_key_password_last_only")  # DB_PASS, MYSQL_PWD; not pass_through
_SECRET_WORDS = term_list("secret_key_secret_words")
_LAST_ONLY_WORDS = term_list("secret_key_last_only_words")  # docker "auth", basic_auth, NONCE_SALT; not authDomain
# recovery_codes, backup_code: one-time passwords; totp_seed, mfa_secret: what generates them.
_RECOVERY_WORDS = term_list("secret_key_recovery_words")
_CODE_WORDS_AFTER_RECOVERY = term_list("secret_key_recovery_code_words")
_SEED_QUALIFIERS = term_list("secret_key_seed_qualifiers")
# "PAT" is also short for "pattern": only a personal access token next to a vendor name.
_PAT_QUALIFIERS = term_list("secret_key_pat_qualifiers")
# X_key where X is one of these: api_key, client_key, master_key, routing_key ...
# ...and the Wi-Fi key's own names among the password labels (`wpa key`, `wi-fi key`, `network key`), written as a key
# (`guest_wifi_key`, `WLAN_KEY`, `wpa2Key`): a Wi-Fi network's key is its password.
_KEY_QUALIFIERS = term_list("secret_key_key_qualifiers") | frozenset(
    label[:-len(" key")].replace("-", "").replace(" ", "") for label in term_list("secret_label_password_words")
    if label.endswith(" key"))
_COMPRESSED_SUFFIXES = tuple(sorted(term_list("secret_key_compressed_suffixes")))
# SSHPASS, DBPASS, ROOTPASS: a one-word `Xpass` is a password for these X (bypass, compass, surpass are not).
_PASS_QUALIFIERS = term_list("secret_key_pass_qualifiers")
_DENY_LAST = term_list("secret_key_deny_last")
_DENY_FIRST = term_list("secret_key_deny_first")
_ID_QUALIFIERS = term_list("secret_key_id_qualifiers")
_ACCESS_ID_WORDS = term_list("secret_key_access_id_words")


def _names_access_key_id(parts: list[str]) -> bool:
    """`access_key_id`, `SECRET_ID`, `b2_application_key_id`, `HUAWEICLOUD_SDK_AK`: the id half of a key pair."""
    last = parts[-1]
    if last in _ACCESS_ID_WORDS:
        return True
    if last != "id" or len(parts) < 2:
        return False
    if parts[-2] in ("access", "secret", "hmac", "accesskey", "apikey"):
        return True
    return parts[-2] == "key" and len(parts) >= 3 and parts[-3] in _ID_QUALIFIERS


@lru_cache(maxsize=4096)
def _classify_key(key: str) -> str | None:
    """Span kind for a value stored under `key`, or None if the key is not secret-ish."""
    kind = _classify_key_words(key)
    if kind is None and not key.isascii():
        kind = _classify_key_words(fold_latin_accents(key))  # `contraseña`, `hasło`, `şifre`
    if kind is None and english_slot(key).rpartition("_")[2] == "password":
        kind = "PASSWORD"  # a password's name in another language or style (slot_names.py): `mot_de_passe`, `haslo`
    return kind


def _classify_key_words(key: str) -> str | None:
    parts = identifier_parts(key)
    if not parts or parts[0] in _DENY_FIRST:
        return None
    if _names_access_key_id(parts):
        return "ACCESS_KEY_ID"
    if parts[-1] in _DENY_LAST:
        return None
    last = len(parts) - 1
    found: str | None = None
    for index, part in enumerate(parts):
        if part in _PASSWORD_WORDS or (index == last and part in _PASSWORD_LAST_ONLY):
            return "PASSWORD"
        if index < last and (part + parts[index + 1] in _PASSWORD_WORDS or (
                index + 1 < last and part + parts[index + 1] + parts[index + 2] in _PASSWORD_WORDS)):
            return "PASSWORD"  # pass_phrase, PASS_WORD, passPhrase, mot_de_passe: one word written in parts
        if part.endswith(("password", "passwd", "passphrase")) and len(part) > 8:
            return "PASSWORD"  # PGPASSWORD, dbpassword
        if part.endswith("pass") and part[:-4] in _PASS_QUALIFIERS:
            return "PASSWORD"  # SSHPASS (the sshpass tool reads it), DBPASS, ROOTPASS
        if part in _RECOVERY_WORDS and index < last and parts[index + 1] in _CODE_WORDS_AFTER_RECOVERY:
            return "PASSWORD"  # recovery codes work as passwords (and may be space-separated)
        if part == "seed" and index > 0 and parts[index - 1] in _SEED_QUALIFIERS:
            found = found or "GENERIC_SECRET"
        if part == "pat" and index == last and index > 0 and parts[index - 1] in _PAT_QUALIFIERS:
            found = found or "GENERIC_SECRET"
        elif part in _SECRET_WORDS or (index == last and part in _LAST_ONLY_WORDS):
            found = found or ("API_KEY" if part == "apikey" else "GENERIC_SECRET")
        elif part.endswith(_COMPRESSED_SUFFIXES):
            found = found or "GENERIC_SECRET"
        elif part == "key" and index > 0 and parts[index - 1] in _KEY_QUALIFIERS:
            found = found or ("API_KEY" if parts[index - 1] == "api" else "GENERIC_SECRET")
        elif part.endswith("key") and part[:-3] in _KEY_QUALIFIERS:
            found = found or ("API_KEY" if part == "apikey" else "GENERIC_SECRET")
    return found


def _classify_nested_yaml_key(index: "_TextIndex", match: re.Match[str]) -> str | None:
    """`api:` then an indented `key:`: the parent mapping's name qualifies the key (`api_key`)."""
    text = index.text
    line_start, _ = index.line_bounds(match.start())
    indent = match.start() - line_start
    if indent == 0 or text[line_start:match.start()].strip(" \t-"):
        return None
    position = line_start - 1
    for _ in range(20):  # the parent is a few lines up at most
        if position <= 0:
            return None
        parent_start, parent_end = index.line_bounds(position - 1)
        line = text[parent_start:parent_end]
        stripped = line.lstrip(" \t-")
        parent_indent = len(line) - len(stripped)
        if stripped and parent_indent < indent:
            parent = re.match(r"[\"']?([A-Za-z_][\w.\-]*)[\"']?[ \t]*:[ \t]*(?:#.*)?$", stripped)
            return _classify_key(parent.group(1) + "_" + match.group("key")) if parent else None
        position = parent_start
    return None


# A key name that holds a secret only when the value looks like key material: `key`, `k`, `cache_key`, `idempotency_key`.
# Its kind says so; _judge then asks for a random-looking value instead of any literal.
KEY_MATERIAL = "KEY_MATERIAL"


@lru_cache(maxsize=4096)
def _classify_key_or_material(key: str) -> str | None:
    """_classify_key, and for other names ending in `key` (`key`, `cache_key`) KEY_MATERIAL."""
    kind = _classify_key(key)
    if kind is not None:
        return kind
    parts = identifier_parts(key)
    if parts and parts[-1] in ("key", "keys") and parts[0] not in _DENY_FIRST:
        return KEY_MATERIAL
    return None


_OBJECT_KEY_WORDS = term_list("secret_key_object_key_words")


def _uuid_under_key_name(text: str, start: int, end: int) -> Span | None:
    """A UUID right after a `*_key` name that names no object's key is the key: CI record keys (`CYPRESS_RECORD_KEY`,
    `PERCY_KEY`), licence and account keys are issued as UUIDs. Under `idempotency_key`, `cache_key` it is an id,
    and under a bare `key` (`{"key": <uuid>}`: a record's key) too."""
    named = _KEY_RIGHT_BEFORE.search(text, max(0, start - 64), start)
    if named is None:
        return None
    parts = identifier_parts(named.group("key").strip(".-_"))
    qualifiers = [part for part in parts if part not in ("key", "keys")]
    if not qualifiers or parts[-1] not in ("key", "keys") or _OBJECT_KEY_WORDS.intersection(qualifiers):
        return None
    return Span(start, end, "API_KEY", CATEGORY, 0.6, DETECTOR_NAME)


# The key a value follows directly: `KEY=`, `"key": "`, `<key>`, `--key `, `key   ` (its last identifier).
_KEY_RIGHT_BEFORE = re.compile(r"(?P<key>[^\W\d_][\w.-]{0,60})[\"'`]?\]?>?[ \t]*(?:[:=]|:=|=>)?[ \t]*[\"'`]?\Z")
_SETTING_WORDS = term_lists.term_list("tech_terms") | term_lists.term_list("code_keywords")
_HAND_PICKED_DIGITS = re.compile(r"\d{6,40}")
_HAND_PICKED_WORDS = re.compile(r"(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9]+([-_ ])[A-Za-z0-9]+(?:\1[A-Za-z0-9]+){0,5}")


@judged_once_per_text
def _hand_picked_secret(value: str) -> bool:
    """A value a person or a fixture picked, under a secret's own key: 6+ digits, or two to seven words joined
    by one `-`, `_` or space (three words, or a digit, or a space; a kebab/snake pair is a name). Versions,
    paths, e-mails, sentences, identifiers naming another secret and settings are none of these."""
    if len(value) > 64 or looks_like_path(value) or VERSION_VALUE.match(value) or EMAIL_VALUE.match(value):
        return False
    if _HAND_PICKED_DIGITS.fullmatch(value):
        return True
    words = _HAND_PICKED_WORDS.fullmatch(value)
    if words is None or len(value) < 10 or is_sentence(value) or names_another_secret(value):
        return False
    parts = re.split(r"[-_ ]", value)
    has_digit = any(c.isdigit() for c in value)
    if len(parts) < 3 and not has_digit and words.group(1) != " ":
        return False
    # Every part a code keyword or tech term (`read-write-admin`, `client_credentials_grant`) is a setting.
    return not all(part.rstrip("0123456789").casefold() in _SETTING_WORDS for part in parts)


def looks_like_key_material(value: str) -> bool:
    """A random-looking value: hex or base64 of 16+ bytes, or a long mixed token (`7d3a1f09...`, `q3t6w9z$C&F)J@Nc`)."""
    stripped = value.strip()
    if UUID_VALUE.match(stripped) or looks_like_path(stripped) or URL_VALUE.match(stripped) or " " in stripped:
        return False
    if HEX_VALUE.match(stripped):
        return len(stripped) in (32, 48, 64, 96, 128) and any(c.isalpha() for c in stripped) and any(
            c.isdigit() for c in stripped)
    return looks_random(stripped.removeprefix("base64:"), 16, 3.5) and any(c.isdigit() for c in stripped)


def is_secret_key_name(name: str) -> bool:
    """True if a field / variable / header called `name` usually holds a secret."""
    return _classify_key(name.strip().strip("\"'`$-")) is not None


# Key names are found by anchoring on a keyword stem and growing to the whole
# identifier; `_classify_key` then decides. Bounded repeats keep this linear.
_STEM_WORDS = ("pass", "pwd", "pw", "secret", "token", "key", "auth", "cred", "pat", "salt", "seed", "recovery", "backup",
               # access_id / _ak: key ids; psk, kek, dek; passwords named in other languages
               "access_id", "accessid", "access-id", "_ak", "_sk", "psk", "kek", "dek", "kennwort", "wachtwoord", "senha", "contrase", "parola", "salasana",
               "losenord", "adgangskode", "heslo", "haslo", "sifre", "jelszo", "lozinka", "geslo", "clave", "parol",
               "mima", "mdp", "psw",
               # the same words written with their accents (`hasło`, `şifre`, `lösenord`)
               "hasł", "şifre", "lösenord")
_STEMS = r"(?i:" + "|".join(_STEM_WORDS) + r")"
_KEY_CHARS = r"[A-Za-z0-9_.\-]"
# (Keys in languages written with Latin accents: `contraseña`, `hasło`.)
_WRITTEN_KEY_CHARS = r"[A-Za-z0-9_.\-\u00c0-\u024f]"
# A `:` before a backslash is a Windows path (`C:\`), unless it opens an escaped quote: JSON inside a JSON
# string (`{\"password\":\"x\"}`, tool output) escapes its quotes.
_ASSIGNMENT = re.compile(
    r"(?<![A-Za-z0-9_.\-])"
    r"(?P<kq>\\?[\"'`]?)"
    r"(?P<key>" + _KEY_CHARS + r"{0,48}?" + _STEMS + _KEY_CHARS + r"{0,48})"
    r"(?P<kc>\\?[\"'`]?\]?)"
    r"[ \t]*(?P<sep>:::=|::=|:=|\?=|\.=|=>|===?|!==?|=(?![=>~])|:(?![:/]|\\(?![\"']))|,)[ \t]*"
)
# The same, tried where a stem was found (see _assignment_matches): the start is known to
# lie before the stem inside one run of key characters, so the regex need not look for the stem
# again (an alternation of ~30 stems tried at every offset of the key costs more than the rest).
_ASSIGNMENT_AT = re.compile(
    r"(?P<kq>\\?[\"'`]?)"
    r"(?P<key>" + _WRITTEN_KEY_CHARS + r"{1,100})(?:\[\d{0,4}\])?"  # C arrays: aes_key[32] = "..."
    r"(?P<kc>\\?[\"'`]?\]?)"
    r"[ \t]*(?P<sep>:::=|::=|:=|\?=|\.=|=>|===?|!==?|=(?![=>~])|:(?![:/]|\\(?![\"']))|,)[ \t]*"
)
# A list of one string under a secret's name holds the value: Keycloak exports write every component setting so
# (`"bindCredential": ["..."]`), as do TOML arrays and YAML flow lists.
_ONE_ITEM_LIST = re.compile(r"\[[ \t]*(?=(?P<quote>[\"'])[^\"'\n]{1,256}(?P=quote)[ \t]*\])")
# name: DB_PASSWORD / value: ... (k8s env lists, ECS task definitions, CloudFormation)
_NAME_VALUE_PAIR = re.compile(
    r"(?<![A-Za-z0-9_])(?i:name)[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?(?P<key>" + _KEY_CHARS + r"{0,48}?" + _STEMS + _KEY_CHARS + r"{0,48})[\"']?"
    r"[ \t]*,?[ \t]*(?:\r?\n[ \t]*-?[ \t]*)?"
    r"[\"']?(?i:value)[\"']?[ \t]*[:=][ \t]*"
)
# <add key="ApiKey" value="..." /> (.NET appSettings)
_KEY_VALUE_ATTRIBUTES = re.compile(
    r"(?<![A-Za-z0-9_])key[ \t]*=[ \t]*[\"'](?P<key>" + _KEY_CHARS + r"{0,48}?" + _STEMS + _KEY_CHARS + r"{0,48})[\"']"
    r"[ \t]+value[ \t]*=[ \t]*"
)
# var dbPassword string = "..." (Go), private static final String API_TOKEN = "..." (Java/C#)
_TYPED_DECLARATION = re.compile(
    r"\b(?:var|const|val|let|final|static|readonly)[ \t]+(?:[\w<>\[\]*.]+[ \t]+)*?(?P<key>[A-Za-z_]\w{0,80})"
    r"[ \t]*(?::[ \t]*)?[\w<>\[\]*.]+[ \t]*=[ \t]*(?=[\"'`])"
)
# `password    s3cret` / `aws_secret_access_key  AbC...`: a credentials file written as KEY<whitespace>VALUE.
_WHITESPACE_PAIR = re.compile(
    r"[ \t]*(?P<key>[A-Za-z_][\w.\-]{0,60})[ \t]+(?P<value>[^\s\"'=:]\S{3,200})[ \t]*$"
)
_SHELL_SET = re.compile(r"[ \t]*(?:set[ \t]+-[gxlU]+|setenv)[ \t]+")
# "ssh deploy@10.0.3.4 with password X", "log in using the passphrase X"
_COOKIE_ATTRIBUTES = ("; path=", "; httponly", "; secure", "; samesite=", "; expires=", "; domain=", "; max-age=")
_COOKIE_PAIR_BEFORE = re.compile(r"(?<![\w.-])[\w.-]{1,64}=(?P<value>[^\s;=,\"']{8,4096})=*$")
# A setting written as two sibling elements, its name in the first and its value in the second: Apple property
# lists (`<key>SEGMENT_WRITE_KEY</key><string>..</string>`), KeePass exports (`<Key>Password</Key><Value>..</Value>`),
# name/value settings of .NET, Azure and AWS XML (`<Name>DB_PASSWORD</Name><Value>..</Value>`).
_ELEMENT_PAIR = re.compile(
    r"<(?P<tag>(?i:key|name))>[ \t]*(?P<key>[\w.\-]{1,80})[ \t]*</(?P=tag)>\s{0,200}?"
    r"<(?P<value_tag>(?i:string|value))(?:[ \t][^<>\n]{0,200})?>(?P<value>[^<\n]{1,1024})</(?P=value_tag)>")
# A cookie written as a name/value object (HAR files, browser cookie exports, Playwright storage state).
_PIN_DIGITS = re.compile(r"\d{4,12}")
_COOKIE_OBJECT = re.compile(
    r"[\"']name[\"'][ \t]*:[ \t]*[\"'](?P<name>[^\"'\n]{1,80})[\"'][ \t]*,\s{0,40}?[\"']value[\"'][ \t]*:[ \t]*"
    r"[\"'](?P<value>[^\"'\s]{8,4096})[\"']"
)
# `wandb login <key>`, `vercel login <token>`: a command's positional credential after its login verb.
_LOGIN_COMMAND_VALUE = re.compile(
    r"(?<![\w-])login(?:[ \t]+--?[a-z][\w-]*(?:[ =](?!-)[^\s]+)?)*?[ \t]+(?P<value>[A-Za-z0-9_\-+/=.:]{20,512})(?=[ \t]*(?:$|[;&|#]))",
    re.MULTILINE,
)
_PASSWORD_NOUNS = ("password", "passphrase", "passwd", "passcode", "pwd", "pw")
_WITH_BEFORE = re.compile(r"(?i)(?:\b(?:with|using|use|via|and)|,)[ \t]+(?:the[ \t]+)?$")
_PROSE_WITH = re.compile(r"(?i)(?:password|passphrase|passwd|passcode|pwd|pw)[ \t]+(?P<value>[^\s\"'`]+)")
# "the password for the staging db is X", "admin password was reset to X", "the encryption key is X":
# a secret word, then either a short clause and a connector word or directly ":"/"=", then a
# credential-looking value (same sentence). Tried only where a secret word occurs.
_PROSE_WORDS_CLAUSE = ("password", "passphrase", "passcode", "passwd", "secret", "token", "pwd", "pw", "cookie")
_KEY_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?:api|encryption|aes|secret|private|access|signing|master|licen[cs]e|ssh|gpg|pgp|app|client|wrapping|vault"
    r"|kms|data|dek|kek|root|session|hmac|jwt|cipher|crypto|fernet|symmetric|decryption|unseal|recovery)[ _-]?$"
)
_KEY_QUALIFIER_BEFORE = alternatives_by_first_character(_KEY_QUALIFIER_BEFORE)  # the same matches (keywords.py)
_PROSE_CONNECTORS = (":", "=", " is ", " was ", " are ", " to ", " as ", " becomes ", " use")
_PROSE_AFTER_WORD = re.compile(
    r"(?i)s?\b(?:(?P<gap>[^\n.!?;\"'`:=]{0,60}?)\b(?P<verb>is|was|are|to|as|becomes|use|using)\b[ \t]*:?"
    r"|(?P<for>[ \t]*(?:\([^()\n]{1,40}\)|(?:for|of|on|at)\b[^\n.!?;\"'`:=]{1,50}?))?[ \t]*(?:[:=]|->))"
    r"[ \t]*(?P<quote>[\"'`]?)(?P<value>[^\s\"'`<>]{6,200})"
)
# A password label in any of several languages ("Passwort:", "mot de passe :", "пароль:", "Password (VPN) = ");
# the words are data (term_lists.yaml). The value follows ":", "=" or "is"; see is_prose_credential.
_LABEL_WORDS = tuple(sorted(term_list("secret_label_password_words"), key=len, reverse=True))
_LABEL_WORD_SET = frozenset(word.casefold() for word in _LABEL_WORDS)
_LABEL_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in _LABEL_WORDS:  # longest first
    _LABEL_WORDS_BY_FIRST[_word[0]] = _LABEL_WORDS_BY_FIRST.get(_word[0], ()) + (_word,)
_LABEL_SEPARATOR = re.compile(
    # "Passwort für den Testserver:", "contraseña del wifi de la oficina es": up to five short words between
    # label and separator
    r"(?:[ \t]+[^\s:：=()\"`.,;!?]{1,20}){0,5}?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[:：=](?![=>])|->|(?<=[ \t])(?:is|was|ist|lautet|est|es|é|è|är|er|jest|je|on)(?=[ \t])[ \t]*:?)"
    r"[ \t]*(?:\r?\n[ \t]*)?"
)
_STRONG_PASSWORD_AFTER = re.compile(r"[ \t]+(?=[^\s]*\d)([^\s\"'`<>()\[\]{}=:]{6,64})(?=[\s.,;:)?]|$)")
_LABEL_CONNECTORS = (":", "=", "：", "->", " is ", " was ", " ist ", " lautet ", " est ", " es ", " é ", " è ", " är ",
                     " er ",
                     " jest ", " je ", " on ")
# "creds are admin / X", "login admin:X": a user and a password after a credentials word.
_PROSE_USER_PASSWORD = re.compile(
    r"(?i)(?:creds|credentials|login|log\s+in\s+with|sign\s+in\s+with|wi-?fi|wlan|ssid|vpn)\b[^\n.!?;]{0,20}?[ \t]"
    r"(?P<value>[\w.@+-]{2,64}[ \t]*(?::|[ \t]/[ \t])[ \t]*[^\s\"'`<>]{4,128})"
)
_RECOVERY_CUE = re.compile(r"(?i)(?:recovery|backup|2fa|mfa|one[ -]time)[ _\-]?(?:codes?|keys?)\b")
_RECOVERY_CODE = re.compile(r"(?<![\w-])(?:[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){1,3}|\d{6,10}|[a-z0-9]{8,12})(?![\w-])")
_XML_CLOSING_TAG = re.compile(r"</([A-Za-z_][\w.:\-]{0,80})>")
_NAME_ATTRIBUTE = re.compile(r"\b(?:name|key)[ \t]*=[ \t]*[\"']([\w.:\-]{1,80})[\"']")
# variable "admin_password" { default = "..." } (Terraform / HCL)
_HCL_VARIABLE_DEFAULT = re.compile(
    r"variable[ \t]+\"(?P<key>[\w\-]{1,80})\"[ \t]*\{[^}]{0,400}?\bdefault[ \t]*=[ \t]*"
)
_CLI_FLAG = re.compile(
    # (the stem may start the flag: `--password x`, `--token x`)
    r"(?<![\w\-])--(?P<key>(?:[A-Za-z][\w\-]{0,40}?)?" + _STEMS + r"[\w\-]{0,40})[ \t]+(?=[^\s\-])"
)
# "my password is hunter2", "the new DB password `x`", "api key: ..."
_PROSE_WORDS = ("password", "passphrase", "passcode", "passwd", "pwd", "api", "access", "secret", "token")
# A password-shaped word (see `_password_shaped_spans`): letters, a digit and a password symbol,
# between spaces, quotes, backticks or brackets.
_PASSWORD_SHAPED = re.compile(
    r"(?:(?<=[\s`'\"(])|^)(?P<value>(?=[A-Za-z0-9._-]*[!#$%^&*+?~@])(?=[A-Za-z._!#$%^&*+?~@-]*\d)"
    r"[A-Za-z0-9!#$%^&*+?~@._-]{8,64})(?=[\s`'\")]|[.,;:](?:\s|$)|$)",
    re.MULTILINE,
)
_TRAILING_TAGS = re.compile(r"(?:</?[A-Za-z][\w-]{0,20}/?>)+$")
_WORD_CHARS_OF_PASSWORDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%^&*+?~@._-")


# A text's layout for password-shaped words (`_one_byte_per_character`): a password symbol written `!`, another
# character of such words `a`, every other byte a space.
_PASSWORD_LAYOUT = bytes(ord("!") if chr(byte) in "!#$%^&*+?~@" else ord("a") if chr(byte) in _WORD_CHARS_OF_PASSWORDS
                         else ord(" ") for byte in range(256))


def _password_shaped_words(text: str) -> Iterator[re.Match[str]]:
    """`_PASSWORD_SHAPED` tried only at the start of words that hold a password symbol (rarer than words).

    A word's start is at most 64 characters before its first symbol; the symbols after it, up to 80
    characters from its start, are in the same try. The symbols and the word edges are found on the
    text's layout (bytes.find / rfind in C; every character of such words is ASCII).
    """
    layout = _one_byte_per_character(text).translate(_PASSWORD_LAYOUT)
    length = len(text)
    symbol = layout.find(b"!")
    while symbol != -1:
        # the word's start: after the last other character within 64 characters before the symbol
        other = layout.rfind(b" ", max(0, symbol - 64), symbol)
        start = other + 1 if other != -1 else max(0, symbol - 64)
        limit = min(length, start + 80)
        tried_until = layout.find(b" ", symbol + 1, limit)
        tried_until = limit if tried_until == -1 else tried_until
        match = _PASSWORD_SHAPED.match(text, start)
        if match:
            yield match
        symbol = layout.find(b"!", max(tried_until, symbol + 1))


def _one_byte_per_character(text: str) -> bytes:
    """`text` as one byte per character (offsets stay): the layouts below look only for ASCII characters."""
    return ascii_stand_in(text).encode("ascii")


_DOMAIN_AFTER_AT = re.compile(r"[A-Za-z0-9-]+\.[A-Za-z]")
# A shell line running a command that prints a secret (kubectl secrets piped to base64 -d, vault -field,
# 1Password `op read`, `pass show`, cloud secret managers, `cat` of a password file).
_SECRET_PRINTING_COMMAND = re.compile(
    r"(?im)^[ \t]*(?:\S*[$#>%][ \t]+)?(?:"
    r"kubectl\b[^\n]*\bsecrets?\b[^\n]*(?:base64[ \t]+(?:-d|--decode|-D)|jsonpath)"
    r"|vault[ \t]+(?:kv[ \t]+)?(?:get|read)\b[^\n]*-field[= ]"
    r"|op[ \t]+read\b|pass[ \t]+show\b|gopass[ \t]+show\b"
    r"|aws[ \t]+secretsmanager[ \t]+get-secret-value\b[^\n]*--output[ \t]+text"
    r"|gcloud[ \t]+secrets[ \t]+versions[ \t]+access\b"
    r"|az[ \t]+keyvault[ \t]+secret[ \t]+show\b[^\n]*-o[ \t]+tsv"
    r"|cat[ \t]+\S*(?:passw(?:or)?d|secret|token)\S*[ \t]*$"
    r")[^\n]*$"
)
_SECRET_PRINTING_NEEDLES = ("kubectl", "vault", "op read", "pass show", "gopass", "secretsmanager", "gcloud secrets",
                            "keyvault", "cat ")
_COMMAND_OUTPUT_LINE = re.compile(r"[ \t]*(?P<value>[^\s$#>][^\s]{3,199})[ \t]*(?:\n|$)")
_PROSE = re.compile(
    r"(?i)\b(?P<key>password|passphrase|passcode|passwd|pwd|api[ _\-]?key|access[ _\-]?key|secret(?:[ _\-]?key)?|token)\b"
    r"(?P<verb>[ \t]+(?:is|was|are|would\s+be|should\s+be|set\s+to|changed\s+to|to)\b)?(?P<gap>[ \t]*)"
)
_COMPARISONS = frozenset({"==", "===", "!=", "!=="})
_AMBIGUOUS_KEYS = frozenset({"pass", "pwd", "pw", "auth"})
_LINE_PREFIX = re.compile(r"[ \t]*(?:export[ \t]+|set[ \t]+|setenv[ \t]+|-[ \t]+|\$env:|\$|readonly[ \t]+|declare[ \t]+)?$")
_TYPE_ANNOTATION = re.compile(
    r"[A-Za-z_][\w.]{0,40}(?:\[[\w\[\], .|]{0,60}\])?(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]{0,40}(?:\[[\w\[\], .|]{0,60}\])?){0,4}[ \t]+=(?![=>])[ \t]*"
)
_YAML_BLOCK = re.compile(r"[|>][+\-]?\d?[ \t]*(?:#[^\n]*)?$")
# The body of a quoted value (backslash escapes skipped), and unquoted values:
# in config files they run to whitespace, inline in code and logs they also
# stop at separators.
_QUOTED_BODY = {quote: re.compile(r"(?:[^%s\\\n]|\\.)*" % quote) for quote in "\"'`"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_BARE_LINE_FORM = re.compile(r"[^ \t\r\n\"'`]*")
_BARE_INLINE = re.compile(r"[^ \t\r\n\"'`,;&<>|\\]*")
_MAX_VALUE = 4096


def _assignment_matches(index: _TextIndex) -> Iterator[re.Match[str]]:
    """`_ASSIGNMENT` matches, tried only where a keyword stem occurs."""
    text = index.text
    if index.lowered is None:
        yield from _ASSIGNMENT.finditer(text)
        return
    seen: set[int] = set()
    for position in index.positions(_STEM_WORDS, lower=True):
        start = position
        while start > 0 and position - start <= 48 and text[start - 1] in _KEY_CHAR_SET:
            start -= 1
        if start > 0 and text[start - 1] in "\"'`":
            start -= 1
            if start > 0 and text[start - 1] == "\\":
                start -= 1
        if start in seen:
            continue
        seen.add(start)
        if start > 0 and text[start - 1] in _KEY_CHAR_SET:
            continue  # the key starts more than 48 characters before its stem: not a key name
        match = _ASSIGNMENT_AT.match(text, start)
        if match and match.end("key") <= position:
            continue  # the stem is not part of the key (`x=y_token`)
        if match:
            yield match


_LOOK_BACK = 256  # how far back on a line the keyword rules look for context
_PAIR_BEFORE = re.compile(r"[\w.-]+=[^\s=]+[ \t]+$")  # `user=alice ` right before a key
_KEY_CHAR_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-").union(
    map(chr, range(0xC0, 0x250)))  # (Latin accents: `contraseña`)


def _is_shell_style(text: str, match: re.Match[str], line_start: int) -> bool:
    """`-e POSTGRES_PASSWORD=x`, `?token=x`: an unspaced `=` outside parentheses is a literal.

    Inside parentheses the same shape is a keyword argument (`f(password=pw)`),
    whose unquoted value is a variable.
    """
    if match.group("sep") != "=" or match.group(0)[-1:] in " \t" or text[match.start("sep") - 1] in " \t":
        return False
    before = text[max(line_start, match.start() - _LOOK_BACK):match.start()]
    return before.count("(") <= before.count(")")


def _is_setter_call(text: str, match: re.Match[str]) -> bool:
    """`define('KEY', 'v')`, `setProperty("password", "v")`: a quoted key as first argument."""
    quote_open, quote_close = match.group("kq"), match.group("kc")
    if not quote_open or quote_close != quote_open or text[match.end():match.end() + 1] not in ("\"", "'"):
        return False
    before = text[:match.start("kq")].rstrip(" \t")
    return before.endswith("(") and before[-2:-1].isalnum()


@dataclass(frozen=True, slots=True)
class _Value:
    start: int
    end: int
    quoted: bool


def _scan_quoted(text: str, position: int, line_end: int) -> _Value | None:
    if text.startswith(("\\\"", "\\'"), position):
        quote = text[position:position + 2]
        close = text.find(quote, position + 2, min(line_end, position + 2 + _MAX_VALUE))
        return _Value(position + 2, close, True) if close != -1 else None
    body = _QUOTED_BODY[text[position]].match(text, position + 1, min(line_end, position + 1 + _MAX_VALUE))
    end = body.end()
    if end < len(text) and text[end] == text[position]:
        return _Value(position + 1, end, True)
    return None


def _scan_yaml_block(text: str, line_end: int, indent: int) -> _Value | None:
    """Lines of a YAML `|` / `>` block scalar that belongs to a key at `indent`."""
    position = line_end + 1
    first = last = -1
    while position < len(text):
        newline = text.find("\n", position)
        newline = len(text) if newline == -1 else newline
        line = text[position:newline]
        if line.strip():
            line_indent = len(line) - len(line.lstrip(" \t"))
            if line_indent <= indent:
                break
            if first == -1:
                first = position + line_indent
            last = newline
        position = newline + 1
    return _Value(first, last, True) if first != -1 else None


def _scan_value(text: str, position: int, line_end: int, sep: str, line_form: bool, key_indent: int) -> _Value | None:
    """Where the value that starts at `position` ends, by the syntax it is written in."""
    if position >= len(text) or position > line_end:
        return None
    char = text[position]
    if char in "\"'`" or text.startswith(("\\\"", "\\'"), position):
        return _scan_quoted(text, position, line_end)
    rest = text[position:min(line_end, position + _MAX_VALUE)]
    if line_form and sep == ":" and _YAML_BLOCK.match(rest):
        return _scan_yaml_block(text, line_end, key_indent)
    if line_form and (sep == ":" or text[position - 1] in " \t"):
        # YAML / INI / TOML style: the value is the rest of the line minus a comment.
        comment = re.search(r"[ \t]#", rest)
        end = position + (comment.start() if comment else len(rest))
        while end > position and text[end - 1] in " \t,;":
            end -= 1
        return _Value(position, end, False) if end > position else None
    bare = _BARE_LINE_FORM if line_form else _BARE_INLINE
    end = bare.match(text, position, min(line_end, position + _MAX_VALUE)).end()
    if not line_form:
        # `connect(password=hunter2)`: drop closers that belong to the code around the value.
        while end > position and text[end - 1] in _CLOSERS:
            closer = text[end - 1]
            if text.count(_CLOSERS[closer], position, end) >= text.count(closer, position, end):
                break
            end -= 1
    return _Value(position, end, False) if end > position else None


def _joined_literals(text: str, value: _Value) -> tuple[int, str] | None:
    """(end of the last piece, the pieces joined) when a quoted value goes on in literals joined to it, else None.

    A secret split to dodge a scanner (`"SG." + "xx" + "." + "yy"`) is one value: judged joined, redacted from the
    first piece to the last (the operators between are no secret, but leaving them would leave the pieces' order).
    Pieces are joined by an operator (`+` in JS, Java, C#, Python; `.` in PHP; `||` in SQL; `..` in Lua; `&` in VB):
    a shell writes a command's arguments side by side (`mysql -p "Exp0rts" "orders"`), so literals written side by
    side after a secret's name are not joined here (the joined view, decoded_views.py, reads them as one)."""
    pieces, end = [text[value.start:value.end]], value.end + 1
    for _ in range(16):
        joined = next_joined_literal(text, end)
        if joined is None or joined.group("operator") is None:
            break
        pieces.append(joined.group("body"))
        end = joined.end()
    return (end - 1, "".join(pieces)) if len(pieces) > 1 else None


# `token=VALUE&user=jdoe&expires=3600`: the parameters after a query string's value are its own pairs, not the value.
_QUERY_PARAMETER = re.compile(r"&(?P<key>[A-Za-z_][\w.\-]{0,40})=")
# What a query string is made of: values of URL-safe characters (percent-encoded, base64's `/+=`), and
# `&name=value` pairs to the end. A random secret's punctuation (`!`, `#`, `(`, `|`, `;`, ...) is neither.
_QUERY_VALUE = re.compile(r"[\w%.~+/=\-]*")
_QUERY_RUN = re.compile(r"(?:&[A-Za-z_][\w.\-]{0,40}=[\w%.~+/=\-]*)+")


def _before_query_parameters(text: str, span: Span) -> Span:
    """`span` without the query-string parameters its value runs on into (`&name=...`): it ends before the first,
    unless one of their names is a secret's (`&sig=`, `&password=`) and the whole run stays the value (recall
    first: a signature's or a password's value must not be left out), or the value holds a URL's path and query
    (secret_urls.py and the URL formats redact those whole: they run after this)."""
    parameters = list(_QUERY_PARAMETER.finditer(text, span.start, span.end))
    if not parameters or parameters[0].start() == span.start or "://" in text[span.start:span.end] or \
            "?" in text[span.start:parameters[0].start()]:
        return span  # a URL's path and query (`otpauth://totp/x?secret=..&issuer=..`): a format's whole value
    if any(_classify_key(match.group("key")) or "sig" in match.group("key").lower() for match in parameters):
        return span
    if not (_QUERY_VALUE.fullmatch(text, span.start, parameters[0].start())
            and _QUERY_RUN.fullmatch(text, parameters[0].start(), span.end)):
        return span  # not a query string: a random secret that happens to hold `&x=` (a WordPress salt, a key)
    return Span(span.start, parameters[0].start(), span.kind, span.category, span.score, span.detector)


# The scope after an access key id in a SigV4 `Credential=` (`AKIA.../20261205/us-east-1/sts/aws4_request`, also
# URL-encoded): the date, region and service of the request, public facts, not part of the key.
_SIGV4_SCOPE = re.compile(r"(?:/|%2[Ff])\d{8}(?:/|%2[Ff])[a-z0-9-]{1,30}(?:/|%2[Ff])[a-z0-9-]{1,30}(?:/|%2[Ff])aws4_request")


def _before_credential_scope(text: str, span: Span) -> Span:
    """`span` without the SigV4 credential scope its value ends with: the key id before it is the secret."""
    scope = _SIGV4_SCOPE.search(text, span.start, span.end)
    if scope is None or scope.start() == span.start or scope.end() != span.end:
        return span
    return Span(span.start, scope.start(), span.kind, span.category, span.score, span.detector)


# --------------------------------------------------------------------------
# The detector
# --------------------------------------------------------------------------

# Proximity rule: a secret-ish word followed closely by a high-entropy token.
_PROXIMITY_WORDS = ("password", "passwd", "passphrase", "secret", "token", "api", "access", "credential", "private")
_PROXIMITY_KEYWORD = re.compile(
    r"(?i)password|passwd|passphrase|secret|token|api[_ \-]?key|access[_ \-]?key|credential|private[_ \-]?key"
)
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/=_.~\-])[A-Za-z0-9+/_.~\-]{16,512}={0,2}(?![A-Za-z0-9+/=_.~\-])")
# What may stand between a secret word and its value for the value to be "right after" it: `: `, ` = `, ` is `, a quote.
_RIGHT_AFTER_WORD = re.compile(r"[\"'`]?[ \t]*(?:(?i:is|was)[ \t]*)?[:=]?[ \t]*[\"'`]?")
_ALONE_ON_LINE = re.compile(r"[ \t]*[\"'`]?(?P<value>[A-Za-z0-9+/_.~\-]{16,512}={0,2})[\"'`]?[ \t]*\r?")
# 16 to 64 bytes written as a C / Java / Go / Rust array literal, and the name it is assigned to
_BYTE_ARRAY = re.compile(r"[{\[](?P<value>[ \t\r\n]*0x[0-9a-fA-F]{2}(?:[ \t\r\n]*,[ \t\r\n]*0x[0-9a-fA-F]{2}){15,63})")
_ARRAY_NAME_BEFORE = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*(?:\[[\w ]*\][ \t]*)*(?::[^=\n]{1,40})?=[ \t]*"
                                r"(?:\([^()\n]{0,40}\)[ \t]*)?(?:[\w:<>\[\]&]+[ \t]*){0,2}$")
_KEY_WORD_THEN_VALUE = re.compile(r"(?i:key)[ \t]+(?P<value>[A-Za-z0-9+/_\-]{24,200}={0,2})(?![A-Za-z0-9+/=_\-])")
_ASSIGNED_TO = re.compile(r"([A-Za-z_][\w.\-]*)[\"']?[ \t]*[:=][ \t]*[\"']?$")
# Parts that make an identifier-looking candidate a name in code, not a token.
# Stand-alone random tokens (`_random_token_spans`): 24+ characters, scored doubtful.
_RANDOM_TOKEN_MIN = 24
# `=` may come before (KEY=value), never inside: it is base64 padding at the end.
_RANDOM_TOKEN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/_.~\-])[A-Za-z0-9+/_.~\-]{24,512}={0,2}(?![A-Za-z0-9+/=_.~\-])")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_.~-")
# A text's layout for token runs (`_one_byte_per_character`): each token character written `a`, every other byte
# a space.
_TOKEN_LAYOUT = bytes(ord("a") if chr(byte) in _TOKEN_CHARS else ord(" ") for byte in range(256))
_LONG_TOKEN_RUN = b"a" * _RANDOM_TOKEN_MIN
_LAYOUT_RUN = re.compile(rb"a+")


_SHORT_TOKEN_MIN = 12
_SHORT_TOKEN_RUN = b"a" * _SHORT_TOKEN_MIN
# The short rule's classes of a token run's characters (on `_one_byte_per_character`): a digit `d`, a character its
# values cannot hold (`+/.~`) `p`; a run whose classes hold no `d` or a `p` is no value the rule takes (a bytes test
# per run instead of a strip and three regex calls: most runs of 12 are words, paths and dotted names).
_SHORT_TOKEN_CLASSES = bytes(ord("d") if chr(byte) in "0123456789" else ord("p") if chr(byte) in "+/.~" else ord("a")
                             for byte in range(256))  # (every other byte `a`: a letter `d` or `p` is no class)
_SHORT_TOKEN = re.compile(r"[A-Za-z0-9_\-]+")
_HEX_RUN = re.compile(r"[0-9a-fA-F]+")
_LONG_LETTER_RUN = re.compile(r"[A-Za-z]{7,}")
_HAS_DIGIT = re.compile(r"\d")
_PIECE_SEPARATOR = re.compile(r"[_\-]")
_IDENTIFIER_SHAPE = re.compile(r"[A-Za-z_$][\w$]*")
# Prefixes of object ids that APIs print in logs and responses (Stripe, OpenAI/Anthropic, payment and job APIs).
_OBJECT_ID_PREFIXES = frozenset("req cus evt ch pi pm py in ii sub si price prod acct txn tx ord order inv msg run "
                                "asst file call thread batch job evt cs seti src card ba po tr ref id obj toolu "
                                "chatcmpl resp conv step vs ftjob".split())
# Letters written as words: one case, Title, or camel-case words of three letters or more.
_WORD_LIKE_RUN = re.compile(r"[a-z]+|[A-Z]+|[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})*|(?:[A-Z][a-z]{2,})+[A-Z]?")
# What may stand before a value (skipping blanks and one quote): an assignment, a cell or list separator, an XML
# element's `>`, an opening bracket; and after it: the end of the value.
_VALUE_OPENERS = frozenset("=:,|\t>[({")
_VALUE_CLOSERS = frozenset(",|;<)]}")
_DATE_TIME_RUN = re.compile(r"\d{8}T?\d{0,6}Z?|\d{4}-\d{2}-\d{2}\w*|[A-Za-z]+-\d+(?:-\d+)*|\d+[A-Za-z]{1,3}")


def _token_layout(text: str) -> bytes:
    """The text's layout for token runs: each token character written `a`, every other character a space."""
    return _one_byte_per_character(text).translate(_TOKEN_LAYOUT)


def _short_token_candidates(text: str, layout: bytes | None = None) -> Iterator[tuple[int, int]]:
    """Maximal runs of 12-23 token characters (the alphabet of `_RANDOM_TOKEN_CANDIDATE`), found on the layout as
    `_random_token_candidates` finds its runs (the same layout, built once): bytes.find for each run of 12."""
    if layout is None:
        layout = _token_layout(text)
    at = layout.find(_SHORT_TOKEN_RUN)
    while at != -1:
        run_end = _LAYOUT_RUN.match(layout, at).end()
        if run_end - at < _RANDOM_TOKEN_MIN or run_end - at < 40 and _HEX_RUN.fullmatch(text, at, run_end):
            yield at, run_end  # hex of 24-39 digits too: its entropy is below the long-token rule's
        at = layout.find(_SHORT_TOKEN_RUN, run_end)


_NOT_IN_A_KEY = " \t\r\n:=\"'"  # characters `_ASSIGNED_TO`'s key (`[A-Za-z_][\w.\-]*`) never holds


def _assigned_to(before: str) -> re.Match[str] | None:
    """`_ASSIGNED_TO.search(before)`, tried only from where its match can start.

    Searched from the text's start, the pattern tries every letter of `before` and backtracks over the word after
    it (~20 us for 40 characters of a log line). Its `[:=]` is the last character of `before` that is not a blank
    or a quote (after one final line break at most, for `$`); its key ends before it, past one quote and blanks; so
    the key starts after the last character before that which no key holds: the same match from there.
    """
    end = len(before) - 1 if before.endswith("\n") else len(before)
    while end > 0 and before[end - 1] in " \t\"'":
        end -= 1
    if end == 0 or before[end - 1] not in ":=":
        return None  # no `[:=]` the match can end with
    key_end = end - 1
    while key_end > 0 and before[key_end - 1] in " \t":
        key_end -= 1
    if key_end > 0 and before[key_end - 1] in "\"'":
        key_end -= 1
    start = key_end
    while start > 0 and before[start - 1] not in _NOT_IN_A_KEY:
        start -= 1
    return _ASSIGNED_TO.search(before, start)


def _in_value_position(text: str, start: int, end: int) -> bool:
    """The token is a value: after an assignment, a separator or a line start, and ending its value."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] in "\"'`":
        before -= 1
        while before > 0 and text[before - 1] in " \t":
            before -= 1
    opened = before == 0 or text[before - 1] in _VALUE_OPENERS or text[before - 1] == "\n"
    after = end
    if after < len(text) and text[after] in "\"'`":
        after += 1
    while after < len(text) and text[after] in " \t":
        after += 1
    closed = after >= len(text) or text[after] in _VALUE_CLOSERS or text[after] in "\r\n"
    return opened and closed


@judged_once_per_text  # (a pure check of the value: a value the text repeats, say on every log line, is judged once)
def _reads_as_short_generated(value: str) -> bool:
    """A 12-23 character value that only a generator writes: letters and digits that alternate often, no word."""
    if value.isdigit() or _HAS_DIGIT.search(value) is None or not _SHORT_TOKEN.fullmatch(value):
        return False
    if value == value.upper() and len(value) < 20:
        return False  # C02XK1ZJJG5H, RSSMRC80A01H501U: serial numbers and national ids are written in capitals
    if _HEX_RUN.fullmatch(value) and len(value) < 16 or value.startswith("0x"):
        return False  # 4c2a9f1e6b3d: a short commit or migration revision; 0x7f3a2c1e8f18: an address
    if value.split("_", 1)[0] in _OBJECT_ID_PREFIXES:
        return False  # req_8f3LmZp2XkR1a, cus_Q8f3LmZp2XkR1a, msg_...: an API's object id, printed in every log
    # The random part is the longest piece between `_`/`-` (a vendor prefix such as `live_app_` is not).
    random_part = max(_PIECE_SEPARATOR.split(value), key=len)
    if len(random_part) < 10:
        return False  # call_0_b1ad11d9, f7k2-9xq4-m3p8: an object id or a code made of short pieces
    if len(_CLASS_CHANGE.findall(random_part)) * 3 < len(random_part) or shannon_entropy(random_part) < 3.0:
        return False
    if any(_WORD_LIKE_RUN.fullmatch(run) for run in _LONG_LETTER_RUN.findall(value)):
        return False  # a word inside: release2024build, ReleaseCandidate2024 (KqLmZpWx is no word)
    if _DATE_TIME_RUN.fullmatch(value) or VERSION_VALUE.match(value) or DIGEST_PREFIX.match(value):
        return False
    if is_placeholder_value(value):
        return False
    if _IDENTIFIER_SHAPE.fullmatch(value) and _CODE_WORDS.intersection(identifier_parts(value)):
        return False
    return True


def _random_token_candidates(text: str, layout: bytes | None = None) -> Iterator[tuple[int, int]]:
    """The spans of `_RANDOM_TOKEN_CANDIDATE.finditer(text)`, found from the text's layout.

    Its leading look-behind makes the regex engine try every position of the text; on the layout (one
    bytes.translate; every token character is ASCII) a run of 24 token characters is found by bytes.find,
    and only those runs are judged here: a maximal run of 24-512 characters, then at most two `=` that no
    token character follows.
    """
    if layout is None:
        layout = _token_layout(text)
    length = len(text)
    at = layout.find(_LONG_TOKEN_RUN)
    while at != -1:
        # `at` starts a maximal run: the find before it stopped at the end of the previous run or earlier.
        run_end = _LAYOUT_RUN.match(layout, at).end()
        if run_end - at <= 512:
            end = run_end
            while end < length and text[end] == "=" and end - run_end < 3:
                end += 1
            if end - run_end <= 2 and not (end > run_end and end < length and text[end] in _TOKEN_CHARS):
                yield at, end
        at = layout.find(_LONG_TOKEN_RUN, run_end)
_CLASS_CHANGE = re.compile(r"(?<=[0-9])[A-Za-z]|(?<=[A-Za-z])[0-9]|(?<=[a-z])[A-Z]")
_HOLDS_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DIGEST_HEX_LENGTHS = frozenset({40, 56, 64, 96, 128})  # SHA-1, SHA-224/256/384/512; 32 (MD5) is also an API-key shape
_DIGEST_BEFORE = re.compile(r"(?i)(?:sha\d*|md5|h1|blake2b?|digest|integrity|checksum|hash|etag)[\w\- ]{0,12}[\"']?[ \t]*[-:=][ \t]*[\"']?$")
_NOT_SECRET_NAME = re.compile(r"(?i)(?:^|[_.\-])(?:id|uuid|guid|trace|span|request|correlation|hash|sha|digest|checksum|"
                              r"etag|commit|rev|revision|version|ref|build|image|tag|nonce_?id)(?:$|[_.\-])|(?<=[a-z])(?:Id|ID|Hash)$")
_CODE_WORDS = SECRET_NAME_PARTS | frozenset("private public key get set new from to".split())
_GIT_CONTEXT = re.compile(r"(?i)\b(?:commit|sha|rev|revision|merge|head|tree|parent|tag|hash|digest|checksum)\b")


class _NeedleSet:
    """A fixed set of literals found all at once: one Aho-Corasick pass instead of one str.find per literal.

    The rules anchor on a few hundred literals; looking each one up with
    str.find costs a pass over the text per literal, which dominated the
    detector's cost. Needles outside the set still work (str.find).
    The pass is the text's shared cue scan (keywords.word_positions): the literals join the cue words of every
    other detector, so a text costs one scan for all of them (a pass of their own cost about as much again as
    the shared one: 255 against 121 us for the lower-cased 10 KB benchmark text, alone and joined).
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self.needles = frozenset(needle for needle in needles if needle)
        self._words = tuple(sorted(self.needles))  # one constant tuple: the shared scan knows it by identity

    def positions(self, haystack: str) -> dict[str, list[int]]:
        """needle -> sorted start offsets in `haystack` (lowered_same_length's copy, or a text as written)."""
        return word_positions(haystack, self._words)


# (is lower-cased) -> id of a rule's needle tuple -> the tuple, its needles the automaton finds, the others
_NEEDLE_SPLITS: dict[bool, dict[int, tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]]] = {False: {}, True: {}}


def _split_needles(needles: tuple[str, ...], lower: bool) -> tuple[frozenset[str], tuple[str, ...]]:
    """A rule's needles: those the one-pass automaton finds, and the others (looked up with str.find)."""
    # Rules pass the same constant tuple each time: found by identity, without hashing its words.
    splits = _NEEDLE_SPLITS[lower]
    split = splits.get(id(needles))
    if split is not None and split[0] is needles:
        return split[1], split[2]
    known = _KNOWN_NEEDLES[lower].needles
    known_needles = frozenset(needle for needle in needles if needle in known)
    other_needles = tuple(needle for needle in needles if needle not in known)
    if len(splits) < 1024:
        splits[id(needles)] = (needles, known_needles, other_needles)  # holds the tuple: its id stays its own
    return known_needles, other_needles


_LINE_BREAK = re.compile("\n")
_ESCAPED_LINE_BREAK = re.compile(r"\\n")


class _TextIndex:
    """One text plus its lower-cased copy and literal positions, built once per detect().

    Every rule starts from a literal (a token prefix, a keyword stem): finding
    literals (one Aho-Corasick pass, see _NeedleSet) and running a regex only
    where one occurs is far cheaper than scanning the text once per rule.
    """

    __slots__ = ("text", "lowered", "_positions", "_known_exact", "_known_lower", "_break_starts", "_break_ends",
                 "_found_starts", "_found", "_asked")

    def __init__(self, text: str) -> None:
        self.text = text
        # Index arithmetic on the lowered copy is only valid when lower()
        # kept every character one character long (not so for e.g. "İ"). Then it is text.lower(), the object the
        # other detectors share (lowered_same_length), so the one cue scan of the text answers for it.
        self.lowered: str | None = lowered_same_length(text) if text.isascii() or len(text.lower()) == len(text) else None
        self._positions: dict[tuple[str, bool], list[int]] = {}
        self._asked: dict[tuple[int, bool], tuple[tuple[str, ...], list[int]]] = {}  # by the asking tuple's id
        self._known_exact: dict[str, list[int]] | None = None
        self._known_lower: dict[str, list[int]] | None = None
        self._break_starts: list[int] | None = None
        self._break_ends: list[int] = []
        self._found: list[tuple[int, int]] = []
        self._found_starts: list[int] = []

    def remember_found(self, regions: list[tuple[int, int]]) -> None:
        """Regions the formats already cover (sorted, disjoint): values inside them need no keyword judgement."""
        self._found = regions
        self._found_starts = [start for start, _ in regions]

    def already_found(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self._found_starts, start) - 1
        return at >= 0 and self._found[at][1] >= end

    def line_bounds(self, position: int) -> tuple[int, int]:
        """[start, end) of the line around `position`.

        A literal backslash-n also ends a line: tool results and JSON bodies
        often carry whole files as one escaped string. Lines are looked up by
        bisection so that a huge single-line text costs no more than many
        short lines.
        """
        if self._break_starts is None:
            # Line breaks found by the regex engine in C (a str.find loop cost a Python iteration per line);
            # the escaped ones merged in only where the text has one.
            newlines = [found.start() for found in _LINE_BREAK.finditer(self.text)]
            if contains_any(self.text, ("\\n",)):
                breaks = sorted([(i, i + 1) for i in newlines]
                                + [(found.start(), found.end()) for found in _ESCAPED_LINE_BREAK.finditer(self.text)])
                self._break_starts = [b for b, _ in breaks]
                self._break_ends = [e for _, e in breaks]
            else:
                self._break_starts = newlines
                self._break_ends = [i + 1 for i in newlines]
        at = bisect.bisect_right(self._break_ends, position) - 1
        start = self._break_ends[at] if at >= 0 else 0
        following = bisect.bisect_left(self._break_starts, position)
        end = self._break_starts[following] if following < len(self._break_starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def may_hold(self, triggers: frozenset[str]) -> bool:
        """Whether a family of rules triggered by these lower-case needles (all known to the literal pass) can
        find anything here. Without a lower-cased index the rules scan the text themselves: every family runs."""
        return self.lowered is None or not triggers.isdisjoint(self._all_known_positions(True))

    def contains(self, needles: tuple[str, ...], lower: bool) -> bool:
        """Whether any of the needles occurs: answered from the one literal pass for the needles it knows."""
        haystack = self.lowered if lower else self.text
        if haystack is None:
            return False
        known_needles, other_needles = _split_needles(needles, lower)
        # isdisjoint walks the dict: the few needles this text holds, not the rule's list.
        if known_needles and not known_needles.isdisjoint(self._all_known_positions(lower)):
            return True
        return any(needle in haystack for needle in other_needles)

    def positions(self, needles: tuple[str, ...], lower: bool) -> list[int]:
        """Sorted start offsets of all occurrences of the needles (a list the caller must not change)."""
        haystack = self.lowered if lower else self.text
        if haystack is None:
            raise ValueError("no lower-cased index for this text; callers scan it directly")
        known = self._all_known_positions(lower)
        known_needles, other_needles = _split_needles(needles, lower)
        # Most rule families are absent from a text: isdisjoint walks the few needles the text holds.
        if not other_needles and (not known or known_needles.isdisjoint(known)):
            return []
        asked = self._asked.get((id(needles), lower))
        if asked is not None and asked[0] is needles:  # rules ask with constant tuples, some twice
            return asked[1]
        held = known_needles.intersection(known) if known else ()
        if len(held) == 1 and not other_needles:
            found = known[next(iter(held))]  # sorted, one needle: as it is
        else:
            found = self._found_positions(known, held, other_needles, haystack, lower)
        self._asked[(id(needles), lower)] = (needles, found)
        return found

    def _found_positions(self, known: dict[str, list[int]], held: Iterable[str], other_needles: tuple[str, ...],
                         haystack: str, lower: bool) -> list[int]:
        found: list[int] = []
        for needle in held:
            found.extend(known[needle])
        for needle in other_needles:
            key = (needle, lower)
            cached = self._positions.get(key)
            if cached is None:
                cached = []
                index = haystack.find(needle)
                while index != -1:
                    cached.append(index)
                    index = haystack.find(needle, index + 1)
                self._positions[key] = cached
            found.extend(cached)
        if len(held) + len(other_needles) > 1:
            found = sorted(set(found))
        return found

    def lowered_needle_positions(self) -> dict[str, list[int]]:
        """Every known needle found in the lower-cased text -> its sorted offsets (the caller must not change it)."""
        return self._all_known_positions(True)

    def _all_known_positions(self, lower: bool) -> dict[str, list[int]]:
        """Offsets of every needle the detector's rules anchor on, found in one Aho-Corasick pass."""
        known = self._known_lower if lower else self._known_exact
        if known is None:
            known = _KNOWN_NEEDLES[lower].positions(self.lowered if lower else self.text)
            if lower:
                self._known_lower = known
            else:
                self._known_exact = known
        return known

    def patterns_to_try(self) -> list[tuple[SecretPattern, list[int] | None]]:
        """The catalogue's patterns that can match here, each with the sorted positions of its anchors.

        Those with an anchor in the text and those without anchors (positions None: scanned).
        Answered from the one literal pass (_all_known_positions): no pattern looks its
        anchors up again. Same result as trying every pattern at its anchors.
        """
        if self.lowered is None:
            return [(pattern, None) for pattern in SECRET_PATTERNS]
        # The formats that can match anywhere in the text, from one Hyperscan pass (regex_prefilter.py): on an
        # ASCII text most formats whose anchors occur match nowhere, and the unanchored ones are not tried.
        possible = _CATALOGUE_PREFILTER.possible(self.text)
        if not possible:
            return []
        if not self._all_known_positions(False) and not self._all_known_positions(True):
            # no anchor and no gate word: only the ungated unanchored formats
            return [(SECRET_PATTERNS[number], None) for number in sorted(_ALWAYS_TRIED) if number in possible]
        positions_of: dict[int, list[int]] = {}
        for lower in (False, True):
            patterns_by_anchor = _PATTERNS_BY_ANCHOR[lower]
            for needle, positions in self._all_known_positions(lower).items():
                for number in patterns_by_anchor.get(needle, ()):
                    if number not in possible:
                        continue
                    found = positions_of.get(number)
                    if found is None:
                        positions_of[number] = positions
                    else:  # a second anchor of the pattern: a new list, the index's lists stay as they are
                        positions_of[number] = sorted(set(found).union(positions))
        held = self._all_known_positions(True)
        # An unanchored pattern gated by words (`required_lower`) is tried only where one of them occurs.
        tried = [number for number, words in _GATED_UNANCHORED.items()
                 if number in possible and not words.isdisjoint(held)]
        chosen = sorted(positions_of.keys() | _ALWAYS_TRIED.intersection(possible) | set(tried))
        return [(SECRET_PATTERNS[number], positions_of.get(number)) for number in chosen]

    def anchored(self, regex: re.Pattern[str], needles: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """Matches of `regex` starting exactly at a (lower-cased) needle."""
        if self.lowered is None:
            yield from regex.finditer(self.text)
            return
        for position in self.positions(needles, lower=True):
            match = regex.match(self.text, position)
            if match:
                yield match


@dataclass(frozen=True, slots=True)
class _InnerAnchor:
    """Where an unanchored format can start: its first run of `run` characters ends where `anchor` matches.

    The regex engine tries a pattern that starts with a character class at every position of the text
    that holds one; such a format is tried only at the start of the run before each `anchor` match (a
    literal first: the engine skips ahead to it), when the run is `shortest`-`longest` characters long
    and starts with one of `first`. `written` is how the format's regex starts: a format written otherwise
    is an error at import, not a format tried in the wrong places.
    """

    written: str
    anchor: re.Pattern[str]
    run: frozenset[str]
    shortest: int
    longest: int
    first: str

    def starts(self, text: str) -> Iterator[int]:
        # An anchor that finditer skips (inside the one before) ends a run of 6 characters: too short to start one.
        for found in self.anchor.finditer(text):
            end = found.start()
            start = run_start(text, end, self.run.__contains__, self.longest)
            if start is not None and end - start >= self.shortest and text[start] in self.first:
                yield start


_BASE64URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_INNER_ANCHORS = {
    # A Discord bot token: base64 user id (24-28 characters from M, N or O) . timestamp (6) . HMAC.
    "discord_bot_token": _InnerAnchor(
        written=r"(?P<value>[MNO](?<![A-Za-z0-9_\-][MNO])[A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.",
        anchor=re.compile(r"\.[A-Za-z0-9_\-]{6}\."), run=_BASE64URL_CHARS, shortest=24, longest=28, first="MNO"),
}
for _pattern in SECRET_PATTERNS:
    if _pattern.name in _INNER_ANCHORS and not _pattern.regex.pattern.startswith(_INNER_ANCHORS[_pattern.name].written):
        raise RuntimeError(f"secrets: {_pattern.name} no longer starts as its inner anchor expects")

# Unanchored formats of one line whose every match holds a rare stretch (`anchor`), tried only on the lines that hold
# one (keywords.matches_on_lines_with): tried at every line start, the format's first test (a case-blind list of
# thirty words) cost ~13 us per KB of any text. `written` is the part of the format that makes the anchor necessary:
# a format written otherwise is an error at import.
_LINE_ANCHORS = {
    # a login, a colon, and 32 to 128 hex digits: `:` and 32 hex digits in a row
    "login_hash_line": (re.compile(r":[0-9a-fA-F]{32}"),
                        r"[A-Za-z_][\w.-]{0,31}\$?:(?P<value>[0-9a-fA-F]{128}|[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![\w.-])"),
}
for _pattern in SECRET_PATTERNS:
    if _pattern.name in _LINE_ANCHORS and not _pattern.regex.pattern.endswith(_LINE_ANCHORS[_pattern.name][1]):
        raise RuntimeError(f"secrets: {_pattern.name} no longer ends as its line anchor expects")
# Unanchored formats whose every match ends in a stretch no ordinary text holds, found reading the text backwards
# (keywords.starts_read_backwards: its one reversed copy of the text is shared, and the stretch's rare last character
# comes first there): a text without one is not searched. Same layout as `_LINE_ANCHORS`: the reversed stretch, and
# the end of the format that makes it necessary.
_STRETCH_GATES = {
    # a 64-byte key in base64: 78 or more base64 characters, then its `=` padding
    "account_key_of_64_bytes": (re.compile(r"=[A-Za-z0-9+/]{78}"),
                                r"(?P<value>[A-Za-z0-9+/]{78,100}={1,2})(?![\w+/=])"),
}
for _pattern in SECRET_PATTERNS:
    if _pattern.name in _STRETCH_GATES and not _pattern.regex.pattern.endswith(_STRETCH_GATES[_pattern.name][1]):
        raise RuntimeError(f"secrets: {_pattern.name} no longer ends as its stretch gate expects")


def _pattern_matches(pattern: SecretPattern, index: _TextIndex) -> Iterator[re.Match[str]]:
    text = index.text
    if not pattern.anchors and not pattern.anchors_lower:
        if not pattern.required_lower or index.contains(pattern.required_lower, lower=True) or index.lowered is None:
            inner = _INNER_ANCHORS.get(pattern.name)
            line_anchor = _LINE_ANCHORS.get(pattern.name)
            stretch_gate = _STRETCH_GATES.get(pattern.name)
            if stretch_gate is not None and not starts_read_backwards(stretch_gate[0], text):
                return
            if inner is not None:
                yield from matches_at_starts(pattern.regex, text, inner.starts(text))
            elif line_anchor is not None:
                yield from matches_on_lines_with(pattern.regex, text, line_anchor[0])
            elif pattern.regex in _LINE_START_REGEXES:
                yield from matches_at_line_starts(pattern.regex, text)
            else:
                yield from pattern.regex.finditer(text)
        return
    if pattern.anchors_lower and index.lowered is None:
        yield from pattern.regex.finditer(text)
        return
    positions = index.positions(pattern.anchors, lower=False) if pattern.anchors else []
    if pattern.anchors_lower:
        lowered = index.positions(pattern.anchors_lower, lower=True)
        positions = sorted(set(positions + lowered)) if positions else lowered
    yield from _matches_at_anchors(pattern, text, positions)


def _matches_at_anchors(pattern: SecretPattern, text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """`pattern`'s matches that start `pattern.back` characters before one of its anchors' `positions` (sorted)."""
    nearest, farthest = pattern.back
    last_end = -1
    if farthest == nearest == 0:  # most formats start at their anchor: one try each
        regex = pattern.regex
        for position in positions:
            if position >= last_end:
                match = regex.match(text, position)
                if match:
                    last_end = match.end()
                    yield match
        return
    for position in positions:
        if position < last_end:
            continue  # inside the previous match of this pattern
        for start in range(max(0, position - farthest), position - nearest + 1):
            if start < last_end:
                continue
            match = pattern.regex.match(text, start)
            if match:
                last_end = match.end()
                yield match
                break


_DECLARATION_WORDS = ("var ", "const ", "val ", "let ", "final ", "static ", "readonly ")
_PROSE_LOGIN_WORDS = ("creds", "credentials", "login", "log in", "sign in", "wifi", "wi-fi", "wlan", "ssid", "vpn")
# "u: jdoe p: Summer2024", "user=ops pw=x": a short password label right after a user label.
_USER_LABEL_NEEDLES = ("u:", "u=", "u :", "usr", "user", "login")
_PASSWORD_LABEL_NEEDLES = ("p:", "p=", "p :", "pw", "pass")
_USER_THEN_PASSWORD_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:u|usr|user(?:name)?|login)[ \t]*[:=][ \t]*[\w.@+\\-]{2,64}[ \t]*[,;|]?[ \t]+"
    r"(?:p|pw|pwd|pass|password)[ \t]*[:=][ \t]*(?P<value>[^\s\"'`<>]{4,128})"
)
# "admin/admin123", "root / toor99": a role account, a slash and a password (not a path: nothing after).
# Words of the same clause, then a colon and the value ("is the usual one: Spring2024").
_CLAUSE_COLON_VALUE = re.compile(r"[A-Za-z' ]{0,40}?:[ \t]+(?P<value>[^\s\"'`<>]{4,128})")
_ROLE_ACCOUNT_SLASH_PASSWORD = re.compile(
    r"(?<![\w/.@:-])(?P<user>[A-Za-z_][\w.-]{1,31})[ \t]?/[ \t]?(?P<value>[^\s/\"'`<>()\[\]{}]{4,64})(?![\w/])"
)


def _is_user_char(char: str) -> bool:
    return char.isalnum() or char in "_.-"  # `[\w.-]`: str.isalnum is the regex engine's \w but for `_`


def _user_before_slash_starts(text: str) -> Iterator[int]:
    """Where a `_ROLE_ACCOUNT_SLASH_PASSWORD` match can start: the `[\\w.-]` run before a `/` (or before a space or
    tab before it); its look-behind refuses any other start, and a run longer than the user name never matches."""
    for slash in keyword_positions(text, ("/",)):
        end = slash - 1 if slash and text[slash - 1] in " \t" else slash
        start = run_start(text, end, _is_user_char, 32)
        if start is not None and start < end:
            yield start


# The accounts default credentials are written for ("admin/admin123"); `docker/`, `user/` start image and repo names.
_DEFAULT_LOGINS = frozenset({"admin", "administrator", "root", "sa", "guest", "pi", "ubnt", "cisco"})
_DEFAULT_LOGIN_SLASHES = tuple(f"{login}{gap}/" for login in sorted(_DEFAULT_LOGINS) for gap in ("", " "))
# Every gap `_user_before_slash_starts` allows: where a role account can stand before its slash.
_DEFAULT_LOGIN_ANY_GAP = tuple(f"{login}{gap}/" for login in sorted(_DEFAULT_LOGINS) for gap in ("", " ", "\t"))


# "root:Tr0ub4dor", "admin: Welcome#1": a role account, a colon and a password. `chown root:wheel` and scopes such as
# `admin:org` are words, `root:x:0:0:` a passwd line and `root:$6$...` a hash (found by its format): the value must
# mix letters with a digit or a password symbol, and nothing but the end of the pair may follow it.
_DEFAULT_LOGIN_COLONS = tuple(f"{login}{gap}:" for login in sorted(_DEFAULT_LOGINS) for gap in ("", " "))
_ROLE_ACCOUNT_COLON_PASSWORD = re.compile(  # tried where a `_DEFAULT_LOGIN_COLONS` needle starts
    r"(?i)(?<![\w/.@:$-])(?:" + "|".join(sorted(_DEFAULT_LOGINS)) + r")[ \t]?:[ \t]?"
    r"(?P<value>[^\s:/\\\"'`<>()\[\]{},;.$*!][^\s:/\\\"'`<>()\[\]{},;]{3,63})(?![^\s.,;!?)\]])")


# The symbols that make a word of letters a password after a role account (`root:Tr0ub4dor`, "admin / Harbor&Kite").
_ROLE_PASSWORD_SYMBOLS = frozenset("!#$%^&*+?~@")


def _role_account_colon_passwords(text: str, starts: Iterable[int]) -> Iterator[Span]:
    """The password of a role account written `user:password` (doubtful: only the account name vouches for it);
    `starts`: where the `_DEFAULT_LOGIN_COLONS` needles start, ascending."""
    for match in matches_at_starts(_ROLE_ACCOUNT_COLON_PASSWORD, text, starts):
        value = match.group("value").rstrip(".?")  # a sentence's end; "!" ends many passwords
        if (any(c.isalpha() for c in value) and any(c.isdigit() or c in _ROLE_PASSWORD_SYMBOLS for c in value)
                and not is_placeholder_value(value) and not VERSION_VALUE.match(value)
                and not looks_like_code_reference(value)):
            yield Span(match.start("value"), match.start("value") + len(value), "PASSWORD", CATEGORY,
                       DOUBTFUL_SCORE, DETECTOR_NAME)


def _default_login_starts_a_word(index: "_TextIndex") -> bool:
    """Whether a default account name before a slash starts a run of user characters somewhere (`admin/`, not
    the `pi/` of `api/v1`): a role-account password is found only after one."""
    text = index.text
    return any(at == 0 or not _is_user_char(text[at - 1])
               for at in index.positions(_DEFAULT_LOGIN_ANY_GAP, lower=True))
_RECOVERY_CUE_WORDS = ("recovery", "backup", "2fa", "mfa", "one-time", "one time")
# Locks opened by a code: what follows "is" after them is the code ("the key safe by the door is 2580"), and so are
# the panels and doors people open with one ("the alarm is 6142", "garage one is 2276#").
_CODED_LOCK_WORDS = ("safe", "lockbox", "lock box", "padlock", "combination", "combo", "alarm", "keypad", "garage",
                     "gate")
# The code words of other languages: German compounds name what the code opens (`Türcode`; a bare `…code` is also
# `Quellcode`, `Statuscode`), French `digicode`, and a Romance "code of the door" (`código de la puerta`, `code
# d'accès du portail`, `codice del cancello`): the noun after the preposition says it opens something (`código
# postal` does not).
_CODE_WORDS_ABROAD = ("türcode", "torcode", "alarmcode", "zugangscode", "eingangscode", "garagencode", "tresorcode",
                      "schlosscode", "pin-code", "pincode", "digicode", "código", "codigo", "codice", "code d")
_OPENED_BY_A_CODE_ABROAD = (
    r"puerta|port[oó]n|garaje|alarma|acceso|entrada|porta|port[ãa]o|alarme|acesso|portail|porte|garage|acc[eè]s"
    r"|entr[ée]e|immeuble|b[aâ]timent|cancello|allarme|accesso|ingresso|cancelo|edificio|pr[ée]dio")
# One-time codes in messages ("your verification code is 482913", "OTP 551204", "reset code: 9QX-4TZ"):
# the first code-shaped token shortly after the cue, on its line.
_ONE_TIME_CODE_WORDS = ("code", "otp", "pin", "passcode", "totp", *_CODED_LOCK_WORDS, *_CODE_WORDS_ABROAD)
# What a code opens or confirms: "door code", "alarm pin", "admin-PIN", and the first column of a `| Door | Code |`
# table.
_CODE_QUALIFIERS = (
    r"verification|verify|reset|security|login|sign[ -]?in|auth(?:entication|orization)?|"
    r"confirmation|access|sms|2fa|mfa|otp|one[ -]time|totp|wi-?fi|door|alarm|sim|gate|keypad|lock|lockbox|safe|"
    r"garage|entry|voicemail|unlock|card|atm|key[ -]?safe|copier|photocopier|printer|building|locker|intercom|buzzer|"
    r"panel|disarm|admin|master")
_ONE_TIME_CODE_CUE = re.compile(
    r"(?i)(?<![\w-])(?:(?:" + _CODE_QUALIFIERS + r")[ \t_-]?(?:codes?|pins?)"
    r"|otp|pins?|passcodes?|totp"
    r"|(?P<lock>key[ -]?safe|lock[ -]?box|padlock|(?:combination|combo)(?:[ -]lock)?|alarm(?:[ -]panel)?"
    r"|garage(?:[ -]door)?|gate|(?P<keypad>keypad|digicode"
    r"|(?:haus)?(?:tür|tor|alarm|zugangs|eingangs|garagen|tresor|schloss|pin)-?code"
    r"|(?:código|codigo|codice|code)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|del|della|dell['’]|de|di|d['’]|du|da|do|des)"
    r"[ \t]*(?:" + _OPENED_BY_A_CODE_ABROAD + r"))))(?![\w-])")
# A bare "code" is exit/status/error codes: it needs a qualifier. A coded lock needs none ("the key safe is 2580");
# after a keypad, or a code word that names what it opens, the code may follow at once ("front door keypad 481930").
# A keypad code ends with its enter key ("3344#"), and some door codes end with a letter (`4417B`).
_ONE_TIME_CODE = re.compile(
    r"(?<![\w-])(?:\d{3,4}[ -]\d{3,4}|\d{4,10}[A-Z]?[#*]?|[A-Z0-9]{3,6}-[A-Z0-9]{3,6})(?![\w-])")
# "the pin for the door keypad is 4827": the cue is the subject, a few words qualify it, the code is the predicate,
# in the languages password_numbers.py reads ("der Türcode lautet 2580", "el código de la puerta es 4417"). English
# "to" is left out: "set the alarm to 0630" is a time.
_CODE_AFTER_QUALIFIERS = re.compile(
    r"(?P<words>(?:[ \t]+[^\W\d_][\w'’-]{0,19}){0,5}?)[ \t]*(?:\b(?:is|was|ist|lautet|war|est|es|era|é|è|är|er|jest)"
    r"(?![\w])|:|=)[ \t]*")
_CODE_RIGHT_AFTER = re.compile(r"[ \t]*:?[ \t]*")
# Words between the cue and "is" that make the number a measure of the code, not the code ("the pin count is 1024").
_CODE_MEASURE_WORDS = frozenset(
    "count length size limit digits characters chars attempts tries version year years format policy width".split())
# A number followed by a unit is a measure ("is 1024 bytes").
_CODE_UNIT_AFTER = re.compile(
    r"[ \t]*(?:digits?|characters?|chars|attempts?|tries|times|days?|hours?|minutes?|mins?|seconds?|secs?|ms|bytes?"
    r"|bits?|pins?|lines?|items?|people|users?|%)\b", re.IGNORECASE)
# After a bare cue ("pin", "otp": also verbs and words of other meanings) the code follows at once.
_BARE_CODE_CUES = frozenset({"otp", "pin", "pins", "passcode", "passcodes", "totp"})
_CODE_CONNECTOR = re.compile(r"[ \t]*(?:(?:is|was|:|=|#|number|no\.?)[ \t]*)?")
_ONE_TIME_CODE_WINDOW = 40


def _code_after_qualifiers(text: str, cue_end: int, line_end: int) -> Iterator[Span]:
    """A code as the predicate of a sentence whose subject is the cue: "the pin for the door keypad is 4827".

    Only words (no numbers, no sentence end) stand between the cue and "is"/":"; a measure word among them
    ("the pin count is 1024") or a unit after the number ("is 4096 bytes") makes it a measure. Doubtful: the
    cue is a few words away, so the wire redacts it and an audit does not report it.
    """
    clause = _CODE_AFTER_QUALIFIERS.match(text, cue_end, line_end)
    if clause is None:
        return
    if any(word.lower() in _CODE_MEASURE_WORDS for word in clause.group("words").split()):
        return
    code = _ONE_TIME_CODE.match(text, clause.end(), line_end)
    if code and code.group(0)[0].isdigit() and _ends_a_code_clause(text, code.end(), line_end):
        yield Span(code.start(), code.end(), "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _ends_a_code_clause(text: str, code_end: int, line_end: int) -> bool:
    """Whether the code ending at `code_end` ends its clause: no unit after it ("is 4096 bytes") and no rarer word,
    the noun a number counts or qualifies ("the alarm is 2024 model"); a function word may follow ("for the back")."""
    if _CODE_UNIT_AFTER.match(text, code_end, line_end):
        return False
    word_after = _WORD_AFTER_CODE.match(text, code_end, line_end)
    return word_after is None or frequent_in_any(word_after.group("word").lower(), FUNCTION_WORD_LANGUAGES,
                                                 FUNCTION_WORD_ZIPF)


_WORD_AFTER_CODE = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
# "user root pass toor123", "login admin pw Secr3t!", "test account: qa pass x": a password abbreviated right after a user name.
_USER_THEN_PASS_WORDS = ("pass ", "pw ", "pwd ", "p/w ", "pass:", "pw:", "pwd:")
_USER_THEN_PASS = re.compile(
    r"(?i)(?<![\w-])(?:user(?:name)?|login|as|account)[ \t:=]+[\w.@-]{1,64}[ \t,;/]+(?:and[ \t]+)?(?:pass|pw|pwd|p/w)[ \t:=]+"
    r"(?P<value>[^\s\"'`<>]{4,128})")
# A password label alone on its line, the password alone on the next ("Password\nTr1cky-Gate42").
_LABEL_LINE_THEN_VALUE = re.compile(
    r"(?im)^[ \t]*(?:\w+[ \t]+)?(?:password|passwort|passphrase|passcode|pwd|pw|pass)[ \t]*:?[ \t]*\r?\n"
    r"[ \t]*(?P<value>[^\s\"'`<>]{4,128})[ \t]*\r?$")

# Catalogue pattern numbers by anchor literal (case-sensitive: False, lower-cased: True), and those without anchors.
_PATTERNS_BY_ANCHOR: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}
for _number, _pattern in enumerate(SECRET_PATTERNS):
    for _anchor in _pattern.anchors:
        _PATTERNS_BY_ANCHOR[False].setdefault(_anchor, []).append(_number)
    for _anchor in _pattern.anchors_lower:
        _PATTERNS_BY_ANCHOR[True].setdefault(_anchor, []).append(_number)
_UNANCHORED_PATTERNS = frozenset(number for number, pattern in enumerate(SECRET_PATTERNS)
                                 if not pattern.anchors and not pattern.anchors_lower)
# Unanchored patterns that start with `^` (MULTILINE) are tried at line starts only (keywords.matches_at_line_starts).
_LINE_START_REGEXES = frozenset(SECRET_PATTERNS[number].regex for number in _UNANCHORED_PATTERNS
                                if starts_at_line_start(SECRET_PATTERNS[number].regex))

# A hex key (32 to 64 digits, one case) after the word "key" in any of several languages, on its line or alone
# on the next: "the geocoder key=8aa5...", "API-Schlüssel lautet 646c...", "llave de API: 2f22...".
_HEX_KEY_WORDS = tuple(term_list("hex_key_words"))
_HEX_KEY_TRIGGERS = frozenset(_HEX_KEY_WORDS)
_HEX_KEY_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in sorted(_HEX_KEY_WORDS, key=len, reverse=True):
    _HEX_KEY_WORDS_BY_FIRST[_word[0]] = (*_HEX_KEY_WORDS_BY_FIRST.get(_word[0], ()), _word)
_HEX_KEY_VALUE = re.compile(r"(?<![0-9A-Za-z_+/\-])(?:[0-9a-f]{32,64}|[0-9A-F]{32,64})(?![0-9A-Za-z_+/=\-])")
_HEX_KEY_ALONE = re.compile(r"[ \t]*[\"'`]?(?P<value>[0-9a-f]{32,64}|[0-9A-F]{32,64})[\"'`,;]?[ \t]*\r?$")
# The key is a digest or an id, not a credential: a cache or idempotency key, a public key, a commit or a checksum.
_HEX_KEY_QUALIFIER_DENIED = re.compile(
    r"(?i)(?:cache|idempotency|primary|foreign|object|partition|sort|row|dedup|dedupe|lookup|hash|dict|map|composite|"
    r"unique|index|public|pub|host|routing|shard|s3|gpg|pgp|ssh|license|licence|product|registry)[ \t_-]*$")
_HEX_KEY_DIGEST_CONTEXT = re.compile(
    r"(?i)(?<![a-z])(?:commit|sha\d*|hash(?:es)?|checksum|digest|integrity|md5|etag|rev(?:ision)?|fingerprint|"
    r"merkle|blob|tree|object id|trace|span|request[ _-]?id|correlation|idempotency|uuid|cache|resolved)(?![a-z])")
_HEX_KEY_REACH = 80  # the value follows its key word closely on the line


# Every literal the rules anchor on, case-sensitive (False) and in the lower-cased text (True).
_KNOWN_NEEDLES: dict[bool, _NeedleSet] = {
    # Line breaks are left to str.find (memchr): one automaton hit per line would cost more.
    False: _NeedleSet([anchor for pattern in SECRET_PATTERNS for anchor in pattern.anchors] + ["--"]),
    True: _NeedleSet([anchor for pattern in SECRET_PATTERNS for anchor in pattern.anchors_lower]
                     + [*_STEM_WORDS, *_LABEL_WORDS, *_COOKIE_ATTRIBUTES, *_PASSWORD_NOUNS, *_PROSE_WORDS_CLAUSE, *_PROSE_WORDS,
                        *_PROXIMITY_WORDS, *_DECLARATION_WORDS, "key ", *_PROSE_LOGIN_WORDS, *_RECOVERY_CUE_WORDS,
                        *_ONE_TIME_CODE_WORDS, *_USER_THEN_PASS_WORDS,
                        "key", "name", "variable",
                        # gates: whether a rule can match at all (_TextIndex.contains)
                        *(word for pattern in SECRET_PATTERNS for word in pattern.required_lower),
                        *_SECRET_PRINTING_NEEDLES, *_DEFAULT_LOGIN_ANY_GAP, *_DEFAULT_LOGIN_COLONS, *_PASSWORD_LABEL_NEEDLES,
                        *_USER_LABEL_NEEDLES, *_PASSWORD_SENTENCE_CUES, *_HEX_KEY_WORDS]),
}

# What each family of rules needs in the lower-cased text before it can find anything: the needles it
# anchors on (all of them in `_KNOWN_NEEDLES[True]`, so the one literal pass answers for every family).
# A family whose needles the text does not hold is not run at all (`_TextIndex.may_hold`): a short
# segment holds few of them, and asking each rule in turn cost more than the rules did.
_ASSIGNMENT_TRIGGERS = frozenset(_STEM_WORDS)
_NAME_VALUE_TRIGGERS = frozenset({"name", "key"})
_PROSE_TRIGGERS = frozenset(_PROSE_WORDS)
_DECLARATION_TRIGGERS = frozenset({
    *_DECLARATION_WORDS, *_STEM_WORDS, *_PASSWORD_NOUNS, *_PROSE_WORDS_CLAUSE, "key", *_LABEL_WORDS,
    *_PROSE_LOGIN_WORDS, *_DEFAULT_LOGIN_SLASHES, *_DEFAULT_LOGIN_COLONS, *_PASSWORD_LABEL_NEEDLES, *_COOKIE_ATTRIBUTES,
    *_RECOVERY_CUE_WORDS, *_ONE_TIME_CODE_WORDS, *_USER_THEN_PASS_WORDS})
_PASSWORD_SENTENCE_TRIGGERS = frozenset(_PASSWORD_SENTENCE_CUES)
_PROXIMITY_TRIGGERS = frozenset(_PROXIMITY_WORDS)
_KEY_WORD_TRIGGERS = frozenset({"key "})
_KEY_LINE_TRIGGERS = frozenset({"key"})
# "here's the AES-256 encryption key:" ending its line, the key alone on the next.
_KEY_ENDS_LINE = re.compile(r"key[ \t]*:?[ \t]*\r?\n")
_NAMED_KEY_BEFORE = re.compile(
    r"(?:(?P<material>encryption|aes(?:-?\d{3})?|hmac|signing|master|kms|data|wrapping|cipher|crypto|decryption|"
    r"symmetric|fernet|jwt)|secret|api|access|private|license|webhook|app|client)[ _-]?$"
)
# Unanchored catalogue patterns gated by words (`required_lower`): the pattern number and its words.
_GATED_UNANCHORED = {number: frozenset(SECRET_PATTERNS[number].required_lower) for number in _UNANCHORED_PATTERNS
                     if SECRET_PATTERNS[number].required_lower}
_ALWAYS_TRIED = frozenset(_UNANCHORED_PATTERNS - _GATED_UNANCHORED.keys())
# Every format of the catalogue in one Hyperscan database: which of them can match a text (regex_prefilter.py).
_CATALOGUE_PREFILTER = RegexPrefilter([pattern.regex for pattern in SECRET_PATTERNS])
_ALWAYS_TRIED_PATTERNS: list[tuple[SecretPattern, list[int] | None]] = [
    (SECRET_PATTERNS[number], None) for number in sorted(_ALWAYS_TRIED)]
_UNKNOWN_TRIGGERS = frozenset().union(
    _ASSIGNMENT_TRIGGERS, _NAME_VALUE_TRIGGERS, _PROSE_TRIGGERS, _DECLARATION_TRIGGERS, _PASSWORD_SENTENCE_TRIGGERS,
    _PROXIMITY_TRIGGERS, _KEY_WORD_TRIGGERS, *_GATED_UNANCHORED.values()) - _KNOWN_NEEDLES[True].needles
if _UNKNOWN_TRIGGERS:  # a gate on a needle the literal pass never reports would skip its family on every text
    raise RuntimeError(f"secrets: trigger needles missing from the literal pass: {sorted(_UNKNOWN_TRIGGERS)}")


# Words that make a table header cell worth classifying as a key (secret_columns.py): those the literal pass finds
# (`keypass`, `rootpw` are found by the `pass`, `pw` inside them).
_COLUMN_HEADER_WORDS = tuple(sorted(word for word in _PASSWORD_WORDS | _PASSWORD_LAST_ONLY | _SECRET_WORDS | {"key"}
                                    if word in _KNOWN_NEEDLES[True].needles))

_COLUMN_LAST_WORDS = tuple(sorted(_PASSWORD_WORDS | _PASSWORD_LAST_ONLY | _SECRET_WORDS | {"key"}))
# A cell under a header naming a stored password hash (`password_hash`, `authentication_string`): the header vouches
# for it, not its shape (password_hash_columns.py).
_HASH_COLUMN_SCORE = 0.8
# A column of PINs (`user,pin`, `| Door | Code PIN |`): no setting is named so (`pin: 17` is a GPIO pin), but a
# column of 4-10 digit numbers under it is one code per row.
_PIN_COLUMN_WORDS = ("pin", "pins", "pincode", "passcode", "passcodes")
_PIN_CELL = re.compile(r"\d{4,10}[#*]?")
# A column headed `Code` holds codes of locks when the header or the row names what it opens (`| Door | Code |`,
# `Front gate,4471`); under `| Country | Code |` or `| Status | Code |` it holds other numbers.
_CODE_COLUMN_WORDS = ("code", "codes")
_CODE_QUALIFIER_WORD = re.compile(r"(?i)(?<![\w-])(?:" + _CODE_QUALIFIERS + r")s?(?![\w-])")
_SECRET_AND_PIN_HEADER_WORDS = tuple(dict.fromkeys(
    _COLUMN_HEADER_WORDS + _PIN_COLUMN_WORDS + _CODE_COLUMN_WORDS + tuple(word for word in PASSWORD_HEADER_WORDS
                                                     if word in _KNOWN_NEEDLES[True].needles)))


def _inside_found(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one region of `covered` (sorted, disjoint): already found."""
    at = bisect.bisect_right(covered, (start, float("inf"))) - 1
    return at >= 0 and covered[at][1] >= end


def _lock_code_cells(text: str, label_start: int, label_end: int) -> Iterator[tuple[int, int]]:
    """The PIN-like cells under a `Code` header whose header line, or whose own row, names what a code opens."""
    header_start = text.rfind("\n", 0, label_start) + 1
    header_end = text.find("\n", label_end)
    named_in_header = _CODE_QUALIFIER_WORD.search(text, header_start, len(text) if header_end == -1 else header_end)
    for start, end in secret_column_cells(text, label_start, label_end):
        if not _PIN_CELL.fullmatch(text, start, end):
            continue
        if not named_in_header:
            row_end = text.find("\n", end)
            if not _CODE_QUALIFIER_WORD.search(text, text.rfind("\n", 0, start) + 1, len(text) if row_end == -1 else row_end):
                continue
        yield start, end


class SecretsDetector:
    """Finds credentials: catalogue formats, secret-ish assignments and entropy near keywords.

    Knobs:
      entropy_threshold: minimum Shannon entropy (bits/char) for values that
        have no validated format (generic keys, proximity candidates).
      min_length: minimum length of a generic (non-password) secret value; a value up to two characters
        shorter whose letters and digits interleave ("1a7b3d") is kept with a doubtful score.
      min_password_length: minimum length of a value under a password key.
      proximity_window: how many characters after a keyword are searched for
        a high-entropy token; 0 disables the proximity rule.
      use_kingfisher: also run the maintained Kingfisher catalogue (default;
        off only to measure what it adds).
      random_tokens: also take a long generated-looking token with no format
        or key word around it for a credential, with a doubtful score (wire
        only; see `_random_token_spans`).
    """

    name = DETECTOR_NAME

    def __init__(
        self,
        entropy_threshold: float = 3.0,
        min_length: int = 8,
        min_password_length: int = 4,
        proximity_window: int = 48,
        use_kingfisher: bool = True,
        random_tokens: bool = True,
    ) -> None:
        self.entropy_threshold = entropy_threshold
        self.random_tokens = random_tokens
        self.use_kingfisher = use_kingfisher
        if use_kingfisher:
            KingfisherCatalogue.shared()  # load at start-up (~0.4 s once per process), not on the first request
        self.min_length = min_length
        self.min_password_length = min_password_length
        self.proximity_window = proximity_window

    # ------------------------------------------------------------ public
    def detect(self, item: DetectionInput) -> list[Span]:
        if not item.text:
            return []
        with values_judged_once():  # a value the text repeats is judged once (secret_values.py)
            return self._detect(item)

    def _detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        index = _TextIndex(text)
        not_shown: list[Span] = []
        spans = list(self._catalogue_spans(index, not_shown))
        # What the rules found so far, as regions: later rules skip what is covered (one merge, at the end).
        # Most segments are short and hold nothing: regions are recomputed only when a rule added a span.
        covered = covered_regions(spans) if spans else []
        if self.use_kingfisher:
            added = list(self._kingfisher_spans(text, covered, covered_regions(not_shown) if not_shown else []))
            if added:
                spans.extend(added)
                covered = covered_regions(added, covered)
        index.remember_found(covered)
        added = list(self._keyword_spans(index))
        if added:
            spans.extend(added)
            covered = covered_regions(added, covered)
        if index.lowered is None:
            added = list(password_sentence_spans(text, text.lower(), covered))
        elif index.may_hold(_PASSWORD_SENTENCE_TRIGGERS):  # the cues' positions come from the one literal pass
            added = list(password_sentence_spans(text, index.lowered, covered, index.lowered_needle_positions()))
        else:
            added = []
        if " / " in text:  # `ana@contoso.com / Lima.4521`: an account's two halves with no password word
            added.extend(shaped_pair_spans(text, covered, is_password_word))
        added.extend(role_login_password_spans(text, covered, index.lowered))  # `admin Pelican4410` (passwords_after_role_logins.py)
        if added:
            spans.extend(added)
            covered = covered_regions(added, covered)
        if index.lowered is not None:  # the value slot of a password label in any language (password_slots.py)
            added = list(password_slot_spans(text, index.lowered, covered))
            found = spans + added
            if (any(span.kind == "PASSWORD" for span in found) or index.may_hold(_PASSWORD_SENTENCE_TRIGGERS)
                    or names_a_password(index.lowered)):
                # a list of pairs whose values are mostly passwords holds passwords (password_lists.py)
                added.extend(password_list_spans(text, found, covered_regions(added, covered)))
            if added:
                spans.extend(added)
                covered = covered_regions(added, covered)
        if self.proximity_window > 0:
            added = list(self._proximity_spans(index, covered)) if index.may_hold(_PROXIMITY_TRIGGERS) else []
            if index.may_hold(_KEY_WORD_TRIGGERS):
                added.extend(self._key_word_spans(index))
            if index.lowered is not None and index.may_hold(_KEY_LINE_TRIGGERS):
                added.extend(self._key_line_then_value_spans(index, covered))
            if index.lowered is not None and index.may_hold(_HEX_KEY_TRIGGERS):
                added.extend(_hex_key_spans(index, covered))
            # A short generated value right after its word, or after a word of a script without spaces.
            added.extend(Span(start, end, "GENERIC_SECRET", CATEGORY, score, DETECTOR_NAME)
                         for start, end, score in values_after_secret_words(text, index.lowered or text.lower())
                         if not _inside_found(covered, start, end))
            if added:
                spans.extend(added)
                covered = covered_regions(added, covered)
        if self.random_tokens and len(text) >= _SHORT_TOKEN_MIN:
            layout = _token_layout(text)  # one layout for the long and the short token runs
            added = list(self._random_token_spans(index, covered, layout))
            if added:
                spans.extend(_with_partnered_formats(text, added))
                covered = covered_regions(added, covered)
            spans.extend(_with_partnered_formats(text, list(self._short_random_token_spans(text, covered, layout))))
        if item.field_name and item.segment_kind == "json_value":
            spans.extend(self._field_name_spans(text, item.field_name))
        if index.lowered is not None and "\n" in text:  # a table has a header line and rows below it
            spans.extend(self._secret_column_spans(index, covered))
        if text.count("\n") >= 2:  # a header, a rule line or a row, and a row (password_hash_columns.py)
            spans.extend(Span(start, end, "PASSWORD_HASH", CATEGORY, _HASH_COLUMN_SCORE, DETECTOR_NAME)
                         for start, end in password_hash_cells(text)
                         if not _inside_found(covered, start, end))
        if text.count("\n") >= 2:  # a column of generated values, whatever its header says (secret_columns.py)
            spans.extend(Span(start, end, "GENERIC_SECRET", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                         for start, end in random_value_cells(text) if not _inside_found(covered, start, end))
        if spans and ("," in text or ";" in text or " and " in text or " & " in text):
            # "door code is 4471, gate is 1192": the items after a found code or password (credential_lists.py)
            spans.extend(listed_after(text, list(spans), is_password_word))
        if spans and (" and " in text or " or " in text or "," in text or "/" in text):
            # "codes tried: 731904 and Harbour2031": a bare alternative right after a found code (access_codes.py)
            spans.extend(bare_alternatives_after(text, list(spans), is_password_word))
        spans.extend(self._access_code_spans(index, covered))
        if index.contains(FORM_CONTROL_NEEDLES, True):  # `- textbox "Passwort" [ref=e7]: x` (form_field_values.py)
            spans.extend(form_field_spans(text, covered_regions(spans), is_secret_key_name))
        if may_hold_typed_password(text):  # `cy.get('#pass').type('x')`, `-u jdoe -p x` (typed_credentials.py)
            spans.extend(typed_password_spans(text, covered_regions(spans)))
        if item.segment_kind == "prose" and index.lowered is not None:
            # a password-shaped token near a credential word, a code replying in a thread (credential_neighbourhoods.py)
            spans.extend(credential_neighbourhood_spans(text, index.lowered, covered_regions(spans)))
        if "\n" in text:  # "Family passwords:\nNETFLIX — chidi&ada": items under a credential heading
            lowered = index.lowered if index.lowered is not None else lowered_same_length(text)
            spans.extend(scoped_credential_spans(text, lowered, covered))
        if "\n" in text and ("  " in text or "\t" in text):  # `https://router.home  admin  RZKtqwPmnbVx` rows
            spans.extend(Span(start, end, "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                         for start, end in saved_login_values(text) if not _inside_found(covered, start, end))
        if "\t" in text:  # Netscape cookie-file lines (secret_cookie_jars.py; pre-check: a tab)
            spans.extend(Span(start, end, "SESSION_COOKIE", CATEGORY, COOKIE_JAR_SCORE, DETECTOR_NAME)
                         for start, end in find_cookie_jar_values(text))
        if spans and ":" in text:  # `KEYID:secret`: the id half of a pair whose secret half was found
            spans.extend(_key_id_halves(text, spans))
        if "&" in text:  # before the URLs are made whole: a URL's parameters are secret_urls.py's to judge
            spans = [_before_query_parameters(text, span) for span in spans]
        if "aws4_request" in text:  # before the URLs are made whole, like the parameters above
            spans = [_before_credential_scope(text, span) for span in spans]
        if "://" in text:  # a URL that carries a secret is redacted whole (secret_urls.py; pre-check: "://")
            spans = secret_url_spans(text, _with_cookie_names(text, _with_validity_checked(text, spans)))
        elif not spans:
            return []
        else:
            spans = _with_cookie_names(text, _with_validity_checked(text, spans))
        return merge_spans(_without_placeholders(text, spans)) if spans else []

    @staticmethod
    def _access_code_spans(index: _TextIndex, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """Codes in sentences about getting in: "unlocks with 660173", "604417 at the keypad" (access_codes.py)."""
        lowered = index.lowered if index.lowered is not None else lowered_same_length(index.text)
        yield from code_after_unlock_verb(index.text, lowered, covered, is_password_word)
        yield from code_before_its_lock(index.text, lowered, covered)
        yield from codes_at_locks(index.text, covered)  # "la puerta es 3587", "kluis: 0746" (lock_codes.py)
        yield from spelled_codes(index.text)  # "password is capital tango mike ... dash two eight" (code_spellings.py)
        yield from recovery_code_spans(index.text, covered)  # backup-code lists, seed phrases (recovery_codes.py)

    def _secret_column_spans(self, index: _TextIndex, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """The cells under a table header that names a credential (`user,password`, `| Login | Initial PW |`):
        each judged as the value of a setting of that name (secret_columns.py)."""
        text = index.text
        for label_start, label_end in secret_header_cells(text, index.positions(_SECRET_AND_PIN_HEADER_WORDS,
                                                                                 lower=True)):
            label_parts = identifier_parts(text[label_start:label_end])  # none for a label in another script
            if label_parts and label_parts[-1].lower() in _CODE_COLUMN_WORDS:
                yield from (Span(start, end, "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                            for start, end in _lock_code_cells(text, label_start, label_end))
                continue
            if label_parts and label_parts[-1].lower() in _PIN_COLUMN_WORDS:
                yield from (Span(start, end, "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                            for start, end in secret_column_cells(text, label_start, label_end)
                            if _PIN_CELL.fullmatch(text, start, end))
                continue
            kind = _classify_key(text[label_start:label_end])
            if names_password_column(text[label_start:label_end]):
                kind = "PASSWORD"  # `Kennwort`, `contraseña`, `mot de passe`: a label of any language
            elif kind is None or not label_parts[-1].endswith(_COLUMN_LAST_WORDS):
                continue  # `password_changed_at`, `token_expiry`: a column about the secret holds no secret
            for start, end in secret_column_cells(text, label_start, label_end):
                if _inside_found(covered, start, end):
                    continue  # already found (a token's format)
                span = self._judge(text, start, end, kind, quoted=False)
                if span is None and kind == "PASSWORD" and _PIN_CELL.fullmatch(text, start, end):
                    # a PIN-like password under a password header (`_judge` asks for the key right before it)
                    span = Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                elif span is None and (kind == "PASSWORD" or label_parts[-1].lower() in ("secret", "secrets")) and (
                        is_passphrase_cell(text[start:end])):
                    # "heron by the mill pond": a phrase under a password header (passphrase_cells.py)
                    span = Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                if span is not None:
                    yield span

    # --------------------------------------------------------- catalogue
    def _catalogue_spans(self, index: _TextIndex, not_shown: list[Span] | None = None) -> Iterator[Span]:
        """The catalogue's findings; those Kingfisher can add nothing to also go to `not_shown`: a whole
        structure (_WHOLE_STRUCTURE) or a kind in _KINGFISHER_ADDS_NOTHING_TO."""
        text = index.text
        for pattern, positions in index.patterns_to_try():
            has_value = "value" in pattern.regex.groupindex
            matches = _pattern_matches(pattern, index) if positions is None else _matches_at_anchors(
                pattern, text, positions)
            for match in matches:
                start, end = match.span("value") if has_value else match.span()
                if pattern.refine is not None:
                    refined = pattern.refine(text, match, start, end)
                    if refined is None:
                        continue
                    start, end = refined
                if end <= start:
                    continue
                score = pattern.score
                if end - start < 256 and is_masked(text[start:end]):
                    score = doubted(score)  # `ghp_xxxxxxxx...`: likely a redacted example, but the shape is a token
                span = Span(start, end, pattern.kind, CATEGORY, score, DETECTOR_NAME)
                if not_shown is not None and (pattern.refine in _WHOLE_STRUCTURE
                                              or pattern.kind in _KINGFISHER_ADDS_NOTHING_TO):
                    not_shown.append(span)
                yield span

    def _kingfisher_spans(self, text: str, own: list[tuple[int, int]], not_shown: list[tuple[int, int]]
                          ) -> Iterator[Span]:
        """The maintained catalogue's findings that our own formats (`own`: covered regions) do not already cover.

        The catalogue is not shown the `not_shown` regions (whole URLs and connection strings our formats
        found, AWS key ids; kingfisher_catalogue.py: known regions): what it finds in one is a part of it (a
        URL's password), and every candidate is what a scan costs. Other spans of ours are shown: the
        catalogue's span of the same token may reach further (`xoxe.xoxp-...`, a cookie's name).
        """
        own_starts = [start for start, _ in own]
        for span in KingfisherCatalogue.shared().spans(text, not_shown):
            at = bisect.bisect_right(own_starts, span.start) - 1
            if at >= 0 and own[at][1] >= span.end:
                continue  # inside one of our spans: nothing to add
            if span.kind == "PRIVATE_KEY" and _only_prose_beside(text, span.start, span.end, own):
                continue
            value = text[span.start:span.end]
            if len(value) < 256 and (is_placeholder_value(value) or is_masked(value)):
                span = Span(span.start, span.end, span.kind, span.category, doubted(span.score), span.detector)
            yield span

    # ---------------------------------------------------- keyword context
    def _keyword_spans(self, index: _TextIndex) -> Iterator[Span]:
        if index.may_hold(_ASSIGNMENT_TRIGGERS):
            yield from self._assignment_spans(index)
        if index.may_hold(_NAME_VALUE_TRIGGERS):
            yield from self._name_value_spans(index)
        if contains_any(index.text, ("</",)):
            yield from self._xml_element_spans(index)
        yield from self._layout_pair_spans(index)
        if contains_any(index.text, ("variable",)):
            yield from self._hcl_default_spans(index)
        if contains_any(index.text, ("--",)):
            yield from self._cli_flag_spans(index)
        if index.may_hold(_PROSE_TRIGGERS):
            yield from self._prose_spans(index)
        if index.may_hold(_DECLARATION_TRIGGERS) or "0x" in index.text:
            yield from self._declaration_and_pair_spans(index)
        yield from self._password_shaped_spans(index)
        if "\n" in index.text:
            yield from self._secret_command_output_spans(index)

    def _password_shaped_spans(self, index: _TextIndex) -> Iterator[Span]:
        """A word only a person picks as a password, whatever the words around it: `Bk!2024-nightly`, `Tr0ub4dor&3`.

        Letters, a digit and a symbol people put in passwords (`!#$%^&*+?~@`), 8-64 characters, standing
        alone between spaces, quotes or backticks (chat: "creds are admin / Tr0ub4dor&3", "use svc_backup
        with Bk!2024-nightly"). Code rarely writes such a word: its operators come with brackets, `=`,
        `/` or `:`, which end the shape. No key word vouches for it, so it is doubtful: the wire
        redacts it, an audit does not report it.
        """
        text = index.text
        for match in _password_shaped_words(text):
            value = match.group("value")
            if sum(ch.isalpha() for ch in value) < 2 or value[0] in "#$@&*!+?~^%" or "$" in value[:3]:
                continue  # markdown/CSS/shell sigils (`#ff00aa`, `$HOME1`, `**note**`)
            at = value.find("@")
            if at > 0 and (_DOMAIN_AFTER_AT.match(value, at + 1) or value[at + 1:at + 2] in "^~<>=*" or
                           value[at + 1:at + 2].isdigit()):
                continue  # an e-mail address, user@host, a package spec (`jwa@^1.4.1`)
            if "." in value and any(ch in value for ch in "*+%^"):
                continue  # an expression in code (`5*time.Second`)
            if is_placeholder_value(value) or looks_like_code_reference(value):
                continue
            if is_record_segment(text, match.start("value"), match.end("value")):
                # `INS*Y*18*021*28*A***FT~`: an EDI segment, not a password; only its elements that can be a reference
                for element_start, element_end in reference_elements(text, match.start("value"), match.end("value")):
                    yield Span(element_start, element_end, "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                continue
            yield Span(match.start("value"), match.end("value"), "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)

    @staticmethod
    def _user_then_password_labels(index: _TextIndex) -> Iterator[re.Match[str]]:
        """`_USER_THEN_PASSWORD_LABEL` tried only where a user label starts."""
        lowered = index.lowered
        for position in index.positions(_USER_LABEL_NEEDLES, lower=True):
            if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-"):
                continue
            match = _USER_THEN_PASSWORD_LABEL.match(index.text, position)
            if match:
                yield match

    def _secret_command_output_spans(self, index: _TextIndex) -> Iterator[Span]:
        """What a command that prints a secret printed: the value alone on the line after the command.

        `$ kubectl get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d`, `vault kv get
        -field=password ...`, `op read op://...`, `pass show db/prod`, `aws secretsmanager get-secret-value`
        in a pasted terminal session or tool result: the next line is the secret (also when it is only
        a word: a password printed by the tool that holds it is one).
        """
        text = index.text
        if not index.contains(_SECRET_PRINTING_NEEDLES, lower=True):
            return
        for command in _SECRET_PRINTING_COMMAND.finditer(text):
            line_end = text.find("\n", command.end())
            if line_end == -1:
                continue
            output = _COMMAND_OUTPUT_LINE.match(text, line_end + 1)
            if output is None:
                continue
            value = output.group("value")
            if is_placeholder_value(value) or value.startswith(("$", "Error", "error")):
                continue
            yield Span(output.start("value"), output.end("value"), "PASSWORD" if "pass" in command.group(0).lower()
                       else "GENERIC_SECRET", CATEGORY, 0.8, DETECTOR_NAME)

    def _declaration_and_pair_spans(self, index: _TextIndex) -> Iterator[Span]:
        """Typed declarations, KEY<whitespace>VALUE credential files, "with password X", recovery code lists."""
        text = index.text
        lowered = index.lowered if index.lowered is not None else text.lower()
        declaration_words = _DECLARATION_WORDS
        if index.lowered is not None and index.contains(declaration_words, lower=True):  # from the literal pass
            for match in index.anchored(_TYPED_DECLARATION, declaration_words):
                kind = _classify_key(match.group("key"))
                if kind:
                    span = self._value_span(index, match.end(), "=", False, 0, kind, literal=True)
                    if span:
                        yield span
        if index.lowered is not None:
            for match in self._whitespace_pairs(index):
                kind = _classify_key(match.group("key"))
                value = match.group("value")
                if kind and (any(c.isdigit() for c in value) or not value.replace("_", "").isalnum()):
                    span = self._judge(text, match.start("value"), match.end("value"), kind, quoted=False)
                    if span:
                        yield span
        if index.lowered is not None:
            for match in self._after_with_password(index):
                value = match.group("value").rstrip(".,;:)")
                if any(c.isdigit() for c in value) or not value.replace("_", "").isalnum():
                    span = self._judge(text, match.start("value"), match.start("value") + len(value), "PASSWORD",
                                       quoted=False)
                    if span:
                        yield span
        if index.lowered is not None:
            yield from self._prose_clause_spans(index)
            yield from self._label_spans(index)
        if contains_any(text, ("0x",)):
            yield from self._byte_array_spans(index)
        if index.lowered is not None:
            for match in index.anchored(_PROSE_USER_PASSWORD, _PROSE_LOGIN_WORDS):
                value = match.group("value").rstrip(".,;:)!?")
                password = re.split(r"[ \t]*(?::|[ \t]/[ \t])[ \t]*", value, maxsplit=1)[-1]
                if any(c.isdigit() for c in password) or not password.isalnum():
                    if not is_placeholder_value(password) and not URL_VALUE.match(password):
                        yield Span(match.start("value"), match.start("value") + len(value), "BASIC_AUTH", CATEGORY,
                                   0.7, DETECTOR_NAME)
        if ("/" in text and index.lowered is not None and index.contains(_DEFAULT_LOGIN_SLASHES, lower=True)
                and _default_login_starts_a_word(index)):  # a match needs its user to be the whole run
            for match in matches_at_starts(_ROLE_ACCOUNT_SLASH_PASSWORD, text, _user_before_slash_starts(text)):
                value = match.group("value").rstrip(".,;:!?")
                if (match.group("user").lower() in _DEFAULT_LOGINS
                        and any(c.isdigit() or c in _ROLE_PASSWORD_SYMBOLS for c in value)
                        and ":" not in value and "." not in value  # an image tag, a file, a version
                        # letters with a digit or a password symbol ("admin / Harbor&Kite"), or a PIN-like number
                        # ("root / 771204")
                        and (any(c.isalpha() for c in value) or value.isdigit() and len(value) <= 12)
                        and not is_placeholder_value(value)
                        and not VERSION_VALUE.match(value)):
                    # No key word: doubtful (the wire redacts, an audit does not report).
                    yield Span(match.start("value"), match.start("value") + len(value), "PASSWORD", CATEGORY,
                               DOUBTFUL_SCORE, DETECTOR_NAME)
        if ":" in text and index.lowered is not None and index.contains(_DEFAULT_LOGIN_COLONS, lower=True):
            yield from _role_account_colon_passwords(text, index.positions(_DEFAULT_LOGIN_COLONS, lower=True))
        if index.lowered is not None and index.contains(_PASSWORD_LABEL_NEEDLES, lower=True):
            for match in self._user_then_password_labels(index):
                value = match.group("value").rstrip(".,;:)!?")
                if len(value) >= 4 and not is_placeholder_value(value):
                    yield Span(match.start("value"), match.start("value") + len(value), "PASSWORD", CATEGORY, 0.75,
                               DETECTOR_NAME)
        if index.lowered is not None:
            yield from self._cookie_spans(index)
        if index.lowered is not None:
            # Codes listed after "recovery/backup codes" (same line or the lines below): each code-shaped token.
            for match in index.anchored(_RECOVERY_CUE, _RECOVERY_CUE_WORDS):
                for code in _RECOVERY_CODE.finditer(text, match.end(), min(len(text), match.end() + 400)):
                    if any(c.isdigit() for c in code.group(0)):
                        yield Span(code.start(), code.end(), "PASSWORD", CATEGORY, 0.7, DETECTOR_NAME)
            yield from self._one_time_code_spans(index)
            for match in self._user_then_pass(index):
                value = match.group("value").rstrip(".,;:)!?")
                if (any(c.isdigit() for c in value) or not value.isalnum()) and not is_plain_word(value):
                    span = self._judge(text, match.start("value"), match.start("value") + len(value), "PASSWORD",
                                       quoted=False)
                    if span:
                        yield span
            if "\n" in text:
                for match in matches_at_line_starts(_LABEL_LINE_THEN_VALUE, text):
                    value = match.group("value")
                    if (any(c.isdigit() for c in value) or not value.isalnum()) and not is_plain_word(value):
                        span = self._judge(text, match.start("value"), match.end("value"), "PASSWORD", quoted=False)
                        if span:
                            yield span

    @staticmethod
    def _one_time_code_spans(index: _TextIndex) -> Iterator[Span]:
        """The first code-shaped token within a few words after a one-time-code cue, on the same line."""
        text = index.text
        for position in index.positions(_ONE_TIME_CODE_WORDS, lower=True):
            line_start, line_end = index.line_bounds(position)
            cue = None
            for cue in _ONE_TIME_CODE_CUE.finditer(text, max(line_start, position - 24), min(line_end, position + 40)):
                if cue.start() <= position < cue.end():
                    break
            else:
                continue
            if cue.group("lock"):
                if cue.group("keypad"):
                    code = _ONE_TIME_CODE.match(text, _CODE_RIGHT_AFTER.match(text, cue.end(), line_end).end(),
                                                line_end)
                    if code and _ends_a_code_clause(text, code.end(), line_end):
                        yield Span(code.start(), code.end(), "PASSWORD", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                        continue
                yield from _code_after_qualifiers(text, cue.end(), line_end)
                continue
            if cue.group(0).lower() in _BARE_CODE_CUES:
                code = _ONE_TIME_CODE.match(text, _CODE_CONNECTOR.match(text, cue.end()).end())
            else:
                code = _ONE_TIME_CODE.search(text, cue.end(), min(line_end, cue.end() + _ONE_TIME_CODE_WINDOW))
            if code and any(c.isdigit() for c in code.group(0)):
                yield Span(code.start(), code.end(), "PASSWORD", CATEGORY, 0.7, DETECTOR_NAME)
            elif code is None:
                yield from _code_after_qualifiers(text, cue.end(), line_end)

    @staticmethod
    def _user_then_pass(index: _TextIndex) -> Iterator[re.Match[str]]:
        """`_USER_THEN_PASS` matches, found from the password word back to its user word on the line."""
        text = index.text
        seen: set[int] = set()
        for position in index.positions(_USER_THEN_PASS_WORDS, lower=True):
            line_start, _ = index.line_bounds(position)
            window_start = max(line_start, position - 90)
            for match in _USER_THEN_PASS.finditer(text, window_start, min(len(text), position + 140)):
                if match.start("value") not in seen:
                    seen.add(match.start("value"))
                    yield match
                break

    @staticmethod
    def _cookie_spans(index: _TextIndex) -> Iterator[Span]:
        """`sid=8f3k...; Path=/; HttpOnly`: a cookie written with its attributes, header name or not."""
        reported: set[int] = set()
        for position in index.positions(_COOKIE_ATTRIBUTES, lower=True):
            line_start, _ = index.line_bounds(position)
            pair = _COOKIE_PAIR_BEFORE.search(index.text, max(line_start, position - 600), position)
            if pair is None or pair.start("value") in reported:
                continue
            value = pair.group("value")
            if looks_random(value, 12, 3.0) or (len(value) >= 16 and looks_like_token(value)):
                reported.add(pair.start("value"))
                yield Span(pair.start("value"), pair.end("value"), "SESSION_COOKIE", CATEGORY, 0.8, DETECTOR_NAME)

    @staticmethod
    def _after_with_password(index: _TextIndex) -> Iterator[re.Match[str]]:
        """`_PROSE_WITH` where a password noun follows "with"/"using"/"via"/"and"/","."""
        for position in index.positions(_PASSWORD_NOUNS, lower=True):
            if position and index.lowered[position - 1].isalnum():
                continue
            if _WITH_BEFORE.search(index.lowered, max(0, position - 16), position):
                match = _PROSE_WITH.match(index.text, position)
                if match:
                    yield match

    @staticmethod
    def _whitespace_pairs(index: _TextIndex) -> Iterator[re.Match[str]]:
        """`_WHITESPACE_PAIR` on the lines that contain a keyword stem (each line once)."""
        seen: set[int] = set()
        line_start = line_end = -1
        for position in index.positions(_STEM_WORDS, lower=True):
            if line_start <= position < line_end:
                continue  # on the line of the stem before (positions ascend): judged or refused already
            line_start, line_end = index.line_bounds(position)
            if line_start in seen or line_end - line_start > 300:
                continue
            seen.add(line_start)
            shell_set = _SHELL_SET.match(index.text, line_start, line_end)  # fish `set -x K V`, csh `setenv K V`
            pair_start = shell_set.end() if shell_set else line_start
            if len(index.text[pair_start:line_end].split()) != 2:
                continue
            match = _WHITESPACE_PAIR.match(index.text, pair_start, line_end)
            if match:
                yield match

    def _label_spans(self, index: _TextIndex) -> Iterator[Span]:
        """`Passwort: x`, `mot de passe : x`, `пароль: x`, `Password (VPN) = x`: a labelled password in any language."""
        text, lowered = index.text, index.lowered
        judged_until = -1
        for position in index.positions(_LABEL_WORDS, lower=True):
            word = next(w for w in _LABEL_WORDS_BY_FIRST[lowered[position]] if lowered.startswith(w, position))
            end = position + len(word)
            if position < judged_until:
                continue  # inside a value already judged: `password=password=...` is one value
            if (position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_-.")) or (
                    end < len(text) and (text[end].isalnum() or text[end] in "_-.")):
                continue  # part of a longer name (handled as a key) or word
            window = lowered[end:end + 130]
            separator = _LABEL_SEPARATOR.match(text, end) if any(
                connector in window for connector in _LABEL_CONNECTORS) else None  # cheap pre-check first
            if separator is None and word in _PASSWORD_NOUNS:
                # "the new password Reset!Pw-9": no separator, so the value must look like a password on its own
                bare = _STRONG_PASSWORD_AFTER.match(text, end)
                if bare and char_classes(bare.group(1).rstrip(".,;:)?")) >= 3 and not looks_like_password_reference(
                        bare.group(1)) and not is_placeholder_value(bare.group(1)):
                    value = bare.group(1).rstrip(".,;:)?")
                    judged_until = bare.start(1) + len(value)
                    yield Span(bare.start(1), judged_until, "PASSWORD", CATEGORY, 0.65, DETECTOR_NAME)
                continue
            if separator is None or separator.end() >= len(text):
                continue
            value_start = separator.end()
            _, line_end = index.line_bounds(value_start)
            if text[value_start] in "\"'`":
                value = _scan_quoted(text, value_start, line_end)
                if value and is_prose_credential(text[value.start:value.end], quoted=True):
                    span = self._judge(text, value.start, value.end, "PASSWORD", quoted=True)
                    if span:
                        yield span
                continue
            value_end, limit = value_start, min(line_end, value_start + 256)
            while value_end < limit and not text[value_end].isspace() and text[value_end] not in "\"'`<>":
                value_end += 1
            while value_end > value_start and text[value_end - 1] in ".,;:)?":
                value_end -= 1
            value = text[value_start:value_end]
            judged_until = value_end
            if "\n" in text[end:value_start] and line_end - value_end > 0 and text[value_end:line_end].strip():
                continue  # "Password:" then a line of prose, not a value alone on its line
            if not is_prose_credential(value, quoted=False) or looks_like_password_reference(value):
                continue
            span = self._judge(text, value_start, value_end, "PASSWORD", quoted=False, literal=True)
            if span:
                yield Span(span.start, span.end, span.kind, CATEGORY, min(span.score, 0.7), DETECTOR_NAME)

    def _prose_clause_spans(self, index: _TextIndex) -> Iterator[Span]:
        """"the password for the staging db is X", "the encryption key is X" (see _PROSE_AFTER_WORD)."""
        text, lowered = index.text, index.lowered
        starts: list[tuple[int, int, str]] = []
        for position in index.positions(_PROSE_WORDS_CLAUSE, lower=True):
            if position and lowered[position - 1].isalnum():
                continue
            word = next(w for w in _PROSE_WORDS_CLAUSE if lowered.startswith(w, position))
            starts.append((position, position + len(word), word))
        for position in index.positions(("key",), lower=True):
            if _KEY_QUALIFIER_BEFORE.search(lowered, max(0, position - 16), position):
                starts.append((position, position + 3, "key"))
        judged_until = -1
        for word_start, word_end, word in sorted(starts):
            if word_start < judged_until:
                continue  # inside the value of the previous match
            if word_end < len(text) and (text[word_end].isalnum() and text[word_end] != "s"):
                continue  # part of a longer word (tokenizer, keyboard)
            window = lowered[word_end:word_end + 90]
            if not any(connector in window for connector in _PROSE_CONNECTORS):
                continue  # cheap pre-check before the regex with its lazy clause
            match = _PROSE_AFTER_WORD.match(text, word_end)
            if match is None:
                continue
            value = match.group("value").rstrip(".,;:)?")
            judged_until = match.end("value")
            quoted = bool(match.group("quote")) and text[match.start("value") + len(value):][:1] == match.group("quote")
            password = word.startswith("pass") or word in ("pwd", "pw")
            credential_like = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
            # A plain word is the password only right after "is"/":" ("my pw is letmein"), not after
            # "to"/"as" ("password strength meter to signup") or a long clause.
            word_allowed = password and (match.group("verb") or "").lower() in ("", "is", "was") and len(
                (match.group("gap") or "").split()) <= 6
            if value.isalnum() and not credential_like and not (word_allowed and is_prose_credential(value, quoted)):
                continue  # prose needs a credential-looking value: "is required", "was rotated"
            if len(value) < 6 and not password:
                continue
            kind = ("PASSWORD" if password else "SESSION_COOKIE" if word == "cookie" else "GENERIC_SECRET")
            span = self._judge(text, match.start("value"), match.start("value") + len(value), kind, quoted=False,
                               literal=password and value.isalpha())
            if span:
                yield Span(span.start, span.end, span.kind, CATEGORY, min(span.score, 0.7), DETECTOR_NAME)

    def _assignment_spans(self, index: _TextIndex) -> Iterator[Span]:
        """KEY=value, "key": "value", key: value, key := "value", define('KEY', 'value') ..."""
        text = index.text
        reported_until = -1
        for match in _assignment_matches(index):
            if match.start() < reported_until:
                continue  # a key inside a value already judged (or reported) is part of it
            kind = _classify_key(match.group("key"))
            if kind is None and match.group("sep") == ":":
                kind = _classify_nested_yaml_key(index, match)
            if kind is None:
                kind = _classify_key_or_material(match.group("key"))
            if kind is None:
                continue
            key_start = match.start("kq")
            if text[max(0, key_start - 2):key_start] in ("${", "{{", "$(", "%("):
                continue  # `${DB_PASSWORD:?message}`: inside a reference, not an assignment
            quote_open, quote_close = match.group("kq"), match.group("kc")
            if quote_close[:1] in ("\"", "'", "`", "\\") and not quote_open:
                continue  # `"invalid password": X`: the end of a quoted phrase, not a key
            sep = match.group("sep")
            if sep == "," and not _is_setter_call(text, match):
                continue  # `define('DB_PASSWORD', '...')` yes; `("pass", "fail")` no
            line_start, line_end = index.line_bounds(key_start)
            line_form = (
                quote_open == quote_close
                and key_start - line_start <= _LOOK_BACK
                and bool(_LINE_PREFIX.match(text, line_start, key_start))
            )
            key_lower = match.group("key").lower()
            quoted_key = bool(quote_open) and quote_open == quote_close
            # `{ user: 'svc', pass: 'x' }` and `user=alice pass=x` are assignments mid-line too: a quoted
            # value, or an unspaced `=` after another key=value pair, says so.
            value_quoted = text[match.end():match.end() + 1] in ("'", '"', "`")
            pair_list = sep == "=" and match.group(0)[-1:] != " " and bool(
                _PAIR_BEFORE.search(text, max(line_start, key_start - _LOOK_BACK), key_start))
            if key_lower in _AMBIGUOUS_KEYS and not line_form and not (key_lower == "auth" and quoted_key) and not (
                    key_lower != "auth" and (value_quoted or pair_list)):
                continue  # "1st pass: check", "AUTH=CRAM-MD5"; DB_PASS, a `pass:` line, "auth": "..." are fine
            before = text[max(line_start, key_start - _LOOK_BACK):key_start]
            if sep == "=" and before.rstrip().endswith(",") and before.count("(") <= before.count(")"):
                continue  # `user, password = "a", "b"`: a tuple target, the value is not aligned
            position = match.end()
            if sep == ":":
                annotation = _TYPE_ANNOTATION.match(text, position)
                if annotation and not text.startswith(("\"", "'"), position):
                    position, sep, line_form = annotation.end(), "=", False  # password: str = "..."
            one_item = _ONE_ITEM_LIST.match(text, position)
            if one_item:
                position = one_item.end()  # `"bindCredential": ["..."]`: the list's one string is the value
            literal = line_form or _is_shell_style(text, match, line_start)
            value = self._scan(index, position, sep, line_form, key_start - line_start)
            if value is None:
                continue
            if not value.quoted and text[value.start:value.start + 1] not in ("{", "["):
                # `a=b=c`: one value, judged once. An object or list value (`auth: { user: .., pass: .. }`)
                # is not one value: the keys inside it are read on their own.
                reported_until = max(reported_until, value.end)
            if index.already_found(value.start, value.end):
                reported_until = max(reported_until, value.end)
                continue  # `AWS_ACCESS_KEY_ID=AKIA...`: a format covers all of it already
            joined = _joined_literals(text, value) if value.quoted else None
            if joined is not None:
                whole, joined_end = joined[1], joined[0]
                span = self._judge(whole, 0, len(whole), kind, True, literal)
                span = span and Span(value.start, joined_end, span.kind, CATEGORY, span.score, DETECTOR_NAME)
            else:
                span = self._judge(text, value.start, value.end, kind, value.quoted, literal)
            if span and sep in _COMPARISONS and not looks_like_token(text[span.start:span.end]):
                continue  # `token == "#bygroup"`: a sentinel, unless it looks like a credential
            if span:
                reported_until = max(reported_until, span.end)
                yield span

    def _name_value_spans(self, index: _TextIndex) -> Iterator[Span]:
        """`- name: DB_PASSWORD` + `value: ...`, `<add key="ApiKey" value="..."/>`."""
        text = index.text
        pairs = list(index.anchored(_NAME_VALUE_PAIR, ("name",)))
        if "key" in text:
            pairs.extend(index.anchored(_KEY_VALUE_ATTRIBUTES, ("key",)))
        for match in pairs:
            kind = _classify_key(match.group("key"))
            if kind:
                span = self._value_span(index, match.end(), ":", False, 0, kind, literal=True)
                if span:
                    yield span

    def _hcl_default_spans(self, index: _TextIndex) -> Iterator[Span]:
        """`variable "admin_password" { default = "..." }`."""
        for match in index.anchored(_HCL_VARIABLE_DEFAULT, ("variable",)):
            kind = _classify_key(match.group("key"))
            if kind:
                span = self._value_span(index, match.end(), "=", False, 0, kind, literal=True)
                if span:
                    yield span

    def _cli_flag_spans(self, index: _TextIndex) -> Iterator[Span]:
        """`--api-token abc123`, `--password hunter2` (the `=` form is an assignment)."""
        text = index.text
        for position in index.positions(("--",), lower=False):
            match = _CLI_FLAG.match(text, position)
            kind = _classify_key(match.group("key")) if match else None
            if match and kind:
                span = self._value_span(index, match.end(), "=", False, 0, kind, literal=True)
                if span:
                    yield span

    def _xml_element_spans(self, index: _TextIndex) -> Iterator[Span]:
        """`<password>x</password>`: found from the closing tag, which names the element."""
        text = index.text
        for closing in _XML_CLOSING_TAG.finditer(text):
            name = closing.group(1)
            line_start, _ = index.line_bounds(closing.start())
            opening = text.rfind("<" + name, max(line_start, closing.start() - _MAX_VALUE), closing.start())
            if opening == -1:
                # <password>\n    value\n</password>: an element whose text spans lines
                opening = text.rfind("<" + name, max(0, closing.start() - 1024), closing.start())
                if opening == -1 or "<" in text[opening + 1:closing.start()]:
                    continue
            value_start = text.find(">", opening, closing.start())
            if value_start == -1 or text[value_start - 1] == "/":
                continue
            kind = _classify_key(name.rpartition(":")[2])
            if kind is None:
                # <property name="connection.password">x</property>
                attribute = _NAME_ATTRIBUTE.search(text, opening, value_start)
                kind = _classify_key(attribute.group(1)) if attribute else None
            if kind is None:
                continue
            span = self._judge(text, value_start + 1, closing.start(), kind, quoted=True)
            if span:
                yield span

    def _layout_pair_spans(self, index: _TextIndex) -> Iterator[Span]:
        """Credentials whose name and value sit in a file format's own layout, not in an assignment.

        A property list's `<key>` element names the `<string>` after it, a KeePass or .NET `<Key>`/`<Name>`
        the `<Value>`; a cookie object of a HAR file
        or browser export holds a session in its "value" whatever the cookie's name (`_gitlab_session`,
        `connect.sid`: cookie names rarely carry a secret word); `wandb login <key>` passes the
        credential as the login verb's argument. Each is found from its literal (`<key>`, `<name>`, `"value"`,
        `login`), so a text without one pays a substring test.
        """
        text = index.text
        if contains_any(index.lowered if index.lowered is not None else text.lower(), ("<key>", "<name>")):
            for match in _ELEMENT_PAIR.finditer(text):
                kind = _classify_key(match.group("key"))
                if kind:
                    span = self._judge(text, match.start("value"), match.end("value"), kind, quoted=True)
                    if span is None and kind == "PASSWORD" and _PIN_DIGITS.fullmatch(match.group("value")):
                        # `<Key>Password</Key><Value>3917</Value>`: the entry's own password field vouches for a
                        # PIN-like value as a key right before it does (_judge asks for that key in the text)
                        span = Span(match.start("value"), match.end("value"), kind, CATEGORY, DOUBTFUL_SCORE,
                                    DETECTOR_NAME)
                    if span:
                        yield span
        if contains_any(text, ("value",)) and contains_any(text, ("name",)):
            for match in _COOKIE_OBJECT.finditer(text):
                value = match.group("value")
                if looks_random(value, 12, 3.0) or (len(value) >= 16 and looks_like_token(value)):
                    if not (is_placeholder_value(value) or is_masked(value)):
                        yield Span(match.start("value"), match.end("value"), "SESSION_COOKIE", CATEGORY, 0.75,
                                   DETECTOR_NAME)
        if contains_any(index.lowered, ("login",)) if index.lowered is not None else "login" in text.lower():
            for match in _LOGIN_COMMAND_VALUE.finditer(text):
                value = match.group("value")
                # A login verb's argument is no commit hash: 40 hex digits are a key here (W&B's are).
                hex_key = len(value) >= 32 and HEX_VALUE.match(value) is not None
                if (hex_key or looks_like_key_material(value)) and not is_placeholder_value(value):
                    yield Span(match.start("value"), match.end("value"), "API_KEY", CATEGORY, 0.7, DETECTOR_NAME)

    def _prose_spans(self, index: _TextIndex) -> Iterator[Span]:
        """"my password is hunter2", "the new DB password `x`", "passphrase 'a b c d'"."""
        text = index.text
        for match in index.anchored(_PROSE, _PROSE_WORDS):
            position = match.end()
            if position >= len(text) or text[match.start() - 1:match.start()] in ("\"", "'", "`", "-", "_", "."):
                continue  # a quoted word or part of an identifier, handled as a key elsewhere
            word = match.group("key").lower()
            kind = "PASSWORD" if word.startswith("pass") or word == "pwd" else "GENERIC_SECRET"
            if text[position] in "`\"'" and (match.group("verb") or match.group("gap")):
                value = _scan_quoted(text, position, index.line_bounds(position)[1])
                if value:
                    span = self._judge(text, value.start, value.end, kind, quoted=True)
                    if span:
                        yield span
                continue
            if not match.group("verb"):
                continue
            end = position
            # "<" and ">" inside a password belong to it ("is Zx9<q>Lm2!vR"); at its start they open a
            # template (`<your-password>`) and trailing markup ("hunter2</td>") is not part of it.
            while end < len(text) and not text[end].isspace() and (
                    text[end] not in "\"'`<>" or (end > position and text[end] in "<>")):
                end += 1
            if end > position and "<" in text[position:end]:
                tags = _TRAILING_TAGS.search(text, position, end)
                if tags:
                    end = tags.start()
            while end > position and text[end - 1] in ".,;:)":
                end -= 1
            value = text[position:end]
            # Bare words in prose need a digit or symbol: "is hunter2" yes, "is ModuleType" no.
            credential_like = any(c.isdigit() for c in value) or not value.replace("_", "").isalnum()
            reference = looks_like_password_reference if kind == "PASSWORD" else looks_like_code_reference
            if len(value) >= 6 and credential_like and not reference(value):
                span = self._judge(text, position, end, kind, quoted=False)
                if span:
                    yield span
            elif value.isalpha():
                # "the password is the usual one: Spring2024": the value after a colon later in the clause.
                later = _CLAUSE_COLON_VALUE.match(text, position)
                if later:
                    candidate = later.group("value").rstrip(".,;)")
                    if (len(candidate) >= 6 and any(c.isdigit() for c in candidate)
                            and not looks_like_code_reference(candidate)):
                        span = self._judge(text, later.start("value"), later.start("value") + len(candidate), kind,
                                           quoted=False)
                        if span:
                            yield span

    def _value_span(
        self, index: _TextIndex, position: int, sep: str, line_form: bool, indent: int, kind: str, literal: bool
    ) -> Span | None:
        """Scan the value that starts at `position` and judge it."""
        value = self._scan(index, position, sep, line_form, indent)
        return self._judge(index.text, value.start, value.end, kind, value.quoted, literal) if value else None

    @staticmethod
    def _scan(index: _TextIndex, position: int, sep: str, line_form: bool, indent: int) -> _Value | None:
        _, line_end = index.line_bounds(min(position, len(index.text)))
        return _scan_value(index.text, position, line_end, sep, line_form, indent)

    def _judge(self, text: str, start: int, end: int, kind: str, quoted: bool, literal: bool = True) -> Span | None:
        """Decide whether the value text[start:end] under a `kind` key is a secret.

        `quoted` values are string literals. Unquoted values are literals in
        config files and command lines (`literal`), but in code an unquoted
        plain word is a variable.
        """
        raw = text[start:end]
        value = raw.strip()
        if not quoted:
            value = value.rstrip(",;")
        if not value:
            return None
        start += len(raw) - len(raw.lstrip())
        end = start + len(value)
        if kind == KEY_MATERIAL:
            if UUID_VALUE.match(value) and (quoted or literal):
                return _uuid_under_key_name(text, start, end)
            if is_placeholder_value(value) or not looks_like_key_material(value):
                return None
            if not quoted and (REGEX_SYNTAX.search(value) or any(c in value for c in "()[]{}")):
                return None  # code: `_KEY = re.compile(r"[A-Za-z0-9+/]+")`
            return Span(start, end, "SECRET_KEY", CATEGORY, 0.7, DETECTOR_NAME)
        if is_placeholder_value(value):
            if kind == "PASSWORD" and (quoted or literal) and is_placeholder_word(value):
                # `password: changeme`: a documentation word, but also what weak real passwords look
                # like. Recall first: kept with a doubtful score (the wire redacts, an audit does not report).
                return Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            return None
        if not quoted:
            call = CALL_WITH_LITERAL.match(value)
            if call:
                # `bytes.fromhex("0011...")`, `SecretStr("...")`: the literal argument is the value.
                return self._judge(text, start + call.start("literal"), start + call.end("literal"), kind, quoted=True)
        # Under a password's own key in a config line, `Tulip.Rain42` is the password, not a member access.
        reference = looks_like_password_reference if kind == "PASSWORD" and literal else looks_like_code_reference
        if not quoted and (reference(value) or re.search(r"\s=\s", value)):
            return None  # a variable, call, type or chained assignment
        if not quoted and not literal:
            if re.fullmatch(r"[A-Za-z_]+", value.rstrip(";,:)]}")) or any(c in value for c in "()[]"):
                return None  # `token == captured`, `doc[start_token:end_token]`: names in code
        if quoted and names_another_secret(value):
            return None
        if URL_VALUE.match(value) or value.startswith("data:"):
            return None  # URLs with credentials are caught by the URL patterns
        if kind == "PASSWORD":
            if len(value) < self.min_password_length or is_sentence(value):
                return None
            if value.isdigit() and len(value) < 6:
                # `PASSWORD: 1234`, `pin=90210`: a PIN-like password is still the password. Recall first:
                # doubtful (the wire redacts, an audit does not report); a value in code is a number.
                # Only right after the password's own key (`user_id=48213` in a sentence about a password is not).
                named = (quoted or literal) and _KEY_RIGHT_BEFORE.search(text, max(0, start - 64), start)
                key = named.group("key").strip(".-_") if named else ""
                return Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME) if key and (
                    key.casefold() in _LABEL_WORD_SET or _classify_key(key) == "PASSWORD") else None
            if looks_like_path(value) and not any(c in value for c in "!@#%^&*") and not looks_random(value, 24):
                return None
            return Span(start, end, kind, CATEGORY, 0.8 if quoted else 0.75, DETECTOR_NAME)
        if quoted and len(value) >= 32 and " " in value and char_classes(value) == 4 and (
                shannon_entropy(value) >= 4.5 and not is_sentence(value)):
            # WordPress AUTH_KEY / salts: 64 random printable characters, spaces included
            return Span(start, end, kind, CATEGORY, 0.75, DETECTOR_NAME)
        if self.min_length - 2 <= len(value) < self.min_length and value.isascii() and value.isalnum() and len(
                _LETTER_OR_DIGIT_RUN.findall(value)) >= 5:
            # `secret_key = "1a7b3d"`, "secret key is a1b2c3d": short, but letters and digits mixed
            # under a secret's own name are no word of code. Recall first: doubtful (the wire redacts,
            # an audit does not report).
            return Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
        # Under a secret's own name a value of any shape is the secret (`webhook_secret: "abc 123 xyz"`, `token:
        # 004471`, `app.secret = lemon-tree-house-42`): people and fixtures pick all-digit and word-dash values the
        # tests below drop. Recall first: those are doubtful instead of nothing.
        def fallback() -> Span | None:  # asked only where a test below drops the value
            return (Span(start, end, kind, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
                    if (quoted or literal) and _hand_picked_secret(value) else None)
        if len(value) < self.min_length or value.isdigit() or any(c.isspace() for c in value):
            return fallback()  # tokens and keys have no spaces; "bold #08547A" is not one
        if (looks_like_path(value) and not looks_random(value, 24)) or VERSION_VALUE.match(value) or (
                EMAIL_VALUE.match(value) or DIGEST_PREFIX.match(value)):
            return fallback()
        if REGEX_SYNTAX.search(value):
            return fallback()  # a regular expression, e.g. TOKEN_PATTERN = r"(?:...)"
        if not quoted and value.replace("_", "").isalpha() and not (len(value) >= 20 and char_classes(value) >= 2):
            return fallback()  # `token = Whitespace`: a name, unless it is long random letters
        if not quoted and re.fullmatch(r"[a-z]+(?:[._\-][a-z]+)+", value):
            return fallback()  # a dotted / kebab name such as orders.created
        entropy = shannon_entropy(value)
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if entropy < self.entropy_threshold and not mixed:
            return fallback()
        score = 0.75 if entropy >= self.entropy_threshold else 0.65
        return Span(start, end, kind, CATEGORY, score, DETECTOR_NAME)

    # --------------------------------------------------------- proximity
    def _proximity_spans(self, index: _TextIndex, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """`covered`: the regions found so far (sorted, disjoint)."""
        text = index.text
        threshold = max(self.entropy_threshold, 3.5)
        covered_starts = [start for start, _ in covered]
        for match in index.anchored(_PROXIMITY_KEYWORD, _PROXIMITY_WORDS):
            word_start, word_end = match.start(), match.end()
            while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "_.-"):
                word_start -= 1
            while word_end < len(text) and (text[word_end].isalnum() or text[word_end] in "_-"):
                word_end += 1
            word = text[word_start:word_end]
            if " " not in match.group(0) and _classify_key(word.strip(".-_")) is None:
                continue
            _, line_end = index.line_bounds(match.end())
            window_end = min(line_end, match.end() + self.proximity_window)
            # A candidate must start inside the window; it may run past it (up to 512 chars).
            for candidate in _CANDIDATE.finditer(text, match.end(), min(line_end, window_end + 520)):
                if candidate.start() >= window_end:
                    break
                start, end = candidate.span()
                at = bisect.bisect_left(covered_starts, end) - 1
                if at >= 0 and covered[at][1] > start:
                    break  # already part of a span
                # Right after the word ("api token: 7f3e...", "the token is 7f3e..."), a UUID is the token
                # (Heroku, Snyk, Postman and many internal APIs issue UUID keys); further away it is an id.
                right_after = _RIGHT_AFTER_WORD.fullmatch(text, match.end(), start) is not None
                if self._is_proximity_secret(text, start, end, threshold, uuid_ok=right_after):
                    yield Span(start, end, "GENERIC_SECRET", CATEGORY, _proximity_score(text, start, end), DETECTOR_NAME)
                    break
            else:
                # The word ends its line ("here is the new api token:"), the value stands alone on the next.
                span = self._value_on_next_line(index, match.end(), line_end, covered, covered_starts, threshold)
                if span is not None:
                    yield span

    def _value_on_next_line(self, index: _TextIndex, word_end: int, line_end: int, covered: list[tuple[int, int]],
                            covered_starts: list[int], threshold: float) -> Span | None:
        text = index.text
        if line_end >= len(text) or _RIGHT_AFTER_WORD.fullmatch(text, word_end, line_end) is None:
            return None
        next_end = text.find("\n", line_end + 1)
        if next_end == -1:
            next_end = len(text)
        candidate = _ALONE_ON_LINE.fullmatch(text, line_end + 1, next_end)
        if candidate is None:
            return None
        start, end = candidate.span("value")
        at = bisect.bisect_left(covered_starts, end) - 1
        if at >= 0 and covered[at][1] > start:
            return None
        if not self._is_proximity_secret(text, start, end, threshold, uuid_ok=True, label_judged=True):
            return None
        return Span(start, end, "GENERIC_SECRET", CATEGORY, _proximity_score(text, start, end), DETECTOR_NAME)

    # ---------------------------------------------------- random tokens
    def _random_token_spans(self, index: _TextIndex, covered: list[tuple[int, int]],
                            layout: bytes | None = None) -> Iterator[Span]:
        """A long machine-made token no format or key word explains: doubtful, so redacted on the wire only.

        Every catalogue lags the vendors (a new prefix, a vendor-named setting
        such as `algolia_app = 0uvov5j7...`): a value that reads as generated
        (long, high entropy, letters and digits, not made of words) and is not
        a digest, UUID, path, URL or identifier is taken for a credential. The
        score sits between the wire's threshold and the audit's, so audits in
        CI keep their precision and the wire keeps the recall ("doubt means
        redact"; the placeholder is restored in the reply). `covered`: the
        regions found so far (sorted, disjoint).
        """
        text = index.text
        if len(text) < _RANDOM_TOKEN_MIN:
            return
        covered_starts = [start for start, _ in covered]
        for start, end in _random_token_candidates(text, layout):
            at = bisect.bisect_right(covered_starts, end - 1) - 1
            if at >= 0 and covered[at][1] > start:
                continue  # part of a finding already
            value = text[start:end].strip("=.-_~/+")
            if "/" in value[1:-1]:
                yield from _path_segment_tokens(text, start, end)
            if len(value) < _RANDOM_TOKEN_MIN or not self._is_random_token(text, start, value):
                continue
            start = text.index(value, start)
            yield Span(start, start + len(value), "GENERIC_SECRET", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)

    @staticmethod
    def _short_random_token_spans(text: str, covered: list[tuple[int, int]], layout: bytes | None = None
                                  ) -> Iterator[Span]:
        """A 12-23 character generated-looking value in a value position (`session: 8c1e4f7a...`, a CSV or
        Markdown cell, a JSON string, a line alone) that no rule explains: doubtful, so the wire redacts it and
        an audit does not report it. Known public shapes stay (versions, dates, digests' prefixes, code names);
        the key before it may say what it is (`request_id: ...`). Pre-checks: a run of 12 token characters; then, per run, a digit
        and none of `+/.~` in it (the classes layout, one bytes test), before any per-candidate work."""
        covered_starts = [start for start, _ in covered]
        classes = None
        for start, end in _short_token_candidates(text, layout):
            if classes is None:  # built once, at the first run of 12 token characters
                classes = _one_byte_per_character(text).translate(_SHORT_TOKEN_CLASSES)
            if b"d" not in classes[start:end] or b"p" in classes[start:end]:
                continue  # no digit, or a `+/.~` the value would keep: the checks below would refuse it
            at = bisect.bisect_right(covered_starts, end - 1) - 1
            if at >= 0 and covered[at][1] > start:
                continue
            value = text[start:end].strip("-_")
            if (len(value) < _SHORT_TOKEN_MIN or _HAS_DIGIT.search(value) is None or value.isdigit()
                    or _SHORT_TOKEN.fullmatch(value) is None):
                continue  # DATABASE_URL, 20261130123456, db.fetch_one: no value this rule takes
            start = text.index(value, start)
            end = start + len(value)
            if not _in_value_position(text, start, end) and not (
                    len(value) >= 13 and value != value.lower() and value != value.upper()
                    and start and text[start - 1] in " \t" and (end == len(text) or text[end] in " \t\r\n.,;")):
                continue  # in prose only a value with both cases and digits ("the key they gave us is 7Hq2Lm9...")
            if not _reads_as_short_generated(value):
                continue
            before = text[max(0, start - 40):start]
            assigned = _assigned_to(before)
            if assigned and _NOT_SECRET_NAME.search(assigned.group(1)) or _DIGEST_BEFORE.search(before):
                continue
            yield Span(start, end, "GENERIC_SECRET", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)

    @staticmethod
    def _is_random_token(text: str, start: int, value: str) -> bool:
        if not _reads_as_generated(value):
            return False
        before = text[max(0, start - 40):start]
        if before.endswith(("://", "@", "base64,", "/", "#")) or _DIGEST_BEFORE.search(before):
            return False  # a URL's host or path, an integrity hash, an anchor
        assigned = _ASSIGNED_TO.search(before)
        if assigned and _NOT_SECRET_NAME.search(assigned.group(1)):
            return False  # request_id=..., checksum: ... : the key says what the value is
        return True

    @staticmethod
    def _byte_array_spans(index: _TextIndex) -> Iterator[Span]:
        """`uint8_t aes_key[16] = {0x2b, 0x7e, ...}`: a key written as a byte array under a key-ish name."""
        text = index.text
        for match in _BYTE_ARRAY.finditer(text):
            line_start, _ = index.line_bounds(match.start())
            name = _ARRAY_NAME_BEFORE.search(text, max(line_start, match.start() - 120), match.start())
            if name and _classify_key_or_material(name.group("key")) is not None:
                yield Span(match.start("value"), match.end("value"), "ENCRYPTION_KEY", CATEGORY, 0.8, DETECTOR_NAME)

    @staticmethod
    def _key_word_spans(index: _TextIndex) -> Iterator[Span]:
        """"I use the key 9f8e... for the weather API": key material right after the word "key"."""
        if index.lowered is None:
            return
        for match in index.anchored(_KEY_WORD_THEN_VALUE, ("key ",)):
            if match.start() and index.lowered[match.start() - 1].isalnum():
                continue
            if looks_like_key_material(match.group("value")):
                yield Span(match.start("value"), match.end("value"), "SECRET_KEY", CATEGORY, 0.7, DETECTOR_NAME)

    def _key_line_then_value_spans(self, index: _TextIndex, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """A line ending in a named key ("the AES-256 encryption key:", "Signing key") and the key alone on the
        next line; a 64-hex value there is the key, not a digest."""
        text, lowered = index.text, index.lowered
        covered_starts = [start for start, _ in covered]
        threshold = max(self.entropy_threshold, 3.5)
        for position in index.positions(("key",), lower=True):
            ends = _KEY_ENDS_LINE.match(lowered, position)
            if ends is None or (position and lowered[position - 1].isalnum() and lowered[position - 1] not in "0123456789"
                                and not _NAMED_KEY_BEFORE.search(lowered, max(0, position - 20), position)):
                continue
            qualifier = _NAMED_KEY_BEFORE.search(lowered, max(0, position - 20), position)
            if qualifier is None:
                continue
            line_end = ends.end() - 1
            span = self._value_on_next_line(index, line_end, line_end, covered, covered_starts, threshold)
            if span is not None:
                kind = "ENCRYPTION_KEY" if qualifier.group("material") else span.kind
                yield Span(span.start, span.end, kind, CATEGORY, span.score, DETECTOR_NAME)

    def _is_proximity_secret(self, text: str, start: int, end: int, threshold: float, uuid_ok: bool = False,
                             label_judged: bool = False) -> bool:
        """`label_judged`: the value stands alone below a label the caller judged (its line's `key:` is that label)."""
        value = text[start:end].strip("=.-_~")
        if len(value) < 16 or is_placeholder_value(value):
            return False
        if shannon_entropy(value) < threshold or char_classes(value) < 2 or not looks_random(value, 16, threshold):
            return False
        if (UUID_VALUE.match(value) and not uuid_ok) or DIGEST_PREFIX.match(value) or VERSION_VALUE.match(value) or looks_like_path(value):
            return False
        before = text[max(0, start - 40):start]
        if "://" in value or before.endswith((":", "://", "@", "base64,")) or re.search(r"(?:sha\d*|md5|h1)[-:]$", before):
            return False
        assigned = None if label_judged else _ASSIGNED_TO.search(before)
        if assigned and _classify_key(assigned.group(1)) is None:
            return False  # trace_id=..., request_id=...: the value belongs to another key
        if HEX_VALUE.match(value) and (len(value) > 64 or (len(value) in (40, 64) and _GIT_CONTEXT.search(before))):
            return False  # digests and test vectors, or a commit hash
        if re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", value):
            parts = identifier_parts(value)
            if "." in value or _CODE_WORDS.intersection(parts) or not looks_random(value):
                return False  # an identifier such as refreshAccessTokenV2 or X25519PrivateKey
        return True

    # -------------------------------------------------------- field name
    def _field_name_spans(self, text: str, field_name: str) -> Iterator[Span]:
        kind = _classify_key_or_material(field_name.strip().strip("\"'`$-"))
        if kind is None:
            return
        span = self._judge(text, 0, len(text), kind, quoted=True)
        if span is not None:
            yield Span(span.start, span.end, span.kind, CATEGORY, max(span.score, 0.8), DETECTOR_NAME)


def _hex_key_spans(index: _TextIndex, covered: list[tuple[int, int]]) -> Iterator[Span]:
    """A hex key after a key word: "use key=8aa5... for the geocoder", "API-Schlüssel: 646c...", "the key they
    sent us:" with the key alone on the next line.

    32 to 64 hex digits of one case are how many services print an API key (Mailchimp, Pinboard, OpenWeather,
    Tomorrow.io, many internal APIs); the same shape is a commit, a checksum or a request id, so the line (and
    the label line above a value alone) must not speak of those, and a key word that names an id-like key
    (cache key, idempotency key, public key) is left. Doubtful: the wire redacts it, an audit does not report it.
    Each key word looks at most `_HEX_KEY_REACH` characters of its line and at the next line: linear.
    """
    text, lowered = index.text, index.lowered
    covered_starts: list[int] | None = None
    done = -1
    for position in index.positions(_HEX_KEY_WORDS, lower=True):
        if position < done:
            continue
        word = next((w for w in _HEX_KEY_WORDS_BY_FIRST.get(lowered[position], ()) if lowered.startswith(w, position)),
                    None)
        if word is None:
            continue
        word_end = position + len(word)
        if word.isascii() and word_end < len(lowered) and lowered[word_end].isalpha() and lowered[word_end] != "s":
            continue  # keyboard, keystore, clavecin; "keys", "claves" are plurals
        if word == "key" and position and lowered[position - 1].isalpha():
            continue  # monkey, hockey (other languages' compounds end in their key word: Zugangsschlüssel)
        # The value starts within the reach and may run past it (64 digits at most). Most key words have none:
        # this one search (and a memchr for the line break) is all they cost.
        window_end = text.find("\n", word_end, word_end + _HEX_KEY_REACH + 64)
        window_end = min(len(text), word_end + _HEX_KEY_REACH + 64) if window_end == -1 else window_end
        value = _HEX_KEY_VALUE.search(text, word_end, window_end)
        if value is not None and value.start() > word_end + _HEX_KEY_REACH:
            value = None
        if value is None and (window_end - word_end > 40 or window_end >= len(text) or text[window_end] != "\n"):
            continue  # no value on the line, and the line does not end right after the word
        line_start, line_end = index.line_bounds(position)
        context_start, context_end = line_start, line_end
        if value is None:
            # The label line ends near the word ("the key they sent us:", "access key (staging)"), the key below
            # (the search above read all of such a short line).
            if line_end >= len(text) or line_end - word_end > 40:
                continue
            next_start = line_end + 1
            next_end = text.find("\n", next_start, next_start + 200)
            next_end = min(len(text), next_start + 200) if next_end == -1 else next_end
            value = _HEX_KEY_ALONE.match(text, next_start, next_end)
            if value is None:
                continue
            context_end = next_end
            start, end = value.span("value")
        else:
            start, end = value.span()
        done = end
        digits = text[start:end]
        if digits.isdigit() or digits.isalpha() or (start and text[start - 1] in "#/@"):
            continue  # `pkg.tgz#<sha1>`, `/blob/<sha>`, `image@<digest>`: a digest in a URL or reference
        if _HEX_KEY_QUALIFIER_DENIED.search(lowered, max(line_start, position - 24), position):
            continue
        if _HEX_KEY_DIGEST_CONTEXT.search(text, context_start, context_end):
            continue
        if covered_starts is None:
            covered_starts = [start for start, _ in covered]
        at = bisect.bisect_left(covered_starts, end) - 1
        if at >= 0 and covered[at][1] > start:
            continue
        yield Span(start, end, "GENERIC_SECRET", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _proximity_score(text: str, start: int, end: int) -> float:
    """A UUID after a secret word is doubtful (it may be the id of the thing the word names); others 0.6."""
    return DOUBTFUL_SCORE if UUID_VALUE.match(text[start:end].strip("=.-_~")) else 0.6


# A path segment that can be a key (`/v2/<key>/forecast`, `/feeds/<token>`): token characters without a `.`
# (a file or host name), 20 or more of them.
_PATH_SEGMENT_TOKEN = re.compile(r"(?<=/)[A-Za-z0-9_-]{20,}(?=/|$)")


def _path_segment_tokens(text: str, start: int, end: int) -> Iterator[Span]:
    """Generated-looking segments of a URL or path (`https://api.example/v2/Kq8ZtP3n.../forecast`): services that
    put the key in the path leave no key word to find it by. Both cases and a digit are asked of the segment,
    so hex digests (commits, content hashes), UUIDs, slugs and lower-case ids stay; names of code
    (`reactDomServer18`) are refused by `_reads_as_generated`. Doubtful: the wire redacts the segment, an audit
    does not report it, and the URL is not made whole for it (secret_urls.py)."""
    for segment in _PATH_SEGMENT_TOKEN.finditer(text[start:end]):
        value = segment.group(0).strip("-_")
        if (len(value) >= _PATH_SEGMENT_TOKEN_MIN and value.lower() != value and value.upper() != value
                and _reads_as_generated(value)):
            at = start + segment.start() + segment.group(0).index(value)
            yield Span(at, at + len(value), "GENERIC_SECRET", CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


_PATH_SEGMENT_TOKEN_MIN = 20


@judged_once_per_text
def _reads_as_generated(value: str) -> bool:
    """What the value alone says of a stand-alone random token (`_is_random_token` adds what the text before it says)."""
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    # Generated text changes character class often (q7xw0uvov5j7b4, Xk9Lm2);
    # names and words change rarely (release_2024_notes, ROCKET_LAUNCHER_0001).
    if len(_CLASS_CHANGE.findall(value)) * 6 < len(value) or shannon_entropy(value) < 3.8:
        return False
    if is_placeholder_value(value):
        return False
    if _HOLDS_UUID.search(value) or DIGEST_PREFIX.match(value) or VERSION_VALUE.match(value) or looks_like_path(value):
        return False  # msg_<uuid>, req-<uuid>: an object id
    if HEX_VALUE.match(value) and len(value) in _DIGEST_HEX_LENGTHS:
        return False  # a commit, a SHA-256 or SHA-512: digests are printed everywhere and reveal nothing
    if _base64_of_ordinary_text(value):
        return False  # encoded data, not a key: the decoded view is scanned for what it says
    if re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", value):
        parts = identifier_parts(value)
        if "." in value or _CODE_WORDS.intersection(parts):
            return False  # an identifier such as refreshAccessTokenV2
    return True


def _base64_of_ordinary_text(value: str) -> bool:
    """Base64 (or base64url) of a JSON document or of prose: `eyJ0aGVtZSI6ImRhcmsi...` is `{"theme":"dark"...}`.

    Random bytes never decode to such text. Whatever the text says is found
    by the decoded views (decoded_views.py), which redact the whole blob."""
    if len(value) % 4 == 1 or not re.fullmatch(r"[A-Za-z0-9+/_-]+={0,2}", value):
        return False
    try:
        decoded = base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4),
                                   validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    if not decoded or not all(ch.isprintable() or ch in "\n\t" for ch in decoded):
        return False
    stripped = decoded.strip()
    if stripped[:1] in "{[":
        return stripped[-1:] in "}]" or len(stripped) > 40 and '":' in stripped  # a cut-off document too
    return decoded.count(" ") >= 3


# The id half right before a found secret's `:` (`855B5BGKJO0XSZ6O:<secret>`): one run of letters and digits.
_ID_HALF_BEFORE = re.compile(r"(?<![\w\-+/.@])(?P<id>[A-Za-z0-9]{12,64})\Z")


def _key_id_halves(text: str, spans: list[Span]) -> Iterator[Span]:
    """The key id written before its secret as one `id:secret` value (a schema registry's `user.info`, a
    `KEY:SECRET` pair in an env var or a chat line): whoever holds both holds the credential, and the id names the
    account. Taken when the secret half was found and the id half is generated (letters and digits mixed, random
    as a key id is), not a word or a name (`svc_reports:...`, a login, is another rule's)."""
    for span in spans:
        if span.category != CATEGORY or span.start < 13 or text[span.start - 1] != ":":
            continue
        half = _ID_HALF_BEFORE.search(text, max(0, span.start - 65), span.start - 1)
        if half is None:
            continue
        value = half.group("id")
        if value.isalpha() or value.isdigit() or not looks_random(value, 12, 3.0):
            continue
        yield Span(half.start("id"), half.end("id"), "ACCESS_KEY_ID", CATEGORY, span.score, DETECTOR_NAME)


def _with_partnered_formats(text: str, spans: list[Span]) -> list[Span]:
    """Doubtful random tokens that are the secret of a catalogue format the scanner reports only beside a
    partner (kingfisher_catalogue.py: partnered rules; `AKCp...` without its Artifactory URL, `4b1d...`
    without its key id, `algolia_key = ...` without the app id): confident, of that format's kind. The half
    of a pair is still the credential; the format's prefix or key word is what makes it confident, so an
    audit reports it. The validity check after (`_with_validity_checked`) still doubts a value written by hand."""
    if not spans:
        return spans
    catalogue = KingfisherCatalogue.shared()
    confirmed = []
    for span in spans:
        found = catalogue.partnered_rule_at(text, span.start, span.end)
        if found is not None:
            rule, start, end = found
            span = Span(start, end, rule.kind, CATEGORY, max(span.score, rule.score), DETECTOR_NAME)
        confirmed.append(span)
    return confirmed


def _with_validity_checked(text: str, spans: list[Span]) -> list[Span]:
    """Every confident finding whose value looks written by hand (`...EXAMPLE`, `glc_xxxx...`, low entropy)
    moved into the doubtful band: the wire still redacts it, an audit does not report it. One check for
    every rule and both catalogues, so no format can forget it."""
    checked = []
    for span in spans:
        # Several rules often find the very same value: it is judged once (values_judged_once).
        if span.score > DOUBTFUL_SCORE and span.end - span.start <= 1024:
            if looks_written_by_hand(text[span.start:span.end]):
                span = Span(span.start, span.end, span.kind, span.category, doubted(span.score), span.detector)
        checked.append(span)
    return checked


def _without_placeholders(text: str, spans: list[Span]) -> list[Span]:
    """Cut issued placeholders (`[[KIND_N]]`) out of spans; never re-redact one."""
    if "[" not in text or not spans or _INDEX_MARK.search(text) is None:
        return spans
    # Only placeholders that touch a span matter: look near the spans, not through the whole text.
    holes: list[tuple[int, int]] = []
    searched_until = 0
    for window_start, window_end in _windows(spans, MAX_PLACEHOLDER_LENGTH, len(text)):
        for found in PLACEHOLDER_PATTERN.full.finditer(text, max(window_start, searched_until), window_end):
            holes.append(found.span())
            searched_until = found.end()
        searched_until = max(searched_until, window_end)
    if not holes:
        return spans
    hole_ends = [end for _, end in holes]  # holes are sorted and disjoint
    result: list[Span] = []
    for span in spans:
        cursor = span.start
        at = bisect.bisect_right(hole_ends, span.start)
        while at < len(holes) and holes[at][0] < span.end:
            hole_start, hole_end = holes[at]
            if cursor < hole_start:
                result.append(_piece(text, span, cursor, hole_start))
            cursor = max(cursor, hole_end)
            at += 1
        if cursor < span.end:
            result.append(_piece(text, span, cursor, span.end))
    return [piece for piece in result if piece is not None]


_INDEX_MARK = re.compile(r"_\d")  # every placeholder has one (its index)


def _windows(spans: list[Span], margin: int, length: int) -> list[tuple[int, int]]:
    """[start, end) regions around the spans, `margin` characters wider on each side, overlaps joined."""
    windows: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda item: item.start):
        start, end = max(0, span.start - margin), min(length, span.end + margin)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _piece(text: str, span: Span, start: int, end: int) -> Span | None:
    if not any(c.isalnum() for c in text[start:end]):
        return None  # only the brackets or quotes around a placeholder remain
    return Span(start, end, span.kind, span.category, span.score, span.detector)
