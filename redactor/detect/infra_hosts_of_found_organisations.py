"""Hosts under the domain of an organisation the conversation has declared: `bids.<org>.co.uk`, `sentry.<org>.de`.

Once a conversation says what its organisation is called (the owner folder of a checkout, a legal form, a deployer,
an e-mail domain), its machines are the names under that organisation's own domain: the registrable label of a host
is its owner (`checkout.gatewright.co.uk`, `hub.ampiro.nl`, `ocpp.lanchi-ev.cn`), and under a private suffix the label
before it (`pg.quillstone.lan`). Propagation finds the organisation's slug inside such a host, which alone would
redact `<org>` and send `bids.` and `.co.uk` on; this reading takes the host whole, and the engine then takes a URL
on that host whole too (infra_locators.urls_on_internal_hosts).

The structure is the one every writer produces: a firm's machines are named under its domain. The organisation's
slug must be the host's registrable label, or a piece of it joined by a dash (`lanchi-ev`), or the label before a
private suffix; a public site or vendor's domain whose label a private firm shares stays (infra_estate). Confident
enough for a URL to follow (0.6: the organisation was found, its domain is spelled by it).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.infra import private_suffix, registrable_domain
from redactor.detect.infra_estate import is_public_site, is_vendor_domain

HOSTNAME_KIND = "INTERNAL_HOSTNAME"
SCORE = 0.6
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Two or more labels ending in letters, not inside a longer dotted or dashed word nor an e-mail address (a domain
# after a bare "@" is one: `endsWith("@<org>.co.uk")`).
_HOST = re.compile(rf"(?<![\w.-])(?<![\w.+-]@)(?:{_LABEL}\.)+[A-Za-z]{{2,24}}(?![\w-]|\.\w)")
# A piece of a dashed label that is the organisation's name alone (`lanchi` of `lanchi-ev`); shorter pieces are
# the label's own words (`ev`, `uk`).
_MIN_PIECE = 4


def hosts_of_found_organisations(text: str, organisations: frozenset[str]) -> Iterator[Span]:
    """HOSTNAME spans of the host names of `text` whose owner's label is one of `organisations` (the folded names
    the conversation found), or a dash-joined piece of it (module doc)."""
    if "." not in text or not organisations:
        return
    folded = text.lower()
    if not any(organisation in folded for organisation in organisations):
        return
    for match in _HOST.finditer(text):
        label = _owner_label(match.group().lower())
        if label is not None and (label in organisations or any(
                len(piece) >= _MIN_PIECE and piece in organisations for piece in label.split("-"))):
            yield Span(match.start(), match.end(), HOSTNAME_KIND, "infra", SCORE, "host-of-organisation")


def _owner_label(host: str) -> str | None:
    """The label `host`'s owner registered (module doc): `gatewright` of `checkout.gatewright.co.uk`, `quillstone` of
    `pg.quillstone.lan`; None for a public site's or vendor's domain and a name under no suffix known."""
    domain = registrable_domain(host)
    if domain is not None:
        if is_public_site(domain) or is_vendor_domain(domain):
            return None
        return domain.split(".")[0]
    suffix = private_suffix(host)
    if suffix is None or not host.endswith("." + suffix):
        return None
    rest = host[:-len(suffix) - 1]
    return rest.rsplit(".", 1)[-1] or None
