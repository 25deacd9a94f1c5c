"""The letter-spaced view: text written one character at a time, with a space between the characters, joined.

Forms and labels printed with letter-spacing reach the proxy through OCR as "I D  N O . 2 9 4 4 7 1 0 3", people type
a code with spaces to make it readable ("PNR 4 T K 9 X 2"), and a scanned schedule spaces one word out
("Policyholder ........ Marguerite  D e s r o c h e r s"). Every id, phone and date pattern looks for characters side
by side and every label finder for whole words, so such a line would go out whole.

On a line holding a letter-spaced run (four or more single characters, each one space from the next, three of them
letters or digits), the view writes each sequence of single characters without its spaces and every wider gap as one
space (in letter-spaced text the gap between words is two spaces or more): "ID NO. 29447103", "PNR 4TK9X2",
"Marguerite Desrochers"; a `.` or `:` after letters and before a digit ends the label ("N O . 2 9"). Only such
lines are in the view, a blank line between two; each view character maps back to its own character, so a
finding covers its value from the first character to the last, spaces included. The detectors run on the view
(decoded_views.py) and only findings that touch a joined sequence are kept: the rest is the plain pass's.

A single character that is a table rule or an operator (`|`, `=`, `+`, `*`, `<`, `>`) is never joined: a row of
one-character cells or an expression is not a spaced-out word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A run of four single characters one space apart, at a word edge; the characters a spaced-out word or value is made of
# (not a table rule or an operator). Searched once per text: most texts have none, and then there is no view.
_JOINABLE = r"[\w.\-/:'#,()]"
_SPACED_RUN = re.compile(f"(?<![^ \\n]){_JOINABLE} {_JOINABLE} {_JOINABLE} {_JOINABLE}(?![^ \\n\\r])")
# The cheap first pass (a literal space first: the regex engine skips from space to space): three single characters
# after spaces, which every run of four holds; only the lines where it matches are read with _SPACED_RUN.
_SPACED_RUN_HINT = re.compile(r" \S \S \S")
_TOKEN = re.compile(r"\S+")
# A single character, or one with the punctuation that ends a phrase after it ("… L M, can you"): joined too.
_SINGLE_CHARACTER = re.compile(f"{_JOINABLE}[,;:!?)]?")


@dataclass(frozen=True, slots=True)
class LetterSpacedView:
    """The joined lines, per view character its original [start, end), and the original ranges of joined sequences."""

    text: str
    starts: list[int]
    ends: list[int]
    joined: list[tuple[int, int]]

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def letter_spaced_view(text: str) -> LetterSpacedView | None:
    """The view of the lines of `text` holding a letter-spaced run, or None when there is none."""
    lines: list[tuple[int, int]] = []
    position = 0
    while (hint := _SPACED_RUN_HINT.search(text, position)) is not None:
        line_start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.end())
        line_end = len(text) if line_end == -1 else line_end
        position = line_end
        if any(sum(char.isalnum() for char in match.group()[::2]) >= 3
               for match in _SPACED_RUN.finditer(text, line_start, line_end)):
            lines.append((line_start, line_end))
    if not lines:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    joined: list[tuple[int, int]] = []
    for line_start, line_end in lines:
        if pieces:
            # a blank line between two spaced lines: each is a form's field line, and a finder that reads over line
            # breaks (an address) would take the field above as part of the one below
            pieces.append("\n\n")
            starts.extend((line_start, line_start))
            ends.extend((line_start, line_start))
        _write_line(text, line_start, line_end, pieces, starts, ends, joined)
    return LetterSpacedView("".join(pieces), starts, ends, joined)


def _write_line(text: str, line_start: int, line_end: int, pieces: list[str], starts: list[int], ends: list[int],
                joined: list[tuple[int, int]]) -> None:
    tokens = [(match.start(), match.end()) for match in _TOKEN.finditer(text, line_start, line_end)]
    single = [end - start <= 2 and _SINGLE_CHARACTER.fullmatch(text, start, end) is not None for start, end in tokens]
    sequence_start = None
    for index, (start, end) in enumerate(tokens):
        if index:
            previous_end = tokens[index - 1][1]
            one_space = start - previous_end == 1 and text[previous_end] == " "
            if not (one_space and single[index] and single[index - 1]) or _ends_a_label(text, tokens, index):
                # a gap between words: one space in the view, mapped to the gap's first character
                pieces.append(" ")
                starts.append(previous_end)
                ends.append(previous_end + 1)
                if sequence_start is not None and previous_end - sequence_start > 1:
                    joined.append((sequence_start, previous_end))
                sequence_start = None
        if single[index] and sequence_start is None:
            sequence_start = start
        pieces.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
    if sequence_start is not None and tokens and tokens[-1][1] - sequence_start > 1:
        joined.append((sequence_start, tokens[-1][1]))


def _ends_a_label(text: str, tokens: list[tuple[int, int]], index: int) -> bool:
    """Whether the single `.` or `:` before token `index` ends a label of letters and a value's digits begin
    ("N O . 2 9 4 4": "NO. 2944"), rather than sitting inside a value ("1 4 . 0 8", "P . O .")."""
    if index < 2 or text[tokens[index - 1][0]] not in ".:":
        return False
    return text[tokens[index - 2][0]].isalpha() and text[tokens[index][0]].isdigit()
