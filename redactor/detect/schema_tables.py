"""A table that describes fields holds field names, not values: names found in its rows name no one (precision35).

Data work pastes record layouts to an LLM: a COBOL copybook ("FIELD  START  LEN  TYPE" over "CUST-NAME  11  30
X(30)"), an HL7 segment definition ("Seq  Name  DT  Opt" over "5  Patient Name  XPN  R"), a database schema ("column
| type | nullable"). The model reads "Patient Address", "CUST-NAME" or "Phone Number - Home" as people and
organisations. What makes these rows public is the table's header: every header cell is a word that describes a
field (its name, type, length, offset, optionality), so each row below is a field's description, never a record.

A header qualifies when it has three cells or more (cells split by two blanks or more, a tab, `|`, `,` or `;`), every
cell is a schema word (`_SCHEMA_WORDS`) and one at least says a storage type, a size or optionality (`_TYPE_WORDS`). A header with any
other cell ("example", "sample", "value", "description", "comment") does not: such a column may hold a sample
record's values. The rows are the lines below it up to a blank line. In them the name kinds of the model and the
doubtful organisation rules (PERSON, ORGANIZATION, LOCATION, NRP) are dropped; every other kind stays.

Cost: one regex scan for a type word in the text; lines are split only when one is present.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
# Cells only a field's description has: its storage type, size or optionality ("type" alone also heads records:
# "name | type | start" over people and their contracts).
_TYPE_WORDS = frozenset("dt datatype data_type len length size offset pic picture nullable width bytes".split()) | {
    "data type"}
_SCHEMA_WORDS = _TYPE_WORDS | frozenset(
    "type format field fields name column col seq no # pos position start end from to opt optional req required "
    "null key pk "
    "default index id item element segment usage rpt repeat max min card cardinality".split()) | {
    "field name", "column name", "start pos", "end pos"}
_TYPE_WORD = re.compile(r"(?i)(?<![\w-])(?:dt|datatype|data[ _]type|len|length|size|offset|pic|picture|nullable"
                        r"|width|bytes)(?![\w-])")
_CELL_SPLIT = re.compile(r"[ \t]{2,}|\t|[|,;]")
_MAX_ROWS = 200


def _is_schema_header(line: str) -> bool:
    cells = [cell.strip(" \t*`:_-").casefold() for cell in _CELL_SPLIT.split(line)]
    cells = [cell for cell in cells if cell]
    return (len(cells) >= 3 and all(cell in _SCHEMA_WORDS for cell in cells)
            and any(cell in _TYPE_WORDS for cell in cells))


def schema_rows(text: str) -> list[tuple[int, int]]:
    """[start, end) of the rows under each schema header of `text` (module doc)."""
    if not _TYPE_WORD.search(text):
        return []
    regions: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset = 0
    index = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    while index < len(lines):
        if _TYPE_WORD.search(lines[index]) and _is_schema_header(lines[index]):
            first = index + 1
            last = first
            while last < len(lines) and lines[last].strip() and last - first < _MAX_ROWS:
                last += 1
            if last > first:
                regions.append((starts[first], starts[last - 1] + len(lines[last - 1])))
            index = last
        else:
            index += 1
    return regions


def without_names_in_schema_rows(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the name findings inside the rows of a table that describes fields (module doc)."""
    if not any(span.kind in _KINDS for span in spans):
        return list(spans)
    regions = schema_rows(text)
    if not regions:
        return list(spans)
    return [span for span in spans
            if not (span.kind in _KINDS and any(start <= span.start and span.end <= end for start, end in regions))]
