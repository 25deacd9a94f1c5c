"""Machines under keys that name a machine's role, and the id of an Azure account object (round 18).

1. **A key that names a machine.** Configuration, inventories and tool output name a machine under its
   role in the estate: `bastion: jump.ostmer.io`, `replica=pg2.kelvra.dev`, `"origin": "cache.vantrel.net"`,
   `vm: payroll-batch-02`, `node: ledger-core-7`. What stands there is a machine whatever its name looks like:
   a name one or more labels below a registrable domain that is no public site nor a software vendor's (the
   Public Suffix List, `infra_estate.is_public_site`, `is_vendor_domain`), or, under the keys that can only hold a machine (`vm`, `box`,
   `machine`, `instance`, `node`, ...), a one-label name with a dash and a digit. No word list says
   whether `cache.vantrel.net` is the organisation's own machine or a public site, so the finding is
   doubtful (redacted on the wire, not reported by an audit). Bare registrable domains
   (`origin: github.com`), URLs with paths, versions and build targets (`target: x86_64-linux-gnu`) stay.
2. **The `id` of an Azure account object.** `az account show`/`list` print a subscription as a JSON
   object whose `id` is the subscription id, beside `tenantId`, `homeTenantId` and `environmentName`; any
   UUID under `id` in an object holding those keys is the subscription (the object's other UUIDs are
   found by their own keys).

Found spans are (start, end, kind, score); infra.py passes its Public Suffix List lookup.

Cost: the key words' positions come from the text's shared cue scan; the key regex is tried at those only.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.infra_estate import is_public_site, is_vendor_domain
from redactor.detect.keywords import (contains_any, keyword_positions, lowered_same_length, matches_at_starts,
                                      needs_marks)

MACHINE_KEY_SCORE = DOUBTFUL_SCORE
# Keys naming a machine's role: the value is a machine when it is a name under a private domain.
_ROLE_KEYS = ("hosts|nodes|servers|machines|target_host|bastion|bastion_host|jump_?host|jumpbox|replica|primary|"
              "secondary|standby|leader|follower|origin|upstream|backend|proxy|gateway|relay|mirror|peer|peers|"
              "seed|seeds|broker|brokers|worker|master|controller|box|machine|vm|instance|node|nas|fileserver")
# ... and those that can hold nothing but a machine: a one-label name is one too.
_MACHINE_ONLY_KEYS = frozenset("box machine vm instance node bastion bastion_host jump_host jumphost jumpbox nas "
                               "fileserver replica standby".split())
# The pre-check's words: each key's first word (`jump_?host` -> `jump`).
_KEY_WORDS = tuple(dict.fromkeys(key.split("_")[0] for key in _ROLE_KEYS.replace("_?", "_").split("|")))
# Matched where a key word starts (keyword_positions), not searched for.
_MACHINE_UNDER_KEY = re.compile(
    rf"(?i)(?<![\w.-])(?P<key>{_ROLE_KEYS})[\"']?[ \t]*(?::|=|=>)[ \t]*[\"']?"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*)"
    r"(?::\d{1,5})?[\"']?(?=[ \t]*(?:$|[,;}\]#\r\n]|[ \t]\())", re.MULTILINE)
_ONE_LABEL_MACHINE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]*\d+[a-z]?|[a-z]+(?:-[a-z]+)+\d+")

_AZURE_ACCOUNT_KEYS = ('"homeTenantId"', '"tenantId"', '"environmentName"')
_JSON_ID_UUID = re.compile(
    r'"id"[ \t]*:[ \t]*"(?P<id>[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})"')
_OBJECT_REACH = 600  # an account object is a dozen lines; its keys stand within this of its id


@needs_marks("=", ":", '"id"')  # (a key's separator, or a JSON id)
def find_machines_under_role_keys(text: str, registrable_domain: Callable[[str], str | None]
                                  ) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of the machines and ids described in the module docstring."""
    if "=" in text or ":" in text:
        for match in matches_at_starts(_MACHINE_UNDER_KEY, text,
                                       keyword_positions(lowered_same_length(text), _KEY_WORDS)):
            if _is_machine(match.group("host"), match.group("key").lower(), registrable_domain):
                yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", MACHINE_KEY_SCORE
    if '"id"' in text and contains_any(text, _AZURE_ACCOUNT_KEYS):
        for match in _JSON_ID_UUID.finditer(text):
            around = text[max(0, match.start() - _OBJECT_REACH):match.end() + _OBJECT_REACH]
            if sum(key in around for key in _AZURE_ACCOUNT_KEYS) >= 2:
                yield match.start("id"), match.end("id"), "AZURE_SUBSCRIPTION", MACHINE_KEY_SCORE


def _is_machine(host: str, key: str, registrable_domain: Callable[[str], str | None]) -> bool:
    name = host.lower()
    if "." not in name:
        return key.replace("-", "_") in _MACHINE_ONLY_KEYS and _ONE_LABEL_MACHINE.fullmatch(name) is not None
    if name.replace(".", "").isdigit() or not name.rsplit(".", 1)[-1].isalpha():
        return False  # an address (found as one) or a version
    registrable = registrable_domain(name)
    # A name under no public suffix is left to infra.py's private-suffix rules (`db.acme`, `x.internal`).
    return (registrable is not None and registrable != name and not is_public_site(registrable)
            and not is_vendor_domain(registrable))
