"""Header cells of pasted tables that name a credential column (`password`, `Initial PW`, `api_token`).

A CSV, TSV, `;`-separated or Markdown export of accounts (`user,password` then one row per account), or
aligned tool output (`USER  PASSWORD  HOST`, a vault export `db user password`), names its secret column once, in the header: every cell below
is a password or a key, whatever it looks like, and no `key=value` layout is left to find it by. This module
finds the header cells; secrets.py classifies the header as it classifies a setting's key (`_classify_key`)
and judges each cell below as the value of that key (table_columns.py reads the column).

A header is a line of two or more short cells (at most three identifier-like words each, no digits), so that a sentence with commas ("the password, as I said, is in the vault") is no header; and a row
counts only when it has as many cells as the header (a prose line after a table is not one of its rows).

Cost: the header words' positions come from the secrets detector's one literal pass; only their lines are read,
each once, and a line longer than a header or not shaped like one is refused by one regex match.

A column can also be a secret column by what it holds (`random_value_cells`): a credential inventory (service,
purpose, key, created, owner), a Jenkins credential list (`id,scope,kind,value`) or a headerless export puts one
generated value per row under a header that names no secret, or under none. When most cells of a column are single
random-looking tokens that mostly differ row to row (a repeat or two is a key shared, a column of
repeats is a constant), the column holds keys; hex of 32 or 40 digits included (in such a
column they are keys, not digests), unless the header says the column holds digests or identifiers (`md5`,
`sha`, `commit`, `request id`, `uuid`), and UUIDs never count.

Headers are written in the team's language (`contraseña`, `mot de passe`, `Kennwort`, `hasło`, `пароль`, `密码`):
header cells are words of any script, and `names_password_column` reads a cell as a password column when its
last words, case- and accent-folded, are a password label (`slot_names.password_label_words`),
the list the keyword rules use, so that a header is judged as a label in the text would be.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator

from redactor.detect.slot_names import english_slot, password_label_words
from redactor.detect.secret_values import (DIGEST_PREFIX, EMAIL_VALUE, UUID_VALUE, identifier_parts, looks_like_path,
                                           looks_random)
from redactor.detect.table_columns import aligned_column_cells, column_cells, row_cells, tables

_CELL_EDGES = " \"'`*_:#\r"
_LONGEST_HEADER = 400
# A header cell: identifier-like words of any script (`password`, `Initial PW`, `db_pass`, `contraseña`,
# `mot de passe`), at most three, no digits. A whole header line per separator: two or more cells (empty edge
# cells of a Markdown row allowed).
_EDGE = r"[ \"'`*_:#]*+"
_LETTER = r"[^\W\d_]"
_HEADER_WORD = rf"{_LETTER}[^\W\d]*+(?:[.-][^\W\d]*+)*+"
_CELL = rf"{_EDGE}{_HEADER_WORD}(?: {_HEADER_WORD}){{0,2}}+{_EDGE}"
_HEADER_LINES = tuple(
    (separator, re.compile(rf"(?:{re.escape(separator)}{_EDGE})?{_CELL}(?:{re.escape(separator)}{_CELL})+"
                           rf"(?:{re.escape(separator)}{_EDGE})?\r?"))
    for separator in ("|", "\t", ",", ";"))
_ALIGNED_HEADER_LINE = re.compile(r"[ \t]*[A-Z][A-Z_.-]*(?:[ \t]+[A-Z][A-Z_.-]*){2,}[ \t]*\r?")
# A vault export's header in lower case (`db user password`): three to eight words, nothing else on the line.
_LOWER_ALIGNED_HEADER_LINE = re.compile(r"[ \t]*[a-z][a-z_.-]*(?:[ \t]+[a-z][a-z_.-]*){2,7}[ \t]*\r?")


def secret_header_cells(text: str, word_positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """[start, end) of each table header cell holding one of the sorted `word_positions` (where a secret's word
    starts), once per cell, in order."""
    seen_cell = -1
    line_end = -1
    separator: str | None = None
    for position in word_positions:
        if position > line_end:
            line_start = text.rfind("\n", 0, position) + 1
            found_end = text.find("\n", position)
            line_end = len(text) if found_end == -1 else found_end
            separator = _header_separator(text, line_start, line_end)
        if separator is None:
            continue
        cell_start = text.rfind(separator, line_start, position) + 1 or line_start
        if cell_start == seen_cell:
            continue
        seen_cell = cell_start
        cell_end = text.find(separator, position, line_end)
        cell_end = line_end if cell_end == -1 else cell_end
        raw = text[cell_start:cell_end]
        label = raw.strip(_CELL_EDGES)
        if label:
            start = cell_start + raw.index(label)
            yield start, start + len(label)


def secret_column_cells(text: str, label_start: int, label_end: int) -> Iterable[tuple[int, int]]:
    """[start, end) of each cell below the header cell text[label_start:label_end], in rows shaped like the header."""
    line_start = text.rfind("\n", 0, label_start) + 1
    found_end = text.find("\n", label_end)
    line_end = len(text) if found_end == -1 else found_end
    separator = _header_separator(text, line_start, line_end)
    if separator is None:
        return []
    header = text[line_start:line_end]
    if separator == " ":
        return aligned_column_cells(text, label_start, label_end, lower_case_header=True)
    width = _cell_count(header, separator)
    cells = []
    for start, end in column_cells(text, label_start, label_end):
        row_start = text.rfind("\n", 0, start) + 1
        row_end = text.find("\n", end)
        row = text[row_start:len(text) if row_end == -1 else row_end]
        if _cell_count(row, separator) == width:
            cells.append((start, end))
    return cells


def _header_separator(text: str, line_start: int, line_end: int) -> str | None:
    """The separator of a header line (" " for aligned upper-case tool output), or None when it is no header."""
    if line_end - line_start > _LONGEST_HEADER:
        return None
    line = text[line_start:line_end]
    for separator, header in _HEADER_LINES:
        if separator in line:
            return separator if header.fullmatch(line) else None
    if line.upper() == line and _ALIGNED_HEADER_LINE.fullmatch(line) or _LOWER_ALIGNED_HEADER_LINE.fullmatch(line):
        return " "
    return None


def _cell_count(line: str, separator: str) -> int:
    return len(row_cells(line.rstrip("\r").strip(" ").strip(separator if separator == "|" else ""), separator))


def _folded(label: str) -> str:
    """`Contraseña` -> `contrasena`, `Mot_de_passe` -> `mot de passe`: case and accents folded, separators spaced."""
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.split(r"[\s_.:*-]+", letters)).strip()


PASSWORD_HEADER_LABELS = frozenset(_folded(word) for word in password_label_words())
# The labels as the secrets detector's literal pass reports them (lower-cased as written): where a header is looked for.
PASSWORD_HEADER_WORDS: tuple[str, ...] = tuple(sorted({word.lower() for word in password_label_words()}))
# Words after a password's name that say which value the column holds, not something about the password
# (`password_value`, `mot_de_passe_initial`, `Passwort neu`); `password_hash`, `password_reset`, `password_expiry` stay.
_PASSWORD_VALUE_WORDS = frozenset("""value initial temp temporary tmp new old previous current default first one time
    onetime plain plaintext clear cleartext provisional generated assigned start starting""".split())


def names_password_column(label: str) -> bool:
    """Whether a header cell names a password column in any language: its last one to three words are a password
    label (`Passwort`, `Neues Kennwort`, `mot de passe`, `hasło`, `пароль`), or its name in English words
    (slot_names.py) is a password's and the words after it say which value (`password_value`,
    `mot_de_passe_initial`); `password reset`, `password hash` are about a password and are not."""
    words = _folded(label).split()
    if any(" ".join(words[index:]) in PASSWORD_HEADER_LABELS for index in range(max(0, len(words) - 3), len(words))):
        return True
    english = english_slot(label).split("_")
    if "password" not in english:
        return False
    after = english[len(english) - english[::-1].index("password"):]
    return bool(after) and all(word in _PASSWORD_VALUE_WORDS for word in after)


# A cell that may be a generated credential: one token of 12-200 characters of the characters keys and passwords use.
_TOKEN_CELL = re.compile(r"[A-Za-z0-9+/=_.~!#$%^&*@:-]{12,200}")
# Header words of a column of digests or identifiers: its random cells are not secrets.
_NOT_SECRET_HEADER_WORDS = frozenset("""md5 sha sha1 sha224 sha256 sha384 sha512 md5sum sha1sum sha256sum hash hashes
    checksum checksums digest digests crc etag commit commits rev revision oid id ids uuid guid fingerprint request trace
    span correlation blob tree parent ref object version build run job order transaction invoice tracking""".split())
# The separators of grouped identifiers; a generated key or password has a run of 12 or more between them.
_GROUP_SEPARATORS = re.compile(r"[-_.:]")
_MIXED_CASE_AND_DIGIT = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)")
# The same word and separator opening every value of a column (values joined by newlines).
_SHARED_PREFIX = re.compile(r"([A-Za-z]{1,12}[-_])[^\n]*(?:\n\1[^\n]*)+")
_NO_VALUE = frozenset({"-", "--", "—", "n/a", "na", "none", "null", "nil", "tbd", "?", "(null)", "<null>", "empty",
                       "redacted", "revoked", "expired", "x"})


# A cell of a table that may be a token (a separator or a line's edge on both sides): a text with fewer than two is
# not read as tables, so most texts pay one regex scan.
_TOKEN_CELL_HINT = re.compile(r"(?:^|[\t,;|])[ \"']*[A-Za-z0-9+/=_.~!#$%^&*@:-]{12,200}[ \"'\r]*(?=[\t,;|]|$)", re.M)


def random_value_cells(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each cell of a table column whose cells are mostly random-looking tokens, more than half of
    them distinct (at least two), under a header that names no digest or identifier."""
    hints = _TOKEN_CELL_HINT.finditer(text)
    if next(hints, None) is None or next(hints, None) is None:
        return
    for header, rows in tables(text):
        for column in range(max(len(row) for row in rows)):
            if column < len(header) and _NOT_SECRET_HEADER_WORDS.intersection(
                    identifier_parts(header[column])):
                continue
            cells = [row[column] for row in rows if column < len(row)]
            filled = [(start, end) for start, end in cells if end > start and text[start:end].lower() not in _NO_VALUE]
            random_cells = [(start, end) for start, end in filled if _random_cell(text[start:end])]
            if len(random_cells) < 2 or len(random_cells) * 4 < len(filled) * 3:
                continue
            values = [text[start:end] for start, end in random_cells]
            if len(set(values)) * 2 <= len(values):
                continue  # values that repeat row after row: a constant (a scope, a default), not one key per row
                # (one key shared by two customers of six is what an audit of the column asks about: still keys)
            if _SHARED_PREFIX.fullmatch("\n".join(values)):
                continue  # `cus_NffrFeUfNV2Hib`, `web-7d4b9c8f6d-x2kqp`: ids of one type of object (a vendor's key
                # prefix is the catalogue's, and what it found is not judged here)
            yield from random_cells


def _random_cell(value: str) -> bool:
    """A generated key or password: one token with letters and digits, random-looking, that is no UUID, e-mail,
    path, URL or labelled digest."""
    if not _TOKEN_CELL.fullmatch(value) or UUID_VALUE.match(value) or EMAIL_VALUE.match(value):
        return False
    if "://" in value or DIGEST_PREFIX.match(value) or looks_like_path(value):
        return False
    if max(len(part) for part in _GROUP_SEPARATORS.split(value)) < 12 and not _MIXED_CASE_AND_DIGIT.match(value):
        return False  # short groups of one case: a MAC address, a SKU (`TSH-BLK-XL-2024`), a version
        # (`v1.4.2-g5114f85`); a generated password in groups mixes both cases and digits (`kDx7Qm-vR2pLt-9wZbNe`)
    return looks_random(value, min_length=12, min_entropy=3.0 if len(value) < 20 else 3.5)
