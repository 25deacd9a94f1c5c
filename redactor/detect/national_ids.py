"""National identity and tax numbers of European countries (and the US ITIN), with their check rules.

Each format is found by a cheap pattern and decided by its own check where
one exists: the Italian codice fiscale and Spanish DNI/NIE carry a check
letter, the French NIR a mod-97 key, the German Steuer-ID an ISO 7064 check
digit, the Dutch BSN the "11-proof". Formats without a check (a UK National
Insurance number in a loose layout) or whose check passes too often by chance
(nine or eleven bare digits) also need a context word nearby ("national id",
"tax id", "BSN", "Steuer-ID"...) or a field name that says so. US Social
Security numbers stay in pii.py (kind SSN); everything here is NATIONAL_ID.

Beyond those formats, any country's number is found after its label
("CPF 111.444.777-35", "Aadhaar: 4567 8912 3450", "HKID A123456(7)"): the
labels are data (redactor/data/national_id_labels.yaml), and python-stdnum's
check for the scheme, where it has one, only moves the score. python-stdnum's
own catalogue is read too (`stdnum_names`): every country module names
its number in its docstring's first line, in the country's language and as an
acronym ("Isikukood (Estonian Personal ID number).", "RČ (Rodné číslo, the Czech
birth number).", "NIP (Numer Identyfikacji Podatkowej, Polish VAT number)."), so
those names label the module's numbers, and its `is_valid` moves the score.
Tax, VAT and company numbers are TAX_ID, bank account numbers ID_NUMBER.

With no label, a person's name right before the number (personal_records.name_just_before: "Lucía
Fernández 48291734Z", "Mette Hansen (2110625629)") says whose identity number it is: a shape above whose
check passes scores 0.7, one whose check fails is doubtful (recall first); bare runs of 10, 12 or 13
digits and NHS-spaced numbers count only there.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import yaml

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.character_layouts import matches_in_character_runs
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.personal_records import name_in_row, name_just_before

# --- validators --------------------------------------------------------------------

# HMRC: these letters never appear in a NINO prefix; these prefixes are never issued.
_NINO_BAD_FIRST = frozenset("DFIQUV")
_NINO_BAD_SECOND = frozenset("DFIOQUV")
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def is_valid_nino(nino: str) -> bool:
    """UK National Insurance number as issued: prefix letter rules, six digits, suffix A-D."""
    compact = re.sub(r"[\s-]", "", nino).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    prefix = compact[:2]
    return (prefix[0] not in _NINO_BAD_FIRST and prefix[1] not in _NINO_BAD_SECOND
            and prefix not in _NINO_BAD_PREFIXES)


_CF_ODD = {
    **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21))),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23))),
}
# Digits of the date and place may be replaced by these letters (omocodia).
_CF_DIGIT = "[0-9LMNPQRSTUV]"
_CODICE_FISCALE_SHAPE = re.compile(
    rf"[A-Z]{{6}}{_CF_DIGIT}{{2}}[ABCDEHLMPRST]{_CF_DIGIT}{{2}}[A-Z]{_CF_DIGIT}{{3}}[A-Z]"
)


def is_valid_codice_fiscale(code: str) -> bool:
    """Italian codice fiscale: 16 characters in the official layout with a correct check letter."""
    code = code.upper()
    if not _CODICE_FISCALE_SHAPE.fullmatch(code):
        return False
    total = 0
    for position, char in enumerate(code[:15]):
        if position % 2 == 0:  # 1st, 3rd, ... character (1-based odd)
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - ord("A")
    return code[15] == chr(ord("A") + total % 26)


def is_valid_nir(nir: str) -> bool:
    """French NIR (numéro de sécurité sociale): 13 characters plus a two-digit mod-97 key.

    Sex 1/2 (3/4/7/8 for provisional numbers), month 01-12 or 20-42/50-99
    (unknown month), department digits or 2A/2B for Corsica.
    """
    compact = re.sub(r"[\s.-]", "", nir).upper()
    if not re.fullmatch(r"[1-478]\d{4}(?:\d{2}|2A|2B)\d{8}", compact):
        return False
    month = int(compact[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return int(compact[13:]) == 97 - int(body) % 97


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def is_valid_dni(dni: str) -> bool:
    """Spanish DNI (8 digits + check letter) or NIE (X/Y/Z + 7 digits + check letter)."""
    compact = re.sub(r"[\s-]", "", dni).upper()
    match = re.fullmatch(r"([XYZ]\d{7}|\d{8})([A-Z])", compact)
    if match is None:
        return False
    number = match.group(1)
    if number[0] in "XYZ":
        number = str("XYZ".index(number[0])) + number[1:]
    return _DNI_LETTERS[int(number) % 23] == match.group(2)


def is_valid_steuer_id(steuer_id: str) -> bool:
    """German tax id (Steuerliche Identifikationsnummer): 11 digits, ISO 7064 MOD 11,10 check digit.

    The first digit is not 0, and in the first ten exactly one digit repeats
    (twice, or three times since 2016).
    """
    digits = re.sub(r"[\s./-]", "", steuer_id)
    if not re.fullmatch(r"[1-9]\d{10}", digits):
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    product = 10
    for char in digits[:10]:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[10])


def is_valid_bsn(bsn: str) -> bool:
    """Dutch BSN (burgerservicenummer): nine digits passing the 11-proof."""
    digits = re.sub(r"[\s.-]", "", bsn)
    if not re.fullmatch(r"\d{9}", digits) or int(digits) == 0:
        return False
    total = sum(int(char) * weight for char, weight in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def is_valid_itin(itin: str) -> bool:
    """US ITIN: 9XX-GG-SSSS with the group in an IRS-issued range (50-65, 70-88, 90-92, 94-99)."""
    digits = re.sub(r"[\s-]", "", itin)
    if not re.fullmatch(r"9\d{8}", digits):
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


# --- finding -----------------------------------------------------------------------

# Words that introduce an identity or tax number, in the languages whose formats we know.
_CONTEXT = re.compile(
    r"\b(?:national[\s_-]*(?:id(?:entity|entification)?|insurance)|ni[\s_-]*(?:number|no)|nino"
    r"|tax[\s_-]*(?:id(?:entification)?|number|no|code)|taxpayer[\s_-]*id|tin|itin|personal[\s_-]*id(?:entification)?"
    r"|id[\s_-]*(?:number|no|card)|identity[\s_-]*(?:number|card|document)"
    r"|nric|fin|ic[\s_-]*(?:number|no)|mykad|sin|social[\s_-]*insurance"
    r"|codice[\s_-]*fiscale|c\.f\.|cf|num[ée]ro[\s_-]*de[\s_-]*s[ée]curit[ée][\s_-]*sociale|s[ée]cu(?:rit[ée])?\s+sociale"
    r"|nir|insee|dni|nie|nif|documento[\s_-]*nacional|bsn|burgerservicenummer|sofi[\s_-]*nummer"
    r"|steuer[\s_-]*(?:id|idnr|identifikationsnummer|nummer)|steueridentifikationsnummer|identifikationsnummer"
    r"|idnr|social[\s_-]*security)\b",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"(?:^|_)(?:national_?id|nino|ni_?number|tax_?id|tin|itin|codice_?fiscale|cf|nir|dni|nie|nif|bsn"
    r"|steuer_?id|steuer_?idnr|id_?number|personal_?id)(?:$|_)",
    re.IGNORECASE,
)
_CONTEXT_WINDOW = 50

# Every format in one scan; the group that matched names it. A match that
# fits two formats is read as the first that fits.
_CANDIDATE = re.compile(
    r"(?=[A-Z\d])(?<![\w-])(?:"
    r"(?P<codice_fiscale>[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9A-Z]{7})"
    r"|(?P<nino>[A-Z]{2}[ -]?\d{2}(?P<nino_sep>[ -]?)\d{2}(?P=nino_sep)\d{2}[ -]?[A-Z])"
    r"|(?P<nie>[XYZ]-?\d{7}-?[A-Z])"
    r"|(?P<nir>[1-478](?P<nir_sep>[ .]?)\d{2}(?P=nir_sep)\d{2}(?P=nir_sep)(?:\d{2}|2[AB])"
    r"(?P=nir_sep)\d{3}(?P=nir_sep)\d{3}(?P=nir_sep)\d{2})"
    r"|(?P<dni>\d{8}-?[A-Z])"
    r"|(?P<steuer_id>[1-9]\d{10}|[1-9]\d \d{3} \d{3} \d{3})"
    r"|(?P<bsn>\d{9}|\d{4}\.\d{2}\.\d{3})"
    r"|(?P<itin>9\d{2}(?P<itin_sep>[- ])\d{2}(?P=itin_sep)\d{4})"
    # Layouts no other number is written in: they stand alone, with no label or field name.
    r"|(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2})"
    r"|(?P<be_nn>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})"
    r"|(?P<rut>\d{1,2}\.\d{3}\.\d{3}-[\dkK])"
    r"|(?P<curp>[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d)"
    # Layouts that carry a birth date and a check (python-stdnum decides): they stand alone when valid.
    r"|(?P<cn_ric>\d{6}(?:19|20)\d{2}[01]\d[0-3]\d{4}[\dX])"
    r"|(?P<kr_rrn>\d{6}-\d{7})"
    r"|(?P<nordic>(?:19|20)?\d{6}[-+A-FU-Y]\d{3}[\dA-Y])"  # Swedish personnummer, Finnish HETU
    r"|(?P<za_id>\d{2}[01]\d[0-3]\d{5}[01][89]\d)"
    r"|(?P<aadhaar>[2-9]\d{3}(?P<aadhaar_sep>[ -])\d{4}(?P=aadhaar_sep)\d{4})"
    r"|(?P<pan>[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z])"
    # A Swiss AHV/AVS number (social insurance): 756, then 4.4.2 digits with dots
    r"|(?P<ch_ahv>756\.\d{4}\.\d{4}\.\d{2})"
    # An Indian GSTIN: a state code, the holder's PAN, an entity number, a literal Z and a check character.
    r"|(?P<gstin>\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z])"
    # Singapore NRIC/FIN (a prefix letter, seven digits, a check letter) and a Canadian SIN in its 3-3-3
    # layout: the shape says enough to redact on the wire (doubtful), a cue word makes it sure.
    r"|(?P<sg_nric>[STFGM]\d{7}[A-Z])"
    r"|(?P<ca_sin>\d{3}(?P<sin_sep>[ -])\d{3}(?P=sin_sep)\d{3})"
    # Bare runs of ten, twelve or thirteen digits (Danish CPR, Norwegian/Swedish numbers without separator, Korean
    # RRN, NHS numbers spaced 3-3-4): numbers of many kinds, so only next to a person's name (name_just_before).
    r"|(?P<nhs>\d{3} \d{3} \d{4})"
    r"|(?P<digit_run>\d{10}|\d{12,13})"
    r")(?![\w-]|\.\d)"
)
# Every _CANDIDATE match is a stretch of these characters (its look-ahead reads one more): only such
# stretches are searched (character_layouts.matches_in_character_runs), not every position of the text.
_CANDIDATE_RUN = re.compile(r"[A-Z\dk .+\-]{9,}")
_CANDIDATE_RUN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789k .+-"  # the same on ASCII text (character_layouts)
_VALIDATORS = {
    "codice_fiscale": is_valid_codice_fiscale, "nino": is_valid_nino, "nie": is_valid_dni, "nir": is_valid_nir,
    "dni": is_valid_dni, "steuer_id": is_valid_steuer_id, "bsn": is_valid_bsn, "itin": is_valid_itin,
    "cpf": lambda value: _stdnum_valid("br.cpf", value), "be_nn": lambda value: _stdnum_valid("be.nn", value),
    "rut": lambda value: _stdnum_valid("cl.rut", value), "curp": lambda value: True,  # the layout is the evidence
    "cn_ric": lambda value: _stdnum_valid("cn.ric", value), "kr_rrn": lambda value: _stdnum_valid("kr.rrn", value),
    "nordic": lambda value: _stdnum_valid("se.personnummer", value) or _stdnum_valid("fi.hetu", value),
    "za_id": lambda value: _stdnum_valid("za.idnr", value), "aadhaar": lambda value: _stdnum_valid("in_.aadhaar", value),
    "pan": lambda value: _stdnum_valid("in_.pan", value),
    "gstin": lambda value: _stdnum_valid("in_.gstin", value),
    "ch_ahv": lambda value: _stdnum_valid("ch.ssn", value),
    "sg_nric": lambda value: True,  # python-stdnum has no NRIC check; the layout is the evidence
    "ca_sin": lambda value: _stdnum_valid("ca.sin", value),
    "nhs": lambda value: _stdnum_valid("gb.nhs", value),
    "digit_run": lambda value: any(_stdnum_valid(module, value) for module in _DIGIT_RUN_CHECKS.get(len(value), ())),
}
# python-stdnum modules whose numbers are bare digit runs of these lengths (a pass raises the score only).
_DIGIT_RUN_CHECKS = {10: ("dk.cpr", "se.personnummer", "gb.nhs"), 12: ("in_.aadhaar",),
                     13: ("kr.rrn", "za.idnr", "bg.egn")}
# Schemes found only next to a person's name: their shape alone is too common.
_NAME_ONLY_SCHEMES = frozenset({"nhs", "digit_run"})
# The score of a number whose check passes right after a person's name ("Lucía Fernández 48291734Z").
_NEXT_TO_A_NAME_VALID = 0.7
# Layouts that stand alone once their check passes: a check letter, a spaced layout, or a birth date and a check
# digit together (a random number rarely has both). Scores: how rarely such a layout is anything else.
_STANDS_ALONE_SCORES = {"codice_fiscale": 0.9, "nie": 0.9, "rut": 0.9, "cn_ric": 0.85, "kr_rrn": 0.85,
                        "nordic": 0.8, "za_id": 0.7, "aadhaar": 0.7, "pan": DOUBTFUL_SCORE,
                        "sg_nric": DOUBTFUL_SCORE, "ca_sin": DOUBTFUL_SCORE}
# Self-evident layouts: reported without context even when their check fails (recall first).
# (A Chilean RUT's layout is close to a dotted version number: it needs its check or a cue word.)
_SELF_EVIDENT_LAYOUTS = frozenset({"cpf", "be_nn", "curp", "gstin", "ch_ahv"})
# Schemes whose numbers are a business's or a taxpayer's, not a person's identity.
_TAX_SCHEMES = frozenset({"gstin"})


@functools.lru_cache(maxsize=1024)
def _stdnum_valid(module: str, value: str) -> bool:
    return bool(importlib.import_module("stdnum." + module).is_valid(value))
_NINO_SPACED = re.compile(r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]")


@dataclass(frozen=True, slots=True)
class NationalIdMatch:
    start: int
    end: int
    score: float
    scheme: str  # a _CANDIDATE group: "nino", "codice_fiscale", "nir", "dni", "cpf", "cn_ric", "nordic", "aadhaar"...
    kind: str = "NATIONAL_ID"  # TAX_ID or ID_NUMBER (a bank account) for python-stdnum's tax and bank schemes


def find_national_ids(text: str, field_name: str | None = None) -> Iterator[NationalIdMatch]:
    """Every identity or tax number in `text` that passes its check (and has context where needed).

    A number that fails its check but follows a cue word is reported with a doubtful score.
    """
    field_says_id = bool(field_name and _FIELD.search(field_name))
    for match in matches_in_character_runs(_CANDIDATE, text, _CANDIDATE_RUN, _CANDIDATE_RUN_CHARACTERS, 9):
        scheme, value = match.lastgroup, match.group(0)
        if scheme in _NAME_ONLY_SCHEMES:
            if (scheme != "nhs" or _VALIDATORS[scheme](value)) and _next_to_a_name(text, match.start()):
                yield NationalIdMatch(match.start(), match.end(),
                                      _NEXT_TO_A_NAME_VALID if _VALIDATORS[scheme](value) else DOUBTFUL_SCORE, scheme)
            continue
        if scheme == "nino":
            # A NINO in the issued layout stands on its own; in a loose layout,
            # or breaking the issuing rules (test and temporary "ZZ..." numbers),
            # it needs a cue word, and then names a person all the same.
            if _NINO_SPACED.fullmatch(value) and is_valid_nino(value):
                yield NationalIdMatch(match.start(), match.end(), 0.9, scheme)
            elif field_says_id or _has_context(text, match.start()):
                yield NationalIdMatch(match.start(), match.end(), 0.85, scheme)
            continue
        if scheme in _SELF_EVIDENT_LAYOUTS:
            score = 0.9 if _VALIDATORS[scheme](value) else DOUBTFUL_SCORE
            yield NationalIdMatch(match.start(), match.end(), score, scheme,
                                  "TAX_ID" if scheme in _TAX_SCHEMES else "NATIONAL_ID")
            continue
        if not _VALIDATORS[scheme](value):
            # Recall first: a failed check lowers the score but never drops a number
            # that a cue word, an id field or the name of the person before it says is an identity number.
            if field_says_id or _has_context(text, match.start()) or _next_to_a_name(text, match.start()):
                yield NationalIdMatch(match.start(), match.end(), DOUBTFUL_SCORE, scheme)
            continue
        # A check letter (codice fiscale, NIE) or the spaced NIR layout is evidence
        # enough; bare digit runs pass a check by chance too often.
        if scheme in _STANDS_ALONE_SCORES:
            score = _STANDS_ALONE_SCORES[scheme]
            if score < 0.85 and (field_says_id or _has_context(text, match.start())):
                score = 0.85  # a doubtful layout after a cue word ("NRIC S1234567D", "SIN: 130 692 544")
            yield NationalIdMatch(match.start(), match.end(), score, scheme)
        elif scheme == "nir" and not value.isdigit():
            yield NationalIdMatch(match.start(), match.end(), 0.9, scheme)
        elif field_says_id or _has_context(text, match.start()):
            yield NationalIdMatch(match.start(), match.end(), 0.85, scheme)
        elif _next_to_a_name(text, match.start()):
            yield NationalIdMatch(match.start(), match.end(), _NEXT_TO_A_NAME_VALID, scheme)


# --- any country's number after its label (redactor/data/national_id_labels.yaml) ---------

_LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "national_id_labels.yaml"
_LABEL_FIELDS = frozenset({"scheme", "anchors", "label", "stdnum"})


class NationalIdCatalogueError(ValueError):
    """national_id_labels.yaml is malformed; the message names the record."""


@dataclass(frozen=True, slots=True)
class _LabelRule:
    scheme: str
    check: Callable[[str], bool] | None  # python-stdnum's is_valid, or None where no check exists
    kind: str = "NATIONAL_ID"


@dataclass(frozen=True, slots=True)
class _LabelCatalogue:
    labels: re.Pattern[str]  # one named group per rule: l0, l1, ...
    rules: tuple[_LabelRule, ...]
    anchors: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def label_catalogue() -> _LabelCatalogue:
    """The label catalogue, loaded and checked once (call at start-up so a broken file fails there)."""
    try:
        document = yaml.safe_load(_LABELS_FILE.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise NationalIdCatalogueError(f"{_LABELS_FILE.name}: cannot be read: {exc}") from None
    records = document.get("labels") if isinstance(document, dict) else None
    if not isinstance(records, list) or not records:
        raise NationalIdCatalogueError(f"{_LABELS_FILE.name}: expected a mapping with a 'labels' list")
    rules, labels, anchors = [], [], set()
    for index, record in enumerate(records):
        where = f"{_LABELS_FILE.name}: record #{index + 1}"
        if not isinstance(record, dict) or set(record) != _LABEL_FIELDS:
            raise NationalIdCatalogueError(f"{where}: needs exactly scheme, anchors, label and stdnum")
        try:
            re.compile(record["label"], re.IGNORECASE)
        except re.error as exc:
            raise NationalIdCatalogueError(f"{where} ({record['scheme']}): {exc}") from None
        check = _stdnum_check(record["stdnum"], where)
        rules.append(_LabelRule(record["scheme"], check))
        labels.append(f"(?P<l{index}>{record['label']})")
        anchors.update(str(record["anchors"]).split())
    stdnum_names()  # python-stdnum's names too, at start-up
    return _LabelCatalogue(
        # Not "passport-jwt-4.0.1.tgz": a label followed by "-x" or ".x" is part of a name.
        labels=re.compile("(?:" + "|".join(labels) + r")(?![\w])(?![-./][^\W_])", re.IGNORECASE),
        rules=tuple(rules),
        anchors=tuple(sorted(anchors)),
    )


# Modules whose numbers are no one's identity or account (postcodes, securities, drugs, meters, receipts,
# classifications, check-digit algorithms): their docstrings say so.
_STDNUM_NOT_PERSONAL = re.compile(
    r"(?i:postal|postcode|post code|securit|drug|meter|banknote|classification|receipt|school|real estate|payment slip"
    r"|algorithm|routing identifier|energy|excise|one stop|creditor|activity|iban|trade regist|bic\b)")
_STDNUM_TAX = re.compile(
    r"(?i:\b(?:tax|taxpayers?|vat|fiscal|company|business|enterprises?|organi[sz]ations?|entity|entities|register|economic)\b)")
_STDNUM_BANK = re.compile(r"(?i:\b(?:bank|routing)\b)")
# A docstring's first line: "NAME[, NAME] (LOCAL NAME, ..., English gloss)."
_TRAILING_NUMBER_WORD = re.compile(r"(?i)\s+(?:number|no\.?|nr\.?)$")
_SPACELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_STDNUM_TITLE = re.compile(r"(?P<head>[^()]+?)\s*(?:\((?P<gloss>.*)\))?\.?\s*$")


@dataclass(frozen=True, slots=True)
class _StdnumName:
    written: str  # as the docstring writes it ("NIP", "Rodné číslo")
    acronym: bool  # matched in its own case only ("NIP", not the verb "nip")
    rules: tuple[_LabelRule, ...]  # every module that uses the name ("NIF": Spain, France, Portugal, Algeria)


@functools.lru_cache(maxsize=1)
def stdnum_names() -> dict[str, _StdnumName]:
    """Lower-case name -> the python-stdnum country modules it names (read once, at start-up with the catalogue).

    Names are the docstring's head ("NIP", "Isikukood", "Konto nr.") and the local names in its brackets
    before the English gloss ("Numer Identyfikacji Podatkowej", "Rodné číslo", "מספר זהות"). A name of
    fewer than three letters ("CC", "IN") or an English word ("pin" is one) would label too much.
    Without python-stdnum installed there is nothing to read (see _stdnum_check).
    """
    try:
        import stdnum
    except ModuleNotFoundError:
        return {}
    from redactor.detect.term_lists import term_list

    common_words = term_list("common_words")
    names: dict[str, _StdnumName] = {}
    for package in pkgutil.iter_modules(stdnum.__path__):
        if not package.ispkg or len(package.name.rstrip("_")) != 2:
            continue  # country packages only ("ee", "in_", "is_"); "iso7064" holds algorithms
        country = importlib.import_module(f"stdnum.{package.name}")
        for module_info in pkgutil.iter_modules(country.__path__):
            module = importlib.import_module(f"stdnum.{package.name}.{module_info.name}")
            title = (module.__doc__ or "").strip().split("\n", 1)[0]
            parsed = _STDNUM_TITLE.match(title)
            check = getattr(module, "is_valid", None)
            if parsed is None or check is None or _STDNUM_NOT_PERSONAL.search(title):
                continue
            kind = "ID_NUMBER" if _STDNUM_BANK.search(title) else "TAX_ID" if _STDNUM_TAX.search(title) else "NATIONAL_ID"
            rule = _LabelRule(f"stdnum:{package.name}.{module_info.name}", check, kind)
            written_names = re.split(r",\s*|\s+or\s+", parsed.group("head"))
            written_names += [part.strip() for part in (parsed.group("gloss") or "").split(",")][:-1]  # not the gloss
            # "CNIC number", "NRIC No.", "VSK number": the acronym alone labels the number too.
            written_names += [_TRAILING_NUMBER_WORD.sub("", name) for name in written_names
                              if _TRAILING_NUMBER_WORD.search(name)]
            # Scripts written without spaces between words ("사업자 등록 번호" is written "사업자등록번호" too).
            written_names += [name.replace(" ", "") for name in written_names if _SPACELESS_SCRIPT.search(name)]
            for name in dict.fromkeys(" ".join(name.strip(" \"'").split()) for name in written_names):
                acronym = name.upper() == name and name.isascii()
                if sum(char.isalpha() for char in name) < 3 or len(name) > 60 or (
                        not acronym and name.lower() in common_words):
                    continue
                known = names.get(name.lower())
                names[name.lower()] = _StdnumName(name, acronym and (known is None or known.acronym),
                                                  (known.rules if known else ()) + (rule,))
    return names


def stdnum_schemes() -> frozenset[str]:
    """The python-stdnum modules whose names label numbers ("stdnum:ee.ik", ...)."""
    return frozenset(rule.scheme for name in stdnum_names().values() for rule in name.rules)


def _stdnum_check(module: str | None, where: str) -> Callable[[str], bool] | None:
    """python-stdnum's is_valid for `module` ("br.cpf").

    Without python-stdnum installed (a checkout whose environment predates the
    dependency) every labelled value is still reported, unchecked: a check only
    moves the score, so detection does not depend on it.
    """
    if module is None:
        return None
    try:
        return importlib.import_module(f"stdnum.{module}").is_valid
    except ModuleNotFoundError as exc:
        if exc.name == "stdnum":
            return None
        raise NationalIdCatalogueError(f"{where}: no python-stdnum module {module!r}") from None
    except AttributeError:
        raise NationalIdCatalogueError(f"{where}: python-stdnum module {module!r} has no is_valid") from None


# Between a label and its value: a few words before a colon, "(China)", "number", "no.", ":", "is", a quote.
_AFTER_LABEL = re.compile(
    r"[)\]]?(?:(?:[ \t]+[^\W\d_]{1,12}){1,3}[ \t]*(?=:))?"  # "CPF do titular: ...", "SSN of the insured: ..."
    r"[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:(?:number|no\.?|nr\.?|num|n°|nº|#)[ \t]*)?"
    r"(?:[:#=–：-]+|\bis\b|\bwas\b)?[ \t]*[\"'`]?",
    re.IGNORECASE,
)
# The value: letters and digits, joined by . - / and single spaces, a check digit in brackets ("A123456(7)").
_ID_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[.\-/](?=[A-Za-z0-9])|\([A-Za-z0-9]\)|[ ](?=[A-Za-z0-9])){3,40}")
# A word of small letters before the value is the sentence's ("says", "reads", "shows"), not the id's first group.
_WORD_THEN_SPACE = re.compile(r"[a-z]{2,12}[ \t]+(?=[A-Za-z]{0,3}\d)")
_FULL_DATE = re.compile(r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})")
_GROUP_CONTINUES = re.compile(r"[A-Za-z0-9.\-/()]*\d[A-Za-z0-9.\-/()]*|[A-Z]|\([A-Za-z0-9]\)")


def find_labelled_national_ids(text: str) -> Iterator[NationalIdMatch]:
    """Identity numbers of any country in the catalogue, after their label ("CPF 111.444.777-35").

    The label says what the number is: a failed check (python-stdnum) lowers
    the score into the doubtful band and never drops the value. Without a
    label the same numbers are found under their field names (pii_fields.py).
    """
    catalogue = label_catalogue()
    lowered = lowered_same_length(text)
    last_end = -1
    reported: set[int] = set()
    for position in keyword_positions(lowered, catalogue.anchors):
        if position < last_end or (position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_")):
            continue
        label = catalogue.labels.match(text, position)
        if label is None:
            continue
        gap = _AFTER_LABEL.match(text, label.end())
        run = _ID_RUN.match(text, gap.end())
        rule = catalogue.rules[int(label.lastgroup[1:])]
        value = ""
        if run is not None and _WORD_THEN_SPACE.match(text, run.start()):
            run = _ID_RUN.match(text, _WORD_THEN_SPACE.match(text, run.start()).end())  # "passport says 30.06.1951"
        if run is not None:
            start, end = run.start(), _value_end(text, run)
            value = text[start:end]
            if _FULL_DATE.fullmatch(value):
                value = ""  # a date: the document's or its holder's (pii.py's date rules), not its number
        if sum(char.isdigit() for char in value) < 3 or sum(char.isalnum() for char in value) < 5:
            later = _checked_value_later(text, label.end(), rule)
            if later is not None:
                last_end = later[1]
                reported.add(later[0])
                yield NationalIdMatch(later[0], later[1], _LATER_SCORE, rule.scheme, rule.kind)
            continue
        last_end = end
        reported.add(start)
        yield NationalIdMatch(start, end, _checked_score(rule, value, 0.9, 0.8), rule.scheme, rule.kind)
    yield from _after_stdnum_names(text, lowered, reported)


# The label's number later in its sentence ("My PESEL has a typo: it should read 85031212345", "the personnummer you
# have, 850312-1234, is my brother's"): only a number that passes the scheme's check (python-stdnum), in the rest of
# the sentence (the line, up to a full stop, at most _LATER_REACH characters).
_LATER_REACH = 80
_LATER_SCORE = 0.7
_LATER_RUN = re.compile(r"(?<![\w./-])(?=[A-Za-z]{0,3}\d)" + _ID_RUN.pattern)
_ANSWER_LINE = re.compile(r"\r?\n(?:[^\n:>]{0,24}[:>])?[ \t]*(?:it'?s[ \t]+|is[ \t]+)?")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _checked_value_later(text: str, start: int, rule: _LabelRule) -> tuple[int, int] | None:
    if rule.check is None:
        return None
    end = min(len(text), start + _LATER_REACH)
    sentence_end = _SENTENCE_END.search(text, start, end)
    end = sentence_end.start() if sentence_end is not None else end
    run = _LATER_RUN.search(text, start, end)
    if run is None:
        # Asked for and answered on the next line of a chat ("Could you give me your PESEL?\nClient: 85031212343").
        line_end = text.find("\n", start, start + _LATER_REACH)
        if line_end == -1 or (sentence_end is not None and text[sentence_end.start()] not in "?\n"):
            return None
        answer = _ANSWER_LINE.match(text, line_end)
        run = _LATER_RUN.match(text, answer.end()) if answer is not None else None
        if run is None:
            return None
    value_end = _value_end(text, run)
    value = text[run.start():value_end]
    if sum(char.isdigit() for char in value) >= 6 and _passes(rule.check, value):
        return run.start(), value_end
    return None


def _after_stdnum_names(text: str, lowered: str, reported: set[int]) -> Iterator[NationalIdMatch]:
    """Numbers after a name python-stdnum gives them (all names found in one pass, as literals), unless the
    hand-written catalogue, which names the scheme on purpose, reported the number already."""
    names = stdnum_names()
    if not names:
        return
    last_end = -1
    for start, end in _stdnum_name_spans(lowered):
        if start < last_end or (start and (lowered[start - 1].isalnum() or lowered[start - 1] in "_-")):
            continue
        if end < len(text) and (text[end].isalnum() or (text[end] in "-./" and text[end + 1:end + 2].isalpha())):
            continue  # inside a longer word or name ("passport-jwt", "NIPs")
        name = names[lowered[start:end]]
        if name.acronym and text[start:end] != name.written:
            continue
        gap = _AFTER_LABEL.match(text, end)
        run = _ID_RUN.match(text, gap.end())
        if run is not None and _WORD_THEN_SPACE.match(text, run.start()):
            run = _ID_RUN.match(text, _WORD_THEN_SPACE.match(text, run.start()).end())  # "PESEL reads 85031212345"
        if run is None:
            continue
        value_start, value_end = run.start(), _value_end(text, run)
        if value_start in reported:
            continue
        value = text[value_start:value_end]
        if _FULL_DATE.fullmatch(value) or sum(char.isdigit() for char in value) < 3 or sum(char.isalnum() for char in value) < 5:
            continue
        last_end = value_end
        passing = [rule for rule in name.rules if _passes(rule.check, value)]
        rule = (passing or list(name.rules))[0]
        yield NationalIdMatch(value_start, value_end, 0.9 if passing else DOUBTFUL_SCORE, rule.scheme, rule.kind)


def _stdnum_name_spans(lowered: str) -> list[tuple[int, int]]:
    """`keyword_spans(lowered, stdnum_names())`, its starts answered by the text's shared cue scan (no pass of its own)."""
    words, words_by_first = _stdnum_name_words()
    spans: list[tuple[int, int]] = []
    previous = -1
    for start in keyword_positions(lowered, words):
        if start != previous:  # two names starting at one offset come twice
            previous = start
            spans.extend((start, start + len(word)) for word in words_by_first[lowered[start]]
                         if lowered.startswith(word, start))
    spans.sort()
    return spans


@functools.lru_cache(maxsize=1)
def _stdnum_name_words() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The names of stdnum_names as one constant tuple (a list of the shared cue scan), and by first character."""
    words = tuple(stdnum_names())
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word)
    return words, {first: tuple(group) for first, group in by_first.items()}


def _value_end(text: str, run: re.Match) -> int:
    """End of the value in `run`: its first group, then the groups that carry a digit or a lone letter."""
    groups = run.group(0).split(" ")
    end = run.start() + len(groups[0])
    for group in groups[1:]:
        if not _GROUP_CONTINUES.fullmatch(group):
            break
        end += 1 + len(group)
    while text[end - 1] in ".-/(":
        end -= 1
    return end


def _passes(check: Callable[[str], bool], value: str) -> bool:
    try:
        return bool(check(value))
    except Exception:  # noqa: BLE001 - a checker that trips over odd input says "not valid"
        return False


def _checked_score(rule: _LabelRule, value: str, valid: float, unchecked: float) -> float:
    if rule.check is None:
        return unchecked
    return valid if _passes(rule.check, value) else DOUBTFUL_SCORE


def _has_context(text: str, start: int) -> bool:
    before = text[max(0, start - _CONTEXT_WINDOW):start].rsplit("\n", 1)[-1]
    return bool(_CONTEXT.search(before))



def _next_to_a_name(text: str, start: int) -> bool:
    """A person's name right before the number, or in a name cell of the same headerless table row."""
    return name_just_before(text, start) or name_in_row(text, start)
