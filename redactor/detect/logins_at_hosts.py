"""Logins written on a machine, `login@host`, wherever they stand (read by usernames.find_usernames).

`ssh`, `scp`, `rsync`, `git`, Ansible inventories, `ssh_config` notes and people's prose all name an account on a
machine as `login@host`: "connect as tmoreno@10.4.0.12", "tmoreno@build-07 can't reach the registry", "copied it to
okim@db-02:/srv/backups". usernames.py reads the form after a remote-shell command and in a prompt; this reads it
anywhere, because the host tells the form apart from a mailbox and a package pin:

- an IPv4 address (with an optional `:port` or `:path`): a mailbox never has one, a package pin (`lodash@4.17.21`)
  has three numbers, not four (four one-digit numbers, `1.2.3.4`, are read as a version). Confident (0.8).
- a host of one label with a digit or a hyphen (`web01`, `build-07`, `db-primary`), or an internal name
  (`.local`, `.lan`, `.internal`, `.corp`, `.intranet`, `.home`), followed by `:` and a path or by the end of a
  word: doubtful (0.55), since `name@tag` also pins versions (`eslint@next-2`, `image@sha256:...`), which are
  dropped by their tag's form (`v1`, digits first, `sha…`, release words).
- no host at all, in a row of `tailscale status`, which prints each machine's owner as `login@` after the machine's
  tailnet address (`100.101.3.7  laptop-07  kpatel@  macOS  active`): the row's address tells it apart from prose
  ending in "@". Confident (0.8).

The login must start with a letter, not follow an address or path character (`/`, `.`, `@`), and not be an
ordinary word; role accounts (`root@10.0.0.1`, `ubuntu@...`) are dropped by find_usernames.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word

_SCORE = 0.8
_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"
# Read from each "@" (a scan for the character costs little; a pattern tried at every letter costs ~50 us/KB).
_USER_BEFORE = re.compile(r"(?<![\w./@\\:$%+=-])(?P<user>[A-Za-z][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]|[A-Za-z])$")
_HOST_AFTER = re.compile(
    r"(?:(?P<address>" + _OCTET + r"(?:\." + _OCTET + r"){3})(?!\w|\.\w)"  # a sentence's full stop may follow
    r"|(?P<host>[A-Za-z][A-Za-z0-9-]{0,62}(?:\.(?:local|lan|internal|corp|intranet|home))?)(?![\w@]|\.\w|-\w))")
# A row of `tailscale status`: the line opens with an IPv4 address, then the machine's name, then the owner `login@`.
_TAILNET_ROW = re.compile(r"(?m:^[ \t]*" + _OCTET + r"(?:\." + _OCTET + r"){3}[ \t]+\S+[ \t]+)$")
_NO_HOST = re.compile(r"[ \t]")
# Four one-digit numbers are a version (`pkg@1.2.3.4`) more often than an address.
_VERSION_LIKE = re.compile(r"\d\.\d\.\d\.\d")
# Tags a package or image is pinned to: versions, digests and release channels, not machines.
_VERSION_TAG = re.compile(r"(?i:v\d|sha\d|rc\d?|alpha|beta|canary|next|latest|stable|nightly|lts|dev|main|master"
                          r"|release|snapshot|preview|experimental|insiders|edge)")


def _machine_name(host: str) -> bool:
    """Whether a one-label host reads as a machine's name: a digit or a hyphen in it, or an internal suffix."""
    if _VERSION_TAG.match(host):
        return False
    if "." in host:
        return True
    return any(char.isdigit() for char in host) or "-" in host.strip("-")


def find_logins_at_hosts(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each login written as `login@host` with a machine's address or name for host."""
    if "@" not in text:
        return
    at = text.find("@")
    while at != -1:
        host = _HOST_AFTER.match(text, at + 1) if at else None
        match = _USER_BEFORE.search(text, max(0, at - 33), at) if host or at else None
        owner_column = host is None and match is not None and _NO_HOST.match(text, at + 1) is not None \
            and _TAILNET_ROW.search(text, max(0, text.rfind("\n", 0, match.start()) + 1), match.start()) is not None
        at = text.find("@", at + 1)
        if match is None or host is None and not owner_column:
            continue
        user = match.group("user")
        if len(user) < 2 or (is_ordinary_word(user) and not any(char in user for char in "._-0123456789")):
            continue
        if owner_column:
            yield match.start("user"), match.end("user"), _SCORE
            continue
        address = host.group("address")
        if address:
            if not _VERSION_LIKE.fullmatch(address):
                yield match.start("user"), match.end("user"), _SCORE
        elif _machine_name(host.group("host")):
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
