"""Logins written before their peer's address, `name/IPv4:port` (read by usernames.find_usernames).

OpenVPN names every client by its certificate's common name and real address, `jbrandt/198.51.100.7:51234`, in
each log line about it ("jbrandt/198.51.100.7:51234 MULTI_sva: pool returned IPv4=10.8.0.6", "Peer Connection
Initiated with ...", "MULTI: Learn: 10.8.0.6 -> jbrandt/198.51.100.7:51234"). The common name is the person's
login on most servers. The same `name/address` form is also Java's way to print a resolved host
(`localhost/127.0.0.1:8080`, `kafka-1/10.0.0.5:9092`), where it follows a word of the message.

- On a line that says it is OpenVPN's (`openvpn`, `ovpn`, `MULTI`, `Peer Connection`, `VERIFY`, `PUSH_`, `SENT
  CONTROL`, `TLS:`), the name before any `/address` is a login (0.8).
- Elsewhere the name is doubtful (0.55) where OpenVPN writes it, at the start of a log message: first on its line,
  or after a time stamp or a syslog tag (`vpn01 openvpn[2231]: `); after a word or a bracket it is a host.
Role accounts (`is_personal_login`), ordinary words and tech terms (`localhost`, `server`) and names with a dot
after which a domain's last label follows (`vpn.example.com`) are no logins.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word

_SCORE = 0.8
# "/198.51.100.7" with an optional ":port", then no further address character (not a CIDR's "/24" either).
_PEER_ADDRESS = re.compile(r"/(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{1,5})?"
                           r"(?![\w./-]|:\d)")
# The name just before the "/": letters first, no address character before it.
_NAME_BEFORE = re.compile(r"(?<![\w.@/\\:$-])(?P<user>[A-Za-z][A-Za-z0-9._@-]{0,62}[A-Za-z0-9_]|[A-Za-z])$")
_OPENVPN_CUES = re.compile(r"(?i:openvpn|ovpn)|MULTI[:_ ]|Peer Connection|VERIFY |PUSH_|SENT CONTROL|TLS: |SIGUSR1")
# What may stand before a message's first word: a time stamp of digits, ':', '-', 'T', '.', ',', 'Z', '+', month and
# day names, a host, and a syslog tag ending in ':' ("Mar  5 10:01:02 vpn01 openvpn[2231]: ").
_MESSAGE_PREFIX = re.compile(
    r"[ \t]*(?:\[?[\dTZ:.,+/ -]{8,}\]?[ \t]+"
    r"|(?:[A-Z][a-z]{2}[ \t]+){1,2}\d{1,2}[ \t]+\d{2}:\d{2}:\d{2}(?:[ \t]+\d{4})?[ \t]+"
    r"|(?:\S+[ \t]+)?[\w./-]+(?:\[\d+\])?:[ \t]+)*")
_DOMAIN_END = re.compile(r"\.[a-z]{2,6}$")


def find_logins_before_addresses(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end) and score of each name written as `name/IPv4[:port]` where OpenVPN writes a client's login."""
    if "/" not in text:
        return
    for address in _PEER_ADDRESS.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, address.start() - 64), address.start())
        if name is None:
            continue
        user = name.group("user")
        if "@" in user or _ends_in_a_domain(user) or is_ordinary_word(user):
            continue
        line_start = text.rfind("\n", 0, name.start()) + 1
        line_end = text.find("\n", address.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _OPENVPN_CUES.search(line):
            yield name.start("user"), name.end("user"), _SCORE
        elif name.start() - line_start <= 80 and _MESSAGE_PREFIX.fullmatch(text, line_start, name.start()):
            yield name.start("user"), name.end("user"), DOUBTFUL_SCORE


def _ends_in_a_domain(name: str) -> bool:
    """`vpn.example.com`: a host; `kowalczyk.piotr`, `j.brandt`: a login joined by a dot (its last label is no
    top-level domain of the Public Suffix List)."""
    if _DOMAIN_END.search(name) is None:
        return False
    from redactor.detect.infra import public_suffixes  # (loaded once, at the engine's warm-up)

    folded = name.casefold()
    return folded.rpartition(".")[2] in _PRIVATE_TLDS or public_suffixes().publicsuffix(folded) is not None


_PRIVATE_TLDS = frozenset("local internal lan corp home svc cluster intra intranet localdomain".split())
