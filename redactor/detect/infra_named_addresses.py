"""Machines named beside their address: `name (10.0.0.5)`, `name [10.0.0.5]` (round 20b).

Tools and people write a machine's name with its address in parentheses or brackets right after it: ping
(`PING build-agent.internal (10.20.3.14)`), traceroute hops, mail `Received: from relay-east (relay-east
[10.4.1.9])`, connection logs, and prose ("the box is ledger-db (172.16.4.20)"). The address says what the
name before it is, whatever the sentence around it says. The name must have a machine's form (a dash, a digit
or a dot: one plain word such as `nginx` or `Google` is software or a company) and, when dotted, sit under a
registrable domain that is no public site nor a vendor's (`infra_key_heads.is_machine_name`), or under no
public suffix at all (`nas-2.lab`: a private zone). A capitalised name (`Quad9`) is a brand. Only the layout
supports the finding, so it is doubtful (0.55): redacted on the wire, not reported by an audit.

Cost: one regex that starts at `(` or `[` followed by a digit; the name is read backwards from there.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.infra_key_heads import is_machine_name
from redactor.detect.keywords import needs_marks

NAMED_ADDRESS_SCORE = DOUBTFUL_SCORE

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# The bracketed address, then the name right before it (one space or none between).
_BRACKETED_ADDRESS = re.compile(rf"[(\[]{_OCTET}(?:\.{_OCTET}){{3}}[)\]]")
_NAME_BEFORE = re.compile(r"(?<![\w.@/:-])(?P<name>[A-Za-z0-9][A-Za-z0-9.-]{0,252}) ?$")


@needs_marks("(", "[")  # (it returns on a text without one)
def find_hosts_beside_addresses(text: str, registrable_domain: Callable[[str], str | None]
                                ) -> Iterator[tuple[int, int]]:
    """(start, end) of the names described in the module docstring."""
    if "(" not in text and "[" not in text:
        return
    for address in _BRACKETED_ADDRESS.finditer(text):
        window_start = max(0, address.start() - 254)
        line_start = text.rfind("\n", window_start, address.start()) + 1
        before = _NAME_BEFORE.search(text, max(window_start, line_start), address.start())
        if before is None:
            continue
        name = before.group("name").rstrip(".-")
        if name.lower().startswith("localhost") or name[0].isupper() and not name.isupper():
            continue  # a brand is capitalised (`Quad9`); machines are named in one case
        if not is_machine_name(name, registrable_domain) and not _under_private_zone(name, registrable_domain):
            continue
        yield before.start("name"), before.start("name") + len(name)


def _under_private_zone(name: str, registrable_domain: Callable[[str], str | None]) -> bool:
    """`nas-2.lab`, `kdc.corp`: a dotted name under no public suffix; beside an address it is a private zone's."""
    last = name.rsplit(".", 1)[-1]
    return "." in name and last.isalpha() and registrable_domain(name.lower()) is None
