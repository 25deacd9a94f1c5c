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

A sentence that names the pair it writes ("user / password: lager / 7731", "Benutzer/Passwort ist kiosk / 2719",
"login and pass are ops / 4471") also takes a spaced pair, `login / password`: the label pair (a login word, "/",
"&" or "and" in a few languages, a password word) says which half is the password. Without it a spaced slash
is prose ("read / write", "1 / 3").

A spaced pair said with no word about it ("ana.perez@contoso.com / Lima.4521", "10.0.4.12 (admin / Rk_77bx)",
"jenkins.int / Blue_8841"): chat gives an account as its two halves, with "password" a few lines up or nowhere.
Prose puts a spaced slash between alternatives too (`arm64 / x86_64`, `TLS1.2 / TLS1.3`, `read / write`), so
without a label the password half must carry the shape on its own (`shaped_pair_spans`): a word a person picks
as a password (the caller's `is_password_word`: 6+ characters, no version, tech term, host or path) with a
lower-case letter and a digit, and either a capital or a password symbol (`.`, `_`, `-` count: `Lima.4521`),
or an e-mail login before it (`bob@fabrikam.io / hunter22`). A run of alternatives (`a / b / c`) is a list.

Cost: one regex over the sentence, which the caller has cut already (two in a sentence that names a label pair);
the unlabelled pair, one regex from each " / " of the text.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Callable, Iterable, Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.rule_files import term_list
from redactor.detect.secret_values import VERSION_VALUE, is_placeholder_value

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# A login (`ops`, `j.doe`, `svc_backup`), "/" or ":" (never "://"), and the password up to the next space.
_PAIR = re.compile(r"(?<![\w/:@.\-])(?P<login>[A-Za-z][\w.\-]{0,31})(?P<separator>/|:(?!//))"
                   r"(?P<password>[^\s/:]{3,64})")
# `lager / 7731`: a login and its password with a spaced slash, taken only after a label pair names them.
_SPACED_PAIR = re.compile(r"(?<![\w/:@.\-])(?P<login>[A-Za-z][\w.\-]{0,31})[ \t]+(?P<separator>/)[ \t]+"
                          r"(?P<password>[^\s/:]{3,64})")
_PASSWORD_WORDS = r"|".join(re.escape(word) for word in sorted(term_list("secret_label_password_words"), key=len,
                                                                reverse=True))
# "user / password", "Benutzer/Passwort", "login and pass", "usuario y contraseña": the words of the pair to come.
_LABEL_PAIR = re.compile(
    r"(?i)(?<!\w)(?:user(?:name)?|login|account|benutzer(?:name)?|usuario|utilisateur|identifiant|gebruiker(?:snaam)?"
    r"|utente|usuário|konto|användare|brugernavn)[ \t]*(?:/|&|\+|and|und|et|y|e|en|och|og|i)[ \t]*"
    r"(?:" + _PASSWORD_WORDS + r")(?!\w)")
# `login / password` with no label: each half one word, the pair no piece of a longer `a / b / c` run.
_UNLABELLED_PAIR = re.compile(r"(?<![\S])(?P<login>[^\s/]{1,64})[ \t]+/[ \t]+(?P<password>[^\s/]{6,64})(?![^\s])"
                              r"(?![ \t]+/[ \t])")
_EDGE_PUNCTUATION = "\"'`“”‘’«»()[]{}<>,;.!?*"
_PASSWORD_SYMBOLS = frozenset("!#$%^&*+?~@=_-")


def credential_pair_spans(text: str, start: int, end: int, label_words: Iterable[str],
                          names_something_else: Callable[[str], object], taken: list[tuple[int, int]]
                          ) -> Iterator[Span]:
    """The password halves of the pairs in the sentence text[start:end]; `label_words` (lower-cased: `password`,
    `creds`) are no login or password (`user/password` names the pair); a pair with a half that
    `names_something_else` (`ipv4/ipv6`, `sha256`) is no credential; `taken`: spans found (merged, sorted)."""
    label_pair = _LABEL_PAIR.search(text, start, end)
    pairs = _PAIR.finditer(text, start, end)
    if label_pair is not None:
        pairs = itertools.chain(pairs, _SPACED_PAIR.finditer(text, label_pair.end(), end))
    else:
        pairs = itertools.chain(pairs, _keyed_spaced_pairs(text, start, end))
    for pair in pairs:
        value_start, value_end = pair.span("password")
        while value_end > value_start and text[value_end - 1] in _EDGE_PUNCTUATION:
            value_end -= 1
        if value_end < len(text) and value_end == pair.end() and not _ends_word(text, value_end):
            continue  # `ops/2719/x`: a path; `a:b:c`: a list
        password = text[value_start:value_end]
        if not _is_pair_password(password, pair.group("separator"), named=pair.re is _SPACED_PAIR and label_pair
                                 is not None):
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


# A key's separator right before a spaced pair ("night auditor: nightaudit / moonlight-ledger", "Zugang — cnc / x"),
# and what may close the key's value after it (the line, the clause, a bracket).
_KEY_SEPARATOR_BEFORE = re.compile(r"(?:[:：=]|[ \t][-–—])[ \t]*$")
_VALUE_CLOSES = re.compile(r"[ \t]*(?:$|[\n,;)\]]|\.(?:\s|$))")


def _keyed_spaced_pairs(text: str, start: int, end: int) -> Iterator[re.Match]:
    """Spaced `login / password` pairs that are the whole value of a key in a sentence about credentials (the
    caller's cue): the key's separator opens the pair and the clause or line closes it, so the pair is the key's
    value, not a slash between alternatives inside prose. The password half still needs a digit or a password
    symbol (`_is_pair_password`), as an unspaced pair does."""
    for pair in _SPACED_PAIR.finditer(text, start, end):
        if _KEY_SEPARATOR_BEFORE.search(text, max(start, pair.start() - 4), pair.start()) is None:
            continue
        if _VALUE_CLOSES.match(text, pair.end()) is None:
            continue
        yield pair


def shaped_pair_spans(text: str, taken: list[tuple[int, int]], is_password_word: Callable[[str], bool]
                      ) -> Iterator[Span]:
    """The password halves of `login / password` pairs said with no label, by their shapes (module doc);
    `taken`: spans found (merged, sorted)."""
    position = text.find(" / ")
    while position != -1:
        login_start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position), text.rfind("\t", 0, position)) + 1
        pair = _UNLABELLED_PAIR.match(text, login_start)
        position = text.find(" / ", position + 3)
        if pair is None or text.startswith(" / ", max(login_start - 3, 0)) and login_start >= 3:
            continue  # `a / b / c`: a list of alternatives
        value_start, value_end = pair.span("password")
        while value_end > value_start and text[value_end - 1] in _EDGE_PUNCTUATION:
            value_end -= 1
        password = text[value_start:value_end]
        login = pair.group("login").strip(_EDGE_PUNCTUATION)
        if not login or not _is_shaped_like_password(password, login, is_password_word):
            continue
        at = bisect.bisect_left(taken, (value_end, value_end)) - 1
        if at >= 0 and taken[at][1] > value_start:
            continue
        yield Span(value_start, value_end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _is_shaped_like_password(password: str, login: str, is_password_word: Callable[[str], bool]) -> bool:
    if not is_password_word(password) or is_placeholder_value(password):
        return False
    if not any(char.isdigit() for char in password) or not any(char.islower() for char in password):
        return False
    if "@" in login:
        return True  # an e-mail login: `hunter22` after it is its password
    return any(char.isupper() or char in _PASSWORD_SYMBOLS or char == "." for char in password)


def ends_a_label_pair(text: str, word_end: int) -> bool:
    """Does a label pair ("user/pass", "login and password") end at `word_end`, its password word's end?"""
    return any(match.end() == word_end for match in _LABEL_PAIR.finditer(text, max(0, word_end - 40), word_end))


def _ends_word(text: str, position: int) -> bool:
    return text[position].isspace() or text[position] in _EDGE_PUNCTUATION


def _is_pair_password(password: str, separator: str, named: bool = False) -> bool:
    """`named`: a label pair before it says the half is the password, so a word of letters is one too."""
    if len(password) < 3 or is_placeholder_value(password) or VERSION_VALUE.match(password):
        return False
    if password.isdigit():
        return separator == "/" and 4 <= len(password) <= 12
    if named:
        return len(password) >= 4
    return any(char.isdigit() or char in _PASSWORD_SYMBOLS for char in password) and any(
        char.isalnum() for char in password)
