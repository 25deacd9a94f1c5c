"""Decoded views: detection also runs on what an encoded text says.

A value the detectors would catch in plain text escapes them when it is
written encoded: percent-encoded e-mails in URLs and logs, `\\u`-escaped keys
inside JSON strings, zero-width characters or full-width letters inside a
token, a `.env` file pasted as base64, text as a hex dump. This module builds
decoded views of a text, each with a map from every view character back to
the original characters it came from, so a span found in a view becomes a
span over the ORIGINAL text (the encoded bytes are what go on the wire).

Views (built only when the text contains what they decode):
- the normalized view, one pass: `%XX` runs decoded as UTF-8, JSON `\\uXXXX`
  escapes (surrogate pairs too) decoded, zero-width characters and soft
  hyphens removed, every other character NFKC-normalized (full-width and
  compatibility forms become their plain letters and digits), digits of
  other scripts written as ASCII digits (Arabic-Indic "٠٥٠١", Persian "۰۹۱۲",
  Devanagari, Bengali, Thai: NFKC keeps them, the phone and id patterns and
  their validators read ASCII), and a space put between a letter of a script
  written without spaces and a run of seven digits or more fused to it
  ("手机13812345678", "연락처01012345678", "โทร0812345678": the label and
  the number are one word to `\\b` and to the phone pattern's edge);
- one view per base64 / base64url run (>= 16 characters) and per hex run
  (>= 16 digits) that decodes to text (UTF-8, printable, with a separator or
  space in it: random tokens and digests decode to binary and are skipped).
  Every character of such a view maps to the whole run: a secret inside a
  blob makes the whole blob the span.
- the joined view (joined_literals.py): the lines holding string literals
  joined by an operator (`"SG." + "xx" + "." + "yy"`), each run written as
  the one literal it makes; every character of a joined value maps to the
  whole run, from the first piece to the last. Only the secrets detector
  reads it (a URL joined from pieces is code);
- the spoken view (spoken_values.py): values said aloud in transcripts and
  dictation ("four one five, five five five, oh one nine two", "S as in Sam,
  M, I, T, H") rewritten to their written form, each spoken run mapping to
  the whole run; a run no detector takes is still a finding (by its cue);
- the OCR view (ocr_labels.py): form lines whose labels OCR damaged ("D0B",
  "Narne"), glued to their value, or standing in a header line above the
  values, rewritten as "Label: value";
- the MIME view: RFC 2047 encoded words of mail headers decoded (Python's
  `email.header`), and in a text that declares a quoted-printable body its
  `=XX` escapes and soft line breaks; each decoded character maps to its
  whole encoded word or escape run;
- the page view (page_views.py): an accessibility-tree snapshot's form fields
  written "Label: value" and its tables (column headers, rows of cells)
  written tab-separated;
- the escaped-lines view (escaped_lines.py): the JSON strings that hold `\\n`
  escapes (a notebook's printed data frame, a tool's stdout) written as the
  lines they print, so a header stands over its rows;
- the line-break view (html_line_breaks.py): lines that hold `<br>` tags written as the lines they show,
  each tag and each cell separator of such a row a line break;
- the letter-spaced view (letter_spaced_text.py): lines written one
  character at a time ("I D  N O . 2 9 4 4 7 1 0 3") with each spaced-out
  word joined; a finding must touch a joined word.

Not covered (named limits): homoglyphs that NFKC does not fold (Cyrillic `а`
for Latin `a`), encodings nested more than one level deep, compressed data.
"""
from __future__ import annotations

import base64
import binascii
import email.errors
import email.header
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from redactor.detect.base import DetectionInput, Detector, Span
from redactor.detect.character_layouts import ascii_stand_in, character_runs
from redactor.detect.escaped_lines import escaped_lines_view
from redactor.detect.html_line_breaks import line_break_view
from redactor.detect.joined_literals import joined_literal_runs
from redactor.detect.letter_spaced_text import letter_spaced_view
from redactor.detect.ocr_labels import spans_in_ocr_view
from redactor.detect.page_views import spans_in_page_view
from redactor.detect.script_letters import HAN, HANGUL, HIRAGANA, KATAKANA
from redactor.detect.spoken_values import SpokenRun, spoken_run_findings, spoken_runs

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# A run of seven digits or more (a phone or an id; "第3章", "2024年3月" stay as written, single blanks or hyphens
# between them) written against a letter of a script without spaces, Han, kana, Hangul or Thai, on either side:
# a label before it, a particle after it ("携帯09012345678まで", "휴대폰010-2233-4455로").
_UNSPACED_LETTER = re.compile(f"[{HAN}{HIRAGANA}{KATAKANA}{HANGUL}\u0e01-\u0e4e]")
_DIGIT_RUN = re.compile("\\d(?:[ \\-\uff0d]?\\d){6,}")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")
# Candidate runs (`_candidate_runs`): at least 16 base64 / base64url characters or hex digits, found without
# look-arounds (a look-behind at every position is the expensive part); their edges are checked in Python.
_SHORTEST_RUN = 16
_BASE64_RUN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
_BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-=")
_HEX_DIGITS = "0123456789ABCDEFabcdef"
_HEX_EDGE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# Decoded blobs larger than this are not scanned again (cost bound).
_MAX_BLOB = 64 * 1024
# The detector the joined view runs (secrets.DETECTOR_NAME; named, not imported: the views are handed their detectors).
_SECRETS_DETECTOR = "secrets"


@dataclass(frozen=True, slots=True)
class DecodedView:
    """A decoded text and, per view character i, the original range [starts[i], ends[i])."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that view [start, end) was decoded from."""
        return self.starts[start], self.ends[end - 1]


def decoded_views(text: str) -> list[DecodedView]:
    """Every decoded view of `text` that differs from it (see the module docstring)."""
    views: list[DecodedView] = []
    normalized = _normalized_view(text)
    if normalized is not None:
        views.append(normalized)
    views.extend(_blob_views(text))
    mime = _mime_view(text)
    if mime is not None:
        views.append(mime)
    return views


# RFC 2047 encoded words in mail headers ("=?UTF-8?Q?J=C3=B6rg_Wei=C3=9Fenbach?="), and quoted-printable soft line
# breaks and escapes in a body declared quoted-printable ("Gr=C3=BC=C3=9Fe", "Hauptstra=\nße").
_ENCODED_WORD = re.compile(r"=\?[\w.-]{1,40}\?[QqBb]\?[^?\s]{0,600}\?=")
_QP_ESCAPES = re.compile(r"(?:=[0-9A-Fa-f]{2})+|=\r?\n")


def _mime_view(text: str) -> DecodedView | None:
    """The text with its MIME encoded words decoded (Python's `email.header`), and, when it declares a
    quoted-printable body, its `=XX` escapes and soft line breaks decoded. Each decoded character maps to its whole
    encoded word or escape run; a word that does not decode stays as written (the text itself is read anyway)."""
    has_words = "=?" in text and "?=" in text
    quoted_printable = "quoted-printable" in text.lower() and "=" in text
    if not has_words and not quoted_printable:
        return None
    replacements: list[tuple[int, int, str]] = []
    if has_words:
        for match in _ENCODED_WORD.finditer(text):
            decoded = _decoded_word(match.group())
            if decoded is not None:
                replacements.append((match.start(), match.end(), decoded))
    if quoted_printable:
        taken = [(start, end) for start, end, _ in replacements]
        for match in _QP_ESCAPES.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if match.group().startswith("=\n") or match.group().startswith("=\r"):
                replacements.append((match.start(), match.end(), ""))
                continue
            raw = bytes.fromhex(match.group().replace("=", ""))
            try:
                decoded = raw.decode("utf-8")
            except UnicodeDecodeError:
                decoded = raw.decode("latin-1")
            replacements.append((match.start(), match.end(), decoded))
    if not replacements:
        return None
    replacements.sort()
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for start, end, decoded in replacements:
        if start < position:
            continue
        pieces.append(text[position:start])
        starts.extend(range(position, start))
        ends.extend(range(position + 1, start + 1))
        pieces.append(decoded)
        starts.extend([start] * len(decoded))
        ends.extend([end] * len(decoded))
        position = end
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return DecodedView("".join(pieces), starts, ends)


def _decoded_word(word: str) -> str | None:
    """One RFC 2047 encoded word decoded, or None when it does not decode (unknown charset, broken base64)."""
    try:
        parts = email.header.decode_header(word)
        return "".join(part.decode(charset or "ascii", "replace") if isinstance(part, bytes) else part
                       for part, charset in parts)
    except (LookupError, ValueError, binascii.Error, email.errors.HeaderParseError):
        return None


def spans_in_decoded_views(item: DetectionInput, detectors: Sequence[Detector]) -> list[Span]:
    """Spans the detectors find in the decoded views of `item.text`, over the original text."""
    found: list[Span] = []
    for view in decoded_views(item.text):
        found.extend(_spans_in_view(view, item, detectors))
    joined = _joined_view(item.text)
    if joined is not None:
        # Only the secrets detector: the view is there for a secret split to dodge a scanner; a URL or a host joined
        # from pieces (`"https://" + host + "/v1"`) is code, and a finding in the view covers its whole run.
        found.extend(_spans_in_view(joined, item, [detector for detector in detectors
                                                   if detector.name == _SECRETS_DETECTOR]))
    runs = spoken_runs(item.text)
    if runs:
        found.extend(_spans_of_spoken_runs(item, detectors, runs))
    # Form labels damaged by OCR, glued to their value or in a header line above it (ocr_labels.py).
    found.extend(spans_in_ocr_view(item, detectors))
    # Accessibility-tree snapshots read as the forms and tables they show (page_views.py).
    found.extend(spans_in_page_view(item, detectors))
    # Printed tables and logs held in JSON strings (a notebook's outputs, a tool's stdout), as the lines they print
    # (escaped_lines.py).
    escaped = escaped_lines_view(item.text)
    if escaped is not None:
        found.extend(_spans_in_view(DecodedView(escaped.text, escaped.starts, escaped.ends), item, detectors))
    # Lines that show several lines through `<br>` tags (an address in a table's cell), broken (html_line_breaks.py).
    broken = line_break_view(item.text)
    if broken is not None:
        found.extend(span for span in _spans_in_view(DecodedView(broken.text, broken.starts, broken.ends), item,
                                                     detectors)
                     if any(start <= span.start and span.end <= end for start, end in broken.lines))
    # Lines written one character at a time ("I D  N O . 2 9 4 4 7 1 0 3"), joined (letter_spaced_text.py).
    spaced = letter_spaced_view(item.text)
    if spaced is not None:
        found.extend(span for span in _spans_in_view(spaced, item, detectors)
                     if any(span.start < end and start < span.end for start, end in spaced.joined))
    return found


def _spans_in_view(view: DecodedView, item: DetectionInput, detectors: Sequence[Detector]) -> list[Span]:
    view_item = DetectionInput(view.text, item.segment_kind, item.field_name)
    found: list[Span] = []
    for detector in detectors:
        for span in detector.detect(view_item):
            start, end = view.original_range(span.start, span.end)
            if end > start:
                found.append(Span(start, end, span.kind, span.category, span.score, span.detector))
    return found


def _spans_of_spoken_runs(item: DetectionInput, detectors: Sequence[Detector], runs: list[SpokenRun]) -> list[Span]:
    """What the detectors find on the spoken runs rewritten (only spans that touch a run: the rest of the line
    is the plain pass's), and each run they leave as a finding of its cue's kind."""
    view = _spoken_view(item.text, runs)
    found = [span for span in _spans_in_view(view, item, detectors)
             if any(span.start < run.end and run.start < span.end for run in runs)]
    for run, kind, score in spoken_run_findings(item.text, runs):
        if not any(span.start <= run.start and run.end <= span.end and span.score >= score for span in found):
            found.append(Span(run.start, run.end, kind, "pii", score, "spoken_values"))
    return found


def _spoken_view(text: str, runs: list[SpokenRun]) -> DecodedView:
    """The lines holding spoken runs (and the line before each, where a question's cue stands), runs written."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    run_index = 0
    covered_to = -1
    for run in runs:
        if run.start < covered_to:
            continue
        line_start = text.rfind("\n", 0, run.start) + 1
        if line_start:
            line_start = text.rfind("\n", 0, line_start - 1) + 1
        line_start = max(line_start, covered_to)
        line_end = text.find("\n", run.end)
        line_end = len(text) if line_end == -1 else line_end
        if pieces:
            pieces.append("\n")
            starts.append(line_start)
            ends.append(line_start)
        position = line_start
        while run_index < len(runs) and runs[run_index].start < line_end:
            current = runs[run_index]
            if current.start >= position:
                pieces.append(text[position:current.start])
                starts.extend(range(position, current.start))
                ends.extend(range(position + 1, current.start + 1))
                pieces.append(current.written)
                starts.extend([current.start] * len(current.written))
                ends.extend([current.end] * len(current.written))
                position = current.end
            run_index += 1
        pieces.append(text[position:line_end])
        starts.extend(range(position, line_end))
        ends.extend(range(position + 1, line_end + 1))
        covered_to = line_end
    return DecodedView("".join(pieces), starts, ends)


def _joined_view(text: str) -> DecodedView | None:
    """The lines of `text` holding joined string literals, each run written as the one literal it makes."""
    runs = joined_literal_runs(text)
    if not runs:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def copy(start: int, end: int) -> None:
        pieces.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))

    line_end = -1
    for run in runs:
        if run.start >= line_end:  # a new line: close the previous one, open this one
            if line_end >= 0:
                copy(position, line_end)
                pieces.append("\n")
                starts.append(line_end)
                ends.append(line_end)
            position = text.rfind("\n", 0, run.start) + 1
            line_end = text.find("\n", run.end)
            line_end = len(text) if line_end == -1 else line_end
        copy(position, run.start + 1)  # up to the first piece's opening quote
        pieces.append(run.joined)
        starts.extend([run.start + 1] * len(run.joined))
        ends.extend([run.end - 1] * len(run.joined))
        position = run.end - 1  # from the last piece's closing quote
    copy(position, line_end)
    return DecodedView("".join(pieces), starts, ends)


def _normalized_view(text: str) -> DecodedView | None:
    """The lines of `text` that hold an escape, a zero-width or a non-NFKC character, decoded.

    Only those lines (joined by newlines) form the view, so one `%40` in a
    100 KB log costs one line, not a second pass over the whole text.
    """
    triggers = _trigger_positions(text)
    if not triggers:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(decoded: str, start: int, end: int) -> None:
        for char in decoded:
            if char in _ZERO_WIDTH:
                continue
            folded = char if char.isascii() else _folded(char)
            for piece in folded:
                pieces.append(piece)
                starts.append(start)
                ends.append(end)

    line_end = -1
    for trigger in triggers:
        if trigger < line_end:
            continue
        line_start = text.rfind("\n", 0, trigger) + 1
        line_end = text.find("\n", trigger)
        line_end = len(text) if line_end == -1 else line_end
        if pieces:
            emit("\n", line_start - 1, line_start)
        _decode_line(text, line_start, line_end, emit)
    view = "".join(pieces)
    return DecodedView(view, starts, ends)


def _trigger_positions(text: str) -> list[int]:
    """Sorted offsets of characters the normalized view would change."""
    positions: list[int] = []
    percent = text.find("%")
    while percent != -1:
        if _PERCENT_RUN.match(text, percent):
            positions.append(percent)
        percent = text.find("%", percent + 1)
    if "\\u" in text:
        positions.extend(match.start() for match in _UNICODE_ESCAPE.finditer(text))
    if not text.isascii():
        if any(char in text for char in _ZERO_WIDTH) or not unicodedata.is_normalized("NFKC", text) \
                or _OTHER_DIGIT.search(text):
            positions.extend(index for index, char in enumerate(text)
                             if not char.isascii() and (char in _ZERO_WIDTH or _folded(char) != char))
        positions.extend(_blanks_beside_fused_digits(text, 0, len(text)))
    positions.sort()
    return positions


# A decimal digit that is not ASCII ("٣", "۳", "३", "৩", "๓", "３").
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _folded(char: str) -> str:
    """A non-ASCII character as the view writes it: a digit of any script as its ASCII digit, else NFKC."""
    digit = unicodedata.decimal(char, None)
    return str(digit) if digit is not None else unicodedata.normalize("NFKC", char)


def _blanks_beside_fused_digits(text: str, start: int, end: int) -> Iterator[int]:
    """Where the view puts a blank standing for no character: before a long digit run a letter of a script without
    spaces is written against, and after one such a letter follows."""
    for run in _DIGIT_RUN.finditer(text, start, end):
        if run.start() and _UNSPACED_LETTER.match(text, run.start() - 1):
            yield run.start()
        if _UNSPACED_LETTER.match(text, run.end()):
            yield run.end()


def _decode_line(text: str, start: int, end: int, emit) -> None:
    blanks = set(_blanks_beside_fused_digits(text, start, end))
    position = start
    while position < end:
        char = text[position]
        if position in blanks:
            emit(" ", position, position)
        if char == "%":
            run = _PERCENT_RUN.match(text, position, end)
            if run:
                _emit_percent_run(text, run.start(), run.end(), emit)
                position = run.end()
                continue
        elif char == "\\" and text.startswith("\\u", position):
            decoded, consumed = _unicode_escape_at(text, position)
            if consumed:
                emit(decoded, position, position + consumed)
                position += consumed
                continue
        emit(char, position, position + 1)
        position += 1


def _emit_percent_run(text: str, start: int, end: int, emit) -> None:
    """Decode `%XX%YY...` as UTF-8, one emitted character per decoded code point."""
    raw = bytes(int(text[i + 1:i + 3], 16) for i in range(start, end, 3))
    position = 0
    while position < len(raw):
        # Find the shortest prefix that decodes to one character (1-4 bytes).
        for width in (1, 2, 3, 4):
            chunk = raw[position:position + width]
            try:
                decoded = chunk.decode("utf-8")
            except UnicodeDecodeError:
                continue
            emit(decoded, start + 3 * position, start + 3 * (position + width))
            position += width
            break
        else:
            # Not UTF-8: keep the escape as written.
            emit(text[start + 3 * position:start + 3 * position + 3], start + 3 * position, start + 3 * position + 3)
            position += 1


def _unicode_escape_at(text: str, position: int) -> tuple[str, int]:
    """The character a `\\uXXXX` (or a `\\uD8xx\\uDCxx` pair) at `position` stands for, and its length."""
    first = _UNICODE_ESCAPE.match(text, position)
    if first is None:
        return "", 0
    code = int(first.group(1), 16)
    if 0xD800 <= code < 0xDC00:
        second = _UNICODE_ESCAPE.match(text, first.end())
        if second is not None:
            low = int(second.group(1), 16)
            if 0xDC00 <= low < 0xE000:
                return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 12
        return "", 0
    if 0xDC00 <= code < 0xE000:
        return "", 0
    return chr(code), 6


def _blob_views(text: str) -> Iterable[DecodedView]:
    """One view holding every base64 / hex run that decodes to text, one per line.

    One view for all blobs means one detector pass, however many blobs a text has.
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    hex_runs: set[tuple[int, int]] = set()
    runs = []
    for start, end in _candidate_runs(text, _HEX_DIGITS):
        if (start > 0 and text[start - 1] in _HEX_EDGE) or (end < len(text) and text[end] in _HEX_EDGE):
            continue  # part of a longer word (a base64 run is tried below)
        if (end - start) % 2 == 0:
            hex_runs.add((start, end))
            runs.append((start, end, _decode_hex(text[start:end])))
    for start, run_end in _candidate_runs(text, _BASE64_RUN_CHARACTERS):
        end = run_end
        if (start > 0 and text[start - 1] in _BASE64_CHARS) or (start, end) in hex_runs:
            continue
        while end < len(text) and end - run_end < 2 and text[end] == "=":
            end += 1
        if end < len(text) and text[end] in _BASE64_CHARS:
            continue
        runs.append((start, end, _decode_base64(text[start:end])))
    for start, end, raw in runs:
        decoded = _as_text(raw)
        if decoded is None:
            continue
        if pieces:
            pieces.append("\n")
            starts.append(start)
            ends.append(start)
        pieces.append(decoded)
        starts.extend([start] * len(decoded))
        ends.extend([end] * len(decoded))
    if pieces:
        yield DecodedView("".join(pieces), starts, ends)


def _candidate_runs(text: str, characters: str) -> list[tuple[int, int]]:
    """[start, end) of each maximal run of the (ASCII) `characters` at least _SHORTEST_RUN long: the matches of
    `[characters]{16,}`, found by bytes.find in the text's ASCII stand-in (a regex tried a run at every letter and
    digit of the text)."""
    return character_runs(ascii_stand_in(text), characters, _SHORTEST_RUN) or []


def _decode_hex(run: str) -> bytes | None:
    try:
        return bytes.fromhex(run)
    except ValueError:
        return None


def _decode_base64(run: str) -> bytes | None:
    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


def _as_text(raw: bytes | None) -> str | None:
    """`raw` as text if it is printable UTF-8 with a separator in it; None for binary."""
    if raw is None or len(raw) < 8 or len(raw) > _MAX_BLOB:
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\r\n\t")
    if printable < len(decoded) or not any(c in decoded for c in " =:@\n\t,;\"'"):
        return None
    return decoded
