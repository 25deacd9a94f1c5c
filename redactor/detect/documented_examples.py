"""Values that documentation, forms and format explanations print as examples: nobody's identifier or address.

Format explanations and form hints write a made-up value in the shape of the real one: a CPF "000.000.000-00", a
Japanese postcode "〒000-0000", a quote id "Q-DEMO-0001", a sandbox tracking number "1Z-TEST-0000", the German
placeholder person and address "Max Mustermann, Musterstraße 1, 12345 Musterstadt". The
finders read the shape and the label and find them; here a value is an example when what makes it personal is
missing by construction:

- an identifier whose digits are all zero (four or more: a real number is never all zeros), or one holding a word
  that says it is made up (`TEST`, `DEMO`, `SAMPLE`, `EXAMPLE`, `DUMMY`, `SANDBOX`, `FAKE`);
- an address, a person or an organisation holding the placeholder word German forms print (`Muster…`), or an
  address whose digits are all zero (English "Anytown" is not one: test fixtures and agent benchmarks fill real
  records with it, and the wire cannot tell them from a user's data);
- (round 39, over39) a phone number whose last seven digits are all zero ("03-0000-0000", "+7 (000) 000-00-00",
  "010-0000-0000"): form hints and test fixtures keep the country and area code and zero the line; no subscriber line
  is numbered 0000000 (none of the 4,401 annotated phones of the readable corpora ends so);

A payment card number whose account digits (between the six-digit issuer prefix and the check digit) use at most two
different digits ("4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444") is a published sandbox number
(`is_published_test_card`): payment providers build theirs so, an issued card's account digits are random (a chance
of about 2 in 100,000 for nine of them). It is **not** dropped on the wire: a card-shaped, Luhn-valid value is
sensitive by shape, and a validity check only lowers confidence (issue 12). It is scored doubtful, so the wire
redacts it and `redactor audit` (min score 0.6) does not report it. (Round 39 first dropped it; the independent
gateway selfcheck then reported `4242-4242-4242-4242` reaching its upstream as a LEAK.)

Dull real numbers (`12345678`) stay values: people paste real records as examples, and a count up can be a real
number; only the words and the zeros above are taken as a statement that the value is made up.
"""
from __future__ import annotations

import re

_ID_KINDS = frozenset({"ID_NUMBER", "NATIONAL_ID", "TAX_ID", "PASSPORT", "DRIVER_LICENSE", "SSN", "VAT_NUMBER",
                       "LICENSE_PLATE", "BANK_ACCOUNT"})
_PLACE_AND_PERSON_KINDS = frozenset({"STREET_ADDRESS", "ADDRESS", "LOCATION", "PERSON", "ORGANIZATION"})
_PHONE_KINDS = frozenset({"PHONE"})
_CARD_KINDS = frozenset({"CREDIT_CARD"})
# A phone's subscriber line: the last seven digits (the area or mobile prefix before them is kept by form hints).
_LINE_DIGITS = 7
# A card number's issuer prefix (IIN) is six digits and its last digit is the Luhn check: the account digits between.
_IIN_DIGITS = 6
_MOST_ACCOUNT_DIGIT_VALUES = 2
# Words an identifier holds only when it was made up to show the format.
_MADE_UP_ID_WORDS = frozenset({"test", "demo", "sample", "example", "dummy", "sandbox", "fake", "placeholder"})
# Placeholder places and people German forms print: "Muster…" (Mustermann, Musterstraße, Musterstadt).
_PLACEHOLDER_PLACE_WORDS = ("muster",)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def is_documented_example(value: str, kind: str) -> bool:
    """Whether a finding of `kind` with this `value` is a made-up example (see the module docstring)."""
    if kind in _ID_KINDS:
        return _all_zero_digits(value) or any(word.lower() in _MADE_UP_ID_WORDS for word in _WORD.findall(value))
    if kind in _PLACE_AND_PERSON_KINDS:
        if any(word.lower().startswith(_PLACEHOLDER_PLACE_WORDS) for word in _WORD.findall(value)):
            return True
        return kind != "PERSON" and _all_zero_digits(value)
    if kind in _PHONE_KINDS:
        digits = "".join(_DIGIT.findall(value))
        return len(digits) >= _LINE_DIGITS and not digits[-_LINE_DIGITS:].strip("0")
    return False


def is_published_test_card(value: str, kind: str) -> bool:
    """Whether a card finding is one of the providers' sandbox numbers (module doc): lower its score, never drop it."""
    if kind not in _CARD_KINDS:
        return False
    account = "".join(_DIGIT.findall(value))[_IIN_DIGITS:-1]
    return len(account) >= 6 and len(set(account)) <= _MOST_ACCOUNT_DIGIT_VALUES


def _all_zero_digits(value: str) -> bool:
    digits = _DIGIT.findall(value)
    return len(digits) >= 4 and all(digit == "0" for digit in digits)
