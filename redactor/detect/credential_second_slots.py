"""The second slot of a credential pair: the value that follows an account's name, with or without a word for it.

People write an account as its two halves: `m.kowal@gmail.com, Kotek123`, `jan.nowak | Pierogi!77`,
`ewa_k (malina5)`, "(yusufac, Waffles_Bruno9)", "Gastnetz / sommerwiese" under a Wi-Fi line, "Supplier
portal:" and the password alone on the next line. What makes the second value a password is its position: it
fills the slot after a first value that names the account, a network or a site. Three positions:

1. **After a found login.** Right after a login or an e-mail another finder found, one separator (`/`, `|`, `,`,
   `;`, `:`, `(`, a dash between blanks, a tab or two blanks) and one token. The token is the password when a
   person picked it (`picked_by_a_person`: a word with digits or symbols, no word of a language, file name,
   identifier or version); after a comma or a colon, which also separate items of a list and a speaker from
   their line, it must also have a capital or a password symbol (`Kotek123`, not `carl99` in a list of
   logins) unless the login is an e-mail. A code of 4-12 digits fills the slot after `/`, `|` or `(`.
2. **Two values in one bracket.** `(login, password)` or `(login / password)`: a login's shape (lower-case
   letters, digits, `._-`) first, a picked password with a capital or a symbol second.
3. **A network's key.** After a word for a wireless network (`wifi`, `wlan`, `ssid`, the vocabulary's network
   words) its name comes first and its key second: `NAME / KEY`, `NAME → KEY`, `NAME, the key is "KEY"`,
   `NAME key KEY`. The key runs to the clause's end and may be words with blanks ("my dog eats socks"): the
   separator, not the value's shape, says where it is.
4. **Values alone under headings.** Short lines ending in ":" ("Supplier portal:", "Bank app:"), each with one
   token alone on the next line (one blank line allowed) that a person picked as a password with a digit or a
   symbol, two or more in a text: a note of accounts. A heading names what the value opens; the line says where
   the value ends. (One such pair alone is as often a spec sheet's "Model:\nGalaxyS23".)

No key vouches for these values: doubtful (DOUBTFUL_SCORE), the wire redacts them, an audit does not report them.
Rule 1 reads other finders' logins, so it runs over a text's findings (the engine's per-request step); the others
read the text alone. Costs: a regex from each found login; one `find` per network word; a regex per line ending
in ":".
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.credential_neighbourhoods import picked_by_a_person
from redactor.detect.password_slots import password_label_spans

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "credential_second_slots"

_LOGIN_KINDS = frozenset({"USERNAME", "EMAIL"})
# (`and` in a few languages joins the halves in a sentence: "the booking site is marta.k and Zeppelin44")
_AFTER_LOGIN = re.compile(r"(?P<sep>[ \t]*(?:[/|,;:(]|->|→)[ \t]*|[ \t]+[-–—][ \t]+|\t+|[ ]{2,}"
                          r"|[ \t]+(?:and|und|et|y|e|en|och|og|i|и|ve)[ \t]+)"
                          r"(?P<value>[^\s,;()\[\]{}<>\"'`]{4,64})")
_LOOSE_SEPARATORS = frozenset(",:;")
_DIGIT_SEPARATORS = frozenset("/|(")
_PIN = re.compile(r"\d{4,12}")
_MACHINE_DIGITS = re.compile(r"\d{9,}")
_CLOSING = ".,;:!?)]}\"'"
_SYMBOLS = frozenset("!#$%^&*+?~@=_-.")
_BRACKET_PAIR = re.compile(r"\((?P<login>[a-z][a-z0-9._\-]{2,31}),?[ \t]*[,/][ \t]*(?P<value>[^\s,()/]{6,64})\)")
_NETWORK_WORDS = ("wifi", "wi-fi", "wlan", "ssid", "wireless", "와이파이", "ワイファイ", "无线", "вайфай")
_NETWORK_PAIR = re.compile(
    r"[ \t]*(?::|is|=)?[ \t]*(?P<name>[^\s,;/→]{2,40})"
    r"(?:[ \t]*(?:/|→|->|=>)[ \t]*|,?[ \t]+(?:the[ \t]+)?(?:key|pw|psk|pass)(?:[ \t]+is)?[ \t]*:?[ \t]*)"
    r"(?P<value>\"[^\"\n]{3,64}\"|“[^”\n]{3,64}”|[^\n;,.!?\"“]{3,64})", re.IGNORECASE)
_MAX_KEY_WORDS = 6
_HEADING = re.compile(r"^[ \t]*(?P<heading>[^\n:]{2,40}):[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<value>[^\s]{4,64})[ \t]*$",
                      re.MULTILINE)
_HEADING_WORDS = 6
_LISTED_HEADINGS = 2


def second_slot_spans(text: str, found: Sequence[Span]) -> list[Span]:
    """PASSWORD spans of `text` in the second slots of pairs (module doc), none overlapping `found` (sorted)."""
    taken = sorted((span.start, span.end) for span in found)
    spans: list[Span] = []
    for span in found:
        if span.kind in _LOGIN_KINDS:
            value = _after_login(text, span)
            if value is not None and not overlaps_a_region(taken, *value):
                spans.append(_span(*value))
    if "(" in text:
        for pair in _BRACKET_PAIR.finditer(text):
            if _strict(pair.group("value"), email=False) and not overlaps_a_region(taken, *pair.span("value")):
                spans.append(_span(*pair.span("value")))
    lowered = text.lower()
    if any(word in lowered for word in _NETWORK_WORDS):
        spans.extend(_span(*value) for value in _network_keys(text, lowered) if not overlaps_a_region(taken, *value))
    if ":\n" in text or ":\r\n" in text:
        spans.extend(_span(*value) for value in _values_under_headings(text) if not overlaps_a_region(taken, *value))
    return sorted(spans, key=lambda span: span.start)


def _span(start: int, end: int) -> Span:
    return Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _after_login(text: str, login: Span) -> tuple[int, int] | None:
    match = _AFTER_LOGIN.match(text, login.end)
    if match is None:
        return None
    separator = match.group("sep").strip() or " "
    if separator.isalpha():
        separator = ","  # a conjunction also joins two logins: the stricter shape
    start, end = match.span("value")
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    value = text[start:end]
    if _PIN.fullmatch(value):
        return (start, end) if separator in _DIGIT_SEPARATORS else None
    if not picked_by_a_person(value):
        return None
    if separator in _LOOSE_SEPARATORS and not _strict(value, email=login.kind == "EMAIL"):
        return None
    if separator in _LOOSE_SEPARATORS and _MACHINE_DIGITS.search(value):
        return None  # `AROA…:botocore-session-1700000000`: a run of nine digits or more is a clock or a serial a
        # program appended (a principal and its session), not what a person picks after a loose separator
    return start, end


def _strict(value: str, email: bool) -> bool:
    """A picked password with a digit, a lower-case letter and a capital or a symbol (after an e-mail: any)."""
    value = value.rstrip(_CLOSING)
    if not picked_by_a_person(value):
        return False
    if not any(c.isdigit() for c in value) or not any(c.islower() for c in value):
        return False
    return email or any(c.isupper() or c in _SYMBOLS for c in value)


def _network_keys(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    for word in _NETWORK_WORDS:
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not lowered[at - 1].isalnum():
                key = _network_key(text, at + len(word))
                if key is not None:
                    yield key
            at = lowered.find(word, at + len(word))


def _network_key(text: str, after: int) -> tuple[int, int] | None:
    pair = _NETWORK_PAIR.match(text, after)
    if pair is None:
        return None
    name = pair.group("name")
    if name.isalpha() and name.islower():
        return None  # "wifi is down / slow today": a network's name has a capital, a digit or a joiner
    start, end = pair.span("value")
    value = text[start:end]
    if value[0] in "\"“":
        return start + 1, end - 1
    value = value.rstrip()
    end = start + len(value)
    words = value.split()
    if not words or len(words) > _MAX_KEY_WORDS or password_label_spans(value.lower()):
        return None
    if len(words) == 1 and not (picked_by_a_person(value) or len(value) >= 8 and value.isalnum()):
        return None  # one plain word after the name is more often prose than a key
    return start, end


def _values_under_headings(text: str) -> list[tuple[int, int]]:
    """The values of a list of headings each over one picked token: two or more of them, as in a note of accounts
    (one heading over one token is as often a spec sheet's "Model:\nGalaxyS23")."""
    values = []
    for match in _HEADING.finditer(text):
        heading = match.group("heading").strip()
        if not heading or len(heading.split()) > _HEADING_WORDS or heading[0] in "-*#>":
            continue
        start, end = match.span("value")
        value = text[start:end]
        if picked_by_a_person(value.rstrip(_CLOSING)) and any(c.isdigit() or c in "!#$%&*+?@" for c in value):
            values.append((start, end))
    return values if len(values) >= _LISTED_HEADINGS else []
