"""Secrets detector: a catalogue of credential formats plus keyword-context rules.

Three layers, from most to least certain:

1. `SECRET_PATTERNS`: vendor and structural formats (AWS, GitHub, Stripe, JWT,
   PEM private keys, connection strings, ...). Each record is a compiled regex
   plus the literal anchors it starts from (``ghp_``, ``AKIA``, ``://``, ...):
   anchors are found with str.find and the regex is only tried there, so a
   text pays for the literals it contains, not for ~100 full scans.
2. Keyword context: a value assigned to a key whose name looks secret-ish
   (``password``, ``api_key``, ``client_secret``, ``_authToken`` ...) in .env,
   shell, JSON, YAML, TOML, INI, HCL, XML, properties, code, CLI flags and
   prose ("my password is ..."). The value is flagged unless it is an obvious
   placeholder or a reference (see below).
3. Entropy near a keyword: a high-entropy token within a short window after a
   secret-ish word, for secrets that are mentioned rather than assigned.

Values that are NOT flagged by the keyword rules (decided here, tested in
tests/test_detect_secrets.py):
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
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from redactor.detect.base import DetectionInput, Span, merge_spans
from redactor.placeholder_syntax import PLACEHOLDER_PATTERN

DETECTOR_NAME = "secrets"
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
# Value heuristics shared by the catalogue and the keyword rules
# --------------------------------------------------------------------------

def shannon_entropy(value: str) -> float:
    """Bits per character of `value` (0 for empty strings)."""
    if not value:
        return 0.0
    length = len(value)
    return -sum(n / length * math.log2(n / length) for n in Counter(value).values())


_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


def _is_masked(value: str) -> bool:
    """`xxxxxxxx`, `********`, `sk_test_xxxxxxxxxxxxxxxx`: a redacted example, not a secret."""
    stripped = value.strip()
    if not stripped:
        return True
    if len(stripped) >= 3 and len(set(stripped)) <= 2 and not stripped.isdigit():
        return True
    runs = _ALNUM_RUN.findall(stripped)
    if not runs:
        return len(stripped) >= 3 and set(stripped) <= set("*•.#_-xX ")
    longest = max(runs, key=len)
    return len(longest) >= 6 and len(set(longest.lower())) <= 2


# Words that make up documentation placeholders ("your-api-key-here").
_FILLER_WORDS = frozenset(
    """
    your you my our the a an here goes insert put enter paste replace with real actual some
    fake test testing tests dummy example examples sample demo foo bar baz qux value values
    placeholder change changeme changeit me this that new old default none null nil empty
    secret secrets password passwd passphrase pass pwd token tokens key keys api apikey access
    private public client app id auth credential credentials cred creds own generated
    local dev development staging prod production string str redacted removed hidden masked
    todo tbd fixme xxx xxxx abc abcd abcdef sk pk goes-here
    """.split()
)

_PLACEHOLDER_VALUES = frozenset(
    """
    none null nil undefined true false yes no on off n/a na tbd todo fixme required optional
    str string bytes int integer bool boolean number float object any secretstr text char varchar
    password passwd secret token apikey changeme changeit change_me example sample dummy
    placeholder redacted removed hidden masked empty default
    """.split()
)

# Template syntax anywhere in a value: ${VAR}, $(cmd), {{ var }}, {% tag %},
# %(name)s, #{expr}, <%= erb %>. Whole forms only: "%(" alone also occurs in
# random Django keys.
_TEMPLATE = re.compile(
    r"\$\{[^}\n]*\}|\$\([^)\n]*\)|\{\{.*?\}\}|\{%.*?%\}|%\(\w+\)[sdrifx]|#\{[^}\n]*\}|<%.*?%>"
)
_TEMPLATE_WHOLE = re.compile(
    r"""^(?:
        \$[A-Za-z_][\w:]*                       # $VAR, $env:VAR
      | %[A-Za-z_][\w]*%                        # %VAR% (Windows)
      | \{[\w.\-\[\]'"]*\}                      # {name}, {0}, {}
      | <[^<>\n]{1,80}>                         # <your-key>
      | %[sdrif]                                # printf-style
      | \?                                      # SQL bind parameter
      | :[A-Za-z_]\w*                           # :named bind parameter
    )$""",
    re.VERBOSE,
)
# f"{user}:{secret}", `${x}`-free templates such as "{name}" inside a longer string
_INTERPOLATION = re.compile(r"\{[A-Za-z_][\w.]*(?:\(\))?(?:![rsa])?(?::[^{}]*)?\}")
_REGEX_SYNTAX = re.compile(r"\(\?[:=!<P]|\\[dwsbDWS]|\[\^|\][+*?]|\.\*|\.\+")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_VERSION = re.compile(r"^[~^<>=!v]*\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?(?:\s*\|\|?\s*.*)?$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_IDENTIFIER_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_FILE_EXTENSION = re.compile(
    r"\.(?:txt|json|ya?ml|pem|key|crt|cer|csr|env|ini|cfg|conf|toml|p12|pfx|jks|keystore|gpg|asc|pub|"
    r"tgz|gz|zip|tar|js|ts|py|go|rb|java|sh|md|html|xml|lock|log)$",
    re.IGNORECASE,
)
_URL_VALUE = re.compile(r"^[a-z][a-z0-9+.-]{1,20}://", re.IGNORECASE)
_DIGEST_PREFIX = re.compile(r"^(?:sha(?:1|224|256|384|512)|md5|h1|blake2b?)[-:=]", re.IGNORECASE)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_STOPWORDS = frozenset("the a an is are be to of and or your you we it this that for in on at not has have will must".split())


def _is_placeholder_value(value: str) -> bool:
    """True for empty values, templates, variable references and doc placeholders."""
    stripped = value.strip().strip("\"'`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered in _PLACEHOLDER_VALUES:
        return True
    if _TEMPLATE.search(stripped):
        return True
    if _TEMPLATE_WHOLE.match(stripped) and not _generated_after_sigil(stripped):
        return True
    if PLACEHOLDER_PATTERN.fullmatch(stripped) or _INTERPOLATION.search(stripped):
        return True
    if _is_masked(stripped):
        return True
    # Made only of filler words: "your-api-key-here", "test-token", "sk_test_your_key_here".
    words = [w for w in re.split(r"[^a-z0-9]+", lowered) if w]
    meaningful = [w for w in words if len(w) > 2 or not w.isalpha()]
    if words and all(w in _FILLER_WORDS for w in meaningful) and any(w.isalpha() for w in words):
        return True
    return False


def _generated_after_sigil(value: str) -> bool:
    """`$ackhVh0E4POgJ8`, `!fJcFxiu7ESTLRHW`: a password that starts with `$`, `!`, `*` or `&`.

    After such a sigil code has a name (`$VARIABLE`, `*ptr`, `!isValid`), and
    names are words: UPPER_SNAKE, camelCase, digits at the end at most. Mixed
    case with a digit inside is how generated passwords look.
    """
    if value[:1] not in ("$", "!", "*", "&"):
        return False
    name = value[1:]
    return (len(name) >= 8 and "_" not in name and ":" not in name
            and any(c.isupper() for c in name) and any(c.islower() for c in name)
            and bool(re.search(r"\d\D", name)))


def _identifier_parts(name: str) -> list[str]:
    return [part.lower() for part in _IDENTIFIER_PART.findall(name)]


_SECRET_NAME_PARTS = frozenset(
    "password passwd passphrase pass pwd secret secrets token tokens key keys apikey credential credentials "
    "creds auth".split()
)


def _names_another_secret(value: str) -> bool:
    """`db_password`, `apiKey`, `GITHUB_TOKEN`: the name of a secret, not a secret."""
    stripped = value.strip()
    if not re.fullmatch(r"[A-Za-z_][A-Za-z_.\-]*", stripped):
        return False  # digits or symbols: treat as a literal
    if _ENV_NAME.match(stripped):
        return True
    parts = _identifier_parts(stripped)
    return len(parts) >= 2 and any(part in _SECRET_NAME_PARTS for part in parts)


_TYPE_SUFFIXES = frozenset("key keys token tokens secret secrets password type types class error exception interface protocol".split())


def _names_a_type(value: str) -> bool:
    """`PKCS7PrivateKeyTypes`, `Ed25519PrivateKey`: a class name (digits allowed), not a password."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*", value):
        return False
    parts = _identifier_parts(value)
    return len(parts) >= 3 and parts[-1].isalpha() and parts[-1] in _TYPE_SUFFIXES


_TYPE_NAMES = frozenset(
    "str string String bytes int Integer bool Boolean SecretStr SecretBytes Optional any Any object "
    "Object char varchar text Text None null nil undefined".split()
)
_CODE_EXPRESSION = re.compile(
    r"""^(?:
        (?:new|await|typeof|yield|lambda)\s                 # keyword-led expressions
      | [A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*[(\[]      # call or subscript
      | [A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*[;,]?$     # member access
      | [A-Za-z_$][\w$.]*\s+(?:\|\||&&|\?\?|\+|or|and|if)\s     # expression
      | [&*!][A-Za-z_]                                      # address-of, deref, not
      | (?:Optional|List|Dict|Union)\[
      | [A-Za-z_][\w.\[\]]*(?:\s*\|\s*[A-Za-z_][\w.\[\]]*)+$     # type union: A | B | None
    )""",
    re.VERBOSE,
)


def _looks_like_code_reference(value: str) -> bool:
    """For unquoted values: a variable, call or type rather than a literal."""
    stripped = value.strip().rstrip(";,:)]}")
    if stripped.rstrip("!?") in _TYPE_NAMES:
        return True
    if _CODE_EXPRESSION.match(stripped) and not _generated_after_sigil(stripped):
        return True
    if value.strip()[:1] in "{[(":
        return True  # a structure or tuple (JSON schema, list, `(user, pw)`) is not a scalar secret
    return _names_another_secret(stripped) or _names_a_type(stripped)


def _looks_like_path(value: str) -> bool:
    if value.startswith(("/", "./", "../", "~/", "file:")) or re.match(r"^[A-Za-z]:\\", value):
        segments = [s for s in re.split(r"[/\\]", value) if s]
        return len(segments) >= 1 and all(re.fullmatch(r"[\w.@+-]+", s) for s in segments)
    if " " not in value and _FILE_EXTENSION.search(value) and len(value) < 120:
        return True
    if "/" in value:
        segments = [s for s in value.split("/") if s]
        wordy = [s for s in segments if re.fullmatch(r"[a-z0-9_.@-]+", s)]
        return len(segments) >= 2 and len(wordy) * 2 >= len(segments) + 1
    return False


def _is_sentence(value: str) -> bool:
    """UI text such as "Enter your password", as opposed to a passphrase."""
    words = value.split()
    if len(words) < 4:
        return False
    return any(w.lower().strip(".,!?") in _STOPWORDS for w in words) or value.rstrip().endswith((".", "?"))


def _char_classes(value: str) -> int:
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


def _looks_random(value: str, min_length: int = 16, min_entropy: float = 3.5) -> bool:
    """Machine-generated rather than written: long, high entropy, not made of words."""
    if len(value) < min_length or shannon_entropy(value) < min_entropy or _char_classes(value) < 2:
        return False
    if _is_placeholder_value(value):
        return False
    if not any(c.isdigit() for c in value) and (len(value) < 20 or shannon_entropy(value) < 4.0):
        return False  # letters only: random tokens are long and diverse, words are not
    wordy = sum(len(part) for part in _IDENTIFIER_PART.findall(value) if part.isalpha() and len(part) >= 4)
    return wordy * 2 <= len(value)  # ROCKET_LAUNCHER_0001 is words, 5XxfIkYvMypNAWhj is not


def _looks_like_token(value: str, min_length: int = 8) -> bool:
    """A credential-looking string: long enough and not a plain word."""
    if len(value) < min_length or _is_placeholder_value(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if has_digit and has_alpha:
        return True
    return len(value) >= 20 and _char_classes(value) >= 2 and not value.isalpha()


# --------------------------------------------------------------------------
# Catalogue refinements
# --------------------------------------------------------------------------

def _refine_token(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if _looks_like_token(text[start:end]) else None


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
    return (start, end) if password and not _is_placeholder_value(password) else None


def _refine_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`user:password` from a URL or `curl -u`: reject template and doc passwords."""
    userinfo = text[start:end]
    user, _, password = userinfo.partition(":")
    if not password or _is_placeholder_value(password):
        return None
    if user.isdigit() and password.isdigit():
        return None  # `docker run -u 1000:1000`, not a credential
    return (start, end)


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


def _refine_url_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    if not _url_scheme(text, match.start()):
        return None
    return _refine_userinfo(text, match, start, end)


def _refine_database_userinfo(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """A database URL with credentials: everything after `scheme://` is the secret.

    User, password, host, port and database name together say where the data
    is and how to get in; only the scheme ("postgres://") is left readable.
    """
    scheme = _url_scheme(text, match.start())
    if not _DB_SCHEME.fullmatch(scheme.lower()) and not scheme.lower().startswith("jdbc:"):
        return None
    if _refine_userinfo(text, match, start, end) is None:
        return None
    return start, _url_end(text, end)


# Characters that end a URL written in text, config or code.
_URL_STOP = frozenset(" \t\r\n\"'`<>\\|")


def _url_end(text: str, position: int) -> int:
    """End of the URL that continues at `position` (host, port, path, query), sentence punctuation excluded."""
    end = position
    while end < len(text) and text[end] not in _URL_STOP and not text[end].isspace():
        end += 1
    while end > position and text[end - 1] in ".,;:!?)]}":
        end -= 1
    return end


def _refine_mixed_case(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """Base64 keys have both cases; a 40-hex git SHA does not."""
    value = text[start:end]
    return (start, end) if any(c.islower() for c in value) and any(c.isupper() for c in value) else None


def _refine_token_pairs(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """`name=value; ...` pairs count when at least one value looks like a token."""
    values = [pair.partition("=")[2] for pair in text[start:end].split(";")]
    return (start, end) if any(_looks_random(v) for v in values) else None


def _refine_literal(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    value = text[start:end]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        start, end, value = start + 1, end - 1, value[1:-1]
    return None if _is_placeholder_value(value) else (start, end)


# One line of a PEM body (base64, a `Proc-Type:` header, a PGP checksum, or
# blank), after a real or a literal "\n".
_PEM_BODY_LINE = re.compile(
    r"(?:\r?\n|\\r?\\n)[ \t\"']*(?:[A-Za-z0-9+/=]{4,}|[A-Za-z][A-Za-z-]*:[^\n\\]*|=[A-Za-z0-9+/]{4})?[ \t\"',+]*"
)
_PEM_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{20,}")


@lru_cache(maxsize=32)
def _pem_end(label: str) -> re.Pattern[str]:
    return re.compile(r"-{4,5} ?END " + re.escape(label) + r" ?-{4,5}")


def _refine_private_key(text: str, match: re.Match[str], start: int, end: int) -> tuple[int, int] | None:
    """Extend a BEGIN header to its END line; without an END line, over the body."""
    label = match.group("label")
    found = _pem_end(label).search(text, end, min(len(text), end + 65536))
    if found:
        # `_START = b"-----BEGIN ..."` next to `_END = b"-----END ..."` in code is no key
        return (start, found.end()) if _PEM_BASE64_RUN.search(text, end, found.start()) else None
    # Truncated or unterminated block: cover every body-looking line after it.
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
        position = line.end()
    body_end = position
    while body_end > end and text[body_end - 1] in " \t\r\n\"',+":
        body_end -= 1
    return (start, body_end) if _PEM_BASE64_RUN.search(text, end, body_end) else None


# --------------------------------------------------------------------------
# The catalogue
# --------------------------------------------------------------------------

# Left/right boundaries for tokens made of [A-Za-z0-9_-].
_L = r"(?<![A-Za-z0-9_\-])"
_R = r"(?![A-Za-z0-9_\-])"
_L_ALNUM = r"(?<![A-Za-z0-9])"
_R_ALNUM = r"(?![A-Za-z0-9])"


def _pattern(
    name: str,
    kind: str,
    score: float,
    regex: str,
    description: str,
    anchors: tuple[str, ...] = (),
    anchors_lower: tuple[str, ...] = (),
    back: tuple[int, int] = (0, 0),
    required_lower: tuple[str, ...] = (),
    refine: Refine | None = None,
) -> SecretPattern:
    return SecretPattern(
        name, kind, re.compile(regex), score, description, anchors, anchors_lower, back, required_lower, refine
    )


# userinfo = user ":" password, then "@" and a host; the password may itself
# contain "@" (unencoded), so the greedy run backtracks to the LAST "@" that is
# followed by a host.
_USERINFO = r"://(?P<value>[^\s:@/\"'<>`\\]*:[^\s/\"'<>`\\]+)@(?=[\w.\-\[\]%]+(?::\d{1,5})?(?![\w.@%\-]))"

SECRET_PATTERNS: tuple[SecretPattern, ...] = (
    # ---------------------------------------------------------------- cloud
    _pattern("aws_access_key_id", "AWS_ACCESS_KEY", 0.95,
             r"(?<![A-Z0-9])(?P<value>(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16})(?![A-Z0-9])",
             "AWS access key id (AKIA/ASIA/... + 16 base32 characters)",
             anchors=("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA")),
    _pattern("aws_secret_access_key", "AWS_SECRET_KEY", 0.93,
             r"(?i:aws_?secret_?(?:access_?)?key|secret_?access_?key|aws_?secret|secret_?key)[\w\-]*[\"'`\]]*[ \t]*(?:[:=,]|=>)[ \t]*[\"'`]?(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
             "AWS secret access key (40 base64 characters after an aws/secret key name)",
             anchors_lower=("aws", "secret")),
    _pattern("aws_secret_next_to_key_id", "AWS_SECRET_KEY", 0.9,
             r"(?:AKIA|ASIA)[A-Z0-9]{16}[^\n]{1,100}?(?<![A-Za-z0-9/+=])(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
             "AWS secret access key written right after its access key id (credentials.csv, env dumps)",
             anchors=("AKIA", "ASIA"), refine=_refine_mixed_case),
    _pattern("aws_session_token", "AWS_SESSION_TOKEN", 0.9,
             r"(?i:aws_?session_?token|x-amz-security-token|sessionToken)[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[A-Za-z0-9/+=]{100,})",
             "AWS STS session token",
             anchors_lower=("aws", "x-amz-security-token", "sessiontoken")),
    _pattern("aws_presigned_signature", "AWS_SIGNATURE", 0.85,
             r"[?&]X-Amz-Signature=(?P<value>[0-9a-f]{64})",
             "signature of an AWS pre-signed URL (grants access until it expires)",
             anchors=("X-Amz-Signature=",), back=(1, 1)),
    _pattern("gcp_api_key", "GCP_API_KEY", 0.95,
             _L + r"(?P<value>AIza[0-9A-Za-z_\-]{35})" + _R,
             "Google Cloud / Firebase / Maps API key (AIza...)", anchors=("AIza",)),
    _pattern("gcp_service_account_key_id", "GCP_PRIVATE_KEY_ID", 0.9,
             r"\"private_key_id\"\s*:\s*\"(?P<value>[0-9a-f]{40})\"",
             "private_key_id of a GCP service-account JSON key", anchors=("private_key_id",), back=(1, 1)),
    _pattern("google_oauth_client_secret", "GOOGLE_OAUTH_SECRET", 0.97,
             _L + r"(?P<value>GOCSPX-[A-Za-z0-9_\-]{28})" + _R,
             "Google OAuth client secret (GOCSPX-)", anchors=("GOCSPX-",)),
    _pattern("google_oauth_access_token", "GOOGLE_OAUTH_TOKEN", 0.9,
             _L + r"(?P<value>ya29\.[0-9A-Za-z_\-]{30,})",
             "Google OAuth access token (ya29.)", anchors=("ya29.",)),
    _pattern("google_oauth_refresh_token", "GOOGLE_OAUTH_TOKEN", 0.85,
             r"(?<![A-Za-z0-9/:])(?P<value>1//0[0-9A-Za-z_\-]{40,})",
             "Google OAuth refresh token (1//0...)", anchors=("1//0",)),
    _pattern("azure_storage_account_key", "AZURE_STORAGE_KEY", 0.97,
             r"(?i:AccountKey)\s*=\s*(?P<value>[A-Za-z0-9+/]{86}==)",
             "Azure storage account key in a connection string", anchors_lower=("accountkey",)),
    _pattern("azure_shared_access_key", "AZURE_SHARED_ACCESS_KEY", 0.95,
             r"(?i:SharedAccessKey|SharedAccessSignature)\s*=\s*(?P<value>[A-Za-z0-9+/%]{40,100}={0,2})",
             "Azure Service Bus / Event Hubs / IoT shared access key", anchors_lower=("sharedaccess",)),
    _pattern("azure_sas_signature", "AZURE_SAS_TOKEN", 0.9,
             r"[?&;]sig=(?P<value>[A-Za-z0-9%+/=]{30,})",
             "signature of an Azure SAS token (sv=...&sig=...)", anchors=("sig=",), back=(1, 1)),
    _pattern("azure_ad_client_secret", "AZURE_CLIENT_SECRET", 0.9,
             r"(?<![A-Za-z0-9_~.\-])(?P<value>[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])",
             "Azure AD / Entra application client secret (xxxNQ~...)", anchors=("Q~",), back=(4, 4)),
    _pattern("alibaba_access_key_id", "ALIBABA_ACCESS_KEY", 0.9,
             _L_ALNUM + r"(?P<value>LTAI[A-Za-z0-9]{12,20})" + _R_ALNUM,
             "Alibaba Cloud AccessKey id (LTAI...)", anchors=("LTAI",)),
    # --------------------------------------------------------------- GitHub
    _pattern("github_pat_classic", "GITHUB_TOKEN", 0.97, _L + r"(?P<value>ghp_[A-Za-z0-9]{36,40})" + _R,
             "GitHub classic personal access token (ghp_)", anchors=("ghp_",)),
    _pattern("github_pat_fine_grained", "GITHUB_TOKEN", 0.98, _L + r"(?P<value>github_pat_[A-Za-z0-9_]{70,100})" + _R,
             "GitHub fine-grained personal access token (github_pat_)", anchors=("github_pat_",)),
    _pattern("github_oauth_token", "GITHUB_TOKEN", 0.97, _L + r"(?P<value>gho_[A-Za-z0-9]{36,40})" + _R,
             "GitHub OAuth access token (gho_)", anchors=("gho_",)),
    _pattern("github_user_to_server_token", "GITHUB_TOKEN", 0.97, _L + r"(?P<value>ghu_[A-Za-z0-9]{36,40})" + _R,
             "GitHub App user-to-server token (ghu_)", anchors=("ghu_",)),
    _pattern("github_server_to_server_token", "GITHUB_TOKEN", 0.97, _L + r"(?P<value>ghs_[A-Za-z0-9]{36,40})" + _R,
             "GitHub App installation / Actions token (ghs_)", anchors=("ghs_",)),
    _pattern("github_refresh_token", "GITHUB_TOKEN", 0.97, _L + r"(?P<value>ghr_[A-Za-z0-9]{36,80})" + _R,
             "GitHub App refresh token (ghr_)", anchors=("ghr_",)),
    # --------------------------------------------------------------- GitLab
    _pattern("gitlab_personal_access_token", "GITLAB_TOKEN", 0.97,
             _L + r"(?P<value>glpat-[A-Za-z0-9_\-]{20,}(?:\.[A-Za-z0-9_\-]+){0,2})" + _R,
             "GitLab personal/project/group access token (glpat-)", anchors=("glpat-",)),
    _pattern("gitlab_pipeline_trigger_token", "GITLAB_TOKEN", 0.97, _L + r"(?P<value>glptt-[0-9a-f]{40})" + _R,
             "GitLab pipeline trigger token (glptt-)", anchors=("glptt-",)),
    _pattern("gitlab_runner_token", "GITLAB_TOKEN", 0.95,
             _L + r"(?P<value>(?:glrt-[A-Za-z0-9_\-]{20,}|GR1348941[A-Za-z0-9_\-]{20,}))" + _R,
             "GitLab runner authentication / registration token", anchors=("glrt-", "GR1348941")),
    _pattern("gitlab_other_token", "GITLAB_TOKEN", 0.95,
             _L + r"(?P<value>(?:gldt|glcbt|glsoat|glft|glimt|glagent|gloas|glffct)-[A-Za-z0-9_\-]{20,})" + _R,
             "GitLab deploy, CI job, SCIM, feed, agent and OAuth tokens",
             anchors=("gldt-", "glcbt-", "glsoat-", "glft-", "glimt-", "glagent-", "gloas-", "glffct-")),
    # ---------------------------------------------------------------- Slack
    _pattern("slack_bot_token", "SLACK_TOKEN", 0.97,
             _L + r"(?P<value>xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,34})" + _R,
             "Slack bot token (xoxb-)", anchors=("xoxb-",)),
    _pattern("slack_user_token", "SLACK_TOKEN", 0.97,
             _L + r"(?P<value>xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34})" + _R,
             "Slack user token (xoxp-)", anchors=("xoxp-",)),
    _pattern("slack_other_token", "SLACK_TOKEN", 0.92,
             _L + r"(?P<value>(?:xox[aeors]-[A-Za-z0-9\-]{10,}|xoxe\.xox[bp]-[A-Za-z0-9\-]{20,}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{32,}))" + _R,
             "Slack app-level, refresh, legacy and workspace tokens",
             anchors=("xoxa-", "xoxe", "xoxo-", "xoxr-", "xoxs-", "xapp-")),
    _pattern("slack_webhook_url", "SLACK_WEBHOOK", 0.97,
             r"(?P<value>https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,})",
             "Slack incoming-webhook / workflow URL (the URL is the credential)",
             anchors=("https://hooks.slack.com/",)),
    # ------------------------------------------------------------- payments
    _pattern("stripe_live_secret_key", "STRIPE_KEY", 0.97, _L + r"(?P<value>sk_live_[0-9a-zA-Z]{20,247})" + _R,
             "Stripe live secret key (sk_live_)", anchors=("sk_live_",)),
    _pattern("stripe_test_secret_key", "STRIPE_KEY", 0.93, _L + r"(?P<value>sk_test_[0-9a-zA-Z]{20,247})" + _R,
             "Stripe test secret key (sk_test_)", anchors=("sk_test_",)),
    _pattern("stripe_restricted_key", "STRIPE_KEY", 0.97, _L + r"(?P<value>rk_(?:live|test)_[0-9a-zA-Z]{20,247})" + _R,
             "Stripe restricted key (rk_live_/rk_test_)", anchors=("rk_live_", "rk_test_")),
    _pattern("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", 0.95, _L + r"(?P<value>whsec_[A-Za-z0-9+/=]{24,})" + _R,
             "Stripe webhook signing secret (whsec_)", anchors=("whsec_",)),
    _pattern("square_access_token", "SQUARE_TOKEN", 0.9,
             _L + r"(?P<value>(?:sq0atp-[A-Za-z0-9_\-]{22}|EAAA[A-Za-z0-9_\-]{60}))" + _R,
             "Square access token (EAAA... / sq0atp-)", anchors=("sq0atp-", "EAAA")),
    _pattern("square_oauth_secret", "SQUARE_SECRET", 0.97, _L + r"(?P<value>sq0csp-[A-Za-z0-9_\-]{43})" + _R,
             "Square OAuth application secret (sq0csp-)", anchors=("sq0csp-",)),
    _pattern("braintree_access_token", "BRAINTREE_TOKEN", 0.98,
             r"(?P<value>access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})",
             "PayPal Braintree access token", anchors=("access_token$",)),
    # ---------------------------------------------------- messaging / email
    _pattern("twilio_api_key", "TWILIO_API_KEY", 0.85, _L_ALNUM + r"(?P<value>SK[0-9a-fA-F]{32})" + _R_ALNUM,
             "Twilio API key SID (SK + 32 hex)", anchors=("SK",)),
    _pattern("twilio_auth_token", "TWILIO_AUTH_TOKEN", 0.9,
             r"(?i:twilio[\w.\-]{0,30}?(?:auth_?token|secret))[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[0-9a-f]{32})" + _R_ALNUM,
             "Twilio auth token next to a twilio key name", anchors_lower=("twilio",)),
    _pattern("sendgrid_api_key", "SENDGRID_API_KEY", 0.98,
             _L + r"(?P<value>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})" + _R,
             "SendGrid API key (SG.xxx.yyy)", anchors=("SG.",)),
    _pattern("mailgun_api_key", "MAILGUN_API_KEY", 0.88, _L + r"(?P<value>key-[0-9a-f]{32})" + _R,
             "Mailgun private API key (key-)", anchors=("key-",)),
    _pattern("mailgun_signing_key", "MAILGUN_API_KEY", 0.8,
             _L + r"(?P<value>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})" + _R,
             "Mailgun API / webhook signing key (32-8-8 hex)", required_lower=("mailgun",)),
    _pattern("mailchimp_api_key", "MAILCHIMP_API_KEY", 0.9, _L + r"(?P<value>[0-9a-f]{32}-us[0-9]{1,2})" + _R,
             "Mailchimp API key (32 hex + -usN)", anchors=("-us",), back=(32, 32)),
    _pattern("discord_bot_token", "DISCORD_BOT_TOKEN", 0.85,
             _L + r"(?P<value>[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40})" + _R,
             "Discord bot token (base64 user id . timestamp . hmac)", required_lower=("discord", "bot")),
    _pattern("discord_webhook_url", "DISCORD_WEBHOOK", 0.97,
             r"(?P<value>https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v\d+)?/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,68})",
             "Discord webhook URL (the URL is the credential)",
             anchors=("https://discord", "https://ptb.discord", "https://canary.discord")),
    _pattern("telegram_bot_token", "TELEGRAM_BOT_TOKEN", 0.92,
             r"(?<![0-9])(?P<value>[0-9]{8,10}:AA[A-Za-z0-9_\-]{33})" + _R,
             "Telegram bot token (bot id:AA...)", anchors=(":AA",), back=(8, 10)),
    _pattern("twitter_bearer_token", "TWITTER_BEARER_TOKEN", 0.95,
             r"(?<!A)(?P<value>A{21,22}(?!A)[A-Za-z0-9%]{30,})",
             "Twitter / X app bearer token (AAAA...)", anchors=("AAAAAAAAAAAAAAAAAAAAA",)),
    _pattern("firebase_fcm_server_key", "FIREBASE_FCM_KEY", 0.97,
             _L + r"(?P<value>AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,})" + _R,
             "Firebase Cloud Messaging legacy server key", anchors=(":APA91b",), back=(11, 11)),
    # --------------------------------------------------------------- AI/ML
    _pattern("openai_project_key", "OPENAI_API_KEY", 0.97,
             _L + r"(?P<value>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,})" + _R,
             "OpenAI project / service-account / admin key", anchors=("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-")),
    _pattern("openai_legacy_key", "OPENAI_API_KEY", 0.98,
             _L + r"(?P<value>sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + _R,
             "OpenAI legacy user key (contains T3BlbkFJ)", anchors=("T3BlbkFJ",), back=(23, 23)),
    _pattern("openai_style_key", "OPENAI_API_KEY", 0.85, _L + r"(?P<value>sk-[A-Za-z0-9]{48})" + _R,
             "sk- + 48 alphanumerics (OpenAI and compatible APIs such as DeepSeek)", anchors=("sk-",)),
    _pattern("anthropic_api_key", "ANTHROPIC_API_KEY", 0.98,
             _L + r"(?P<value>sk-ant-(?:api|admin|sid|oat|ort)\d{2}-[A-Za-z0-9_\-]{80,120})" + _R,
             "Anthropic API / admin key (sk-ant-)", anchors=("sk-ant-",)),
    _pattern("huggingface_token", "HUGGINGFACE_TOKEN", 0.95,
             _L + r"(?P<value>(?:hf_|api_org_)[A-Za-z0-9]{30,40})" + _R,
             "Hugging Face user / org token (hf_)", anchors=("hf_", "api_org_")),
    _pattern("replicate_api_token", "REPLICATE_API_TOKEN", 0.95, _L + r"(?P<value>r8_[A-Za-z0-9]{37})" + _R,
             "Replicate API token (r8_)", anchors=("r8_",)),
    _pattern("groq_api_key", "GROQ_API_KEY", 0.97, _L + r"(?P<value>gsk_[A-Za-z0-9]{52})" + _R,
             "Groq API key (gsk_)", anchors=("gsk_",)),
    _pattern("perplexity_api_key", "PERPLEXITY_API_KEY", 0.95, _L + r"(?P<value>pplx-[A-Za-z0-9]{48})" + _R,
             "Perplexity API key (pplx-)", anchors=("pplx-",)),
    _pattern("xai_api_key", "XAI_API_KEY", 0.95, _L + r"(?P<value>xai-[A-Za-z0-9]{70,90})" + _R,
             "xAI API key (xai-)", anchors=("xai-",)),
    # -------------------------------------------------- package registries
    _pattern("npm_access_token", "NPM_TOKEN", 0.97, _L + r"(?P<value>npm_[A-Za-z0-9]{36})" + _R,
             "npm access token (npm_)", anchors=("npm_",)),
    _pattern("npmrc_auth_token", "NPM_TOKEN", 0.9,
             r"(?:(?<=:)|(?<![^\n]))_auth(?:Token)?=[\"']?(?P<value>[^\s\"'$]{8,})",
             "_authToken / _auth value in an .npmrc", anchors=("_auth",), refine=_refine_literal),
    _pattern("pypi_upload_token", "PYPI_TOKEN", 0.98, _L + r"(?P<value>pypi-AgE[A-Za-z0-9_\-]{50,})" + _R,
             "PyPI / TestPyPI API token (pypi-AgE...)", anchors=("pypi-AgE",)),
    _pattern("docker_hub_token", "DOCKER_HUB_TOKEN", 0.97, _L + r"(?P<value>dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,})" + _R,
             "Docker Hub personal / organisation access token", anchors=("dckr_",)),
    # ------------------------------------------------------------ commerce
    _pattern("shopify_token", "SHOPIFY_TOKEN", 0.97, _L + r"(?P<value>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})" + _R,
             "Shopify access token / shared secret (shpat_, shpss_, shpca_, shppa_)",
             anchors=("shpat_", "shpss_", "shpca_", "shppa_")),
    _pattern("hubspot_private_app_token", "HUBSPOT_TOKEN", 0.95,
             _L + r"(?P<value>pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + _R,
             "HubSpot private app access token (pat-na1-...)", anchors=("pat-na", "pat-eu", "pat-ap")),
    # --------------------------------------------------------- observability
    _pattern("datadog_api_key", "DATADOG_API_KEY", 0.9,
             r"(?i:(?:datadog|dd)[_\-]?(?:api|app|application|client)[_\-]?key)[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[a-f0-9]{40}|[a-f0-9]{32})(?![a-f0-9])",
             "Datadog API / application key next to a datadog key name", anchors_lower=("dd", "datadog")),
    _pattern("new_relic_api_key", "NEW_RELIC_KEY", 0.97,
             _L + r"(?P<value>(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_\-]{32}|NRJS-[a-f0-9]{19}|NRAA-[a-f0-9]{27}))" + _R,
             "New Relic user / insert / browser / admin key", anchors=("NRAK-", "NRII-", "NRJS-", "NRAA-")),
    _pattern("new_relic_license_key", "NEW_RELIC_KEY", 0.95, _L + r"(?P<value>[a-f0-9]{36}NRAL)" + _R,
             "New Relic ingest license key (...NRAL)", anchors=("NRAL",), back=(36, 36)),
    _pattern("sentry_dsn", "SENTRY_DSN", 0.9,
             r"(?<=http)s?://(?P<value>[0-9a-f]{32}(?::[0-9a-f]{32})?)@[\w.\-]+(?::\d+)?/\d+",
             "key part of a Sentry DSN (https://KEY@host/project)", anchors=("://",), back=(0, 1)),
    _pattern("sentry_auth_token", "SENTRY_TOKEN", 0.97,
             _L + r"(?P<value>(?:sntrys_[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64}))",
             "Sentry organisation / user auth token", anchors=("sntrys_", "sntryu_")),
    _pattern("grafana_service_account_token", "GRAFANA_TOKEN", 0.98,
             _L + r"(?P<value>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})" + _R,
             "Grafana service account token (glsa_)", anchors=("glsa_",)),
    _pattern("grafana_cloud_token", "GRAFANA_TOKEN", 0.95, _L + r"(?P<value>glc_[A-Za-z0-9+/]{32,400}={0,2})",
             "Grafana Cloud access policy token (glc_)", anchors=("glc_",)),
    _pattern("grafana_api_key", "GRAFANA_TOKEN", 0.9, _L + r"(?P<value>eyJrIjoi[A-Za-z0-9+/=]{50,})",
             "Grafana legacy API key (base64 JSON starting {\"k\":)", anchors=("eyJrIjoi",)),
    # ------------------------------------------------------ infrastructure
    _pattern("heroku_api_key", "HEROKU_API_KEY", 0.97, _L + r"(?P<value>HRKU-[A-Za-z0-9_\-]{58,64})" + _R,
             "Heroku platform API key (HRKU-)", anchors=("HRKU-",)),
    _pattern("heroku_legacy_api_key", "HEROKU_API_KEY", 0.85,
             r"(?i:heroku[\w.\-]{0,20}?(?:api_?key|token|password|secret))[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
             "Heroku legacy API key (UUID next to a heroku key name)", anchors_lower=("heroku",)),
    _pattern("digitalocean_token", "DIGITALOCEAN_TOKEN", 0.98, _L + r"(?P<value>do[opr]_v1_[a-f0-9]{64})" + _R,
             "DigitalOcean personal / OAuth / refresh token", anchors=("dop_v1_", "doo_v1_", "dor_v1_")),
    _pattern("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", 0.9,
             r"(?i:(?:cloudflare|cf)[_\-]?(?:api[_\-]?)?(?:token|key))[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[A-Za-z0-9_\-]{40}|[a-f0-9]{37})" + _R,
             "Cloudflare API token / global API key next to a cloudflare key name",
             anchors_lower=("cloudflare", "cf")),
    _pattern("cloudflare_origin_ca_key", "CLOUDFLARE_ORIGIN_CA_KEY", 0.97,
             _L + r"(?P<value>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})" + _R,
             "Cloudflare Origin CA key (v1.0-)", anchors=("v1.0-",)),
    _pattern("vault_token", "VAULT_TOKEN", 0.95, _L + r"(?P<value>hv[sbr]\.[A-Za-z0-9_\-]{24,})" + _R,
             "HashiCorp Vault service / batch / recovery token (hvs.)", anchors=("hvs.", "hvb.", "hvr.")),
    _pattern("terraform_cloud_token", "TERRAFORM_CLOUD_TOKEN", 0.98,
             _L + r"(?P<value>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70})" + _R,
             "Terraform Cloud / Enterprise API token (.atlasv1.)", anchors=(".atlasv1.",), back=(14, 14)),
    _pattern("pulumi_access_token", "PULUMI_TOKEN", 0.97, _L + r"(?P<value>pul-[a-f0-9]{40})" + _R,
             "Pulumi access token (pul-)", anchors=("pul-",)),
    _pattern("doppler_token", "DOPPLER_TOKEN", 0.97,
             _L + r"(?P<value>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{1,40}\.)?[A-Za-z0-9]{40,44})" + _R,
             "Doppler personal / service / CLI token (dp.pt., dp.st.)", anchors=("dp.",)),
    _pattern("databricks_token", "DATABRICKS_TOKEN", 0.95, _L + r"(?P<value>dapi[a-f0-9]{32}(?:-\d)?)" + _R,
             "Databricks personal access token (dapi)", anchors=("dapi",)),
    _pattern("atlassian_api_token", "ATLASSIAN_TOKEN", 0.95, _L + r"(?P<value>AT[A-Z]TT3[A-Za-z0-9_=\-]{150,250})" + _R,
             "Atlassian (Jira / Confluence / Bitbucket) API token (ATATT3...)", anchors=("TT3",), back=(3, 3)),
    _pattern("okta_api_token", "OKTA_TOKEN", 0.9,
             r"(?i:okta[\w.\-]{0,30}?(?:token|key|secret)[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?|SSWS[ \t]+)(?P<value>00[A-Za-z0-9_\-]{40})" + _R,
             "Okta API token (SSWS 00...)", anchors_lower=("okta", "ssws")),
    _pattern("linear_api_key", "LINEAR_API_KEY", 0.97,
             _L + r"(?P<value>lin_(?:api_[A-Za-z0-9]{40}|oauth_[a-f0-9]{64}))" + _R,
             "Linear API key / OAuth token (lin_api_)", anchors=("lin_api_", "lin_oauth_")),
    _pattern("notion_token", "NOTION_TOKEN", 0.93,
             _L + r"(?P<value>(?:ntn_[0-9]{11}[A-Za-z0-9]{32,36}|secret_[A-Za-z0-9]{43}))" + _R,
             "Notion integration token (ntn_ / secret_)", anchors=("ntn_", "secret_")),
    _pattern("postman_api_key", "POSTMAN_API_KEY", 0.98, _L + r"(?P<value>PMAK-[a-f0-9]{24}-[a-f0-9]{34})" + _R,
             "Postman API key (PMAK-)", anchors=("PMAK-",)),
    _pattern("mapbox_secret_token", "MAPBOX_TOKEN", 0.95,
             _L + r"(?P<value>sk\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,})" + _R,
             "Mapbox secret access token (sk.eyJ...)", anchors=("sk.eyJ",)),
    _pattern("algolia_admin_key", "ALGOLIA_API_KEY", 0.88,
             r"(?i:algolia[\w.\-]{0,30}?key)[\"'`\]]*[ \t]*[:=][ \t]*[\"'`]?(?P<value>[a-f0-9]{32})" + _R_ALNUM,
             "Algolia admin / write API key next to an algolia key name", anchors_lower=("algolia",)),
    _pattern("airtable_pat", "AIRTABLE_TOKEN", 0.95, _L + r"(?P<value>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})" + _R,
             "Airtable personal access token (patXXXX.hex)", anchors=("pat",)),
    _pattern("supabase_token", "SUPABASE_TOKEN", 0.97, _L + r"(?P<value>sb[pa]_[a-f0-9]{40})" + _R,
             "Supabase management / account token (sbp_)", anchors=("sbp_", "sba_")),
    _pattern("planetscale_token", "PLANETSCALE_TOKEN", 0.97,
             _L + r"(?P<value>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.\-]{32,64})" + _R,
             "PlanetScale service token / database password", anchors=("pscale_",)),
    _pattern("netlify_token", "NETLIFY_TOKEN", 0.95, _L + r"(?P<value>nfp_[A-Za-z0-9]{36})" + _R,
             "Netlify personal access token (nfp_)", anchors=("nfp_",)),
    _pattern("sonarqube_token", "SONAR_TOKEN", 0.95, _L + r"(?P<value>sq[apu]_[a-f0-9]{40})" + _R,
             "SonarQube / SonarCloud token (squ_, sqp_, sqa_)", anchors=("squ_", "sqp_", "sqa_")),
    _pattern("dropbox_token", "DROPBOX_TOKEN", 0.9, _L + r"(?P<value>sl\.(?:u\.)?[A-Za-z0-9_\-]{130,})" + _R,
             "Dropbox short-lived access token (sl.)", anchors=("sl.",)),
    _pattern("figma_token", "FIGMA_TOKEN", 0.95, _L + r"(?P<value>fig[dou]_[A-Za-z0-9_\-]{40,})" + _R,
             "Figma personal access token (figd_)", anchors=("figd_", "figo_", "figu_")),
    _pattern("contentful_token", "CONTENTFUL_TOKEN", 0.95, _L + r"(?P<value>CFPAT-[A-Za-z0-9_\-]{43})" + _R,
             "Contentful personal access token (CFPAT-)", anchors=("CFPAT-",)),
    _pattern("age_secret_key", "AGE_SECRET_KEY", 0.99,
             r"(?P<value>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})",
             "age encryption secret key", anchors=("AGE-SECRET-KEY-1",)),
    # ------------------------------------------------- generic structures
    _pattern("jwt", "JWT", 0.9,
             _L + r"(?P<value>eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*)" + _R,
             "JSON Web Token (header.payload.signature, base64url JSON)", anchors=("eyJ",)),
    _pattern("authorization_bearer", "BEARER_TOKEN", 0.92,
             r"(?i:authorization)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?[ \t]*(?i:bearer)[ \t]+(?P<value>[A-Za-z0-9\-._~+/]{8,}=*)",
             "token of an `Authorization: Bearer` header", anchors_lower=("authorization",), refine=_refine_token),
    _pattern("bearer_token", "BEARER_TOKEN", 0.85,
             r"(?<![A-Za-z])(?i:bearer)[ \t]+(?P<value>[A-Za-z0-9\-._~+/]{8,}=*)",
             "token after the word Bearer (headers written in code, logs and prose)",
             anchors_lower=("bearer",), refine=_refine_token),
    _pattern("authorization_basic", "BASIC_AUTH", 0.95,
             r"(?<![A-Za-z])(?i:basic)[ \t]+(?P<value>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
             "base64 user:password of a `Basic` authorization header", anchors_lower=("basic",), refine=_refine_basic),
    _pattern("authorization_other_scheme", "AUTH_TOKEN", 0.88,
             r"(?i:authorization)[\"'`]?[ \t]*[:=][ \t]*[\"'`]?[ \t]*(?i:token|ssws|apikey|api-key|sso-key|key|otp|hmac|splunk|dsn|klaviyo-api-key)[ \t=]+(?P<value>[A-Za-z0-9\-._~+/:]{8,}=*)",
             "credential of an Authorization header with a token/SSWS/ApiKey/... scheme",
             anchors_lower=("authorization",), refine=_refine_token),
    _pattern("private_key_block", "PRIVATE_KEY", 0.99,
             r"-{4,5} ?BEGIN (?P<label>[A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?) ?-{4,5}",
             "PEM / OpenSSH / PGP private key block, BEGIN line through END line",
             anchors=("BEGIN ",), back=(4, 6), refine=_refine_private_key),
    _pattern("putty_private_key", "PRIVATE_KEY", 0.98,
             r"(?P<value>PuTTY-User-Key-File-\d: [\s\S]{0,12000}?Private-MAC: [0-9a-fA-F]{40,64})",
             "PuTTY .ppk private key file", anchors=("PuTTY-User-Key-File-",)),
    _pattern("password_hash", "PASSWORD_HASH", 0.9,
             r"(?P<value>\$(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"
             r"|apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}"
             r"|[156]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}"
             r"|y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{43}"
             r"|argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+))",
             "crypt(3) password hash: bcrypt, apr1 (htpasswd), sha-crypt, yescrypt, argon2",
             anchors=("$2", "$apr1$", "$1$", "$5$", "$6$", "$y$", "$argon2")),
    # ------------------------------------------------ connection strings
    _pattern("database_url_credentials", "CONNECTION_STRING", 0.95,
             _USERINFO,
             "user:password in a database / broker / cache URL (postgres://, mongodb+srv://, redis://, amqp://, ...)",
             anchors=("://",), refine=_refine_database_userinfo),
    _pattern("url_credentials", "URL_CREDENTIALS", 0.9,
             _USERINFO,
             "user:password embedded in any URL (https://user:pass@host)",
             anchors=("://",), refine=_refine_url_userinfo),
    _pattern("jdbc_password", "CONNECTION_STRING", 0.95,
             r"(?i:\bjdbc:[^\s\"'<>]{0,300}?[;?&]password=)(?P<value>[^;&\s\"'<>]+)",
             "password= parameter of a JDBC URL", anchors_lower=("jdbc:",), refine=_refine_literal),
    _pattern("jdbc_oracle_credentials", "CONNECTION_STRING", 0.95,
             r"(?i:\bjdbc:oracle:(?:thin|oci)):(?P<value>[^\s/@\"':]+/[^\s@\"']+)@",
             "user/password of an Oracle JDBC URL", anchors_lower=("jdbc:oracle",)),
    _pattern("odbc_password", "CONNECTION_STRING", 0.92,
             r"(?:(?<=;)|(?<=;[ \t])|(?<=[\"'])(?=(?i:password|pwd)=[^;\"'\n]*;))(?i:password|pwd)[ \t]*=[ \t]*(?P<value>\{[^}\n]*\}|[^;\"'\n<>]+)",
             "Password= / Pwd= of an ADO.NET / ODBC connection string",
             anchors_lower=("password=", "pwd="), refine=_refine_literal),
    _pattern("sql_password", "PASSWORD", 0.85,
             r"(?i:\b(?:identified\s+by|password))\s+'(?P<value>(?:[^'\n]|'')+)'",
             "password literal in SQL (CREATE USER ... IDENTIFIED BY '...', WITH PASSWORD '...')",
             anchors_lower=("password", "identified"), refine=_refine_literal),
    _pattern("mysql_cli_password", "PASSWORD", 0.85,
             r"\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200}?[ \t]-p(?P<value>[^\s'\"\-][^\s]*|'[^'\n]+'|\"[^\"\n]+\")",
             "password glued to -p on a mysql command line", anchors_lower=("mysql", "mariadb"),
             refine=_refine_literal),
    _pattern("registry_login_password", "PASSWORD", 0.85,
             r"(?:(?<=docker )|(?<=podman )|(?<=buildah )|(?<=skopeo )|(?<=oras )|(?<=nerdctl ))login\b[^\n]{0,200}?[ \t](?:-p|--password)[ =]+(?P<value>[^\s\-][^\s]*)",
             "password on a `docker login -p` command line", anchors=("login",), refine=_refine_literal),
    _pattern("curl_user_credentials", "BASIC_AUTH", 0.85,
             r"(?<=\s)(?:-u|--user)[ =][\"']?(?P<value>[^\s:\"'$\-][^\s:\"']*:[^\s\"']+)",
             "user:password given to curl -u / --user", anchors=("-u", "--user"), refine=_refine_userinfo),
    _pattern("pgpass_password", "PASSWORD", 0.85,
             # pgpass escapes ":" inside a field as "\:"; an unescaped ":" in the last
             # field means another format (/etc/shadow's password-aging fields).
             r"(?m)^[A-Za-z0-9_.\-*\[\]]+:(?:\d{2,5}|\*):[^:\s]+:[^:\s]+:(?P<value>(?:[^\s:\\]|\\.)+)$",
             "password field of a ~/.pgpass line (host:port:db:user:password)", refine=_refine_literal),
    _pattern("cookie_header", "SESSION_COOKIE", 0.85,
             r"(?i:\bcookie)[\"']?[ \t]*:[ \t]*[\"']?(?P<value>[\w.\-]+=[^\s;\"'\\]{8,}(?:;[ \t]*[\w.\-]+=[^\s;\"'\\]*)*)",
             "Cookie / Set-Cookie header value (session cookies are bearer credentials)",
             anchors_lower=("cookie",), refine=_refine_token_pairs),
    _pattern("netrc_password", "PASSWORD", 0.9,
             r"\bmachine\s+\S+(?:\s+(?:login|account|port)\s+\S+)*\s+password\s+(?P<value>\"[^\"\n]+\"|\S+)",
             "password of a .netrc machine entry", anchors=("machine",), refine=_refine_literal),
    _pattern("powershell_secure_string", "PASSWORD", 0.9,
             r"ConvertTo-SecureString\s+(?:-String\s+)?([\"'])(?P<value>[^\"'\n]+)\1\s+-AsPlainText",
             "plain-text password turned into a PowerShell SecureString", anchors=("ConvertTo-SecureString",),
             refine=_refine_literal),
)


# --------------------------------------------------------------------------
# Keyword context: which key names hold secrets
# --------------------------------------------------------------------------

_PASSWORD_WORDS = frozenset({"password", "passwd", "passphrase", "passcode"})
_PASSWORD_LAST_ONLY = frozenset({"pass", "pwd", "pw"})  # DB_PASS, MYSQL_PWD; not pass_through
_SECRET_WORDS = frozenset({"secret", "token", "credential", "credentials", "creds", "cred", "apikey"})
_LAST_ONLY_WORDS = frozenset({"auth"})  # docker "auth", basic_auth; not authDomain
# "PAT" is also short for "pattern": only a personal access token next to a vendor name.
_PAT_QUALIFIERS = frozenset("github gitlab gh gl ado azdo devops azure bitbucket hf personal docker dockerhub npm".split())
# X_key where X is one of these: api_key, client_key, master_key, routing_key ...
_KEY_QUALIFIERS = frozenset(
    """
    api access secret private priv client app application account master signing sign encryption encrypt
    enc crypt crypto cipher auth session service shared storage subscription license licence admin write
    server deploy hmac jwt webhook sas aes gpg pgp consumer integration routing ingest ingestion
    """.split()
)
_COMPRESSED_SUFFIXES = (
    "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "secretkey",
    "privatekey", "authkey", "masterkey", "clientsecret",
)
_DENY_LAST = frozenset(
    """
    url uri urls endpoint endpoints host hostname domain server port path paths file files filename dir
    directory folder location type types name names id ids length len size count total min max limit policy
    policies expiry expires expired expiration exp ttl timeout lifetime age duration interval seconds secs
    ms minutes hours days header headers prefix suffix regex pattern label hint placeholder required enabled
    disabled enable disable format version provider method methods mode kind rotation rotated ref field
    fields column env var variable input widget help message msg error errors text title description desc
    template class classes style selector store backend manager helper util utils validator validators
    strategy scheme flow grant scope scopes audience issuer algorithm alg algo usage used set exists present
    missing changed updated created date time timestamp index idx num number bits bytes list map dict cache
    budget counter encoding encoder decoder parser output mask masked visible toggle icon button form page
    view route handler callback sent strength check stdin prompt command cmd script generator hasher
    hashers mismatch attempts reset request response rules rule source sources service issued revoked
    refreshed invalid valid option options config settings comment comments doc docs
    """.split()
)
_DENY_FIRST = frozenset(
    """
    get set fetch load read validate check verify generate hash encode decode parse rotate revoke count
    num max min is has use show hide toggle enable disable require allow forgot should can must needs on
    handle no update create delete remove save store
    """.split()
)


@lru_cache(maxsize=4096)
def _classify_key(key: str) -> str | None:
    """Span kind for a value stored under `key`, or None if the key is not secret-ish."""
    parts = _identifier_parts(key)
    if not parts or parts[-1] in _DENY_LAST or parts[0] in _DENY_FIRST:
        return None
    last = len(parts) - 1
    found: str | None = None
    for index, part in enumerate(parts):
        if part in _PASSWORD_WORDS or (index == last and part in _PASSWORD_LAST_ONLY):
            return "PASSWORD"
        if part.endswith(("password", "passwd", "passphrase")) and len(part) > 8:
            return "PASSWORD"  # PGPASSWORD, dbpassword
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


def is_secret_key_name(name: str) -> bool:
    """True if a field / variable / header called `name` usually holds a secret."""
    return _classify_key(name.strip().strip("\"'`$-")) is not None


# Key names are found by anchoring on a keyword stem and growing to the whole
# identifier; `_classify_key` then decides. Bounded repeats keep this linear.
_STEM_WORDS = ("pass", "pwd", "pw", "secret", "token", "key", "auth", "cred", "pat")
_STEMS = r"(?i:pass|pwd|pw|secret|token|key|auth|cred|pat)"
_KEY_CHARS = r"[A-Za-z0-9_.\-]"
_ASSIGNMENT = re.compile(
    r"(?<![A-Za-z0-9_.\-])"
    r"(?P<kq>\\?[\"'`]?)"
    r"(?P<key>" + _KEY_CHARS + r"{0,48}?" + _STEMS + _KEY_CHARS + r"{0,48})"
    r"(?P<kc>\\?[\"'`]?\]?)"
    r"[ \t]*(?P<sep>:=|=>|===?|!==?|=(?![=>~])|:(?![:/\\])|,)[ \t]*"
)
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
_XML_CLOSING_TAG = re.compile(r"</([A-Za-z_][\w.:\-]{0,80})>")
_NAME_ATTRIBUTE = re.compile(r"\b(?:name|key)[ \t]*=[ \t]*[\"']([\w.:\-]{1,80})[\"']")
# variable "admin_password" { default = "..." } (Terraform / HCL)
_HCL_VARIABLE_DEFAULT = re.compile(
    r"variable[ \t]+\"(?P<key>[\w\-]{1,80})\"[ \t]*\{[^}]{0,400}?\bdefault[ \t]*=[ \t]*"
)
_CLI_FLAG = re.compile(
    r"(?<![\w\-])--(?P<key>[A-Za-z][\w\-]{0,40}?" + _STEMS + r"[\w\-]{0,40})[ \t]+(?=[^\s\-])"
)
# "my password is hunter2", "the new DB password `x`", "api key: ..."
_PROSE_WORDS = ("password", "passphrase", "passcode", "passwd", "pwd", "api", "access", "secret", "token")
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
        match = _ASSIGNMENT.match(text, start)
        if match:
            yield match


_LOOK_BACK = 256  # how far back on a line the keyword rules look for context
_KEY_CHAR_SET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")


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


# --------------------------------------------------------------------------
# The detector
# --------------------------------------------------------------------------

# Proximity rule: a secret-ish word followed closely by a high-entropy token.
_PROXIMITY_WORDS = ("password", "passwd", "passphrase", "secret", "token", "api", "access", "credential", "private")
_PROXIMITY_KEYWORD = re.compile(
    r"(?i)password|passwd|passphrase|secret|token|api[_ \-]?key|access[_ \-]?key|credential|private[_ \-]?key"
)
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/=_.~\-])[A-Za-z0-9+/_.~\-]{16,512}={0,2}(?![A-Za-z0-9+/=_.~\-])")
_ASSIGNED_TO = re.compile(r"([A-Za-z_][\w.\-]*)[\"']?[ \t]*[:=][ \t]*[\"']?$")
# Parts that make an identifier-looking candidate a name in code, not a token.
_CODE_WORDS = _SECRET_NAME_PARTS | frozenset("private public key get set new from to".split())
_GIT_CONTEXT = re.compile(r"(?i)\b(?:commit|sha|rev|revision|merge|head|tree|parent|tag|hash|digest|checksum)\b")


class _TextIndex:
    """One text plus its lower-cased copy and literal positions, built once per detect().

    Every rule starts from a literal (a token prefix, a keyword stem): finding
    literals with str.find and running a regex only where one occurs is far
    cheaper than scanning the text once per rule.
    """

    __slots__ = ("text", "lowered", "_positions", "_break_starts", "_break_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # Index arithmetic on the lowered copy is only valid when lower()
        # kept every character one character long (not so for e.g. "İ").
        self.lowered: str | None = lowered if len(lowered) == len(text) else None
        self._positions: dict[tuple[str, bool], list[int]] = {}
        self._break_starts: list[int] | None = None
        self._break_ends: list[int] = []

    def line_bounds(self, position: int) -> tuple[int, int]:
        """[start, end) of the line around `position`.

        A literal backslash-n also ends a line: tool results and JSON bodies
        often carry whole files as one escaped string. Lines are looked up by
        bisection so that a huge single-line text costs no more than many
        short lines.
        """
        if self._break_starts is None:
            breaks = sorted(
                [(i, i + 1) for i in self.positions(("\n",), lower=False)]
                + [(i, i + 2) for i in self.positions(("\\n",), lower=False)]
            )
            self._break_starts = [b for b, _ in breaks]
            self._break_ends = [e for _, e in breaks]
        at = bisect.bisect_right(self._break_ends, position) - 1
        start = self._break_ends[at] if at >= 0 else 0
        following = bisect.bisect_left(self._break_starts, position)
        end = self._break_starts[following] if following < len(self._break_starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def contains(self, needles: tuple[str, ...], lower: bool) -> bool:
        haystack = self.lowered if lower else self.text
        return haystack is not None and any(needle in haystack for needle in needles)

    def positions(self, needles: tuple[str, ...], lower: bool) -> list[int]:
        """Sorted start offsets of all occurrences of the needles."""
        found: list[int] = []
        haystack = self.lowered if lower else self.text
        if haystack is None:
            raise ValueError("no lower-cased index for this text; callers scan it directly")
        for needle in needles:
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
        if len(needles) > 1:
            found = sorted(set(found))
        return found

    def anchored(self, regex: re.Pattern[str], needles: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """Matches of `regex` starting exactly at a (lower-cased) needle."""
        if self.lowered is None:
            yield from regex.finditer(self.text)
            return
        for position in self.positions(needles, lower=True):
            match = regex.match(self.text, position)
            if match:
                yield match


def _pattern_matches(pattern: SecretPattern, index: _TextIndex) -> Iterator[re.Match[str]]:
    text = index.text
    if not pattern.anchors and not pattern.anchors_lower:
        if not pattern.required_lower or index.contains(pattern.required_lower, lower=True) or index.lowered is None:
            yield from pattern.regex.finditer(text)
        return
    if pattern.anchors_lower and index.lowered is None:
        yield from pattern.regex.finditer(text)
        return
    positions = index.positions(pattern.anchors, lower=False) if pattern.anchors else []
    if pattern.anchors_lower:
        lowered = index.positions(pattern.anchors_lower, lower=True)
        positions = sorted(set(positions + lowered)) if positions else lowered
    nearest, farthest = pattern.back
    last_end = -1
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


class SecretsDetector:
    """Finds credentials: catalogue formats, secret-ish assignments and entropy near keywords.

    Knobs:
      entropy_threshold: minimum Shannon entropy (bits/char) for values that
        have no validated format (generic keys, proximity candidates).
      min_length: minimum length of a generic (non-password) secret value.
      min_password_length: minimum length of a value under a password key.
      proximity_window: how many characters after a keyword are searched for
        a high-entropy token; 0 disables the proximity rule.
    """

    name = DETECTOR_NAME

    def __init__(
        self,
        entropy_threshold: float = 3.0,
        min_length: int = 8,
        min_password_length: int = 4,
        proximity_window: int = 48,
    ) -> None:
        self.entropy_threshold = entropy_threshold
        self.min_length = min_length
        self.min_password_length = min_password_length
        self.proximity_window = proximity_window

    # ------------------------------------------------------------ public
    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        if not text:
            return []
        index = _TextIndex(text)
        spans: list[Span] = []
        spans.extend(self._catalogue_spans(index))
        spans.extend(self._keyword_spans(index))
        if self.proximity_window > 0:
            spans.extend(self._proximity_spans(index, spans))
        if item.field_name and item.segment_kind == "json_value":
            spans.extend(self._field_name_spans(text, item.field_name))
        return merge_spans(_without_placeholders(text, spans))

    # --------------------------------------------------------- catalogue
    def _catalogue_spans(self, index: _TextIndex) -> Iterator[Span]:
        text = index.text
        for pattern in SECRET_PATTERNS:
            has_value = "value" in pattern.regex.groupindex
            for match in _pattern_matches(pattern, index):
                start, end = match.span("value") if has_value else match.span()
                if pattern.refine is not None:
                    refined = pattern.refine(text, match, start, end)
                    if refined is None:
                        continue
                    start, end = refined
                if end <= start or (end - start < 256 and _is_masked(text[start:end])):
                    continue  # `ghp_xxxxxxxx...`: a redacted example (blocks are judged by their refine)
                yield Span(start, end, pattern.kind, CATEGORY, pattern.score, DETECTOR_NAME)

    # ---------------------------------------------------- keyword context
    def _keyword_spans(self, index: _TextIndex) -> Iterator[Span]:
        yield from self._assignment_spans(index)
        yield from self._name_value_spans(index)
        if "</" in index.text:
            yield from self._xml_element_spans(index)
        if "variable" in index.text:
            yield from self._hcl_default_spans(index)
        if "--" in index.text:
            yield from self._cli_flag_spans(index)
        yield from self._prose_spans(index)

    def _assignment_spans(self, index: _TextIndex) -> Iterator[Span]:
        """KEY=value, "key": "value", key: value, key := "value", define('KEY', 'value') ..."""
        text = index.text
        reported_until = -1
        for match in _assignment_matches(index):
            if match.start() < reported_until:
                continue  # a key inside a value already judged (or reported) is part of it
            kind = _classify_key(match.group("key"))
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
            if key_lower in _AMBIGUOUS_KEYS and not line_form and not (key_lower == "auth" and quoted_key):
                continue  # "1st pass: check", "AUTH=CRAM-MD5"; DB_PASS, a `pass:` line, "auth": "..." are fine
            before = text[max(line_start, key_start - _LOOK_BACK):key_start]
            if sep == "=" and before.rstrip().endswith(",") and before.count("(") <= before.count(")"):
                continue  # `user, password = "a", "b"`: a tuple target, the value is not aligned
            position = match.end()
            if sep == ":":
                annotation = _TYPE_ANNOTATION.match(text, position)
                if annotation and not text.startswith(("\"", "'"), position):
                    position, sep, line_form = annotation.end(), "=", False  # password: str = "..."
            literal = line_form or _is_shell_style(text, match, line_start)
            value = self._scan(index, position, sep, line_form, key_start - line_start)
            if value is None:
                continue
            if not value.quoted:
                reported_until = max(reported_until, value.end)  # `a=b=c`: one value, judged once
            span = self._judge(text, value.start, value.end, kind, value.quoted, literal)
            if span and sep in _COMPARISONS and not _looks_like_token(text[span.start:span.end]):
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
            while end < len(text) and not text[end].isspace() and text[end] not in "\"'`<>":
                end += 1
            while end > position and text[end - 1] in ".,;:)":
                end -= 1
            value = text[position:end]
            # Bare words in prose need a digit or symbol: "is hunter2" yes, "is ModuleType" no.
            credential_like = any(c.isdigit() for c in value) or not value.replace("_", "").isalnum()
            if len(value) >= 6 and credential_like and not _looks_like_code_reference(value):
                span = self._judge(text, position, end, kind, quoted=False)
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
        if _is_placeholder_value(value):
            return None
        if not quoted and (_looks_like_code_reference(value) or re.search(r"\s=\s", value)):
            return None  # a variable, call, type or chained assignment
        if not quoted and not literal:
            if re.fullmatch(r"[A-Za-z_]+", value.rstrip(";,:)]}")) or any(c in value for c in "()[]"):
                return None  # `token == captured`, `doc[start_token:end_token]`: names in code
        if quoted and _names_another_secret(value):
            return None
        if _URL_VALUE.match(value) or value.startswith("data:"):
            return None  # URLs with credentials are caught by the URL patterns
        if kind == "PASSWORD":
            if len(value) < self.min_password_length or _is_sentence(value):
                return None
            if value.isdigit() and len(value) < 6:
                return None
            if _looks_like_path(value) and not any(c in value for c in "!@#%^&*"):
                return None
            return Span(start, end, kind, CATEGORY, 0.8 if quoted else 0.75, DETECTOR_NAME)
        if len(value) < self.min_length or value.isdigit() or any(c.isspace() for c in value):
            return None  # tokens and keys have no spaces; "bold #08547A" is not one
        if _looks_like_path(value) or _VERSION.match(value) or _EMAIL.match(value) or _DIGEST_PREFIX.match(value):
            return None
        if _REGEX_SYNTAX.search(value):
            return None  # a regular expression, e.g. TOKEN_PATTERN = r"(?:...)"
        if not quoted and value.replace("_", "").isalpha() and not (len(value) >= 20 and _char_classes(value) >= 2):
            return None  # `token = Whitespace`: a name, unless it is long random letters
        if not quoted and re.fullmatch(r"[a-z]+(?:[._\-][a-z]+)+", value):
            return None  # a dotted / kebab name such as orders.created
        entropy = shannon_entropy(value)
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if entropy < self.entropy_threshold and not mixed:
            return None
        score = 0.75 if entropy >= self.entropy_threshold else 0.65
        return Span(start, end, kind, CATEGORY, score, DETECTOR_NAME)

    # --------------------------------------------------------- proximity
    def _proximity_spans(self, index: _TextIndex, found: list[Span]) -> Iterator[Span]:
        text = index.text
        threshold = max(self.entropy_threshold, 3.5)
        covered = merge_spans(found)  # sorted, disjoint
        covered_starts = [s.start for s in covered]
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
                if at >= 0 and covered[at].end > start:
                    break  # already part of a span
                if self._is_proximity_secret(text, start, end, threshold):
                    yield Span(start, end, "GENERIC_SECRET", CATEGORY, 0.6, DETECTOR_NAME)
                    break

    def _is_proximity_secret(self, text: str, start: int, end: int, threshold: float) -> bool:
        value = text[start:end].strip("=.-_~")
        if len(value) < 16 or _is_placeholder_value(value):
            return False
        if shannon_entropy(value) < threshold or _char_classes(value) < 2 or not _looks_random(value, 16, threshold):
            return False
        if _UUID.match(value) or _DIGEST_PREFIX.match(value) or _VERSION.match(value) or _looks_like_path(value):
            return False
        before = text[max(0, start - 40):start]
        if "://" in value or before.endswith((":", "://", "@", "base64,")) or re.search(r"(?:sha\d*|md5|h1)[-:]$", before):
            return False
        assigned = _ASSIGNED_TO.search(before)
        if assigned and _classify_key(assigned.group(1)) is None:
            return False  # trace_id=..., request_id=...: the value belongs to another key
        if _HEX.match(value) and (len(value) > 64 or (len(value) in (40, 64) and _GIT_CONTEXT.search(before))):
            return False  # digests and test vectors, or a commit hash
        if re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", value):
            parts = _identifier_parts(value)
            if "." in value or _CODE_WORDS.intersection(parts) or not _looks_random(value):
                return False  # an identifier such as refreshAccessTokenV2 or X25519PrivateKey
        return True

    # -------------------------------------------------------- field name
    def _field_name_spans(self, text: str, field_name: str) -> Iterator[Span]:
        kind = _classify_key(field_name.strip().strip("\"'`$-"))
        if kind is None:
            return
        span = self._judge(text, 0, len(text), kind, quoted=True)
        if span is not None:
            yield Span(span.start, span.end, span.kind, CATEGORY, max(span.score, 0.8), DETECTOR_NAME)


def _without_placeholders(text: str, spans: list[Span]) -> list[Span]:
    """Cut issued placeholders (`[[KIND_N]]`) out of spans; never re-redact one."""
    if "[" not in text or not spans:
        return spans
    holes = [m.span() for m in PLACEHOLDER_PATTERN.finditer(text)]
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


def _piece(text: str, span: Span, start: int, end: int) -> Span | None:
    if not any(c.isalnum() for c in text[start:end]):
        return None  # only the brackets or quotes around a placeholder remain
    return Span(start, end, span.kind, span.category, span.score, span.detector)
