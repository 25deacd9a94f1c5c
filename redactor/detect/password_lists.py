"""Passwords by parallel position: a list of pairs whose values are mostly passwords holds passwords.

People keep their passwords as lists of `place → password` pairs: a notebook ("bank → Spitfire44", "email →
spitfire44"), `login:password` lines for chpasswd, a chat line ("Bank: Rosemary1954, email: garden-gnome-4, the
council tax site: Whitby!Abbey"). The key of each pair names the place or the login, not the secret, so no label
vouches for the values; the list does. Two layouts are read:

1. **Lines of pairs.** Consecutive lines of the form `key SEP value` (SEP one of `:`, `→`, `->`, a dash between
   spaces; same indentation and separator on every line), one value at each line's end. A config's settings
   are no such list: `=` and `=>` lines, and keys written as identifiers (`api_key`, `clientId`, `"appId"`), whose
   secret keys the keyword rules read.
2. **Pairs on one line.** `key SEP value` pieces separated by `, `, `; `, ` | `, a tab or a sentence end.

When at least two values of a list, and at least two thirds of them, are passwords (found already by another rule, or
with a password's own shape: `is_password_word`), every value of the list that a password slot could hold
(password_slots.fills_a_password_slot: a password's shape or a lower-case word of no language) or that is a 4-8
digit number (a PIN among passwords) is one. A config whose one password sits among hosts, names and ports is no
such list: its other values stay. A key that names a login or a machine (`user`, `host`, `ssid`) keeps its value.
The list or its heading (the two lines before it) must name a password or a login (a label in any language,
`password_slots.names_a_password`, or a cue of password_sentences.py: "logins", "creds"), or hold a found password:
a list of model ids or build tags in a long prompt that names a password elsewhere is no list of passwords. Doubtful (DOUBTFUL_SCORE): the wire redacts, an audit does not report.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import any_keyword, keyword_positions, lowered_same_length
from redactor.detect.password_sentences import is_password_word
from redactor.detect.password_slots import fills_a_password_slot, names_a_password, password_label_spans
from redactor.detect.rule_files import term_list
from redactor.detect.slot_names import label_spellings

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# (not `=`: `key = value` lines are a config's settings, whose password keys the keyword rules read)
_SEPARATOR = r"[ \t]*(?:[:：→]|->)[ \t]*|[ \t]+[-–—][ \t]+"
_LINE = re.compile(
    r"(?P<indent>[ \t]*(?:[-*•・·]|\d{1,2}[.)])?[ \t]*)(?P<key>[^\s:=→][^\n:=→]{0,40}?)(?P<sep>" + _SEPARATOR + r")"
    r"[\"'`“‘«]?(?P<value>[^\s\"'`”’»]+)[\"'`”’»]?[ \t]*[.,;]?[ \t]*")
_PAIR = re.compile(
    r"[ \t]*(?P<key>[^\s:=→,;|][^\n:=→,;|]{0,40}?)(?P<sep>" + _SEPARATOR + r")"
    r"[\"'`“‘«]?(?P<value>[^\s\"'`”’»,;|]+)[\"'`”’»]?[ \t]*")
_PAIR_BREAK = re.compile(r",[ \t]+|;[ \t]+|[ \t]+\|[ \t]+|\t|[.!?][ \t]+")
_LEAST_LIST = 2
_HEADING_LINES = 2
# Words that say a list holds accounts (password_sentences.py's cues for a sentence about a login).
_LOGIN_CUES = re.compile("|".join(sorted((re.escape(cue) for cue in term_list("password_sentence_cues")), key=len,
                                         reverse=True)))
_LOGIN_CUE_WORDS = tuple(sorted(term_list("password_sentence_cues")))  # (asked of the shared cue scan)
# A key written as a program's identifier: snake_case, camelCase, quoted (JSON, YAML, PHP arrays).
_IDENTIFIER_KEY = re.compile(r"_|[a-z][A-Z]|[\"'`]")
_LONGEST_LINE = 200
_PIN = re.compile(r"\d{4,8}")
_KEYS_OF_OTHER_VALUES = frozenset({"user", "username", "login", "userid", "id", "account", "ssid", "network",
                                   "name", "host", "hostname", "server", "url", "ip", "port"}
                                  ) | label_spellings(frozenset({"username", "user"}))


def password_list_spans(text: str, found: Sequence[Span], taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans in the lists of pairs of `text` whose values are mostly passwords; `found`: the spans found
    so far (their PASSWORD spans count as passwords of a list); `taken`: regions found (sorted), left alone."""
    passwords = sorted((span.start, span.end) for span in found if span.kind == KIND)
    # (on ASCII text the detectors' shared lower-cased copy, the same characters as text.lower(): its cue scan and
    # the password labels already read from it answer below)
    lowered = lowered_same_length(text) if text.isascii() else text.lower()
    if not passwords and not _about_passwords_anywhere(lowered):
        return  # every list must hold a found password or name passwords or logins: none can, so walk no line
    # Only the lists near a found password or a mention can hold any (_lists_near); a text whose lower-cased form
    # has other offsets (beyond ASCII) walks all its lines.
    runs = _lists_near(text, _anchors(lowered, passwords)) if text.isascii() else _lists(text)
    for run in runs:
        run = [pair for pair in run if not _IDENTIFIER_KEY.search(pair.group("key"))]
        if len(run) < _LEAST_LIST:
            continue
        values = [_trimmed(text, pair) for pair in run]
        found_inside = sum(_inside(passwords, start, end) for start, end in values)
        if not found_inside and not _about_passwords(text, run[0].start(), run[-1].end()):
            continue  # model ids, build tags: a list of shapes is a list of passwords only where it says so
        known = sum(_inside(passwords, start, end) or is_password_word(text[start:end]) for start, end in values)
        if known < _LEAST_LIST or 3 * known < 2 * len(values):
            continue  # a config with one password among its hosts and names is no list of passwords
        for pair, (start, end) in zip(run, values):
            key = pair.group("key").strip()
            key_words = key.lower().split()
            if not key_words or key_words[-1] in _KEYS_OF_OTHER_VALUES:
                continue
            value = text[start:end]
            if pair.group("sep").strip() and pair.group("sep").strip() in value:
                continue  # `localhost:5432:*:postgres:x`: a line of fields, not a pair
            if not (_PIN.fullmatch(value) or fills_a_password_slot(value)) or overlaps_a_region(taken, start, end):
                continue
            yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _about_passwords(text: str, start: int, end: int) -> bool:
    """Whether the list at [start, end), or the two lines before it (its heading), names passwords or logins."""
    for _ in range(_HEADING_LINES + 1):
        start = max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) if start > 0 else 0
    region = text[start:end].lower()
    if names_a_password(region):
        return True
    return any(_whole_word(region, match.start(), match.end()) for match in _LOGIN_CUES.finditer(region))


def _about_passwords_anywhere(lowered: str) -> bool:
    """Whether the text names passwords or logins anywhere: what `_about_passwords` asks of a list's region."""
    if names_a_password(lowered):
        return True
    # every match of the cues' pattern is one of their words: where the shared scan finds none, no match is there
    if lowered.isascii() and not any_keyword(lowered, (_LOGIN_CUE_WORDS,)):
        return False
    return any(_whole_word(lowered, match.start(), match.end()) for match in _LOGIN_CUES.finditer(lowered))


def _anchors(lowered: str, passwords: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of everything that can make a list hold passwords: each found password, each password label the
    label automaton finds (but labels of codes), each match of a login cue; `lowered` is the lower-cased text.

    A superset of what `_about_passwords` and `found_inside` can read in any list's region: a label or cue that
    region holds is one of these (the region starts at a line's start and ends before a newline, a pair break or the
    text's end, none of which a label or cue spans, so the word boundaries read the same characters; where a cue
    match of the whole text runs past the region's end, it starts where the region's own first match starts)."""
    anchors = list(passwords)
    anchors += password_label_spans(lowered)
    # (each start of a cue word: a superset of the pattern's matches, none of which spans a line break)
    anchors += [(start, start + 1) for start in keyword_positions(lowered, _LOGIN_CUE_WORDS)]
    return anchors


def _lists_near(text: str, anchors: list[tuple[int, int]]) -> Iterator[list[re.Match[str]]]:
    """The runs `_lists` yields that can hold a password list: those with a line among an anchor's lines or the
    `_HEADING_LINES + 1` lines after them, in `_lists`'s order.

    A run is read only where it holds a found password (a value inside it: on the run's lines) or its region names
    passwords or logins (`_about_passwords`: the run's lines and the lines before it, at most three before a
    run of lines and up to the run's own line's start and two before for pairs of one line). So a run with no line
    among an anchor's lines and the three after them can hold none: the lines are not walked. The runs are the same
    as `_lists` finds, each read whole from one of its lines: a run of lines is maximal (every neighbour line of
    the same form belongs to it), so walking back and forth from any of its lines finds all of it.
    """
    starts = [0]
    starts.extend(match.end() for match in _NEWLINE.finditer(text))
    last = len(starts) - 1
    forms: dict[int, tuple[re.Match[str] | None, tuple[str, str] | None]] = {}

    def line(number: int) -> tuple[re.Match[str] | None, tuple[str, str] | None]:
        known = forms.get(number)
        if known is None:
            line_start = starts[number]
            line_end = starts[number + 1] - 1 if number < last else len(text)
            match = _LINE.fullmatch(text, line_start, line_end) if line_end - line_start < _LONGEST_LINE else None
            known = forms[number] = (match, (match.group("indent"), match.group("sep").strip())
                                     if match is not None else None)
        return known

    wanted: set[int] = set()
    for start, end in anchors:
        first = bisect.bisect_right(starts, start) - 1
        wanted.update(range(first, min(last, bisect.bisect_right(starts, max(start, end - 1)) - 1
                                       + _HEADING_LINES + 1) + 1))
    runs: dict[tuple[int, int], list[re.Match[str]]] = {}
    for number in sorted(wanted):
        match, form = line(number)
        if match is not None:
            first = number
            while first > 0 and line(first - 1)[1] == form:
                first -= 1
            final = number
            while final < last and line(final + 1)[1] == form:
                final += 1
            key = (final + 1, 0)  # (yielded by _lists when the line after the run is read, before its pairs)
            if key not in runs:
                runs[key] = [line(each)[0] for each in range(first, final + 1)]
        line_start = starts[number]
        line_end = starts[number + 1] - 1 if number < last else len(text)
        if _PAIR_BREAK.search(text, line_start, line_end) is not None:
            runs[(number, 1)] = list(_pairs_of_one_line(text, line_start, line_end))
    for key in sorted(runs):
        yield runs[key]


_NEWLINE = re.compile("\n")


def _whole_word(text: str, start: int, end: int) -> bool:
    if text.startswith("s", end):
        end += 1  # "logins", "accounts"
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _lists(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of pair lines (same indentation and separator), and the pairs of each line that holds several."""
    run: list[re.Match[str]] = []
    form = None
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = _LINE.fullmatch(text, line_start, line_end) if line_end - line_start < _LONGEST_LINE else None
        line_form = (line.group("indent"), line.group("sep").strip()) if line is not None else None
        if line_form != form or line is None:
            yield run
            run = []
        if line is not None:
            run.append(line)
        form = line_form
        if _PAIR_BREAK.search(text, line_start, line_end) is not None:
            yield list(_pairs_of_one_line(text, line_start, line_end))
        line_start = line_end + 1
    yield run


def _pairs_of_one_line(text: str, line_start: int, line_end: int) -> Iterator[re.Match[str]]:
    start = line_start
    for piece_break in _PAIR_BREAK.finditer(text, line_start, line_end):
        pair = _PAIR.fullmatch(text, start, piece_break.start())
        if pair is not None:
            yield pair
        start = piece_break.end()
    pair = _PAIR.fullmatch(text, start, line_end)
    if pair is not None:
        yield pair


def _trimmed(text: str, pair: re.Match[str]) -> tuple[int, int]:
    start, end = pair.span("value")
    while end > start and text[end - 1] in ".,;:?)":
        end -= 1
    return start, end


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(region_start <= start and end <= region_end for region_start, region_end in regions)
