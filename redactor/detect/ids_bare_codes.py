"""An upper-case code of letters and digits standing alone in what a person wrote: "sorry it's JT4471920 not
JT4471902", "the council quoted LBH/HB/24/09931", `"tag": "KL/PX/2023/0412"`, a CSV cell `QX-RB-55120`.

The label, cue and column rules (record_ids.py, ids_near_cues.py, ids_of_people.py, column_kinds.py) read a code where
a word, a header or a person says what it is. Whoever writes a chat message, a ticket, a form export or a JSON record
about somebody does not always say it: the code is there alone. In such text an upper-case run of letters and digits
(a class any author's text has, whatever the language) is a membership, case, file, customer, plate, card or account
number far more often than anything else, so on the wire it is a doubtful ID_NUMBER (0.55; an audit does not report it,
a wrong guess is a placeholder restored in the reply).

What buys precision back: the shapes that are public, not somebody's. A code must hold digits enough for a
generated number (a letter prefix and six digits or more; four or more when letters and digits interleave or groups are
joined by `-` or `/` in three groups or more) and stand alone (no lower-case letter, `_`, `.`, `:`, `@` in or around
it). Not a code: a public acronym before its number (`CVE-2024-3094`, `RFC-9110`, `ISO-8859-1`, `KB5034441`) or a
compiler/linter/database error prefix (`TS2345`, `MSB3073`, `ORA-00942`, `AH00558`), a number with a unit
(`1080P`, `5000MAH`, `1920X1080`), an upper-case hex string (`80070005`, `DEADBEEF12`), a date with a month word
(`12-MAR-1985`: the date rules read it), a code after a thing's word (`build`, `model`, `part`, `sku`, `flight`,
`ticket`, `error` ...), a code on a log line (a clock time, a log level, an HTTP request), a code in a code segment.

Linear: one C-speed scan for a letter beside a digit, each hit widened to its token once (tokens are skipped past).
Pre-check: a digit in the text (pii.py's `has_digit`).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.acronym_labels import _public_acronyms
from redactor.detect.character_layouts import class_pattern_starts
from redactor.detect.keywords import matches_at_starts
from redactor.detect.record_ids import _THING_WORDS

# The only place a code can be: a capital beside a digit (perhaps across one dash or slash). Written to start with a
# digit class, so `re` skips ahead to the digits (a leading alternation of classes tried every position: ~40 us/KB).
_ADJACENT = re.compile(r"[0-9](?:(?<=[A-Z][0-9])|(?<=[A-Z][-/][0-9])|[-/]?[A-Z])")
# Where an _ADJACENT match starts, in character classes (character_layouts.py; its classes are ASCII, so on ASCII text
# only): one scan of the text's shared classes that skips to digits as a literal (~11 against ~7 us/KB with the tries).
# (Zero-width after its digit: no start of another match is inside one of its matches.)
_ADJACENT_START_IN_CLASSES = re.compile(rb"0(?:(?<=A0)|(?<=A[-/]0)|(?=[-/]?A))")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/")
_MAX_TOKEN = 40
# Characters that glue a token to something else: a path, a file name, a host, an identifier of a program.
_GLUE = frozenset("_.:@#$€£¥+=\\&%~^*")
_GROUPS = re.compile(r"[A-Z]+|\d+")
_HEX_ONLY = re.compile(r"[0-9A-F]+")
# A number with a unit or dimensions: 1080P, 5000MAH, 1920X1080, 2400DPI, M8X40 (a bolt).
_WITH_UNIT = re.compile(r"M?\d+(?:X\d+)*(?:P|K|W|V|A|MAH|WH|KWH|GB|MB|KB|TB|GHZ|MHZ|KHZ|HZ|MM|CM|KM|KG|MG|ML|DPI|FPS|"
                        r"RPM|NM|LM|PX|BPS|MBPS|GBPS|X|D|L|S|MS|H|MIN|ST|ND|RD|TH)?")
_CPU = re.compile(r"I[3579]-\d{3,5}[A-Z]{0,2}")
_TIMESTAMP = re.compile(r"\d{8}T\d{4,6}Z?")
_MONTHS = frozenset("JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC".split())
# Error and message codes of compilers, linters, servers and databases, and vendors' public numbers (lower case).
_ERROR_PREFIXES = frozenset("""ts tsc sc msb nu cs ca ide bc ah ora pls sql sqlstate hy err error e w f c r n d
    kb ms inc chg ritm req prb task sctask cwe capec rustsec usn rhsa rhba rhea dsa dla glsa alas elsa cesa
    pylint ruf plr ble sim ret ann ptr pie tcp udp jira proj build ndc atc icd v ver rev ntstatus nt""".split())
_THING_BEFORE = re.compile(r"(?i:\b(?P<word>[a-z_]+)[ \t]*(?:#|no\.?|nr\.?|number|num\.?|id|code)?[ \t]*[:#=]?[ \t]*)$")
_LOG_LINE = re.compile(r"\d\d:\d\d:\d\d|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|\b(?:GET|POST|PUT|DELETE) /")
_LINE_REACH = 200


def find_bare_codes(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int]]:
    """[start, end) of upper-case letter-and-digit codes standing alone that read as somebody's number (module doc)."""
    if segment_kind == "code":
        return
    length = len(text)
    done = 0
    public = None
    starts = class_pattern_starts(_ADJACENT_START_IN_CLASSES, text)
    for hit in _ADJACENT.finditer(text) if starts is None else matches_at_starts(_ADJACENT, text, starts):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > 0 and text[start - 1] in _TOKEN_CHARS and hit.start() - start < _MAX_TOKEN:
            start -= 1
        end = hit.end()
        while end < length and text[end] in _TOKEN_CHARS and end - start < _MAX_TOKEN:
            end += 1
        done = end
        if (start and text[start - 1] in _TOKEN_CHARS) or (end < length and text[end] in _TOKEN_CHARS):
            continue  # longer than any code: a path, a key, a line of a listing
        start, end = _trimmed(text, start, end)
        if end - start < 5 or end - start >= _MAX_TOKEN:
            continue
        if text.startswith("<<", end) or text.endswith("<<", 0, start):
            continue  # a passport's machine-readable zone (machine_readable_zones.py reads it)
        if (start and (text[start - 1].isalnum() or text[start - 1] in _GLUE)) or (
                end < length and (text[end].isalnum() or (text[end] in _GLUE and end + 1 < length
                                                          and (text[end + 1].isalnum() or text[end + 1] == "_")))):
            continue  # part of a word, a path, a file name, a host or an identifier of a program
        if (start >= 2 and text[start - 1] in "-/" and (text[start - 2].islower() or text[start - 2] in _GLUE)) or (
                end + 1 < length and text[end] in "-/" and (text[end + 1].islower() or text[end + 1] in _GLUE)):
            continue  # a part of a path or a URL (`/var/log/APP/QX-RB-55120/out.txt`)
        token = text[start:end]
        if public is None:
            public = _public_acronyms()
        if not _reads_as_a_code(token, public):
            continue
        thing = _THING_BEFORE.search(text, max(0, start - 32), start)
        if thing is not None and thing.group("word").lower() in _THING_WORDS:
            continue
        line_start = max(text.rfind("\n", max(0, start - _LINE_REACH), start) + 1, start - _LINE_REACH)
        line_end = text.find("\n", end, end + _LINE_REACH)
        if _LOG_LINE.search(text, line_start, min(length, end + _LINE_REACH) if line_end == -1 else line_end):
            continue
        yield start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The token without dashes or slashes at its ends, nor words joined to it by them (`UPI/CR/512233/RAHUL`: a
    name after a payment reference; a code's letter groups are short)."""
    while True:
        while end > start and text[end - 1] in "-/":
            end -= 1  # a trailing dash or slash is punctuation
        while start < end and text[start] in "-/":
            start += 1
        cut = max(text.rfind("-", start, end), text.rfind("/", start, end))
        if cut != -1 and end - cut - 1 >= 5 and text[cut + 1:end].isalpha():
            end = cut
            continue
        cut = min((position for position in (text.find("-", start, end), text.find("/", start, end)) if position != -1),
                  default=-1)
        if cut != -1 and cut - start >= 5 and text[start:cut].isalpha():
            start = cut + 1
            continue
        return start, end


def _reads_as_a_code(token: str, public: frozenset[str]) -> bool:
    parts = re.split(r"[-/]", token)
    if any(not part for part in parts):
        return False  # "AB--12", "A//B": no code
    groups = _GROUPS.findall(token)
    letters = [group for group in groups if group[0].isalpha()]
    if not letters:
        return False
    digits = sum(len(group) for group in groups if group[0].isdigit())
    if len(parts) >= 3:
        needed = 4
    elif len(groups) == 2 or (len(parts) == 2 and all(part.isalpha() or part.isdigit() for part in parts)):
        needed = 6  # letters then digits (JT4471920, TRM-441093) or digits then letters
    else:
        needed = 5  # letters and digits interleaved (FR7723AB19, AC88213X), with a run of four digits or more:
        if max(len(group) for group in groups if group[0].isdigit()) < 4:  # part numbers interleave short runs
            return False  # (SN74HC595, STM32F103C8T6, C6H12O6, U024BE7LH)
    if digits < needed:
        return False
    years = [group for group in groups if len(group) == 4 and group[:2] in ("19", "20")]
    if years and digits - 4 < 3:
        return False  # Q3-2024, FY2024-Q1, H1-2025, 2024-W14: a period
    if _CPU.fullmatch(token):
        return False  # I7-12700K
    if _TIMESTAMP.fullmatch(token):
        return False  # 20240301T101500Z
    first = groups[0]
    if first[0].isalpha() and (first.lower() in public or (first.lower() in _ERROR_PREFIXES and (
            len(first) > 1 or digits <= 5))):
        return False  # (E11000, W0612 are messages; W291847563 is somebody's)
    if any(group in _MONTHS for group in letters):
        return False  # 12-MAR-1985, 2024-JAN-03: a date
    if _WITH_UNIT.fullmatch(token.replace("-", "").replace("/", "")):
        return False
    if _HEX_ONLY.fullmatch(token.replace("-", "")) and len(token) >= 8:
        return False  # an upper-case hex string: a hash, an error number, part of a GUID
    if len(parts) == 1 and len(groups) == 2 and letters[0] == groups[-1] and len(letters[0]) > 2:
        return False  # digits then a word ("2024Q" no; "1000BASET"): letters longer than a check letter
    return True


# Round 27: numbers and codes of public registers and public data that share an id's shape, whichever finder guessed
# them an id: a CAS registry number whose check digit holds (`64-17-5`, ethanol), the groups of a METAR or TAF weather
# report (`031020Z`, `24012KT`, `FEW030`, `Q1012`), an aircraft type (`A350-900`, `737-800`) after an aircraft word,
# and a lottery draw (five to seven two-digit numbers in rising order: `04 11 19 27 38 45`).
_CAS_NUMBER = re.compile(r"(\d{2,7})-(\d{2})-(\d)")
_WEATHER_GROUP = re.compile(r"\d{6}Z|\d{5}(?:G\d{2,3})?(?:KT|MPS)|(?:FEW|SCT|BKN|OVC|VV)\d{3}(?:CB|TCU)?|[QA]\d{4}"
                            r"|\d{4}/\d{4}|M?\d{2}/M?\d{2}|NOSIG|CAVOK")
_WEATHER_REPORT = re.compile(r"\b(?:METAR|TAF|SPECI)\b|\b[A-Z]{4} \d{6}Z\b")
_AIRCRAFT_TYPE = re.compile(r"(?:[AB]|MD|ATR|CRJ|ERJ|E)?\d{2,3}-?\d{0,3}(?:-\d{1,3})?(?:NEO|ER|LR|XLR|MAX\d?)?",
                            re.IGNORECASE)
_AIRCRAFT_WORD = re.compile(r"(?i:\b(?:aircraft|airplane|aeroplane|plane|equipment|fleet|flugzeug|avion|avión|aereo"
                            r"|aeromobile|samolot|vliegtuig)\b)")
_DRAW_NUMBER = re.compile(r"\d{2}")


def is_public_code(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a public register's or public data's number (see above), not somebody's id."""
    value = text[start:end]
    cas = _CAS_NUMBER.fullmatch(value)
    if cas is not None:
        digits = (cas.group(1) + cas.group(2))[::-1]
        return sum((index + 1) * int(digit) for index, digit in enumerate(digits)) % 10 == int(cas.group(3))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    if _WEATHER_GROUP.fullmatch(value) and _WEATHER_REPORT.search(line):
        return True
    if _AIRCRAFT_TYPE.fullmatch(value) and _AIRCRAFT_WORD.search(text, max(line_start, start - 40), start):
        return True
    groups = value.split()
    if 5 <= len(groups) <= 7 and all(_DRAW_NUMBER.fullmatch(group) for group in groups):
        numbers = [int(group) for group in groups]
        return all(a < b for a, b in zip(numbers, numbers[1:])) and numbers[-1] <= 90
    return False
