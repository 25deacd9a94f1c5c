"""A column of a pasted table holds one kind of value: what was found in some of its cells marks the rest.

CSV exports, TSV, Markdown tables and `psql` output put one kind of value under each header:
when the detectors found a phone, a login or a person in some cells of a column, the other cells of
that column that are shaped like them hold the same kind of value, whether or not a detector
recognised them (an unusual name, a login without a digit, a number in a layout no pattern knows).
Header labels are not needed (table_columns.py reads those); the evidence is the findings.

The rule, per column of a table (three or more rows with the same separator and cell count):
- a cell "is" a kind when one finding of that kind covers most of it;
- the other non-empty cells get that kind when they are shaped like the cells that are it: the same
  character-class pattern (letters, digits, punctuation; lengths within a third) for identifiers,
  numbers, logins and dates; one to five words of letters for a person, with two cells of the column
  found as people (one person alone in a column of words is not evidence enough); one to eight capitalised
  words for an organisation, with two cells of the column found as organisations (customers, vendors,
  employers, schools: a column of company names holds coined words no lexicon knows);
- a cell only partly covered by a finding of the column's kind is taken whole ("Dr Ana Silva" where
  "Ana" was found).
Only personal data and organisations spread: secrets and infrastructure have their own shapes everywhere. The spans
are doubtful (0.55): on the wire doubt means redact; `redactor audit` (0.6) does not report them.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.place_names import is_place_name
from redactor.detect.street_words import has_street_word

_SCORE = DOUBTFUL_SCORE
_DETECTOR = "columns"
_MIN_ROWS = 3  # header included: a header and two rows, or three rows without a header
_MAX_CELL = 120
# Kinds that spread with free text rather than a fixed shape.
# (Addresses are found as STREET_ADDRESS: until round 13 this said "ADDRESS", a kind no detector reports, so a street
# column spread only to cells of the same character pattern.)
_WORDY_KINDS = frozenset({"PERSON", "STREET_ADDRESS", "ORGANIZATION"})
# Categories that spread: personal data, and the organisations a column of customers, vendors or employers holds.
_SPREADING_CATEGORIES = frozenset({"pii", "org"})
# Cells that say "no value".
_EMPTY_MARKERS = frozenset({"", "-", "--", "—", "n/a", "na", "none", "null", "nil", "unknown", "tbd", "?",
                            "unassigned", "(null)", "<null>", "empty", "redacted", "x"})
_SEPARATORS = ("\t", "|", ",", ";")
_RULE_LINE = re.compile(r"[ \t]*[-+=|:]{3,}[-+=|: \t]*\r?")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")


def spans_in_same_columns(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for the cells of table columns whose other cells hold found personal data."""
    if text.count("\n") < _MIN_ROWS - 1 or not any(span.category in _SPREADING_CATEGORIES for span in spans):
        return []
    added: list[Span] = []
    ordered = sorted((s for s in spans if s.category in _SPREADING_CATEGORIES), key=lambda s: s.start)
    for rows in _tables(text):
        columns = max(len(row) for row in rows)
        for column in range(columns):
            cells = [row[column] for row in rows if column < len(row)]
            added.extend(_spread_in_column(text, cells, ordered))
    return added


def _spread_in_column(text: str, cells: list[tuple[int, int]], spans: Sequence[Span]) -> list[Span]:
    kinds: Counter[str] = Counter()
    found: dict[int, Span | None] = {}  # cell index -> the finding covering most of it
    partial: dict[int, list[Span]] = {}
    for index, (start, end) in enumerate(cells):
        inside = [s for s in spans if s.start < end and start < s.end]
        if not inside:
            continue
        best = max(inside, key=lambda s: min(s.end, end) - max(s.start, start))
        covered = min(best.end, end) - max(best.start, start)
        if covered * 10 >= (end - start) * 6:
            found[index] = best
            kinds[best.kind] += 1
        else:
            partial[index] = inside
    if not kinds:
        return []
    kind, count = kinds.most_common(1)[0]
    examples = [text[cells[i][0]:cells[i][1]] for i, span in found.items() if span is not None and span.kind == kind]
    category = next(span.category for span in found.values() if span is not None and span.kind == kind)
    wordy = kind in _WORDY_KINDS
    if wordy and count < 2:
        return []
    signatures = {_signature(value) for value in examples}
    lengths = [len(value) for value in examples]
    low, high = min(lengths) * 2 // 3, max(lengths) * 4 // 3 + 1
    added: list[Span] = []
    for index, (start, end) in enumerate(cells):
        value = text[start:end]
        if index in found:
            continue
        if index in partial:
            if wordy and any(s.kind == kind for s in partial[index]) and _wordy_value(value) and (
                    kind != "STREET_ADDRESS" or _address_value(value)) and (
                    kind != "ORGANIZATION" or _organisation_value(value)):
                added.append(Span(start, end, kind, category, _SCORE, _DETECTOR))
            continue
        if wordy:
            if _wordy_value(value) and (kind != "PERSON" or _name_value(value)) and (
                    kind != "STREET_ADDRESS" or _address_value(value)) and (
                    kind != "ORGANIZATION" or _organisation_value(value)):
                added.append(Span(start, end, kind, category, _SCORE, _DETECTOR))
        elif low <= len(value) <= high and _signature(value) in signatures:
            added.append(Span(start, end, kind, category, _SCORE, _DETECTOR))
    return added


def _signature(value: str) -> str:
    """The character classes of a value with runs collapsed: `EMP-20451` and `CLM-88213` are both `A-9`."""
    classes = []
    for character in value:
        cls = ("9" if character.isdigit() else "a" if character.isalpha()
               else " " if character.isspace() else character)
        if not classes or classes[-1] != cls:
            classes.append(cls)
    return "".join(classes)


def _wordy_value(value: str) -> bool:
    return (any(character.isalpha() for character in value) and value.casefold() not in _EMPTY_MARKERS
            and "@" not in value and "://" not in value)


def _address_value(value: str) -> bool:
    """At most ten words with a street word, or a number beside a capitalised word, or a known place: a street or a
    city may be it (a sentence, a status word or a code is not)."""
    words = value.split()
    if not 1 <= len(words) <= 10 or sum(word[:1].islower() for word in words) >= 4:
        return False  # a sentence: "reset the password for production, then rotate the keys"
    if has_street_word(value) or is_place_name(value):
        return True
    return any(ch.isdigit() for ch in value) and any(word[:1].isupper() for word in words)


def _organisation_value(value: str) -> bool:
    """One to eight words starting with a capital or a digit, at most two of them lower-case (particles, "i",
    "und", "& co"): a company's name may be it ("Qorvana", "Korneliusz i Syn", "3M Deutschland"); a sentence, a
    status word ("active", "pending") or a code ("EMEA-2") is not."""
    words = value.split()
    if not 1 <= len(words) <= 8 or not (value[:1].isupper() or value[:1].isdigit()):
        return False
    if sum(word[:1].islower() for word in words) > 2 or value.isupper() and len(value) <= 5:
        return False
    return sum(ch.isalpha() for ch in value) >= 3 and sum(ch.isdigit() for ch in value) <= 2


def _name_value(value: str) -> bool:
    """One to five words of letters (initials and particles allowed), no digits: a person's name may be it."""
    words = value.split()
    return 1 <= len(words) <= 5 and not any(ch.isdigit() for ch in value) and all(
        _NAME_WORD.fullmatch(word.strip(",")) for word in words)


def _tables(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Each table of the text as rows of cells ([start, end) of the trimmed cell value); the header row is left out."""
    run: list[tuple[int, str]] = []  # (line start, line) of consecutive rows
    run_key: tuple[str, int] | None = None
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if _RULE_LINE.fullmatch(line) and run:
            run.append((line_start, ""))  # a rule under a header: kept as a marker
            continue
        separator = next((sep for sep in _SEPARATORS if sep in line), None)
        cells = _cells(line, separator) if separator else []
        key = (separator, len(cells)) if len(cells) >= 2 else None
        if key is not None and key == run_key:
            run.append((line_start, line))
            continue
        if run_key is not None:
            yield from _rows_of(run, run_key[0])
        run, run_key = ([(line_start, line)], key) if key is not None else ([], None)
    if run_key is not None:
        yield from _rows_of(run, run_key[0])


def _rows_of(run: list[tuple[int, str]], separator: str) -> Iterator[list[list[tuple[int, int]]]]:
    if sum(1 for _, line in run if line) < _MIN_ROWS:
        return
    rows: list[list[tuple[int, int]]] = []
    header_done = False
    for number, (start, line) in enumerate(run):
        if not line:
            header_done = True  # a rule line: everything above it was the header
            rows.clear()
            continue
        if number == 0 and not header_done and _looks_like_header(line):
            continue
        rows.append([(start + a, start + b) for a, b in _cells(line, separator)])
    if len(rows) >= 2:
        yield rows


def _looks_like_header(line: str) -> bool:
    """A first row of words only (no digit, no @ in any cell) is the table's header."""
    return not any(character.isdigit() or character == "@" for character in line)


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """[start, end) in the line of each cell's value, trimmed of blanks and quotes (CSV quoting honoured)."""
    bounds: list[tuple[int, int]] = []
    quoted = separator in (",", ";", "\t")
    cell_start = 0
    in_quotes = False
    for index, character in enumerate(line):
        if quoted and character == '"':
            in_quotes = not in_quotes
        elif character == separator and not in_quotes:
            bounds.append((cell_start, index))
            cell_start = index + 1
    bounds.append((cell_start, len(line)))
    if separator == "|":  # "| a | b |": the edges outside the outer pipes are no cells
        if bounds and not line[bounds[0][0]:bounds[0][1]].strip():
            bounds = bounds[1:]
        if bounds and not line[bounds[-1][0]:bounds[-1][1]].strip():
            bounds = bounds[:-1]
    trimmed = []
    for a, b in bounds:
        while a < b and line[a] in " \t\"'`\r":
            a += 1
        while b > a and line[b - 1] in " \t\"'`\r":
            b -= 1
        trimmed.append((a, b) if b - a <= _MAX_CELL else (a, a))
    return trimmed if len(trimmed) >= 2 else []
