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

import bisect
import re
from collections import Counter
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_in_person_records import code_shaped
from redactor.detect.keywords import contains_any, lowered_same_length
from redactor.detect.people_table_columns import people_column_spans
from redactor.detect.place_names import is_place_name
from redactor.detect.rule_files import term_list
from redactor.detect.street_words import has_street_word
from redactor.detect.table_columns import MIN_TABLE_LINES, tables

_SCORE = DOUBTFUL_SCORE
_DETECTOR = "columns"
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
_CODE_COLUMN_ROWS = 2  # rows of distinct codes that make a column of record codes (one code alone is no column)
_HEADER_SCORE = 0.7  # a header that names the column's kind (organisations_in_structure's column score)
# Headers of a column of organisations (rules/term_lists.yaml `organisation_column_labels`, and the parties a ledger,
# an order list or a school roster lists, in the languages of the traffic), normalised: lower case, "_" and "-" as blanks.
ORGANISATION_HEADERS = frozenset(" ".join(label.replace("_", " ").split()) for label in term_list(
    "organisation_column_labels")) | frozenset(label.strip() for label in """
    customer|customer name|customers|client|client name|clients|vendor|vendors|supplier|suppliers|company|companies|
    employer|account name|firm|law firm|school|school name|university|college|clinic|hospital|
    insurer|insurance company|carrier|shipping carrier|bank|bank name|lender|merchant|payee|contractor|
    subcontractor|manufacturer|distributor|agency|institution|organisation|organization|org|business|
    kunde|kunden|kundenname|lieferant|lieferanten|arbeitgeber|versicherung|krankenkasse|bank|schule|hochschule|klinik|
    auftraggeber|spediteur|händler|haendler|hersteller|
    fournisseur|client|clients|entreprise|employeur|assureur|banque|école|ecole|clinique|transporteur|société|
    proveedor|cliente|clientes|empresa|empleador|aseguradora|banco|escuela|colegio|clínica|clinica|transportista|
    fornecedor|empregador|seguradora|escola|transportadora|
    fornitore|cliente|azienda|datore di lavoro|assicurazione|scuola|banca|
    leverancier|klant|klanten|werkgever|verzekeraar|school|
    dostawca|klient|odbiorca|kontrahent|pracodawca|ubezpieczyciel|szkoła|szkola|uczelnia|
    leverantör|leverantor|kund|arbetsgivare|leverandør|leverandor|kunde|arbeidsgiver|
    tedarikçi|tedarikci|müşteri|musteri|işveren|isveren""".split("|")) - {""}
# Headers of a column of street addresses.
ADDRESS_HEADERS = frozenset(label.strip() for label in """
    address|addresses|addr|street|street address|address 1|address 2|address1|address2|address line 1|
    address line 2|address line1|address line2|addressline1|addressline2|street1|street2|street 1|street 2|
    home address|postal address|mailing address|billing address|shipping address|delivery address|ship to address|
    residential address|
    anschrift|adresse|straße|strasse|strasse und hausnummer|straße und hausnummer|wohnort|lieferadresse|
    adresse postale|domicile|
    dirección|direccion|domicilio|
    endereço|endereco|morada|logradouro|
    indirizzo|
    adres|straat|woonadres|
    adres zamieszkania|ulica|
    adress|gatuadress|gateadresse|osoite|cím|cim|adresa|ulice|adresă|διεύθυνση|адрес|
    住所|地址|주소""".split("|")) - {""}
# The header words as cues of the shared scan (a table without one of them and without a finding costs nothing).
_HEADER_CUES = tuple(sorted(ORGANISATION_HEADERS | ADDRESS_HEADERS))
_STATUS_WORDS = frozenset("""yes no y n true false active inactive pending open closed done ok other none all
    total sum subtotal n/a various internal self""".split())
_HEX_OR_NUMBER = re.compile(r"[0-9a-fA-F.:/-]+")
_ADDRESS_PARTICLES = frozenset("""de da das do dos del della di du des la le les el al van von der den am an im y e i a
    of bis ter c/o rue via calle rua ul ul. al. os. pl. apt apto flat unit suite floor piso int no nr km""".split())
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")


def spans_in_same_columns(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for the cells of table columns whose other cells hold found personal data."""
    if text.count("\n") < MIN_TABLE_LINES - 1:
        return []
    if not any(span.category in _SPREADING_CATEGORIES for span in spans) and not contains_any(
            lowered_same_length(text), _HEADER_CUES):
        return []  # nothing found to spread, and no header that names organisations or addresses
    added: list[Span] = []
    ordered = sorted((s for s in spans if s.category in _SPREADING_CATEGORIES), key=lambda s: s.start)
    for header, rows in tables(text):
        columns = max(len(row) for row in rows)
        for column in range(columns):
            cells = [row[column] for row in rows if column < len(row)]
            named = _header_kind(header[column]) if column < len(header) else None
            if named is not None:
                added.extend(span for span in _cells_under_header(text, cells, named)
                             if not _covered(span, ordered))
            added.extend(_spread_in_column(text, cells, ordered))
            added.extend(_code_column(text, header, rows, column, ordered))
        added.extend(people_column_spans(text, header, rows, spans))  # id and birth-date columns of people
    best: dict[tuple[int, int, str], Span] = {}
    for span in added:  # a cell both under a naming header and shaped like its found neighbours: once, the header's score
        key = (span.start, span.end, span.kind)
        if key not in best or span.score > best[key].score:
            best[key] = span
    return list(best.values())


def _code_column(text: str, header: list[str], rows: list[list[tuple[int, int]]], column: int,
                 spans: Sequence[Span]) -> list[Span]:
    """ID_NUMBER spans for a column of distinct codes (`code_shaped`: `CDZXEP`, `WB-OST-44812`) in a table whose
    rows mostly hold personal findings: each row is a person's record, and a column of codes that differ in every
    row numbers those records (a booking's locator, a case's key), whatever its header says (`pnr`, `c7`, none).

    A column that repeats a value is a status or a category, not a record's own code; a table without people's
    findings (a product list, a build log) is not read. Doubtful, as the column rule's other spreads. A table read
    without a header (`c1;c2;c3`: labels with digits) has it as its first row: a first cell that is no code is its
    label.
    """
    if not header and rows and column < len(rows[0]) and not code_shaped(text[slice(*rows[0][column])]):
        rows = rows[1:]
    cells = [row[column] for row in rows if column < len(row) and row[column][1] > row[column][0]]
    if len(cells) < _CODE_COLUMN_ROWS:
        return []
    values = [text[start:end] for start, end in cells]
    if len(set(values)) < len(values) or not _codes_of_one_shape(values):
        return []
    starts = [span.start for span in spans if span.category == "pii"]  # (spans are sorted by start)
    rows_with_people = 0
    for row in rows:
        row_start, row_end = row[0][0], row[-1][1]
        index = bisect.bisect_left(starts, row_start)
        if index < len(starts) and starts[index] < row_end:
            rows_with_people += 1
    if 2 * rows_with_people < len(rows):
        return []
    return [Span(start, end, "ID_NUMBER", "pii", _SCORE, _DETECTOR) for start, end in cells
            if not _covered(Span(start, end, "ID_NUMBER", "pii", _SCORE, _DETECTOR), spans)]


def _codes_of_one_shape(values: list[str]) -> bool:
    """Whether a column's values are codes: each written as one (`code_shaped`), or, as codes drawn at random
    sometimes hold vowels enough to pass for a word (`XFYFSE` among `WJCDYS`, `DSPWMY`), two in three of them with
    the rest of the same length and characters (capitals and digits)."""
    shaped = sum(code_shaped(value) for value in values)
    if shaped == len(values):
        return True
    if 3 * shaped < 2 * len(values) or len({len(value) for value in values}) != 1:
        return False
    return all(value.isascii() and value.isalnum() and not any(char.islower() for char in value) for value in values)


def _covered(span: Span, spans: Sequence[Span]) -> bool:
    """Whether one finding already covers the whole of `span` (spans sorted by start; a bisect, not a scan)."""
    index = _bisect(spans, span.start)
    return any(s.start <= span.start and span.end <= s.end for s in spans[max(0, index - 8):index])


def _bisect(spans: Sequence[Span], start: int) -> int:
    low, high = 0, len(spans)
    while low < high:
        middle = (low + high) // 2
        if spans[middle].start <= start:
            low = middle + 1
        else:
            high = middle
    return low


def _header_kind(label: str) -> str | None:
    """ORGANIZATION or STREET_ADDRESS when a header cell names organisations or addresses (any language), else None."""
    key = " ".join(label.strip(" \t\"'`*_:#").replace("_", " ").replace("-", " ").casefold().split())
    if key in ORGANISATION_HEADERS:
        return "ORGANIZATION"
    if key in ADDRESS_HEADERS:
        return "STREET_ADDRESS"
    return None


def _cells_under_header(text: str, cells: list[tuple[int, int]], kind: str) -> Iterator[Span]:
    """Every cell of a column whose header names organisations or addresses, when it can be one (a column is one
    kind: the header is the evidence): a name of at most eight words for an organisation, at most twelve for an
    address; not a sentence, an e-mail, a URL, a bare number or a "no value" marker."""
    category = "org" if kind == "ORGANIZATION" else "pii"
    for start, end in cells:
        value = text[start:end]
        if kind == "ORGANIZATION" and _header_organisation_value(value) or (
                kind == "STREET_ADDRESS" and _header_address_value(value)):
            yield Span(start, end, kind, category, _HEADER_SCORE, _DETECTOR)


def _header_organisation_value(value: str) -> bool:
    words = value.split()
    if value.casefold() in _STATUS_WORDS:
        return False
    return (_wordy_value(value) and 1 <= len(words) <= 8 and sum(ch.isalpha() for ch in value) >= 2
            and sum(ch.isdigit() for ch in value) * 2 <= len(value)
            and sum(word[:1].islower() for word in words) <= 2 and not value.islower() or (
                len(words) == 1 and len(value) >= 3 and value.isalpha() and not value.islower()))


def _header_address_value(value: str) -> bool:
    words = value.split()
    if not _wordy_value(value) or not 1 <= len(words) <= 12:
        return False
    if ":" in value or value.casefold() in _STATUS_WORDS or _HEX_OR_NUMBER.fullmatch(value):
        return False  # a MAC or IPv6 address, a status, a number
    lower = [word for word in words if word[:1].islower() and word.strip(".,").casefold() not in _ADDRESS_PARTICLES]
    return len(lower) <= 2


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
