"""A letter-prefixed code under a `key=` of a log line or a query string: `staff=E-30417 door=north`,
`?holder=HX-229177&tab=history`, `visitor=V44718 gate=2`.

record_ids.py reads a key that names a record (`patient=`, `member_id=`, `kundennr=`), and ids_short_codes.py a
short code standing alone in prose, but not on a log line (where programs number their own things). Between them a
code under a key no list names is lost: logs and URLs of offices key their people by any word (`staff`, `visitor`,
`holder`, `rider`, `guest`, `hcp`, an abbreviation of any language). What a program keys with `=` is a quantity,
a setting or a thing of its own, and those keys are words of software (record_ids._THING_WORDS plus the keys of
logs in `_PROGRAM_KEYS`: `code`, `level`, `host`, `env` ...); their values are numbers, versions, hashes, words.
A value of capitals then four to ten digits (`E-30417`, `HX-229177`, `MB4471902`), perhaps a short suffix, under a
key that is none of those words, on a line of two `key=value` pairs or more (a log line, a query string), is a
record's id: doubtful (0.55, on the wire, not in an audit). Not an id: a public or program prefix of two letters
or more (record_ids._NOT_PERSONAL_PREFIXES, ids_bare_codes._ERROR_PREFIXES: `CVE-`, `INC`,
`ORA-`, `PROJ-`), a year after the prefix (`FY-2024`).

Gate: `=` in the text; one C-speed regex scan for `=CAPITALS digits`, the key read backwards from each hit. Linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.ids_bare_codes import _ERROR_PREFIXES
from redactor.detect.keywords import needs_marks
from redactor.detect.record_ids import _NOT_PERSONAL_PREFIXES, _THING_WORDS

# key=VALUE: a key of letters (snake_case, kebab-case or camelCase) after a line start, a blank, `?`, `&`, `;`, `,`,
# `[` or `(`; a value of capitals, an optional dash, four to ten digits, an optional short suffix; then the value ends.
_KEYED_VALUE = re.compile(
    r"=[\"']?(?P<value>(?P<prefix>[A-Z]{1,4})-?(?P<digits>\d{4,10})(?:-[A-Z0-9]{1,4})?)(?=[\"']?(?:[\s&;,)\]]|$))")
# The key before `=`, read backwards from it: letters (snake_case, kebab-case or camelCase) after a line start, a
# blank, `?`, `&`, `;`, `,`, `[` or `(`.
_KEY_BEFORE = re.compile(r"(?:^|(?<=[\s?&;,\[(]))[A-Za-z][A-Za-z_-]{0,30}\Z")
_KEYED_VALUE_HINT = re.compile(r"=[\"']?[A-Z]{1,4}-?\d{4}")
_KEY_VALUE = re.compile(r"[A-Za-z_][\w.-]*=[^\s=&]")  # any key=value pair (the line must hold two)
# Keys of logs and URLs that name a program's things and settings, not a record of somebody.
_PROGRAM_KEYS = frozenset(
    """code codes level lvl msg message host hostname env environment svc service srv component module caller
    logger src file filename fn func function method op operation action cmd command arg args opt flag mode type kind
    name label tag tags state phase result outcome reason cause ref sha digest checksum etag trace traceid span
    spanid parent req request requestid rid cid correlation ctx context tenant org team owner region az dc site
    zone cluster pod ns namespace worker thread tid pid ppid gid uid proc queue topic channel stream bucket table
    model hw fw sw os arch platform build ver version rev release plan tier sku product variant cohort experiment
    exp flag feature test suite spec lang locale tz charset format fmt ext mime encoding sort page limit
    offset cursor from to since until start end min max timeout ttl interval delay size len length count n num
    q query search term keyword keywords filter
    err error errno errcode exception exc severity priority prio category cat class group grp room gate seat
    desk floor building bldg ward bed lane dock bay aisle bin slot rack unit device dev sensor meter asset
    vehicle plate car vin route stop train bus ship vessel port terminal airport station aircraft tail
    """.split())
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_YEAR = re.compile(r"(?:19|20)\d\d")


@needs_marks("=")  # (its gate: keywords.needs_marks)
def find_keyed_codes(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of letter-prefixed codes under a key no program names its things with (module doc)."""
    if segment_kind == "code":
        return
    for hint in _KEYED_VALUE_HINT.finditer(text):  # (the whole pattern as a scan costs 20 us/KB on agent traffic)
        match = _KEYED_VALUE.match(text, hint.start())
        if match is None:
            continue
        prefix, digits = match.group("prefix"), match.group("digits")
        if (len(prefix) > 1 and (prefix in _NOT_PERSONAL_PREFIXES or prefix.lower() in _ERROR_PREFIXES)) or (
                _YEAR.fullmatch(digits)):
            continue
        key = _KEY_BEFORE.search(text, max(0, match.start() - 32), match.start())
        if key is None:
            continue
        words = [word.lower() for word in re.split(r"[_-]", _CAMEL.sub("_", key.group(0))) if word]
        if not words or any(word in _PROGRAM_KEYS or word in _THING_WORDS for word in words):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        pairs = _KEY_VALUE.findall(text, line_start, len(text) if line_end == -1 else line_end)
        if len(pairs) < 2:
            continue
        yield match.start("value"), match.end("value"), DOUBTFUL_SCORE
