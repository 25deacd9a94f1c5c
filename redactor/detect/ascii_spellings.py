"""How a name is written where only ASCII goes: a login, a mailbox, a domain label.

Two spellings of each letter outside ASCII: the transliteration anyascii gives ("Čech" -> `cech`, "Əziz" -> `eziz`,
"Кравец" -> `kravets`), and the one German, Nordic and Dutch writers use for a letter with a diaeresis, a slash or
a ring ("Jørgensen" -> `joergensen`, "Müller" -> `mueller`). logins_of_people.py and org_domain_spellings.py both
read a name back from such an identifier; this is their one spelling.
"""
from __future__ import annotations

import re

from anyascii import anyascii

# How German, Nordic and Dutch logins and domains write a letter with a diaeresis, a slash or a ring: `ö` -> `oe`.
_EXPANDED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "å": "aa", "ß": "ss",
                           "Ä": "ae", "Ö": "oe", "Ü": "ue", "Ø": "oe", "Æ": "ae", "Å": "aa"})
_NOT_LETTERS = re.compile(r"[^a-z]")
_NOT_LETTERS_OR_DIGITS = re.compile(r"[^a-z0-9]")


def ascii_spelling(text: str, *, expanded: bool = False, digits: bool = False) -> str:
    """`text` in small ASCII letters (and digits with `digits`), everything else dropped; `expanded` spells `ö` as
    `oe` first (module doc)."""
    if expanded:
        text = text.translate(_EXPANDED)
    return (_NOT_LETTERS_OR_DIGITS if digits else _NOT_LETTERS).sub("", anyascii(text).lower())
