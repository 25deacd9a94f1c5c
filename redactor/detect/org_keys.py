"""Organisations held by a key that names them: `tenant: "northwind"`, `COMPANY_NAME="Tresham Dental"`.

Code, configuration and data name customers, suppliers and partners where no sentence is around them, in
lower case and without a legal form, so NER and the capitalisation rules do not see them. The key says what
the value is. A key (JSON, YAML, INI/TOML, env files, keyword arguments, assignments) whose words end in an
organisation word (`tenant`, `customer`, `client`, `company`, `org`, `organisation`, `vendor`, `supplier`,
`partner`, `employer`, `merchant`, `brand`), alone or followed by `name`/`slug`/`label` (`merchant_name`,
`customerSlug`; `account_name` too), holds an organisation: its value is one, doubtful (0.55: the wire
redacts it, an audit does not report it), and the engine's propagation then finds its other mentions.

What stays: ids and other fields of the organisation (`customer_id`, `org_url`: the key's last word is
none of the above); values that are no name: calls and attribute reads (`client = httpx.Client()`,
`customer = order.customer`), variables in code (`tenant = tenant_slug`), URLs, paths and addresses (other
detectors), template and environment references (`${TENANT}`, `{{ tenant }}`), and values whose every word
is an ordinary word, a placeholder, a public software name or tech term (`customer: default`,
`vendor: stripe`, `client: web`, `company: Google`).

Cost: one scan for the organisation words, one anchored match of the key/value pattern at each, then a look at
each value's words.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.identifier_pieces import identifier_words
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.name_parts import english_zipf, is_common_word, is_software_name
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.parties import ORGANIZATION, party_kind
from redactor.detect.slot_names import english_slot, fold_latin_accents, spellings_meaning
from redactor.detect.term_lists import org_role_keys, stop_words, term_list, world_first_names

_ORGANISATION_WORDS = ("tenant|customer|client|company|org|organization|organisation|vendor|supplier|partner|"
                       "employer|merchant|brand")
# The key: identifier characters before the organisation word (`billing_vendor`, `defaultTenant`), the word,
# then at most a name-like suffix. Case-insensitive on the word; camelCase and snake_case and kebab-case.
# (Bounded and without nested repetition: _organisation_key reads its words.)
_KEY = r"(?P<key>[^\W\d][\w.-]{0,60})"  # (keys in any script: `所属会社`, `empresa`)
# Quoted: one to sixty characters without a quote or newline. Bare (YAML, INI, env): the rest of the line
# before a comment (see _bare_name).
_ORGANISATION_KEY = re.compile(
    rf"""(?<![\w$.-]){_KEY}["']?[ \t]*(?P<sep>:(?!:)|=(?!=)|=>)[ \t]*"""
    r"""(?:(?P<quote>["'])(?P<quoted>[^"'\n]{1,60})(?P=quote)|(?P<bare>[^\s"'#;,(){}\[\]][^\n#;,(){}\[\]]{0,59}))""")
_WORD = re.compile(r"[^\W\d_]+")
_NAME_SUFFIXES = ("name", "slug", "label")
# Values that name nothing: placeholders, environments, switches, generic roles.
_NOT_NAMES = frozenset(
    "true false yes no none null nil undefined default example sample test testing demo dummy foo bar baz "
    "acme unknown other any all common internal external public private local localhost prod production "
    "staging stage dev development qa uat tbd todo n/a na changeme your your_company mycompany".split())


def organisations_by_key(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the values held by organisation keys (module doc)."""
    resume = 0
    for position in keyword_positions(lowered_same_length(text), _CUES):
        if position < resume:
            continue
        # The key is the identifier around the organisation word: match the key/value pattern at its start.
        key_start = position
        while key_start > 0 and position - key_start < _MAX_KEY and (text[key_start - 1].isalnum()
                                                                     or text[key_start - 1] in "_.-"):
            key_start -= 1
        match = _ORGANISATION_KEY.match(text, key_start)
        if match is None or match.end("key") <= position:
            continue
        organisation = _organisation_key(match.group("key"))
        role = _role_key(match.group("key"))
        if not (organisation or role):
            continue
        resume = match.end()
        if match.group("quoted") is not None:
            start, end = match.span("quoted")
        else:
            start, end = match.span("bare")
            value = text[start:end].rstrip()
            logfmt = _NEXT_FIELD.match(value) if match.group("sep") == "=" else None
            if logfmt:
                value = logfmt.group("value")  # `tenant=halcyon-yoga level=info`: the field's own token
            end = start + len(value)
            if _code_expression(value, match.group("sep"), text, end) or not (
                    _bare_name(value, text, end) or role and _bare_name_in_any_language(value, text, end)):
                continue
        value = text[start:end].strip()
        start = text.index(value, start) if value else start
        end = start + len(value)
        if value and _names_an_organisation(value) and not (role and not organisation and is_public_company(value)):
            yield Span(start, end, ORGANIZATION, "org", DOUBTFUL_SCORE, detector)


# Where a key may be: an organisation word (or "account", for `account_name`), found by the shared cue scan.
_CUES = tuple(word for word in _ORGANISATION_WORDS.split("|") if not word.startswith("organ")) + ("account",)
# and its words in other languages and scripts (slot_names.py: `empresa`, `arbeitgeber`, `所属会社`, `회사명`)
_CUES += spellings_meaning(frozenset(_ORGANISATION_WORDS.split("|")))
# ... and the keys of an organisation's role for the record's person or party, in the languages that write keys in
# Latin script (redactor/data/org_role_keys.yaml: `school`, `Krankenkasse`, `zaměstnavatel`, `hotel`).
_ROLE_WORDS = frozenset(fold_latin_accents(word) for word in org_role_keys())
_CUES += tuple(sorted(org_role_keys() | _ROLE_WORDS))
_MAX_KEY = 60


@functools.lru_cache(maxsize=8192)  # (a text's keys recur from text to text; reading a key's words cost ~10 us)
def _role_key(key: str) -> bool:
    """The key's last word, or its last word before a name suffix (`school_name`), is a role's word (module doc).
    A listed company under such a key is left to the public-company rules: "bank: HSBC" names no one's bank by its
    key alone."""
    words = [fold_latin_accents(word.lower()) for word in identifier_words(key)]
    if len(words) >= 2 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return bool(words) and words[-1] in _ROLE_WORDS


@functools.lru_cache(maxsize=8192)
def _organisation_key(key: str) -> bool:
    """The key's words end in an organisation word, or in one and a name suffix (`account` only with a suffix)."""
    words = [word.lower() for word in identifier_words(key)]
    if not words:
        return False
    if english_slot(key).rpartition("_")[2] in _KEY_WORDS:
        return True  # `empresa`, `Arbeitgeber`, `所属会社` (slot_names.py)
    if words[-1] in _NAME_SUFFIXES and len(words) >= 2:
        return words[-2] in _KEY_WORDS or words[-2] == "account"
    return words[-1] in _KEY_WORDS


_KEY_WORDS = frozenset(_ORGANISATION_WORDS.split("|"))


def _code_expression(value: str, separator: str, text: str, end: int) -> bool:
    """An unquoted value that is code, not data: a call, an attribute, a variable, a reference, a number."""
    if any(mark in value for mark in ("://", "@", "/", "\\", "$", "{", "<", "`")):
        return True
    if end < len(text) and text[end] == "(":
        return True  # `client = ApiClient(`
    if "." in value.rstrip("."):
        return True  # `customer = order.customer`, `vendor: pkg.module`
    if separator in ("=", "=>") and re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[A-Z]\w*", value):
        return True  # `tenant = tenant_slug`, `customer = currentCustomer`: a variable
    return False


def _bare_name(value: str, text: str, end: int) -> bool:
    """An unquoted value is a name when it fills its line (up to a comment) and reads as one: a single token, or
    capitalised words ("Calderwood Supplies"), not a sentence ("Client: Bonjour, je voudrais...", "Customer:
    Ostrander complained about the invoice")."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end != -1 else len(text)].strip()
    if rest and not rest.startswith("#"):
        # A log line's field: one token closed by a bracket or followed by the next `key=` ("[tenant=halcyon-yoga]
        # export failed", "tenant=halcyon-yoga level=info").
        return len(value.split()) == 1 and (rest[0] in "])}" or _FIELD_AFTER.match(text, end, line_end if line_end != -1 else len(text)) is not None)
    words = value.split()
    return len(words) == 1 or all(word[0].isupper() or word[0].isdigit() or word in _CONNECTORS for word in words)


def _bare_name_in_any_language(value: str, text: str, end: int) -> bool:
    """A role key's unquoted value may hold words in small letters, as most languages write names ("Uppsala
    universitet", "Cabinet dentaire des Tilleuls", "Szkoła Podstawowa nr 7"): it fills its line, starts with a
    capital, has at most six words, no sentence punctuation and at most one English function word that is no
    connector ("Hausarztpraxis am Markt"; not "Ostrander complained about the invoice")."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end != -1 else len(text)].strip()
    if rest and not rest.startswith("#"):
        return False
    words = value.split()
    if not 1 <= len(words) <= _MAX_VALUE_WORDS or not value[0].isupper() or any(mark in value for mark in ",;!?"):
        return False
    function_words = [word for word in words if word.casefold() in stop_words() and word not in _CONNECTORS]
    return len(function_words) <= 1 and not value.endswith(".")


_MAX_VALUE_WORDS = 6
# A logfmt value and the next field after it: `halcyon-yoga level=info`.
_NEXT_FIELD = re.compile(r"(?P<value>[^\s=]+)[ \t]+[\w.-]+=")
_FIELD_AFTER = re.compile(r"[ \t]+[\w.-]+=")
_CONNECTORS = frozenset("& and of de du der la le van von y e et und".split())


def _names_an_organisation(value: str) -> bool:
    if "@" in value or "://" in value or value.casefold() in _NOT_NAMES:
        return False
    words = _WORD.findall(value)
    if not words or len(words) > 6:
        return False
    if not any(_distinctive(word) for word in words) and not _title_cased_name(words):
        return False
    # "Customer: Maria Lopez": a client or customer may be a person (the people finders read those).
    return not (words[0].casefold() in world_first_names() and len(words) <= 3
                and party_kind(value) != ORGANIZATION)


def _title_cased_name(words: list[str]) -> bool:
    """Two words or more, each capitalised, under a key that names an organisation: a proper name even when every
    word is common ("Pacific Rim Couriers", "Golden Harvest Foods"), since a value of ordinary words in small
    letters (`customer: default`) is how a setting reads and a run of capitals is how a name does. Placeholders,
    software and tech terms do not count as its words (`vendor: "Google Cloud"`), and one word must be rarer than
everyday words (`client: "Web App"`)."""
    named = [word for word in words if word.casefold() not in _CONNECTORS]
    if len(named) < 2 or not all(word[0].isupper() and not word.isupper() for word in named):
        return False
    if all(english_zipf(word.casefold()) >= _EVERYDAY_ZIPF for word in named):
        return False  # `client: "Web App"`, `brand: "Home Page"`: words of a product's interface
    return not any(word.casefold() in _NOT_NAMES or is_software_name(word) or is_public_company(word)
                   or word.casefold() in term_list("tech_terms") for word in named) and not is_public_company(" ".join(words))


@functools.lru_cache(maxsize=4096)
def _distinctive(word: str) -> bool:
    """A word that may name an organisation alone: no common English word, public software name, tech term or
    code keyword. A compound of common words (`Stainforth`, `bellhaven`) and a place name count: the key says
    that the value names an organisation, and slugs of company names are such compounds."""
    folded = word.casefold()
    if len(word) < 3 or folded in _NOT_NAMES or is_common_word(folded) or english_zipf(folded) >= _COMMON_ZIPF:
        return False
    if is_software_name(word) or any(folded in term_list(name) for name in ("public_acronyms", "code_keywords")):
        return False  # `vendor: stripe`, `partner: Salesforce`: public software and its makers
    return True


# wordfreq's Zipf scale, as organisation_parts.py: 3 is once per million words; company names sit below.
_COMMON_ZIPF = 3.0
# A title-cased value needs one word rarer than this ("Couriers" 3.0, "Harvest" 4.1; not "Web" 5.3, "App" 5.2).
_EVERYDAY_ZIPF = 4.5
