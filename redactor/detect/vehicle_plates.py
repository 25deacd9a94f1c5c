"""Licence plates without a label: a country's plate layout beside a vehicle, or one so specific it stands alone.

pii.py reads plates after their labels (`reg`, `plate`, `Kennzeichen`, `targa` ...) and under plate columns. People
also write the plate straight after the car: "a grey Golf KX21 PLM parked across my drive", "my Audi (1-ABC-234)
was towed", "the Tesla M-EV 123E". Here a plate is one of the layouts countries issue (_LAYOUTS), and:

- beside a vehicle (a vehicle word, a make or a model, or a verb of parking and traffic on the same line, or in
  the header line of the table the row belongs to): 0.7;
- alone, in the layouts nothing else is written in (the current British `KX21 PLM` with a real age identifier,
  the German `M-AB 1234` with its hyphen and space, the Belgian `1-ABC-234`, the Dutch `12-BDF-3` of consonants):
  doubtful (wire only).

The vocabulary is a literal list for the shared cue scan; the layouts are tried only on lines holding a digit and
a capital (one pass over the text's lines that have both).
"""
from __future__ import annotations

import itertools
import re
from typing import Iterator

from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.plates_in_scripts import find_plates_in_scripts
from redactor.detect.keywords import DigitFirstPattern, keyword_positions, lowered_same_length
from redactor.detect.rule_files import term_list

_SCORE_BESIDE_VEHICLE = 0.7
_UK_AGE = r"(?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6])"
_LAYOUTS = re.compile(
    r"(?<![\w-])(?<![\d][ ])(?:"
    rf"(?P<uk>[A-HJ-PR-Y][A-HJ-PR-Y]{_UK_AGE}[ ]?[A-HJ-PR-Z]{{3}})"  # Great Britain since 2001
    r"|(?P<de>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?)"  # Germany: district, letters, digits (E electric, H historic)
    r"|(?P<be>[12]-[A-Z]{3}-\d{3})"  # Belgium (issued from 1- and 2-)
    r"|(?P<nl_alone>\d{1,2}-[BDFGHJKLMNPRSTVXZ]{2,3}-\d{1,3})"  # Dutch sidecodes 7-9 (consonants only: no word)
    r"|(?P<it>[A-Z]{2}[ ]?\d{3}[ ]?[A-Z]{2})"  # Italy (France's AB-123-CD is pii.py's)
    r"|(?P<fr>[A-Z]{2}-\d{3}-[A-Z]{2})"
    r"|(?P<es>\d{4}[ -]?[B-DF-HJ-NP-TV-Z]{3})"  # Spain
    r"|(?P<nl>\d{1,2}-[A-Z]{2,3}-\d{1,3}|[A-Z]{2,3}-\d{2,3}-[A-Z]{1,2}|[A-Z]{1,2}-\d{2,3}-[A-Z]{2,3})"  # Dutch sidecodes
    r"|(?P<pl>[A-Z]{2,3}[ ]\d[A-Z0-9]{3,4})"  # Poland
    r"|(?P<ch>(?:ZH|BE|LU|UR|SZ|OW|NW|GL|ZG|FR|SO|BS|BL|SH|AR|AI|SG|GR|AG|TG|TI|VD|VS|NE|GE|JU)[ ]?\d{1,6})"  # Switzerland
    r"|(?P<us>[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3,4})"  # any other: two groups of letters and digits, beside a vehicle only
    # (not a piece of a longer code: "ABC 1234 567" is some other number, whose own rule reads it whole)
    r")(?![\w-]|\.\w|[ ][A-Z]?\d)")
# Layouts nothing else is written in: they stand alone (doubtful).
_STANDS_ALONE = frozenset({"uk", "de", "be", "nl_alone"})
_VEHICLE_WORDS = (
    "car", "cars", "van", "vehicle", "truck", "lorry", "pickup", "suv", "hatchback", "saloon", "sedan", "estate",
    "motorbike", "motorcycle", "moped", "scooter", "taxi", "cab", "minicab", "camper", "caravan", "trailer",
    "parked", "parking", "towed", "clamped", "speeding", "anpr", "dvla", "mot", "dashcam", "drove", "driving",
    "reversed", "number plate", "tailgating", "fahrzeug", "kfz", "pkw", "wagen", "voiture", "vehicles", "vans",
    "trucks", "dienstwagen", "firmenwagen", "motorrad", "araba", "araç", "kendaraan", "машина", "автомобиль", "машину",
    "машины",  # (not "auto", "fleet", "mobil": words of every developer's text, 3x the cost on agent prompts)
    "véhicule", "coche", "vehículo", "macchina", "veicolo", "carro", "samochód", "bil", "bilen",
    # makes and models people name their car by
    "ford", "vauxhall", "opel", "volkswagen", "vw", "golf", "polo", "passat", "toyota", "yaris", "corolla", "prius",
    "bmw", "audi", "mercedes", "merc", "nissan", "qashqai", "micra", "kia", "hyundai", "tesla", "renault", "clio",
    "peugeot", "fiat", "panda", "honda", "civic", "jazz", "skoda", "octavia", "fabia", "volvo", "mini", "land rover",
    "range rover", "jaguar", "mazda", "citroen", "citroën", "ibiza", "dacia", "sandero", "lexus", "porsche",
    "transit", "sprinter", "corsa", "astra", "fiesta", "mondeo", "kuga", "punto", "subaru", "suzuki",
    "mitsubishi", "jeep", "chevrolet", "chevy", "dodge", "cupra", "lancia", "alfa", "daf", "iveco", "scania")
# ... and the words for a vehicle in other languages (round 31: "no camião AX-27-QF", "veículo", "LKW"), as data.
_VEHICLE_WORDS += tuple(sorted(term_list("vehicle_words_in_languages") - frozenset(_VEHICLE_WORDS)))
_VEHICLE_WORD_SET = frozenset(_VEHICLE_WORDS)


def find_unlabelled_plates(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of plates without a label (module doc).

    Only two sets of lines are read: the lines beside a vehicle (a vehicle word on the line, or in the header of its
    table: the block of lines below it with as many separators), and the lines where one C-speed scan found a
    layout that stands alone. Each is read once."""
    lowered = lowered_same_length(text)
    beside: set[int] = set()
    for line_start in _vehicle_lines(text, lowered):
        beside.add(line_start)
        beside.update(_table_rows_below(text, line_start))
    hints = itertools.chain(layout_matches(_DIGITS_HINT, text, _DIGITS_HINT_LAYOUTS),
                            _GERMAN_HINT.finditer(text) if "-" in text else ())
    alone = {text.rfind("\n", 0, match.start()) + 1 for match in hints} - beside
    for line_start in sorted(beside | alone):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        yield from _plates_on_line(text, line_start, line_end, line_start in beside)
    if not text.isascii():  # Russian "А 123 ВС 77", Ukrainian "АА 1234 ВВ": the letters Cyrillic and Latin share
        for match in _CYRILLIC_PLATE.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            yield match.start(), match.end(), _SCORE_BESIDE_VEHICLE if line_start in beside else DOUBTFUL_SCORE
    yield from find_plates_in_scripts(text)  # `粤B 3F8K2`, `34나 7812`, `Dubai Q 48213`: layouts that stand alone


def _table_rows_below(text: str, line_start: int) -> Iterator[int]:
    """Starts of the lines below a header line that have as many of its separator (its table's rows)."""
    line_end = text.find("\n", line_start)
    if line_end == -1:
        return
    header = text[line_start:line_end]
    separator = next((sep for sep in _TABLE_SEPARATORS if header.count(sep) >= 1), None)
    if separator is None:
        return
    count = header.count(separator)
    start = line_end + 1
    for _ in range(_TABLE_ROWS):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if start >= len(text) or text.count(separator, start, end) != count:
            return
        yield start
        start = end + 1


# (Starting with the letter class, the word boundary looked behind after it: `re` skips ahead to the class's letters.)
_CYRILLIC_PLATE = re.compile(r"[АВЕКМНОРСТУХІ](?<![\w-].)[АВЕКМНОРСТУХІ]? ?\d{3,4} ?[АВЕКМНОРСТУХІ]{2}(?: ?\d{2,3})?(?![\w-])")
_TABLE_ROWS = 500  # rows of a vehicle table read below its header
# Where a layout that stands alone can be: a British plate's letters, digits and letters; a German district's
# hyphen then letters and digits; a Belgian digit, hyphen, three letters.
# (Each written to start with a digit or a literal, so the scan skips ahead: a leading class or an alternation of
# three made `re` try every position, 60 us/KB.)
_DIGITS_HINT = DigitFirstPattern(re.compile(r"\d(?:\d ?[A-Z]{3}|-[A-Z]{2,3}-\d)"))
# How every _DIGITS_HINT match starts, in character classes (character_layouts.py): on ASCII text the starts are
# found by bytes.find and the pattern tried there only (it was tried at each digit of the text, ~12 us/KB).
_DIGITS_HINT_LAYOUTS = (b"00AAA", b"00 AAA", b"0-AA-0", b"0-AAA-0")
_GERMAN_HINT = re.compile(r"-[A-Z]{1,2} \d")


def _plates_on_line(text: str, start: int, end: int, beside: bool) -> Iterator[tuple[int, int, float]]:
    taken: list[tuple[int, int]] = []
    if beside:  # the whole run of letter and digit groups ("B 1234 KJD", "MH 12 DE 1433"), not a layout's part of it
        for run in _RUN.finditer(text, start, end):
            if _plate_run(run.group(0)):
                taken.append(run.span())
                yield run.start(), run.end(), _SCORE_BESIDE_VEHICLE
    for match in _LAYOUTS.finditer(text, start, end):
        scheme = match.lastgroup
        value = match.group(0)
        if not (any(char.isdigit() for char in value) and any(char.isalpha() for char in value)):
            continue
        if any(run_start <= match.start() < run_end for run_start, run_end in taken):
            continue
        if beside:
            if (scheme == "us" and not (_plate_like(value) and _plate_run(value))) or _public_acronym_first(value):
                continue  # "RFC 8446", "ISO 8601" beside a car's name
            yield match.start(), match.end(), _SCORE_BESIDE_VEHICLE
        elif scheme in _STANDS_ALONE and not _YEAR_GROUP.search(value):  # "CI-CD 2024": a year, not a plate
            yield match.start(), match.end(), DOUBTFUL_SCORE


_TABLE_SEPARATORS = (";", ",", "\t", "|")
# A run of one to four groups of capitals and digits joined by one space or dash, as plates are written in every country
# (Indonesia's "B 1234 KJD", India's "KA 01 AB 1234", Turkey's "34 ABC 123", Britain's "GX 19 KLM", Germany's "B MK 4471").
_RUN = re.compile(r"(?<![\w-])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5}){0,3}(?![\w-]|[.,]\d|[ ][A-Z0-9]{1,5}\b)")
# Letters after a car's model or a number that are a trim, an engine, a drive or a unit, not a plate's letters.
_TRIMS_AND_UNITS = frozenset("""gt gti gtd gts gtx xlt xle xse le se sel sr sr5 lx ex dx lt ltz ls ss rs st srt amg tdi tsi
    tfsi cdi hdi dci crdi tdci ecoboost awd fwd rwd 4wd 4x4 lr ev phev hev bev turbo hp ps cc kw kwh nm fps kph kmh mph
    km gb mb tb rpm at mt cvt dsg eco sport xdrive quattro""".split())


def _plate_run(value: str) -> bool:
    """A plate's run: 4 to 10 letters and digits, both kinds (two digits at least), no word of four letters or more, no
    year, no public acronym first (`RFC 8446`), no group longer than a plate's."""
    compact = value.replace(" ", "").replace("-", "")
    digits = sum(char.isdigit() for char in compact)
    groups = re.split(r"[ -]", value)
    if len(groups) >= 2 and all(not group.isalpha() and not group.isdigit() for group in groups):
        return False  # "X5 M50D", "XC90 T8", "A4 B9": model names; a plate holds a group of letters or digits alone
    last = groups[-1].lower()
    if last in _TRIMS_AND_UNITS or (len(last) >= 3 and last.isalpha() and last in _public_acronyms_set()) or (
            groups[0].lower() in _VEHICLE_WORD_SET):
        return False  # "F-150 XLT", "316 CDI", "450 EUR", "22 KW", "BMW X5 M50D"
    return (4 <= len(compact) <= 10 and digits >= 2 and digits < len(compact) and not _FOUR_LETTERS.search(value)
            and not _YEAR_GROUP.search(value) and not _public_acronym_first(value))


def _public_acronyms_set() -> frozenset[str]:
    from redactor.detect.acronym_labels import _public_acronyms

    return _public_acronyms()


def is_plate_run(value: str) -> bool:
    """A value shaped like a plate where a plate label's words leave some doubt (pii.py): a plate's run, not a
    public acronym's number ("targa della moto", "placa de vídeo RTX 4090")."""
    return _plate_run(value) and not _public_acronym_first(value)


def _public_acronym_first(value: str) -> bool:
    from redactor.detect.acronym_labels import _public_acronyms

    letters = _LEADING_LETTERS.match(value)
    return letters is not None and letters.group(0).lower() in _public_acronyms()


_LEADING_LETTERS = re.compile(r"[A-Z]+")


def _plate_like(value: str) -> bool:
    """Two groups of capitals and digits, both kinds present, no word of letters alone longer than three."""
    letters = sum(char.isalpha() for char in value)
    digits = sum(char.isdigit() for char in value)
    return letters >= 2 and digits >= 2 and not _FOUR_LETTERS.search(value) and not _YEAR_GROUP.search(value)


_FOUR_LETTERS = re.compile(r"[A-Z]{4}")
_YEAR_GROUP = re.compile(r"(?<![A-Z0-9])(?:19|20)\d\d(?![A-Z0-9])")


def _vehicle_lines(text: str, lowered: str) -> set[int]:
    """Starts of the lines holding a vehicle word (a whole word; makes that are also words only capitalised)."""
    starts: set[int] = set()
    for position in keyword_positions(lowered, _VEHICLE_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        end = position
        while end < len(lowered) and (lowered[end].isalnum() or lowered[end] in "éëèö"):
            end += 1
        word = lowered[position:end]
        if word not in _VEHICLE_WORD_SET and not lowered.startswith(("number plate", "land rover", "range rover"),
                                                                    position):
            continue
        if word in _CAPITALISED_ONLY and not text[position].isupper():
            continue  # ordinary words in lower case ("mini", "golf", "polo"); the make is capitalised
        if word == "van" and _NAME_AFTER.match(text, end):
            continue  # "Jan van Dijk": a name's particle
        starts.add(text.rfind("\n", 0, position) + 1)
    return starts


_CAPITALISED_ONLY = frozenset("mini golf polo panda jazz alfa bil mot transit civic punto sandero ibiza".split())
_NAME_AFTER = re.compile(r"[ \t]+(?:der[ \t]+|den[ \t]+|de[ \t]+)?[A-Z][a-z]")


def plate_forms(value: str) -> tuple[str, ...]:
    """Other ways the same plate is written in the same conversation (the engine propagates them).

    A plate found once is often written again grouped differently ("KX21 PLM", later "KX21PLM" or "KX21-PLM"), or
    without what rode along with it where it was found (a US state after the plate in a table, "7KXP482 CA", then
    "7KXP482" in the reply). The forms: the groups joined by nothing, a space and a hyphen; and each group that is a
    plate on its own (letters and digits, five or more). Every form holds letters and digits, so no form is a word
    or a number of its own."""
    groups = [group for group in _PLATE_GROUP_BREAK.split(value.strip()) if group]
    if len(groups) < 2:
        return ()
    forms = {"".join(groups), " ".join(groups), "-".join(groups)}
    forms.update(group for group in groups if len(group) >= 5)
    forms.discard(value)
    return tuple(sorted(form for form in forms if len(form) >= 5 and _has_letter_and_digit(form)))


_PLATE_GROUP_BREAK = re.compile(r"[ \t\-·.]+")


def _has_letter_and_digit(value: str) -> bool:
    return any(char.isdigit() for char in value) and any(char.isalpha() for char in value)


def is_country_plate(value: str) -> bool:
    """Whether a whole value is written in a country's plate layout (_LAYOUTS; the generic two groups only when shaped
    like a plate's run), for a value whose place already says it may be one: a cell of a person's record."""
    match = _LAYOUTS.fullmatch(value)
    if match is None or not _has_letter_and_digit(value) or _YEAR_GROUP.search(value) or _public_acronym_first(value):
        return False
    return match.lastgroup != "us" or (_plate_like(value) and _plate_run(value))
