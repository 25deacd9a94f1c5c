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

Gate: "key" in the lowered text (the text's shared keyword scan), then one regex over the text. Linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.identifier_pieces import identifier_words
from redactor.detect.record_ids import is_record_value

_SCORE = 0.6
# People and the records held about them whose reference a key names with "key".
_HOLDER_WORDS = frozenset(
    "subscriber subscribers member members customer customers cust client clients patient patients pat employee "
    "employees emp student students guest guests policy policyholder claim claimant beneficiary enrollee "
    "applicant tenant donor cardholder passenger resident citizen contact person "
    "kunde kunden mitglied patienten mitarbeiter versicherter cliente clientes paciente socio afiliado "
    "adherent adhérent assure assuré".split())
_KEY_VALUE = re.compile(
    r"(?<![\w.-])([A-Za-z][A-Za-z_-]{1,40}?[_-]?(?:key|Key|KEY))[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"([A-Za-z0-9][A-Za-z0-9/_.-]{2,40})(?![\w/-])")
_MAX_VALUE_LENGTH = 24  # longer values are a secret's shape (secret detectors read them)


def find_holder_keys(text: str, lowered: str | None = None) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of values under a key naming a record holder's key (`subscriberKey=SB-4471`)."""
    if "key" not in (lowered if lowered is not None else text.lower()):
        return
    for match in _KEY_VALUE.finditer(text):
        value = match.group(2).rstrip(".")
        if len(value) > _MAX_VALUE_LENGTH or not is_record_value(value) or not _names_a_holder(match.group(1)):
            continue
        yield match.start(2), match.start(2) + len(value), _SCORE


def _names_a_holder(key: str) -> bool:
    """Whether the word right before `key` in the key is a holder word (`subscriberKey`, `member_key`, `kundekey`)."""
    words = [word.lower() for word in identifier_words(key)]
    if len(words) >= 2 and words[-1] == "key":
        return words[-2] in _HOLDER_WORDS
    compound = words[-1] if words else ""
    return compound.endswith("key") and compound[:-3] in _HOLDER_WORDS
