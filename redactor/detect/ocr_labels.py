"""Form labels as OCR and copied screens write them: damaged, glued to their value, or on the line above it.

Scanned forms, payslips, ID cards and text copied out of CRM/HR/EHR screens reach the proxy with their labels
damaged ("Narne", "D0B", "Date 0f Birth", "Te1", "Geburts- datum"), glued to their value ("DOB12/03/1980"), cut
off by stray characters (`|`, `_`, `~`, `»`), with values damaged too (`l2/O3/198O`: O for 0, l/I for 1, S for 5),
or as a header line of labels over a line of values ("Name Date of birth Policy no.\\nJohn Smith 12.03.1980
PL-77291"). Every label finder looks for exact labels next to their values, so rather than teaching each one,
this module writes a repaired view of such lines, and the detectors run on it like on a decoded view
(decoded_views.py):

- a label matcher tolerant to OCR confusion, built once from the form labels below and the address labels
  (address_labels.py): each letter also matches the characters OCR reads it as (o/0, i/l/1/|, l/I/1, s/5,
  m/rn, w/vv, b/6), a word break may be missing, doubled or a hyphen at a line's end ("Geburts- datum");
- a line where such a label is damaged, glued to its value, cut off by stray characters or followed by a value
  with OCR digit confusion is written as `Label: value`, the label spelled right and, for labels of numbers
  (dates, ids, phones), the value's letters read as the digits they stand for inside runs of digits;
- a line made only of labels (two or more) followed by a line of values is written as one `Label: value` line
  per column: the cells are cut where the header's columns are (two spaces, a tab or `|`), else by the shape
  each label asks for (a date, a token with a digit, words).

Each view character maps back to the original characters it came from, so a finding in the view is a span over
the original text; the label says what the value is, so the findings keep the score their finder gives.
Lines without a label cost one scan of the label matcher's first letters.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

from redactor.detect.address_labels import ADDRESS_LABELS
from redactor.detect.base import DetectionInput, Detector, Span

# Form labels by what their value is; "number" labels get OCR digit repair of their value.
_FORM_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("date of birth", "dob", "birth date", "birthdate", "born", "geburtsdatum", "fecha de nacimiento",
             "date de naissance", "data di nascita", "geboortedatum", "data de nascimento"),
    "name": ("name", "full name", "surname", "last name", "first name", "first names", "given name", "given names",
             "forename", "forenames", "patient name", "employee name", "customer name", "insured", "name of patient",
             "vorname", "nachname", "familienname", "prénom", "nom", "nombre", "apellidos", "apellido", "nome",
             "cognome", "voornaam", "achternaam"),
    "number": ("tel", "telephone", "phone", "phone no", "mobile", "mobile no", "fax", "telefon", "teléfono",
               "telefono", "handy", "patient id", "policy no", "policy number", "member no", "member id",
               "membership no", "employee id", "employee no", "account no", "account number", "customer no",
               "customer id", "passport no", "passport number", "claim no", "claim number", "mrn", "ssn",
               "social security no", "social security number", "national insurance no", "national insurance number",
               "ni number", "ni no", "nhs number", "nhs no", "tax id", "sozialversicherungsnummer",
               "versichertennummer", "personalnummer", "kundennummer", "id number", "id no"),
    "address": ("address", "home address", "postal address") + ADDRESS_LABELS,
}
# What OCR reads a letter as (lower case letters of the labels; case is ignored).
_CONFUSIONS = {"o": "o0q", "i": "il1|!", "l": "li1|", "s": "s5$", "b": "b6", "e": "ec", "g": "g9", "z": "z2",
               "a": "a@"}
_MULTI_CONFUSIONS = {"m": ("rn", "nn"), "w": ("vv",), "d": ("cl",)}
# Between the words of a label and inside a long word: no break, spaces, a hyphen at a line's end.
_WORD_BREAK = r"[ \t_.\-]*"
_INNER_BREAK = r"(?:-[ \t]*\n?[ \t]*)?"
# What stands between a label and its value: a colon or stray marks of a scan, or nothing (glued).
_SEPARATOR = re.compile(r"[ \t]*[:|_~»>=#.\-]*[ \t]*")
# A label starts a line or a cell (after a tab, `|` or two spaces); it ends before a separator, a space or a value.
_STRAY = " \t|_~»"
_CELL_BREAK = re.compile(r"\t|\||  ")
# Between the labels of a header line.
_HEADER_GAP = re.compile(r"[ \t]+[|_~»/]?[ \t]*")
# The first two characters of a word as OCR may have written a label's: folded so that a damaged label's
# (`D0B`, `Te1`, `Narne`) equal the label's; a cell whose first two do not start any label is not tried.
_FOLD_SOURCES = {"0": "o", "q": "o", "1": "l", "|": "l", "!": "l", "i": "l", "5": "s", "$": "s", "6": "b",
                 "c": "e", "9": "g", "2": "z", "@": "a"}
_FOLD = str.maketrans(_FOLD_SOURCES)
# Letters OCR puts for digits, read inside a run of digits.
_DIGIT_STAND_INS = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                                  "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"})
_NUMBERISH_TOKEN = re.compile(r"[0-9OoQDlIi|SsBZz]*[0-9][0-9OoQDlIi|SsBZz./\-]*|[OoQlI|Ss][0-9OoQDlI|SsBZz./\-]*[0-9][0-9OoQDlIi|SsBZz./\-]*")


def _letter_pattern(letter: str) -> str:
    choices = [re.escape(char) for char in _CONFUSIONS.get(letter, letter)]
    choices.extend(_MULTI_CONFUSIONS.get(letter, ()))
    return choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")"


def _tolerant_label(label: str) -> str:
    words = []
    for word in label.split():
        inner = _INNER_BREAK if len(word) >= 8 else ""
        words.append(inner.join(_letter_pattern(letter) for letter in word))
    return _WORD_BREAK.join(words)


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, re.Pattern], dict[str, tuple[str, str]]]:
    """Per folded first two characters, the tolerant matcher of the labels written so (one named group per label),
    and per group (canonical label, label kind)."""
    groups: dict[str, tuple[str, str]] = {}
    alternatives_by_start: dict[str, list[str]] = {}
    labels = sorted({(label.lower(), kind) for kind, labels in _FORM_LABELS.items() for label in labels},
                    key=lambda pair: -len(pair[0]))
    for number, (label, kind) in enumerate(labels):
        name = f"l{number}"
        groups[name] = (label, kind)
        for start in {_folded_start(written) for written in _written_starts(label)}:
            alternatives_by_start.setdefault(start, []).append(f"(?P<{name}>{_tolerant_label(label)})")
    matchers = {start: re.compile(rf"(?i)(?:{'|'.join(alternatives)})(?![^\W\d_])")
                for start, alternatives in alternatives_by_start.items()}
    return matchers, groups


def _written_starts(label: str) -> set[str]:
    """The first two characters a label may be written with (`m` as `rn`, `w` as `vv`, `d` as `cl`)."""
    starts = {label[:2]}
    for letter, readings in _MULTI_CONFUSIONS.items():
        if label.startswith(letter):
            starts.update((reading + label[1:])[:2] for reading in readings)
        if label[1:2] == letter:
            starts.update(label[0] + reading[0] for reading in readings)
    return starts


def _folded_start(word: str) -> str:
    return word[:2].lower().translate(_FOLD)


@dataclass(frozen=True, slots=True)
class _LabelHit:
    start: int
    end: int
    canonical: str
    kind: str

    def damaged(self, text: str) -> bool:
        written = re.sub(r"[ \t_.\-]+", " ", text[self.start:self.end].lower()).strip()
        return written != re.sub(r"[ \t_.\-]+", " ", self.canonical).strip()


class _ViewWriter:
    """A view text and, per character, the original [start, end) it stands for."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.copied: list[bool] = []  # whether the character is the text's own (not a label spelled right)

    def copy(self, text: str, start: int, end: int, repair_digits: bool = False) -> None:
        piece = text[start:end]
        if repair_digits:
            piece = _NUMBERISH_TOKEN.sub(lambda match: match.group(0).translate(_DIGIT_STAND_INS), piece)
        self.parts.append(piece)
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))
        self.copied.extend([True] * (end - start))

    def put(self, text: str, start: int, end: int) -> None:
        """`text` standing for original [start, end) (a label spelled right, an inserted separator)."""
        self.parts.append(text)
        self.starts.extend([start] * len(text))
        self.ends.extend([max(start, end)] * len(text))
        self.copied.extend([False] * len(text))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _spelled(hit: _LabelHit, written: str) -> str:
    canonical = hit.canonical
    return canonical.upper() if written.isupper() else canonical[:1].upper() + canonical[1:]


def _hits(text: str, start: int, end: int) -> list[_LabelHit]:
    matchers, groups = _labels()
    found: list[_LabelHit] = []
    position = start
    cell_starts = [start]
    if "\t" in text[start:end] or "|" in text[start:end] or "  " in text[start:end]:
        cell_starts.extend(cell_break.end() for cell_break in _CELL_BREAK.finditer(text, start, end))
    for cell_start in cell_starts:
        if cell_start < position:
            continue
        label_start = cell_start
        while label_start < end and text[label_start] in _STRAY:
            label_start += 1
        while True:
            matcher = matchers.get(_folded_start(text[label_start:label_start + 2]))
            match = matcher.match(text, label_start, end) if matcher is not None else None
            if match is None:
                break
            name = match.lastgroup
            canonical, kind = groups[name]
            found.append(_LabelHit(match.start(name), match.end(name), canonical, kind))
            position = match.end()
            # labels run on in a header line ("Name Date of birth Policy no.") with one space between them
            gap = _HEADER_GAP.match(text, position, end)
            if gap is None:
                break
            label_start = gap.end()
    return found


def _has_stand_in(value: str) -> bool:
    return any(token.translate(_DIGIT_STAND_INS) != token and sum(char.isdigit() for char in token) >= 2
               for token in _NUMBERISH_TOKEN.findall(value))


def _write_labelled_line(text: str, line_start: int, line_end: int, hits: list[_LabelHit], view: _ViewWriter) -> bool:
    """Write the line with each label spelled right and `: ` after it; False when nothing needed repair."""
    repaired = False
    position = line_start
    for index, hit in enumerate(hits):
        value_end = hits[index + 1].start if index + 1 < len(hits) else line_end
        separator = _SEPARATOR.match(text, hit.end, value_end)
        value_start = separator.end()
        written_separator = text[hit.end:value_start].strip()
        glued = hit.end == value_start and value_start < value_end and text[value_start].isalnum()
        value = text[value_start:value_end]
        digits_damaged = hit.kind in ("date", "number") and _has_stand_in(value)
        stray = written_separator not in ("", ":")
        if not (hit.damaged(text) or glued or digits_damaged or stray):
            continue
        repaired = True
        view.copy(text, position, hit.start)
        view.put(_spelled(hit, text[hit.start:hit.end]), hit.start, hit.end)
        view.put(": ", hit.end, value_start)
        view.copy(text, value_start, value_end, repair_digits=hit.kind in ("date", "number"))
        position = value_end
    if repaired:
        view.copy(text, position, line_end)
    return repaired


_DATE_CELL = re.compile(r"\d{1,4}[ \t]*[./\-][ \t]*\d{1,2}[ \t]*[./\-][ \t]*\d{2,4}|\d{1,2}[ \t]+\d{1,2}[ \t]+\d{4}"
                        r"|\d{1,2}[ \t]+[^\W\d_]{3,9}\.?[ \t]+\d{4}")
_DIGIT_CELL = re.compile(r"\+?[\w/.\-]*\d[\w/.\-]*(?:[ \t]\d[\w/.\-]*)*")
_WORDS_CELL = re.compile(r"[^\W\d_][^\W\d_'.\-]*(?:[ \t]+[^\W\d_][^\W\d_'.\-]*)*")
_COLUMN_GAP = re.compile(r"\t|[ \t]*\|[ \t]*| {2,}")


def _header_cells(text: str, start: int, end: int, hits: list[_LabelHit]) -> list[tuple[int, int]] | None:
    """The value cells under a header of labels, cut at its column gaps or by what each label's value looks like."""
    line = text[start:end]
    gapped = _COLUMN_GAP.search(text, hits[0].end, hits[-1].start) is not None
    if gapped:
        cells, position = [], start
        for gap in _COLUMN_GAP.finditer(text, start, end):
            if gap.start() > position:
                cells.append((position, gap.start()))
            position = gap.end()
        if position < end:
            cells.append((position, end))
        return cells if len(cells) == len(hits) else None
    cells, position = [], start
    for index, hit in enumerate(hits):
        while position < end and text[position] in " \t":
            position += 1
        if index == len(hits) - 1:
            cells.append((position, len(line.rstrip()) + start))
            break
        pattern = _DATE_CELL if hit.kind == "date" else _DIGIT_CELL if hit.kind == "number" else _WORDS_CELL
        match = pattern.match(text, position, end)
        if match is None:
            return None
        if hit.kind in ("name", "address"):
            # words run until the next label's value: leave a word per following word label
            words = list(re.finditer(r"\S+", text[match.start():match.end()]))
            following = sum(1 for later in hits[index + 1:] if later.kind in ("name", "address"))
            following_in_run = min(following, len(words) - 1) if following and all(
                later.kind in ("name", "address") for later in hits[index + 1:index + 1 + following]) else 0
            keep = words[:len(words) - following_in_run] if following_in_run else words
            cells.append((position, match.start() + keep[-1].end()))
            position = match.start() + keep[-1].end()
        else:
            cells.append((match.start(), match.end()))
            position = match.end()
    return cells


def _is_header(text: str, start: int, end: int, hits: list[_LabelHit]) -> bool:
    if len(hits) < 2:
        return False
    covered = "".join(text[a.end:b.start] for a, b in zip(hits, hits[1:])) + text[start:hits[0].start] \
        + text[hits[-1].end:end]
    return re.fullmatch(r"[\s|.:#/\-_]*", covered) is not None


def _may_hold_label(line: str) -> bool:
    """Whether a label may start the line or one of its cells: their first two characters start one (cheap)."""
    pairs = _written_pairs()
    if line.lstrip(_STRAY)[:2] in pairs:
        return True
    if "\t" not in line and "|" not in line and "  " not in line:
        return False
    return any(cell.lstrip(_STRAY)[:2] in pairs for cell in _CELL_BREAK.split(line)[1:])


@functools.lru_cache(maxsize=1)
def _written_pairs() -> frozenset[str]:
    """Every two characters a label may start with as written (any case, any OCR reading): a set test per line."""
    readings: dict[str, set[str]] = {}
    for written, folded in [*_FOLD_SOURCES.items(), *((letter, letter) for letter in "abcdefghijklmnopqrstuvwxyz")]:
        readings.setdefault(folded, set()).update({written, written.upper()})
    return frozenset(first + second for pair in _labels()[0]
                     for first in readings.get(pair[0], {pair[0], pair[0].upper()})
                     for second in readings.get(pair[1:2], {pair[1:2], pair[1:2].upper()}))


def ocr_view(text: str) -> _ViewWriter | None:
    """The repaired view of the lines of `text` with OCR-damaged labels (module docstring), or None."""
    view = _ViewWriter()
    next_line = 0  # lines before it are written (a header's value line)
    line_start = 0
    for line in text.split("\n"):
        start, end = line_start, line_start + len(line)
        line_start = end + 1
        if start < next_line or not _may_hold_label(line):
            continue
        hits = _hits(text, start, end)
        if not hits:
            continue
        value_end = text.find("\n", line_start)
        value_end = len(text) if value_end == -1 else value_end
        if _is_header(text, start, end, hits) and value_end > line_start:
            cells = None if _hits(text, line_start, value_end) else _header_cells(text, line_start, value_end, hits)
            if cells:
                for hit, (cell_start, cell_end) in zip(hits, cells):
                    view.put(_spelled(hit, text[hit.start:hit.end]), hit.start, hit.end)
                    view.put(": ", hit.end, hit.end)
                    view.copy(text, cell_start, cell_end, repair_digits=hit.kind in ("date", "number"))
                    view.put("\n", cell_end, cell_end)
                next_line = value_end + 1
                continue
        if _write_labelled_line(text, start, end, hits, view):
            view.put("\n", end, end)
    if not view.parts:
        return None
    return view


def spans_in_ocr_view(item: DetectionInput, detectors: Sequence[Detector]) -> list[Span]:
    """Spans the detectors find in the OCR-repaired view of `item.text`, over the original text."""
    view = ocr_view(item.text)
    if view is None:
        return []
    view_item = DetectionInput(view.text, item.segment_kind, item.field_name)
    found: list[Span] = []
    for detector in detectors:
        for span in detector.detect(view_item):
            # Only the text's own characters: a label spelled right stands on another line for a header's column.
            own = [index for index in range(span.start, span.end) if view.copied[index]]
            if not own:
                continue
            start, end = view.starts[own[0]], view.ends[own[-1]]
            if end > start:
                found.append(Span(start, end, span.kind, span.category, span.score, span.detector))
    return found
