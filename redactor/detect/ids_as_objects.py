"""Codes a text refers to as objects, with no label: a record's id in a URL path after its collection, a number
after "#".

Web apps, APIs, CRMs and support tools address the records of people by a path: `/customers/C88120/invoices`,
`GET /api/v2/patients/P0093321/visits`, `https://crm.example.com/members/88201934`, `/claims/WX-558120`. The
segment after a collection word of people or of records held about one (users, customers, patients, members,
employees, students, claims, bookings, policies ...) is that record's identifier, whatever its shape, in whatever
text carries the URL (a log line, a ticket, a curl command, a stack trace, a chat message). Tickets and chats
also write a record as `#` and its number ("Refund for #4471902 approved"): a number of seven digits or more after
`#` is a record, not an issue or a colour (issue and pull-request numbers of public trackers are shorter; `#` after
a word character or `&` is a URL fragment, an anchor or an HTML entity).

Recall first on the wire: doubtful (0.55, an audit does not report it). Not an id: a segment without a digit
(`/users/me`, `/users/{id}`, `/users/:id`), a version (`v2`), a UUID or a long hex string (a program's key, read
by other rules), a number of fewer than four digits alone (`/users/42` in fixtures), a segment that goes on with
a file extension (`orders/2024.csv` is a file).

Gates: a path cue ("/users/", "/customers/" ...) from the text's shared cue scan (keywords.keyword_positions), then
one regex match at each cue; `#` in the text, then one C-speed regex scan. Linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import ANY_TEXT, keyword_positions, lowered_same_length, needs_marks

_SCORE = 0.55
_COLLECTIONS = """users user customers customer clients client patients patient members member employees employee
    staff people persons person contacts contact students student guests guest applicants applicant candidates
    candidate leads subscribers subscriber donors donor beneficiaries policyholders cardholders drivers riders
    passengers travellers travelers residents citizens profiles profile
    bookings booking reservations reservation claims claim cases case policies policy applications appointments
    appointment visits prescriptions encounters admissions enrollments enrolments loans mortgages
    kunden kunde clientes cliente pacientes paciente""".split()
# Not orders, invoices, tickets, shipments, refunds, subscriptions: their numbers name a transaction or a work item,
# not a person or a record held about one, and service logs are full of them (`path=/v2/orders/2024-000187`).
_PATH_CUES = tuple(f"/{word}/" for word in _COLLECTIONS)
_SEGMENT = re.compile(r"/[a-z-]+/([A-Za-z0-9][A-Za-z0-9_-]{0,47})(?=[/?#&\s\"'),;\]>`]|$)", re.IGNORECASE)
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)
_VERSION = re.compile(r"v\d+(?:[._-]\d+)*", re.IGNORECASE)
_HASH_NUMBER = re.compile(r"#(\d{7,12})(?!\w)(?![.,-]\d)")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_ids_as_objects(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end, score) of record ids after a collection word in a path and of numbers after `#` (module doc)."""
    if "/" in text:
        yield from _ids_in_paths(text)
    if "#" in text:
        for match in _HASH_NUMBER.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "&_/#=?"):
                continue  # a URL fragment, an HTML entity (`&#8212;`), a path or a query value
            if len(match.group(1)) == 8 and (text[max(0, start - 3):start].strip()[-1:] in (":", "=", "'", '"')
                                                  or text[match.end():match.end() + 1] in (";", "'", '"')):
                continue  # a colour (`color: #333333;`, `fill="#00000080"`)
            yield match.start(1), match.end(1), _SCORE


def _ids_in_paths(text: str) -> Iterator[tuple[int, int, float]]:
    lowered = lowered_same_length(text)
    done = -1
    for position in keyword_positions(lowered, _PATH_CUES):
        if position < done:
            continue
        match = _SEGMENT.match(text, position)
        if match is None:
            continue
        done = match.end(1)
        value = match.group(1)
        if not _reads_as_an_id(value):
            continue
        yield match.start(1), match.end(1), _SCORE


def _reads_as_an_id(value: str) -> bool:
    digits = sum(character.isdigit() for character in value)
    if not digits:
        return False
    if value.isdigit():
        return len(value) >= 4
    if len(value) < 4 or digits < 2:
        return False
    if _VERSION.fullmatch(value) or _UUID.fullmatch(value) or _HEX.fullmatch(value.replace("-", "")):
        return False
    return True
