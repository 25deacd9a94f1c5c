"""Table columns of stored password hashes: every cell below such a header is a hash, whatever its scheme.

A query over an accounts table (`SELECT email, password_hash FROM users`, `SELECT user, authentication_string FROM
mysql.user`, `SELECT rolname, rolpassword FROM pg_authid`, `usename | passwd` of pg_shadow, Oracle `spare4`, an LDAP
export's `userPassword`) prints one hash per row. Schemes with a structure of their own (`$2b$`, `*<40 hex>`,
`md5<32 hex>`, `SCRAM-SHA-256$`) are found by their format anywhere; an unsalted SHA-256 or SHA-1 hex is only a
digest anywhere else (a commit, a content hash), so the column header is what makes it a password hash here.

A column counts when its header cell names a password and a hash (`password_hash`, `hashed_password`, `pwd_digest`,
`encrypted_password`) or is one of the names databases give the column (`authentication_string`, `rolpassword`,
`passwd`, `spare4`, `userpassword`). A cell counts when it is one token of 16 or more hash characters: `*`, `!`, `x`
and `NULL` (no password, locked) are no hash. The header and rows are read by secret_columns.py, the layouts the
credential columns use (CSV, TSV, Markdown and psql/MySQL tables, aligned tool output).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length, matches_at_starts
from redactor.detect.secret_columns import secret_column_cells, secret_header_cells

# Header words in any case, found in one scan of a text that holds a newline (a table has a header and rows).
_HEADER_NAME = re.compile(
    r"(?i)(?<![a-z0-9])(?:(?:hashed|encrypted|crypted|salted)[_ .-]?(?:password|passwd|pwd|pass|pw)"
    r"|(?:password|passwd|pwd|pass|pw|user[_ ]?password)[_ .-]?(?:hash|hashes|digest|crypt|encrypted|verifier|sha\d*|md5)"
    r"|authentication[_ ]string|rolpassword|passwd|spare4|userpassword|unicodepwd|nthash|nt[_ ]hash|lm[_ ]hash)"
    r"(?![a-z0-9])")
# Every header name starts with one of these (the look-behind that opens `_HEADER_NAME` would make `re` try every
# position of the text: the pattern is tried only where one starts, from the text's shared cue scan).
_HEADER_STARTS = ("hashed", "encrypted", "crypted", "salted", "pass", "pw", "user", "authentication", "rolpassword",
                  "spare4", "unicodepwd", "nthash", "nt_hash", "nt hash", "lm_hash", "lm hash")
# A stored hash: one token of the characters hash schemes print (hex, base64, crypt's `./`, `$`, `:`, `{}`, `*`).
_HASH_CELL = re.compile(r"[A-Za-z0-9+/=.$:{}*,;_-]{16,400}")


def password_hash_cells(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each cell under a header cell that names a stored password hash column."""
    starts = keyword_positions(lowered_same_length(text), _HEADER_STARTS)
    positions = [match.start() for match in matches_at_starts(_HEADER_NAME, text, starts)]
    if not positions:
        return
    for label_start, label_end in secret_header_cells(text, positions):
        if not _HEADER_NAME.fullmatch(text, label_start, label_end):
            continue  # the header cell says more than the column's name (`password_hash_updated_at`)
        for start, end in secret_column_cells(text, label_start, label_end):
            if _HASH_CELL.fullmatch(text, start, end) and any(char.isdigit() for char in text[start:end]):
                yield start, end
