"""Cookie values in cookie jars: the Netscape cookie file curl, wget, yt-dlp and browsers' exporters write (round 15).

A jar line is seven tab-separated fields: domain, include-subdomains (TRUE/FALSE), path, secure
(TRUE/FALSE), expiry (a Unix time), name, value (`#HttpOnly_` may prefix the domain). Whatever the
cookie's name (`SESS_ID`, `__Secure-3PSID`, `remember_web_59ba`), a long value in a jar is a
session or a login that replays the user's identity: SESSION_COOKIE. Short values (`lang=en`,
`consent=1`) and placeholders stay.

Gate: a tab in the text (one character test), then `contains_any` on the two flag fields; each line
holding one is split once (linear).
"""
from __future__ import annotations

from typing import Iterator

from redactor.detect.keywords import contains_any
from redactor.detect.secret_values import is_placeholder_value, looks_random

SCORE = 0.75
_FLAGS = ("\tTRUE\t", "\tFALSE\t")
_FLAG_VALUES = frozenset({"TRUE", "FALSE"})


def find_cookie_jar_values(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of long cookie values on Netscape cookie-file lines."""
    if "\t" not in text or not contains_any(text, _FLAGS):
        return
    position = 0
    length = len(text)
    # The next place of each flag, searched again only once passed: a flag the text lacks is searched once, not
    # once per line (that was quadratic on a long jar that has only TRUE flags).
    next_at = {flag: text.find(flag) for flag in _FLAGS}
    while position < length:
        for flag_text, at in next_at.items():
            if at != -1 and at < position:
                next_at[flag_text] = text.find(flag_text, position)
        flag = min((at for at in next_at.values() if at != -1), default=-1)
        if flag == -1:
            return
        line_start = text.rfind("\n", 0, flag) + 1
        line_end = text.find("\n", flag)
        line_end = length if line_end == -1 else line_end
        position = line_end + 1
        line = text[line_start:line_end].rstrip("\r")
        fields = line.split("\t")
        if len(fields) != 7 or fields[1] not in _FLAG_VALUES or fields[3] not in _FLAG_VALUES:
            continue
        if not fields[4].strip().isdigit() or not fields[5]:
            continue
        value = fields[6].strip()
        if len(value) < 12 or is_placeholder_value(value):
            continue
        if not (looks_random(value, min_length=12, min_entropy=3.0) or len(value) >= 20
                or sum(ch.isdigit() for ch in value) >= 3 and sum(ch.isalpha() for ch in value) >= 3):
            continue
        start = line_start + len(line) - len(fields[6])
        start += len(fields[6]) - len(fields[6].lstrip())
        yield start, start + len(value)
