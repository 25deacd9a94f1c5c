"""The password after a machine's role login: `admin Pelican4410`, `root: Kx7!tern`, `админ Minsk220030`.

People who note a device's or a server's access write its built-in login (admin, root, sa, administrator) and the
password right after it, with a space, a colon or a slash, and often no password word at all: "NAS 10.0.0.5, admin
Pelican4410", "router http://192.168.1.1 root Gx!2024tp", "сервер 10.1.1.50, админ Minsk220030". The role login is
public (every such device has it); the word after it, when it has a password's shape, is that login's password.

Read: a role login (term_lists.yaml `role_logins`, and its Cyrillic spelling as Slavic writers borrow it: `админ`,
`адмін`), then ` `, `:`, `/` or `=` and a word with a password's shape (password_slots.shaped_like_a_password: 6-64
characters, no version, path, host or e-mail; `Owl.Night55` too) that mixes a digit with a capital or a password symbol (`Pelican4410`, `tr0ub4dor!`);
a lower-case word with digits (`users01`, `panel2`) is a name of things as often as a password. The line must name a
machine or an account (an IPv4 address, a URL, a UNC path, a dotted host name or a login/password label on it or on
the line above): "admin Dashboard2024" in a changelog is a page's name, not a password. Doubtful (DOUBTFUL_SCORE): the
wire redacts, an audit does not report.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_slots import names_a_password, shaped_like_a_password
from redactor.detect.rule_files import term_list
from redactor.detect.slot_names import cyrillic_spellings

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_LOGINS = term_list("role_logins") | cyrillic_spellings(term_list("role_logins"))
# A login word's end, then ` `, `:`, `/` or `=` and the value: matched where str.find saw a login word (an alternation
# of words tried at every offset costs ~3 ms per 10 KB; a find per word a few microseconds).
_AFTER_LOGIN = re.compile(r"(?:[ \t]*[:/=][ \t]*|[ \t]+)(?P<value>[^\s,;()\[\]{}<>\"']{6,64})")
_LONGEST_FIRST = tuple(sorted(_LOGINS, key=len, reverse=True))
# What says a line is about a machine or an account.
_MACHINE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\w://|\\\\\w|\b[\w-]+\.[\w-]+\.[a-z]{2,}\b|"
                      r"\b[\w-]+\.(?:local|lan|internal|corp|home|intra)\b", re.IGNORECASE)
_SYMBOLS = set("!#$%&*+?@^~._-")


def _password_shaped(value: str) -> bool:
    return (shaped_like_a_password(value) and any(c.isdigit() for c in value)
            and (any(c.isupper() for c in value) or any(c in _SYMBOLS for c in value)))


def _line_around(text: str, start: int) -> tuple[str, str]:
    """The line holding `start` and the line above it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else line_start
    return text[line_start:len(text) if line_end < 0 else line_end], text[above_start:line_start]


def role_login_password_spans(text: str, covered: Sequence[tuple[int, int]], lowered: str | None = None
                              ) -> Iterator[Span]:
    """The password-shaped word after each role login on a line that names a machine or an account (`lowered`: the
    text lower-cased, when the caller has it)."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        return  # (a lower-cased letter of another length would shift every offset)
    for login_start, login_end in _login_words(lowered):
        match = _AFTER_LOGIN.match(text, login_end)
        if match is None:
            continue
        value = match.group("value").rstrip(":")  # `root: X` is read by the slot rules; a sentence's `.` may stay
        start = match.start("value")
        end = start + len(value)
        if not _password_shaped(value) or overlaps_a_region(covered, start, end):
            continue
        line, above = _line_around(text, login_start)
        if _MACHINE.search(line) or names_a_password(line.lower()) or names_a_password(above.lower()):
            yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _login_words(lowered: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each role login standing as a word of its own (`admin`, not `sysadmin`'s or `admins`' part;
    not a path's, a host's or an address's piece)."""
    seen: set[int] = set()
    for word in _LONGEST_FIRST:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            before = lowered[at - 1] if at else " "
            after = lowered[end] if end < len(lowered) else " "
            if at not in seen and not (before.isalnum() or before in "_.@/\\-") and not (after.isalnum() or after == "_"):
                seen.add(at)
                yield at, end
            at = lowered.find(word, at + 1)
