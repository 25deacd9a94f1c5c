"""A person named in a test's name: `def test_merge_caleb_varga(db):`, `test_refund_for_owen_saunders`.

Tests reproduce one customer's case, and the developer names the test after them: the last two words of a
`test_` identifier are a first name and a surname joined by `_`. Code identifiers are lower case and no model
reads them as people, and the test's body often writes the person in another script or not at all, so nothing
else finds the pair. Read: the identifier opens with `test_` (pytest, unittest, Go's `Test_`, a Rust `#[test]
fn test_`), its last word is no ordinary word of the language (a surname: `varga`, `saunders`, `reddy`), and the
word before it is a listed first name that is no ordinary word either (`caleb`, `tessa`, `zeynep`; not `mark_read`,
`will_fail`, `grace_period`), or is one and the last word is a listed surname. Both words are the PERSON (0.7).
Names no list holds (`venkat_chowdary`) stay: two rare words at a test's end are as often a product's terms.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.term_lists import first_names, surnames, world_first_names

_SCORE = 0.7
# A test's identifier whose last two words are letters only: `test_merge_caleb_varga`, `Test_refund_for_owen_saunders`.
_TEST_NAME = re.compile(r"(?<![\w.])[Tt]est_(?:[A-Za-z0-9]+_)*?(?P<first>[A-Za-z]{2,})_(?P<last>[A-Za-z]{3,})(?!\w)")


def people_in_test_names(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of `first_last` at the end of test identifiers in `text` (module doc)."""
    if "est_" not in text:
        return
    for match in _TEST_NAME.finditer(text):
        first, last = match.group("first").casefold(), match.group("last").casefold()
        if is_ordinary_word(last) or first in ("test", "tests"):
            continue
        listed_first = first in first_names() or first in world_first_names()
        if listed_first and (not is_ordinary_word(first) or last in surnames()):
            yield Span(match.start("first"), match.end("last"), "PERSON", "pii", _SCORE, detector)
