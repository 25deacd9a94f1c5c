"""Hosts and logins under keys whose last word names them, in every framework's spelling (round 20).

A configuration names what a value is in its key, and every framework spells the key its own way:
`ldapServer`, `ServerHost`, `PGUSER`, `proxy-user`, `mail.smtp.host`, `SMTP_HOST`, `AccountName`.
The key's *head* (its last word, English compounds put the thing last) says what the value is, whatever
the words before it say about its use: a `...host`/`...server`/`...hostname` key holds a machine, a
`...user`/`...username`/`...login`/`account name` key holds a login. Keys are split into words at
`_ - . space` and at camelCase humps; a key written as one run of letters (`PGUSER`, `dbhost`) is split
when it ends in a head word. Besides `key: value`, `key=value`, `"key": "value"` and `key = "value"`,
the key and its value may stand apart: a plist's `<key>K</key><string>V</string>`, .NET's
`<add key="K" value="V"/>`, a Terraform `variable "K" { default = "V" }` block, and (round 30, hosts only) a
block-structured configuration's `key "value";` or `key value` line (dhcpd, nginx, Apache, ssh_config).

The value must have the form of what the head names: a machine is a host name with a digit, a dash or a
dot (one word such as `nginx` under `webServer` is software); a dotted one must sit under a registrable
domain that is no public site nor a vendor's (Public Suffix List, `infra_estate`); a login is a login's
form and no role account (`root`, `postgres`: rules/term_lists.yaml `role_accounts`). A login that is one
ordinary word and no first name (`reporting`, `alerts`, `ingest`) names the account's job, as a role account
does: under a key alone that is a service's login, not a person's, and stays (`jkowalski`, `etl_loader`,
`anna` are found). Code is not
configuration: a value followed by `(`, or holding the head word itself (`current_user`, `db_host`), stays.
Only the key and the value's form support the finding, so it is doubtful (0.55): redacted on the wire,
not reported by an audit.

Cost: a scan for a head word before `:`/`=`; the key-value regex runs only on those lines; the other layouts
are gated on their literal (`<key>`, `key=`, `variable`); the blank-separated setting line (round 30) is tried only
on a line where a host head word meets blanks.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.identifier_pieces import identifier_words
from redactor.detect.infra_estate import is_public_site, is_vendor_domain
from redactor.detect.keywords import lowered_same_length, needs_cues, needs_marks
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import first_names, world_first_names

KEY_HEAD_SCORE = DOUBTFUL_SCORE

_HOST_HEADS = ("hostname", "host", "server", "servername", "fqdn", "computername")
_USER_HEADS = ("username", "user", "login", "loginname", "logon", "accountname", "samaccountname")
# Two-word heads: `account name`, `host name`, `user id` written apart (`AccountName`, `user_id`).
_TWO_WORD_HEADS = {("account", "name"): "USERNAME", ("user", "name"): "USERNAME", ("login", "name"): "USERNAME",
                   ("host", "name"): "INTERNAL_HOSTNAME", ("server", "name"): "INTERNAL_HOSTNAME",
                   ("computer", "name"): "INTERNAL_HOSTNAME", ("machine", "name"): "INTERNAL_HOSTNAME"}
# Words before the head that make the key about something else than the thing (`user_agent` has head
# `agent` anyway; these are heads' modifiers that turn the key into a count, flag or kind).
_NOT_THE_THING = frozenset("max min num count default type kind is has enable enabled use allow".split())

_KEY = r"[A-Za-z][A-Za-z0-9_.\-]{0,60}"
_VALUE = r"[A-Za-z0-9][A-Za-z0-9._@\\-]{0,62}"
_END = r"(?=[ \t]*(?:$|[,;}\]#\r\n]|[ \t]+(?:#|//)))"
# `key: value`, `key=value`, `"key": "value"`, `key = "value"`, `key => 'value'`.
_KEY_VALUE = re.compile(
    rf"""(?m)(?<![\w.\-])(?P<kq>["']?)(?P<key>{_KEY})(?P=kq)[ \t]*(?P<sep>:|=|=>)[ \t]*"""
    rf"""(?P<vq>["']?)(?P<value>{_VALUE})(?P=vq){_END}""")
# Where a key ending in a head word meets its separator: the lines `_KEY_VALUE` is tried on. Searched in the
# lower-cased text: a case-insensitive alternation costs ~7x more in `re` (no literal prefix to skip to).
_HEAD_BEFORE_SEPARATOR = re.compile(r"(?:host|server|user|login|logon|name|fqdn)[\"']?[ \t]*(?::|=)")
# Its words (every match holds one, in the lower-cased text), and the literals the other layouts are tried behind.
_HEAD_WORDS = ("host", "server", "user", "login", "logon", "name", "fqdn")
_LAYOUT_LITERALS = ("<key>", "key=", "variable")
# Block-structured configurations (ISC dhcpd and its leases, nginx, Apache, squid, ssh_config, BIND) write a setting
# as its key, blanks and its value alone on a line, the value quoted or bare and the line ended by `;` or nothing:
# `client-hostname "SCALE-03";`, `ServerName hr.corp.lan`, `option host-name "kiosk-04";`. Only machines are read
# so (a bare `User ops` line is ssh_config's, and prose such as "Server down" has no line-end after one word).
_BLANK_SETTING = re.compile(
    rf"""(?m)^[ \t]*(?:option[ \t]+)?(?P<key>{_KEY})[ \t]+(?P<vq>"?)(?P<value>{_VALUE})(?P=vq)[ \t]*;?[ \t]*$""")
# Where a key ending in a host head meets the blanks before its value (searched in the lower-cased text).
_HOST_HEAD_BEFORE_BLANK = re.compile(r"(?:host|server|name|fqdn)[ \t]+[\"a-z0-9]")
_PLIST_PAIR = re.compile(rf"<key>(?P<key>{_KEY})</key>\s*<string>(?P<value>{_VALUE})</string>")
_XML_SETTING = re.compile(rf"""<add\s+key=["'](?P<key>{_KEY})["']\s+value=["'](?P<value>{_VALUE})["']""")
_HCL_VARIABLE = re.compile(rf"""variable\s+"(?P<key>{_KEY})"\s*\{{(?P<body>[^{{}}]{{0,400}})\}}""")
_HCL_DEFAULT = re.compile(rf"""\bdefault\s*=\s*"(?P<value>{_VALUE})\"""")

_HOST_FORM = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
_LOGIN_FORM = re.compile(r"(?:[A-Za-z][A-Za-z0-9-]{0,14}\\)?[a-z][a-z0-9._-]{1,31}|[A-Z][A-Za-z0-9._-]{1,31}")
_VERSION = re.compile(r"v?\d+(?:\.\d+)+")
_LOOPBACK = frozenset("localhost localhost.localdomain loopback".split())


def key_words(key: str) -> list[str]:
    """The key's words in lower case: `ldapServer` -> [ldap, server]; `PGUSER` -> [pg, user]."""
    words = [word.lower() for word in identifier_words(key)]
    if words:
        last = words[-1]
        for head in sorted(_HOST_HEADS + _USER_HEADS, key=len, reverse=True):
            if last != head and last.endswith(head) and len(last) - len(head) >= 2:
                words[-1:] = [last[:-len(head)], head]
                break
    return words


def head_kind(key: str) -> str | None:
    """INTERNAL_HOSTNAME or USERNAME when the key's head names a machine or a login, else None."""
    words = key_words(key)
    if not words or any(word in _NOT_THE_THING for word in words[:-1]):
        return None
    if len(words) >= 2 and (words[-2], words[-1]) in _TWO_WORD_HEADS:
        return _TWO_WORD_HEADS[(words[-2], words[-1])]
    if words[-1] in _HOST_HEADS:
        return "INTERNAL_HOSTNAME"
    if words[-1] in _USER_HEADS:
        return "USERNAME"
    return None


@needs_cues(_HEAD_WORDS)
@needs_marks(_LAYOUT_LITERALS)  # (each layout is tried behind one of these)
def find_values_under_key_heads(text: str, registrable_domain: Callable[[str], str | None]
                                ) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of the hosts and logins described in the module docstring."""
    for match in _key_value_matches(text):
        found = _judged(match.group("key"), match.group("value"), text, match.end("value"), registrable_domain)
        if found:
            yield match.start("value"), match.end("value"), found, KEY_HEAD_SCORE
    for match in _blank_setting_matches(text):
        found = _judged(match.group("key"), match.group("value"), text, match.end("value"), registrable_domain)
        if found == "INTERNAL_HOSTNAME":
            yield match.start("value"), match.end("value"), found, KEY_HEAD_SCORE
    for regex, literal in ((_PLIST_PAIR, "<key>"), (_XML_SETTING, "key=")):
        if literal not in text:
            continue
        for match in regex.finditer(text):
            found = _judged(match.group("key"), match.group("value"), text, match.end("value"), registrable_domain)
            if found:
                yield match.start("value"), match.end("value"), found, KEY_HEAD_SCORE
    if "variable" in text:
        for block in _HCL_VARIABLE.finditer(text):
            default = _HCL_DEFAULT.search(block.group("body"))
            if default is None:
                continue
            found = _judged(block.group("key"), default.group("value"), "", 0, registrable_domain)
            if found:
                start = block.start("body") + default.start("value")
                yield start, start + len(default.group("value")), found, KEY_HEAD_SCORE


def _key_value_matches(text: str) -> Iterator[re.Match[str]]:
    """`_KEY_VALUE` on the lines where a head word stands before a separator, not on the whole text."""
    done_until = -1
    for hit in _HEAD_BEFORE_SEPARATOR.finditer(lowered_same_length(text)):
        if hit.start() < done_until:
            continue
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        done_until = len(text) if line_end < 0 else line_end
        yield from _KEY_VALUE.finditer(text, line_start, done_until)


def _blank_setting_matches(text: str) -> Iterator[re.Match[str]]:
    """`_BLANK_SETTING` on the lines where a host head word stands before blanks, each line once."""
    done_until = -1
    for hit in _HOST_HEAD_BEFORE_BLANK.finditer(lowered_same_length(text)):
        if hit.start() < done_until:
            continue
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        done_until = len(text) if line_end < 0 else line_end
        match = _BLANK_SETTING.match(text, line_start, done_until)
        if match is not None:
            yield match


def _judged(key: str, value: str, text: str, end: int, registrable_domain: Callable[[str], str | None]) -> str | None:
    kind = head_kind(key)
    if kind is None or text.startswith("(", end):
        return None
    lowered = value.lower()
    if lowered in _non_values() or any(word in lowered for word in key_words(key)[-1:]):
        return None  # `host: none`, `user = current_user`, `hostname = self.hostname`
    if kind == "INTERNAL_HOSTNAME":
        return kind if is_machine_name(value, registrable_domain) else None
    if not _LOGIN_FORM.fullmatch(value) or lowered in _role_accounts() or "@" in value:
        return None
    return None if _names_a_job(lowered) else kind


def _names_a_job(login: str) -> bool:
    """A login that is one ordinary word and no first name: the account's job (`reporting`), not a person."""
    return login.isalpha() and is_ordinary_word(login) and login not in first_names() and login not in world_first_names()


def is_machine_name(value: str, registrable_domain: Callable[[str], str | None]) -> bool:
    name = value.lower()
    if not _HOST_FORM.fullmatch(value) or name in _LOOPBACK or _VERSION.fullmatch(name):
        return False
    if "." not in name:
        return "-" in name or any(character.isdigit() for character in name) and not name.isdigit()
    if name.replace(".", "").isdigit() or not name.rsplit(".", 1)[-1].isalpha():
        return False  # an address (found as one), a version
    registrable = registrable_domain(name)
    return (registrable is not None and registrable != name and not is_public_site(registrable)
            and not is_vendor_domain(registrable))


@lru_cache(maxsize=1)
def _non_values() -> frozenset[str]:
    return frozenset(term_list("non_values")) | frozenset(term_list("placeholder_values"))


@lru_cache(maxsize=1)
def _role_accounts() -> frozenset[str]:
    return frozenset(term_list("role_accounts"))
