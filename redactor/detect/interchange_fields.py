"""Fields of payment and passenger interchange messages whose meaning the standard fixes, whoever writes them.

SWIFT MT messages (MT103, MT202, MT940 ...) put each field on its own line after a `:tag:`; UN/EDIFACT messages
(PAXLST, CUSDEC ...) put it in a segment whose qualifier says what the element is; ANSI X12 the same with `*`. The
tag, not a label word, names the value, so a message pasted in any language by anyone holds the same structure:
- MT `:20:` and `:21:` (the sender's and the related reference): a payment's reference, an ID_NUMBER;
- MT `:50a:`, `:59a:` (ordering customer, beneficiary) and `:52a:`-`:58a:` party fields in options that carry an
  account: the `/account` on the tag's line is a BANK_ACCOUNT (an IBAN there is found by its own finder);
- EDIFACT `DTM+329:` (date of birth, qualifier 329 of code list 2005) and X12 `DMG*D8*`: a DATE_OF_BIRTH;
- EDIFACT `DOC+P…+number` (a passenger's travel document; P is a passport, other codes other documents): the
  number is a PASSPORT, or an ID_NUMBER for another document type.
A message is one when two of its fields open lines (an `:20:` quoted alone in prose is no message). Fields whose
values are free text (names, addresses, remittance lines) are left to the finders of those kinds.
Cost: a literal pre-check for each syntax, then one regular expression over the text.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span

_DETECTOR = "interchange-fields"
_SCORE = 0.7
_MT_TAG = re.compile(r"^:(?:[0-9]{2}[A-Z]?):", re.MULTILINE)
_MT_REFERENCE = re.compile(r"^:2[01]:(?P<value>[A-Za-z0-9/.+?-]{4,16})[ \t]*\r?$", re.MULTILINE)
_MT_ACCOUNT = re.compile(r"^:5[0-9][A-Z]?:/(?:[CD]/)?(?P<value>[A-Za-z0-9][A-Za-z0-9 -]{4,33}[A-Za-z0-9])[ \t]*\r?$",
                         re.MULTILINE)
_EDIFACT_BIRTH = re.compile(r"(?:^|['~\n])[ \t]*DTM\+329:(?P<value>\d{6,8})(?=[:+'~\s]|$)", re.MULTILINE)
_X12_BIRTH = re.compile(r"(?:^|['~\n])[ \t]*DMG\*D8\*(?P<value>\d{8})(?=[*~\s]|$)", re.MULTILINE)
_EDIFACT_DOCUMENT = re.compile(
    r"(?:^|['~\n])[ \t]*DOC\+(?P<type>[A-Z0-9]{1,3})(?::[A-Z0-9]*)*\+(?P<value>[A-Z0-9]{5,20})(?=[:+'~\s]|$)",
    re.MULTILINE)
_LEAST_MT_TAGS = 2


def interchange_field_spans(text: str) -> list[Span]:
    """Spans of the personal fields of SWIFT MT, UN/EDIFACT and X12 messages (module doc)."""
    spans: list[Span] = []
    if ":\n" in text or ":2" in text or ":5" in text:
        if len(_MT_TAG.findall(text)) >= _LEAST_MT_TAGS:
            spans.extend(_spans(_MT_REFERENCE, text, "ID_NUMBER"))
            spans.extend(_spans(_MT_ACCOUNT, text, "BANK_ACCOUNT"))
    if "DTM+329:" in text:
        spans.extend(_spans(_EDIFACT_BIRTH, text, "DATE_OF_BIRTH"))
    if "DMG*D8*" in text:
        spans.extend(_spans(_X12_BIRTH, text, "DATE_OF_BIRTH"))
    if "DOC+" in text:
        for match in _EDIFACT_DOCUMENT.finditer(text):
            if any(char.isdigit() for char in match.group("value")):
                kind = "PASSPORT" if match.group("type").startswith("P") else "ID_NUMBER"
                spans.append(Span(match.start("value"), match.end("value"), kind, "pii", _SCORE, _DETECTOR))
    return spans


def _spans(pattern: re.Pattern, text: str, kind: str) -> Iterator[Span]:
    for match in pattern.finditer(text):
        if any(char.isdigit() for char in match.group("value")):
            yield Span(match.start("value"), match.end("value"), kind, "pii", _SCORE, _DETECTOR)
