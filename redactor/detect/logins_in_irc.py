"""Logins in IRC's user-host form (read by usernames.find_usernames).

IRC names a person by nick and `ident@host`: `nick!~ident@host` in raw protocol lines and bouncer logs, and
`nick [~ident@host] has quit`, `nick (~ident@host) has joined #ops` in clients' logs (irssi, weechat, HexChat). The
ident is the Unix login identd answered (`~` when the server could not check it), the nick the person's chosen
handle. Both are logins (0.7) where the form is IRC's alone: after `!`, or in brackets with the `~` mark or before a
join, part or quit. A name with an e-mail address in brackets (`Ana Silva (ana@example.org)`) is no such form.
"""
from __future__ import annotations

import re
from typing import Iterator

_SCORE = 0.7
_NICK = r"[A-Za-z\[\]\\`_^{|}][A-Za-z0-9\[\]\\`_^{|}-]{0,29}"
_IDENT = r"[A-Za-z0-9_][A-Za-z0-9._-]{0,15}"
_HOST = r"[\w-]+(?:[.:]+[\w-]+)+"  # dotted or an IPv6 address: a host, no e-mail's domain-less tail
# The user-host part, found from its "@" (the regex engine skips ahead to the literal): `!~ident@host`,
# `[~ident@host]`, `(ident@host)`.
_USER_HOST = re.compile(r"(?P<open>[!\[(])(?P<tilde>~?)(?P<ident>" + _IDENT + r")@" + _HOST + r"(?P<close>[\])]?)")
# The nick just before "!": at a line start or after a raw message's leading ":", or anywhere when identd's "~"
# follows.
_NICK_BEFORE_BANG = re.compile(r"(?<![\w!@./-])(?P<nick>" + _NICK + r")$")
# What stands before a raw message's ":nick!": the line start, a time stamp, a bouncer's direction mark.
_RAW_PREFIX_MARK = re.compile(r"[ \t]*(?:\[?[\d:.T/ -]{4,}\]?[ \t]*)?(?:<<|>>|<-|->|<|>)?[ \t]*:")
# A client log's event line up to the bracket: a time stamp, the client's event mark, the nick
# (`-!- nick [~ident@host] has quit`, `* nick (ident@host) has joined #ops`).
_EVENT_LINE_START = re.compile(
    r"[ \t]*(?:\[?[\d:.T/ -]{4,}\]?[ \t]*)?(?:-!-|\*{1,3}|-->|<--|--|->|<-|=!=)?[ \t]*(?P<nick>" + _NICK + r")[ \t]+")
_EVENT = re.compile(r"[ \t]+has[ \t]+(?:quit|(?:joined|left)[ \t]+[#&])")


def find_irc_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each nick and ident of IRC's user-host form."""
    if "@" not in text or ("~" not in text and "!" not in text and " has " not in text):
        return
    for match in _USER_HOST.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.group("open") == "!":
            nick = _NICK_BEFORE_BANG.search(text, max(line_start, match.start() - 31), match.start())
            if nick is None or not (match.group("tilde") or nick.start() == line_start or _RAW_PREFIX_MARK.fullmatch(
                    text, line_start, nick.start())):
                continue  # `sa:Str0ng!Passw0rd@db01`: a password in a connection string, no prefix
        else:
            if match.group("close") != {"[": "]", "(": ")"}[match.group("open")] or match.start() - line_start > 80:
                continue
            nick = _EVENT_LINE_START.fullmatch(text, line_start, match.start())
            if nick is None or not (match.group("tilde") or _EVENT.match(text, match.end())):
                continue
        yield nick.start("nick"), nick.end("nick"), _SCORE
        yield match.start("ident"), match.end("ident"), _SCORE
