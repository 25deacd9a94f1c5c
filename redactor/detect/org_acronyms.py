"""A lone acronym in capitals that no list explains is a doubtful organisation on the wire: "resend the quote to
KMT", "QRT called about the renewal", "PLX's procurement approved it", a CSV cell "HLX".

Companies, customers, suppliers and schools are written by their initials in every kind of text (tickets, chats,
exports, e-mails); the model does not read a lone word in capitals as a name, and no context rule holds them all.
What tells a private acronym from the public ones is a lexicon: an acronym of 3-5 capitals is one when

- no list of acronyms that name no private organisation holds it: the workplace's shorthand, chat abbreviations,
  roles, regulations and public bodies, metrics, tech, file formats, units, time zones, currencies, medical and
  academic abbreviations, regions, legal forms (`redactor/data/org_common_acronyms.txt`), the public acronyms of
  `public_acronyms.txt`, python-stdnum's names of identity numbers (PESEL, CURP), every ISO 4217 currency and ISO 3166 country code (pycountry), the tech terms, code
  keywords, the registries' most used software names;
- it is no stop word, English word (SCOWL, or a Zipf frequency of 3 or more in wordfreq: "IBM", "NHS", "SEO"),
  calendar word, Roman numeral or one letter repeated ("AAA", "XXX");
- it stands as a word of its own in prose: not inside an identifier, path, ticket key or code span (`KMT-12`,
  `$KMT`, `ACME_KEY`, backticks), not before a value with digits (an acronym there labels the value:
  acronym_labels.py), not on a line written mostly in capitals (a heading, a shout, a log level, SQL).

The finding is doubtful (redacted on the wire, not reported by an audit). Code segments are not read. The pass is
one regex scan (C speed) for runs of 3-5 capitals; the line test is made once per line that holds a candidate.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, needs_marks
from redactor.detect.national_ids import stdnum_names
from redactor.detect.name_parts import CALENDAR_WORDS, english_zipf, is_common_word
from redactor.detect.record_ids import currency_codes
from redactor.detect.term_lists import term_list

# 3-5 capitals standing alone: not after a letter, digit, "_", "-", ".", "/", "@", "$", "#", "&", "`", "\\", "=";
# not before a letter, digit, "_", "-", "/", "@", "&", "`", "(", "=", "|", or a dot that continues a word.
# (The look-behind after the first capital, so the engine still skips ahead to capitals: about 2.5x faster.)
_CANDIDATE = re.compile(r"[A-Z](?<![\w\-./@$#&`\\=][A-Z])[A-Z]{2,4}(?![\w\-/@&`(=|]|\.\w)")
# A value with digits right after: the acronym labels it ("NRIC S1234567D", "PO 4471", "KMT: 2024-113").
_VALUE_AFTER = re.compile(r"[ \t]*(?:[:#=]|no\.?|nr\.?)?[ \t]*[\w/.-]*\d")
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_PRIVATE_ZIPF = 3.0
# A line where more than this share of the letters are capitals is a heading, a shout, a log or SQL.
_CAPITALS_SHARE = 0.5


# No stop-word list here: spaCy's would import spaCy (and torch) on the regex-only path, and every English stop word
# of 3-5 letters is frequent enough (Zipf >= 3) for the frequency test to refuse it anyway.
@functools.lru_cache(maxsize=1)
def _explained() -> frozenset[str]:
    import pycountry

    countries = {code.lower() for country in pycountry.countries
                 for code in (country.alpha_2, country.alpha_3)}
    return (term_list("org_common_acronyms") | term_list("public_acronyms") | term_list("tech_terms")
            | term_list("code_keywords") | term_list("software_names") | frozenset(countries)
            | frozenset(code.lower() for code in currency_codes()) | frozenset(CALENDAR_WORDS)
            | frozenset(name for name in stdnum_names() if name.isalpha()))


def load() -> None:
    """Read the lists now (a server's start-up), not during a request."""
    _explained()
    is_private_acronym("QXZ")


@functools.lru_cache(maxsize=8192)
def is_private_acronym(word: str) -> bool:
    """Whether `word` (3-5 capitals) may be an organisation's acronym: no list explains it and English rarely writes it."""
    folded = word.casefold()
    if folded in _explained() or is_common_word(folded) or len(set(word)) == 1 or _ROMAN.fullmatch(word):
        return False
    return english_zipf(folded) < _PRIVATE_ZIPF


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def lone_private_acronyms(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's acronyms."""
    capitals_line: dict[int, bool] = {}
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if not is_private_acronym(match.group(0)):
            continue
        if _VALUE_AFTER.match(text, end):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in capitals_line:
            capitals_line[line_start] = _mostly_capitals(text, line_start)
        if capitals_line[line_start]:
            continue
        yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def _mostly_capitals(text: str, line_start: int) -> bool:
    line_end = text.find("\n", line_start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    letters = sum(1 for char in line if char.isalpha())
    capitals = sum(1 for char in line if char.isupper())
    # A short line that is the acronym alone ("KMT", "- KMT") is a name, not a heading.
    return letters > 5 and capitals > _CAPITALS_SHARE * letters
