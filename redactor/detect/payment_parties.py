"""The other party of a payment, named in a bank statement or a transfer message.

Statements (CSV and text), SEPA, Faster Payments, ACH, Zelle, M-PESA and UPI messages name who was paid or
who paid after a transfer word, usually in capitals, up to a reference word, a sort code, an amount or a
number. The words are data (rules/term_lists.yaml):

- `payment_codes_before_party` / `payment_codes_before_creditor`, matched in capitals at the start of a
  line or a cell, on a line with a digit (a statement line has a date or an amount): "FASTER PAYMENT FROM
  J OKAFOR REF RENT DEC", "TFR TO AMARA OKAFOR 40-11-22 12345678", "VIR SEPA DUBOIS CLAIRE loyer", "DD
  THAMES WATER A-9C21F0". The party is the run of words in capitals after the code (a date may come first),
  up to a word with a digit or a small letter, a reference word (`payment_reference_words`: REF, CONF#,
  PPD ...), a wide gap or a separator. After a creditor code (direct debits, card purchases) the party is
  an organisation; otherwise parties.py decides, a person in doubt. Trailing ordinary words after a
  person's name are the reference ("STO HARRIET QUILL POCKET MONEY").
- `payment_words_before_party`, in any letter case, in prose and statements of several languages:
  "Überweisung an Lukas Hoffmeister", "transferencia a Rocío Benítez Prado", "a payment to DESMOND OKORO",
  "Ksh2,000.00 sent to AKINYI OTIENO". The party is one to five capitalised words (particles such as
  "de", "van" inside); words that say money only beside an amount ("sent to", "transfer to") need an
  amount or a currency on the line, and a party of ordinary words alone ("sent to Production") or a place
  is none.
- Hebrew and Arabic transfer words, whose preposition may be fused to the name ("העברה ליוסי אברמוביץ",
  "تحويل إلى ..."), and the payee field of Indian UPI/IMPS/NEFT narratives ("UPI/CR/5122.../RAHUL VERMA/SBIN/").

A mixed letter-and-digit code right after a party, or after a reference word there, is the mandate or
transaction reference that finds the payer's account: ID_NUMBER ("DD THAMES WATER A-9C21F0", "CONF# QW2R8T").

Scores: 0.7 for a party after a statement code, 0.6 after a prose word; 0.55 (doubtful, the wire only)
when no word of the party names anything. Texts without any of the words cost one shared cue scan.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, contains_any, keyword_positions, lowered_same_length, needs_marks
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.parties import ORGANIZATION, PERSON, names_something, party_kind, party_span
from redactor.detect.place_names import is_place_name
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import stop_words

_CODE_SCORE = 0.7
_WORD_SCORE = 0.6
_REFERENCE_SCORE = 0.6
_MOST_WORDS = 6


@functools.lru_cache(maxsize=1)
def _codes() -> tuple[tuple[str, ...], frozenset[str]]:
    """(every statement code in capitals, the creditor codes among them)."""
    creditor = frozenset(code.upper() for code in term_list("payment_codes_before_creditor"))
    party = {code.upper() for code in term_list("payment_codes_before_party")}
    return tuple(sorted(party | creditor)), creditor


@functools.lru_cache(maxsize=1)
def _prose_words() -> tuple[str, ...]:
    return tuple(sorted(term_list("payment_words_before_party")))


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def payment_parties(text: str, detector: str) -> list[Span]:
    """PERSON/ORGANIZATION spans of payment parties and ID_NUMBER spans of their references (module doc)."""
    found: list[Span] = []
    codes, creditor_codes = _codes()
    for position in sorted(set(keyword_positions(text, codes))):  # "TFR TO" and "TFR" start at one place
        found.extend(_after_statement_code(text, position, codes, creditor_codes, detector))
    lowered = lowered_same_length(text)
    taken = [(span.start, span.end) for span in found]
    for position in sorted(set(keyword_positions(lowered, _prose_words()))):
        for span in _after_payment_word(text, lowered, position, detector):
            if not any(start < span.end and span.start < end for start, end in taken):
                found.append(span)
    if not text.isascii() and any(word in text for word in _WORDS_BEFORE_A_FUSED_NAME):  # Hebrew and Arabic words
        found.extend(_after_transfer_word_without_capitals(text, detector))
    if "/" in text and contains_any(text, ("UPI", "IMPS", "NEFT")):
        found.extend(party_span(match.start("name"), match.end("name"), match.group("name"), _CODE_SCORE, detector)
                     for match in _UPI_PAYEE.finditer(text) if names_something(match.group("name")))
    return found


# A code starts a statement cell: at a line start, after a separator, a wide gap, a quote or a date.
_CELL_START = re.compile(r"(?:^|[,;|\t\"'(:]|[ \t]{2}|\d[ \t])[ \t]*\Z")
_CELL_END = re.compile(r"[\"']?[ \t]*[,;|\t][ \t]*[\"']?(?=[A-Z])")
_DATE_FIRST = re.compile(r"[ \t]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?=[ \t])")
_CAPITALS_WORD = re.compile(r"[ \t]?(?P<word>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&.\-]*|&)(?=[\s,;|\"')]|\Z)")
_LINE_HAS_DIGIT = re.compile(r"[^\n]*\d")
_DATE_FORMAT_WORDS = frozenset({"dd", "mm", "yy", "yyyy", "hh", "ss"})


def _after_statement_code(text: str, position: int, codes: tuple[str, ...], creditor_codes: frozenset[str],
                          detector: str) -> Iterator[Span]:
    code = max((code for code in codes if text.startswith(code, position)), key=len)
    end = position + len(code)
    if (position and (text[position - 1].isalnum() or text[position - 1] in "_-/.")) or end >= len(text):
        return
    cell_end = _CELL_END.match(text, end)
    if cell_end is not None:
        end = cell_end.end()  # "DD","ANGLIAN WATER ...": the code is a cell of its own, the party opens the next
    elif text[end] not in " \t":
        return
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _CELL_START.search(text[line_start:position]) or not any(c.isdigit() for c in text[line_start:line_end]):
        return
    date = _DATE_FIRST.match(text, end, line_end)
    words = _capital_words(text, date.end() if date else end, line_end)
    if not words:
        return
    names = [text[start:stop] for start, stop in words]
    if all(name.casefold() in _DATE_FORMAT_WORDS for name in names):
        return
    kind = ORGANIZATION if code in creditor_codes else party_kind(" ".join(names))
    if kind == PERSON and len(words) > 2:
        # "STO HARRIET QUILL POCKET MONEY", "BGC P OYELOWO SALARY ADV": ordinary words after a person's name are the
        # payment's reference.
        cut = next((index for index in range(2, len(words)) if is_ordinary_word(names[index])), len(words))
        words = words[:cut]
    name = text[words[0][0]:words[-1][1]]
    score = _CODE_SCORE if names_something(name) else DOUBTFUL_SCORE
    yield party_span(words[0][0], words[-1][1], name, score, detector, kind)
    reference = _reference_after(text, words[-1][1], line_end)
    if reference is not None:
        yield Span(*reference, "ID_NUMBER", "pii", _REFERENCE_SCORE, detector)


def _capital_words(text: str, position: int, line_end: int) -> list[tuple[int, int]]:
    """[start, end) of the words in capitals from `position`, one space apart, up to a word that ends a party."""
    words: list[tuple[int, int]] = []
    references = term_list("payment_reference_words")
    while len(words) < _MOST_WORDS:
        match = _CAPITALS_WORD.match(text, position, line_end)
        if match is None:
            break
        word = match.group("word")
        if word.casefold().rstrip(":.") in references or word.casefold() in references:
            break
        if word == "&" and not words:
            break
        words.append(match.span("word"))
        position = match.end()
    while words and text[words[-1][0]:words[-1][1]] in ("&", "-"):
        words.pop()
    return words


# A mandate or transaction reference: letters and digits mixed (a dash or slash inside), perhaps after one
# word ("REF", "CONF#", "MANDATE:", "Mandatsref").
_REFERENCE = re.compile(r"[ \t]{1,3}(?:[^\W\d_][^\W\d_-]{0,15}[.#:]?[ \t]+)?"
                        r"(?P<code>(?=[A-Z0-9/-]*[0-9])(?=[A-Z0-9/-]*[A-Z])[A-Z0-9][A-Z0-9/-]{3,23}[A-Z0-9])"
                        r"(?=[\s,;|\"')]|\Z)")


def _reference_after(text: str, position: int, line_end: int) -> tuple[int, int] | None:
    match = _REFERENCE.match(text, position, line_end)
    return match.span("code") if match else None


# After a transfer word of prose: capitalised words, particles between them.
_PROSE_PARTY = re.compile(
    r"[ \t]+(?P<name>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.-])*(?:[ \t]+(?:(?:de|del|della|da|das|do|dos|di|du|van|von|der|den|la"
    r"|le|bin|ibn|al|el|y|e)[ \t]+){0,2}[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.-])*){0,4})(?![\w])")
_AMOUNT = re.compile(
    r"[£$€₹₦¥₩₱₺₽]|\b(?i:ksh|kes|usd|eur|gbp|inr|ngn|zar|pln|chf|aud|cad|brl|mxn|euros?|dollars?|pounds?|rupees?"
    r"|shillings?|naira|rand|zł|zl)\b|\d[.,]\d\d\b")


def _after_payment_word(text: str, lowered: str, position: int, detector: str) -> Iterator[Span]:
    phrase = max((word for word in _prose_words() if lowered.startswith(word, position)), key=len)
    end = position + len(phrase)
    if (position and lowered[position - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if phrase.split()[0] in term_list("payment_words_needing_an_amount") \
            and not _AMOUNT.search(text, line_start, line_end):
        return
    match = _PROSE_PARTY.match(text, end, line_end)
    if match is None:
        return
    words = [(m.start() + match.start("name"), m.end() + match.start("name"))
             for m in re.finditer(r"\S+", match.group("name"))]
    # "paid to The Blue Heron": the article is not the name; "Lastschrift Stadtwerke": a word's own
    # capital (a sentence's first word after the phrase) is not enough when it is a stop word.
    while words and text[words[0][0]:words[0][1]].casefold() in stop_words():
        words.pop(0)
    references = term_list("payment_reference_words")
    cut = next((index for index, (start, stop) in enumerate(words) if text[start:stop].casefold().rstrip(":.")
                in references), len(words))
    words = words[:cut]  # "SEPA-Lastschrift Vodafone GmbH Mandatsref VF77...": the reference is no part of the name
    while words and not text[words[-1][1] - 1].isalnum():
        words[-1] = (words[-1][0], words[-1][1] - 1)
    if not words:
        return
    name = text[words[0][0]:words[-1][1]]
    if not names_something(name) or is_place_name(name):
        return
    yield party_span(words[0][0], words[-1][1], name, _WORD_SCORE, detector)
    reference = _reference_after(text, words[-1][1], line_end)
    if reference is not None:
        yield Span(*reference, "ID_NUMBER", "pii", _REFERENCE_SCORE, detector)


# Hebrew writes the preposition fused to the name ("העברה ליוסי"); the first word is no name when it is
# a word of banking ("העברה לחשבון": to the account).
_HEBREW_TRANSFER = re.compile(
    r"(?:העברה|העברת|תשלום|הפקדה)[ \t]+(?:כספים[ \t]+|בנקאית[ \t]+)?(?:ל|אל[ \t]+|מ|מאת[ \t]+)"
    r"(?P<name>[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*(?:[ \t]+[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*){0,2})")
_ARABIC_TRANSFER = re.compile(
    r"(?:تحويل|حوالة)[ \t]+(?:إلى|الى|لـ|من)[ \t]+(?P<name>[\u0621-\u064a]+(?:[ \t]+[\u0621-\u064a]+){0,2})")
_WORDS_BEFORE_A_FUSED_NAME = ("העבר", "תשלום", "הפקדה", "تحويل", "حوالة")
_WORDS_ENDING_A_NAME = frozenset(
    "בסך סך על של בוצעה בוצע הועברה עבור ש\"ח אושרה בתאריך מספר ב- ביום ע\"ס "
    "بمبلغ مبلغ رقم بتاريخ في بقيمة".split())
_BANKING_WORDS = frozenset("חשבון חשבונך חשבונו בנק כרטיס הוראת החשבון חיסכון פיקדון حساب بنك البنك الحساب بطاقة".split())


def _after_transfer_word_without_capitals(text: str, detector: str) -> Iterator[Span]:
    for match in (*_HEBREW_TRANSFER.finditer(text), *_ARABIC_TRANSFER.finditer(text)):
        words = [(m.start() + match.start("name"), m.end() + match.start("name"))
                 for m in re.finditer(r"\S+", match.group("name"))]
        cut = next((index for index, (start, end) in enumerate(words) if text[start:end] in _WORDS_ENDING_A_NAME),
                   len(words))
        words = words[:cut]
        if not words or text[words[0][0]:words[0][1]] in _BANKING_WORDS:
            continue
        yield party_span(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], _WORD_SCORE, detector, PERSON)


# "UPI/CR/512233889012/RAHUL VERMA/SBIN/rahulv@oksbi/Payment", "IMPS/P2A/412233/PRIYA S/HDFC/...": the field
# after the transaction number.
_UPI_PAYEE = re.compile(r"\b(?:UPI|IMPS|NEFT|RTGS)[/-](?:(?:CR|DR|P2A|P2M|P2P|[A-Z]{2,4}\d*)[/-])?[A-Z0-9]*\d{6,}[/-]"
                        r"(?P<name>[A-Za-z][A-Za-z .'-]{1,40}?)[ ]*(?=/)")

