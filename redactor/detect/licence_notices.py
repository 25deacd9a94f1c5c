"""Authors named by an open-source licence notice are public in their role (precision34, issue 12).

Coding agents read vendored LICENSE files, AUTHORS files and file headers: "Copyright (c) 2010-2024 Armin Ronacher and
contributors", "Copyright (c) Meta Platforms, Inc. and affiliates. This source code is licensed under the MIT
license", "Michael Bayer and contributors (see upstream AUTHORS)". A name there is the published author of public
software, stated so by the notice's structure, and the reply that repeats it ("Benjamin Peterson's MIT notice is
unchanged") names the same public author. What makes the role public is structural:

- the finding stands on a copyright line (after `Copyright`, `(c)`, `©` or `SPDX-FileCopyrightText` on the same line)
  of a notice that names an open-source licence within a few lines (the licence families of the SPDX list by name, an SPDX identifier line,
  or the MIT grant "Permission is hereby granted"); or
- the finding is followed by the authorship formula of open-source projects, "and contributors", "and the ...
  authors".

A proprietary header ("Copyright (c) 2024 Tallis Robotics Inc. All rights reserved.") names no licence and stays: the
corpora annotate the deploying organisation there. A licence's own name found as an organisation ("MIT License" alone
on a line) is a licence, not an organisation. A value found in such a role anywhere in a request goes in every text
of it (`public_authors_in_conversation`), as a documentation role does (documentation_roles.py).
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

_AUTHOR_KINDS = frozenset({"PERSON", "ORGANIZATION"})
# How far from the copyright line the notice's licence may be named (characters before its line, after its line).
_BEFORE, _AFTER = 200, 400
_NOTICE = re.compile(r"copyright\b|copyrighttext\b|©|\(c\)", re.IGNORECASE)
_LICENCE_FAMILIES = (r"MIT|BSD|ISC|Apache|Mozilla\s+Public|GNU(?:\s+(?:Lesser|Affero|Library))?(?:\s+General\s+Public)?|"
                     r"L?GPL|AGPL|MPL|Eclipse\s+Public|Artistic|zlib|Boost\s+Software|Unlicense|CC0|Creative\s+Commons")
_OPEN_LICENCE = re.compile(rf"\b(?:{_LICENCE_FAMILIES})(?:[ \t-]+[\w.]+){{0,2}}?[ \t-]+licen[cs]e\b|SPDX-License-Identifier|"
                           r"Permission is hereby granted|\b(?:Apache|MIT|BSD|GPL|MPL)-\d|licen[cs]ed under the "
                           rf"(?:{_LICENCE_FAMILIES})\b", re.IGNORECASE)
_LICENCE_NAME = re.compile(rf"(?:the\s+)?(?:{_LICENCE_FAMILIES})(?:[ \t-]+[\w.]+){{0,2}}?[ \t-]+licen[cs]e(?:[\s,]+v?(?:ersion\s+)?"
                           r"\d(?:\.\d)*)?", re.IGNORECASE)
# Not "and its affiliates": contracts and privacy notices name the deploying organisation so ("Brightwater Freight
# GmbH and its affiliates"), and the corpora annotate it; a licence notice's affiliates are read by the notice rule.
_FORMULA = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|&)[ \t]+(?:the[ \t]+|other[ \t]+|its[ \t]+|all[ \t]+)?"
                      r"(?:[\w.-]+[ \t]+)?(?:contributors|authors)\b", re.IGNORECASE)


def names_a_licence(value: str, kind: str) -> bool:
    """Whether an organisation finding is the name of an open-source licence ("MIT License", "Apache License 2.0")."""
    return kind == "ORGANIZATION" and _LICENCE_NAME.fullmatch(value.strip()) is not None


def is_public_author(text: str, start: int, end: int, kind: str) -> bool:
    """Whether `text[start:end]` is named as the author of open-source software (module docstring)."""
    if kind not in _AUTHOR_KINDS:
        return False
    if _FORMULA.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _NOTICE.search(text, line_start, start) is None:
        return False
    # The licence of the same notice: a few lines around the copyright line, not a licence named elsewhere in a long
    # text (a private header beside a vendored file's notice).
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _OPEN_LICENCE.search(text, max(0, line_start - _BEFORE), min(len(text), line_end + _AFTER)) is not None


def public_authors_in_conversation(texts: Sequence[str], results: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """`results` less every person or organisation that some text names as an open-source author or a licence."""
    authors = {text[span.start:span.end] for text, spans in zip(texts, results) for span in spans
               if span.kind in _AUTHOR_KINDS and (is_public_author(text, span.start, span.end, span.kind)
                                                  or names_a_licence(text[span.start:span.end], span.kind))}
    if not authors:
        return [list(spans) for spans in results]
    return [[span for span in spans if not (span.kind in _AUTHOR_KINDS and text[span.start:span.end] in authors)]
            for text, spans in zip(texts, results)]
