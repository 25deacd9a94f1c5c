"""Credentials listed one per line under a heading or intro that says the lines are credentials.

A family passwords doc, a handover note, a lockbox log, an account list or a sticky note names its subject once
("Family passwords", "## Logins", "Zugangsdaten", "lockbox log (November)", "codes for the site") and then lists
`<what it opens> <separator> [<login> <separator>] <value> [<separator> <note>]`, one per line:

    NETFLIX — chidi&ada            Unit 2C — 0265 — changed 10/11 by Deshawn
    bank → Spitfire44              Drucker | admin | tulpenfeld
    - reception2 : MT0DN6nl        KV-Portal        praxis_lenz      Knie+Huefte2025

No line carries a password word, and the values have any shape (a plain word, a name and a year, a PIN), so no
rule that reads a value by its shape or its own label finds them: the scope does. A **scope** is a block of
lines (up to a blank line) holding a credential word (a password or PIN label of any language, slot_names.py, or
`credential_scope_words`: "logins", "credenziali", "lockbox" ...), or the block right after an intro line that
holds one. In a scope, an **item** is a short line cut into cells by a separator (a spaced dash or slash, an
arrow, `|`, `;`, ": ", a tab or an aligned gap); its value is the last cell after the first that is one token
(or a PIN written in groups, `40 79 92`); cells before it are logins, cells after it notes.

Precision comes from the negative side, not from the value's shape: a value that is a placeholder, a mask, a
reference ("ask Phil", "same as Mum's"), an e-mail, a host, a URL, a path, a version, a date or time, a size or
a number with a unit, a hex colour, a very frequent word ("yes", "none"), or a number of one or two digits is no
credential; nor is a value whose label names what it is (`Phone`, `Host`, `Version`, `Owner`, `Email`; a
`User` label takes only a number: "User 1: 1656" is an alarm user's code). Doubtful (DOUBTFUL_SCORE): only the
scope vouches for the value, so the wire redacts it and an audit does not report it.

Cost: the scope words' positions come from the shared cue scan (`keywords.keyword_positions`); only the blocks
holding one, and the block after a line holding one, are read, each line once.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.credential_lists import NOT_A_CODE_QUALIFIERS
from redactor.detect.keywords import keyword_positions, needs_cues
from redactor.detect.password_sentences import is_password_word, names_something_else
from redactor.detect.rule_files import term_list
from redactor.detect.secret_values import EMAIL_VALUE, URL_VALUE, is_placeholder_value, looks_like_path
from redactor.detect.slot_names import code_label_words, english_slot, password_label_words
from redactor.detect.word_frequencies import frequent_in_any

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# "code" alone is program code in most texts; the lock and PIN words of code_label_words are kept.
_PROGRAM_CODE_WORDS = frozenset({"code", "codice", "codigo", "código", "kod", "kode", "koden", "kód", "ma", "mã"})
SCOPE_CUES: tuple[str, ...] = tuple(sorted(
    {word.lower() for word in password_label_words() | code_label_words() | term_list("credential_scope_words")}
    - _PROGRAM_CODE_WORDS, key=len, reverse=True))
_HEADER_CUES = tuple(word.lower() for word in password_label_words() if len(word) >= 5)
_CODE_WORDS = frozenset(word.lower() for word in code_label_words()) - _PROGRAM_CODE_WORDS
# A cue inside a compound (`Startpasswort`, `WLAN-Kennwort`) counts when it is this long; a shorter one (`pin`,
# `pw`) only at a word's start.
_COMPOUND_CUE_LENGTH = 6
# The cues by their first two characters (every cue has two or more), each group in SCOPE_CUES' order (longest
# first): _cue_at tries only the cues that can start at a position, not all of them (~60 us a cue inside a word).
_CUES_BY_PAIR: dict[str, tuple[str, ...]] = {}
for _cue in SCOPE_CUES:
    _CUES_BY_PAIR[_cue[:2]] = _CUES_BY_PAIR.get(_cue[:2], ()) + (_cue,)
_COMPOUND_CUES_BY_PAIR: dict[str, tuple[str, ...]] = {
    pair: tuple(cue for cue in cues if len(cue) >= _COMPOUND_CUE_LENGTH) for pair, cues in _CUES_BY_PAIR.items()}
_LONGEST_ITEM = 160
# English cue words that are also verbs ("Pin minute/hour to specific values", "pass the test to CI").
_VERB_CUES = frozenset({"pin", "pass"})
_LABEL_AFTER = re.compile(r"[ \t]*(?:[:=|#(→>-]|\r?\n|$)")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|your|my|his|her|our|their|its|a|new|old|same|temporary|temp|door|safe|card|"
                          r"sim|alarm|phone|bank|atm|gate|wifi|master|admin)|\d)[ \t]+$")
_LONGEST_LABEL_WORDS = 6
_BULLET = re.compile(r"[ \t]*(?:[-*•・·]|\d{1,2}[.)]|#{1,6})?[ \t]*")
_SEPARATOR = re.compile(r"[ \t]+[-—–/|][ \t]+|[ \t]*(?:->|=>|→|—|–|\|)[ \t]*|:[ \t]+|[ \t]*;[ \t]*|\t+|[ \t]{2,}")
_LEADING_SYMBOLS = re.compile(r"^[ \t]*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+[ \t]*)+")
_NOTE = re.compile(r"\([^()\n]{0,60}\)")
_CODE_ENDS_LINE = re.compile(r"[ \t](?P<code>\d{3,10}|\d{2,4}(?:-\d{2,4}){1,3})[#*]?[ \t\r]*$")
_TRAILING_NOTE = re.compile(r"[ \t]*\([^()\n]{0,60}\)$")
_EDGE = "\"'`“”‘’«»[]<>,.*"
_DIGIT_GROUPS = re.compile(r"\d{1,6}(?:[ -]\d{1,6}){1,5}")
_CODE = re.compile(r"\d{3,10}[#*]?")
_WORD_VALUE = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:[.\-'’][^\W\d_]+)*")
# A key of a config file or program (`smtp_passwd`, `adminPasswordKey`, `"realm"`, `{`), not a thing a person lists.
_CODE_KEY = re.compile(r"[{}=]|^[ \t]*\"[^\"\s]*\"[ \t]*$|\w_\w|^[ \t]*[a-z]+(?:[A-Z][a-z0-9]+){2,}[ \t]*$")
_EMPTY = frozenset({"-", "--", "—", "–", "n/a", "na", "none", "null", "nil", "tbd", "?", "x", "empty", "unknown"})
# The Latin-script languages of wordfreq: a chat's one-word answer ("siap", "jasne", "tamam") is a word of prose.
_VALUE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "sl", "hu",
                    "ro", "tr", "id", "ms", "fil", "vi", "ca", "lt", "lv")
_VALUE_ZIPF = 4.0  # "weak", "database", "enabled" are words of prose; "sunflower", "girasol" (3.3) are kept
# What a label names when its value is no credential (its English words, slot_names.english_slot).
_OTHER_SLOTS = frozenset("""phone tel telephone mobile fax email mail host hostname server url link site web address
    ip port version date time name owner contact manager person by user username login account ssid network id
    number ext extension room floor size length price total amount count qty quantity model serial make type
    status note notes expiry expires valid days minimum maximum lockout attempts colour color region zone image
    replicas""".split())
_USER_SLOTS = frozenset({"user", "benutzer"})


@needs_cues(SCOPE_CUES)
def scoped_credential_spans(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The values of the item lines of each credential scope (see the module docstring); none inside `taken`."""
    if "\n" not in text:
        return
    scopes: list[tuple[int, int]] = []
    for position in keyword_positions(lowered, SCOPE_CUES):
        if not _cue_at(text, lowered, position):
            continue
        if scopes and scopes[-1][0] <= position < scopes[-1][1]:
            continue
        start, end = _block(text, position)
        line_end = text.find("\n", position)
        if line_end != -1 and line_end + 1 < len(text) and text[line_end + 1] in "\r\n":
            end = _block(text, line_end + 2)[1] if line_end + 2 < len(text) else end  # an intro, a blank line
        if scopes and start < scopes[-1][1]:
            scopes[-1] = (scopes[-1][0], max(end, scopes[-1][1]))
        else:
            scopes.append((start, end))
    for start, end in scopes:
        at = start
        while at < end:
            line_end = text.find("\n", at, end)
            line_end = end if line_end == -1 else line_end
            value = _item_value(text, at, line_end)
            if value is not None and not any(s < value[1] and value[0] < e for s, e in taken):
                yield Span(value[0], value[1], KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            at = line_end + 1


def _cue_at(text: str, lowered: str, position: int) -> bool:
    """Whether a scope word stands at `position` as a word: at a word's start, or inside a compound when long.

    A short cue written in Latin letters must also end its word (or take a plural `s`): `pass` is no cue in
    "passenger", `pin` none in "ping", `ww` none in "www". An English word that is also a verb (`pin`, `pass`) is
    a cue only as a label or an acronym (see _is_verb_cue_as_verb).
    """
    pair = lowered[position:position + 2]
    if position != 0 and lowered[position - 1].isalnum():
        return any(lowered.startswith(cue, position) for cue in _COMPOUND_CUES_BY_PAIR.get(pair, ()))
    for cue in _CUES_BY_PAIR.get(pair, ()):  # longest first: the cue written here
        if not lowered.startswith(cue, position):
            continue
        if len(cue) >= _COMPOUND_CUE_LENGTH or not cue[-1].isascii():
            return True
        end = position + len(cue)
        if end < len(lowered) and lowered[end] == "s" and (end + 1 == len(lowered) or not lowered[end + 1].isalnum()):
            end += 1
        if end < len(lowered) and lowered[end].isalnum():
            continue  # a longer word that starts with the cue ("passenger", "ping")
        return not (cue in _VERB_CUES and _is_verb_cue_as_verb(text, lowered, position, end, plural=end > position + len(cue)))
    return False


def _is_verb_cue_as_verb(text: str, lowered: str, start: int, end: int, plural: bool) -> bool:
    """Whether `pin`/`pass` at [start, end) reads as the verb ("Pin minute/hour to specific values", "pass it on").

    It is the credential's name when written in capitals (PIN), plural (pins), before label punctuation
    ("pin: 4521", "pin -> 1234") or after a determiner, an owner or a number ("your pin", "door pin", "2 pins").
    """
    word = text[start:end]
    if word.isupper() or plural:
        return False
    if _LABEL_AFTER.match(lowered, end):
        return False
    return not _NOUN_BEFORE.search(lowered, max(0, start - 24), start)


def _block(text: str, position: int) -> tuple[int, int]:
    """[start, end) of the run of non-blank lines holding `position`."""
    start = max(text.rfind("\n\n", 0, position), text.rfind("\n\r\n", 0, position))
    start = 0 if start == -1 else text.index("\n", start) + 1
    while start < position and text[start] in "\r\n":
        start += 1
    end = text.find("\n\n", position)
    end_crlf = text.find("\n\r\n", position)
    ends = [found for found in (end, end_crlf) if found != -1]
    return start, min(ends) if ends else len(text)


def _item_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the value of the item line text[start:end], or None when the line is no item."""
    if end - start > _LONGEST_ITEM or end - start < 3:
        return None
    bullet = _BULLET.match(text, start, end)
    at = bullet.end() if bullet else start
    cells: list[tuple[int, int]] = []
    label_cells = []  # cells followed by ": ", which name the cell after them
    for separator in _SEPARATOR.finditer(text, at, end):
        cells.append((at, separator.start()))
        if separator.group().lstrip(" \t").startswith(":"):
            label_cells.append(cells[-1])
        at = separator.end()
    cells.append((at, end))
    cells = [(s, e) for s, e in cells if e > s]
    if not cells:  # only separators ("\t\t\t"): no item
        return None
    if len(cells) == 1:
        # "・金庫 45-07-62", "ups 8016": no separator, a code ending a short line
        code = _CODE_ENDS_LINE.search(text, cells[0][0], end)
        if code is None or code.start("code") == cells[0][0]:
            return None
        cells = [(cells[0][0], code.start("code")), code.span("code")]
    label = text[cells[0][0]:cells[0][1]]
    words = _NOTE.sub(" ", label).split()  # "Trezor (hosté zapomněli kód, reset)": the note is no label word
    if not any(char.isalpha() for char in label) or len(words) > _LONGEST_LABEL_WORDS:
        return None
    if _CODE_KEY.search(label):
        return None  # a setting of a config or a program: the keyword rules judge its value by the key's name
    if any(_names_a_credential(text[cell_start:cell_end]) for cell_start, cell_end in cells[1:]
           if (cell_start, cell_end) not in label_cells):
        return None  # a header row (`Benutzer;Startpasswort`): a credential's name with no value after it
    value = None
    for cell_start, cell_end in cells[1:]:
        candidate = _trimmed(text, cell_start, cell_end)
        if candidate is not None and _is_value(text[candidate[0]:candidate[1]]):
            value = candidate
    if value is None or _label_names_other_slot(label, text[value[0]:value[1]]):
        return None
    return value


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cell without a trailing note in brackets, quotes and edge punctuation; None when empty."""
    cell = text[start:end].rstrip(" \t\r")
    note = _TRAILING_NOTE.search(cell)
    if note is not None:
        cell = cell[:note.start()]
    stripped = _LEADING_SYMBOLS.sub("", cell).strip(" \t" + _EDGE)  # "🙄 0395": a chat's emoji before the value
    if not stripped:
        return None
    first = start + cell.index(stripped)
    return first, first + len(stripped)


def _is_value(value: str) -> bool:
    """Whether a cell holds a credential value: one token, or a PIN in groups; no placeholder, reference,
    host, e-mail, URL, path, version, date, size, hex or frequent word."""
    if value.lower() in _EMPTY or is_placeholder_value(value):
        return False
    if _DIGIT_GROUPS.fullmatch(value):
        return sum(char.isdigit() for char in value) >= 4
    if any(char.isspace() for char in value) or not 3 <= len(value) <= 64:
        return False
    if value.isdigit() or _CODE.fullmatch(value):
        return _CODE.fullmatch(value) is not None
    if EMAIL_VALUE.match(value) or URL_VALUE.match(value) or looks_like_path(value) or names_something_else(value):
        return False
    if any(char.isdigit() for char in value) or any(not char.isalnum() and char not in "-'’." for char in value):
        return is_password_word(value) or (4 <= len(value) < 6 and value.isalnum() and not value.isupper())
    if not _WORD_VALUE.fullmatch(value) or len(value) < 4:
        return False
    return not frequent_in_any(value.lower(), _VALUE_LANGUAGES, _VALUE_ZIPF)


def _names_a_credential(cell: str) -> bool:
    """Whether a cell names a credential (`Kennwort`, `Startpasswort`, `PIN`, `postgres-password`): a header cell or a
    key's name, not a value."""
    lowered = cell.lower()
    return any(cue in lowered for cue in _HEADER_CUES) or not _CODE_WORDS.isdisjoint(re.findall(r"\w+", lowered))


def _label_names_other_slot(label: str, value: str) -> bool:
    """Whether the label names what its value is (`Phone`, `Host`, `Owner`), so that it is no credential; a user's
    label takes a number (an alarm user's code), not a word (a login)."""
    label = _TRAILING_NOTE.sub("", label.strip()).strip()
    words = english_slot(re.sub(r"\d+", " ", label)).split("_")
    last = words[-1] if words and words[-1] else ""
    if last in _USER_SLOTS or last == "user":
        return not _CODE.fullmatch(value)
    if value[:1].isdigit() and label.split() and label.split()[-1].lower() in NOT_A_CODE_QUALIFIERS:
        return True  # "since 2019", "floor 3", "valid until 2026": a number the word before measures
    return last in _OTHER_SLOTS
