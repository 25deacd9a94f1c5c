"""String literals joined into one value: `"SG." + "xx" + "." + "yy"`, `'a' . 'b'`, `"a" "b"`.

A secret split into pieces to dodge a scanner is still one secret: no piece matches the vendor's format, the joined
value does. This module finds runs of two or more quoted literals on one line joined by a concatenation operator
(`+` in JS, Java, C#, Python; `.` in PHP; `..` in Lua; `||` in SQL; `&` in VB) or written side by side (Python's and
C's implicit concatenation), and what they join to. `decoded_views` scans the joined text; `secrets` reads the
pieces after a secret's name. Pieces are literals of one line with no quote of another kind inside; an argument list
(`f("a", "b")`) is no join.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Between two joined literals: an operator, or only spaces (implicit concatenation).
JOIN_OPERATOR = r"(?:\+|\.\.?|\|\||&)"
_LITERAL = re.compile(r"""(?P<quote>["'`])(?P<body>(?:[^"'`\\\n]|\\.){0,512})(?P=quote)""")
_GAP = re.compile(rf"[ \t]*{JOIN_OPERATOR}?[ \t]*\Z")
# Cheap test before the line scan: a closing quote, maybe an operator, an opening quote.
_JOIN_HINT = re.compile(rf"""["'`][ \t]*{JOIN_OPERATOR}?[ \t]*["'`]""")
_SHORTEST_JOINED = 12


@dataclass(frozen=True, slots=True)
class JoinedRun:
    """Literals joined into `joined`, from the first piece's opening quote at `start` to the last one's closing
    quote (exclusive `end`)."""

    start: int
    end: int
    joined: str


def joined_literal_runs(text: str) -> list[JoinedRun]:
    """Every run of two or more joined literals in `text` whose pieces make at least 12 characters."""
    if _JOIN_HINT.search(text) is None:
        return []
    runs: list[JoinedRun] = []
    pieces: list[re.Match[str]] = []

    def close_run() -> None:
        if len(pieces) > 1:
            joined = "".join(piece.group("body") for piece in pieces)
            if len(joined) >= _SHORTEST_JOINED:
                runs.append(JoinedRun(pieces[0].start(), pieces[-1].end(), joined))
        pieces.clear()

    for literal in _LITERAL.finditer(text):
        if pieces and not _GAP.match(text[pieces[-1].end():literal.start()]):
            close_run()
        pieces.append(literal)
    close_run()
    return runs
