"""Codes of things sold or catalogued are nobody's: a doubtful identifier that is one is let through.

The id rules redact a code on doubt (a code in a table beside other codes, a column whose cells are shaped alike).
Two structural facts say a code numbers a product or a publication rather than a person's record:

- its own check digits: an ISBN (python-stdnum `isbn`) or an ISSN (`issn`), on a line that names the code
  (`ISBN`, `ISSN`, `EAN`, `GTIN`, `UPC`). A person's number or a token passes a mod-10 or mod-11 check one time in
  ten or eleven, so the check is asked only of 13-digit values starting 978/979 (the Bookland prefixes every
  ISBN-13 carries), of ISBN-10s written with hyphens or an X, and of the ISSN layout `1234-567X`, and it lets a value
  go only beside the code's name: check digits lower doubt, they do not veto it;
- its column: a cell under a table header that names a catalogue code (`sku`, `isbn`, `ean`, `gtin`, `upc`,
  `asin`, `mpn`, `part number`, `article no.`): the header says what the whole column holds.

Only doubtful ID_NUMBER findings (below the audit threshold) are let go: a value a label or a check made sure of
stands. Cost: the table parse is `table_columns.tables` (shared and remembered per text), run only when a doubtful
id was found.
"""
from __future__ import annotations

import re
from typing import Sequence

from stdnum import isbn, issn

from redactor.detect.base import Span
from redactor.detect.confidence import AUDIT_MIN_SCORE
from redactor.detect.table_columns import tables

# Header cells naming a code of a product or a publication (normalised: lower case, `_` `-` `.` `#` as blanks).
_CATALOGUE_HEADERS = frozenset("sku skus isbn isbn13 isbn10 issn ean ean13 gtin gtin13 gtin14 upc asin mpn barcode".split()) | {
    "part no", "part number", "part num", "article no", "article number", "product code", "product sku", "item sku",
    "sku code", "sku id", "artikelnummer", "artikelnr", "référence produit", "código de barras", "kod produktu"}
_BOOKLAND = re.compile(r"97[89][- ]?\d[\d -]{8,14}\d")
_ISBN10 = re.compile(r"\d[\d -]{7,11}[\dXx]")
_ISSN = re.compile(r"\d{4}-\d{3}[\dXx]")


def is_catalogue_code(value: str) -> bool:
    """Whether a value is an ISBN, an ISSN, or a Bookland EAN-13 / UPC-A with valid check digits."""
    compact = value.replace("-", "").replace(" ", "")
    if _BOOKLAND.fullmatch(value):
        return isbn.is_valid(compact)
    if _ISSN.fullmatch(value):
        return issn.is_valid(value)
    if _ISBN10.fullmatch(value) and len(compact) == 10 and ("-" in value or compact[-1] in "Xx"):
        return isbn.is_valid(compact)  # a bare 10-digit number is a phone number as often: only hyphenated or with X
    return False  # (a bare UPC-A or EAN-13 outside Bookland: as many account and phone numbers pass mod 10)


# Check digits alone pass one random number in ten or eleven (a hyphenated ten-digit account or card number, a
# 13-digit gift-card or recovery number): on the wire they only let a value go where its line names the code too.
_CODE_NAMED = re.compile(r"(?i)(?<![a-z])(?:isbn|issn|ean|gtin|upc)(?![a-z])")


def _line_of(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def _header_key(label: str) -> str:
    return " ".join(label.strip(" \t\"'`*_:#").replace("_", " ").replace("-", " ").replace(".", " ").casefold().split())


def without_catalogue_codes(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the doubtful ID_NUMBER findings that are catalogue codes, by check digits or by column."""
    doubtful = [span for span in spans if span.kind == "ID_NUMBER" and span.score < AUDIT_MIN_SCORE]
    if not doubtful:
        return list(spans)
    dropped: set[tuple[int, int]] = {(span.start, span.end) for span in doubtful
                                     if is_catalogue_code(text[span.start:span.end])
                                     and _CODE_NAMED.search(_line_of(text, span.start, span.end))}
    if "\n" in text:
        starts = {(span.start, span.end) for span in doubtful}
        for header, rows in tables(text):
            columns = [index for index, label in enumerate(header) if _header_key(label) in _CATALOGUE_HEADERS]
            for column in columns:
                for row in rows:
                    if column < len(row) and tuple(row[column]) in starts:
                        dropped.add(tuple(row[column]))
    if not dropped:
        return list(spans)
    return [span for span in spans if not (span.kind == "ID_NUMBER" and span.score < AUDIT_MIN_SCORE
                                           and (span.start, span.end) in dropped)]
