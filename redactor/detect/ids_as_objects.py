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

Round 27 (ids27), two more places a record is named by its id alone:

- **a FHIR reference** to a resource about a person (`Patient/7c9e6679-…`, `RelatedPerson/rp-4471`, `Coverage/…`,
  `Encounter/…`): the whole reference is the identifier, UUIDs included (a UUID is exactly how FHIR servers number
  patients). Conformance resources (`ValueSet/`, `CodeSystem/`, `StructureDefinition/`), `Organization/`,
  `Location/` and `Medication/` name no one and stay.
- **a file name** holding a record's number between its words (`Reisepass_C4F7H2KLM_Scan.pdf`,
  `contratto_5473793_Rossi.pdf`, `INS-CL-774120_claim_form.pdf`, `export_5512093381.csv`): people and document
  systems file a person's papers under the person's number. A piece between `_` (less the words dashed onto it) of
  five digits or more, or of eight capitals and digits or more with a digit, or of capitals and digits alternating
  three times (`C4F7H2KLM`), in a file name with a document, image, sheet or archive extension. Not a date, a time
  after a date (`Screenshot_20261204_113005.png`), a version (`setup_1.4.2`), a hex digest or UUID, nor a camera's
  counter (`IMG_4471`, `DSC01234`, `PXL_…`).

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

from redactor.detect.keywords import (ANY_TEXT, keyword_positions, lowered_same_length, matches_at_starts,
                                      matches_at_word_start, may_fold_into_ascii, needs_marks, run_start)

_SCORE = 0.55
_COLLECTIONS = """users user customers customer clients client patients patient members member employees employee
    staff people persons person contacts contact students student guests guest applicants applicant candidates
    candidate leads subscribers subscriber donors donor beneficiaries policyholders cardholders drivers riders
    passengers travellers travelers residents citizens profiles profile
    bookings booking reservations reservation claims claim cases case policies policy applications appointments
    appointment visits prescriptions encounters admissions enrollments enrolments loans mortgages
    kunden kunde clientes cliente pacientes paciente""".split()
# Not orders, invoices, tickets, shipments, refunds, subscriptions: their numbers name a transaction or a work item,
# not a person or a record held about one, and service logs are full of them (`path=/v2/orders/2024-000187`); under
# a person's record in the same path they are that person's (round 29, _ids_in_paths).
_PATH_CUES = tuple(f"/{word}/" for word in _COLLECTIONS)
_SEGMENT = re.compile(r"/[a-z-]+/([A-Za-z0-9][A-Za-z0-9_-]{0,47})(?=[/?#&\s\"'),;\]>`]|$)", re.IGNORECASE)
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)
_VERSION = re.compile(r"v\d+(?:[._-]\d+)*", re.IGNORECASE)
# FHIR references to resources about one person ("Patient/<id>"), the whole reference.
# (Its look-behind, "not after a word character, `/`, `.` or `-`", is checked by matches_at_word_start: written
# in the pattern it made `re` try every position of the text, ~50 us per KB; here the pattern is tried only where
# a resource's name and its `/` start, from the text's shared cue scan.)
_FHIR_RESOURCES = ("Patient", "Person", "RelatedPerson", "Practitioner", "PractitionerRole", "Coverage", "Account",
                   "Claim", "ClaimResponse", "ExplanationOfBenefit", "Encounter", "EpisodeOfCare", "Observation",
                   "Condition", "Procedure", "MedicationRequest", "MedicationStatement", "DiagnosticReport",
                   "Appointment", "Consent", "ServiceRequest", "Immunization", "AllergyIntolerance", "CarePlan",
                   "DocumentReference", "QuestionnaireResponse")
_FHIR_REFERENCE = re.compile(
    r"(?:" + "|".join(_FHIR_RESOURCES) + r")/(?P<id>[A-Za-z0-9](?:[A-Za-z0-9.]|-(?=[A-Za-z0-9])){0,63})(?![\w/])")
_FHIR_REFERENCE_CUES = tuple(f"{resource.lower()}/" for resource in _FHIR_RESOURCES)  # how every match starts
# (Each extension is a whole word before `(?![\w.])`: their order cannot change a match.)
_FILE_EXTENSIONS = ("pdf", "jpeg", "jpg", "png", "heic", "heif", "tiff", "tif", "gif", "webp", "bmp", "docx", "doc",
                    "odt", "rtf", "xlsx", "xls", "ods", "csv", "tsv", "txt", "zip", "7z", "rar", "p7m", "p7s", "eml",
                    "msg", "xml", "json")
_FILE_NAME = re.compile(r"(?<![\w./\\-])(?P<stem>[^\W_][\w.-]{2,120}?)\.(?:" + "|".join(_FILE_EXTENSIONS)
                        + r")(?![\w.])", re.IGNORECASE)
_LONGEST_STEM = 121
# The dot and extension every file name ends with, as the shared cue scan finds them in the lower-cased text.
_EXTENSION_CUES = tuple("." + extension for extension in _FILE_EXTENSIONS)
_FILE_NAME_PIECE = re.compile(r"[^_]+")
_DASHED_WORD_FIRST = re.compile(r"[^\W\d_]*[a-z][^\W\d_]*-")  # "passport-" before an id in "passport-C4F7H2KLM"
_DASHED_WORD_LAST = re.compile(r"-[^\W\d_]*[a-z][^\W\d_]*\Z")
_FILE_DATE = re.compile(r"(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])")
_FILE_TIME = re.compile(r"(?:[01]\d|2[0-3])-?[0-5]\d-?[0-5]\d(?:\d{1,3})?")
_CAMERA_COUNTER = re.compile(r"(?:IMG|DSCN?|DSCF|GOPR|GH|GX|PXL|MVIMG|VID|MOV|CIMG|PICT|SAM|WP|P)\d", re.IGNORECASE)
_LETTER_DIGIT_RUNS = re.compile(r"\d+|[A-Z]+")
_HASH_NUMBER = re.compile(r"#(\d{7,12})(?!\w)(?![.,-]\d)")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_ids_as_objects(text: str) -> Iterator[tuple[int, int, float]]:
    """[start, end, score) of record ids after a collection word in a path and of numbers after `#` (module doc)."""
    if "/" in text:
        yield from _ids_in_paths(text)
    if "/" in text:
        for match in matches_at_word_start(_FHIR_REFERENCE, text, also="/.-", cues=_FHIR_REFERENCE_CUES):
            if any(character.isdigit() for character in match.group("id")):
                yield match.start(), match.end(), _SCORE
    if "." in text:
        yield from _ids_in_file_names(text)
    if "#" in text:
        for match in _HASH_NUMBER.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "&_/#=?"):
                continue  # a URL fragment, an HTML entity (`&#8212;`), a path or a query value
            if len(match.group(1)) == 8 and (text[max(0, start - 3):start].strip()[-1:] in (":", "=", "'", '"')
                                                  or text[match.end():match.end() + 1] in (";", "'", '"')):
                continue  # a colour (`color: #333333;`, `fill="#00000080"`)
            yield match.start(1), match.end(1), _SCORE


def _is_stem_character(character: str) -> bool:
    return character.isalnum() or character in "_.-"  # (`[\w.-]`: `\w` is str.isalnum and "_")


def _file_names(text: str) -> Iterator[re.Match[str]]:
    """`_FILE_NAME.finditer(text)`, tried only at the start of each run of stem characters that ends at an extension
    (a leading look-behind made `re` try every position of the text, ~50 us per KB).

    Every match is a whole run of `[\\w.-]` from its start (the look-behind refuses such a character before it) that
    holds a dot and an extension of _EXTENSION_CUES within _LONGEST_STEM characters of its start: the start of the
    run before each such dot is where a match can start. A text whose lower-cased form may hide an extension
    (keywords.may_fold_into_ascii) is scanned whole."""
    if may_fold_into_ascii(text):
        return _FILE_NAME.finditer(text)
    starts = set()
    for dot in keyword_positions(lowered_same_length(text), _EXTENSION_CUES):
        start = run_start(text, dot, _is_stem_character, _LONGEST_STEM)
        if start is not None and start < dot:
            starts.add(start)
    return matches_at_starts(_FILE_NAME, text, sorted(starts))


def _ids_in_file_names(text: str) -> Iterator[tuple[int, int, float]]:
    for name in _file_names(text):
        stem_start, stem_end = name.span("stem")
        after_date = False
        for piece in _FILE_NAME_PIECE.finditer(text, stem_start, stem_end):
            start, end = piece.span()
            while (word := _DASHED_WORD_FIRST.match(text, start, end)) is not None:
                start = word.end()
            while (word := _DASHED_WORD_LAST.search(text, start, end)) is not None and word.start() > start:
                end = word.start()
            value = text[start:end]
            if _FILE_DATE.fullmatch(value):
                after_date = True
                continue
            if _reads_as_a_filed_id(value) and not (after_date and _FILE_TIME.fullmatch(value)):
                yield start, end, _SCORE
            after_date = False


def _reads_as_a_filed_id(value: str) -> bool:
    digits = sum(character.isdigit() for character in value)
    if not digits or _CAMERA_COUNTER.match(value) or _VERSION.fullmatch(value) or "." in value:
        return False
    if _UUID.fullmatch(value) or _HEX.fullmatch(value.replace("-", "")):
        return False
    if digits >= 5:
        return True
    code = value.replace("-", "")
    if not code.isalnum() or code.upper() != code:
        return False
    return len(code) >= 8 or len(_LETTER_DIGIT_RUNS.findall(code)) >= 6


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
        # Round 29: a record nested under a person's record is that person's, whatever its collection
        # (`/customers/489371/orders/91425810/returns`, `/patients/P-88/visits/20417`): the path goes on.
        nested = _SEGMENT.match(text, match.end(1))
        while nested is not None and nested.group(0).count("/") == 2:
            done = nested.end(1)
            if _reads_as_an_id(nested.group(1)):
                yield nested.start(1), nested.end(1), _SCORE
            nested = _SEGMENT.match(text, nested.end(1))


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
