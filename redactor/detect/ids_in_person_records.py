"""An id-shaped value in a record about a person is that person's identifier, whatever its key says.

Labels are the weak evidence: no list of key words holds every organisation's field names in every language
(`"kd"`, `"ticket"`, `Sak`, `番号`, `klantcode`, `expediente`). What makes a value personal is the record it
sits in. A *record* here is a structured unit whose fields a program or a form wrote one per key:

- a JSON/JavaScript/Python object `{...}` (one line or many; the innermost object holding a finding, and the
  object around it when that one is an address or a name nested in the person's object);
- an XML element whose children are leaf elements (`<Patient><Name>..</Name><MRN>..</MRN></Patient>`).

(A block of `Label: value` lines was read as a record too in a first version: on the ids27dev held-out half it took
values no annotator marks, over-redaction +1.1 points for no id found, and was taken out; a form's lines are read
by `codes_on_person_lines` below.)

A record is about a person when it holds a found PERSON, or a found value only people have (a birth date, a
national id, an SSN, a passport, a driving licence, a tax id), or two found contact values of different kinds
(an e-mail and a phone, a phone and a street address). Then each field's value that has the shape of an
identifier (`_is_id_shaped`: four digits or more joined by letters and marks of any script, six or more alone;
no space but between digit groups; no date, time, amount, version, IP address, hash or UUID) and that no finding
covers is an ID_NUMBER, doubtful (0.55: on the wire, not in an audit), unless its key names a quantity, a time
or a program's thing (`qty`, `price`, `age`, `created`, `version`, `port`, `sku`, `status`:
ids_of_people.not_an_id_column less the words for a person's dealings, since a ticket, an order, a booking or a
claim in a person's record is theirs).

A line about a person is a record too (`codes_on_person_lines`): a register line, a work order, a booking
summary put the record's own code beside the person's name in the text's own words (`Werkbon WB-OST-44812 | klant
...`, `Naryad НР-2207-114 | мастер: ...`, `Reserva 7KQ4ZP · huésped ...`, `Υπόθεση ΥΠ-2024-0771` over the line).
On a line holding a found name (or a value only people have, or two contact kinds), a token written as a code is
an ID_NUMBER, doubtful, whatever word or script stands before it: capitals of any script and digits only, and
either segments joined by `-` or `/` with three digits or more (`DS/2025/0871`, `WB-OST-44812`), or letters and
digits interleaved, six to twelve of them with two of each (`7KQ4ZP`: a generated code, never a word).
Not a date, a public name (`UTF-8`, `ISO-9001`), a program's message code (`ERR-5012`), nor a code after a word for
a program's or a product's thing (`version`, `flight`, `model`, `sku`): ids_of_people's `_THING_WORDS` less a
person's dealings (ticket, order, job, booking, claim ...).

Why no key list of ids: round 31's record nouns fixed the read half and moved the held-out half not at all; the
structure (a person's record) is the same in every language.

Cost: runs only when a personal finding is in the text; objects are found by one pass over braces; each record's
fields are read once.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_of_people import _NOT_ID_HEADER
from redactor.detect.ids_work_item_keys import program_message_code, public_key_name
from redactor.detect.record_ids import _THING_WORDS

_DETECTOR = "person-record-ids"
# Found kinds only people have: one of them makes a record a person's.
_PERSON_ONLY_KINDS = frozenset({"PERSON", "DATE_OF_BIRTH", "NATIONAL_ID", "SSN", "PASSPORT", "DRIVER_LICENSE",
                                "TAX_ID"})
# Found kinds of contact: two different ones make a record a person's (a shop's e-mail alone does not).
_CONTACT_KINDS = frozenset({"EMAIL", "PHONE", "STREET_ADDRESS", "ADDRESS", "IBAN", "CREDIT_CARD", "USERNAME",
                            "LICENSE_PLATE", "ID_NUMBER"})
# The dealings of a person: a program's "thing" words that, in a person's record, number that person's dealing.
_DEALING_WORDS = frozenset("ticket order invoice booking reservation confirmation shipment tracking contract quote "
                           "card case claim policy job transaction txn".split())
# Words of a key for a time or a date (the value is the record's event, never its id).
_TIME_KEY_WORDS = frozenset("created updated modified deleted timestamp ts time date at since until expires expiry "
                            "valid from to start end born dob birth".split())
_OBJECT_MAX = 4000  # characters: a bigger object is a document or a list wrapper, not one record
_FIELD = re.compile(
    # a key: quoted, or a bare word (any script, `_`, `-`, `.`, spaces inside a form's label), then `:` `=` `：`
    r"(?P<key>\"[^\"\n]{1,48}\"|'[^'\n]{1,48}'|(?<![\w\"'])[^\W\d][\w.\-・]*(?:[ \t][^\W\d][\w.\-・]*){0,3})"
    r"[ \t]*(?:=>|[:=：])[ \t]*"
    r"(?P<value>\"[^\"\n]{0,80}\"|'[^'\n]{0,80}'|[^\s,;{}\[\]<>\"']+(?:[ \t]\d+)*)")
_XML_LEAF = re.compile(r"<(?P<key>[A-Za-z_][\w.:-]{0,40})(?:\s[^<>]{0,200})?>(?P<value>[^<>\n]{1,80})</(?P=key)>")
_LEAST_DIGITS = 4
_LEAST_DIGITS_ALONE = 6
_DIGITS_ALONE = re.compile(r"[\d ]+")
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_a-zA-Z]+")
# An identifier: digits with letters and marks of any script between them, digit groups apart by single spaces.
_ID_SHAPE = re.compile(r"(?=(?:\D*\d){4})[^\W_][\w./\-・#:]*[^\W_]|\d{2,6}(?:[ ]\d{2,6}){1,4}")
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


def ids_in_person_records(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for id-shaped field values of records about a person (module doc)."""
    personal = [span for span in spans if span.kind in _PERSON_ONLY_KINDS or span.kind in _CONTACT_KINDS]
    if not personal or not any(mark in text for mark in ":=>"):
        return []
    taken = sorted((span.start, span.end) for span in spans)
    taken_starts = [start for start, _ in taken]
    longest = max((end - start for start, end in taken), default=0)

    def covered(start: int, end: int) -> bool:
        first = bisect.bisect_left(taken_starts, start - longest)
        last = bisect.bisect_left(taken_starts, end)
        return any(start < region_end for _, region_end in taken[first:last])

    added: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for record_start, record_end in _person_records(text, personal):
        for start, end, key in _fields(text, record_start, record_end):
            if (start, end) in seen or covered(start, end) or not _is_id_shaped(text[start:end]) or _not_an_id_key(key):
                continue
            seen.add((start, end))
            added.append(Span(start, end, "ID_NUMBER", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return added


def _person_records(text: str, personal: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """[start, end) of each record (object, XML parent) that holds personal findings enough (module doc)."""
    records: dict[tuple[int, int], set[str]] = {}
    objects = _objects(text) if "{" in text else []
    object_starts = [start for start, _ in objects]
    for span in personal:
        for record in _records_around(text, span.start, span.end, objects, object_starts):
            records.setdefault(record, set()).add(span.kind)
    for record, kinds in records.items():
        if kinds & _PERSON_ONLY_KINDS or len(kinds & _CONTACT_KINDS) >= 2:
            yield record


def _records_around(text: str, start: int, end: int, objects: list[tuple[int, int]],
                    object_starts: list[int]) -> Iterator[tuple[int, int]]:
    # The innermost object holding the finding, and the one around it (a nested `address` or `name` object).
    index = bisect.bisect_right(object_starts, start)
    holding = [obj for obj in objects[max(0, index - 64):index] if obj[0] < start and end <= obj[1]]
    holding.sort(key=lambda obj: obj[1] - obj[0])
    for obj in holding[:2]:
        if obj[1] - obj[0] <= _OBJECT_MAX:
            yield obj
    xml = _xml_parent_around(text, start, end)
    if xml is not None:
        yield xml


def _objects(text: str) -> list[tuple[int, int]]:
    """[start, end) of every balanced `{...}` of the text, sorted by start (quoted braces skipped)."""
    found: list[tuple[int, int]] = []
    stack: list[int] = []
    quote = ""
    escaped = False
    for position, char in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote or char == "\n":
                quote = ""
            continue
        if char == '"':
            quote = char
        elif char == "{":
            stack.append(position)
        elif char == "}" and stack:
            found.append((stack.pop(), position + 1))
    found.sort()
    return found


_CONTAINER_TAG = re.compile(r"<(?P<tag>[A-Za-z_][\w.:-]{0,40})(?:\s[^<>]{0,200})?>(?=\s*<[A-Za-z_])")


def _xml_parent_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the nearest element holding the finding whose content starts with a child element, or None."""
    if "</" not in text[end:end + 200]:
        return None
    window = max(0, start - 2000)
    for match in reversed(list(_CONTAINER_TAG.finditer(text, window, start))):
        if text.find("</" + match.group("tag") + ">", match.end(), start) != -1:
            continue  # a sibling closed before the finding
        closing = text.find("</" + match.group("tag") + ">", end)
        if closing != -1 and closing - match.start() <= _OBJECT_MAX:
            return match.start(), closing
    return None


def _fields(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(value start, value end, key) of the record's fields (quotes stripped)."""
    for match in _FIELD.finditer(text, start, end):
        value_start, value_end = match.span("value")
        if text[value_start:value_start + 1] in "\"'":
            value_start, value_end = value_start + 1, value_end - 1
        yield value_start, value_end, match.group("key").strip("\"'")
    if "</" in text[start:end]:
        for match in _XML_LEAF.finditer(text, start, end):
            value = match.group("value")
            offset = len(value) - len(value.lstrip())
            yield match.start("value") + offset, match.start("value") + len(value.rstrip()), match.group("key")


def _is_id_shaped(value: str) -> bool:
    """An identifier's shape (module doc): four digits or more among letters or marks, six or more alone (a bare
    number of fewer digits is as often an amount or a count under a key of some language: `Betrag: 12500`)."""
    if not (4 <= len(value) <= 40 and _ID_SHAPE.fullmatch(value) is not None and _NOT_AN_ID.fullmatch(value) is None):
        return False
    digits = sum(char.isdigit() for char in value)
    return digits >= (_LEAST_DIGITS_ALONE if _DIGITS_ALONE.fullmatch(value) else _LEAST_DIGITS)


def _not_an_id_key(key: str) -> bool:
    """A key naming a quantity, a time or a program's thing (module doc)."""
    words = [word.lower() for word in _KEY_WORD.findall(key)]
    if _NOT_ID_HEADER.search(" ".join(words)):
        return True
    return any(word in _TIME_KEY_WORDS or (word in _THING_WORDS and word not in _DEALING_WORDS) for word in words)


def _line_end(text: str, position: int) -> int:
    line_end = text.find("\n", position)
    return len(text) if line_end == -1 else line_end


# --- codes on a line about a person ------------------------------------------------------------------------------
_LINE_TOKEN = re.compile(r"(?<![\w@#$%&*+=.:/\\-])[^\W_]+(?:[-/][^\W_]+)*(?![\w@]|[-/.:][^\W_])")
_INTERLEAVED = re.compile(r"(?=.*\d\D+\d|.*\D\d+\D).{6,12}")
_ANY_DATE = re.compile(r"\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?")
_MONTH_OR_YEARS = re.compile(r"(?:\d{1,2}|(?:19|20)\d\d)[-/](?:19|20)?\d\d")  # `12/2026`, `2019-2024`, `2025/26`
_LEAST_SEGMENTED_DIGITS = 5
# A number after `#` (`#5518820`), and the code right after a line's first word when a separator follows it
# (`Rendelés 77120: ...`, `Sak #5518820 |`): the line is the record the code heads.
_HASH_NUMBER = re.compile(r"(?<![\w&])#[ \t]?(\d{4,12})(?![\w-]|[.,]\d)")
_HEAD_CODE = re.compile(r"[ \t]*[^\W\d_][^\s:|]{0,30}[ \t]+#?(?P<code>[^\W_][\w/-]{2,30})[ \t]*(?:[:|–—]|[ \t]-[ \t])")
_LINE_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:#=]?[ \t]*\Z")
_HEADING_REACH = 60  # characters of a heading line above a person's line
_LINE_REACH = 400  # characters of a line read (a longer line is a paragraph: its sentences name other things)


def codes_on_person_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for code-shaped tokens on lines that hold a person's findings (module doc)."""
    lines: dict[int, set[str]] = {}
    for span in spans:
        if span.kind in _PERSON_ONLY_KINDS or span.kind in _CONTACT_KINDS:
            lines.setdefault(text.rfind("\n", 0, span.start) + 1, set()).add(span.kind)
    if not lines:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    taken_starts = [start for start, _ in taken]
    longest = max((end - start for start, end in taken), default=0)
    added: list[Span] = []
    read: set[int] = set()
    for line_start, kinds in lines.items():
        if not (kinds & _PERSON_ONLY_KINDS or len(kinds & _CONTACT_KINDS) >= 2):
            continue
        line_end = _line_end(text, line_start)
        if line_end - line_start > _LINE_REACH:
            continue
        # A record's heading line right above it (`Υπόθεση ΥΠ-2024-0771` over the applicant's line) is its too.
        heading = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
        if heading == line_start or line_start - heading > _HEADING_REACH or not text[heading:line_start].strip():
            heading = line_start
        for match in _LINE_TOKEN.finditer(text, heading, line_end):
            start, end = match.span()
            if start in read:
                continue
            first = bisect.bisect_left(taken_starts, start - longest)
            last = bisect.bisect_left(taken_starts, end)
            # (a token only partly found, `Job HBH-RJ` taken as an organisation, is still taken whole: spans unite)
            if any(region_start <= start and end <= region_end for region_start, region_end in taken[first:last]) or (
                    not _is_code(match.group())):
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
    return added


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
    return digits >= 2 and len(letters) >= 2 and _INTERLEAVED.fullmatch(token) is not None
