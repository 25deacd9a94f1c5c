"""Street addresses typed in lower case with the street type first: "via garibaldi 21, 20121 milano" (round 22).

Chat users type an address the way they say it, without capitals: "rua augusta 120, 1100-053 lisboa", "calle mayor
14, 28013 madrid", "rue des lilas 14". Italy, Spain, Portugal, France, Latin America, Malaysia and Indonesia write the
street type first and the house number after the name; the finders in addresses.py read that order only capitalised
("Via Garibaldi 21") or with the number first ("14 rue des lilas, 69003 lyon"), so the lower-case form leaked whole.

Here a street type of those languages (addresses._ROMANCE_TYPES), one to five lower-case name
words and a house number ("21", "120a", "8/3") are a street when:

- a postcode follows, after an optional comma ("20121", "1100-053", "28013", "00-514"), with the town after it when
  that is a word English does not use ("milano", "são paulo"; not "before"): the whole is the address; or
- the type is not also an English word (`rua`, `calle`, `rue`, `jalan`; not `via`, `place`, `route`, `square`,
  `plaza`: "via step 2", "place 3 orders"), and the street alone is the address.

Only lower-case text is read (the capitalised forms are the other finders'); a number followed by a time, decimal
or unit ("14:30", "2.5", "21km") is no house number. Tried only where a type word starts a
word (the text's shared cue scan).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.keywords import matches_at_word_start
from redactor.detect.name_parts import is_common_word

# A postcode of the countries that write the type first: 5 digits (IT, ES, FR, MY, ID, MX), 4-3 (PT), 2-3 (PL),
# 4 digits (BE, CH, AT), 5-3 / 8 (BR).
_POSTCODE = r"(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5})"
_WORD = re.compile(r"[^\s,]+")
_LOWER_WORD = r"[a-zß-öø-ÿ'’][a-zß-öø-ÿ'’.-]*"


@functools.lru_cache(maxsize=4)
def _street_pattern(types: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(street_type) for street_type in sorted(types, key=len, reverse=True))
    return re.compile(
        rf"(?P<type>{alternatives})[ \t]+(?:{_LOWER_WORD}[ \t]+){{0,4}}{_LOWER_WORD}"
        rf"[ \t]+(?P<number>(?:n[º°o]\.?[ \t]*)?\d{{1,4}}[a-z]?(?:/\d{{1,3}})?)(?![\w-]|[.:,/]\d)"
        rf"(?P<tail>,?[ \t]+(?P<postcode>{_POSTCODE})(?![\w-]|[.:,/]\d)"
        rf"(?:[ \t]+(?P<town>[a-zß-öø-ÿ'’-]{{2,}})(?![\w-])(?:[ \t]+(?P<town2>[a-zß-öø-ÿ'’-]{{3,}})(?![\w-]))?)?)?"
    )


def find_lower_case_type_first_streets(text: str, types: tuple[str, ...], english_looking: frozenset[str]
                                       ) -> Iterator[tuple[int, int]]:
    """[start, end) of each lower-case street written type first (see the module docstring): `types` are the street
    types written first (addresses._ROMANCE_TYPES), `english_looking` those that are English words too (passed in:
    addresses.py calls this module, which must not import it back)."""
    type_set = frozenset(types)
    # Tried only where a type word starts a word (the text's shared cue scan).
    for match in matches_at_word_start(_street_pattern(types), text, also="/.@#-", cues=types):
        start = match.start()
        if match.group("type") in english_looking:
            # "my new place is rua augusta 120, ...": an English word led the match, the street starts at its type.
            inner = next((word for word in _WORD.finditer(text, match.end("type"), match.start("number"))
                          if word.group() in type_set), None)
            if inner is not None:
                start = inner.start()
            elif match.group("postcode") is None:
                continue
        if match.group("postcode") is None:
            yield start, match.end("number")
            continue
        town, town2 = match.group("town"), match.group("town2")
        if town is not None and not is_common_word(town):
            # "são paulo", "kuala lumpur": a second word of the town, when English does not use it either
            yield start, match.end("town2") if town2 is not None and not is_common_word(town2) else match.end("town")
        else:
            yield start, match.end("postcode")
