"""The other names a text gives an organisation: a defined short form, a trade name.

Contracts, letters, filings and the notes pasted from them name a party in full once and say what they call it
after that, and from then on the short form stands alone ("Harrow shall deliver ...", "invoices from HLL").

- **A defined short form** (`defined_short_forms`): right after an organisation a finder found (the engine asks,
  engine.py `_label_sources`), a parenthesis or a comma defines it: `Harrow Logistics Ltd ("Harrow")`,
  `Acme Corp. (Acme)`, `Northwind Traders Limited (hereinafter "NWT")`, `..., hereinafter referred to as
  "Harrow",`, `Brauhaus Feldmann GmbH (im Folgenden „Feldmann“)`, `Société Dubreuil SAS (ci-après
  « Dubreuil »)`. A legal form the finder left out may stand between the name and the definition, and a
  parenthesis the finder took into the name is read as one ("Pembroke Maritime Services Pte Ltd (PMS)"). The
  lead-in words are data (rules/term_lists.yaml `short_form_leads`). The engine propagates the short form,
  doubtful, wherever it recurs in the conversation, as it propagates the distinctive words of a found name
  (organisation_parts.py): the wire redacts it, an audit does not report it. Without a parenthesis only a lead-in
  word defines ("Harrow Logistics Ltd, hereinafter "Harrow""); a bare short form needs the parenthesis.
  A short form is taken when it names the organisation rather than a role or a term of the contract: its words,
  an article dropped, are words of the full name other than legal forms and head nouns ("Harrow" of "Harrow
  Logistics Ltd", "Harrow Group"), or it is an acronym (three to six capitals; no public acronym such as "GDPR")
  whose letters the full name spells in order from its first letter ("HLL", "NWT"), or, quoted, it holds a word
  no dictionary explains and no place ("Harlog"). `(the "Supplier")`, `("Company")`, `(NASDAQ: ACME)`, `(UK)`,
  `(Delaware)` stay.

- **A trade name** (`trade_names`): after "trading as", "t/a", "d/b/a", "doing business as", "formerly known as",
  "f/k/a" (rules/term_lists.yaml `trade_name_cues`) a quoted name or one to five capitalised words is an
  organisation wherever the cue is ("J. Okafor t/a Okafor Plumbing", "Halden Systems LLC d/b/a Brightwave"), and
  the engine spreads it like any found organisation. Lower-case "dba" too, but only between two capitalised names:
  "the DBA", "dba role" are database administrators.

Cost: the definitions are read at the end of each found organisation (one anchored match); the trade-name cues
join the shared cue scan.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.parties import ORGANIZATION, names_something, words_of
from redactor.detect.place_names import is_place_name
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.term_lists import stop_words, term_list

_TRADE_NAME_SCORE = 0.7
# Shorter acronyms hit ordinary tokens ("AC", "IT") too often to spread.
_MIN_ACRONYM = 3
_MAX_ACRONYM = 6
_OPENING_QUOTES = "\"“”„'‘«‹"
_CLOSING_QUOTES = "\"”“'’»›"
# Articles before a short form: `(the "Supplier")`, `(der „Auftragnehmer“)`, `(ci-après « la Société »)`.
_ARTICLES = r"(?:the|der|die|das|le|la|les|l['’]|el|los|las|il|lo|de|het|o|a)"
_QUOTED = (rf"[{_OPENING_QUOTES}][ \t]?(?P<quoted>[^{_OPENING_QUOTES}{_CLOSING_QUOTES}\n()]{{1,40}}?)[ \t]?"
           rf"[{_CLOSING_QUOTES}]")
# Unquoted, inside a parenthesis only: one to three words, the first capitalised.
_BARE = r"(?P<bare>[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:[ \t][A-ZÀ-ÖØ-Þ][\w&'’-]*){0,2})"
_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-Þ0-9][\w&'’-]*"
# A trade name: a quoted name, or capitalised words joined by spaces and a few connectors.
_TRADE_NAME = re.compile(
    rf"[ \t]*:?[ \t]+(?:the[ \t]+)?(?:{_QUOTED}|(?P<words>{_CAPITALISED_WORD}"
    rf"(?:(?:[ \t]+(?:&|and|of|de|du|la|the|für|und|y|e)[ \t]+|[ \t]+){_CAPITALISED_WORD}){{0,4}}))")


@functools.lru_cache(maxsize=1)
def _definition_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(in a parenthesis, after a comma): an optional lead-in then a quoted or bare short form, then the closing
    parenthesis; or a comma, a lead-in (required) and a quoted short form."""
    leads = "|".join(re.escape(lead).replace(r"\ ", r"[ \t]+")
                     for lead in sorted(rule_term_list("short_form_leads"), key=len, reverse=True))
    lead = rf"(?:{leads})[ \t]*[,:]?[ \t]*"
    article = rf"(?:{_ARTICLES}[ \t]+)?"
    in_parenthesis = re.compile(rf"[ \t]*\([ \t]*(?:{lead})?{article}(?:{_QUOTED}|(?-i:{_BARE}))[ \t]*[,;)]",
                                re.IGNORECASE)
    after_comma = re.compile(rf"[ \t]*,?[ \t]*{lead}{article}{_QUOTED}", re.IGNORECASE)
    return in_parenthesis, after_comma


# A legal form a finder left out before the definition: "Harrow Logistics" + " Ltd." + ` ("Harrow")`.
_TAIL_WORD = re.compile(r"[ \t]*,?[ \t]*(?P<word>[A-Za-z][A-Za-z.&]{0,11})")


def defined_short_forms(text: str, name_start: int, name_end: int) -> tuple[str, ...]:
    """The short forms defined right after the organisation text[name_start:name_end] (module doc), each as
    written, and in capitals; a word no dictionary holds in lower case too (`harrowfreight` in a slug)."""
    if text[name_end - 1] == ")" and "(" in text[name_start:name_end]:
        # The finder took the definition into the name: "Pembroke Maritime Services Pte Ltd (PMS)".
        name_end = text.rindex("(", name_start, name_end)
        name_end = len(text[:name_end].rstrip(" \t"))
    end = _after_legal_forms(text, name_end)
    if end >= len(text) or text[end] not in " \t,(":
        return ()
    in_parenthesis, after_comma = _definition_patterns()
    match = in_parenthesis.match(text, end) or after_comma.match(text, end)
    if match is None:
        return ()
    short = match.group("quoted") if match.group("quoted") is not None else match.groupdict().get("bare")
    short = short.strip(" \t.,")
    short = re.sub(rf"^{_ARTICLES}[ \t]+", "", short, flags=re.IGNORECASE)
    name = text[name_start:end]
    if not short or not _names_the_organisation(short, name, quoted=match.group("quoted") is not None):
        return ()
    forms = [short]
    if short.upper() != short:
        forms.append(short.upper())
        if short.isalpha() and not is_ordinary_word(short):
            forms.append(short.lower())
    return tuple(forms)


def _after_legal_forms(text: str, end: int) -> int:
    suffixes = term_list("org_suffixes")
    for _ in range(3):
        match = _TAIL_WORD.match(text, end)
        if match is None or match.group("word").casefold().replace(".", "") not in suffixes:
            break
        end = match.end()
    return end


def _names_the_organisation(short: str, name: str, quoted: bool) -> bool:
    """Whether a defined short form names the organisation `name` rather than a role or a term (module doc)."""
    words = words_of(short)
    if not words:
        return False
    if len(words) == 1 and re.fullmatch(rf"[A-Z][A-Z0-9&]{{{_MIN_ACRONYM - 1},{_MAX_ACRONYM - 1}}}", short):
        # ("GDPR") after a regulation a finder took for an organisation: a public acronym is no one's short form.
        return short.casefold() not in term_list("public_acronyms") and _spells_in_order(short, name)
    if len(short) < _MIN_ACRONYM:
        return False
    organisation_words = _organisation_words()
    name_words = {word.casefold() for word in words_of(name)}
    distinctive = [word.casefold() for word in words
                   if word.casefold() not in stop_words() and word.casefold() not in organisation_words]
    if not distinctive:
        return False  # ("Company"), ("the Group"): the role the contract gives it
    if all(word in name_words for word in distinctive):
        return True
    # A name of its own only when quoted: a bare "(Delaware)", "(Germany)" after a company says where it is.
    return quoted and names_something(short) and not any(is_place_name(word) for word in words)


def _spells_in_order(acronym: str, name: str) -> bool:
    letters = "".join(char for char in name.casefold() if char.isalnum())
    if not letters or letters[0] != acronym[0].casefold():
        return False
    position = 0
    for char in acronym.casefold():
        position = letters.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


@functools.lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return term_list("org_suffixes") | term_list("org_head_nouns") | rule_term_list("party_organisation_words")


@functools.lru_cache(maxsize=1)
def _trade_name_cues() -> tuple[str, ...]:
    return tuple(sorted(rule_term_list("trade_name_cues"), key=len, reverse=True))


def trade_names(text: str, detector: str) -> Iterator[Span]:
    """ORGANIZATION spans of the names after a trade-name cue (module doc)."""
    lowered = lowered_same_length(text)
    cues = _trade_name_cues()
    for position in sorted(set(keyword_positions(lowered, cues))):
        cue = next(cue for cue in cues if lowered.startswith(cue, position))
        cue_end = position + len(cue)
        if position and (text[position - 1].isalnum() or text[position - 1] in "_/.-"):
            continue
        if cue_end < len(text) and (text[cue_end].isalnum() or text[cue_end] in "_/-"):
            continue
        if cue == "dba" and not (text[position:cue_end] == "dba" and _capitalised_before(text, position)):
            continue  # "the DBA", "grant dba": a database administrator
        match = _TRADE_NAME.match(text, cue_end)
        if match is None:
            continue
        if match.group("quoted") is not None:
            start, end = match.span("quoted")
        else:
            start, end = _trimmed_words(text, *match.span("words"))
        if end - start >= 2 and not all(word.casefold() in stop_words() for word in words_of(text[start:end])):
            yield Span(start, end, ORGANIZATION, "org", _TRADE_NAME_SCORE, detector)


def _capitalised_before(text: str, position: int) -> bool:
    before = text[max(0, position - 40):position].rstrip(" \t,")
    word = re.search(r"([\w.&'’-]+)\Z", before)
    return word is not None and word.group(1)[:1].isupper()


def _trimmed_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The capitalised words without a trailing connector; a legal form keeps its full stop ("Ltd.")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and words[-1].group(0).casefold() in {"&", "and", "of", "de", "du", "la", "the", "für",
                                                                 "und", "y", "e"}:
        words.pop()
    end = start + words[-1].end()
    if text[end:end + 1] == "." and text[start + words[-1].start():end].casefold() in term_list("org_suffixes"):
        end += 1
    return start, end
