"""Is this place of a text a record about a person? The evidence record identifiers and birth dates need.

A number or a date says little alone; what makes it personal is where it stands. A *record* is the unit
a value belongs to:
- a table row (CSV, TSV, Markdown, psql/MySQL output): the row itself plus the table's header line;
- anything else (JSON/YAML/XML objects, log lines, forms, prose): the block of non-blank lines around the
  value, at most _RECORD_LINES lines on either side (a paragraph, an object printed over several lines).

A record is about a person when it holds any of (`person_evidence`):
- an e-mail address, or a phone-shaped number with its own word ("tel", "phone", "mobile");
- a person label or key (`full_name`, `surname`, `holder`, `titular`, `Nom`), in several languages and any
  key style; a plain `name` key or label only when its value starts with a first name (`name: Maria Lopez`:
  products and repositories have names too);
- an honorific before a capitalised word (`Mr.`, `Ms`, `Frau`, `Mme`, `Sr.`, `sig.ra`, `Pan`);
- a word for a person whose record it is (patient, customer, member, applicant, claimant, employee,
  tenant, holder ... in several languages), a sex or gender marker, or a third-person pronoun
  (`she`, `his`): prose about someone.

Recall first (confidence.py): this evidence turns a doubtful shape into a value to redact on the wire;
callers give such findings the doubtful score unless a label also says what the value is.

Where no record says more, a value right after a person's name is that person's (`name_just_before`): a
first name of some country (the world first-name list) and a capitalised surname, then only separators,
brackets, quotes, an age ("Jane Roe, 34, ...") or a key of up to two short words before the value ("Aisha Khan — 1984-03-02", "Jan
Kowalski, 92041205816", `"Yuki Tanaka", "date": "1990-02-14"`); a first name alone only before a bracket
("Mia (2009-08-01)"); never after a phone word. In a row of a table without a header (`name_in_row`: a line
split into three cells or more by one separator), a cell holding such a name makes the row that person's.
"""
from __future__ import annotations

import csv
import re
import threading

from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.term_lists import surnames, world_first_names

_RECORD_LINES = 6
# Separators of a table row; a line is a row when it holds the same separator as the line above it.
_TABLE_SEPARATORS = ("|", "\t", ",", ";")

_PERSON_EVIDENCE = re.compile(
    r"(?i:"
    # An e-mail address, or a phone number after its own word.
    r"[\w.+-]@[\w-]+\.[a-z]{2,}"
    r"|\b(?:tel|phone|mobile|cell|handy|móvil|telefono|téléphone|telefon)\b[^\n]{0,6}[+(\d]"
    # Person labels and keys: "name", "full_name", "firstName", "surname", "holder", "titular", "Nom :".
    r"|(?:\b|_)(?:full|first|last|given|family|middle|maiden|sur|display|person|customer"
    r"|patient|member|holder|contact|client)[\s_-]?name\b(?![\s_-]*server)"
    r"|\b(?:surname|holder|account[\s_-]+holder|card[\s_-]*holder|titular|nombre|apellidos?|nom|pr[ée]nom|vorname"
    r"|nachname|cognome|naam|achternaam|imi[eę]|nazwisko|jm[ée]no|p[řr][íi]jmen[íi]|sobrenome)\b[\"']?[ \t]*[:=|,\t]"
    # Honorifics before a capitalised word.
    r"|\b(?:mr|mrs|ms|miss|mx|dr|herr|frau|mme|mlle|monsieur|madame|sr|sra|srta|sig|sig\.ra|dott|pan|pani|mevr|dhr)"
    r"\.?[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])"
    # Words for the person a record is about, sex and gender, pronouns of prose about someone.
    r"|\b(?:patients?|customers?|members?|clients?|applicants?|claimants?|employees?|staff|tenants?|residents?"
    r"|students?|subscribers?|beneficiar(?:y|ies)|policyholders?|insured|passengers?|guests?|candidates?"
    r"|kunde|kundin|mitarbeiter(?:in)?|patient(?:in)?|versicherte[rn]?|client[ea]?|paciente|asegurad[oa]"
    r"|titulaire|adh[ée]rent|salari[ée]|assur[ée]|cliente|paziente|klant|pati[ëe]nt|klient|pacjent)\b"
    r"|\b(?:sex|gender|geschlecht|sexe|sexo|sesso)\b|\b(?:fe)?male\b"
    r"|\b(?:she|her|hers|he|his|him|sie|ihr|elle|ella|lei)\b"
    r")"
)


# A plain `name` key or label says "person" only when its value starts with a first name ("name: Maria Lopez";
# products, repositories and services have names too).
_NAME_THEN_VALUE = re.compile(
    r"(?i:\bname\b)[\"']?[ \t]*[:=|,][ \t]*[\"']?(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])")


_NAME_HEADER = re.compile(r"(?i:(?<![a-z])name(?![a-z]))")
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\b")


# Literal starts of every _PERSON_EVIDENCE alternative (lower case).
_EVIDENCE_CUES = tuple(dict.fromkeys(
    """@ tel phone mobile cell handy móvil telefono téléphone telefon full first last given family middle maiden sur
    display person customer patient member holder contact client account card titular nombre apellido nom prénom
    prenom vorname nachname cognome naam achternaam imi nazwisko jmé jme přích příj prij sobrenome mr mrs ms miss mx
    dr herr frau mme mlle monsieur madame sr sra srta sig dott pan pani mevr dhr applicant claimant employee staff
    tenant resident student subscriber beneficiar policyholder insured passenger guest candidate kund mitarbeiter
    versicherte paciente asegurad titulaire adhérent adherent salari assur cliente paziente klant patiënt klient
    pacjent sex gender geschlecht sexo sesso male female she her he his him sie ihr elle ella lei""".split()))


def record_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the block of non-blank lines around text[start:end], at most _RECORD_LINES on either side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    block_start, block_end = line_start, line_end
    # Walk up and down over non-blank lines (a paragraph, an object over several lines).
    for _ in range(_RECORD_LINES):
        if block_start == 0:
            break
        previous = text.rfind("\n", 0, block_start - 1) + 1
        if not text[previous:block_start - 1].strip():
            break
        block_start = previous
    for _ in range(_RECORD_LINES):
        if block_end >= len(text):
            break
        following = text.find("\n", block_end + 1)
        following = len(text) if following == -1 else following
        if not text[block_end + 1:following].strip():
            break
        block_end = following
    return block_start, block_end


def person_evidence(text: str, start: int, end: int) -> bool:
    """True when the record holding text[start:end] (record_bounds) says it is about a person."""
    record_start, record_end = record_bounds(text, start, end)
    header_end = text.find("\n", record_start, record_end)
    row_start = text.rfind("\n", 0, start) + 1
    if header_end != -1 and row_start > record_start and _is_table_row(text, record_start, header_end, row_start, end):
        # A table: the header line and this row only.
        row_end = _line_end(text, end)
        if _says_person(text, record_start, header_end, header_only=True) or _says_person(text, row_start, row_end):
            return True
        # A `name` column: the row is about a person when a word of it is a first name ("Ann Lee,A7731902").
        return bool(_NAME_HEADER.search(text, record_start, header_end)) and any(
            word.lower() in world_first_names() for word in _CAPITALISED_WORD.findall(text, row_start, row_end))
    return _says_person(text, record_start, record_end)


def _says_person(text: str, start: int, end: int, header_only: bool = False) -> bool:
    """_PERSON_EVIDENCE tried only where one of its words starts (a search over the block costs ~2 ms/KB)."""
    lowered = lowered_same_length(text[start:end])
    for offset in keyword_positions(lowered, _EVIDENCE_CUES):
        if offset and lowered[offset] != "@" and (lowered[offset - 1].isalpha()):
            continue  # inside a word ("the", "other"); "_" may join a key's words ("customer_name")
        at = start + offset - (1 if lowered[offset] == "@" else 0)
        if at >= start and _PERSON_EVIDENCE.match(text, at, end):
            return True
    if header_only or "name" not in lowered:
        return False
    return any(match.group("first").lower() in world_first_names()
               for match in _NAME_THEN_VALUE.finditer(text, start, end))


def _is_table_row(text: str, header_start: int, header_end: int, row_start: int, end: int) -> bool:
    """The row and the block's first line split into the same number of cells by one separator."""
    header = text[header_start:header_end]
    row = text[row_start:_line_end(text, end)]
    return any(sep in row and header.count(sep) == row.count(sep) for sep in _TABLE_SEPARATORS)


def _line_end(text: str, position: int) -> int:
    line_end = text.find("\n", position)
    return len(text) if line_end == -1 else line_end


# --- a value right after a person's name ----------------------------------------------------------------------------
# "Lucía Fernández 48291734Z", "Aisha Khan — 1984-03-02", "Maria Santos (12/03/1979)", "('Leo Rossi', '2012-04-18'",
# a name cell then a value cell: the name says whose value it is, where no label does. Only what stands between a
# name and a value on one line joins them: separators, brackets, quotes, at most two short lower-case words
# (`"name": "Yuki Tanaka", "date": "1990-02-14"`). A first name alone counts before an opening bracket ("Mia (...)").
_NAME_REACH = 48
_NAME_THEN_GAP = re.compile(
    r"(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?P<surname>(?:[ \t]+(?:(?:de|da|del|van|von|der|di|le|la|dos|das)[ \t]+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][\w'’]*)?){1,2})?"
    r"(?P<gap>[ \t]*(?:[,;:|()\[\]\t/–—\"'-][ \t]*){0,4}"
    r"(?:\d{1,3}(?:[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?))?[ \t]*(?:[,;:|()\[\]\t/–—\"'-][ \t]*){1,3})?"  # an age
    r"(?:[a-z]{2,5}[\"']?[ \t]*[:=]?[ \t]*(?:[,;:|()\[\]\t/–—\"'-][ \t]*){0,3}){0,2})$")
_PHONE_WORDS = re.compile(r"(?i:\b(?:tel|phone|mobile|cell|fax|call|ph|whatsapp)\b)")
_CAPITAL_WORD_START = re.compile(r"(?<![^\W_])[A-ZÀ-ÖØ-Þ]")


def name_just_before(text: str, start: int) -> bool:
    """True when a person's name (a first name of some country, then a capitalised surname) ends just before `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _NAME_REACH):start]
    if not before or not any(char.isupper() for char in before) or _PHONE_WORDS.search(before):
        return False
    for word in _CAPITAL_WORD_START.finditer(before):
        match = _NAME_THEN_GAP.match(before, word.start())
        if match is not None:
            if match.group("surname") is None and not match.group("gap").rstrip().endswith(("(", "[")):
                continue  # a first name alone only before a bracket
            if match.group("first").lower() in world_first_names():
                return True
    return False


_NAME_CELL = re.compile(
    r"[ \t\"'*]*(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?:[ \t]+(?:(?:de|da|del|van|von|der|di|le|la|dos|das)[ \t]+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][\w'’]*)?){1,2}[ \t\"'*]*")


# Exports write names in capitals or small letters too ("ABEBE BIKILA", "ana ruiz") and surname first in one quoted
# cell ("RUIZ, ANA", "Okafor, Amara"): there the case says nothing, so both words must be listed names.
_ANY_CASE_NAME_CELL = re.compile(r"[ \t\"'*]*(?P<first>[^\W\d_]{2,})[ \t]+(?P<last>[^\W\d_]{2,})[ \t\"'*]*")
_SURNAME_FIRST_CELL = re.compile(r"[ \t\"'*]*(?P<last>[^\W\d_]{2,}),[ \t]*(?P<first>[^\W\d_]{2,})[ \t\"'*]*")
_REVERSED_NAME_CELL = re.compile(
    r"[ \t\"']*(?:(?P<initial>[A-Z]\.)[ \t]*)?(?P<last>[A-Z][a-z]+)"
    r"(?(initial)|[ \t]+(?P<first>[A-Z][a-z]+))[ \t\"']*")
_ONE_WORD_CELL = re.compile(r"[ \t\"']*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[ \t\"']*")
_QUOTED_ROW = re.compile(r"[ \t]*\"[^\n]*\"[ \t]*")
_BETWEEN_QUOTED_CELLS = re.compile(r"\"[ \t]*([,;|\t])[ \t]*\"")


class _LastRow(threading.local):
    """The last line name_in_row read (its text, start and answer): the dates of one long row ask about it in turn."""
    text: str | None = None
    line_start = -1
    any_layout = False
    answer = False


_LAST_ROW = _LastRow()


def name_in_row(text: str, start: int, any_layout: bool = False) -> bool:
    """True when the line holding `start` is a table row (3+ cells by one separator, or 2+ quoted cells) with a cell
    that is a person's name. `any_layout` also reads names in capitals or small letters, surname first, with an
    initial, or in two cells (for birth dates; national_ids.py keeps the title-case cells it was tuned with)."""
    line_start = text.rfind("\n", 0, start) + 1
    last = _LAST_ROW
    if last.text is text and last.line_start == line_start and last.any_layout == any_layout:
        return last.answer
    answer = _row_has_a_name(text[line_start:_line_end(text, start)], any_layout)
    last.text, last.line_start, last.any_layout, last.answer = text, line_start, any_layout, answer
    return answer


def _row_has_a_name(line: str, any_layout: bool) -> bool:
    quoted = '"' in line and _QUOTED_ROW.fullmatch(line) is not None
    between = _BETWEEN_QUOTED_CELLS.search(line) if quoted else None
    if between is not None:
        separator = between.group(1)  # the one between two quoted cells, not a comma inside one
    else:
        quoted = False
        separator = next((sep for sep in _TABLE_SEPARATORS if line.count(sep) >= 2), None)
    if separator is None:
        return False
    if quoted:  # `"RUIZ, ANA","03/12/1984","F"`: a separator inside quotes is the cell's
        cells = next(csv.reader([line], delimiter=separator, skipinitialspace=True), [])
    else:
        cells = line.split(separator)
    names = world_first_names()
    previous = ""
    for cell in cells:
        match = _NAME_CELL.fullmatch(cell)
        if match is not None and match.group("first").lower() in names:
            return True
        if not any_layout:
            continue
        # Surname first ("Tanaka Hiroshi", "Zhang Wei"), an initial ("K. Mensah"), first and last name in two cells
        # ("Priya,Sharma"): a listed first name, or a listed surname after an initial.
        match = _REVERSED_NAME_CELL.fullmatch(cell)
        if match is not None and match.group("last").lower() in surnames() and (
                match.group("initial") or match.group("first").lower() in names):
            return True
        if _ONE_WORD_CELL.fullmatch(cell) and _ONE_WORD_CELL.fullmatch(previous) and (
                previous.strip(" \t\"'").lower() in names):
            return True
        previous = cell
        match = _ANY_CASE_NAME_CELL.fullmatch(cell) or (_SURNAME_FIRST_CELL.fullmatch(cell) if quoted else None)
        if match is not None and (match.group("first").isupper() or match.group("first").islower() or "," in cell) and (
                match.group("first").lower() in names and match.group("last").lower() in surnames()):
            return True
    return False
