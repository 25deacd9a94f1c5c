"""Rows of saved logins with no header: `https://router.home  admin  RZKtqwPmnbVx`, one site per line.

A browser's saved-password list, a password manager's export pasted as text or a note copied off an old laptop
writes each account as three cells: the site (a URL or a host name), the login and the password, separated by
runs of spaces or tabs, one account a line. No header names the columns (secret_columns.py needs one) and no word
names the password (password_sentences.py needs one); the layout does: two or more consecutive lines of the same
three cells, the first a site. The last cell is the password whatever its shape (a generated one has no digit,
`RZKtqwPmnbVx`), unless it is a placeholder, masked, or a URL, a number of a few digits or a date (a column of
dates or counts is no password column).

Doubtful (DOUBTFUL_SCORE): only the layout vouches for it. Cost: one regex per line of a text that has a line
starting with a site followed by two spaces or a tab (pre-check by the caller: "  " or a tab in the text).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.secret_values import is_masked, is_placeholder_value
from redactor.detect.word_frequencies import frequent_in_any

_STATUS_WORD_ZIPF = 3.0

_SITE = r"(?:[a-z][a-z0-9+.-]*://[^\s]+|(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:/[^\s]*)?)"
_GAP = r"(?:[ ]{2,}|[ ]*\t[ \t]*)"
_ROW = re.compile(r"(?im)^[ \t]*(?:[-*•][ \t]+)?" + _SITE + _GAP + r"(?P<login>[^\s](?:[^\t\n ]| (?! ))*?)" + _GAP
                  + r"(?P<value>[^\s]{4,128})[ \t]*$")
# Cells of other three-column listings: counts, dates, URLs, host names and IP addresses (a zone file's
# `www.example.com  CNAME  lb.example.net`), booleans.
_NOT_A_PASSWORD = re.compile(r"(?i)\d{1,4}|\d{4}-\d\d-\d\d.*|[a-z][a-z0-9+.-]*://.*|(?:[\w-]+\.)+[a-z]{2,}\.?"
                             r"|\d{1,3}(?:\.\d{1,3}){3}(?:[:/]\d+)?|[0-9a-f:]+:[0-9a-f:]*|yes|no|true|false|n/?a|none|-+")


def saved_login_values(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each password cell in runs of two or more saved-login rows (see the module docstring)."""
    run: list[re.Match[str]] = []
    previous_end = -2
    for row in _ROW.finditer(text):
        if row.start() != previous_end + 1:  # not the line right after the last row: a new run
            yield from _values(run)
            run = []
        run.append(row)
        previous_end = row.end()
    yield from _values(run)


def _values(run: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    if len(run) < 2:
        return
    for row in run:
        value = row.group("value")
        if _NOT_A_PASSWORD.fullmatch(value) or is_placeholder_value(value) or is_masked(value):
            continue
        if value.isalpha() and value.islower() and frequent_in_any(value, ("en",), _STATUS_WORD_ZIPF):
            continue  # `api.example.com  https  healthy`: a status column

        yield row.span("value")
