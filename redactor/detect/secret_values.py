"""What a candidate secret value looks like: the heuristics the secret rules share.

Entropy and character classes, masked values (`****`), documentation
placeholders (`your-api-key-here`, `changeme`), templates and references
(`${VAR}`, `{{ x }}`, `os.environ[...]`), code (calls, member accesses, type
names, identifiers that name another secret), paths, sentences, and whether a
value looks machine-generated. Pure functions over strings; the word lists
they consult are data (rules/term_lists.yaml).

Within `values_judged_once()` (the secrets detector holds it open for one text),
each check answers each distinct value once: a text repeats its values (the same
key in a config and in a command, the same connection string on every log line)
and several rules ask the same check of the same value. The answers are kept for
that one text on that one thread, never longer, so no value outlives the request
that held it; outside the block every call computes.
"""
from __future__ import annotations

import functools
import math
import re
import threading
from collections import Counter
from typing import Callable

from redactor.detect import term_lists
from redactor.detect.rule_files import term_list
from redactor.placeholder_syntax import PLACEHOLDER_PATTERN


class _Answers(threading.local):
    def __init__(self) -> None:
        self.by_check: dict[tuple, object] | None = None  # (check, value, args) -> answer, while a text is judged


_answers = _Answers()


class _JudgingOnce:
    """The block of `values_judged_once` (a plain context manager: it is entered once per text)."""

    __slots__ = ("_outermost",)

    def __enter__(self) -> None:
        self._outermost = _answers.by_check is None
        if self._outermost:
            _answers.by_check = {}

    def __exit__(self, *exc_info: object) -> None:
        if self._outermost:
            _answers.by_check = None


def values_judged_once() -> _JudgingOnce:
    """Within the block, each check below answers each distinct value once (module docstring). Nests: an
    inner block shares the outer one's answers."""
    return _JudgingOnce()


def judged_once_per_text(check: Callable) -> Callable:
    """`check(value, *args)`, answered from the open `values_judged_once` block when it has judged the value.

    For pure checks of a value alone (never of the text around it)."""
    @functools.wraps(check)
    def judged(value: str, *args, **keywords):
        answers = _answers.by_check
        if answers is None or keywords:
            return check(value, *args, **keywords)
        key = (check, value, args)
        answer = answers.get(key, answers)  # the dict itself: no answer yet (None and False are answers)
        if answer is answers:
            answer = answers[key] = check(value, *args)
        return answer
    return judged


@judged_once_per_text
def shannon_entropy(value: str) -> float:
    """Bits per character of `value` (0 for empty strings)."""
    if not value:
        return 0.0
    length = len(value)
    return -sum(n / length * math.log2(n / length) for n in Counter(value).values())


_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


@judged_once_per_text
def is_masked(value: str) -> bool:
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
_FILLER_WORDS = term_list("placeholder_filler_words")

_PLACEHOLDER_VALUES = term_list("placeholder_values")
# Placeholder values that are no value at all (types, booleans, empty markers), as opposed to doc words.
_NOT_A_VALUE = term_list("non_values")

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
      | \{[\w.\[\]'"]*\}                        # {name}, {0}, {}, {args[0]}: an identifier inside
      | \{[a-z][a-z0-9]*(?:-[a-z0-9]+)+\}      # {user-id}: a kebab-case name (not `{Nx7-lorn-Ivy}`)
      | <[^<>\n]{1,80}>                         # <your-key>
      | %[sdrif]                                # printf-style
      | \?                                      # SQL bind parameter
      | :[A-Za-z_]\w*                           # :named bind parameter
    )$""",
    re.VERBOSE,
)
# f"{user}:{secret}", `${x}`-free templates such as "{name}" inside a longer string
_INTERPOLATION = re.compile(r"\{[A-Za-z_][\w.]*(?:\(\))?(?:![rsa])?(?::[^{}]*)?\}")
REGEX_SYNTAX = re.compile(r"\(\?[:=!<P]|\\[dwsbDWS]|\[\^|\][+*?]|\.\*|\.\+")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
VERSION_VALUE = re.compile(r"^[~^<>=!v]*\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?(?:\s*\|\|?\s*.*)?$")
EMAIL_VALUE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_IDENTIFIER_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_FILE_EXTENSION = re.compile(
    r"\.(?:txt|json|ya?ml|pem|key|crt|cer|csr|env|ini|cfg|conf|toml|p12|pfx|jks|keystore|gpg|asc|pub|"
    r"tgz|gz|zip|tar|js|ts|py|go|rb|java|sh|md|html|xml|lock|log)$",
    re.IGNORECASE,
)
URL_VALUE = re.compile(r"^[a-z][a-z0-9+.-]{1,20}://", re.IGNORECASE)
DIGEST_PREFIX = re.compile(r"^(?:sha(?:1|224|256|384|512)|md5|h1|blake2b?)[-:=]", re.IGNORECASE)
UUID_VALUE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
HEX_VALUE = re.compile(r"^[0-9a-fA-F]+$")
_STOPWORDS = term_list("sentence_stopwords")


_NOT_LOWER_ALNUM = re.compile(r"[^a-z0-9]+")


@judged_once_per_text
def is_placeholder_value(value: str) -> bool:
    """True for empty values, templates, variable references and doc placeholders."""
    stripped = value.strip().strip("\"'`")
    if not stripped:
        return True
    lowered = stripped.lower()
    if lowered in _PLACEHOLDER_VALUES:
        return True
    if _TEMPLATE.search(stripped):
        return True
    generated = _generated_after_sigil(stripped)
    if _TEMPLATE_WHOLE.match(stripped) and not generated:
        return True
    if PLACEHOLDER_PATTERN.fullmatch(stripped) or (_INTERPOLATION.search(stripped) and not generated):
        return True
    if is_masked(stripped):
        return True
    # Made only of filler words: "your-api-key-here", "test-token", "sk_test_your_key_here".
    words = [w for w in _NOT_LOWER_ALNUM.split(lowered) if w]
    meaningful = [w for w in words if len(w) > 2 or not w.isalpha()]
    if words and all(w in _FILLER_WORDS for w in meaningful) and any(w.isalpha() for w in words):
        return True
    return False


def is_placeholder_word(value: str) -> bool:
    """`changeme`, `admin123`-free doc words such as `your-password-here`: a placeholder made of words.

    Unlike templates, references, types and empty/boolean values, such a word
    may also be the real (weak) password, so the keyword rules keep it as doubtful.
    """
    stripped = value.strip().strip("\"'`")
    if len(stripped) < 4 or _TEMPLATE.search(stripped) or _TEMPLATE_WHOLE.match(stripped) or is_masked(stripped):
        return False
    if PLACEHOLDER_PATTERN.fullmatch(stripped) or _INTERPOLATION.search(stripped):
        return False
    return stripped.lower() not in _NOT_A_VALUE and is_placeholder_value(stripped)


def _generated_after_sigil(value: str) -> bool:
    """`$ackhVh0E4POgJ8`, `!fJcFxiu7ESTLRHW`, `{Nx7lornIvy}`: a password that starts with `$`, `!`, `*` or `&`, or
    is written in one pair of braces.

    After such a sigil, and between braces (a format field), code has a name (`$VARIABLE`, `*ptr`, `!isValid`,
    `{user}`), and names are words: UPPER_SNAKE, camelCase, digits at the end at most. Mixed
    case with a digit inside is how generated passwords look.
    """
    if value[:1] == "{" and value[-1:] == "}" and value.count("{") == 1:
        name = value[1:-1]
    elif value[:1] in ("$", "!", "*", "&"):
        name = value[1:]
    else:
        return False
    return (len(name) >= 8 and "_" not in name and ":" not in name
            and any(c.isupper() for c in name) and any(c.islower() for c in name)
            and bool(re.search(r"\d\D", name)))


# A vendor prefix, a dot, then the generated body: `pk.Xq4vT9wLm2Rb7Kc3...`, `sk.A9xQ...`, `key.7Hc2...`.
_PREFIXED_TOKEN = re.compile(r"[A-Za-z]{1,6}\.(?P<body>[A-Za-z0-9_\-]{16,})")


def _generated_after_prefix(value: str) -> bool:
    """`pk.Xq4vT9wLm2Rb7Kc3Jn8Pd5Hs`: a short prefix and a dot before a generated body is a token, not a
    member access: a member's name is a word or words (`config.apiToken`, `settings.SECRET_KEY`), a generated body
    has upper and lower case and digits mixed through it (digits enter and leave the letters at least four times)."""
    match = _PREFIXED_TOKEN.fullmatch(value)
    if match is None:
        return False
    body = match.group("body")
    if not (any(c.isupper() for c in body) and any(c.islower() for c in body) and any(c.isdigit() for c in body)):
        return False
    digits_in_letters = sum(a.isdigit() != b.isdigit() for a, b in zip(body, body[1:]) if a.isalnum() and b.isalnum())
    return digits_in_letters >= 4  # `apiTokenForServiceV2` is words; `Xq4vT9wLm2Rb7Kc` is drawn at random


def identifier_parts(name: str) -> list[str]:
    return [part.lower() for part in _IDENTIFIER_PART.findall(name)]


SECRET_NAME_PARTS = term_list("secret_name_parts")


def names_another_secret(value: str) -> bool:
    """`db_password`, `apiKey`, `GITHUB_TOKEN`: the name of a secret, not a secret."""
    stripped = value.strip()
    if not re.fullmatch(r"[A-Za-z_][A-Za-z_.\-]*", stripped):
        return False  # digits or symbols: treat as a literal
    if _ENV_NAME.match(stripped):
        return True
    parts = identifier_parts(stripped)
    return len(parts) >= 2 and any(part in SECRET_NAME_PARTS for part in parts)


_TYPE_SUFFIXES = term_list("type_name_suffixes")


def _names_a_type(value: str) -> bool:
    """`PKCS7PrivateKeyTypes`, `Ed25519PrivateKey`: a class name (digits allowed), not a password."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*", value):
        return False
    parts = identifier_parts(value)
    return len(parts) >= 3 and parts[-1].isalpha() and parts[-1] in _TYPE_SUFFIXES


_TYPE_NAMES = frozenset(
    "str string String bytes int Integer bool Boolean SecretStr SecretBytes Optional any Any object "
    "Object char varchar text Text None null nil undefined".split()
)
# A decoding or wrapping call around a string literal: bytes.fromhex("..."), b64decode(b"..."),
# Buffer.from("...", "hex"), SecretStr("..."). Other calls (os.environ.get("X"), get_token("name")) are code.
CALL_WITH_LITERAL = re.compile(
    r"(?:[A-Za-z_$][\w$]*\.)*(?:fromhex|unhexlify|a2b_hex|b64decode|urlsafe_b64decode|b32decode|decodebytes|"
    r"base64_decode|hex2bin|atob|from|decode|SecretStr|SecretBytes|Secret|bytes|bytearray)"
    r"\(\s*[bBrRuU]?([\"'])(?P<literal>[^\"'\n]{8,})\1"
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


@judged_once_per_text
def looks_like_code_reference(value: str) -> bool:
    """For unquoted values: a variable, call or type rather than a literal."""
    stripped = value.strip().rstrip(";,:)]}")
    if stripped.rstrip("!?") in _TYPE_NAMES:
        return True
    if _CODE_EXPRESSION.match(stripped) and not _generated_after_sigil(stripped) and not _generated_after_prefix(
            stripped):
        return True
    if value.strip()[:1] in "{[(":
        return True  # a structure or tuple (JSON schema, list, `(user, pw)`) is not a scalar secret
    return names_another_secret(stripped) or _names_a_type(stripped)


# A member access (`a.b`, `a.b.c`) and nothing else.
_MEMBER_ACCESS = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+")
# Objects code reads a password from: `self.pw`, `request.form`, `args.password`, `os.environ` (the receivers of
# host names in code, and a few more that hold settings and arguments).
_PASSWORD_SOURCES = term_list("host_code_receivers") | term_list("password_source_receivers")


@judged_once_per_text
def looks_like_password_reference(value: str) -> bool:
    """For unquoted values under a password's own key or label: a variable, call or type, not the password.

    As looks_like_code_reference, except for a member-access shape alone: people write passwords that way
    (`Tulip.Rain42`, `Abc.Def12`, `amber.lake`), so it is a reference only when it starts from an object code
    reads settings from (`self.pw`, `request.form`) or names another secret (`config.db.password`).
    """
    if not looks_like_code_reference(value):
        return False
    stripped = value.strip().rstrip(";,:)]}")
    if _MEMBER_ACCESS.fullmatch(stripped) is None:
        return True
    receiver = stripped.lstrip("$").split(".", 1)[0].lower()
    return receiver in _PASSWORD_SOURCES or names_another_secret(stripped) or _ENV_NAME.match(
        stripped.rsplit(".", 1)[1]) is not None


def looks_like_path(value: str) -> bool:
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


def is_sentence(value: str) -> bool:
    """UI text such as "Enter your password", as opposed to a passphrase."""
    words = value.split()
    if len(words) < 4:
        return False
    return any(w.lower().strip(".,!?") in _STOPWORDS for w in words) or value.rstrip().endswith((".", "?"))


_ASCII_DIGIT = re.compile(r"[0-9]")


def char_classes(value: str) -> int:
    """How many of small letters, capitals, digits and other characters `value` holds (0-4)."""
    if value.isascii():
        # Whole-string tests in C: on ASCII only a-z change under upper(), only A-Z under lower().
        return ((value != value.upper()) + (value != value.lower()) + (_ASCII_DIGIT.search(value) is not None)
                + (value != "" and not value.isalnum()))
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


@judged_once_per_text
def looks_random(value: str, min_length: int = 16, min_entropy: float = 3.5) -> bool:
    """Machine-generated rather than written: long, high entropy, not made of words."""
    if len(value) < min_length or shannon_entropy(value) < min_entropy or char_classes(value) < 2:
        return False
    if is_placeholder_value(value):
        return False
    if not any(c.isdigit() for c in value) and (len(value) < 20 or shannon_entropy(value) < 4.0):
        return False  # letters only: random tokens are long and diverse, words are not
    wordy = sum(len(part) for part in _IDENTIFIER_PART.findall(value) if part.isalpha() and len(part) >= 4)
    return wordy * 2 <= len(value)  # ROCKET_LAUNCHER_0001 is words, 5XxfIkYvMypNAWhj is not


# Words documentation writes into a token-shaped value (`AKIAIOSFODNN7EXAMPLE`, `sk_live_dummy...`).
_DOCUMENTATION_MARKERS = term_list("secret_value_documentation_markers")
_DOCUMENTATION_MARKER = re.compile("|".join(re.escape(marker) for marker in sorted(_DOCUMENTATION_MARKERS)),
                                   re.IGNORECASE)
_WHITESPACE = re.compile(r"\s")
_CHARACTER_RUN = re.compile(r"([A-Za-z0-9])\1{7,}")
_ANGLE_PLACEHOLDER = re.compile(r"<[A-Za-z][\w .-]{0,60}>")


@judged_once_per_text
def looks_written_by_hand(value: str) -> bool:
    """A token-shaped value a person wrote for documentation or a test, not a machine.

    What secret scanners' own filters call harmless, as checks on the value alone:
    a documentation word inside it (`...EXAMPLE`, `dummy`, `placeholder`), a template
    or `<...>` marker, a masked tail (`glc_xxxxxxxx`) or a run of one character
    that makes half the value, or (letters in it) an entropy far below what a random string of its alphabet and
    length has (`abc123abc123abc123`). Only values of 12-1024 characters without
    spaces are judged: short passwords and whole key blocks are not tokens.
    Such a value is doubtful, never dropped (recall first on the wire).
    """
    if len(value) > 1100:
        return False
    stripped = value.strip().strip("\"'`")
    if "://" in stripped or _USERINFO_AT_HOST.match(stripped):
        stripped = _credential_part_of_url(stripped)  # `...@feeds.example.com` says nothing of the password
    if not 12 <= len(stripped) <= 1024 or _WHITESPACE.search(stripped):
        return False
    if is_masked(stripped) or _TEMPLATE.search(stripped) or _ANGLE_PLACEHOLDER.search(stripped):
        return True
    if _DOCUMENTATION_MARKER.search(stripped):
        return True
    # A run of one character that masks the value: at its end (`LTAIxxxxxxxxxxxx`) or half of it. Formats
    # have fixed runs of their own (a Twitter bearer token starts with 22 `A`s, Dropbox's hold 10).
    for run in _CHARACTER_RUN.finditer(stripped):
        if run.end() == len(stripped) or 2 * len(run.group(0)) >= len(stripped):
            return True
    # The longest letter-and-digit run, without a format's fixed runs, is the random part (a prefix
    # such as `AIza`/`glc_` is not).
    random_part = max(_ALNUM_RUN.findall(_CHARACTER_RUN.sub("", stripped)), key=len, default="")
    if len(random_part) < 16 or random_part.isdigit():
        return False  # ids are digits, and random digits often have low entropy
    # random_part is ASCII letters and digits: whole-string tests say which kinds it holds, without a loop.
    alphabet = (10 * (not random_part.isalpha()) + 26 * (random_part != random_part.upper())
                + 26 * (random_part != random_part.lower()))
    return shannon_entropy(random_part) < min(3.0, math.log2(alphabet) - 0.8)


_USERINFO_AT_HOST = re.compile(r"[^\s:/@]+:[^\s/]+@[\w.-]+")


def _credential_part_of_url(url: str) -> str:
    """The part of a URL that is the secret: the password of `user:password@host`, else the path and query."""
    rest = url.split("://", 1)[-1]
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        userinfo = authority.rsplit("@", 1)[0]
        return userinfo.partition(":")[2] or userinfo
    return path


@judged_once_per_text
def looks_like_token(value: str, min_length: int = 8) -> bool:
    """A credential-looking string: long enough and not a plain word."""
    if len(value) < min_length or is_placeholder_value(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if has_digit and has_alpha:
        return True
    return len(value) >= 20 and char_classes(value) >= 2 and not value.isalpha()


_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly")


@judged_once_per_text
def is_plain_word(value: str) -> bool:
    """`required`, `hashed`, `bcrypt`, `None`: an English word, tech term or keyword, which prose
    after "password is" means as a word; `letmein`, `hunter`, `toor` are not and may be the password.
    """
    folded = value.casefold()
    if not folded.isalpha():
        return False
    vocabulary = (term_lists.term_list("common_words"), term_lists.term_list("tech_terms"),
                  term_lists.term_list("code_keywords"))
    if any(folded in words for words in vocabulary):
        return True
    return any(folded.endswith(ending) and folded[:-len(ending)] in vocabulary[0]
               for ending in _INFLECTIONS if len(folded) - len(ending) >= 3)


def is_prose_credential(value: str, quoted: bool) -> bool:
    """A value written after a password label in prose (`Passwort: x`, `my pw is x`) that may be the password.

    Quoted values are taken as written. Bare ones must not be an ordinary word
    ("is required", "was rotated") and not a placeholder; digits or symbols
    make any word a credential (`hunter2`, `Tr0ub4dor&3`).
    """
    stripped = value.strip()
    if len(stripped) < 4 or is_placeholder_value(stripped):
        return False
    if quoted:
        return True
    if URL_VALUE.match(stripped) or EMAIL_VALUE.match(stripped):
        return False
    return not is_plain_word(stripped.rstrip(".,;:!?)"))
