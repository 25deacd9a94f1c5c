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
# `:nick!~ident@host` (a raw message's prefix) or `nick!~ident@host` anywhere (the `~` is identd's mark)
_PROTOCOL_PREFIX = re.compile(
    r"(?:(?<=^)|(?<=[\n:]))(?P<nick>" + _NICK + r")!(?P<tilde>~?)(?P<ident>" + _IDENT + r")@" + _HOST
    + r"|(?<![\w!@./-])(?P<nick2>" + _NICK + r")!(?P<tilde2>~)(?P<ident2>" + _IDENT + r")@" + _HOST)
# `-!- nick [~ident@host] has quit`, `* nick (ident@host) has joined #ops`: a client log's event line, the nick
# first after a time stamp and the client's event mark
_CLIENT_LOG = re.compile(
    r"(?m:^[ \t]*(?:\[?[\d:.T/ -]{4,}\]?[ \t]*)?(?:-!-|\*{1,3}|-->|<--|--|->|<-|=!=)?[ \t]*)"
    r"(?P<nick>" + _NICK + r")[ \t]+[\[(](?P<tilde>~?)(?P<ident>" + _IDENT + r")@" + _HOST + r"[\])]"
    r"(?P<event>[ \t]+has[ \t]+(?:quit|(?:joined|left)[ \t]+[#&]))?")


def find_irc_logins(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each nick and ident of IRC's user-host form."""
    if "@" not in text or ("~" not in text and "!" not in text and " has " not in text):
        return
    if "!" in text:
        for match in _PROTOCOL_PREFIX.finditer(text):
            nick, ident = ("nick", "ident") if match.group("nick") else ("nick2", "ident2")
            yield match.start(nick), match.end(nick), _SCORE
            yield match.start(ident), match.end(ident), _SCORE
    for match in _CLIENT_LOG.finditer(text):
        if match.group("tilde") or match.group("event"):
            yield match.start("nick"), match.end("nick"), _SCORE
            yield match.start("ident"), match.end("ident"), _SCORE
