"""A found organisation's name is the same name as a piece of an identifier: `NorthwindClient`, `NORTHWIND_API_URL`.

Code names customers, suppliers and partners inside identifiers: classes (`NorthwindClient`), constants
(`NORTHWIND_API_URL`), enum members (`Customer.NORTHWIND`), feature flags (`enable_northwind_export`), paths and
S3 prefixes (`s3://exports/northwind/`), slugs (`northwind-prod`). Once the request names the organisation in
words (NER, a legal form, an organisation key: org_keys.py), the engine's propagation looks for its distinctive
word in every letter case (organisation_parts.py) and, through this module, also where it is one piece of an
identifier: the word meets the identifier's other pieces at `_`, `-`, `.`, `/` or a lower-to-upper case change.
A found name's joined forms (`halden-systems`, `HALDEN_SYSTEMS`: organisation_parts.py) are pieces the same way
(`halden-systems-prod`, `s3://exports/halden_systems/`). A piece inside a longer word ("Northwinds", "overnorthwind") is no match.

Only one-word values of four letters or more that are no common word, place, tech term or public software name
(and, in lower case, no compound of common words) take part:
a guess of the model ("Shell", "Redis") must not turn `ShellExecutor` or `REDIS_URL` into placeholders.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.name_parts import is_ordinary_word, is_software_name
from redactor.detect.organisation_parts import names_on_its_own

_MIN_LETTERS = 4
# The slug and snake forms of a name of words (organisation_parts.joined_forms): letters joined by "-" or "_".
_JOINED_NAME = re.compile(r"[^\W\d_]{2,}(?:[-_][^\W\d_]+)+")


@functools.lru_cache(maxsize=8192)
def takes_identifier_pieces(value: str) -> bool:
    """Whether a found organisation's name (or distinctive word) is also looked for inside identifiers."""
    if _JOINED_NAME.fullmatch(value):
        return True  # a found name's joined form ("halden-systems", organisation_parts.joined_forms) is one piece
    if not (len(value) >= _MIN_LETTERS and value.isascii() and value.isalpha()) or is_software_name(value):
        return False
    # A compound of common words names the organisation with its capital or in capitals ("NORTHMOOR"), never in
    # lower case ("workflow"), as organisation_parts.py takes it.
    return names_on_its_own(value) and (not value.islower() or not is_ordinary_word(value))

