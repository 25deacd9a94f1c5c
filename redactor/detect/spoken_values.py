"""The spoken view: values as speech-to-text and dictation write them, rewritten to their written form.

Call transcripts, voicemail transcriptions and dictated notes write a value the
way it was said: "four one five, five five five, oh one nine two", "double
seven", "null eins sieben neun", "priya underscore n at outlook dot co dot uk",
"S as in Sam, M, I, T, H", "policy number A B seven seven two nine". The
detectors look for digits and `@`, so such values would go out whole.

`spoken_view` finds the spoken runs of a text and rewrites each to its written
form ("415 555 0192", "priya_n@outlook.co.uk", "Smith", "AB7729"); the
detectors run over the view (decoded_views.py) and every view character of a
run maps back to the WHOLE spoken run, so a finding covers what was said.

A run is a maximal sequence of value words: number words (0-9, teens, tens,
"hundred"/"thousand" and their compositions, "oh", "double"/"triple") of one
language among English, German, French, Spanish, Dutch, Portuguese and Italian
(the language is chosen per run, by the most words it explains), digits, single
spelled letters (with "as in Sam"), joined by spaces, commas and hyphens, with
fillers ("um", "uh") and self-corrections ("no sorry" drops the group said just
before) inside. Only runs long enough to be a value are rewritten (six digits
and letters, or three spelled letters): "two or three people" and "forty five
minutes" stay as they are. A run the detectors do not take is still a finding
(`spoken_run_findings`): after a cue ("number", "call me on", "account",
"policy", "surname") at 0.75, elsewhere doubtful at 0.55.

Cost: a text is split into words once and the view is built only when it holds
three number words or three spelled letters (prose without them costs the
split). Spoken dates and the English "at ... dot" e-mail are pii.py's own.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from redactor.detect.confidence import DOUBTFUL_SCORE

# Per language: number words by value. Units 0-9 ("unit"), 10-19 and the written-together 21-29 ("teen": a
# two-digit word), tens 20-90 ("tens"), multipliers.
_LANGUAGES: dict[str, dict[str, tuple[str, int]]] = {}


def _language(units: dict[int, str], teens: dict[int, str], tens: dict[int, str],
              hundreds: str, thousands: str) -> dict[str, tuple[str, int]]:
    words: dict[str, tuple[str, int]] = {}
    for table, category in ((units, "unit"), (teens, "teen"), (tens, "tens")):
        for value, spellings in table.items():
            for spelling in spellings.split():
                words[spelling] = (category, value)
    for spelling in hundreds.split():
        words[spelling] = ("mult", 100)
    for spelling in thousands.split():
        words[spelling] = ("mult", 1000)
    return words


_LANGUAGES["en"] = _language(
    {0: "zero oh nought", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
     8: "eight", 9: "nine"},
    {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
     17: "seventeen", 18: "eighteen", 19: "nineteen"},
    {20: "twenty", 30: "thirty", 40: "forty fourty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
     90: "ninety"},
    "hundred", "thousand")
_LANGUAGES["de"] = _language(
    {0: "null", 1: "eins ein", 2: "zwei zwo", 3: "drei", 4: "vier", 5: "fünf fuenf", 6: "sechs", 7: "sieben",
     8: "acht", 9: "neun"},
    {10: "zehn", 11: "elf", 12: "zwölf zwoelf", 13: "dreizehn", 14: "vierzehn", 15: "fünfzehn", 16: "sechzehn",
     17: "siebzehn", 18: "achtzehn", 19: "neunzehn"},
    {20: "zwanzig", 30: "dreißig dreissig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 70: "siebzig",
     80: "achtzig", 90: "neunzig"},
    "hundert", "tausend")
_LANGUAGES["fr"] = _language(
    {0: "zéro zero", 1: "un une", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept",
     8: "huit", 9: "neuf"},
    {10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize"},
    {20: "vingt vingts", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"},
    "cent cents", "mille")
_LANGUAGES["es"] = _language(
    {0: "cero", 1: "uno una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho",
     9: "nueve"},
    {10: "diez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dieciséis dieciseis",
     17: "diecisiete", 18: "dieciocho", 19: "diecinueve", 21: "veintiuno veintiún", 22: "veintidós veintidos",
     23: "veintitrés veintitres", 24: "veinticuatro", 25: "veinticinco", 26: "veintiséis veintiseis",
     27: "veintisiete", 28: "veintiocho", 29: "veintinueve"},
    {20: "veinte", 30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta",
     90: "noventa"},
    "cien ciento", "mil")
_LANGUAGES["nl"] = _language(
    {0: "nul", 1: "een één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht",
     9: "negen"},
    {10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien",
     17: "zeventien", 18: "achttien", 19: "negentien"},
    {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig",
     90: "negentig"},
    "honderd", "duizend")
_LANGUAGES["pt"] = _language(
    {0: "zero", 1: "um uma", 2: "dois duas", 3: "três tres", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete",
     8: "oito", 9: "nove"},
    {10: "dez", 11: "onze", 12: "doze", 13: "treze", 14: "catorze quatorze", 15: "quinze",
     16: "dezesseis dezasseis", 17: "dezessete dezassete", 18: "dezoito", 19: "dezenove dezanove"},
    {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta", 60: "sessenta", 70: "setenta", 80: "oitenta",
     90: "noventa"},
    "cem cento", "mil")
_LANGUAGES["it"] = _language(
    {0: "zero", 1: "uno una", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette", 8: "otto",
     9: "nove"},
    {10: "dieci", 11: "undici", 12: "dodici", 13: "tredici", 14: "quattordici", 15: "quindici", 16: "sedici",
     17: "diciassette", 18: "diciotto", 19: "diciannove"},
    {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta", 80: "ottanta",
     90: "novanta"},
    "cento", "mille")

# Written-together tens and units: German "zweiunddreißig", Dutch "tweeëndertig", Italian "ventidue".
_GERMAN_COMPOUND = re.compile(r"(\w+?)und(\w+zig|dreißig|dreissig)")
_DUTCH_COMPOUND = re.compile(r"(\w+?)(?:en|ën)(\w+tig|twintig)")
_ITALIAN_TENS_STEMS = {"vent": 20, "trent": 30, "quarant": 40, "cinquant": 50, "sessant": 60, "settant": 70,
                       "ottant": 80, "novant": 90}
_ITALIAN_COMPOUND = re.compile(r"(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[ai]?"
                               r"(uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)")

_REPEATERS = {"double": 2, "triple": 3, "doppel": 2, "doble": 2, "dubbel": 2, "duplo": 2, "doppio": 2,
              "treble": 3}
# "and" between a multiplier or a tens word and what follows ("one hundred and five", "treinta y dos").
_CONNECTORS = frozenset({"and", "und", "et", "y", "e", "en"})
_FILLERS = frozenset({"um", "uh", "uhm", "umm", "er", "erm", "ah", "eh", "ehm", "äh", "ähm", "euh", "hmm", "mm",
                      "ehh", "uhh"})
# A self-correction inside a run drops the group said just before it ("nine zero one three, no sorry, nine
# zero one four").
_CORRECTIONS = frozenset({"sorry", "no", "nein", "pardon", "perdón", "perdon", "scusa", "scusi", "desculpa",
                          "wait", "sorry,", "nee"})
# "S as in Sam", "B wie Berta", "C comme Charles", "B de Barcelona", "B come Bologna", "A van Anton".
_SPELLING_LINKS = (("as", "in"), ("like",), ("for",), ("wie",), ("comme",), ("de",), ("come",), ("van",),
                   ("voor",), ("como",))

_NUMBER_WORDS = frozenset(word for table in _LANGUAGES.values() for word in table)
_VALUE_WORDS = _NUMBER_WORDS | frozenset(_REPEATERS)
# A run shorter than this (digits and letters of its written form) is an ordinary number, not a value.
_SHORTEST_VALUE = 6
_SHORTEST_SPELLING = 3

# A word with its apostrophes ("it's" is one word: its "s" is no spelled letter).
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may stand between two words of one run: spaces, a comma, a hyphen, a slash (no line break, no full stop).
_RUN_GAP = re.compile(r"[ \t]*[,\-/]?[ \t]*")

# Spoken e-mail addresses with the separators pii.py does not read ("underscore", other languages' "at"/"dot").
_EMAIL_JOINS = {"dot": ".", "punkt": ".", "point": ".", "punto": ".", "ponto": ".", "underscore": "_",
                "unterstrich": "_", "dash": "-", "hyphen": "-", "bindestrich": "-", "tiret": "-", "guion": "-",
                "guión": "-", "trattino": "-", "streepje": "-", "minus": "-"}
_EMAIL_ATS = ("at", "ät", "arroba", "arobase", "chiocciola", "klammeraffe", "apenstaartje")
_EMAIL_WORD = r"[^\W_]{1,40}"
_EMAIL_JOIN = "(?:" + "|".join(sorted(_EMAIL_JOINS, key=len, reverse=True)) + ")"
_DOMAIN_DOT = "(?:dot|punkt|point|punto|ponto)"
# Found from the "at" on (a pattern that starts with a word would be tried at every letter of the text), then the
# local part read backwards from it within a short window.
_SPOKEN_EMAIL_DOMAIN = re.compile(
    rf"(?i)[ \t]+(?:{'|'.join(_EMAIL_ATS)})[ \t]+{_EMAIL_WORD}(?:[ \t]+(?:{_DOMAIN_DOT}|dash|hyphen)[ \t]+{_EMAIL_WORD}){{0,3}}"
    rf"[ \t]+{_DOMAIN_DOT}[ \t]+(?:com|org|net|edu|gov|info|biz|dev|app|io|[a-z]{{2}})(?![^\W_])")
_SPOKEN_EMAIL_LOCAL = re.compile(rf"(?i)(?<![^\W_]){_EMAIL_WORD}(?:[ \t]+{_EMAIL_JOIN}[ \t]+{_EMAIL_WORD}){{0,4}}\Z")
_LOCAL_WINDOW = 200
# "a" and "i" are words of their own: a spelling holds some other letter.
_FIRST_GATE = _VALUE_WORDS | frozenset("bcdefghjklmnopqrstuvwxyz")
# A spoken address pii.py does not read has an "at" word and a join word other than English "dot".
_EMAIL_GATE = frozenset(_EMAIL_ATS[2:]) | frozenset(_EMAIL_JOINS) - {"dot"}
_EMAIL_AT_WORDS = frozenset(_EMAIL_ATS)

# Cues before a run, nearest kind first: what the run is when the detectors do not say.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("PHONE", re.compile(r"(?i)\b(?:phone|mobile|cell|call(?:back)?|reach|ring|text|landline|fax|telefon\w*|"
                         r"handy|téléphone|telephone|portable|teléfono|móvil|movil|"
                         r"celular|telemóvel|cellulare|telefono|tel|whatsapp)\b")),
    ("BANK_ACCOUNT", re.compile(r"(?i)\b(?:account|acct|sort\s+code|iban|konto\w*|compte|cuenta|conta|conto|"
                                r"rekening\w*|routing)\b")),
    ("ID_NUMBER", re.compile(r"(?i)\b(?:policy|reference|ref|member(?:ship)?|customer|case|ticket|order|claim|"
                             r"id|passport|licen[cs]e|badge|employee|patient|invoice|booking|confirmation|"
                             r"serial|pin|code|kundennummer|versicherung\w*|référence|referencia|póliza|"
                             r"apólice|polizza|dossier|ausweis\w*)\b")),
)
# "number" alone says a value follows, not which: a phone's length of digits, else an id.
_NUMBER_CUE = re.compile(r"(?i)\b(?:number|no|nr|nummer|numéro|numero|número|nummer)\b")
_NAME_CUES = re.compile(r"(?i)\b(?:name|surname|spell(?:ed|ing|s)?|nachname|vorname|nom|apellido|cognome|"
                        r"achternaam|sobrenome)\b")
_CUE_WINDOW = 60
_CUED_SCORE = 0.75


@dataclass(frozen=True, slots=True)
class SpokenRun:
    """A spoken value at [start, end) of the text, its written form and what it is made of."""

    start: int
    end: int
    written: str
    digits: int
    letters: int
    is_email: bool = False


def english_number_words() -> frozenset[str]:
    """The English number words ("one" .. "ninety", "hundred", "thousand", "oh", "zero")."""
    return frozenset(_LANGUAGES["en"])


@functools.lru_cache(maxsize=1)
def digit_words() -> frozenset[str]:
    """The words for the digits 0-9 in every language of the spoken view ("four", "vier", "quatre", "zéro")."""
    return frozenset(word for table in _LANGUAGES.values() for word, (category, _value) in table.items()
                     if category == "unit" and len(word) > 1)


def digit_words_by_language(all_spellings: bool = False) -> dict[str, dict[int, object]]:
    """Per language, each digit's word (its first spelling: "zero", not "oh"), or with `all_spellings` the list of
    all its words: the spellings of a code read out digit by digit (code_spellings.py)."""
    result: dict[str, dict[int, object]] = {}
    for language, table in _LANGUAGES.items():
        words: dict[int, list[str]] = {}
        for word, (category, value) in table.items():
            if category == "unit" and len(word) > 1:
                words.setdefault(value, []).append(word)
        result[language] = words if all_spellings else {digit: spellings[0] for digit, spellings in words.items()}
    return result


def spoken_runs(text: str) -> list[SpokenRun]:
    """The spoken values of `text` long enough to be a value, in text order (see the module docstring)."""
    lowered = text.lower()
    split = lowered.replace(",", " ").replace("-", " ").split()
    runs: list[SpokenRun] = []
    # Two different value words or letters anywhere (a set intersection, ~10 us/KB) before the word-by-word test.
    if len(_FIRST_GATE.intersection(split)) >= 2 \
            and _has_spoken_streak(split):
        runs.extend(_value_runs(text, lowered))
    if not _EMAIL_GATE.isdisjoint(split) and not _EMAIL_AT_WORDS.isdisjoint(split):
        runs.extend(_email_runs(text, runs))
    runs.sort(key=lambda run: run.start)
    return runs


def spoken_run_findings(text: str, runs: list[SpokenRun]) -> list[tuple[SpokenRun, str, float]]:
    """Each run that is not an e-mail as a (run, kind, score) finding: the kind its cue names at 0.75; without a
    cue, doubtful at 0.55 (a phone's length of digits a PHONE, spelled letters a PERSON, others an ID)."""
    findings = []
    for run in runs:
        if run.is_email:
            continue
        before = text[max(0, run.start - _CUE_WINDOW):run.start]
        if run.digits == 0:
            findings.append((run, "PERSON", _CUED_SCORE if _NAME_CUES.search(before) else DOUBTFUL_SCORE))
            continue
        kind, score = None, DOUBTFUL_SCORE
        nearest = -1
        for cue_kind, cue in _CUES:
            for match in cue.finditer(before):
                if match.start() > nearest or (match.start() == nearest and kind is None):
                    nearest, kind = match.start(), cue_kind
        if kind is None and _NUMBER_CUE.search(before):
            kind = "PHONE"
        if kind is not None:
            score = _CUED_SCORE
            if kind == "PHONE" and (run.letters or not 6 <= run.digits <= 15):
                kind = "ID_NUMBER"
        else:
            kind = "PHONE" if not run.letters and 9 <= run.digits <= 13 else "ID_NUMBER"
        findings.append((run, kind, score))
    return findings


def _has_spoken_streak(words: list[str]) -> bool:
    """Whether three words in a row (fillers and commas aside) are number words or spelled letters, one of them a
    number word or four letters in a row: the cheap test before the text is read word by word."""
    streak = numbers = 0
    for word in words:
        if word in _VALUE_WORDS:
            streak += 1
            numbers += 1
        elif len(word) == 1 and "a" <= word <= "z":
            streak += 1
        elif word in _FILLERS:
            continue
        else:
            streak = numbers = 0
            continue
        if streak >= 4 or (streak >= 3 and numbers):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _compound_value(word: str) -> int | None:
    """The value of a written-together tens-and-units word ("zweiunddreißig", "tweeëntwintig", "ventidue")."""
    if len(word) < 7:
        return None
    for pattern, language in ((_GERMAN_COMPOUND, "de"), (_DUTCH_COMPOUND, "nl")):
        match = pattern.fullmatch(word)
        if match:
            table = _LANGUAGES[language]
            unit, tens = table.get(match.group(1)), table.get(match.group(2))
            if unit and tens and unit[0] == "unit" and tens[0] == "tens":
                return tens[1] + unit[1]
    match = _ITALIAN_COMPOUND.fullmatch(word)
    if match:
        unit = _LANGUAGES["it"].get(match.group(2).replace("tré", "tre"))
        return _ITALIAN_TENS_STEMS[match.group(1)] + unit[1] if unit else None
    return None


def _value_runs(text: str, lowered: str) -> list[SpokenRun]:
    tokens = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(lowered)]
    runs: list[SpokenRun] = []
    index = 0
    while index < len(tokens):
        if not _starts_run(tokens, index):
            index += 1
            continue
        end_index = _run_end(text, tokens, index)
        run = _written_run(text, tokens[index:end_index])
        if run is not None:
            runs.append(run)
        index = max(end_index, index + 1)
    return runs


def _is_spelled_letter(word: str) -> bool:
    return len(word) == 1 and "a" <= word <= "z"


def _starts_run(tokens, index: int) -> bool:
    word = tokens[index][2]
    return word in _VALUE_WORDS or _is_spelled_letter(word) or word.isdigit() or _compound_value(word) is not None


def _run_end(text: str, tokens, index: int) -> int:
    """The token index just past the run that starts at `index` (fillers, links and corrections inside only)."""
    last_value = index
    position = index + 1
    while position < len(tokens):
        gap = _RUN_GAP.fullmatch(text, tokens[position - 1][1], tokens[position][0])
        if gap is None:
            break
        word = tokens[position][2]
        if _starts_run(tokens, position):
            last_value = position
            position += 1
            continue
        link = _spelling_link_length(tokens, position)
        if link and _is_spelled_letter(tokens[position - 1][2]):
            last_value = position + link
            position += link + 1
            continue
        if word in _CONNECTORS:
            # "and" only between number words ("one hundred and five"): "... nine two and S as in Sam" is two runs.
            if tokens[position - 1][2] in _NUMBER_WORDS and position + 1 < len(tokens) \
                    and tokens[position + 1][2] in _NUMBER_WORDS:
                position += 1
                continue
            break
        if word in _FILLERS or word in _CORRECTIONS:
            position += 1
            continue
        break
    return last_value + 1


def _spelling_link_length(tokens, position: int) -> int:
    """How many tokens a "as in" link at `position` has (the example word follows them); 0 if none."""
    for link in _SPELLING_LINKS:
        end = position + len(link)
        if end < len(tokens) and tuple(token[2] for token in tokens[position:end]) == link \
                and len(tokens[end][2]) > 1:
            return len(link)
    return 0


def _written_run(text: str, run_tokens) -> SpokenRun | None:
    """The written form of a run of tokens, or None when it is no value (too short, nothing spoken in it)."""
    words = [token[2] for token in run_tokens]
    language = _run_language(words)
    table = _LANGUAGES[language]
    groups: list[list[str]] = [[]]
    composer = _Composer(groups, french=language == "fr")
    skip = 0
    spoken = 0
    distinct = set()
    for position, (start, _end, word) in enumerate(run_tokens):
        if skip:
            skip -= 1
            continue
        if position and "," in text[run_tokens[position - 1][1]:start]:
            composer.flush()
            if groups[-1]:
                groups.append([])
        entry = table.get(word)
        if word == "o" and language == "en" and _neighbour_is_number(words, position, table):
            entry = ("unit", 0)
        compound = _compound_value(word) if entry is None else None
        if entry is None and compound is not None:
            entry = ("teen", compound)
        if entry is not None:
            composer.add(entry)
            spoken += 1
            distinct.add(word)
        elif word in _REPEATERS and position + 1 < len(words) and table.get(words[position + 1], ("", 0))[0] == "unit":
            composer.flush()
            groups[-1].append(str(table[words[position + 1]][1]) * _REPEATERS[word])
            skip = 1
            spoken += 1
            distinct.add(word)
        elif word.isdigit():
            composer.flush()
            groups[-1].append(word)
            distinct.add(word)
        elif _is_spelled_letter(word):
            composer.flush()
            groups[-1].append(word.upper())
            distinct.add(word)
            link = _spelling_link_length(run_tokens, position + 1)
            if link:
                skip = link + 1
                spoken += 1
        elif word in _CONNECTORS:
            composer.connect()
        elif word in _CORRECTIONS:
            if position and words[position - 1] in _CORRECTIONS:
                continue  # "no sorry": one correction
            composer.flush()
            if not groups[-1] and len(groups) > 1:
                groups.pop()
            groups[-1] = []
        else:  # a filler
            composer.flush()
    composer.flush()
    groups = [group for group in groups if group]
    written_groups = ["".join(group) for group in groups]
    digits = sum(char.isdigit() for group in written_groups for char in group)
    letters = sum(char.isalpha() for group in written_groups for char in group)
    spelled = sum(1 for word in words if _is_spelled_letter(word))
    if len(distinct) < 2:
        return None
    if digits:
        if spoken == 0 or digits + letters < _SHORTEST_VALUE:
            return None
        written = " ".join(written_groups)
    else:
        if spelled < _SHORTEST_SPELLING or not _is_spelling(text, run_tokens):
            return None
        written = "".join(written_groups).capitalize()
    return SpokenRun(run_tokens[0][0], run_tokens[-1][1], written, digits, letters)


def _is_spelling(text: str, run_tokens) -> bool:
    """Letters alone are a spelling when one is linked to an example word ("S as in Sam") or four or more are
    said apart by spaces and are not the alphabet's own order: "a, b, c", "a,b,c" (code) and "x y z" are lists,
    "S, M, I, T, H" and "K O W A L" are names."""
    if any(len(token[2]) > 1 for token in run_tokens):
        return True
    letters = [token[2] for token in run_tokens]
    in_order = all(ord(second) - ord(first) == 1 for first, second in zip(letters, letters[1:]))
    spaced = all(any(char.isspace() for char in text[first[1]:second[0]])
                 for first, second in zip(run_tokens, run_tokens[1:]))
    return len(letters) >= 4 and spaced and not in_order


def _neighbour_is_number(words: list[str], position: int, table) -> bool:
    return any(0 <= other < len(words) and words[other] in table and words[other] not in ("o", "oh")
               for other in (position - 1, position + 1))


def _run_language(words: list[str]) -> str:
    """The language whose number words explain most of the run (English on a tie: "oh", fillers)."""
    best, best_count = "en", -1
    for language, table in _LANGUAGES.items():
        count = sum(1 for word in words if word in table and word not in _FILLERS)
        if count > best_count:
            best, best_count = language, count
    return best


class _Composer:
    """Composes number words into digits: "nineteen eighty four" -> 1984, "four one five" -> 415, "one hundred
    and five" -> 105, "soixante dix huit" -> 78, "treinta y dos" -> 32."""

    def __init__(self, groups: list[list[str]], french: bool) -> None:
        self._groups = groups
        self._french = french
        self._high = 0  # thousands said so far
        self._value: int | None = None
        self._last = ""  # category of the last word composed
        self._connected = False

    def connect(self) -> None:
        # "and" joins only after a multiplier or a tens word: "treinta y dos" is 32, "dos y tres" is not 5.
        if self._last in ("mult", "tens") or (self._high and self._value is None):
            self._connected = True

    def add(self, entry: tuple[str, int]) -> None:
        category, value = entry
        current = self._value
        if category == "mult":
            if value == 1000:
                self._high = (self._high + (current or 1)) * 1000
                self._value = None
            else:
                self._value = (current or 1) * 100
            self._last = "mult"
            self._connected = False
            return
        joins = current is not None or self._high
        if joins:
            if self._last == "mult" or self._connected:
                joins = True
            elif category == "unit" and self._last == "tens" and current % 10 == 0:
                joins = value != 0
            elif self._french and category == "teen" and self._last == "tens" and current in (60, 80):
                joins = True  # soixante-dix (70), soixante-douze (72), quatre-vingt-dix (90)
            elif self._french and category == "unit" and self._last == "teen" and current in (10, 70, 90) \
                    and value >= 7:
                joins = True  # dix-sept (17), soixante-dix-huit (78)
            elif self._french and category == "tens" and value == 20 and self._last == "unit" and current == 4:
                self._value, self._last, self._connected = 80, "tens", False  # quatre-vingt
                return
            else:
                joins = False
        if joins:
            self._value = (current or 0) + value
        else:
            self.flush()
            self._value = value
        self._last = category
        self._connected = False

    def flush(self) -> None:
        if self._value is not None or self._high:
            self._groups[-1].append(str(self._high + (self._value or 0)))
        self._value, self._high, self._last, self._connected = None, 0, "", False


def _email_runs(text: str, value_runs: list[SpokenRun]) -> list[SpokenRun]:
    runs = []
    for match in _SPOKEN_EMAIL_DOMAIN.finditer(text):
        window_start = max(0, match.start() - _LOCAL_WINDOW)
        local = _SPOKEN_EMAIL_LOCAL.search(text, window_start, match.start())
        if local is None:
            continue
        words = text[local.start():match.end()].split()
        pieces = []
        at_seen = False
        for word in words:
            lowered = word.lower()
            if lowered in _EMAIL_JOINS:
                pieces.append(_EMAIL_JOINS[lowered])
            elif not at_seen and lowered in _EMAIL_ATS:
                pieces.append("@")
                at_seen = True
            else:
                pieces.append(word)
        written = "".join(pieces)
        if written.count("@") != 1:
            continue
        runs.append(SpokenRun(local.start(), match.end(), written, 0, 0, is_email=True))
    # A value run inside an e-mail ("j dot o k at ...") is the e-mail's.
    value_runs[:] = [run for run in value_runs
                     if not any(email.start <= run.start and run.end <= email.end for email in runs)]
    return runs
