"""Machines named in the rows of tool tables and inventories beside their address, and on shares and asset tags
(round 26b).

1. **A row that holds an address.** `tailscale status`, `nomad node status`, `openstack server list`,
   `doctl compute droplet list`, `kubectl get ingress`, an inventory TSV: each row is one machine (or its
   namespace), and the row's address cell says so. In a row of three or more cells (tabs, `|`, or columns
   aligned by two or more blanks) with a cell that is an IPv4 address (`10.8.0.14`, `private=10.8.0.14`,
   `10.0.0.0/24`), the machine-shaped cells before the first address (`quarry-nuc`, `tillwerk-prod`) are
   the machine's names, or, when none stands before it, the first one after it (tailscale prints the address
   first). Machine-shaped: one case, a letter, a dash or a digit (`build-box`, `fw-core-01`, `NAS3`); dotted
   names under a private domain (infra_key_heads.is_machine_name). Not: hex and UUID ids, versions, ages
   (`41d`), interface names (`eth0`), socket protocols (`tcp6`), public namespaces (`kube-system`). Two
   such rows make a table; a sentence with an address has no cells.
2. **A share's server**: `//NASBOX3/scans` in fstab and `mount -t cifs` lines (the slashes open a token).
3. **A name in parentheses after an address**: `192.168.7.20 (ricoh-floor2)` (infra_named_addresses reads the
   other order).
4. **An asset tag after its word**: `laptop KB-NB-2291`, `device TM-LT-0417`: capitals, two or more parts,
   a number of three or more digits.
Doubtful (0.55) but the share's server (0.7): the layout alone supports them; on the wire doubt means redact, and
propagation carries a found name into the prose that repeats it.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.infra_key_heads import is_machine_name
from redactor.detect.infra_single_labels import PUBLIC_NAMESPACES
from redactor.detect.keywords import (contains_any, ipv4_starts, keyword_positions, lowered_same_length,
                                      matches_at_starts, needs_cues, needs_marks)

ROW_MACHINE_SCORE = DOUBTFUL_SCORE
SHARE_SERVER_SCORE = 0.7

_IPV4 = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}"
_ANY_IPV4 = re.compile(rf"(?<![\w.]){_IPV4}(?![\w.])")
# A cell that is an address: perhaps a network's name and `=` first (openstack), a prefix length or port after.
_ADDRESS_CELL = re.compile(rf"(?:[\w-]+=)?{_IPV4}(?:/\d{{1,2}}|:\d{{1,5}})?(?:[,;] ?\S.*)?")
_ALIGNED_GAP = re.compile(r"[ \t]{2,}")
_MACHINE_SHAPE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
_HEX_OR_UUID = re.compile(r"[0-9a-fA-F]{6,}|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_AGE = re.compile(r"(?:\d+[smhdwy])+")
# Network interfaces, socket protocols and other words tools print in rows with addresses.
_NOT_MACHINE_CELL = re.compile(
    r"(?i)(?:eth|ens|eno|wlan|wlp|wg|tun|tap|bond|virbr|vlan|lo|em|ib|docker)\d+(?:[spf]\d+)*|enp\d+s\d+(?:f\d+)?"
    r"|br-[0-9a-f]{6,}|veth[0-9a-f]+|(?:tcp|udp|icmp)[46]?|x86[-_]64|arm64|amd64|i386|utf-?8|v?\d[\w.-]*")
_MIN_ROWS = 2

_SHARE_SERVER = re.compile(r"(?<![\w:/.\\])//(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62})(?=/[\w$])")
_SHARE_SLASHES = ("//",)
_NAME_AFTER_ADDRESS = re.compile(rf"(?<![\w.]){_IPV4}[ \t]?\((?P<name>[A-Za-z0-9][A-Za-z0-9.-]{{0,252}})\)")
_ASSET_WORDS = ("laptop", "device", "asset", "notebook", "workstation", "desktop", "tablet", "pc ")
_ASSET_TAG = re.compile(
    r"(?i:laptop|device|asset(?:[ _-]?tag)?|notebook|workstation|desktop|tablet|pc)[:#]?[ \t]+"
    r"(?P<tag>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3,}[A-Z]?)(?![\w-])")


@needs_marks(".", ("//",))  # (an address holds dots; its own search stays inside: one search of the text, not two)
@needs_cues(_ASSET_WORDS)  # (an address row or a share, or an asset tag)
def find_table_row_machines(text: str, registrable_domain: Callable[[str], str | None]
                            ) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of the machines described in the module docstring."""
    addresses = _addresses(text)
    if addresses:
        rows = list(_address_rows(text, addresses))
        if len(rows) >= _MIN_ROWS:
            for cells in rows:
                for start, end in _machine_cells(text, cells, registrable_domain):
                    yield start, end, "INTERNAL_HOSTNAME", ROW_MACHINE_SCORE
        if "(" in text:
            # (every match starts where an address does: _NAME_AFTER_ADDRESS opens as _ANY_IPV4 does)
            for match in matches_at_starts(_NAME_AFTER_ADDRESS, text, [address.start() for address in addresses]):
                name = match.group("name").rstrip(".-")
                if _machine_cell(name, registrable_domain):
                    yield match.start("name"), match.start("name") + len(name), "INTERNAL_HOSTNAME", ROW_MACHINE_SCORE
    if contains_any(text, _SHARE_SLASHES):
        # (its leading look-behind made `re` try every position of the text: tried at each "//" instead)
        for match in matches_at_starts(_SHARE_SERVER, text, keyword_positions(text, _SHARE_SLASHES)):
            if any(character.isalpha() for character in match.group("host")):
                yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", SHARE_SERVER_SCORE
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _ASSET_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        match = _ASSET_TAG.match(text, position)
        if match:
            yield match.start("tag"), match.end("tag"), "INTERNAL_HOSTNAME", ROW_MACHINE_SCORE


def _addresses(text: str) -> list[re.Match[str]]:
    """`_ANY_IPV4`'s matches, tried only where one can start: a whole run of one to three digits before a dot (its
    look-behind refuses a digit before it), found reading backwards from the dots (`keywords.ipv4_starts`). The
    pattern's leading look-behind made `re` try every position of the text."""
    return list(matches_at_starts(_ANY_IPV4, text, ipv4_starts(text)))


def _address_rows(text: str, addresses: list[re.Match[str]]) -> Iterator[list[tuple[int, int]]]:
    """The cells ([start, end), trimmed) of each line that is a table row of three or more cells holding an address
    cell (`addresses`: the text's `_addresses`)."""
    last_line = -1
    for match in addresses:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if line_start == last_line:
            continue  # a line with several addresses is read once
        last_line = line_start
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        cells = _cells(text, line_start, line_end)
        if len(cells) >= 3 and any(_ADDRESS_CELL.fullmatch(text, start, end) for start, end in cells):
            yield cells


def _cells(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    line = text[line_start:line_end]
    if "\t" in line:
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\t]+", line)]
    elif line.count("|") >= 2:
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", line)]
    else:
        bounds, position = [], 0
        for gap in _ALIGNED_GAP.finditer(line):
            bounds.append((position, gap.start()))
            position = gap.end()
        bounds.append((position, len(line)))
        pieces = bounds if len(bounds) >= 3 else []
    cells = []
    for start, end in pieces:
        while start < end and line[start] in " \r\"'`":
            start += 1
        while end > start and line[end - 1] in " \r\"'`":
            end -= 1
        if start < end:
            cells.append((line_start + start, line_start + end))
    return cells


def _machine_cells(text: str, cells: list[tuple[int, int]], registrable_domain: Callable[[str], str | None]
                   ) -> Iterator[tuple[int, int]]:
    first_address = next(index for index, (start, end) in enumerate(cells) if _ADDRESS_CELL.fullmatch(text, start, end))
    before = [(start, end) for start, end in cells[:first_address]
              if _machine_cell(text[start:end], registrable_domain)]
    if before:
        yield from before
        return
    for start, end in cells[first_address + 1:]:
        if _machine_cell(text[start:end], registrable_domain):
            yield start, end
            return


def _machine_cell(value: str, registrable_domain: Callable[[str], str | None]) -> bool:
    if "." in value:
        return is_machine_name(value, registrable_domain)
    if not _MACHINE_SHAPE.fullmatch(value) or not ("-" in value or any(ch.isdigit() for ch in value)):
        return False
    if len(value) < 3 or value.lower() in PUBLIC_NAMESPACES or _HEX_OR_UUID.fullmatch(value) or _AGE.fullmatch(value):
        return False
    return not _NOT_MACHINE_CELL.fullmatch(value)
