"""The other forms a conversation writes an organisation's name in, once the text has declared it: the whole name in
lower case or capitals, and its initials.

A name the text itself declares as an organisation (the deployer of a system prompt, a legal form, an e-mail
domain's spelling, a key's role: every finder but the model's guess) is written again by the same people in
whatever case they type ("the planner line says larkspur celebrations", "SEND TO HOLLOWAY FREIGHT") and by its
initials ("noted it in the HHS log" of "Hearthside Home Support"). The engine propagates one-word names in every
case already (engine._case_blind); these are the readings for names of several words:

- **The whole name in any case** (`case_blind_name`): two to six words of letters (with "&", apostrophes, inner
  hyphens and full stops), at least one of which names it on its own (not a word of the language, or a compound
  English hardly writes: Zipf below 2.5, "Brightwater"). "Open Door" or "Home Support" stay in their own case.
- **Its initials** (`organisation_initials`): a name of three to five capitalised words (connectors and legal forms
  left out) is also written as the capitals of its words, "HHS". Not when the initials are a word of the language,
  a tech term or code keyword, or frequent in English (Zipf 3.5 or more: "NHS", "API", "CEO"), which the text
  would write for their own sake; a name of fewer words gives initials too short to stand for it alone.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.name_parts import english_zipf, is_common_word, is_ordinary_word
from redactor.detect.term_lists import term_list

_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|&")
_MAX_WORDS = 6
# A compound English hardly writes names the organisation on its own (organisation_parts._RARE_COMPOUND_ZIPF).
_RARE_ZIPF = 2.5
# Initials English writes this often are read for their own sake ("NHS" 4.0, "API" 3.7), not as one firm's.
_FREQUENT_INITIALS_ZIPF = 3.5
_CONNECTORS = frozenset("& and of the for de du des la le del della di da do van von der den und et y e".split())


@functools.lru_cache(maxsize=8192)
def case_blind_name(name: str) -> bool:
    """Whether an organisation's name of several words is also propagated in lower case and capitals (module doc)."""
    words = name.split()
    if not 2 <= len(words) <= _MAX_WORDS or not all(_WORD.fullmatch(word) for word in words):
        return False
    return any(_names_alone(word) for word in words if word != "&")


def _names_alone(word: str) -> bool:
    letters = word.strip(".")
    if len(letters) < 4 or letters.casefold() in _CONNECTORS:
        return False
    return not is_ordinary_word(letters) or english_zipf(letters.casefold()) < _RARE_ZIPF


@functools.lru_cache(maxsize=8192)
def organisation_initials(name: str) -> tuple[str, ...]:
    """The initials an organisation's name of three to five capitalised words is written by, or () (module doc)."""
    words = [word for word in _WORD.findall(name) if word.casefold() not in _CONNECTORS]
    legal_forms = term_list("org_suffixes")
    while words and words[-1].casefold().rstrip(".") in legal_forms:
        words.pop()
    if not 3 <= len(words) <= 5 or not all(word[:1].isupper() and word[1:2].islower() for word in words):
        return ()
    initials = "".join(word[0] for word in words)
    folded = initials.casefold()
    if (not initials.isupper() or is_common_word(folded) or folded in term_list("tech_terms")
            or folded in term_list("code_keywords") or english_zipf(folded) >= _FREQUENT_INITIALS_ZIPF):
        return ()
    return (initials,)
