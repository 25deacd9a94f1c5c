"""Identifiers as pieces: the words of an identifier, and whether a value is one whole piece of its identifier.

Code spells names inside identifiers (`test_refund_for_marta_kowalczyk`, `NorthwindClient`, `NORTHWIND_API_URL`).
`identifier_words` is the one splitter of identifiers into words; `at_identifier_piece_edges` is the one test the
engine's propagation uses for values it looks for inside identifiers (a person's identifier forms,
name_identifiers.py; a found organisation's distinctive word, org_identifier_pieces.py): the value meets the
identifier's other pieces at a separator or a lower-to-upper change of letter case, never inside a word.
"""
from __future__ import annotations

import re

# Words of an identifier: an acronym before a capitalised word ("HTTP" of "HTTPServer"), a capitalised or
# lower-case word, a run of capitals, a run of digits. Letters are Unicode letters ("Brandstätter").
_IDENTIFIER_WORD = re.compile(
    r"[^\W\d_](?:[^\W\d_a-z]*(?=[^\W\d_a-z][^\W\d_A-Z])|[^\W\d_a-z]+(?![^\W\d_A-Z])|[^\W\d_A-Z]*)|\d+")


def identifier_words(identifier: str) -> list[str]:
    """The words of a snake_case, camelCase, PascalCase, kebab-case or dotted identifier, in their own case."""
    return _IDENTIFIER_WORD.findall(identifier)


def at_identifier_piece_edges(text: str, start: int, end: int, value: str) -> bool:
    """Whether text[start:end] (== value) is a whole piece of its identifier, or a word of its own."""
    if start > 0:
        before = text[start - 1]
        if before.isascii() and before.isalnum():
            # camelCase: "getNorthwindClient" ("t" then "N"), never inside a word or after a capital run.
            if not (value[0].isupper() and value[1:2].islower() and (before.islower() or before.isdigit())):
                return False
    if end < len(text):
        after = text[end]
        if after.isascii() and after.isalnum():
            # "NorthwindClient", "northwindApi": the next piece starts with a capital.
            if not (value[-1].islower() and after.isupper()):
                return False
    return True
