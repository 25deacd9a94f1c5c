"""Login names of people: home directories, USER=/LOGNAME= variables, shell prompts, database auth errors,
values after username labels (`username: x`, `login=x`, `"handle": "x"`), CLI flags (`-u x`,
`--user x`, `-U x`) and the user of `ssh`/`scp`/`rsync`/`git` targets (`ssh kjames@host`); in logs
(sshd/PAM "Accepted publickey for x", sudo, cron, `id` and `ls -l` output, `whoami`), tickets and CI
("opened by x", "assigned to x", "Started by user x", "from x to y"), chat nicks and @mentions; forge fields
that list logins (`assignees: a, b`), database account columns (`usename`, `rolname`, `Owner`), what git
prints about an account (merge commits, refused pushes), an account on a named service ("my github is x"),
and, doubtful, lower-case `first.last` and initial+surname words in a person's slot ("mgarcia deleted ...").

A developer's login ("kjames") is usually their initial and surname, and it
rides along in every path of a traceback or a tool result. Accounts that
name a machine role rather than a person (root, ubuntu, runner, ec2-user,
www-data, postgres...) and template words ("username", "your-name") are
left alone.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Iterator

from redactor.detect.public_packages import public_npm_packages, public_package_words, public_python_modules
from redactor.detect.community_logins import find_community_logins
from redactor.detect.login_cues import find_cued_logins
from redactor.detect.logins_at_hosts import find_logins_at_hosts
from redactor.detect.logins_before_addresses import find_logins_before_addresses
from redactor.detect.logins_in_irc import find_irc_logins
from redactor.detect.logins_in_paths import find_logins_in_paths
from redactor.detect.login_columns import find_login_column_cells
from redactor.detect.logins_in_commands import find_logins_in_commands
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (ANY_TEXT, any_keyword, contains_any, keyword_positions, lowered_same_length,
                                      matches_at_starts, needs_marks, run_start, word_positions)
from redactor.detect.login_code_paths import reads_as_code_path
from redactor.detect.name_parts import (is_common_word, is_handle_compound, is_ordinary_word,
                                        reads_as_initial_and_surname)
from redactor.detect.rule_files import term_list
from redactor.detect.table_columns import aligned_column_cells, column_cells, may_have_cells_below
from redactor.detect import term_lists

# Built-in, cloud-image, CI, container and service accounts, and template words.
_NOT_PERSONAL = term_list("role_accounts")

_LOGIN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]"  # never ending in sentence punctuation
# Each pattern starts with a literal so the regex engine can skip ahead to it.
_UNIX_HOME = re.compile(
    rf"/(?:home|Users|var/home|export/home|usr/home|homes|nfs/home|gpfs/home|scratch|var/mail|var/spool/mail"
    rf"|crontabs)/(?P<user>{_LOGIN})(?![\w-])(?!\.\w)"
)
_HOME_HINTS = ("/home/", "/Users/", "/homes/", "/scratch/", "/mail/", "/crontabs/")
# Code comments that sign a note with the author's login: "TODO(jdoe):", "FIXME(k.lee)", "@author mkumar".
_SIGNED_COMMENT = re.compile(
    r"(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\((?P<user>" + _LOGIN + r")\)|@author[ \t]+(?P<author>" + _LOGIN + r")(?![\w@.-])"
)
_DOC_COMMENT_TAGS = frozenset(
    """author param return returns throws throw exception since see deprecated version type typedef example todo
    link inheritDoc override private protected public static const default property prop template callback
    yields async module namespace class constructor description summary remarks inheritdoc file license""".split())
# Meeting minutes: "Action: dmoreau to call the landlord", "AI (kpatel): ...": who owns the action item.
_ACTION_OWNER = re.compile(
    r"(?:Action(?:[ \t]+item)?|ACTION|AI|Owner)[ \t]*(?::[ \t]*@?(?P<user>" + _LOGIN + r")[ \t]+to[ \t]+[a-z]"
    r"|\([ \t]*@?(?P<paren>" + _LOGIN + r")[ \t]*\)[ \t]*:)"
)
# CI variables that hold the login of whoever triggered the run.
_CI_ACTOR_VARIABLE = re.compile(
    r"(?:GITHUB_ACTOR|GITHUB_TRIGGERING_ACTOR|GITLAB_USER_LOGIN|BUILD_USER_ID|BUILDKITE_BUILD_CREATOR|CIRCLE_USERNAME"
    r"|DRONE_COMMIT_AUTHOR|BITBUCKET_STEP_TRIGGERER_UUID)[\"']?[ \t]*[=:][ \t]*[\"']?(?P<user>" + _LOGIN + r")(?![\w-])"
)
# C:\Users\x\ (also with JSON-escaped backslashes, and forward slashes).
_WINDOWS_HOME = re.compile(
    rf"(?:Users|USERS|users|Documents and Settings)(?:\\{{1,2}}|/)(?P<user>{_LOGIN})(?![\w-])"
)
_WINDOWS_HOME_WORDS = ("Users", "USERS", "users", "Documents and Settings")  # where each _WINDOWS_HOME match starts
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:(?:\\{1,2}|/)$")
_TILDE_HOME = re.compile(rf"~(?P<user>[a-z_][a-z0-9_-]{{1,31}})/")
# Environment variables that hold the login: USER=x, export LOGNAME=x, "USERNAME": "x", $env:USERNAME = 'x'.
_LOGIN_VARIABLE = re.compile(
    rf"(?:USER|LOGNAME|USERNAME|SUDO_USER)[\"']?[ \t]*[=:][ \t]*[\"']?(?P<user>{_LOGIN})(?![\w-])"
)
# Server logs that quote the account: `password authentication failed for user "x"`,
# `Access denied for user 'x'@'host'`, `role "x" does not exist`.
_QUOTED_ACCOUNT = re.compile(
    rf"(?:user|User|USER|role|Role|ROLE)[ \t]+(?P<quote>[\"'`])(?P<user>{_LOGIN})(?P=quote)"
)
_QUOTED_ACCOUNT_HINTS = ('ser "', "ser '", "ser `", 'SER "', "SER '", 'ole "', "ole '", 'OLE "', "OLE '")
# A shell prompt at the start of a line: kjames@devbox:~/src$ (found from its "@host:").
_PROMPT_HOST = re.compile(r"@[\w-]+(?:\.[\w-]+)*:[~/]")
_PROMPT_USER = re.compile(r"(?:^|\n)[ \t]*(?:\(\S+\)[ \t]*)?(?P<user>[a-z_][a-z0-9_-]{1,31})$")


# `username: x`, `login=x`, `GitHub handle: x`: the label says a login follows. Prefixed
# names (`DB_USER`, `POSTGRES_USER`) usually hold service accounts and are left alone.
_LABEL_WORDS = ("user", "login", "handle", "nick", "uid", "account", "screen")
_LABELLED_LOGIN = re.compile(
    r"(?i:(?:user[ _-]?name|user|login|handle|nick(?:name)?|uid|account[ _-]?name|screen[ _-]?name)"
    r"(?:[ _-]?id)?)[\"']?[ \t]*(?:[:=]|(?P<prose>\bis\b))[ \t]*(?P<quote>[\"'`]?)@?(?P<user>" + _LOGIN + r")(?![\w@\\-])"
)
# `account: mrossi` (a colon, not `account_id = Column(...)` or `account=...` in code).
_ACCOUNT_LABEL = re.compile(r"(?i:account)[\"']?[ \t]*:[ \t]*[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@(.-])")
_LOGIN_COLUMN_LABEL = re.compile(
    r"(?i:user[ _-]?name|user|login|handle|nick(?:name)?|uid|account[ _-]?name|screen[ _-]?name|user[ _-]?id)(?![\w])"
)
_LOGIN_CELL = re.compile(r"@?" + _LOGIN)
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[A-Za-z][a-z']*[ \t]+[A-Za-z]")
# "failed login for user alice.w", "signed in with user id jlee77": a login after "user" in prose.
# Without a label's ":" the login must look like one (a digit, "." or "_": jlee77, alice.w), so
# "for user input" stays prose.
_USER_THEN_LOGIN = re.compile(
    r"(?i:user(?P<id>[ _-]?id)?)[ \t]+(?P<quote>[\"'`]?)(?P<user>" + _LOGIN + r")(?P=quote)(?![\w@-])"
)
_PROSE_WORD_BEFORE_USER = re.compile(r"(?i:\b(?:for|by|of|from|to|with|the|as|unknown|invalid|existing|new)[ \t]+)$")
_LOGIN_SHAPED = re.compile(r"[\d._]")
# The account a user-management command acts on: `useradd -m jdoe`, `usermod -aG docker jdoe`,
# `passwd jdoe`, `su - jdoe`, `chown jdoe:staff f`, `id jdoe`, `killall -u` is a flag (above).
_ACCOUNT_COMMANDS = ("useradd", "adduser", "usermod", "userdel", "deluser", "passwd", "su ", "chown", "chage", "smbpasswd")
# Where a command starts: a line start, a prompt, sudo, or after ; && || |.
_COMMAND_START_BEFORE = re.compile(r"(?:^|\n|[$#>]|\bsudo|&&|;|\|)[ \t]*$")
_ACCOUNT_COMMAND = re.compile(
    r"(?:(?:useradd|adduser|usermod|userdel|deluser|passwd|chage|smbpasswd)(?:[ \t]+-{1,2}[\w-]+(?:[ \t]+(?!-)[^\s-][^\s]*)?)*"
    r"|su(?:[ \t]+-[\w-]*)*|chown(?:[ \t]+-\w+)*)[ \t]+(?P<user>" + _LOGIN + r")(?=[:.]?[\s;|&)]|[:.]?$|:[\w-])"
)
# DOMAIN\jdoe (Windows domain accounts; also JSON-escaped DOMAIN\\jdoe).
_DOMAIN_ACCOUNT = re.compile(r"\b[A-Z][A-Z0-9-]{1,14}\\{1,2}(?P<user>[A-Za-z][A-Za-z0-9._-]{1,31})(?![\w\\])")
# "logged in as jdoe", "signed in as @dana": the account a session belongs to.
_SESSION_AS = re.compile(
    r"(?i:\b(?:logged|signed|log|sign|authenticated|connected|running|su|sudo)(?:[ \t]+(?:in|on|-u))?[ \t]+as)"
    r"[ \t]+[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@-])"
)
# "@dana_s" in chat and tickets. Not a decorator (`@property` at a line start or
# before "("), an npm scope (`@types/node`) or an e-mail's domain.
# What follows a mention that opens a chat message: a comma or colon, or a space and a word; or the message's
# header, as chat exports and social feeds print it: a time (`@ahmed.k 3:14 PM:`) or a dot before its age
# (`@handle · 3h`, `@handle · há 3 dias`).
_MENTION_OPENS_MESSAGE = re.compile(
    r"[ \t]*[:,][ \t]*\S|[ \t]+[A-Za-z@]|[ \t]+\d{1,2}:\d{2}(?![\d:])|[ \t]+[·•][ \t]+\w")
# Directives written "@word rest" at a line start: CSS and Sass at-rules, batch, Python decorators on one line,
# Razor and Blade templates.
_AT_DIRECTIVES = frozenset("""media keyframes supports include mixin extend apply tailwind layer container use forward
    each if else return function page namespace charset import font-face counter-style property echo staticmethod
    classmethod abstractmethod override param returns throws author see since deprecated todo
    model using inject code section yield csrf auth guest endif endforeach foreach for switch while case default
    inherits implements attribute layout functions php livewire vite stack push endpush endsection once env error
    method props slot component""".split())


def _opens_a_message(user: str) -> bool:
    """A lower-case login, not a directive, a code keyword, a tech term or an English word ("@media", "@echo")."""
    return (user[0].islower() and user not in _AT_DIRECTIVES and not is_ordinary_word(user)
            and user not in term_lists.term_list("code_keywords") and user not in term_lists.term_list("tech_terms"))


# A mention opens a word: after a closing bracket or a symbol the "@" is an address's own, as in a bot's commit
# address "49699333+dependabot[bot]@users.noreply.github.com" or "(svc)@relay", and what follows is its host.
_NOT_BEFORE_MENTION = frozenset("_.@/`)]}>+%!=~#$&*|\\")
_MENTION = re.compile(r"@(?P<user>[A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_])(?![\w(/@-]|\.[A-Za-z0-9])")
_LOGIN_FLAG = re.compile(r"(?:-u|-U|-l|--user(?:name)?|--login)(?:[ \t]+|=)[\"']?(?P<user>" + _LOGIN + r")(?![\w:@-])")
_REMOTE_USER = re.compile(
    r"(?:ssh|scp|sftp|rsync|mosh)\b[^\n@]{0,120}?(?<=[\s:])(?P<user>" + _LOGIN + r")@[\w.-]+"
)

# "opened by hmueller", "Started by user ylee", "assigned to dkim": the agent of a ticket or CI action.
_AGENT_VERBS = frozenset(
    """opened created reported assigned reassigned authored triggered started submitted requested approved merged
    closed filed raised committed pushed updated modified edited deleted reviewed written posted signed owned
    initiated launched executed invoked locked claimed resolved escalated maintained uploaded shared commented
    acked tested signed-off banned unbanned muted kicked warned blocked suspended flagged removed exported viewed
    accessed downloaded""".split()
)
_BY_LOGIN = re.compile(r"(?i:by|to)(?:[ \t]+(?i:user))?[ \t]+[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@-])")
# sshd and PAM: "Accepted publickey for okafor_e from", "Invalid user x from", "session opened for user fchen(uid=1003)".
_AUTH_LOG_LOGIN = re.compile(
    r"(?i:\b(?:for|invalid|illegal)[ \t]+(?:(?:invalid|illegal)[ \t]+)?(?:user[ \t]+)?)(?P<user>" + _LOGIN + r")"
    r"(?:(?=[ \t]+from\b)|(?=\(uid=))"
)
# "my uid on the cluster is nsharma", "GitHub username on the old org was pk-22".
_LABEL_THEN_IS = re.compile(
    r"(?i:(?:uid|user[ _-]?id|user[ _-]?name|login|handle|account[ _-]?name|nick(?:name)?)\b(?:[ \t]+[\w-]+){0,4}?"
    r"[ \t]+(?:is|was))[ \t]+[\"'`]?@?(?P<user>" + _LOGIN + r")(?![\w@-])"
)
# sudo's log line "sudo:   tkaplan : TTY=pts/0 ; PWD=..." and cron's "CRON[812]: (tkaplan) CMD (...)".
_SUDO_CRON_LOGIN = re.compile(
    r"(?:sudo(?:\[\d+\])?:[ \t]+(?P<sudo>" + _LOGIN + r")[ \t]+:[ \t]+(?:TTY|PWD|USER|COMMAND)="
    r"|CRON\[\d+\]:[ \t]+\((?P<cron>" + _LOGIN + r")\)[ \t]+CMD)"
)
# "Reassigning JIRA-2231 from jpeters to s.adeyemi": a hand-over between two logins.
_FROM_TO_LOGINS = re.compile(
    r"from[ \t]+@?(?P<first>" + _LOGIN + r")[ \t]+to[ \t]+@?(?P<second>" + _LOGIN + r")(?![\w@-])"
)
# "the user jsmith can't log in", "username jsmith": a label, a space, a login (not an ordinary word).
_SASL_MECHANISM_BEFORE = re.compile(r"(?i:\b(?:sasl|auth))[ \t]+$")
_LABEL_SPACE_LOGIN = re.compile(
    r"(?i:user(?:[ _-]?name)?|login|handle|nick(?:name)?)[ ]+@?(?P<user>" + _LOGIN + r")(?![\w@=-])"
)  # (spaces: "nickname\tkarma" is a TSV header's two cells; a word before "=" is the next key: "op=login acct=...")
# `id` output "uid=1001(dana) gid=1001(dana)" and `ls -l` lines "-rw-r--r--  1 kpatel  staff  1234 ...".
_ID_OUTPUT_LOGIN = re.compile(r"(?:uid|euid|gid)=\d+\((?P<user>" + _LOGIN + r")\)")
_LS_LONG_OWNER = re.compile(
    r"(?m:(?:^|(?<=\\n)|(?<=[\"'])|(?<=[\"'][ \t]))[-dlcbpsD][rwxsStTl-]{9}[.+@]?[ \t]+\d+[ \t]+(?P<user>" + _LOGIN + r")[ \t]+(?P<group>" + _LOGIN
    + r")[ \t]+\d)"
)
# "Login failed for 'dchen'", "auth error for \"kpatel\"": a quoted account after "for".
_QUOTED_AFTER_FOR = re.compile(r"for[ \t]+(?:user[ \t]+)?(?P<quote>[\"'])(?P<user>" + _LOGIN + r")(?P=quote)")
# A chat or IRC line: "<mkumar> anyone seen this?", "[10:02] <@dana_s> hi".
_CHAT_NICK = re.compile(r"(?m:^(?:\[[^\]\n]{1,30}\][ \t]*)?<[@+]?(?P<user>" + _LOGIN + r")>[ \t])")
# A chat transcript line with a time stamp: "[10:42] zoe_k: anyone?", "10:42 <zoe_k> hi", "(09:15:02) dana: ok".
# (Both chat patterns are tried only at line starts, `_line_starts`: a `^` pattern is tried at every position.)
_STAMPED_CHAT_NICK = re.compile(
    r"(?:[ \t]*(?:[\[(]?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?"
    # ... or any bracketed stamp with a clock in it, "[Tue 10:42 AM]", "[10:42 UTC]", "[2024-03-01 09:14 CET]",
    # or a chat role's tag, "[MOD] streamfan88:", "[VIP] ..." (Twitch, Discord exports)
    r"|[\[(][^\[\]()\n]{0,24}?\d{1,2}:\d{2}[^\[\]()\n]{0,16}[\])]"
    r"|\[(?P<role>(?i:mod|moderator|vip|admin|owner|staff|sub|subscriber|host|broadcaster|guest|member))\])[ \t]+"
    r"(?:<[@+]?(?P<bracketed>" + _LOGIN + r")>|(?P<user>" + _LOGIN + r"):)[ \t])"
)
# A chat line with no time stamp, "zoe_k: did anyone restart it?": a login only in a transcript, two or
# more such lines, at the start of the line (a docstring's indented `vocab: ...` is no chat), whose speakers are
# no ordinary words (a config's `max_retries: 3` is no chat).
_BARE_CHAT_NICK = re.compile(r"(?:(?P<user>[A-Za-z][A-Za-z0-9._-]{1,30}[A-Za-z0-9_]):[ \t]+(?P<message>[^\n]+))")
_CHAT_MESSAGE_WORDS = 3
# The user's own turn in a pasted conversation, "me: not yet": too short a speaker for _BARE_CHAT_NICK, a party all
# the same.
_OWN_TURN = re.compile(r"(?:^|\n)[ \t]*(?i:me):[ \t]+\S")
# Prompts and requests that name an account: PuTTY's "login as: mchen", git's "Username for
# 'https://github.com': okeefe-j", "reset the password for account mfoster2", "add dtran to the group".
_ACCOUNT_PROMPT = re.compile(
    r"(?i:login[ \t]+as:|username[ \t]+for[ \t]+'[^'\n]{1,80}':)[ \t]*(?P<user>" + _LOGIN + r")(?![\w@-])"
)
_ACCOUNT_WORD_LOGIN = re.compile(r"(?i:account)[ \t]+(?P<user>" + _LOGIN + r")(?![\w@-])")
# "requested for account wkamau", "unlock the account mfoster": after a preposition or article the
# word after "account" is the account's name; without a login's shape it is doubtful (see _login_spans).
_ARTICLE_BEFORE_ACCOUNT = re.compile(r"(?i:\b(?:for|of|on|to|from|the|user|their|his|her)[ \t]+)$")
# Forge and tracker fields that list logins: `gh issue view`'s "assignees: femi-ola, jkowalski",
# "reviewers:", "watchers:". Capitalised display names there are the NER detector's.
_LOGIN_LIST_LABEL = re.compile(
    r"(?i:assignees?|reviewers?|requested[ \t_-]reviewers?|approvers?|watchers?|participants|collaborators"
    r"|maintainers?|codeowners?)[\"']?[ \t]*[:=][ \t]*"
)
_LISTED_LOGIN = re.compile(r"[ \t]*@?(?P<user>" + _LOGIN + r")(?![\w@(-])[ \t]*(?:,|$|\n)")
_LOGIN_LIST_WORDS = ("assignee", "reviewer", "approver", "watcher", "participants", "collaborators", "maintainer",
                     "codeowner")
# Database tools' columns of accounts: pg_stat_activity's `usename`, pg_roles' `rolname`, `\du`'s
# "Role name", grants' `grantee`/`grantor`, MySQL's `DEFINER`, `\dt`'s "Owner". Role accounts
# (postgres, root) are dropped as everywhere.
_ACCOUNT_COLUMN_LABEL = re.compile(r"(?i:usename|rolname|role[ _]name|grantee|grantor|definer|owner)(?![\w])")
_ACCOUNT_COLUMN_WORDS = ("usename", "rolname", "role name", "role_name", "grantee", "grantor", "definer", "owner")
_GROUP_CHANGE_LOGIN = re.compile(
    r"(?i:add|added|adding|remove|removed|removing|invite|invited|onboard|offboard|kick|kicked|ban|banned)"
    r"[ \t]+(?:(?i:user|member)[ \t]+)?@?(?P<user>" + _LOGIN + r")[ \t]+(?i:to|from|as)\b"
    # ... where the target is a group of people, not a list in code ("add foo_bar to the exports").
    r"(?=[^\n.;]{0,40}\b(?i:group|team|org\w*|channel|admins?|role|repo\w*|project|workspace|sudoers|members"
    r"|access|acl|allowlist|whitelist|owners|maintainers|reviewers|codeowners|collaborators|wheel"
    r"|rotation|on-?call|roster|pager\w*|escalation)\b)"
)
# "my github is tolu-codes", "GitLab handle: tolu.a", "slack: @wanjiku": an account on a named service.
_SERVICE_ACCOUNT = re.compile(
    r"(?i:github|gitlab|bitbucket|codeberg|gitea|slack|discord|telegram|twitter|mastodon|keybase|matrix|irc"
    r"|jira|confluence|npm|pypi|docker[ \t]?hub|hugging[ \t]?face|kaggle|leetcode|stack[ \t]?overflow)"
    r"(?:[ \t]+(?i:handle|username|user|login|account|name|nick|id))?[ \t]*(?::|=|[ \t](?i:is))[ \t]*@?"
    r"(?P<user>" + _LOGIN + r")(?![\w@/-]|\.\w)"  # "my mastodon is hachyderm.io/@x": a host, read as a link
)
_SERVICE_WORDS = ("github", "gitlab", "bitbucket", "codeberg", "gitea", "slack", "discord", "telegram", "twitter",
                  "mastodon", "keybase", "matrix", "irc", "jira", "confluence", "npm", "pypi", "docker", "hugging",
                  "kaggle", "leetcode", "stack")
# `whoami` and its answer on the next line.
_WHOAMI = re.compile(
    r"whoami[ \t]*\r?\n[ \t]*(?:[\w-]{1,15}\\)?(?P<user>" + _LOGIN + r")[ \t]*(?:\r?\n|$)"
    # (on Windows the answer is `domain\login`, the domain often lower case: `contoso\tbrennan`)
    # ... or told in prose: "I ran `whoami` and got dlee", "whoami says kpatel", "whoami -> kpatel"
    r"|whoami`?[ \t]+(?:(?:and|which|it)[ \t]+)?(?:got|gives|gave|returns|returned|says|said|prints|printed|shows|showed"
    r"|->|=>|:)[ \t]+[\"'`]?(?P<told>" + _LOGIN + r")(?![\w@-])"
)
# https://github.com/kmiller42/dotfiles: a personal account that owns a repository on a public forge.
_FORGES = ("github.com/", "gitlab.com/", "bitbucket.org/", "codeberg.org/", "gitee.com/", "sr.ht/~")
_FORGE_OWNER = re.compile(
    r"(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|sr\.ht)/~?(?P<user>" + _LOGIN + r")"
    r"(?:/(?P<repo>[\w.-]+))?(?=[/\s\"'`)>#?]|$)"
)
# Where the URL is a link someone pastes (after a scheme or `www.`, or after a word of prose: "see the fork at
# bitbucket.org/x") rather than an import path (go.mod, go.sum, import lines) or a lock file's quoted source.
_LINK_BEFORE_FORGE = re.compile(
    r"(?:(?<![\"'\w+])(?:git\+)?https?://(?:www\.)?|(?<![\"'\w+./])www\."
    r"|\b(?i:at|see|from|on|in|to|via|clone|fork|here|repo|under)[ \t]+"
    # ... or bare on a line of its own or a list's item, or after a label ("GitHub: github.com/x"); go.sum and
    # go.mod lines, which also start with the path, end in a version (`_VERSION_AFTER_PATH`).
    r"|(?:^|\n)(?:[-*\u2022][ \t]+)?|[^\s:]:[ \t]+)$")
_VERSION_AFTER_PATH = re.compile(r"[^\s@]{0,100}(?:[ \t]+v?\d|@v?\d|/go\.mod)")
# A Go module path rather than a link: a version after it (go.mod, go.sum, `go get x@latest`), or the quoted import
# path of source code (`import "github.com/spf13/cobra"`, `_ "github.com/lib/pq"`), or `go get`/`go install` before.
_MODULE_VERSION_AFTER = re.compile(r"[^\s@\"'`,;|]{0,100}(?:[ \t,;|]+v\d|@(?:v?\d|latest|master|main|none)|/go\.mod)")
_MODULE_PATH_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?[\"`]|\bgo[ \t]+(?:get|install|mod[ \t]+\w+|doc|run)[ \t]+"
    r"(?:-[\w=]+[ \t]+)*)$")


def _is_module_path(text: str, position: int, end: int) -> bool:
    """A Go module or import path at `position` (the forge's name), whose owner is a project, not a person. (pip's
    VCS links, `git+https://github.com/x/y.git@main`, are no Go modules: their `@main` is a branch.)"""
    if "git+" in text[max(0, position - 20):position]:
        return False
    return bool(_MODULE_VERSION_AFTER.match(text, end)) or bool(
        _MODULE_PATH_BEFORE.search(text, max(0, position - 40), position))
# The forges' own top-level pages (github.com/sponsors, gitlab.com/explore), no accounts.
_FORGE_SITE_PAGES = frozenset("""sponsors features topics marketplace orgs settings notifications pulls issues explore
    trending collections login signup join about pricing enterprise security apps readme site contact team teams
    dashboard users groups projects search help public snippets events stars watching codespaces copilot
    organizations new account password_reset sessions""".split())
# An account page written `host/@login`, then the URL's end or a post number.
_FEDIVERSE_ACCOUNT = re.compile(r"/@(?P<user>" + _LOGIN + r")(?=$|[\s\"'`)>\],|?#]|/\d)")
_HOST_BEFORE_ACCOUNT = re.compile(r"(?<![\w.@-])(?:[a-z0-9-]+\.)+[a-z]{2,12}$")
# https://www.linkedin.com/in/sofia-m-84a1b2, twitter.com/dana_s, instagram.com/x: a profile page is its owner's
# account on that site. (Paths the sites use for themselves, such as /share or /intent, are not accounts.)
_PROFILE_SITES = ("linkedin.com/in/", "linkedin.com/pub/", "twitter.com/", "x.com/", "instagram.com/", "facebook.com/",
                  "medium.com/@", "t.me/", "keybase.io/", "tiktok.com/@", "threads.net/@", "reddit.com/u/",
                  "reddit.com/user/", "npmjs.com/~", "pypi.org/user/", "hub.docker.com/u/", "mastodon.social/@",
                  "twitch.tv/", "dev.to/", "youtube.com/@", "dribbble.com/", "behance.net/", "about.me/",
                  "soundcloud.com/", "codepen.io/", "replit.com/@", "hashnode.com/@", "substack.com/@",
                  "bsky.app/profile/", "pinterest.com/", "wandb.ai/", "vk.com/", "ok.ru/profile/", "ok.ru/",
                  "steamcommunity.com/id/", "velog.io/@", "kick.com/", "tumblr.com/", "snapchat.com/add/", "linktr.ee/",
                  "ko-fi.com/", "patreon.com/", "buymeacoffee.com/", "vimeo.com/", "flickr.com/people/", "500px.com/",
                  "deviantart.com/", "artstation.com/", "chess.com/member/", "lichess.org/@/", "strava.com/athletes/",
                  "goodreads.com/", "letterboxd.com/", "last.fm/user/", "myanimelist.net/profile/", "qiita.com/",
                  "zenn.dev/", "note.com/", "weibo.com/", "bilibili.com/", "douyin.com/user/", "habr.com/ru/users/",
                  "pikabu.ru/@")
_PROFILE_SITE_TLDS = (".com/", ".me/", ".io/", ".net/", ".org/", ".social/", ".tv/", ".to/", ".app/", ".ai/",
                      ".ru/", ".ee/", ".fm/", ".dev/")  # one in each


def _sites_by_tld() -> dict[str, list[tuple[str, int]]]:
    """Each site under the first _PROFILE_SITE_TLDS entry it contains, longest first ("linkedin.com/in/")."""
    grouped: dict[str, list[tuple[str, int]]] = {}
    for site in sorted(_PROFILE_SITES, key=len, reverse=True):
        tld = next(tld for tld in _PROFILE_SITE_TLDS if tld in site)
        grouped.setdefault(tld, []).append((site, site.index(tld)))
    return grouped


_PROFILE_SITES_BY_TLD = _sites_by_tld()
_PROFILE_TLDS = tuple(_PROFILE_SITES_BY_TLD)  # (asked of the shared cue scan: one constant tuple)
_PROFILE_OWNER = re.compile(r"(?P<user>" + _LOGIN + r")(?![\w-]|\.\w)")
_PROFILE_SITE_PATHS = frozenset(
    """share sharer intent home search explore hashtag i in pub login signup settings about help privacy tos
    messages notifications groups pages watch events jobs company school feed p reel reels stories tr
    videos directory t tag tags channel embed shorts playlist results c pin pen shots""".split())
# `who`, `w` and `last` output: a login at a line start, then its terminal ("kjames   pts/0   2024-11-29 08:41").
_TERMINAL_SESSION = re.compile(r"(?:[ \t]*)(?P<user>" + _LOGIN + r")[ \t]+(?:pts/\d+|tty\w{0,6}|console|:\d+)(?=[ \t])")
# A `ps aux` row without its header: the login, the PID, then %CPU with its decimal ("rgupta   4412  0.0").
# (Found from the numbers, a digit-led pattern the regex engine skips ahead to, then the login before them.)
_PS_ROW_NUMBERS = re.compile(r"\d(?<=[ \t]\d)\d{0,6}[ \t]+\d{1,3}\.\d(?:[ \t]+\d{1,3}\.\d)?[ \t]")
_LOGIN_BEFORE_NUMBERS = re.compile(r"(?:^|(?<=[\s(]))(?P<user>" + _LOGIN + r")[ \t]+$")
# A header cell of a tool's aligned output (ps, top, w, docker, kubectl) naming the owner column.
_OWNER_COLUMN_HEADER = re.compile(r"(?:USER|UID|OWNER|LOGIN|USERNAME|AUTHOR)(?![\w])")
_OWNER_COLUMN_WORDS = ("USER", "UID", "OWNER", "LOGIN", "AUTHOR")  # where each match starts (from the shared cue scan)
# git@github.com:lmartinez-dev/dotfiles.git: the owner of an SSH remote.
_GIT_REMOTE_OWNER = re.compile(r"git@[\w.-]+\.[a-z]{2,}:(?P<user>" + _LOGIN + r")/")
# What git and forges print about an account: the branch owner of a merge commit ("Merge pull request
# #8812 from hkaraca/fix-timeouts") and the account a push was refused to ("Permission to acme/api.git
# denied to tomasz-w.").
_GIT_MESSAGE_LOGIN = re.compile(
    r"Merge pull request #\d+ from (?P<user>" + _LOGIN + r")/"
    r"|Permission to [\w.-]+/[\w.-]+ denied to (?P<denied>" + _LOGIN + r")(?=\.?(?:$|\s))"
)
# "jdoe deleted the bucket", "assign it to mgarcia": the commonest corporate login, an initial and a
# census surname written as one lower-case word, standing alone in running text.
_INITIAL_AND_SURNAME = re.compile(r"(?<![\w.@/\\$:=-])(?P<user>[a-z](?P<surname>[a-z]{4,16}))(?![\w@/\\(=:-]|\.\w)")
# The slot that makes such a word a person's: a word before it that takes a person, or a past-tense verb
# or a verb people do after it ("mgarcia deleted", "by mgarcia", "ask mgarcia").
_PERSON_SLOT_BEFORE = re.compile(r"(?i:\b(?:by|to|from|cc|ask|ping|pinged|with|and|or|thanks|assign|assigned|ask|"
                                 r"told|tell|user|account|owner|login|dm)[ \t]+)$")
_PERSON_SLOT_AFTER = re.compile(r"[ \t]+(?:[a-z]{3,}ed|said|says|asked|wrote|will|is|was|has|had|can|can't|won't)\b")
# Words of an organisation's account name on a forge ("acme-corp", "platform-team", "corvid-labs").
_ORGANISATION_ACCOUNT_WORDS = term_lists.term_list("org_suffixes") | frozenset(
    {"team", "teams", "org", "labs", "hq", "bot", "bots", "ci", "group", "official"})
# "ingrid.larsen has superuser", "ask about r_okafor's access": a lower-case first name and surname joined
# by "." or "_", standing alone (no attribute chain, call, path or address around it).
_FIRST_DOT_LAST = re.compile(r"(?<![\w.@/\\$-])(?P<first>[a-z]{2,20})[._](?P<last>[a-z]{2,25})(?![\w@/\\(=-]|\.\w)")
# The joiner and the last part of every _FIRST_DOT_LAST match: each match is found from here.
_LAST_PART = r"(?<=[a-z][._])(?P<last>[a-z]{2,25})(?![\w@/\\(=-]|\.\w)"
_JOINER_THEN_LAST = re.compile(r"[._]" + _LAST_PART)
# The same after each joiner alone, to list the last parts: a pattern led by a literal is searched for at C speed
# (~1 ns a character), one led by a class such as "[._]" is tried at every character (~12 ns).
_LAST_AFTER_JOINER = (re.compile(r"\." + _LAST_PART), re.compile("_" + _LAST_PART))
_ASCII_LOWER_CASE = frozenset("abcdefghijklmnopqrstuvwxyz")
# A byte table that keeps lower-case ASCII letters and turns every other byte into a space: the text's words are
# then split out in C, not found by a regex tried at every letter.
_KEEP_LOWER_CASE = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))


def _lower_case_words(text: str) -> frozenset[str]:
    """The distinct runs of lower-case ASCII letters of `text` (a lower-case login pattern's word is one of them:
    it is a whole run, with no letter on either side)."""
    encoded = text.encode("utf-8", "surrogatepass")  # a character outside ASCII becomes bytes that turn into spaces
    return frozenset(encoded.translate(_KEEP_LOWER_CASE).decode("ascii").split())




@functools.lru_cache(maxsize=65536)  # a conversation's vocabulary recurs from text to text
def _may_be_initial_and_surname(word: str) -> bool:
    return 5 <= len(word) <= 17 and reads_as_initial_and_surname(word)


def _initial_and_surname_logins(text: str, words: frozenset[str]) -> Iterator[tuple[int, int, float]]:
    """`jdoe`-shaped logins in a person's slot: an initial and a census surname that is no English word
    ("mgarcia deleted the bucket", "assigned to rkhan"); the whole is no ordinary word, name, tech term or code
    keyword ("redis", "fname" stay). Neither the shape nor the slot alone is enough (words such as "shards"
    and "tracker" have the shape), and English words missing from our lists ("browser") still pass both, so a
    finding is doubtful: redacted on the wire, not reported by an audit."""
    # The words are judged once each (`words`: the text's distinct lower-case words), and the text is scanned for
    # the pattern only when one of them can be a login: most texts have none.
    logins = set(filter(_may_be_initial_and_surname, words))  # (each word's verdict remembered: C-speed lookups)
    if not logins:
        return
    for match in _whole_word_matches(text, logins):
        if _PERSON_SLOT_BEFORE.search(text, max(0, match.start() - 12), match.start()) or _PERSON_SLOT_AFTER.match(
                text, match.end()):
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE


def _whole_word_matches(text: str, logins: set[str]) -> list[re.Match[str]]:
    """The matches of _INITIAL_AND_SURNAME whose login is one of `logins`, in the text's order: the same as its
    finditer filtered by `logins`, read only where such a word occurs (str.find; a text has ~0-3 such words). Its
    matches are whole runs of letters with no word character before them, so none overlaps another and each is the
    match `match` finds at its own start: a whole-text finditer tried every lower-case letter (~25 us per KB)."""
    found = []
    for login in logins:
        at = text.find(login)
        while at != -1:
            match = _INITIAL_AND_SURNAME.match(text, at)
            if match is not None and match.end("user") - at == len(login):
                found.append(match)
            at = text.find(login, at + 1)
    found.sort(key=re.Match.start)
    return found


# (No lru_cache here or on _line_start_matches: a cached generator is handed out again exhausted, so the same text
# seen twice in a process lost these logins the second time, and the cache kept up to 65536 whole texts alive.)
def _first_dot_last_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """`first.last` logins in lower case: a first name of any country's list and a census surname.

    A part that is also an English word ("john.smith") makes the finding doubtful: redacted on the
    wire, not reported by an audit; two English words ("price_book", "mark.read") are an identifier. Code keywords and public tech terms on either side
    ("self.name", "max.retries") are no login.
    """
    first_names = term_lists.world_first_names()
    # Found from the joiner and the surname after it (a pattern that starts with "." or "_" lets the regex engine
    # skip ahead; one that starts with a letter is tried at every letter), then matched from the first name's start.
    for joint in _joints_before_surnames(text):
        first_start = run_start(text, joint.start(), _ASCII_LOWER_CASE.__contains__, 20)
        match = _FIRST_DOT_LAST.match(text, first_start) if first_start is not None else None
        if match is None or match.start("last") != joint.start("last"):
            continue
        first, last = match.group("first", "last")
        if first not in first_names:
            continue
        if any(part in term_lists.term_list("code_keywords") or part in term_lists.term_list("tech_terms")
               for part in (first, last)):
            continue
        if is_common_word(first) and is_common_word(last):
            continue  # "price_book", "will_mark": an identifier made of two words
        if match.group(0)[len(first)] == "_" and (is_ordinary_word(first) or is_ordinary_word(last)):
            continue  # "rand_core": snake_case is how code names things; a login with "_" has two name parts
        sure = not is_common_word(last) and not is_common_word(first)
        yield match.start(), match.end(), LOGIN_SCORE if sure else DOUBTFUL_SCORE


def _joints_before_surnames(text: str) -> list[re.Match[str]]:
    """The matches of _JOINER_THEN_LAST whose last part is a surname, in the text's order: its finditer filtered by
    the surname list. The last parts are listed in C (findall: no match object each, most of them no surname), and
    each surname among them is matched where it occurs: a match is a joiner and a whole run of letters, so none
    overlaps another and each is the match `match` finds at its own joiner."""
    surnames = term_lists.surnames()
    found = []
    last_parts = list(itertools.chain.from_iterable(joint.findall(text) for joint in _LAST_AFTER_JOINER))
    for surname in surnames.intersection(last_parts):
        at = text.find(surname, 1)
        while at != -1:
            joint = _JOINER_THEN_LAST.match(text, at - 1)
            if joint is not None and joint.group("last") == surname:
                found.append(joint)
            at = text.find(surname, at + 1)
    found.sort(key=re.Match.start)
    return found


# The user field of the Common/Combined Log Format (Apache, nginx): `host ident user [12/Nov/2026:08:14:22 +0100]`.
_ACCESS_LOG_USER = re.compile(r"\S+[ ]\S+[ ](?P<user>[^\s\[\]-][^\s\[\]]{0,63})[ ]\[\d{1,2}/[A-Za-z]{3}/\d{4}:")
# A login, then its owner's name in brackets: rotas, `getent`/directory listings ("jmorales (Javier Morales)").
_LOGIN_THEN_FULL_NAME = re.compile(
    r"(?<![\w.@/-])(?P<user>[a-z][a-z0-9._-]{2,30})[ \t]+\((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+)(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}\)")
# A chat export's speaker in bold, then the time or a dash: "**nadia.q** 10:02 — ...".
_BOLD_SPEAKER = re.compile(r"[ \t]*\*\*(?P<user>[a-z][a-z0-9._-]{1,30})\*\*[ \t]+(?:\d{1,2}:\d{2}|[-—–:])")


def _logins_in_listings(text: str) -> Iterator[tuple[int, int]]:
    """Logins that a listing's layout names: access-log users, a login before its owner's name, bold chat speakers."""
    if contains_any(text, (" [",)):
        for match in _line_start_matches(_ACCESS_LOG_USER, text):
            user = match.group("user")
            if "@" not in user and user[:1].isalpha():
                yield match.span("user")
    if contains_any(text, (" (",)):
        for match in _logins_then_full_names(text):
            if _looks_like_login(match.group("user")):
                yield match.span("user")
    if contains_any(text, ("**",)):
        for match in _line_start_matches(_BOLD_SPEAKER, text):
            if _looks_like_login(match.group("user")):
                yield match.span("user")


# Where the full name in brackets opens: every _LOGIN_THEN_FULL_NAME match is found from its "(" (a rare first
# character lets the regex engine skip ahead; the pattern's own first character is any small letter).
_BRACKETED_NAME_OPENING = re.compile(r"\((?<=[ \t]\()(?=[A-ZÀ-ÖØ-Þ])")
_LOGIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


def _logins_then_full_names(text: str) -> Iterator[re.Match]:
    """`_LOGIN_THEN_FULL_NAME.finditer(text)`, each match found from its "(" and the login run before it."""
    for opening in _BRACKETED_NAME_OPENING.finditer(text):
        login_end = opening.start()
        while login_end and text[login_end - 1] in " \t":
            login_end -= 1
        start = run_start(text, login_end, _LOGIN_CHARACTERS.__contains__, 31)
        match = _LOGIN_THEN_FULL_NAME.match(text, start) if start is not None and start < login_end else None
        if match is not None:
            yield match


# Where an `ls -l` line can start besides the text's start: after a line break, an escaped "\\n" or a quote (and a
# space), before a permission string's first two characters. _LS_LONG_OWNER is tried only there: its leading
# look-behinds make the regex engine try it at every position.
_LS_LONG_LINE_START = re.compile(r"""(?:\n|\\n|["'][ \t]?)(?=[-dlcbpsD][rwxsStTl-])""")


def _ls_long_owners(text: str) -> Iterator[re.Match]:
    """`_LS_LONG_OWNER.finditer(text)`, tried only where a line of `ls -l` can start."""
    starts = {0}
    position = 0
    while (found := _LS_LONG_LINE_START.search(text, position)) is not None:
        starts.add(found.end())
        position = found.start() + 1
    return matches_at_starts(_LS_LONG_OWNER, text, sorted(starts))


def _opens_table(text: str, position: int) -> bool:
    """Whether the line holding `position` can be a table's header: the line above it is no row of the same table
    (a data row's cell "login" under an `event` column heads nothing). Reads the one line above."""
    line_start = text.rfind("\n", 0, position) + 1
    if line_start == 0:
        return True
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    line_end = text.find("\n", position)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    separator = next((sep for sep in ("|", "\t", ",", ";") if sep in line), None)
    return separator is None or above.count(separator) != line.count(separator) or not above.strip()


def _looks_like_login(word: str) -> bool:
    """A login in running text: not an ordinary word, and lower case or login-shaped ("jlee77", "r.okonkwo").

    It starts with a letter, as useradd's default NAME_REGEX asks: "9am" and "2fa" are no logins.
    """
    return word[:1].isalpha() and (word == word.lower() or bool(_LOGIN_SHAPED.search(word))) and (
        not is_ordinary_word(word) or is_handle_compound(word))


def _moves_between_packages(first: str, second: str) -> bool:
    """"from lodash to lodash-es", "from moment to date-fns": a migration between public packages, no handover
    between accounts. Both names are listed packages, or one is and its name has several parts (a given name
    that is also a package, "from mike to jdoe", is one part)."""
    packages = public_package_words()
    listed = [name for name in (first.casefold(), second.casefold()) if name in packages]
    return len(listed) == 2 or any(re.search(r"[._-]", name) for name in listed)


def _line_start_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.match` at the text's start and at every line start (each line tried on its own).

    The lines are found by the same pattern after a line break (`_after_line_break`): the regex engine skips
    ahead to the "\\n" in C instead of a Python loop trying every line.
    """
    match = pattern.match(text)
    if match is not None:
        yield match
    after_line_break = _after_line_break(pattern)
    position = 0
    while (found := after_line_break.search(text, position)) is not None:
        position = found.start() + 1
        yield pattern.match(text, position)


@functools.lru_cache(maxsize=None)
def _after_line_break(pattern: re.Pattern) -> re.Pattern:
    """`pattern` right after a "\\n" (it matches at a line start exactly when this matches at the line break)."""
    return re.compile(r"\n(?:" + pattern.pattern + ")", pattern.flags)


def _stamped_chat_nicks(text: str) -> Iterator[tuple[int, int] | tuple[int, int, float]]:
    """Speakers of a transcript whose lines start with a time stamp or a chat role's tag.

    A login-shaped speaker (or a capitalised one that is no word) is a login. In a transcript of two or more
    speakers, a speaker in mixed case ("PixelPanda", "xXdarkKnightXx") or made of words ("brightfox") is a
    login too, and one that is an ordinary word ("robin") is doubtful; so is any of them after a role tag alone.
    A log's components ("worker", "scheduler", "MainThread") are public terms or a single speaker: no chat.
    """
    relaxed = []
    speakers = set()
    for match in _line_start_matches(_STAMPED_CHAT_NICK, text):
        if match is None:
            continue
        group = "user" if match.group("user") else "bracketed"
        user = match.group(group)
        if _is_channel_and_level(user):
            continue  # `[2026-12-05 16:02:11] production.ERROR: ...`: a logger's channel and level (Monolog, Laravel)
        speakers.add(user.casefold())
        if _looks_like_login(user) or (user[:1].isupper() and user[1:].islower() and len(user) >= 3
                                       and not is_ordinary_word(user)):
            yield match.span(group)
        elif user[:1].isalpha() and len(user) >= 3 and user.casefold() not in _LOG_COMPONENT_WORDS:
            sure = not is_common_word(user.casefold()) and not _CAMEL_PARTS_ARE_TERMS(user)
            relaxed.append((match.start(group), match.end(group), LOGIN_SCORE if sure else DOUBTFUL_SCORE))
    if len(speakers) >= 2:
        yield from relaxed


def _camel_parts_are_terms(word: str) -> bool:
    """`MainThread`, `DataLoader`: each part of a mixed-case word is a public tech term or code keyword."""
    parts = [part.casefold() for part in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", word)]
    terms = term_lists.tech_and_code_terms()
    return len(parts) > 1 and all(part in terms or part.isdigit() for part in parts)


_CAMEL_PARTS_ARE_TERMS = _camel_parts_are_terms
# Keys of records and documents, never a chat's speakers.
_KEY_WORDS = frozenset(
    """description summary note notes name title type status reason message comment comments example answer question
    result output input value default details subject body text content source target date time author owner
    user users email phone address country city state label tags tag category version step steps usage returns
    return raises param args error warning tip hint fix cause impact action update edit""".split())
# Components a log names before its message: no speakers however many lines they have.
_LOG_LEVELS = frozenset("emergency alert critical crit error err warning warn notice info debug trace fatal".split())


def _is_channel_and_level(word: str) -> bool:
    """`production.ERROR`, `app-warn`, `local.DEBUG`: a log channel's name and a level after it, no speaker."""
    parts = re.split(r"[._-]", word.casefold())
    return len(parts) >= 2 and parts[-1] in _LOG_LEVELS


_LOG_COMPONENT_WORDS = frozenset(
    """worker workers scheduler server client main thread mainthread app api web db database cache queue job jobs
    task tasks cron daemon agent proxy gateway router controller manager service system kernel info warn warning
    error debug trace fatal notice critical log logger root bot build deploy test tests runner pipeline node pod
    container host monitor health healthcheck auth http https grpc sql redis kafka nginx""".split())


def _bare_chat_nicks(text: str) -> Iterator[tuple[int, int] | tuple[int, int, float]]:
    speakers = []
    ordinary = []
    relaxed = []  # mixed case ("PixelPanda") or made of words ("night_owl"): a nick in a transcript, else a key
    said: dict[str, int] = {}
    parties: set[str] = set()
    lines = 0
    for match in _line_start_matches(_BARE_CHAT_NICK, text):
        user, message = match.group("user"), match.group("message")
        lines += 1
        if user.casefold() not in _CHAT_ROLES or user.casefold() == "me":
            parties.add(user.casefold())  # "me: which one?" is a party, a short message all the same
        if len(message.split()) < _CHAT_MESSAGE_WORDS or message.lstrip()[:1] in "{[\"'|&$":
            continue
        if sum(1 for word in message.split() if any(ch.isalpha() for ch in word)) < _CHAT_MESSAGE_WORDS - 1:
            continue  # `tel: 00 33 1 23 45 67 89`: a labelled number, not something said
        folded = user.casefold()
        parts = [part for part in re.split(r"[._-]", folded) if part]
        if user != folded:
            if user[1:] == user[1:].lower() or folded in _CHAT_ROLES or _is_key_of_terms(parts, user):
                continue  # "Alice:" (a name, NER's), "User:", "Assistant:" (roles), `maxRetries:` (a key)
            said[folded] = said.get(folded, 0) + 1
            relaxed.append(match.span("user"))
            continue
        said[folded] = said.get(folded, 0) + 1
        if all(is_ordinary_word(part) or part.isdigit() for part in parts) or (
                len(parts) > 1 and any(len(part) >= 3 and is_ordinary_word(part) for part in parts)):
            # `error_message: could not connect`, `idempotency_key: the ...`: a key made of words. A single word
            # ("robin") among two or more speakers that are logins is doubtful: a chat's nick or a key.
            if len(parts) == 1 and len(user) >= 3 and user.isalpha() and user not in _LOG_COMPONENT_WORDS \
                    and user not in term_lists.term_list("tech_terms") and user not in _KEY_WORDS \
                    and user not in _CHAT_ROLES:
                ordinary.append(match.span("user"))
            elif len(parts) > 1 and not _is_key_of_terms(parts, user):
                relaxed.append(match.span("user"))
            continue
        speakers.append(match.span("user"))
    # A transcript: two or more sure speakers, or two or more speakers who each speak twice or more, or a sure
    # speaker, no public term, among two or more parties of chat-shaped lines ("quietfox: ...\nmkumar: ...",
    # "dkim: can you review\nptran: on it": a handle made of words, or a short reply, beside a login). One word
    # before every line and no other party is no conversation but a program's log ("stunnel4: ...", "mkinitcpio:
    # ..."): the speakers are counted once each.
    transcript = sum(1 for count in said.values() if count >= 2) >= 2
    sure_speakers = {text[start:end].casefold() for start, end in speakers}
    if len(sure_speakers) == 1 and _OWN_TURN.search(text):
        parties.add("me")
    if len(sure_speakers) >= 2 or transcript or len(parties) >= 2 and lines >= 2 and any(
            _no_public_term(text[start:end]) for start, end in speakers):
        yield from speakers
        for start, end in ordinary:
            yield start, end, DOUBTFUL_SCORE
    if transcript:
        yield from relaxed


# Slack, Discord and Teams copied as text put the speaker on a line of its own with the time: "brightsky  10:02 AM",
# "pixelmoth — Today at 9:14 PM", "zoe_k — 03/12/2024 21:14", "okwame, [3/12 10:42]". The message follows below.
_SPEAKER_LINE = re.compile(
    r"(?P<user>[A-Za-z][A-Za-z0-9._-]{1,30}[A-Za-z0-9_])(?:[ \t]+[\u2014\u2013-][ \t]+(?:(?i:today|yesterday)(?:[ \t]+at)?"
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?)[ \t]+|[ \t]{2,}|,[ \t]*\[(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t]+)?)"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*\r?(?=\n|$)")


def _speaker_lines(text: str) -> Iterator[tuple[int, int, float]]:
    """The speaker of a chat copied from Slack, Discord or Teams (`_SPEAKER_LINE`), when it is a handle: lower case,
    a digit or "_" or mixed case ("PixelPanda"); a capitalised name is NER's. An ordinary word is doubtful."""
    for match in _line_start_matches(_SPEAKER_LINE, text):
        if match is None:
            continue
        user = match.group("user")
        folded = user.casefold()
        if folded in _CHAT_ROLES or not _no_public_term(user) or user[:1].isupper() and user[1:] == user[1:].lower():
            continue
        score = DOUBTFUL_SCORE if is_ordinary_word(folded) or user != folded else LOGIN_SCORE
        yield match.start("user"), match.end("user"), score


def _no_public_term(word: str) -> bool:
    """No tech term, code keyword or public package: `gcc: error: ...`, `eslint: found 3 problems` are tools."""
    word = word.casefold()
    return not (word in term_lists.term_list("tech_terms") or word in term_lists.term_list("code_keywords")
                or word in public_python_modules() or word in public_npm_packages() or word in _LOG_COMPONENT_WORDS)


def _is_key_of_terms(parts: list[str], user: str) -> bool:
    """A key, not a nick: a part is a record's key word, a log's component or a public term (`error_message`)."""
    words = [part.casefold() for part in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", user)] if user != user.lower() \
        else [part for part in parts if part.isalpha()]
    terms = term_lists.tech_and_code_terms()
    return any(word in _KEY_WORDS or word in _LOG_COMPONENT_WORDS or word in terms for word in words)


# The parties of a transcript that are no accounts: a model's chat, an interview, a support call.
_CHAT_ROLES = term_list("chat_roles")


def is_personal_login(login: str) -> bool:
    """False for system, CI, cloud-image and service accounts, for template words and for code paths."""
    folded = login.casefold()
    if _TEMPLATE_LOGIN.match(folded):
        return False
    if folded in _CALENDAR_WORDS:
        return False  # "Last login: Mon Nov 30": a date after the label, no login
    if "." in folded and reads_as_code_path(folded):
        return False  # "from app.config to utils.retry": a code path (login_code_paths.py)
    return folded not in _NOT_PERSONAL and not folded.isdigit() and any(char.isalpha() for char in folded)


_CALENDAR_WORDS = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split())


# `my-name`, `your_user`, `example.login`: documentation's stand-in for somebody's login, not a login.
_TEMPLATE_LOGIN = re.compile(r"(?:my|your|our|their|some|any|example|sample|dummy|fake|placeholder)[._-][a-z]")
# Quoted after "for", a login only where accounts are the subject ("Login failed for 'dchen'"),
# not in instructions ("asks for \"9am\"", "approval question for `require_escalated`").
_ACCOUNT_CONTEXT = re.compile(
    r"(?i)\b(?:log(?:in|on|ged)|auth\w*|password|passwd|credentials?|denied|failed|failure|invalid|user|account|"
    r"session|permission|sudo|ssh|su|grant(?:ed)?|revoked?|locked)\b")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_usernames(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of every personal login name in `text`.

    A login its context names (a label, a home directory, a log line) scores LOGIN_SCORE; an account
    only the shape of a link suggests (the owner of a pasted forge URL) is doubtful: redacted on the
    wire, not reported by an audit.
    """
    reported: set[tuple[int, int]] = set()
    yield from _personal_device_names(text, reported)
    sure: list[tuple[int, int]] = []
    for found in _login_spans(text):
        start, end = found[0], found[1]
        if (start, end) not in reported and is_personal_login(text[start:end]):
            reported.add((start, end))
            score = found[2] if len(found) == 3 else LOGIN_SCORE
            if score >= 0.6:
                sure.append((start, end))
            yield start, end, score
    if sure and ("," in text or " and " in text or "/" in text or ";" in text or "&" in text):
        for start, end, score in _listed_with_logins(text, sure):
            if (start, end) not in reported and is_personal_login(text[start:end]):
                reported.add((start, end))
                yield start, end, score


# A list's separator between two logins: "jdoe, kt_vance and m.tan", "@a / @b", "a; b", "a & b".
# (A comma without a space after it parts a CSV row's cells, no list.)
_LIST_SEPARATOR = r"(?:[ \t]*[,;][ \t]+|[ \t]+(?:&|/|and|or)[ \t]+)(?:(?:and|or)[ \t]+)?"
_NEXT_IN_LIST = re.compile(_LIST_SEPARATOR + r"@?(?P<user>" + _LOGIN + r")(?![\w@/-]|\.\w)")
_PREVIOUS_IN_LIST = re.compile(r"(?<![\w@./\\-])@?(?P<user>" + _LOGIN + r")" + _LIST_SEPARATOR + r"@?$")


def _listed_with_logins(text: str, sure: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    """The other items of a list that holds a login found for sure ("cc: r.okafor, tpham3, mkhan"): each login-shaped
    neighbour is a login too (0.7), a plain lower-case word of no dictionary doubtful; capitalised names are NER's.
    Each item is read once: the walk stops at an item already read or one that is no login."""
    done: set[int] = {start for start, _ in sure}
    for seed_start, seed_end in sure:
        end = seed_end
        while (after := _NEXT_IN_LIST.match(text, end)) is not None and after.start("user") not in done:
            score = _listed_login_score(after.group("user"))
            if score is None:
                break
            done.add(after.start("user"))
            yield after.start("user"), after.end("user"), score
            end = after.end("user")
        start = seed_start
        while (before := _PREVIOUS_IN_LIST.search(text, max(0, start - 48), start)) is not None \
                and before.start("user") not in done:
            score = _listed_login_score(before.group("user"))
            if score is None:
                break
            done.add(before.start("user"))
            yield before.start("user"), before.end("user"), score
            start = before.start("user")


def _listed_login_score(word: str) -> float | None:
    if len(word) < 3 or word != word.lower() and not _LOGIN_SHAPED.search(word) or not word[:1].isalnum():
        return None  # (a leetspeak handle may open with a digit, "5h4d0w_w01f": three letters below say whether)
    if sum(char.isalpha() for char in word) < 3:
        return None  # "T-1", "v2": a code
    if is_ordinary_word(word) or word in term_lists.term_list("tech_terms") or word.isdigit():
        return None
    if _LOGIN_SHAPED.search(word):
        parts = [part for part in re.split(r"[._\d-]+", word.casefold()) if part]
        if not parts or all(is_ordinary_word(part) or part in term_lists.term_list("tech_terms") for part in parts):
            return None  # "error_log", "v2.1"
        if re.search(r"\.(?:[a-z]{2,4})$", word) and word.rsplit(".", 1)[1] in ("py", "js", "ts", "md", "txt", "csv",
                                                                                  "json", "yaml", "yml", "com", "org",
                                                                                  "net", "io", "sh", "go", "rs"):
            return None  # a file or a host
        return 0.7
    return DOUBTFUL_SCORE if word.isalpha() and len(word) >= 4 else None


LOGIN_SCORE = 0.8


def _profile_sites(lowered: str) -> Iterator[tuple[int, str]]:
    """(offset, site) of each _PROFILE_SITES entry in `lowered`, found from its ".com/"-like part (a few str.find on a
    short text; on a long one the shared cue scan's offsets of every part: a str.find of an absent part reads the
    whole text, ~17 us per 10 KB, nine of them)."""
    if len(lowered) >= 512:
        # word_positions picks its words out of every word the scan found (~100-1,000 in a long text): asked only
        # of a text that holds one of these parts, one lookup in the scan (most texts hold none: no site is there)
        if not any_keyword(lowered, (_PROFILE_TLDS,)):
            return
        found = word_positions(lowered, _PROFILE_TLDS)
    else:
        found = None
    for tld, sites in _PROFILE_SITES_BY_TLD.items():
        if found is not None:
            starts = found.get(tld) or []
        else:
            starts = []
            at = lowered.find(tld)
            while at != -1:
                starts.append(at)
                at = lowered.find(tld, at + 1)
        for at in starts:
            for site, offset in sites:
                if lowered.startswith(site, at - offset):
                    yield at - offset, site
                    break




def _is_account_page(owner: str) -> bool:
    """`github.com/x` with no repository: a person's account page unless `x` reads as a word, a public project's
    owner or an organisation's account (`acme-labs`). (Role accounts are dropped by the caller.)"""
    return (_looks_like_login(owner) and not _is_public_project(owner, None)
            and not any(part in _ORGANISATION_ACCOUNT_WORDS for part in re.split(r"[-_.]", owner.casefold())))


def _fediverse_accounts(text: str) -> Iterator[tuple[int, int, float]]:
    """`hachyderm.io/@jpark`, `https://mas.to/@x/1119...`: an account page on a server of the fediverse (or any
    site that writes its accounts so). A path on after it that is no post number is a scoped package on a CDN
    (`unpkg.com/@babel/standalone`), no account."""
    at = text.find("/@")
    while at != -1:
        match = _FEDIVERSE_ACCOUNT.match(text, at)
        at = text.find("/@", at + 2)
        if match is None or not _HOST_BEFORE_ACCOUNT.search(text, max(0, match.start() - 64), match.start()):
            continue
        user = match.group("user")
        if _looks_like_login(user) and not _is_public_project(user, None):
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE


def _is_public_project(owner: str, repository: str | None) -> bool:
    """An owner or repository named like a well-known package (psf/black, pallets/flask, hashicorp/vault)."""
    public = public_package_words()
    names = [owner] + ([repository.removesuffix(".git")] if repository else [])
    return any(name.casefold() in public or name.casefold().replace("-", "_") in public for name in names)

# The lower-case cue words of _login_spans's rules, and their union (its gate).
_SESSION_AS_CUES = (" as ",)
_AGENT_CUES = (" by ", "igned to ")
_AUTH_LOG_CUES = ("for ", "invalid ", "illegal ")
_LABEL_IS_CUES = ("uid", "user", "login", "handle", "account", "nick")
_FROM_TO_CUES = ("from ",)
_QUOTED_AFTER_FOR_CUES = ("for '", 'for "', "for user '", 'for user "')
_ACCOUNT_PROMPT_CUES = ("login as:", "username for '")
_ACCOUNT_WORD_CUES = ("account ",)
_GROUP_CHANGE_CUES = ("add", "remov", "invit", "onboard", "offboard", "kick", "ban")
_REMOTE_SHELL_CUES = ("ssh", "scp", "sftp", "rsync", "mosh")
_LOWER_CASE_CUES = tuple(dict.fromkeys(itertools.chain(
    _LABEL_WORDS, _ACCOUNT_COMMANDS, _SESSION_AS_CUES, _AGENT_CUES, _AUTH_LOG_CUES, _LABEL_IS_CUES, _FROM_TO_CUES,
    _QUOTED_AFTER_FOR_CUES, _SERVICE_WORDS, _ACCOUNT_PROMPT_CUES, _ACCOUNT_WORD_CUES, _LOGIN_LIST_WORDS,
    _ACCOUNT_COLUMN_WORDS, _GROUP_CHANGE_CUES, _FORGES, _REMOTE_SHELL_CUES)))


def _no_positions(lowered: str, keywords: tuple[str, ...]) -> tuple[int, ...]:
    return ()


def _login_spans(text: str) -> Iterator[tuple[int, int] | tuple[int, int, float]]:
    if keyword_positions(text, _HOME_HINTS):  # (the shared cue scan answers: no search per hint)
        for match in _UNIX_HOME.finditer(text):
            if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._~-"):
                yield match.span("user")
    if "~" in text:
        for match in _TILDE_HOME.finditer(text):
            if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "~/_"):
                yield match.span("user")
    if ":" in text:
        # (tried where its first word starts, from the shared cue scan: `re` tries the alternation at every position)
        for match in matches_at_starts(_WINDOWS_HOME, text, keyword_positions(text, _WINDOWS_HOME_WORDS)):
            if _WINDOWS_DRIVE.search(text, max(0, match.start() - 4), match.start()):
                yield match.span("user")
    if contains_any(text, ("USER", "LOGNAME")):
        for match in _LOGIN_VARIABLE.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            if not (before.isalnum() or before in "_$"):
                yield match.span("user")
    if keyword_positions(text, _QUOTED_ACCOUNT_HINTS):
        for match in _QUOTED_ACCOUNT.finditer(text):
            # A quoted name after "user" or "role" is an account whatever comes before it
            # (`user "kpatel" not found`, `for user 'x'@'host'`, `role "x" does not exist`).
            if match.start() == 0 or not text[match.start() - 1].isalnum():
                yield match.span("user")
    # The rules below are tried only where their literal occurs (str.find, C speed).
    lowered = lowered_same_length(text)
    # Every rule below that reads the lower-cased text starts at a word of `_LOWER_CASE_CUES`: one lookup in the shared
    # cue scan rules all of them out on a text that holds none (a short message, most code), ~20 calls fewer.
    cue_positions = keyword_positions if any_keyword(lowered, (_LOWER_CASE_CUES,)) else _no_positions
    for position in cue_positions(lowered, _LABEL_WORDS):
        if position == 0 or not (lowered[position - 1].isalnum() or lowered[position - 1] in "._"):
            header = _LOGIN_COLUMN_LABEL.match(text, position)
            # `username` heading a table column: every login below it (not `user_id` in a line of code or prose)
            if header and may_have_cells_below(text, header.start(), header.end()) and _opens_table(text, position):
                for start, end in column_cells(text, header.start(), header.end()):
                    if _LOGIN_CELL.fullmatch(text, start, end):
                        yield start, end
            match = _LABELLED_LOGIN.match(text, position)
            if match and match.group("prose") and not match.group("quote") and is_ordinary_word(match.group("user")):
                # "the user is ready": with "is" instead of a label's ":", an ordinary word is
                # prose; "my username is dkim" still is a login.
                match = None
            elif match and not match.group("quote") and is_ordinary_word(match.group("user")) and _SENTENCE_GOES_ON.match(
                    text, match.end()):
                match = None  # "User: how do I ...", a chat's turn: the label opens a sentence, not a login
            match = match or _ACCOUNT_LABEL.match(text, position)
            if match:
                yield match.span("user")
                continue
            spaced = _LABEL_SPACE_LOGIN.match(text, position)
            if spaced and _SASL_MECHANISM_BEFORE.search(text, max(0, position - 6), position):
                spaced = None  # `SASL LOGIN authentication failed`, `AUTH LOGIN`: the mechanism's name, no label
            if spaced and len(spaced.group("user")) >= 3 and _looks_like_login(spaced.group("user")):
                yield spaced.span("user")
                continue
            elif lowered.startswith("user", position):
                prose = _USER_THEN_LOGIN.match(text, position)
                if prose and (prose.group("quote") or _LOGIN_SHAPED.search(prose.group("user"))) and (
                        prose.group("id") or _PROSE_WORD_BEFORE_USER.search(text, max(0, position - 12), position)):
                    yield prose.span("user")
    for position in cue_positions(lowered, _ACCOUNT_COMMANDS):
        if not _COMMAND_START_BEFORE.search(text, max(0, position - 40), position):
            continue  # "the passwd file": the word, not the command
        match = _ACCOUNT_COMMAND.match(text, position)
        if match:
            yield match.span("user")
    if "\\" in text:
        for match in _DOMAIN_ACCOUNT.finditer(text):
            if not _WINDOWS_DRIVE.search(text, max(0, match.start() - 4), match.end()):
                yield match.span("user")
    for position in keyword_positions(text, (" -u", " -U", " -l", " --user", " --login", "\t-u", "\t-U")):
        match = _LOGIN_FLAG.match(text, position + 1)
        if match:
            yield match.span("user")
    for position in cue_positions(lowered, _SESSION_AS_CUES):
        start = max(0, position - 24)
        match = _SESSION_AS.search(text, start, min(len(text), position + 80))
        if match and match.start() <= position:
            yield match.span("user")
    for position in cue_positions(lowered, _AGENT_CUES):
        if lowered[position] != " ":
            position += 5  # "assigned to": the anchor started inside the verb
        verb = lowered[max(0, position - 14):position].rsplit(None, 1)[-1:]
        if not verb or verb[0].lstrip("([{\"'*_`") not in _AGENT_VERBS:
            continue
        match = _BY_LOGIN.match(text, position + 1)
        if match and _looks_like_login(match.group("user")):
            yield match.span("user")
    for position in cue_positions(lowered, _AUTH_LOG_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        match = _AUTH_LOG_LOGIN.match(text, position)
        if match and _looks_like_login(match.group("user")):
            yield match.span("user")
    for position in cue_positions(lowered, _LABEL_IS_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        match = _LABEL_THEN_IS.match(text, position)
        if match and _looks_like_login(match.group("user")):
            yield match.span("user")
    if contains_any(text, ("sudo", "CRON[")):
        for match in _SUDO_CRON_LOGIN.finditer(text):
            yield match.span(match.lastgroup)
    for position in cue_positions(lowered, _FROM_TO_CUES):
        match = _FROM_TO_LOGINS.match(text, position)
        if match and all(
                len(match.group(name)) >= 3 and _looks_like_login(match.group(name)) for name in ("first", "second")) \
                and not _moves_between_packages(match.group("first"), match.group("second")):
            yield match.span("first")
            yield match.span("second")
    for position in cue_positions(lowered, _QUOTED_AFTER_FOR_CUES):
        match = _QUOTED_AFTER_FOR.match(text, position)
        if match and (position == 0 or not lowered[position - 1].isalnum()) and _looks_like_login(match.group("user")):
            line_start = text.rfind("\n", 0, position) + 1
            if _ACCOUNT_CONTEXT.search(text, line_start, match.start("user")):
                yield match.span("user")
    if "<" in text and ">" in text:
        for match in _CHAT_NICK.finditer(text):
            user = match.group("user")
            if (is_personal_login(user) and not is_ordinary_word(user)
                    and user.lower() not in term_list("html_elements")):  # `<div> text`: markup
                yield match.span("user")
    if ":" in text:
        yield from _stamped_chat_nicks(text)
    if ": " in text:
        yield from _bare_chat_nicks(text)
    if ":" in text:
        yield from _speaker_lines(text)
    yield from find_login_column_cells(text)  # a CSV/TSV column of login-shaped cells, whatever its header
    for position in cue_positions(lowered, _SERVICE_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "._/-@"):
            continue
        match = _SERVICE_ACCOUNT.match(text, position)
        if match and lowered.startswith(("matrix", "npm", "pypi"), position) and not re.search(
                r"(?i:handle|user|login|account|nick|id|\bis\b)", text[position:match.start("user")]):
            continue  # a CI `matrix: py3_11`, `npm: 10.2.0`: a build's key, no account
        if match and _looks_like_login(match.group("user")) or match and _LOGIN_SHAPED.search(match.group("user")):
            yield match.span("user")
    for position in cue_positions(lowered, _ACCOUNT_PROMPT_CUES):
        match = _ACCOUNT_PROMPT.match(text, position)
        if match:
            yield match.span("user")
    for position in cue_positions(lowered, _ACCOUNT_WORD_CUES):
        match = _ACCOUNT_WORD_LOGIN.match(text, position)
        if not match or (position and lowered[position - 1].isalnum()) or not _looks_like_login(match.group("user")):
            continue
        # "account settings", "account 42": a login with a login's shape ("mfoster2", "j.doe"); a plain
        # lower-case word that is no English word after "for account", "the account" is doubtful ("wkamau").
        if _LOGIN_SHAPED.search(match.group("user")):
            yield match.span("user")
        elif len(match.group("user")) >= 4 and _ARTICLE_BEFORE_ACCOUNT.search(text, max(0, position - 12), position):
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
    for position in cue_positions(lowered, _LOGIN_LIST_WORDS):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
            continue
        label = _LOGIN_LIST_LABEL.match(text, position)
        cursor = label.end() if label else -1
        while label is not None:
            listed = _LISTED_LOGIN.match(text, cursor)
            if listed is None or not _looks_like_login(listed.group("user")):
                break
            yield listed.span("user")
            cursor = listed.end("user") + 1
            if text.startswith("\n", listed.end() - 1) or listed.end() >= len(text):
                break
    for position in cue_positions(lowered, _ACCOUNT_COLUMN_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        header = _ACCOUNT_COLUMN_LABEL.match(text, position)
        if header and may_have_cells_below(text, header.start(), header.end()) and _opens_table(text, position):
            for start, end in column_cells(text, header.start(), header.end()):
                if _LOGIN_CELL.fullmatch(text, start, end):
                    # an ordinary word under `Owner` is as often a team or a system ("platform") as an account
                    yield (start, end, DOUBTFUL_SCORE) if is_ordinary_word(text[start:end]) else (start, end)
    for position in cue_positions(lowered, _GROUP_CHANGE_CUES):
        if position and lowered[position - 1].isalnum():
            continue
        match = _GROUP_CHANGE_LOGIN.match(text, position)
        if match and len(match.group("user")) >= 3 and _looks_like_login(match.group("user")):
            yield match.span("user")
    if "(" in text or "@author" in text:
        for position in keyword_positions(text, ("TODO(", "FIXME(", "XXX(", "HACK(", "NOTE(", "BUG(", "@author")):
            match = _SIGNED_COMMENT.match(text, position)
            if match and _looks_like_login(match.group(match.lastgroup)):
                yield match.span(match.lastgroup)
    if contains_any(text, ("_ACTOR", "USER_LOGIN", "BUILD_USER", "_CREATOR", "COMMIT_AUTHOR", "CIRCLE_USER",
                           "_TRIGGERER")):
        for match in _CI_ACTOR_VARIABLE.finditer(text):
            yield match.span("user")
    for position in keyword_positions(text, ("Action", "ACTION", "AI", "Owner")):
        if position and text[position - 1].isalnum():
            continue
        match = _ACTION_OWNER.match(text, position)
        if match and _looks_like_login(match.group(match.lastgroup)):
            yield match.span(match.lastgroup)
    if contains_any(text, ("whoami",)):
        for match in _WHOAMI.finditer(text):
            yield match.span(match.lastgroup)
    if contains_any(text, ("id=",)):
        for match in _ID_OUTPUT_LOGIN.finditer(text):
            yield match.span("user")
    if contains_any(text, ("-r", "r-")):  # "drwxr-xr-x" has no "-r"
        for match in _ls_long_owners(text):
            yield match.span("user")
            if _looks_like_login(match.group("group")):
                yield match.span("group")
    for position in cue_positions(lowered, _FORGES):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "-_"):
            continue  # "mygithub.com/": another site
        match = _FORGE_OWNER.match(text, position)
        if match is None:
            continue
        owner = match.group("user")
        if owner.casefold() in _FORGE_SITE_PAGES:
            continue  # github.com/sponsors: the forge's own page
        if _is_module_path(text, position, match.end()):
            continue  # `github.com/spf13/cobra v1.8.0`, `import "github.com/x/y"`: a module's public project
        if _LOGIN_SHAPED.search(owner) and _looks_like_login(owner):
            yield match.span("user")  # a person's login shape (kmiller42, jane.roe, dev_ana)
        elif match.group("repo") is None and _is_account_page(owner):
            # `github.com/anakovac` alone, in a table cell or a profile field: the account's own page, no
            # project's; organisations of public projects and the forge's own pages stay.
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
        elif _LINK_BEFORE_FORGE.search(text, max(0, position - 20), position) and not _is_public_project(
                owner, match.group("repo")) and not _VERSION_AFTER_PATH.match(text, match.end()):
            # A link someone pastes (a fork, their dotfiles, `pip install git+https://...`) names an account, most
            # often a person's; organisations that own public projects (psf/black, hashicorp/vault) stay. Import
            # paths in go.mod and lock files are no links and keep the rule above.
            yield match.start("user"), match.end("user"), DOUBTFUL_SCORE
    if "/@" in text:
        yield from _fediverse_accounts(text)
    for position, site in _profile_sites(lowered):
        if position and (lowered[position - 1].isalnum() or lowered[position - 1] in "-_"):
            continue
        match = _PROFILE_OWNER.match(text, position + len(site))
        if match and match.group("user").casefold() not in _PROFILE_SITE_PATHS:
            yield match.span("user")
    if contains_any(text, ("pts/", "tty")):
        for match in _line_start_matches(_TERMINAL_SESSION, text):
            if _looks_like_login(match.group("user")):
                yield match.span("user")
    if contains_any(text, ("ps aux", " ps ", "ps -", "PID")):
        for numbers in _PS_ROW_NUMBERS.finditer(text):
            match = _LOGIN_BEFORE_NUMBERS.search(text, max(0, numbers.start() - 48), numbers.start())
            if match and _looks_like_login(match.group("user")):
                yield match.span("user")
    for match in matches_at_starts(_OWNER_COLUMN_HEADER, text, keyword_positions(text, _OWNER_COLUMN_WORDS)):
        for start, end in aligned_column_cells(text, match.start(), match.end()):
            if _LOGIN_CELL.fullmatch(text, start, end) and not text[start:end].isdigit():
                yield start, end
    if contains_any(text, ("git@",)):
        for match in _GIT_REMOTE_OWNER.finditer(text):
            yield match.span("user")
    for position in keyword_positions(text, ("Merge pull request #", "Permission to ")):
        match = _GIT_MESSAGE_LOGIN.match(text, position)
        if match is None:
            continue
        login = match.group("user") or match.group("denied")
        if is_ordinary_word(login) or any(part in _ORGANISATION_ACCOUNT_WORDS for part in re.split(r"[-_.]", login)):
            # "from release/2.4": a branch of the same repository; "from acme-corp/...": an organisation's fork
            continue
        yield match.span("user") if match.group("user") else match.span("denied")
    if "." in text or "_" in text:
        yield from _first_dot_last_logins(text)
    yield from _initial_and_surname_logins(text, _lower_case_words(text))
    yield from _logins_in_listings(text)
    if "@" in text:
        for position in keyword_positions(text, ("@",)):
            match = _MENTION.match(text, position)
            before = text[position - 1] if position else " "
            if match is None or before.isalnum() or before in _NOT_BEFORE_MENTION:
                continue
            line_start = text.rfind("\n", 0, position) + 1
            if match.group("user") in _DOC_COMMENT_TAGS:
                continue  # "/** @author x", " * @param name": Javadoc/JSDoc tags, not mentions
            if text[line_start:position].strip():  # not a decorator at the start of a line
                yield match.span("user")
            elif _MENTION_OPENS_MESSAGE.match(text, match.end()) and _opens_a_message(match.group("user")):
                # A chat message addressed to someone ("@jlee can you look", "@dana.k, see above", "@tpham3: ping"):
                # a decorator or annotation stands alone on its line or opens a call ("@property", "@app.route(",
                # "@Override public"), never followed by a word of the message.
                yield match.span("user")
        for position in cue_positions(lowered, _REMOTE_SHELL_CUES):
            match = _REMOTE_USER.match(text, position)
            if match and (position == 0 or not lowered[position - 1].isalnum()):
                yield match.span("user")
        for match in _PROMPT_HOST.finditer(text):
            prompt = _PROMPT_USER.search(text, max(0, match.start() - 80), match.start())
            if prompt is not None:
                yield prompt.span("user")
    yield from find_community_logins(text)
    yield from find_cued_logins(text, lowered)
    yield from find_logins_in_commands(text, lowered)
    yield from find_logins_before_addresses(text)  # OpenVPN's client/address
    yield from find_logins_at_hosts(text)  # login@10.0.0.4, login@build-07:/srv
    yield from find_logins_in_paths(text)  # a folder of people's member: /mnt/homes/x, /users/x, git.corp/x/
    yield from find_irc_logins(text)  # nick!~ident@host, nick [~ident@host] has quit



# A personal device is named after its owner, in the possessive ("Jenna's iPhone"; as DHCP and mDNS
# hostnames: "Jennas-iPhone", "johns-macbook-pro.local"): the name in it is the person's, as in a login.
# The owner must be a first name of some country (the world first-name list) written possessive, so
# "Apple's iPhone", "dev-laptop" and "Office-PC" are not.
_DEVICE_KINDS = ("iphone", "ipad", "macbook", "imac", "mac-mini", "galaxy", "pixel", "android", "laptop",
                 "desktop", "-pc", "_pc", " pc", "watch", "airpods", "thinkpad", "surface", "chromebook")
_PERSONAL_DEVICE = re.compile(
    r"(?<![\w.-])(?P<owner>[A-Za-z][a-z]{1,19})(?:['’]s|s)"
    # In prose ("Yusuf's laptop") only a product name is a device's name; a hostname joins any kind.
    r"(?:[ ](?:(?i:iphone|ipad|macbook|imac|mac[ ]mini|galaxy|pixel|airpods|thinkpad|chromebook))"
    r"|[-_](?:(?i:iphone|ipad|macbook|imac|mac[-_]mini|galaxy|pixel|android|laptop|desktop|pc|watch|airpods|thinkpad"
    r"|surface|chromebook)))(?:[-_ ](?:(?i:pro|air|max|mini|plus|ultra|watch|tab|buds|\d{1,2})))*(?:\.(?:local|lan|home))?(?![\w-])")


def _personal_device_names(text: str, reported: set[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _DEVICE_KINDS):
        for match in _PERSONAL_DEVICE.finditer(text, max(0, position - 24), min(len(text), position + 40)):
            if match.start() > position or match.end() <= position or match.span() in reported:
                continue
            owner = match.group("owner").lower()
            if len(owner) > 2 and owner in term_lists.world_first_names() and owner not in term_lists.stop_words():
                reported.add(match.span())
                yield match.start(), match.end(), LOGIN_SCORE
