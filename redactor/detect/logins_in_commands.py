"""Logins that account files, admin commands and prose about online accounts name (round 10).

- **Account files** pasted whole or in part: `/etc/passwd` (`kjames:x:1001:1001:...`), `/etc/shadow` and
  `.htpasswd` (`rgupta:$apr1$...`, `lchen:$6$...`, `tnguyen:!:19700:...`), sudoers (`kjames ALL=(ALL) ALL`), and
  the user field of a system crontab (`0 5 * * * mfoster /usr/local/bin/backup.sh`).
- **Admin commands**: MySQL accounts `'dchen'@'%'`, `GRANT ... TO x` / `REVOKE ... FROM x` / `OWNER TO x`,
  `kubectl --as=x`, PowerShell `-Identity x` / `Get-ADUser x` / `-SamAccountName x`, and a Kubernetes RBAC subject
  (`kind: User` with its `name:`).
- **Cloud CLIs' output and arguments**: the session name after an AWS role's unique id (`"UserId": "AROA...:x"`, the
  caller a person assumed the role as), and the owner of a repository named to GitHub's CLI (`gh ... --repo x/tools`,
  `gh repo clone x/tools`).
- **Prose about an account on a service**: "I'm pixelwitch on Discord", "find me on GitHub as kmiller", "she goes
  by nightowl", "signed up as brightfox", "posted as throwaway_9921 on reddit".

Role names (`analytics_role`, `readonly`), commands (`python`, `bash`) and ordinary words stay: a plain word must
read as a login (an initial and a surname, or a word of no dictionary), a joined one as a person's login
(`login_columns._login_cell`). Every rule is tried where its literal occurs (keyword_positions), so each costs one
pass over the text; role accounts (root, postgres) are dropped by find_usernames.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any, keyword_positions
from redactor.detect.login_columns import _login_cell
from redactor.detect.name_parts import is_common_word, is_ordinary_word
from redactor.detect import term_lists

_SCORE = 0.7
_LOGIN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]"
_UNIX_LOGIN = r"[a-z_][a-z0-9._-]{0,30}[a-z0-9_]"

# passwd / shadow / htpasswd lines: the login opens the line, then the file's second field.
_ACCOUNT_FILE_HINTS = (":x:", ":$", ":{sha}", ":!", ":*")
_ACCOUNT_FILE_LINE = re.compile(
    r"[ \t]*(?P<user>" + _UNIX_LOGIN + r"):(?:x:\d+:\d+:|[!*]{0,2}\$(?:\d[a-z]?|apr1|y|2[abxy]?|sha1|md5)\$"
    r"|\{(?i:sha|ssha|md5|crypt)\}|[!*]{1,2}:\d*:)")
# The same entry written into a config value rather than a file's line: a quoted item of a list (Traefik's
# `basicAuth: users: ["x:$apr1$..."]`, a Kubernetes secret) or after `=` (a Docker label `...basicauth.users=x:$$apr1$$`,
# compose doubling the `$`).
_HASHED_ENTRY = re.compile(
    r"(?<=[\"'=,])(?P<user>" + _UNIX_LOGIN + r"):\$\$?(?:\d[a-z]?|apr1|y|2[abxy]?|sha1|md5)\$")
# `aws sts get-caller-identity`: an assumed role's unique id, then the session's name, which people set to their login.
_ROLE_SESSION = re.compile(r"(?<![A-Z0-9])AROA[A-Z0-9]{12,28}:(?P<user>" + _LOGIN + r")(?![\w@-])")
# A session name a tool made up holds a clock reading (`botocore-session-1700000000`), a person's does not.
_CLOCK_READING = re.compile(r"\d{9,}")
# GitHub's CLI names a repository OWNER/NAME: a person's account or an organisation's (the login test keeps the
# organisations whose names are words: `acme-corp`, `platform`).
_GH_REPOSITORY = re.compile(
    r"(?:--repo(?:=|[ \t]+)|-R[ \t]+|\bgh[ \t]+repo[ \t]+(?:clone|view|fork|sync)[ \t]+)[\"']?(?P<user>" + _LOGIN
    + r")/[\w.-]+")
# sudoers: `kjames ALL=(ALL:ALL) NOPASSWD: ALL` (a `%group` or `Defaults` line is no login).
_SUDOERS_LINE = re.compile(r"[ \t]*(?P<user>" + _UNIX_LOGIN + r")[ \t]+ALL[ \t]*=")
# A system crontab's line: five time fields, the user, the command.
_CRON_LINE = re.compile(
    r"[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|hourly)|(?:[\d*/,-]+[ \t]+){4}[\d*/,-]+)[ \t]+"
    r"(?P<user>" + _UNIX_LOGIN + r")[ \t]+(?=[/~$.]|(?:cd|test|\[|sh|bash|python3?|php|flock|nice|ionice|run-parts)\b)")
# MySQL accounts: 'dchen'@'%', `kpatel`@`localhost`, "x"@"10.0.%".
_MYSQL_ACCOUNT = re.compile(r"(?P<q>['\"`])(?P<user>" + _LOGIN + r")(?P=q)@(?P<h>['\"`])[\w.%:-]{1,64}(?P=h)")
_MYSQL_ACCOUNT_HINTS = ("'@'", '"@"', "`@`")
# GRANT role TO x; REVOKE ... FROM x; ALTER ... OWNER TO x; CREATE/ALTER/DROP USER|ROLE x.
_SQL_GRANTEE = re.compile(
    r"(?i:\b(?:grant|revoke)\b[^;\n]{1,200}?\b(?:to|from)|\bowner[ \t]+to)[ \t]+(?P<quote>[\"'`]?)(?P<user>"
    + _LOGIN + r")(?P=quote)(?![\w@-])")
_SQL_ACCOUNT_STATEMENT = re.compile(
    r"(?i:\b(?:create|alter|drop)[ \t]+(?:user|role|login)(?:[ \t]+if[ \t]+(?:not[ \t]+)?exists)?)[ \t]+"
    r"(?P<quote>[\"'`\[]?)(?P<user>" + _LOGIN + r")[\"'`\]]?(?![\w@-])")
# kubectl --as=jlarsen (not --as=system:serviceaccount:...), PowerShell and AD cmdlets.
_IMPERSONATION_FLAG = re.compile(r"--as(?:=|[ \t]+)[\"']?(?P<user>" + _LOGIN + r")(?![\w:@-])")
_AD_IDENTITY = re.compile(
    r"(?i:-identity|-samaccountname|-username|get-aduser|set-aduser|disable-adaccount|enable-adaccount"
    r"|unlock-adaccount|remove-aduser)[ \t]+[\"']?(?P<user>" + _LOGIN + r")(?![\w@\\-])")
_AD_HINTS = ("-identity", "-samaccountname", "-username", "get-aduser", "set-aduser", "disable-adaccount",
             "enable-adaccount", "unlock-adaccount", "remove-aduser")
# Kubernetes RBAC: `- kind: User` then `name: jlarsen` within the subject.
_RBAC_USER = re.compile(r"kind:[ \t]*User[ \t]*\r?\n(?:[ \t]*[\w.]+:[^\n]*\n){0,2}?[ \t]*name:[ \t]*[\"']?(?P<user>"
                        + _LOGIN + r")[\"']?[ \t]*(?:\r?\n|$)")

# Prose about an account on a service.
_SERVICES = (r"slack|discord|github|gitlab|bitbucket|twitter|x\.com|reddit|steam|twitch|telegram|teams|instagram"
             r"|insta|tiktok|mastodon|bluesky|bsky|xbox|xbox[ \t]live|psn|playstation|matrix|irc|keybase|snapchat"
             r"|kick|youtube|roblox|minecraft|battle\.net|hacker[ \t]?news|lobsters|stack[ \t]?overflow|kaggle"
             r"|leetcode|codeforces|hugging[ \t]?face|the[ \t]+forum|the[ \t]+server|the[ \t]+discord")
_SERVICE_WORDS = ("slack", "discord", "github", "gitlab", "bitbucket", "twitter", "x.com", "reddit", "steam", "twitch",
                  "telegram", "teams", "insta", "tiktok", "mastodon", "bluesky", "bsky", "xbox", "psn", "playstation",
                  "matrix", "irc", "keybase", "snapchat", "kick", "youtube", "roblox", "minecraft", "battle.net",
                  "hacker", "lobsters", "stack", "kaggle", "leetcode", "codeforces", "hugging", "forum", "server")
# "I'm pixelwitch on Discord", "add brightfox on Steam": a person's slot, a login, then "on <service>".
_LOGIN_ON_SERVICE = re.compile(
    r"(?i:\b(?:i'?m|i[ \t]+am|he'?s|she'?s|they'?re|we'?re|as|add|follow|find|friend|dm|message|ping|tag|mention"
    r"|msg|contact|reach|called|named|user|handle|is|was)[ \t]+)[\"'`]?@?(?P<user>" + _LOGIN + r")[\"'`]?[ \t]+"
    r"(?i:on|in|at|over[ \t]+on)[ \t]+(?:the[ \t]+)?(?i:" + _SERVICES + r")\b")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?:on|in|at|over[ \t]+on)[ \t]+(?:the[ \t]+)?$")
_OWNER_BEFORE = re.compile(r"(?<![\w])(?:on|my|his|her|their|our)[ \t]+$")
# "find me on GitHub as kmiller", "on Steam I'm GrimTusk", "my insta is ana.travels".
_SERVICE_THEN_LOGIN = re.compile(
    r"(?i:\b(?:on|my|his|her|their|our)[ \t]+(?:" + _SERVICES + r")(?:[ \t]+(?:handle|name|username|user|id|tag"
    r"|gamertag|nick|account|profile))?[ \t]+(?:as|under|i'?m|is|=|:))[ \t]*[\"'`]?@?(?P<user>" + _LOGIN
    + r")(?![\w@/-]|\.\w)")  # a host (`hachyderm.io/@x`) is a link, read by usernames.py
# A service's name as a label: "Discord: pixelwitch", "IG - ana.travels", "steam_id=GrimTusk", "Twitch handle: x".
# (Only names that mean a social or gaming account: `server:`, `stack:`, `matrix:`, `teams:` label other things.)
_SERVICE_LABEL = re.compile(
    r"(?i:discord|twitter|reddit|steam|twitch|telegram|instagram|insta|tiktok|mastodon|bluesky|bsky|xbox|psn"
    r"|snapchat|keybase|roblox|ig|tg)(?:[ _-]?(?i:handle|username|user|id|tag|name|nick|account|profile))?"
    r"[\"']?[ \t]*(?:[:=]|[ \t]-[ \t])[ \t]*[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@/-]|\.\w)")
_SERVICE_LABEL_WORDS = ("discord", "twitter", "reddit", "steam", "twitch", "telegram", "insta", "tiktok", "mastodon",
                        "bluesky", "bsky", "xbox", "psn", "snapchat", "keybase", "roblox", "ig:", "ig -", "ig ha",
                        "ig_", "ig us", "tg:", "tg ha", "tg_")
# "she goes by nightowl", "signed up as brightfox", "posted as throwaway_9921".
_ALIAS_CUES = ("goes by", "go by", "went by", "known as", "signed up as", "registered as", "posted as", "posts as",
               "posting as", "commented as", "plays as", "streams as", "logged on as", "joined as")
_ALIAS = re.compile(
    r"(?i:goes|go|went|known|signed[ \t]+up|registered|posted|posts|posting|commented|plays|streams|logged[ \t]+on"
    r"|joined)[ \t]+(?i:by|as)[ \t]+[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@-])")


def _reads_as_login(word: str, strong: bool = False) -> float | None:
    """The score of a word in an account's slot: a person's login shape (0.7), a lower-case word of no dictionary
    or mixed case (doubtful), else None ("readonly", "python", "admin"). After a cue that can only name an account
    (`strong`: "goes by", "on Discord"), a word made of words ("nightowl", "GrimTusk") is doubtful and a shaped one
    ("throwaway_9921") sure: dictionary-word logins stay doubtful."""
    folded = word.casefold()
    if len(word) < 3 or not word[:1].isalpha() or folded in term_lists.term_list("tech_terms") or folded in \
            term_lists.term_list("code_keywords") or is_common_word(folded):
        return None
    shaped = bool(re.search(r"[\d._]", word))
    if _login_cell(folded) is not None and (word == folded or shaped):
        return _SCORE
    if strong:
        if shaped and not re.fullmatch(r"v?\d+(?:\.\d+)*", word):
            parts = [part for part in re.split(r"[._\d-]+", folded) if part]
            words = all(is_ordinary_word(part) or part in term_lists.term_list("tech_terms") for part in parts)
            return DOUBTFUL_SCORE if words else _SCORE  # "old_lurker42" sure, "node_modules" doubtful
        return DOUBTFUL_SCORE if not (word[:1].isupper() and word[1:].islower()) else None
    if is_ordinary_word(word):
        return None
    if word.isalpha() and word == folded or word != folded and not (word[:1].isupper() and word[1:].islower()):
        return DOUBTFUL_SCORE  # "pixelwitch", "GrimTusk" (a capitalised "Bill" is a name: NER's)
    if shaped:
        parts = [part for part in re.split(r"[._\d-]+", folded) if part]
        if parts and not all(is_ordinary_word(part) or part in term_lists.term_list("tech_terms") for part in parts):
            return _SCORE
    return None


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def find_logins_in_commands(text: str, lowered: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each login an account file, an admin command or prose about an account names."""
    seen_lines: set[int] = set()
    for position in keyword_positions(lowered, _ACCOUNT_FILE_HINTS):
        start = _line_start(text, position)
        if start in seen_lines:
            continue
        seen_lines.add(start)
        match = _ACCOUNT_FILE_LINE.match(text, start)
        if match and match.end("user") == position:
            yield match.start("user"), match.end("user"), 0.8
    if ":$" in text:
        for match in _HASHED_ENTRY.finditer(text):
            yield match.start("user"), match.end("user"), 0.8
    if "AROA" in text:
        for match in _ROLE_SESSION.finditer(text):
            score = _reads_as_login(match.group("user"))
            if score is not None and not _CLOCK_READING.search(match.group("user")):
                yield match.start("user"), match.end("user"), score
    if "--repo" in text or "gh " in text:
        for match in _GH_REPOSITORY.finditer(text):
            score = _reads_as_login(match.group("user"))
            if score is not None:
                yield match.start("user"), match.end("user"), score
    if contains_any(text, ("ALL",)):
        for position in keyword_positions(text, (" ALL", "\tALL")):
            start = _line_start(text, position)
            match = _SUDOERS_LINE.match(text, start)
            if match and match.end("user") == position and match.group("user") != "defaults":
                yield match.start("user"), match.end("user"), 0.8
    if "* " in text or "@reboot" in text or "@daily" in text or "@hourly" in text:
        seen_lines.clear()
        for position in keyword_positions(text, ("* ", "@reboot", "@daily", "@hourly", "@weekly", "@monthly")):
            start = _line_start(text, position)
            if start in seen_lines:
                continue
            seen_lines.add(start)
            match = _CRON_LINE.match(text, start)
            if match and (score := _reads_as_login(match.group("user"))):
                yield match.start("user"), match.end("user"), max(score, _SCORE)
    for position in keyword_positions(text, _MYSQL_ACCOUNT_HINTS):
        quote = text[position]
        opening = text.rfind(quote, max(0, position - 33), position)
        if opening == -1:
            continue
        match = _MYSQL_ACCOUNT.match(text, opening)
        if match and match.end("user") == position and (score := _reads_as_login(match.group("user"))):
            yield match.start("user"), match.end("user"), max(score, _SCORE)
    for position in keyword_positions(lowered, ("grant", "revoke", "owner to")):
        if position and lowered[position - 1].isalnum():
            continue
        match = _SQL_GRANTEE.match(text, position)
        if match and (score := _reads_as_login(match.group("user"))):
            yield match.start("user"), match.end("user"), score
    for position in keyword_positions(lowered, ("create user", "alter user", "drop user", "create role", "alter role",
                                                "drop role", "create login", "alter login", "drop login")):
        if position and lowered[position - 1].isalnum():
            continue
        match = _SQL_ACCOUNT_STATEMENT.match(text, position)
        if match and (score := _reads_as_login(match.group("user"))):
            yield match.start("user"), match.end("user"), score
    for position in keyword_positions(text, ("--as",)):
        match = _IMPERSONATION_FLAG.match(text, position)
        if match and (score := _reads_as_login(match.group("user"))):
            yield match.start("user"), match.end("user"), max(score, _SCORE)
    for position in keyword_positions(lowered, _AD_HINTS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] == "-"):
            continue
        match = _AD_IDENTITY.match(text, position)
        if match and (score := _reads_as_login(match.group("user"))):
            yield match.start("user"), match.end("user"), max(score, _SCORE)
    if contains_any(text, ("kind:",)):
        for position in keyword_positions(text, ("kind: User", "kind:User")):
            match = _RBAC_USER.match(text, position)
            if match and "@" not in match.group("user") and (score := _reads_as_login(match.group("user"))):
                yield match.start("user"), match.end("user"), max(score, _SCORE)
    for position in keyword_positions(lowered, _SERVICE_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_.-/@"):
            continue
        # "x on Discord": the words before the service (a preposition, perhaps "the"), then the login before them
        before = _PREPOSITION_BEFORE.search(lowered, max(0, position - 16), position)
        if before is not None:
            start = max(0, before.start() - 72)
            for match in _LOGIN_ON_SERVICE.finditer(text, start, min(len(text), position + 24)):
                if match.end("user") < before.start() - 2 or match.start() > before.start():
                    continue
                if score := _reads_as_login(match.group("user"), strong=True):
                    yield match.start("user"), match.end("user"), score
        # "on GitHub as x", "my insta is x": the owner's word before the service
        owner = _OWNER_BEFORE.search(lowered, max(0, position - 8), position)
        if owner is not None:
            match = _SERVICE_THEN_LOGIN.match(text, owner.start())
            if match and (score := _reads_as_login(match.group("user"), strong=True)):
                yield match.start("user"), match.end("user"), score
    for position in keyword_positions(lowered, _SERVICE_LABEL_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_.-/@"):
            continue
        match = _SERVICE_LABEL.match(text, position)
        if match and (score := _reads_as_login(match.group("user"), strong=True)):
            yield match.start("user"), match.end("user"), score
    for position in keyword_positions(lowered, _ALIAS_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        match = _ALIAS.match(text, position)
        if match and (score := _reads_as_login(match.group("user"), strong=True)):
            yield match.start("user"), match.end("user"), score
