"""A code on a line about a person is that person's identifier, whatever word or script stands before it.

Labels are the weak evidence: no list of words holds every organisation's names for its records in every language
and script (`Werkbon`, `Naryad`, `Reserva`, `Υπόθεση`, `Sak`). What makes a code personal is the record it sits in:
a register line, a work order, a booking summary put the record's own code beside the person's name in the text's
own words (`Werkbon WB-OST-44812 | klant ...`, `Naryad НР-2207-114 | мастер: ...`, `Reserva 7KQ4ZP · huésped ...`,
`Υπόθεση ΥΠ-2024-0771` on the line above the applicant's).

A line is about a person when it holds a found PERSON (the model's single word alone does not count), or a found value only people have (a birth date, a national
id, an SSN, a passport, a driving licence, a tax id), or two found contact values of different kinds (an e-mail and
a phone, a phone and a street address). On such a line, and on a short heading line right above it (not another row of the same table), a token written
as a code is an ID_NUMBER, doubtful (0.55: on the wire, not in an audit):
- capitals of any script and digits only, in segments joined by `-`, `/` with three digits or more (`DS/2025/0871`,
  `WB-OST-44812`), or letters and digits interleaved, six to twelve of them with two of each (`7KQ4ZP`: a generated
  code, never a word); capitals drawn at random, five to eight with at most one digit inside (`WRNYFR`, `HH2JXA`: a
  record locator; at most one vowel or five consonants in a row, no frequent word of ten languages, no tech term); digits
  alone in segments with five digits or more (`25/04417`), no date nor range of years;
- a number after `#` (`Sak #5518820 | kunde: ...`), and the code right after the line's first word when a separator
  follows (`Rendelés 77120: futár ...`): the code heads the record the line is.
Not a public name (`UTF-8`, `ISO-9001`), a program's message code (`ERR-5012`), nor a code after a word for a
program's or a product's thing (`version`, `flight`, `model`, `sku`: record_ids' `_THING_WORDS` less a person's
dealings: ticket, order, job, booking, claim ...).

Round 32 also read the fields of JSON objects and XML parents holding such findings (an id-shaped value under any
key) and blocks of `Label: value` lines: on the held-out halves they found no id the rules here and before did not,
and raised the ids27dev half's over-redaction by 1.1 points, so they were taken out.

Cost: runs only when a personal finding is in the text; each such line is read once.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_work_item_keys import program_message_code, public_key_name
from redactor.detect.record_ids import _THING_WORDS
from redactor.detect.word_frequencies import frequent_in_any

_DETECTOR = "person-record-ids"
_MODEL = "ner"
# Found kinds only people have: one of them makes a line a person's.
_PERSON_ONLY_KINDS = frozenset({"PERSON", "DATE_OF_BIRTH", "NATIONAL_ID", "SSN", "PASSPORT", "DRIVER_LICENSE",
                                "TAX_ID"})
# Found kinds of contact: two different ones make a line a person's (a shop's e-mail alone does not).
_CONTACT_KINDS = frozenset({"EMAIL", "PHONE", "STREET_ADDRESS", "ADDRESS", "IBAN", "CREDIT_CARD", "USERNAME",
                            "LICENSE_PLATE", "ID_NUMBER"})
# The dealings of a person: a program's "thing" words that, on a person's line, number that person's dealing.
_DEALING_WORDS = frozenset("ticket order invoice booking reservation confirmation shipment tracking contract quote "
                           "card case claim policy job transaction txn".split())
_LEAST_DIGITS = 4
_NOT_AN_ID = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d.*)?"  # a date or a datetime
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"  # a time
    r"|(?:19|20)\d\d"  # a year
    r"|\d{1,3}(?:[.,]\d{3})*[.,]\d{1,2}"  # an amount with decimals
    r"|\d+(?:\.\d+)+"  # a decimal number, a version, an IP address (a person's ids are not written with dots alone)
    r"|v\d+(?:\.\d+)*"  # a version
    r"|[0-9a-f]{24,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"  # hash, UUID
    r"|\d+(?:px|ms|s|kb|mb|gb|kg|g|km|m|cm|mm|h|min|%)"  # a quantity with a unit
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:T?\d{4,6}Z?)?",  # a compact date
    re.IGNORECASE)


def _sibling_row(above: str, line: str) -> bool:
    """Whether the line above is another row of the same table (as many `,` `;` `|` or tabs), not a heading."""
    return any(above.count(mark) == line.count(mark) > 0 for mark in ",;|\t")


# (round 37) A JSON string's escaped line break (`\n`, two characters) ends a line as a line break does: a notebook's
# output, a log message or a table printed into a tool result's JSON holds its rows on one physical line, and each
# row is a record of its own (a person's code is read on that person's row, not on every row of the string).
_ESCAPED_BREAK = "\\n"


def _line_end(text: str, position: int) -> int:
    line_end = text.find("\n", position)
    line_end = len(text) if line_end == -1 else line_end
    escaped = text.find(_ESCAPED_BREAK, position, line_end)
    return line_end if escaped == -1 else escaped


def _line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts (after a line break or an escaped one)."""
    line_start = text.rfind("\n", 0, position) + 1
    escaped = text.rfind(_ESCAPED_BREAK, line_start, position)
    return line_start if escaped == -1 else escaped + len(_ESCAPED_BREAK)


def _previous_line_start(text: str, line_start: int) -> int:
    """Where the line above the one starting at `line_start` starts."""
    if text.startswith(_ESCAPED_BREAK, line_start - len(_ESCAPED_BREAK)):
        return _line_start(text, line_start - len(_ESCAPED_BREAK))
    return _line_start(text, max(0, line_start - 1))


_LINE_TOKEN = re.compile(r"(?<![\w@#$%&*+=.:/\\-])[^\W_]+(?:[-/][^\W_]+)*(?![\w@]|[-/.:][^\W_])")
_INTERLEAVED = re.compile(r"(?=.*\d\D+\d|.*\D\d+\D).{6,12}")
_LETTER_THEN_DIGITS = re.compile(r"[^\W\d_]\d{5,10}")
_ANY_DATE = re.compile(r"\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?")
_MONTH_OR_YEARS = re.compile(r"(?:\d{1,2}|(?:19|20)\d\d)[-/](?:19|20)?\d\d")  # `12/2026`, `2019-2024`, `2025/26`
_LEAST_SEGMENTED_DIGITS = 5
# A generated code of capitals (`_generated_letters`): its length, what counts as a vowel, a run no word writes,
# and the languages (with a frequency floor) whose words stay.
_GENERATED_LENGTH = (5, 8)
_VOWELS = frozenset("AEIOUY")
_CONSONANT_RUN = re.compile(r"[^AEIOUY]{5}")
_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "tr")
_WORD_ZIPF = 1.5
_SYSTEM_WORD_LINES = 3  # lines a code of capitals alone is written on when it names the system, not a record
# A number after `#` (`#5518820`), and the code right after a line's first word when a separator follows it
# (`Rendelés 77120: ...`, `Sak #5518820 |`): the line is the record the code heads.
_HASH_NUMBER = re.compile(r"(?<![\w&])#[ \t]?(\d{4,12})(?![\w-]|[.,]\d)")
_HEAD_CODE = re.compile(r"[ \t]*[^\W\d_][^\s:|]{0,30}[ \t]+#?(?P<code>[^\W_][\w/-]{2,30})[ \t]*(?:[:|–—]|[ \t]-[ \t])")
_LINE_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:#=]?[ \t]*\Z")
_HEADING_REACH = 60  # characters of a heading line above a person's line
_LINE_REACH = 400  # characters of a line read (a longer line is a paragraph: its sentences name other things)


def codes_on_person_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for code-shaped tokens on lines that hold a person's findings (module doc)."""
    lines = _found_kinds_by_line(text, spans)
    if not lines:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    taken_starts = [start for start, _ in taken]
    longest = max((end - start for start, end in taken), default=0)
    # A token that holds a person's own value (`DOB12/03/1980`, an OCR'd label glued to the date) is that value with
    # letters around it: the value's finding says what it is, the token is no code.
    personal_values = [(span.start, span.end) for span in spans
                       if span.kind in _PERSON_ONLY_KINDS or span.kind in _CONTACT_KINDS]
    added: list[Span] = []
    read: set[int] = set()
    for line_start, kinds in lines.items():
        if not _about_a_person(kinds):
            continue
        line_end = _line_end(text, line_start)
        if line_end - line_start > _LINE_REACH:
            continue
        # A record's heading line right above it (`Υπόθεση ΥΠ-2024-0771` over the applicant's line) is its too.
        heading = _previous_line_start(text, line_start) if line_start else line_start
        if heading == line_start or line_start - heading > _HEADING_REACH or not text[heading:line_start].strip() or (
                _sibling_row(text[heading:line_start], text[line_start:line_end])):
            heading = line_start
        for match in _LINE_TOKEN.finditer(text, heading, line_end):
            start, end = match.span()
            if start in read:
                continue
            first = bisect.bisect_left(taken_starts, start - longest)
            last = bisect.bisect_left(taken_starts, end)
            # (a token only partly found, `Job HBH-RJ` taken as an organisation, is still taken whole: spans unite)
            if any(region_start <= start and end <= region_end for region_start, region_end in taken[first:last]) or (
                    not _is_code(match.group())) or _the_systems_word(text, start, end) or any(
                    value_start < end and start < value_end
                                                        for value_start, value_end in personal_values):
                continue
            before = _LINE_WORD_BEFORE.search(text, max(line_start, start - 32), start)
            if before is not None:
                word = before.group(1).casefold()
                if word in _THING_WORDS and word not in _DEALING_WORDS:
                    continue
            read.add(start)
            added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
        for start, end in _numbers_heading(text, heading, line_end):
            if start in read:
                continue
            read.add(start)
            first = bisect.bisect_left(taken_starts, start - longest)
            last = bisect.bisect_left(taken_starts, end)
            if not any(start < region_end for _, region_end in taken[first:last]):
                added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
    added.extend(_ids_before_composite_names(text, spans, taken, taken_starts, longest))
    return added


# A composite's component before a found name (HL7's XCN, `0127360306^MONTESINOS^LUCÍA` in ORC-12, OBR-16, PV1-7):
# a number of four digits or more, or a code, right before the component separator `^`.
_COMPONENT_BEFORE = re.compile(r"(?:(?<=[|^~])|(?<=\A))(?P<code>[^\s|^~&]{4,30})\^\Z")
# (round 37) The id's slot says what it is, so a staff number's one-letter prefix (`C298215^QUAYLE^AISLING`) is
# enough there; a code of one capital and digits is too common elsewhere to be an id on a line by itself.
_PREFIXED_NUMBER = re.compile(r"[A-Z]{1,4}\d{4,}[A-Z]{0,2}")


def _ids_before_composite_names(text: str, spans: Sequence[Span], taken: list[tuple[int, int]],
                                taken_starts: list[int], longest: int) -> list[Span]:
    """ID_NUMBER spans for the component right before a found PERSON in a `^`-composite field.

    HL7 v2 writes a person as one field of components, the person's id first and the name after it (`ID^FAMILY^
    GIVEN^MIDDLE^^PREFIX`): whatever segment and field hold it (an ordering provider, an attending doctor, a
    verifier), a number or a code in the component before the name is that person's.
    """
    added: list[Span] = []
    for span in spans:
        if span.kind != "PERSON" or span.start < 2 or text[span.start - 1] != "^":
            continue
        before = _COMPONENT_BEFORE.search(text, max(0, span.start - 32), span.start)
        if before is None:
            continue
        code = before.group("code")
        if not (sum(char.isdigit() for char in code) >= _LEAST_DIGITS and (
                code.isdigit() or _is_code(code) or _PREFIXED_NUMBER.fullmatch(code))):
            continue
        start, end = before.span("code")
        first = bisect.bisect_left(taken_starts, start - longest)
        last = bisect.bisect_left(taken_starts, end)
        if any(region_start <= start and end <= region_end for region_start, region_end in taken[first:last]) or (
                _NOT_AN_ID.fullmatch(code)):
            continue
        added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return added


def _found_kinds_by_line(text: str, spans: Sequence[Span]) -> dict[int, set[str]]:
    """The kinds of personal finding on each line (by its start) that has any."""
    lines: dict[int, set[str]] = {}
    for span in spans:
        if span.kind == "PERSON" and span.detector == _MODEL and " " not in text[span.start:span.end].strip():
            continue  # the model's one capitalised word ("Hoodie" in a product row) is too weak to make a record
        if span.kind in _PERSON_ONLY_KINDS or span.kind in _CONTACT_KINDS:
            lines.setdefault(_line_start(text, span.start), set()).add(span.kind)
    return lines


def _about_a_person(kinds: set[str]) -> bool:
    return bool(kinds & _PERSON_ONLY_KINDS) or len(kinds & _CONTACT_KINDS) >= 2


def about_a_person(kinds: set[str]) -> bool:
    """Whether found kinds make a record a person's (module doc): a person-only kind, or two contact kinds."""
    return _about_a_person(kinds)


def person_lines(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """[start, end) of the lines about a person (module doc: a person-only finding, or two contact kinds), at most
    _LINE_REACH characters long."""
    found = []
    for line_start, kinds in sorted(_found_kinds_by_line(text, spans).items()):
        line_end = _line_end(text, line_start)
        if _about_a_person(kinds) and line_end - line_start <= _LINE_REACH:
            found.append((line_start, line_end))
    return found


def _numbers_heading(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of numbers after `#` and of the code after a line's first word before a separator (module doc)."""
    for match in _HASH_NUMBER.finditer(text, start, end):
        yield match.span(1)
    position = start
    while position < end:
        line_end = _line_end(text, position)
        head = _HEAD_CODE.match(text, position, line_end)
        if head is not None:
            code = head.group("code")
            if (sum(char.isdigit() for char in code) >= _LEAST_DIGITS and not _NOT_AN_ID.fullmatch(code)
                    and not _MONTH_OR_YEARS.fullmatch(code) and not public_key_name(code)
                    and not program_message_code(code)):
                yield head.span("code")
        position = line_end + 1


def code_shaped(token: str) -> bool:
    """Whether a token is written as a code (module doc): the shape this module reads on a person's line, and the
    column rule (column_kinds.py) reads down a column of a table of people: one token (`2026-12-01 02:04`, a date
    and a time, is two)."""
    return _LINE_TOKEN.fullmatch(token) is not None and not _NOT_AN_ID.fullmatch(token) and _is_code(token)


def _is_code(token: str) -> bool:
    """Capitals of any script and digits: segments with three digits or more, or an interleaved run (module doc)."""
    letters = [char for char in token if char.isalpha()]
    digits = sum(char.isdigit() for char in token)
    if not letters:  # digits in segments (`26/0918`, `26/114`): a register's number, unless a date or a range of years
        return (("-" in token or "/" in token) and digits >= _LEAST_SEGMENTED_DIGITS
                and not _ANY_DATE.fullmatch(token) and not _MONTH_OR_YEARS.fullmatch(token))
    if any(char.islower() for char in letters) or not any(char.isupper() for char in letters):
        return False
    if "-" in token or "/" in token:
        if digits < 3 or _ANY_DATE.fullmatch(token) or public_key_name(token) or program_message_code(token):
            return False
        return len(token) <= 32
    if digits >= 2:
        # (round 37) one capital before five digits or more (`S756151`, `C8834120`: a sample, a passport, a staff
        # number) is a register's code too; shorter ones (`B12`, `A320`) are rooms, seats and models
        return (len(letters) >= 2 and _INTERLEAVED.fullmatch(token) is not None) or bool(
            _LETTER_THEN_DIGITS.fullmatch(token))
    return _generated_letters(token)


def _the_systems_word(text: str, start: int, end: int) -> bool:
    """Whether a code of capitals alone (no digit) is the writing system's, not a record's: a key or a label
    (`PARTSTAT=ACCEPTED`, `NFPHL:`), or a name written on three lines or more (a facility, a namespace:
    `^^^NFPHL^MR` in every message). A record's own code is written once or twice per record; codes with digits are
    not asked (`_is_code` reads their shape)."""
    token = text[start:end]
    if not token.isalpha():
        return False
    if text[end:end + 1] in ("=", ":"):
        return True
    return text.count(token) >= _SYSTEM_WORD_LINES and len({text.rfind("\n", 0, found.start())
                                                             for found in re.finditer(re.escape(token), text)}) >= (
        _SYSTEM_WORD_LINES)


def _generated_letters(token: str) -> bool:
    """Whether a token of capitals (at most one digit, inside) is a generated code no language writes (module doc).

    Record locators and confirmation codes are drawn from the alphabet (`WRNYFR`, `CDZXEP`, `HH2JXA`): of six drawn
    letters, nearly one in two holds at most one vowel, and some of the rest a run of five consonants, which words and
    names of Latin script do not write (four they do: `SCHMIDT`, `PARTSTAT`). Acronyms are shorter than five
    letters; a tech term or a frequent word (`HTTPS`, `MYSQL`) stays, and a digit at either end is a version's or a
    model's (`HTML5`, `WPA2`).
    """
    if not _GENERATED_LENGTH[0] <= len(token) <= _GENERATED_LENGTH[1] or not token.isascii():
        return False
    if not token[0].isalpha() or not token[-1].isalpha():
        return False
    letters = "".join(char for char in token if char.isalpha())
    if len(token) - len(letters) > 1 or not letters.isupper():
        return False
    vowels = sum(char in _VOWELS for char in letters)
    if vowels > 1 and _CONSONANT_RUN.search(letters) is None:
        return False
    return not public_key_name(token) and not frequent_in_any(letters.lower(), _WORD_LANGUAGES, _WORD_ZIPF)
