"""Windows machine names in capitals: `SRV-DC01`, `NYC-FS-02A`, `ACC-LAPTOP17` (round 19).

Active Directory estates name their computers in capitals, as NetBIOS names (at most 15
characters): a site or department code, a role and a machine number, joined by hyphens. Asset
inventories (CSV exports), event logs (`Workstation Name: ...`), PowerShell and tickets print them
bare, with no host field around them, and the lower-case numbered-machine rule (infra.py's
`_BARE_MACHINE`) does not read capitals. A name is taken here when it is all capitals, holds a
hyphen, fits NetBIOS's 15 characters, one of its parts is a machine role (`host_roles`: SRV, DC, FS,
SQL, WKS, LAPTOP, ...) and it ends in a machine number: digits after a word of two or more letters
(`DC01`, `SQL03`) or a number part of its own after two words (`NYC-FS-02A`).

Round 31: a name with no hyphen is one when a site code runs into a role and a zero-padded number (`TBCSQL02`,
`HQDC01`); `SQL2019`, `WIN10` stay.

Left alone: two parts with a bare number (`DC-10`, `SQL-92`, `PC-98`, `MX-5`: aircraft, standards,
products), versions (`API-V2`, `WIN-SQL2019`: four digits or one letter before the number),
software with a version (`WIN-NODE18`), and names without a role word (`CVE-2024-1234`, `AES-256`).
Doubtful (0.55): no word list tells a machine from a product code for certain.

Cost: tried only at the starts infra.py already computes for numbered machines (the letters before a
word's first digit), one regex match each.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import matches_at_starts
from redactor.detect.rule_files import term_list

WINDOWS_MACHINE_SCORE = DOUBTFUL_SCORE
_NETBIOS_MAX = 15
# Capital words joined by hyphens, then a number of one to three digits (a letter or two may follow: `02A`, a floor
# as printers are named, `PRN-HH-3OG`, `PRN-OSL-2F`), ending the name: not inside a path, an identifier, a dotted
# name or a call.
_CAPITAL_MACHINE = re.compile(
    r"(?<![\w./@:$%#&=+\\-])(?P<host>[A-Z]{2,}(?:-[A-Z]{2,})*-?[A-Z]*\d{1,3}[A-Z]{0,2})(?![\w/@+-]|\.\w|\()"
)
# Role words that name software with a version far more often than a machine (NODE18, PG14).
_VERSIONED_ROLES = frozenset("es node pg postgres mysql mongo mongodb redis kafka elastic oracle python k8s ml mariadb "
                             "spark hadoop exchange sharepoint esx esxi".split())


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(term_list("host_roles"))


def find_windows_machines(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """[start, end) of each capitalised machine name in `text`, tried at `starts` (ascending)."""
    for match in matches_at_starts(_CAPITAL_MACHINE, text, starts):
        if is_windows_machine_name(match.group("host")):
            yield match.start("host"), match.end("host")


def is_windows_machine_name(host: str) -> bool:
    """Whether an all-capitals hyphenated name is a role and a machine number (`SRV-DC01`, not `SQL-92`)."""
    if len(host) > _NETBIOS_MAX:
        return False
    if "-" not in host:
        return _is_joined_machine_name(host)
    parts = host.lower().split("-")
    numbered = parts[-1]
    letters = numbered.rstrip("abcdefghijklmnopqrstuvwxyz").rstrip("0123456789")
    words = parts[:-1] + ([letters] if letters else [])
    if not letters and len(words) < 2:
        return False  # DC-10, SQL-92, PC-98: one word and a bare number is a model or a standard
    if letters and len(letters) < 2:
        return False  # API-V2, WIN-R2: a version
    if letters in _VERSIONED_ROLES:
        return False  # WIN-NODE18
    roles = _roles()
    return any(word in roles for word in words)


# A name with no hyphen: a site code run into a role and a zero-padded machine number (`TBCSQL02`, `HQDC01`,
# `LONFS03`). The zero and the site letters before the role are what a fleet's names have and a product's do not
# (`SQL2019`, `DC10`, `WIN10`).
_JOINED_MACHINE = re.compile(r"(?P<letters>[A-Z]{4,12})0\d[A-Z]?")


def _is_joined_machine_name(host: str) -> bool:
    match = _JOINED_MACHINE.fullmatch(host)
    if not match:
        return False
    letters = match.group("letters").lower()
    roles = _roles()  # a role of two letters or more after a site code of one or more
    return any(letters[cut:] in roles and letters[cut:] not in _VERSIONED_ROLES for cut in range(1, len(letters) - 1))

