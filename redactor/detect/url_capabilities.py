"""Links that are their own key: a generated value in a URL's query or path that grants access to whoever has it.

People forward shared-folder links, photo galleries, private calendar feeds, reset links, signed downloads and
check-in pages without knowing which part is the key, and the parameter is named whatever the service chose
(`?rlkey=`, `?access=`, `?k=`, `/s/<id>`, `/private-<key>/basic.ics`). secret_urls.py knows parameters *named* for
a secret; this module knows the *shape*: a value no person writes and no public page needs to be found.

A URL holds a capability when
- a query or fragment value is random-looking (secret_values.looks_random: 16 characters or more, high entropy,
  letters with digits, not made of words), unless its parameter is an advertising click id or an analytics tag
  (`utm_*`, `fbclid`, `gclid`...: the same shape, set by the site for every visitor) or a search page's state
  (`ved`, `ei`); or
- a path segment is 20 or more letters, digits and `_` in base-62 style (upper and lower case mixed with digits,
  not a hexadecimal hash or id, not a file name or a version): the tokens of share and reset links.
Public media ids are shorter (a video id has 11 characters), and an account id in an API path is someone else's
finding (infra_account_ids.py).

The whole URL is redacted (secret_urls.py), as a doubtful finding: the shape is evidence, not proof.

Cost: called once per URL that no other rule made secret, on that URL's own characters.
"""
from __future__ import annotations

import re

from redactor.detect.secret_values import is_placeholder_value, looks_random

# Set by a site for every visitor, not by the sender for a recipient: click ids, analytics tags, a search page's
# state (Google's `ved`, `ei`, `sxsrf`), a share-tracking id (`si`, `igshid`).
_NOT_KEYS = frozenset({
    "fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
    "igsh", "si", "mc_eid", "mc_cid", "_hsenc", "_hsmi", "mkt_tok", "srsltid", "ved", "ei", "sxsrf", "oq", "gs_lcrp",
    "_ga", "_gl", "vero_id", "trk", "trkcampaign", "sc_cid", "spm", "scid", "epik",
})
_PARAM = re.compile(r"[?&#;]([A-Za-z_][\w.\-\[\]]{0,40})=([^&#;]*)")
_BASE62_SEGMENT = re.compile(r"[A-Za-z0-9_]{20,200}")
_HEX = re.compile(r"[0-9a-fA-F]+")


def holds_a_generated_key(url_body: str) -> bool:
    """Whether the URL (after its scheme) carries a random-looking query value or path token (module docstring)."""
    host, _, rest = url_body.partition("/")
    path = rest.split("?", 1)[0].split("#", 1)[0]
    for segment in path.split("/"):
        if (_BASE62_SEGMENT.fullmatch(segment) and not _HEX.fullmatch(segment)
                and any(char.isupper() for char in segment) and any(char.islower() for char in segment)
                and looks_random(segment, 20) and not is_placeholder_value(segment)):
            return True
    if "=" not in url_body:
        return False
    for match in _PARAM.finditer(url_body):
        name = match.group(1).lower()
        if name in _NOT_KEYS or name.startswith("utm_"):
            continue
        value = match.group(2)
        if looks_random(value) and not is_placeholder_value(value):
            return True
    return False
