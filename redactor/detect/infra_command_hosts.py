"""Machines named by one label where a network command or its own message puts a host (round 34, issue 12).

A name without a domain (`ledgerbox`, `mossgate`, `crm`) reads as an ordinary word or a coined slug anywhere
else, so infra.py's rules ask it for a machine's form (a digit, a dash, a role word). But some places hold nothing
but a machine, and there the place decides, not the name's shape:
- the target of a network command: `ping`, `traceroute`, `mtr`, `telnet`, `nc`, `nmap`, `ssh`, `mosh`, `sftp`,
  `dig`, `host`, `nslookup` (the first argument that is not an option or an option's value; `user@` stripped,
  dig's `@server` too);
- the host slot of the message the command or a client library prints about it: `PING x (`, `traceroute to x (`,
  `connect to [host] x port`, `Could not resolve host[name][:] x`, `getaddrinfo ENOTFOUND x`, Go's `lookup x on`,
  psql's `could not translate host name "x"`, MySQL's `Unknown MySQL server host 'x'`, `Could not connect to Redis
  at x:`, `Connected to x.`, nslookup's `server can't find x:`, `Host x not found`, `Failed to connect to x port`,
  Java's `UnknownHostException: x`, `tool: x: Name or service not known`;
- an ssh_config stanza's `Host` aliases (`Host jumpbox db-tunnel` above an indented `HostName`/`User`/`Port` line):
  the names the organisation gives its machines, used in every later `ssh jumpbox`.
Only one-label names are taken here: a dotted name in these places is judged by infra.py's Public Suffix List
rules (`dig github.com` is a public site). Not a host: `localhost` and its kin, `_gateway`, placeholders
(`host`, `<host>`, `$HOST`, `my-server`, `example`), an address (the address rules'), a wildcard pattern, and the
names every installation of a piece of software has (`redis`, `postgres`, `kafka`: `infra._generic_service_names`,
passed in). A name that is one ordinary word (`vault`, `orchard`) is doubtful (0.55), since a found value spreads
to its other mentions; any other name is 0.7.

Cost: the command and message words are found by the shared cue scan; each regex runs only at those positions.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length, needs_cues
from redactor.detect.name_parts import is_common_word
from redactor.detect.secret_values import is_placeholder_value

COMMAND_HOST_SCORE = 0.7

# The commands whose first argument is a host (lower-case; found as words, at a command's start).
_COMMANDS = ("ping", "ping6", "fping", "arping", "traceroute", "traceroute6", "tracepath", "mtr", "telnet",
             "nc", "ncat", "netcat", "nmap", "ssh", "mosh", "sftp", "dig", "host", "nslookup")
# What may stand before a command on its line: a prompt, a pipe or list operator, a backtick, a quote, `sudo`.
_COMMAND_OPENERS = ("$", "#", ">", "|", ";", "&", "(", "`", "'", '"', "sudo", "run:", "-")
# An option and, for the tools' value-taking short options, its value (`-c 3`, `-p 2222`, `-i ~/.ssh/id`,
# `-o StrictHostKeyChecking=no`, `-l deploy`); long options with `=`; dig's `+short` and record types.
_ARGUMENT = re.compile(r"[ \t]+(?P<token>[^\s;|&`'\"()<>]+)")
_VALUE_OPTIONS = frozenset("-c -i -w -W -s -t -p -l -o -F -J -L -R -D -I -m -q -f -b -e -E -S -T -x -O".split())
_DIG_WORDS = frozenset("a aaaa mx ns txt soa cname ptr srv any caa ds dnskey axfr in ch -x".split())
# The messages' host slots: the cue word (lower case, as the shared scan finds it) and the pattern from there.
_NAME = r"(?P<name>[A-Za-z0-9_][A-Za-z0-9_-]{0,62})"
_MESSAGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((cue, re.compile(pattern)) for cue, pattern in (
    ("ping ", rf"PING {_NAME} \("),
    ("traceroute to ", rf"traceroute to {_NAME} \("),
    ("connect to ", rf"connect to (?:host )?{_NAME} port\b"),
    ("resolve host", rf"[Cc]ould not resolve host(?:name)?:? ['\"]?{_NAME}['\"]?(?=[:\s.]|$)"),
    ("enotfound ", rf"ENOTFOUND {_NAME}(?![\w.-])"),
    ("eai_again ", rf"EAI_AGAIN {_NAME}(?![\w.-])"),
    ("lookup ", rf"(?<![\w-])lookup {_NAME}(?: on |: )"),
    ("translate host name", rf"translate host name \"{_NAME}\""),
    ("server host", rf"[Uu]nknown (?:MySQL )?server host '{_NAME}'"),
    ("connect to redis at", rf"connect to Redis at {_NAME}:"),
    ("connected to ", rf"(?:^|\n)Connected to {_NAME}\.?(?:\s|$)"),
    ("can't find", rf"server can't find {_NAME}:"),
    ("host ", rf"(?:^|\n)Host {_NAME} not found"),
    ("failed to connect to ", rf"Failed to connect to {_NAME} port\b"),
    ("unknownhostexception", rf"UnknownHostException: {_NAME}(?![\w.-])"),
    ("service not known", rf"[\w.-]+: {_NAME}: Name or service not known"),
    ("failure in name resolution", rf"[\w.-]+: {_NAME}: Temporary failure in name resolution"),
))
_MESSAGE_CUES = tuple(cue for cue, _ in _MESSAGES)
# ssh_config: `Host alias...` followed by an indented setting of the stanza.
_SSH_HOST_LINE = re.compile(r"(?:^|\n)[ \t]*Host[ \t]+(?P<names>[^\n#]+?)[ \t]*(?:#[^\n]*)?\n"
                            r"(?=[ \t]+(?:HostName|User|Port|IdentityFile|ProxyJump|ProxyCommand)\b)")
_SSH_CUES = ("hostname", "identityfile", "proxyjump", "user ")
# Names no one's machine has (besides those infra.py's generic service names cover).
_NOT_HOSTS = frozenset("localhost localdomain ip6-localhost ip6-loopback broadcasthost _gateway gateway host hostname "
                       "server target remote example name node machine box your-host my-host yourhost myhost "
                       "address domain port user root none null all any default".split())


@needs_cues(_COMMANDS, _MESSAGE_CUES, _SSH_CUES)
def find_hosts_in_network_commands(text: str, generic_names: Callable[[], frozenset[str]]
                                   ) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each one-label machine name in the places the module docstring lists."""
    lowered = lowered_same_length(text)
    seen: set[tuple[int, int]] = set()
    for start, end, sure in (*_command_targets(text, lowered),
                             *((start, end, True) for start, end in _message_hosts(text, lowered)),
                             *((start, end, True) for start, end in _ssh_aliases(text, lowered))):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        name = text[start:end]
        if not _names_a_machine(name, generic_names):
            continue
        ordinary = name.isalpha() and is_common_word(name.lower())
        if not sure and (ordinary or _words_follow(text, end)):
            continue  # "ping me when ...", "ssh timt uit op de tweede hop": a command word opening a sentence
        yield start, end, DOUBTFUL_SCORE if ordinary else COMMAND_HOST_SCORE


def _command_targets(text: str, lowered: str) -> Iterator[tuple[int, int, bool]]:
    """The target of each command, and whether the line is surely a command (a prompt or an option before it)."""
    for at in keyword_positions(lowered, _COMMANDS):
        word_end = at
        while word_end < len(lowered) and lowered[word_end].isalnum():
            word_end += 1
        command = lowered[at:word_end]
        if command not in _COMMANDS or text[at:word_end] != command or word_end >= len(text) \
                or text[word_end] not in " \t":
            continue
        if at and (lowered[at - 1].isalnum() or lowered[at - 1] in "-_."):
            continue  # a word inside another (`sshd`, `ssh-keygen`, `net.host`)
        before = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t")
        if before.endswith("/"):
            before = before.rsplit(None, 1)[0] if " " in before else ""  # `/usr/bin/ping`
        if before and not before.endswith(_COMMAND_OPENERS):
            continue  # a word in a sentence ("the host is down", "ping me"), not a command
        target = _first_target(text, word_end, command)
        if target is not None:
            yield target[0], target[1], bool(before) or target[2]


def _words_follow(text: str, end: int) -> bool:
    """Whether a word of letters follows the target on its line (a sentence goes on; a command's port, option,
    path or quoted remote command does not read so)."""
    match = re.match(r"[ \t]+([^\s]+)", text[end:end + 60])
    return match is not None and match.group(1).isalpha()


def _first_target(text: str, at: int, command: str) -> tuple[int, int, bool] | None:
    """The first argument after `at` that is not an option, an option's value or a dig keyword (and whether an
    option stood before it)."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    skip_next = had_option = False
    for _ in range(8):
        match = _ARGUMENT.match(text, at, line_end)
        if match is None:
            return None
        at = match.end()
        token = match.group("token")
        if skip_next:
            skip_next = False
            continue
        if token.startswith("-"):
            had_option = True
            skip_next = token in _VALUE_OPTIONS and not (command in ("nc", "ncat", "netcat", "nmap")
                                                         and token in ("-z", "-v", "-zv", "-vz"))
            continue
        if token.startswith("+") or command == "dig" and (token.startswith("@") or token.lower() in _DIG_WORDS):
            continue
        start = match.start("token")
        end = match.end("token")
        if "@" in token:
            start = text.index("@", start, end) + 1
        colon = text.find(":", start, end)
        if colon != -1:
            end = colon  # `host:path` of sftp, `host:port`
        return start, end, had_option
    return None


def _message_hosts(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    positions = keyword_positions(lowered, _MESSAGE_CUES)
    if not positions:
        return
    for cue, pattern in _MESSAGES:
        for at in positions:
            if not lowered.startswith(cue, at):
                continue
            match = pattern.search(text, max(0, at - 40), min(len(text), at + len(cue) + 80))
            if match is not None and match.start() <= at < match.end():
                yield match.start("name"), match.end("name")


def _ssh_aliases(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    if not keyword_positions(lowered, _SSH_CUES):
        return
    for match in _SSH_HOST_LINE.finditer(text):
        names_start = match.start("names")
        for name in re.finditer(r"\S+", match.group("names")):
            if not any(character in name.group() for character in "*?!"):
                yield names_start + name.start(), names_start + name.end()


def _names_a_machine(name: str, generic_names: Callable[[], frozenset[str]]) -> bool:
    lowered = name.lower().strip("_-")
    if len(lowered) < 2 or "." in name or lowered.replace("-", "").isdigit():
        return False
    if lowered in _NOT_HOSTS or lowered.startswith(("localhost", "ip6-", "your-", "my-", "example")):
        return False
    if re.search(r"[a-z][A-Z]", name) or is_placeholder_value(name):
        return False  # code (`dbHost`) or a placeholder
    return lowered not in generic_names()
