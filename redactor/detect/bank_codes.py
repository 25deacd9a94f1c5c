"""A person's bank details: SWIFT/BIC codes (after their label or next to an IBAN or bank word), and account,
branch and routing numbers after the labels bank forms and statements use in many countries.

A BIC (ISO 9362) is four bank letters, a country code, two location characters
and an optional three-character branch: `DEUTDEFF`, `BNPAFRPPXXX`. Eight or eleven
capital letters are also what constants, env vars and acronyms look like
(`HTTPSCON`, `BENCHMARK`), so the shape alone never decides:

- after its label ("SWIFT:", "BIC", "swift code", "Código SWIFT/BIC", `"bic":`) the
  value is redacted whatever its check says (recall first); python-stdnum's check
  (`stdnum.bic`: layout and ISO country) moves the score only;
- without a label, a code that passes the check counts when an IBAN or a bank word
  ("bank", "beneficiary", "wire", "transfer", "Bankverbindung", "banco") stands on
  the same line or the one before, its country matches the IBAN's where one is
  there to compare, and it is no English word in capitals ("BENEFICIARY").

Account, branch and routing numbers (`find_bank_account_numbers`) have no layout of their own: a label
says what they are ("Routing/Account: 121000358 / 3345890012", "Bank details: 12-34-56 87654321",
"RIB : 30004 00819 ...", "CBU ...", "Clave interbancaria ...", "Numer rachunku: 61 1090 ...", "IFSC:
HDFC0001234", "branch code 198765", Swedish "Bankgiro 5050-1055" and "PlusGiro 90 20 03-7", a sort code
under its short label "sort 40-11-62", Israeli "בנק 12 סניף 600 חשבון 123456" whose bank and branch numbers are
two or three digits), and a label may name two numbers written one after the other.
The visible tail of a masked account or card ("account ending in 4471", "acct ****4471", "xxxx-xxxx-4471")
still narrows down whose account it is: doubtful (`find_account_tails`).

Without a label (`find_unlabelled_bank_numbers`): a nine-digit number that passes the ABA routing check
(python-stdnum `us.rtn`) with a bank word on its line or the line above ("Bank of America 121000358
3345890012 checking", a `routing` column), and the account-shaped digits written right after it; a
routing number and an account side by side ("021000021 9912004471") count without a bank word on their
line, as doubtful, in a text that speaks of money somewhere (`_MONEY_CUES`: a payout, a refund, a transfer). A UK sort code then an eight-digit account ("Barclays 20-00-00 55779911") is that layout alone.
The check raises the score; a bank word with a failed check is no evidence of a routing number, so such
nine digits are left to the labelled rules above.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from stdnum import bic as stdnum_bic

from redactor.detect.base import Span
from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from stdnum.us import rtn as stdnum_rtn

from redactor.detect.keywords import (ANY_TEXT, DigitFirstPattern, contains_any, keyword_positions,
                                      lowered_same_length, matches_at_keywords, needs_cues, needs_marks)
from redactor.detect.term_lists import term_list

_BIC_SHAPE = r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?"
# "SWIFT: X", "BIC X", "swift code X", "SWIFT/BIC: X", "bic_code=X", '"bic": "X"'.
_LABELLED_BIC = re.compile(
    r"(?i:\b(?:swift|bic)(?:[\s_/-]*(?:bic|swift))?(?:[\s_-]*(?:code|no\.?|number|#|address))?)"
    r"[\"']?[ \t]*(?:[:#=]|is)?[ \t]*[\"']?(?P<value>" + _BIC_SHAPE + r")(?![\w-])"
)
_BARE_BIC = re.compile(r"(?<![\w-])" + _BIC_SHAPE + r"(?![\w-])")
_BANK_CONTEXT = re.compile(
    r"(?i:\b(?:iban|bank|banking|beneficiary|payee|wire|transfer|remittance|bankverbindung|überweisung|banco"
    r"|banque|banca|virement|transferencia|bonifico)\b)")
_BANK_WORDS = ("iban", "bank", "beneficiary", "payee", "wire", "transfer", "remittance", "überweisung", "banco",
               "banque", "banca", "virement", "transferencia", "bonifico")
_IBAN_COUNTRY = re.compile(r"\b([A-Z]{2})\d{2}[ ]?[A-Z0-9]{4}")


def is_valid_bic(code: str) -> bool:
    """ISO 9362 layout with a known country code (python-stdnum)."""
    return bool(stdnum_bic.is_valid(code))


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_swift_bics(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of every BIC after its label, or validated next to an IBAN or a bank word."""
    lowered = text.lower()
    labelled: set[int] = set()
    # The label words are found by plain search; the pattern is tried only where one starts a word.
    for anchor in ("swift", "bic"):
        position = lowered.find(anchor)
        while position != -1:
            if not (position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_")):
                match = _LABELLED_BIC.match(text, position)
                if match is not None and match.start("value") not in labelled:
                    labelled.add(match.start("value"))
                    value = match.group("value")
                    yield match.start("value"), match.end("value"), 0.85 if is_valid_bic(value) else DOUBTFUL_SCORE
            position = lowered.find(anchor, position + 1)
    if not keyword_positions(lowered_same_length(text), _BANK_WORDS):  # from the shared cue scan, not 14 searches
        return
    for match in _BARE_BIC.finditer(text):
        if match.start() in labelled or not is_valid_bic(match.group(0)):
            continue
        if match.group(0).casefold() in term_list("common_words"):
            continue  # "BENEFICIARY" shouts a word; a bank's code is no English word
        line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, match.start()))) + 1
        line_end = text.find("\n", match.end())
        window = text[line_start:len(text) if line_end == -1 else line_end]
        if not _BANK_CONTEXT.search(window):
            continue
        countries = set(_IBAN_COUNTRY.findall(window))
        if countries and match.group(0)[4:6] not in countries:
            continue  # next to an IBAN of another country: an acronym, not this account's bank
        yield match.start(), match.end(), 0.7


# Labels of account, branch and routing numbers in bank forms and statements (lower-case literal starts first).
_BANK_NUMBER_LABEL = re.compile(
    r"(?i:routing[ \t]*(?:/|and|&)[ \t]*account|account[ \t]*(?:/|and|&)[ \t]*routing|bank[ \t]+(?:details|account|code|number|no\.?)"
    r"|account[ \t]+details|branch[ \t]+(?:code|number|no\.?)|ifsc(?:[ \t]+code)?|micr(?:[ \t]+code)?|cbu|cvu|clabe"
    r"|clave[ \t]+(?:bancaria(?:[ \t]+estandarizada)?|interbancaria)|rib|relev[ée][ \t]+d.identit[ée][ \t]+bancaire"
    r"|(?:numer|nr\.?)[ \t]+rachunku|rachunek(?:[ \t]+bankowy)?|[čc][íi]slo[ \t]+[úu][čc]tu|sz[áa]mlasz[áa]m|tilinumero"
    r"|konto(?:nummer|nr\.?)?|rekening(?:nummer)?|(?:n[úu]mero[ \t]+de[ \t]+)?(?:conta|cuenta)(?:[ \t]+corriente)?"
    r"|(?:num[ée]ro[ \t]+de[ \t]+)?compte(?:[ \t]+bancaire)?|(?:numero[ \t]+di[ \t]+)?conto(?:[ \t]+corrente)?"
    r"|kto\.?(?:[ \t]*-?[ \t]*nr\.?)?|checking|chequing|savings(?:[ \t]+account)?"
    # Swedish giro numbers; a UK sort code under its short label ("sort 40-11-62").
    r"|bank[ \t-]?giro(?:[ \t]*(?:nr|nummer)\.?)?|plus[ \t-]?giro(?:[ \t]*(?:nr|nummer)\.?)?|postgiro"
    r"|sort(?=[ \t]*[:#]?[ \t]*\d\d-\d\d-\d\d(?!\d))"
    # Israeli transfers name the bank, the branch and the account by number: "בנק 12 סניף 600 חשבון 123456".
    r"|(?P<short>בנק|סניף|(?:מס['׳]?[ \t]*|מספר[ \t]+)?חשבון))"
    r"(?![\w/])"
)
_BANK_NUMBER_ANCHORS = ("routing", "account", "bank", "branch", "ifsc", "micr", "cbu", "cvu", "clabe", "clave", "rib",
                        "relev", "numer", "nr", "rachun", "čísl", "cisl", "száml", "szaml", "tilinumero", "konto",
                        "rekening", "conta", "cuenta", "número", "numero", "numéro", "compte", "conto", "kto", "checking", "chequing", "savings",
                        "bankgiro", "bank giro", "bank-giro", "plusgiro", "plus giro", "plus-giro", "postgiro", "sort", "בנק",
                        "סניף", "חשבון", "מס", "מספר")
# Before "checking"/"savings" without "account": a possessive or a bank's capitalised name ("my", "Chase").
_ACCOUNT_OWNER_BEFORE = re.compile(r"(?:\b(?i:my|your|his|her|our|their|joint)|\b[A-Z][\w&'’.-]+)[ \t]+$")
_BANK_GAP = re.compile(r"[\"']?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[:#=]|\bis\b|no\.?|nr\.?|number)?[ \t]*[:#]?[ \t]*[\"']?")
# A number of digit groups (an IFSC code has letters: HDFC0001234), up to three of them joined by "/", "," or a space.
_BANK_NUMBER = re.compile(r"(?:\d(?:[ -]?\d){3,33}|[A-Z]{4}0[A-Z0-9]{6})(?![\w-]|[.,]\d)")
_SHORT_BANK_NUMBER = re.compile(r"\d{2,4}(?![\w-]|[.,]\d)")
_BANK_NUMBER_JOIN = re.compile(r"[ \t]*(?:/|,|\band\b|&)?[ \t]*")


@needs_cues(_BANK_NUMBER_ANCHORS)  # (its gate: keywords.needs_cues)
def find_bank_account_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of account, branch and routing numbers after a bank label (see the module docstring)."""
    lowered = lowered_same_length(text)
    last_end = -1
    for position in keyword_positions(lowered, _BANK_NUMBER_ANCHORS):
        if position < last_end or (position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_")):
            continue
        label = _BANK_NUMBER_LABEL.match(text, position)
        if label is None:
            continue
        if lowered.startswith(("checking", "chequing", "savings"), position) and "account" not in label.group(0).lower() \
                and not _ACCOUNT_OWNER_BEFORE.search(text, max(0, position - 30), position):
            continue  # "checking 1234567 rows": a verb; "my Chase checking 483920117": an account
        value_start = _BANK_GAP.match(text, label.end()).end()
        for _ in range(3):  # "Routing/Account: 121000358 / 3345890012"
            number = _BANK_NUMBER.match(text, value_start)
            shortest = 2 if label.group("short") else 5  # a bank's or a branch's own number is short
            if number is None or sum(char.isdigit() for char in number.group(0)) < shortest:
                number = _SHORT_BANK_NUMBER.match(text, value_start) if label.group("short") else None
            if number is None:
                break
            last_end = number.end()
            yield number.start(), number.end(), 0.7
            value_start = _BANK_NUMBER_JOIN.match(text, number.end()).end()


# "account ending in 4471", "card ending with 0005", "acct ****4471", "IBAN DE** **** 4471", "xxxx-xxxx-xxxx-4471".
_ACCOUNT_TAIL = re.compile(
    r"(?i:\b(?:account|acct|a/c|card|iban|konto|cuenta|compte|conto|visa|mastercard|amex|debit|credit)\b[^\n]{0,24}?"
    r"(?:\b(?:ending|ends|finishing)[ \t]+(?:(?:in|with)[ \t]+)?(?:[*x•·.-]+[ \t]*)?|(?:[*x•·]{2,}[ -]?){1,4}))"
    r"(?P<tail>\d{3,6})(?![\w-])"
)
# Every match of _ACCOUNT_TAIL starts at one of its words: it is tried there only (its case-insensitive alternation
# is otherwise tried at every position of a text that says "depends" or "pending" somewhere).
_ACCOUNT_TAIL_WORDS = ("account", "acct", "a/c", "card", "iban", "konto", "cuenta", "compte", "conto", "visa",
                       "mastercard", "amex", "debit", "credit")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_account_tails(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the visible digits of a masked account or card number after its word."""
    lowered = lowered_same_length(text)
    if not contains_any(lowered, ("ending", "ends", "finishing")) and not contains_any(
            text, ("**", "xx", "XX", "••", "··")):
        return
    for match in matches_at_keywords(_ACCOUNT_TAIL, text, _ACCOUNT_TAIL_WORDS, lowered):
        yield match.start("tail"), match.end("tail"), DOUBTFUL_SCORE


# --- routing and account numbers without a label ---------------------------------------------------------------------
# A nine-digit routing number, or a UK sort code with the eight-digit account after it: one scan for both.
# (A comma then three digits continues an amount; a comma then a longer number is the next cell of a CSV row.)
_ROUTING_OR_SORT_CODE = DigitFirstPattern(re.compile(
    r"\d(?<![\w.-]\d)(?:(?P<routing>\d{8})(?![\w-]|\.\d|,\d{3}(?!\d))"
    r"|\d-\d\d-\d\d(?P<gap>[ \t]*[,/]?[ \t]*)(?P<account>\d{8})(?![\w-]|[.,]\d))"))
# How every match starts, in character classes (character_layouts.py), and what may not stand before it (its look-behind):
# on ASCII text the starts are found by bytes.find, the pattern tried there only (it was tried at each digit, ~9 us/KB).
_ROUTING_OR_SORT_CODE_LAYOUTS = (b"000000000", b"00-00-00")
# What joins a routing number to the account after it: a separator, perhaps an account word.
_ACCOUNT_AFTER_ROUTING = re.compile(
    r"[ \t]*[,/;|]?[ \t]*(?:(?i:acct|account|acc|a/c|dda)\.?(?:[ \t]*(?i:no|nr|number|#)\.?)?[ \t]*[:#]?[ \t]*)?"
    r"(?P<account>\d(?:[ -]?\d){5,16})(?![\w-]|\.\d|,\d{3}(?!\d))")
_UNLABELLED_BANK_WORDS = re.compile(
    r"(?i:\b(?:bank|banking|routing|aba|ach|acct|account|checking|savings|deposit|wire|payee|payout|payroll"
    r"|transfer|credit[ \t]+union|fedwire|remit\w*)\b)")


# Words of money moving, found by the shared cue scan: a text without any of them has no unlabelled bank number.
_MONEY_CUES = ("bank", "routing", "aba", "ach", "acct", "account", "a/c", "checking", "savings", "deposit", "wire",
               "payee", "payout", "payroll", "pay to", "payment", "transfer", "credit union", "fedwire", "remit",
               "refund", "sort", "salary")


@needs_cues(_MONEY_CUES)  # (its gate: keywords.needs_cues)
def find_unlabelled_bank_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of ABA routing numbers, sort codes and the accounts beside them, without a label."""
    if not keyword_positions(lowered_same_length(text), _MONEY_CUES):
        return
    for match in layout_matches(_ROUTING_OR_SORT_CODE, text, _ROUTING_OR_SORT_CODE_LAYOUTS, b"0Aa_.-"):
        if match.group("routing") is None:  # "20-00-00 55779911"
            yield match.start(), match.start("gap"), 0.6
            yield match.start("account"), match.end("account"), 0.6
            continue
        if not stdnum_rtn.is_valid(match.group(0)):
            continue
        account = _ACCOUNT_AFTER_ROUTING.match(text, match.end())
        previous_line = text.rfind("\n", 0, max(0, text.rfind("\n", 0, match.start()))) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        if _UNLABELLED_BANK_WORDS.search(text, previous_line, line_end):
            score = 0.7
        elif account is not None:
            score = DOUBTFUL_SCORE  # two numbers side by side, the first a valid routing number
        else:
            continue
        yield match.start(), match.end(), score
        if account is not None:
            yield account.start("account"), account.end("account"), score


# --- a sort code and its account in a person's record ---------------------------------------------------------------
_SORT_CODE_AND_ACCOUNT = re.compile(r"(?<![\w.-])\d\d-\d\d-\d\d[ \t]*[,/]?[ \t]*\d{8}(?![\w-]|\.\d)")  # (a CSV row's next cell may follow)


def sort_codes_on_person_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """A UK sort code with its eight-digit account (`20-00-00 55779911`) on a person's line (a payroll export's row
    with no money word anywhere: `find_unlabelled_bank_numbers` wants one): the record says whose account it is.
    Doubtful; the pair is one BANK_ACCOUNT, so the sort code never goes out without the account."""
    from redactor.detect.ids_in_person_records import person_lines  # (imported here: pii.py imports this module first)
    if "-" not in text:
        return []
    found = []
    for line_start, line_end in person_lines(text, spans):
        for match in _SORT_CODE_AND_ACCOUNT.finditer(text, line_start, line_end):
            found.append(Span(match.start(), match.end(), "BANK_ACCOUNT", "pii", DOUBTFUL_SCORE, "person-sort-codes"))
    return found
