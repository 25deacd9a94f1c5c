"""org_relations._NAME_AFTER ("our supplier Blue Heron", "mein Arbeitgeber ist Brenner Haustechnik") is compiled with
its relationship words grouped by first character (keywords.alternatives_by_first_character): the same matches."""
from __future__ import annotations

import random
import re

from redactor.detect import org_relations
from redactor.detect.org_relations import organisations_by_relation

_AS_WRITTEN = re.compile(org_relations._NAME_AFTER.pattern, org_relations._NAME_AFTER.flags)

# Dev set: the organisation after a possessive and a relationship word.
_DEV = [
    ("Can you email our supplier Blue Heron about the delay?", "Blue Heron"),
    ("my landlord is Greystone Lettings and they never answer", "Greystone Lettings"),
    ("Unser Lieferant Tessuti Vallecchi hat geliefert", "Tessuti Vallecchi"),
]
# Check set, not tuned on: other words, cases, slugs, and code after the word ("our client Foo(").
_CHECK = [
    "our CLIENT: Harwick Timber", "my bank, Harbour Mutual", "our vendor acme-tools.io", "our client Foo(bar)",
    "the customer Harwick Timber", "our Insurer was Aviva", "notre fournisseur est Papeterie Dumas",
    "our supplier's invoice", "our suppliers Blue Heron", "my employer, İstanbul Tekstil",
]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_the_dev_organisations_are_found():
    for text, name in _DEV:
        assert name in [text[span.start:span.end] for span in organisations_by_relation(text, "pii")], text


def test_the_grouped_pattern_matches_as_written():
    for text in [text for text, _ in _DEV] + _CHECK:
        assert _matches(org_relations._NAME_AFTER, text) == _matches(_AS_WRITTEN, text), text
    words = ("our", "my", "supplier", "Supplier", "SUPPLIER", "client", "bank", "landlord", "kunde", "fournisseur",
             "is", "called", ",", ":", "Blue", "Heron", "acme-tools.io", "&", "and", "(", "@", "İ", "K", "ſ")
    generator = random.Random(27)
    for _ in range(3000):
        text = " ".join(generator.choice(words) for _ in range(generator.randint(1, 8)))
        assert _matches(org_relations._NAME_AFTER, text) == _matches(_AS_WRITTEN, text), text
