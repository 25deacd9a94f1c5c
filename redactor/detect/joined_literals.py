"""String literals joined into one value: `"SG." + "xx" + "." + "yy"`, `'a' . 'b'`, `"a" "b"`.

A secret split into pieces to dodge a scanner is still one secret: no piece matches the vendor's format, the joined
value does. This module finds runs of two or more quoted literals on one line joined by a concatenation operator
(`+` in JS, Java, C#, Python; `.` in PHP; `..` in Lua; `||` in SQL; `&` in VB) or written side by side (Python's and
C's implicit concatenation), and what they join to. `decoded_views` scans the joined text; `secrets` reads the
pieces after a secret's name (`next_joined_literal`: the one way both find the piece after a piece). Pieces are
literals of one line with no quote of another kind inside; an argument list (`f("a", "b")`) is no join.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Between two joined literals: an operator, or only spaces (implicit concatenation).
_JOIN_OPERATOR = r"(?:\+|\.\.?|\|\||&)"
_LITERAL_FORM = r"""(?P<quote>["'`])(?P<body>(?:[^"'`\\\n]|\\.){0,512})(?P=quote)"""
_LITERAL = re.compile(_LITERAL_FORM)
# The gap after a literal (no quote in it, so the next literal starts where it ends), and that literal.
_NEXT_LITERAL = re.compile(rf"[ \t]*(?P<operator>{_JOIN_OPERATOR})?[ \t]*{_LITERAL_FORM}")
# Cheap test before the line scan: a closing quote, maybe an operator, an opening quote.
_JOIN_HINT = re.compile(rf"""["'`][ \t]*{_JOIN_OPERATOR}?[ \t]*["'`]""")
_SHORTEST_JOINED = 12


@dataclass(frozen=True, slots=True)
class JoinedRun:
    """Literals joined into `joined`, from the first piece's opening quote at `start` to the last one's closing
    quote (exclusive `end`)."""

    start: int
    end: int
    joined: str


def next_joined_literal(text: str, end: int) -> re.Match[str] | None:
    """The literal joined to the one whose closing quote ends at `end` (its `body`; `operator` is None for literals
    written side by side), or None."""
    return _NEXT_LITERAL.match(text, end)


def joined_literal_runs(text: str) -> list[JoinedRun]:
    """Every run of two or more joined literals in `text` whose pieces make at least 12 characters."""
    if _JOIN_HINT.search(text) is None:
        return []
    runs: list[JoinedRun] = []
    position = 0
    while (first := _LITERAL.search(text, position)) is not None:
        bodies, end = [first.group("body")], first.end()
        while (piece := next_joined_literal(text, end)) is not None:
            bodies.append(piece.group("body"))
            end = piece.end()
        if len(bodies) > 1:
            joined = "".join(bodies)
            if len(joined) >= _SHORTEST_JOINED:
                runs.append(JoinedRun(first.start(), end, joined))
        position = end
    return runs
