"""A number that a sentence names as the password: "the alarm password is 90211", "Het wachtwoord is 8841".

People pick PINs and short numbers as passwords (door panels, lockers, printers, routers) and write
them in a sentence: a password word of any language (term_lists.yaml: `secret_label_password_words`),
up to five short words ("for the alarm panel"), a connector ("is", "was", "to", "became", ":",
"ist", "lautet", "est", "es" ...) and the number. The keyword rules of secrets.py take a number
only right after the password's own key (`PASSWORD: 4471`, `pin=90210`): after "is" a number of
four or five digits is too often a measure there. In a sentence whose subject is the password the
connector says the number *is* the password, unless the words say it measures the password:
a measure word between label and number ("password length is 1024", "password policy changed to
2024") or a unit after it ("is 1024 characters", "to 90 days"), or the number goes on as a date,
a decimal, a time or a range (`2024-05-01`, `12.5`, `10:30`, `1,000`). A password ends its clause:
punctuation, the line's end or a function word follow it ("is 4471 for the printer", "est 7712 pour
le serveur"); a rarer word after the number is the noun it counts or qualifies ("raised to 2024
standards", "is 5000 entries"). Function words are the very frequent words of the languages
wordfreq knows (Zipf 5.5 or more in any: "for", "pour", "desde", "bitte", "niet"). No key vouches for it:
doubtful (DOUBTFUL_SCORE), so the wire redacts it and an audit does not report it.

Cost: one anchored regex after each password word that password_sentences.py finds already.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.secret_values import is_placeholder_value
from redactor.detect.word_frequencies import frequent_in_any

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

# "is", "was changed to", "became"; German ist/lautet/war, Dutch is/was/wordt, French est/était/reste, Spanish and
# Portuguese es/é/era, Italian è, Swedish är/var/till, Danish and Norwegian er/var/til ("satt til", "ændret til"),
# Polish jest/to, Czech je, Finnish on, Swahili ni, Indonesian and Malay adalah/ialah, Tagalog ay, Turkish olarak,
# Greek είναι, Russian это/будет, Ukrainian є, Hindi है, Thai คือ, Vietnamese là. (Also read by secrets.py after a code.)
CONNECTORS = ("is|was|are|were|to|became|becomes|now|ist|lautet|war|wordt|est|était|reste|es|era|é|è|är|var|till|er"
              "|til|jest|je|on|ni|adalah|ialah|ay|olarak|είναι|это|будет|є|है|คือ|là")
_NUMBER_AFTER_LABEL = re.compile(
    # (a word may hold an elided article or a possessive: "de l'alarme", "l’entrée")
    r"(?i)(?P<gap>(?:[ \t]+(?:[^\s:=.,;!?()\"'`’]|(?<=\w)['’](?=\w)){1,20}){0,5}?)"
    r"(?:[ \t]*(?P<assigns>[:=：]|->)|['’]s|[ \t]+(?:" + CONNECTORS + r")(?![\w])[ \t]*:?"
    # "Die PIN für die Kreditkarte (4471)": the number in brackets after what it opens
    r"|[ \t]*\((?=\d{4,12}[#*]?\)))"
    # a code read aloud or typed digit by digit: "8 3 1 2 0 4", "4-4-1-9"
    r"[ \t]*[\"'“‘`]?(?P<number>\d{4,12}[#*]?|\d(?:[ ]\d){3,9}(?![ ]?\d)|\d(?:-\d){3,9}(?!-?\d))"
    # not a date, decimal, time, range or grouped amount (`2024-05-01`, `12.5`, `10:30`, `1,000`), nor a word
    r"(?![\w@]|[.,:/\-]\d)"
)
# Words that make the number a measure of the password, before it ("length is") or after it ("days").
_MEASURE_WORDS = frozenset(
    "length size limit count digits characters chars attempts tries retries times version year years format policy"
    " width expiry expires expiration age rotation history strength minimum maximum min max ttl timeout lifetime"
    " rounds iterations cost days hours minutes seconds".split())
UNIT_AFTER = _UNIT_AFTER = re.compile(
    r"[ \t]*(?:digits?|characters?|chars|attempts?|tries|times|days?|weeks?|months?|years?|hours?|minutes?|mins?"
    r"|seconds?|secs?|ms|bytes?|bits?|rounds|iterations|lines?|items?|people|users?|accounts?|%)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
# Function words: the very frequent words of these languages (also read after a code by secrets.py).
FUNCTION_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl")
FUNCTION_WORD_ZIPF = 5.5


# "use 4471 as the password", "set 0417 as your new PIN": the number before "as" and the password word.
_NUMBER_AS_LABEL = re.compile(r"(?<![\w.,:/\-])(?P<number>\d{4,12})[\"'”’`]?[ \t]+as[ \t]+"
                              r"(?:(?:the|my|your|our|a|an|new|admin|default|initial|temporary)[ \t]+){0,3}\Z",
                              re.IGNORECASE)


def password_number_before(text: str, label_start: int, label_end: int, taken: list[tuple[int, int]]
                           ) -> Iterator[Span]:
    """The number set "as the password" right before a password word at text[label_start:label_end]."""
    match = _NUMBER_AS_LABEL.search(text, max(0, label_start - 48), label_start)
    if match is None or is_placeholder_value(match.group("number")):
        return
    word_after = _WORD_AFTER.match(text, label_end)
    if word_after and word_after.group("word").lower() in _MEASURE_WORDS:
        return  # "2026 as the password expiry year": a measure of the password
    start, end = match.span("number")
    at = bisect.bisect_left(taken, (end, end)) - 1
    if at < 0 or taken[at][1] <= start:
        yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def password_number_spans(text: str, label_end: int, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The number the sentence after a password word (ending at `label_end`) names as the password; `taken`:
    spans found so far (merged, sorted)."""
    match = _NUMBER_AFTER_LABEL.match(text, label_end)
    if match is None:
        return
    gap = match.group("gap").split()
    if any(word.lower() in _MEASURE_WORDS for word in gap):
        return
    if gap and match.group("assigns") and (match.group("assigns") != ":" or not gap[-1].isalpha()):
        return  # "password reset for user_id=48213": the value of the key before it, not of the password word
    start, end = match.span("number")
    if _UNIT_AFTER.match(text, end) or is_placeholder_value(match.group("number")):
        return
    word_after = _WORD_AFTER.match(text, end)
    if word_after and not frequent_in_any(word_after.group("word").lower(), FUNCTION_WORD_LANGUAGES,
                                          FUNCTION_WORD_ZIPF):
        return  # "raised to 2024 standards": the number qualifies the noun after it
    at = bisect.bisect_left(taken, (end, end)) - 1
    if at >= 0 and taken[at][1] > start:
        return  # found already
    yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


# Many languages write no copula between a PIN's noun and the number ("Kode ATM saya 123456", "رمز البطاقة 3344",
# "银行卡密码 889900", "카드 비밀번호 5566", "पिन 4521 है"), or a topic particle run into the noun ("暗証番号は 4321").
_NUMBER_RIGHT_AFTER_LABEL = re.compile(
    r"(?P<gap>(?:[ \t]+[^\W\d_][^\W\d_'’-]{0,19}){0,2}?)(?:[ \t]*(?:は|が|是|为|為|는|은|이|가|:|：))?"
    r"[ \t]*(?P<number>\d{4,12}[#*]?)(?![\w@]|[.,:/\-]\d)")
# The words that end such a clause in the languages without a copula before the number: a copula or a politeness
# particle after it (Hindi है, Japanese です, Korean 입니다, Thai ครับ/ค่ะ, Vietnamese nhé/ạ, Tagalog po/na).
# (a word of any script with its vowel signs: Devanagari and Thai marks are no \w)
_WHOLE_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\s.,;:!?()\"'`。、]+)")
_CLAUSE_END_WORDS = frozenset("है हैं था です だ 입니다 이에요 예요 ครับ ค่ะ นะ nhé ạ nha po na ya lah ni".split())


def password_number_right_after(text: str, label_end: int, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """The number right after a PIN's or password's noun phrase, with no connector (`_NUMBER_RIGHT_AFTER_LABEL`):
    up to two words of what it opens between, and the clause ends after it (punctuation, the line's end, a function
    word or a copula); a measure word between ("password length 1024") or a unit after it makes it a measure."""
    match = _NUMBER_RIGHT_AFTER_LABEL.match(text, label_end)
    if match is None:
        return
    if any(word.lower() in _MEASURE_WORDS for word in match.group("gap").split()):
        return
    start, end = match.span("number")
    if _UNIT_AFTER.match(text, end) or is_placeholder_value(match.group("number")):
        return
    word_after = _WHOLE_WORD_AFTER.match(text, end)
    if word_after and word_after.group("word") not in _CLAUSE_END_WORDS and not frequent_in_any(
            word_after.group("word").lower(), FUNCTION_WORD_LANGUAGES, FUNCTION_WORD_ZIPF):
        return  # "password policy 2024 update": the number qualifies the noun after it
    at = bisect.bisect_left(taken, (end, end)) - 1
    if at < 0 or taken[at][1] <= start:
        yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
