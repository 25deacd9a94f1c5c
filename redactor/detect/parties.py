"""Whether a name that structure points at is a person or an organisation.

Payment lines, address blocks and contact rows say "a party stands here" without saying which kind.
Both kinds are redacted, so for recall any answer does; the kind only chooses the placeholder
(`[[PERSON_1]]` or `[[ORGANIZATION_1]]`). A name is an organisation when one of its words is a legal
form or an organisation's head noun (`org_suffixes`, `org_head_nouns`) or a word of utilities, shops and
public bodies (rules/term_lists.yaml: `party_organisation_words`: "THAMES WATER", "TESCO STORES", "FREE
MOBILE") or a trade noun (`business_type_nouns`: "Piekarnia"); otherwise a person, which is also the answer in doubt.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.base import Span
from redactor.detect.name_parts import is_common_word
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.term_lists import stop_words, term_list

PERSON = "PERSON"
ORGANIZATION = "ORGANIZATION"
_WORD = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return (term_list("org_suffixes") | term_list("org_head_nouns") | rule_term_list("party_organisation_words")
            | rule_term_list("business_type_nouns"))


def words_of(name: str) -> list[str]:
    """The words of `name` (letters of any script; "O'Neil" and "S.A" stay one word)."""
    return _WORD.findall(name)


def party_kind(name: str) -> str:
    """ORGANIZATION when a word of `name` says so (see module doc), else PERSON."""
    organisation_words = _organisation_words()
    if any(word.casefold().replace(".", "") in organisation_words for word in words_of(name)) or "&" in name:
        return ORGANIZATION
    return PERSON


def names_something(name: str) -> bool:
    """Whether `name` has a word that is no word of the dictionary or of tech (a name, a brand, a word of another
    language). Compounds of ordinary words count as names here ("Copperleaf", "Brightlane"): brands are made so."""
    return any(len(word) >= 2 and not _plain_word(word) for word in words_of(name))


def _plain_word(word: str) -> bool:
    # Stop words too: the dictionary holds words of three letters or more, and "my order never arrived" after a
    # "Customer:" label is a message, not a name ("my" is no dictionary word).
    folded = word.casefold()
    return (is_common_word(folded) or folded in stop_words() or folded in term_list("tech_terms")
            or folded in term_list("code_keywords"))


def party_span(start: int, end: int, name: str, score: float, detector: str, kind: str | None = None) -> Span:
    """A span of a party: `kind` if given, else decided by `party_kind`; the category follows the kind."""
    kind = kind or party_kind(name)
    return Span(start, end, kind, "org" if kind == ORGANIZATION else "pii", score, detector)
