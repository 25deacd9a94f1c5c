"""Logins named by their place in a path or URL (read by usernames.find_usernames).

Systems give each person a directory or page named by the login, one level below a folder of people:
- file systems at any depth: `/mnt/homes/x/`, `/data/home/x`, `/var/spool/cron/crontabs/x`, HDFS's `/user/x/`, object
  stores' `s3://bucket/users/x/`. (usernames' home rule takes a home folder only at a path's start, so that
  `example.com/home/about` stays a web page; here the path is read whole first.)
- web addresses: `/users/x`, `/user/x`, `/u/x`, `/people/x`, `/members/x`, `/profile(s)/x`, `/account(s)/x` and
  Apache's `/~x/`; a picture of a person's account named by the login (`/static/avatars/x.png`);
- self-hosted code forges (a host whose name says so: `git.corp.example`, `gitlab.internal`, `bitbucket.acme.org`):
  the first path segment is the owner of the repository, a person or a group (`git.corp.example/bpetrovic/ledger`).

A home folder of a file system names a login for sure (0.7). A segment of a web page or a forge is doubtful (0.55):
pages of the same folders also hold actions and groups (`/users/sign_in`, `/user/settings`, `gitlab.x/platform/`),
which the word tests below keep but not all of them. Role accounts (`is_personal_login`, applied by the caller),
ordinary words (`/user/hive`, `/users/exports`), compounds of words (`sign_in`, `merge_requests`), file names
(`users/list.json`) and a forge's own routes (`/-/`, `/api/`, `/explore`) are no logins.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect import term_lists
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import english_zipf, is_ordinary_word
from redactor.detect.public_packages import public_package_words

_HOME_SCORE = 0.7
_LOGIN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]"
# A folder of people, then the login's segment; the segment ends the path or a further segment follows (no file
# extension: `users/list.json`).
_PEOPLE_FOLDER = re.compile(
    r"/(?P<folder>(?i:home|homes|users|user|u|people|members|member|profiles?|accounts?|crontabs)/|~)"
    r"(?P<user>" + _LOGIN + r")(?![\w~-])(?!\.\w)")
_FILE_SYSTEM_HOMES = frozenset({"home/", "homes/", "crontabs/"})  # a person's folder for sure
_FILE_SYSTEM_PEOPLE = frozenset({"users/", "user/"})  # HDFS's and object stores' people, also an app's folder
_WEB_PEOPLE = frozenset({"users/", "user/", "u/", "people/", "members/", "member/", "profile/", "profiles/", "account/",
                         "accounts/", "~"})
# A folder of account pictures, each file named by its account's login.
_AVATAR_FILE = re.compile(r"/(?i:avatars?|user_avatars|profile_pictures)/(?P<user>" + _LOGIN + r")"
                          r"\.(?i:png|jpe?g|gif|webp|svg)(?![\w.])")
# What ends a path before it: a space, a quote, a bracket, `=`, `,`, `;`, `|` (each looked up with str.rfind).
_BEFORE_PATH = " \t\n\r\"'`<>()[]{}=,;|"
_URL_SCHEME = re.compile(r"(?i:https?|ftp)://")
_STORE_SCHEME = re.compile(r"(?i:s3a?|gs|hdfs|abfss?|wasbs?|file|webhdfs|dbfs)://")
# A host: dotted labels ending in letters, with an optional port, before the first "/".
_HOST = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*(?::\d{1,5})?$")
# A forge's host names itself: its first label, or a label of it, says git/gitlab/gitea/bitbucket ...
_FORGE_LABELS = frozenset("git gitlab gitea forgejo gogs bitbucket stash github ghe scm code vcs repo repos".split())
_PUBLIC_FORGES = frozenset({"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com"})  # usernames'
_WEB_SCHEME_BEFORE = re.compile(r"(?<![A-Za-z])(?i:https?|ftp)://$")
_HOST_AFTER_SCHEME = re.compile(r"[A-Za-z0-9.:-]*")
_FORGE_OWNER = re.compile(r"/(?P<user>" + _LOGIN + r")/[A-Za-z0-9._-]")
_FORGE_ROUTES = frozenset(
    """- api apis users user groups group projects project explore dashboard admin help search scm rest plugins login
    logout oauth orgs organizations organization settings assets uploads raw static public snippets sessions signup
    sign_in sign_up users_sign_in profile import new repos repositories servlet browse
    docs doc documentation blog news about about-us contact support status v1 v2 v3 v4 graphql avatars favicon.ico robots.txt ajax web mirrors packages registry pages wiki issues""".split())
_PART = re.compile(r"[._-]+")
_FREQUENT_ZIPF = 4.5  # "online" 5.2, "search" 5.0; logins of people sit near 0, listed first names are kept
# A part that makes an account a group's (`infra-team`, `data-eng-org`, `acme-labs`).
_GROUP_WORDS = term_lists.term_list("org_suffixes") | frozenset(
    {"team", "teams", "org", "labs", "hq", "bot", "bots", "ci", "group", "official", "dept", "eng", "ops", "squad"})


def find_logins_in_paths(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each login named by its place in a path or URL."""
    if "/" not in text:
        return
    for match in _PEOPLE_FOLDER.finditer(text):
        found = _person_in_folder(text, match)
        if found is not None:
            yield match.start("user"), match.end("user"), found
    for match in _AVATAR_FILE.finditer(text):
        user = match.group("user")
        if _reads_as_login(user) and not _compound_of_words(user) and not _frequent_word(user):
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE  # `default.png`, `user-2.png` stay
    if "://" in text:
        yield from _forge_owners(text)


def _path_of(text: str, position: int) -> tuple[str, str]:
    """The kind of path that holds `position` ("web", "store" or "file") and its part before the first "/" after a
    scheme (the host of a URL, empty for a rooted file path)."""
    lowest = max(0, position - 300)
    start = max(text.rfind(char, lowest, position) for char in _BEFORE_PATH) + 1
    path = text[max(start, lowest):position]
    scheme = _URL_SCHEME.search(path)
    if scheme:
        return "web", path[scheme.end():].split("/", 1)[0]
    if _STORE_SCHEME.search(path):
        return "store", ""
    head = path.split("/", 1)[0]
    if _HOST.match(head) and not head.endswith((".d", ".py", ".js", ".ts", ".go", ".rb", ".java")):
        return "web", head
    return "file", head


def _person_in_folder(text: str, match: re.Match) -> float | None:
    folder = match.group("folder").lower()
    user = match.group("user")
    kind, head = _path_of(text, match.start())
    if kind in ("file", "store"):
        if not _reads_as_login(user) or head:
            return None  # `src/home/x/`: a relative path, a project's folder
        if folder in _FILE_SYSTEM_HOMES:
            return _HOME_SCORE
        return DOUBTFUL_SCORE if folder in _FILE_SYSTEM_PEOPLE and not _compound_of_words(user) else None
    if folder not in _WEB_PEOPLE or not _reads_as_login(user) or _compound_of_words(user) or _frequent_word(user):
        return None
    return DOUBTFUL_SCORE


def _forge_owners(text: str) -> Iterator[tuple[int, int, float]]:
    at = text.find("://")
    while at != -1:
        host_start = at + 3
        at = text.find("://", host_start)
        if not _WEB_SCHEME_BEFORE.search(text, max(0, host_start - 9), host_start):
            continue
        host = _HOST_AFTER_SCHEME.match(text, host_start)
        labels = _PART.split(host.group().lower().split(":", 1)[0])
        if not any(label in _FORGE_LABELS for label in labels) or ".".join(labels[-2:]) in _PUBLIC_FORGES:
            continue
        owner = _FORGE_OWNER.match(text, host.end())
        if owner is None:
            continue
        user = owner.group("user")
        folded = user.lower()
        if folded in _FORGE_ROUTES or not _reads_as_login(user) or _compound_of_words(user) \
                or folded in public_package_words():
            continue  # a route of the forge, a project's word or a public project's owner (kubernetes/ingress-nginx)
        yield owner.start("user"), owner.end("user"), DOUBTFUL_SCORE


def _reads_as_login(segment: str) -> bool:
    """A login's form: starts with a letter, lower case or login-shaped, no ordinary word."""
    folded = segment.lower()
    return (segment[:1].isalpha() and (segment == folded or bool(re.search(r"[\d._]", segment)))
            and not is_ordinary_word(segment) and folded not in term_lists.tech_and_code_terms()
            and not any(part in _GROUP_WORDS for part in _PART.split(folded)))


def _frequent_word(segment: str) -> bool:
    """A word English writes often and no name list holds (`/members/online`): a page, not a person's."""
    folded = segment.lower()
    return english_zipf(folded) >= _FREQUENT_ZIPF and folded not in term_lists.first_names()


def _compound_of_words(segment: str) -> bool:
    """`sign_in`, `merge_requests`, `ledger-api`: every part an ordinary word, a page or project name, no login."""
    parts = [part for part in _PART.split(segment) if part]
    return len(parts) > 1 and all(is_ordinary_word(part) or len(part) <= 2 and part.isalpha() and
                                  part in ("in", "up", "to", "of", "ui", "ux", "js", "io", "db") for part in parts)
