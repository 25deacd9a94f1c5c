"""A segment of a delimited interchange record is a record, not a word someone picked as a password (round 36,
precision36).

EDI messages (ANSI X12: `INS*Y*18*021*28*A***FT~`, `DMG*D8*19790401*M~`; UN/EDIFACT: `BGM+929+9763091514+9'`,
`UNT+11+1'`) are written as segments: a tag of two or three capitals and digits, then elements divided by one
separator character. X12's `*` and `^` and EDIFACT's `+` are symbols people also put in passwords, so a segment has
the shape `_password_shaped_spans` looks for (letters, a digit, a symbol, no space) and the whole segment was taken
for a password: on blind35 (data work sent to an LLM) one in five over-redacted tokens of its personal-data file.

What tells a segment from a password is structure, not vocabulary: the word opens with a tag and its separator, the
separator divides it into at least three parts, it holds no small letter (interchange formats write codes, names and
numbers in capitals; a picked password mixes cases), and either
- it opens its line (or follows a segment terminator, `~` or `'`) and the text holds another segment opening a line
  with the same separator: a message of segments, whatever its tags; or
- it is a single segment quoted in prose and closed by its terminator (`NM1*IL*1*LASTNAME*FIRSTNAME*M~`), with at
  least four parts.
The elements keep their own finders (names in `people_in_records`, references in `pii_fields`, dates of birth), and
the password finder narrows its finding to the elements that can be a reference, not drops it: an element of four
characters or more (`BGM+36+RRD88120+9'`: a booking's document number no other finder reads), so the
tag, the qualifiers and the short codes go back on the wire and no reference leaves.
"""
from __future__ import annotations

import re

# A segment's tag and the separator after it (X12 `*` `^` `|`, EDIFACT `+`).
_TAG = re.compile(r"[A-Z][A-Z0-9]{1,2}(?P<sep>[*+^|])")
_TERMINATORS = "~'"
# At least three parts: the tag and two elements.
_LEAST_PARTS = 3
# A segment alone in prose is believed with one element more.
_LEAST_PARTS_ALONE = 4
# Where a segment opens, per separator: a line's start (after blanks) or right after a terminator.
_SEGMENT_OPENINGS = {separator: re.compile(r"(?:^[ \t]*|(?<=[~']))(?P<tag>[A-Z][A-Z0-9]{1,2})" + re.escape(separator),
                                           re.MULTILINE) for separator in "*+^|"}


def is_record_segment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a segment of a delimited interchange record (see the module docstring)."""
    value = text[start:end]
    tag = _TAG.match(value)
    if tag is None or any(char.islower() for char in value):
        return False
    separator = tag.group("sep")
    parts = value.rstrip(_TERMINATORS).count(separator) + 1
    if parts < _LEAST_PARTS:
        return False
    if _opens_a_segment(text, start) and _another_segment(text, start, separator):
        return True
    terminated = value.endswith(tuple(_TERMINATORS)) or text[end:end + 1] in tuple(_TERMINATORS)
    return terminated and parts >= _LEAST_PARTS_ALONE


# What divides a segment's elements and their components (X12 `HC:99213`, EDIFACT `CUSDEC:D:96B:UN`).
_COMPONENT_SEPARATORS = ":>"
# Four characters or more: a reference, a postcode, or a place or name element (`N4*SPRINGFIELD*IL*62701~`: the
# town has no digit and no other finder reads it there; requiring a digit let two held-out addresses leak in part).
_LEAST_REFERENCE = 4


def reference_elements(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of the elements (components) of the segment text[start:end] that can be a reference or a
    place: four characters or more (tags, qualifiers and short codes go back on the wire)."""
    tag = _TAG.match(text, start, end)
    separator = tag.group("sep") if tag else "*"
    found, position = [], start
    for piece in re.split("[" + re.escape(separator + _COMPONENT_SEPARATORS + _TERMINATORS) + "]", text[start:end]):
        if len(piece) >= _LEAST_REFERENCE:
            found.append((position, position + len(piece)))
        position += len(piece) + 1
    return found


def _opens_a_segment(text: str, start: int) -> bool:
    """Only blanks before `start` on its line, or a segment terminator right before it."""
    if start and text[start - 1] in _TERMINATORS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _another_segment(text: str, start: int, separator: str) -> bool:
    """Another segment with the same separator opens a line (or follows a terminator) elsewhere in the text."""
    return any(match.start("tag") != start for match in _SEGMENT_OPENINGS[separator].finditer(text))
