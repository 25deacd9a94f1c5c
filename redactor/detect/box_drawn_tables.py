"""Tables drawn with box-drawing characters, read as the ASCII tables every column reader knows.

DuckDB's CLI, Polars' `DataFrame` print, `rich`/`tabulate(tablefmt="fancy_grid")`, the Snowflake and
ClickHouse clients and many notebook renderers draw a result set with the Unicode box-drawing block
(U+2500–U+257F): `│` between cells, `┌─┬─┐`, `├─┼─┤`, `╞═╪═╡`, `└─┴─┘` as rules. Every reader of a
table's columns (table_columns.py: header labels, column_kinds.py: found cells, pii_fields.py,
people_table_columns.py ...) knows the ASCII forms only: `|` between cells, `+---+` and `---|---` rules,
as psql, MySQL and Markdown print them. So a box-drawn table was no table at all, and a zip column
under a `zip5` header or an unlabelled column of names beside found ones was read as loose text.

`as_ascii_tables` writes each box-drawing character as its ASCII counterpart (vertical lines as `|`,
horizontal ones as `-`, corners and junctions as `+`). Every character maps to one character, so every
offset in the view is the offset in the original text: a span found in the view is the same span of the
text, and nothing else in the text changes (a cell's value holds no box-drawing character).

Cost: one C-speed search per text; the translation only where a box-drawing character is.
"""
from __future__ import annotations

import re

_BOX_DRAWING = re.compile("[\u2500-\u257f]")
_VERTICAL = "│┃║┆┇┊┋╎╏╽╿"
_HORIZONTAL = "─━═┄┅┈┉╌╍╼╾╴╶╸╺"
_ASCII = {code: ("|" if chr(code) in _VERTICAL else "-" if chr(code) in _HORIZONTAL else "+")
          for code in range(0x2500, 0x2580)}


def as_ascii_tables(text: str) -> str:
    """`text` with every box-drawing character written as `|`, `-` or `+` (same length, same offsets)."""
    if _BOX_DRAWING.search(text) is None:
        return text
    return text.translate(_ASCII)
