"""The password half of a `login/password` or `login:password` pair in a sentence about credentials.

"creds are ops/2719 for the kiosk", "log in with kiosk:Bay#4": people write a login and its password as one
word, joined by "/" or ":", in the sentence that names them (a sentence password_sentences.py finds by its cue:
a password word of any language, "creds", "log in" ...). Outside such a pair a short PIN or a weak password
has no shape of its own (password_sentences.py asks for letters and a digit, 6+ characters); the pair is the
evidence: the half after the separator is a password whatever its shape, digits included, when it is no
placeholder (`admin/<password>`, `ops/****`) and has a digit or a password symbol (`and/or`, `read/write`,
`user/pass`, `TCP/IP` are word pairs). A ":" pair asks for more than digits (`port:5432`, `room:204` name a
number), a "/" pair of digits asks for four (`ops/2719`, not `item/3`). No key vouches for it: doubtful
(DOUBTFUL_SCORE), so the wire redacts it and an audit does not report it.

Cost: one regex over the sentence, which the caller has cut already.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secret_values import VERSION_VALUE, is_placeholder_value

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# A login (`ops`, `j.doe`, `svc_backup`), "/" or ":" (never "://"), and the password up to the next space.
_PAIR = re.compile(r"(?<![\w/:@.\-])(?P<login>[A-Za-z][\w.\-]{0,31})(?P<separator>/|:(?!//))"
                   r"(?P<password>[^\s/:]{3,64})")
_EDGE_PUNCTUATION = "\"'`“”‘’«»()[]{}<>,;.!?*"
_PASSWORD_SYMBOLS = frozenset("!#$%^&*+?~@=_-")


def credential_pair_spans(text: str, start: int, end: int, label_words: Iterable[str],
                          names_something_else: Callable[[str], object], taken: list[tuple[int, int]]
                          ) -> Iterator[Span]:
    """The password halves of the pairs in the sentence text[start:end]; `label_words` (lower-cased: `password`,
    `creds`) are no login or password (`user/password` names the pair); a pair with a half that
    `names_something_else` (`ipv4/ipv6`, `sha256`) is no credential; `taken`: spans found (merged, sorted)."""
    for pair in _PAIR.finditer(text, start, end):
        value_start, value_end = pair.span("password")
        while value_end > value_start and text[value_end - 1] in _EDGE_PUNCTUATION:
            value_end -= 1
        if value_end < len(text) and value_end == pair.end() and not _ends_word(text, value_end):
            continue  # `ops/2719/x`: a path; `a:b:c`: a list
        password = text[value_start:value_end]
        if not _is_pair_password(password, pair.group("separator")):
            continue
        login = pair.group("login")
        if login.lower() in label_words or password.lower() in label_words:
            continue
        if names_something_else(login) or names_something_else(password):
            continue
        at = bisect.bisect_left(taken, (value_end, value_end)) - 1
        if at >= 0 and taken[at][1] > value_start:
            continue  # found already (as the whole pair, or a token)
        yield Span(value_start, value_end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _ends_word(text: str, position: int) -> bool:
    return text[position].isspace() or text[position] in _EDGE_PUNCTUATION


def _is_pair_password(password: str, separator: str) -> bool:
    if len(password) < 3 or is_placeholder_value(password) or VERSION_VALUE.match(password):
        return False
    if password.isdigit():
        return separator == "/" and 4 <= len(password) <= 12
    return any(char.isdigit() or char in _PASSWORD_SYMBOLS for char in password) and any(
        char.isalnum() for char in password)
