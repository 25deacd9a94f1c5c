"""Record ids under a key that joins a holder word to `key`: `subscriberKey=SB-4471`, `"customer_key": "C-771204"`.

record_ids.py reads keys ending in an id word (`memberRef`, `clientId`, `kundennummer`), but `key` is no id word
there: most keys a program writes (`cacheKey`, `sessionKey`, `apiKey`, `sortKey`) name its own things or secrets.
CRMs, billing and health systems also name the reference of a person's record with `key`, and then the key's
other words say whose it is: a holder of a record (subscriber, member, customer, client, patient, employee,
policy, claim, Kunde, cliente ...). So a key whose words (identifier_pieces.identifier_words, or a lower-case
compound such as `memberkey`) are a holder word and then `key`, followed by `=` or `:` and a code-shaped value
(record_ids.is_record_value: a digit, no version, date, hash or amount), is that holder's id.

Not a holder: `account` (`AccountKey=` is the secret of an Azure storage connection string) and `user` (`userKey`
is an API credential in many SDKs); values longer than 24 characters are a secret's shape and stay with the secret
detectors. Score 0.6: the key names the holder and the id together (as `Kundennr` does in record_ids.py).

Gate: "key" in the lowered text (the text's shared keyword scan), then one regex at each `key` followed by `=` or `:`, and one
backwards over the 41 characters before it. Linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.identifier_pieces import identifier_words
from redactor.detect.keywords import ANY_TEXT, lowered_same_length, needs_marks
from redactor.detect.record_ids import is_record_value

_SCORE = 0.6
# People and the records held about them whose reference a key names with "key".
_HOLDER_WORDS = frozenset(
    "subscriber subscribers member members customer customers cust client clients patient patients pat employee "
    "employees emp student students guest guests policy policyholder claim claimant beneficiary enrollee "
    "applicant tenant donor cardholder passenger resident citizen contact person "
    "kunde kunden mitglied patienten mitarbeiter versicherter cliente clientes paciente socio afiliado "
    "adherent adhérent assure assuré".split())
# "key" ending a key, its separator and a code-shaped value; the key's start is read backwards from there.
_KEY_END_VALUE = re.compile(
    r"(?:key|Key|KEY)[\"']?[ \t]*[=:][ \t]*[\"']?([A-Za-z0-9][A-Za-z0-9/_.-]{2,40})(?![\w/-])")
_KEY_START = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z_-]{1,40}\Z")
_MAX_VALUE_LENGTH = 24  # longer values are a secret's shape (secret detectors read them)


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_holder_keys(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of values under a key naming a record holder's key (`subscriberKey=SB-4471`)."""
    if lowered is None:
        if "key" not in text and "Key" not in text and "KEY" not in text:
            return  # (three C-speed scans; lowering the whole text costs more)
        lowered = lowered_same_length(text)
    position = lowered.find("key")
    while position != -1:  # (str.find, then one match at each "key": a regex search costs ~60 µs/KB)
        match = _KEY_END_VALUE.match(text, position)
        position = lowered.find("key", position + 3)
        if match is None:
            continue
        key = _KEY_START.search(text, max(0, match.start() - 41), match.start())
        if key is None:
            continue
        value = match.group(1).rstrip(".")
        if len(value) > _MAX_VALUE_LENGTH or not is_record_value(value) or not _names_a_holder(
                key.group(0) + text[match.start():match.start() + 3]):
            continue
        yield match.start(1), match.start(1) + len(value), _SCORE


def _names_a_holder(key: str) -> bool:
    """Whether the word right before `key` in the key is a holder word (`subscriberKey`, `member_key`, `kundekey`)."""
    words = [word.lower() for word in identifier_words(key)]
    if len(words) >= 2 and words[-1] == "key":
        return words[-2] in _HOLDER_WORDS
    compound = words[-1] if words else ""
    return compound.endswith("key") and compound[:-3] in _HOLDER_WORDS
