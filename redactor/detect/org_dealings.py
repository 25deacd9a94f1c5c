"""The firm a person deals with, named by the dealing: "the Aviva policy", "Tomek, ING support", "banks with Monzo",
"Previously: Direct Line, Capita".

A well-known company in its public role says nothing of anyone ("a Tesco press release", "uses AWS"); the same name
as the bank, insurer, utility, employer or lender of someone's record narrows who they are, and the corpora annotate
it. Three slots say a name is of that kind, whatever the name (listed companies included: org_public_companies.py
only doubts them, the slot is what makes them private):

- **before a word of a dealing**: the bill, policy, account, statement, mortgage, loan, claim, pension, contract,
  payslip or booking of a firm ("Yorkshire Water bill", "the Aviva policy AV-..."): one to four capitalised words
  or an acronym right before the word; before "support", "helpline" or "customer service" only after a person's
  first name and a comma or "from" ("Tomek, ING support": "Python support" is a feature);
- **after "with" or "w/"** that follows a word of banking, insuring, lending or working ("banks with Starling",
  "remortgage w/ Nationwide", "has been with HSBC since 2015"), and after Italian "presso" ("lavora presso Enel");
- **in a label of employers**: "Previously:", "Formerly:", "Past employers:", "Current employer -" and each item of
  the list after it, between commas, semicolons, slashes or bars.

The name is left when a word of it is public software or tech ("the AWS bill", "the Stripe account": a developer's
vendor), when it is a place, a person (a listed first name first, no organisation word), or nothing but ordinary,
stop and calendar words ("Your account", "the Monthly bill") and says nothing of an organisation ("&", a head noun
such as "Water" or "Mutual" would). In a label of employers the slot is sure enough that ordinary capitalised words
are taken ("Previously: Direct Line"), and so they are after "with" ("remortgage w/ Nationwide"). Everything found is doubtful: redacted on the wire, not reported by an audit.

Cheap gate: case-insensitive keyword positions of the dealing words, "with", "w/", "presso" and the labels; each
candidate is read within a bounded window of its line (linear in the text).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any, keyword_positions, lowered_same_length
from redactor.detect.name_parts import CALENDAR_WORDS
from redactor.detect.parties import ORGANIZATION, names_something, party_kind
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import stop_words, term_list, world_first_names

# What one has of a firm: the bill, the policy, the account ("Thames Water bill", "the Aviva policy").
_DEALING_NOUNS = ("bill", "bills", "policy", "account", "statement", "mortgage", "loan", "claim", "pension",
                  "contract", "payslip", "booking", "direct debit", "overdraft", "savings account", "credit card")
# A firm's desk that a named person speaks for ("Tomek, ING support"); alone these follow features ("Python support").
_DESK_NOUNS = ("support", "helpline", "customer service")
# Both, as one constant: the shared cue scan knows a list by its identity (keywords.number_of), and a tuple built per
# call was a new list to it each time (a slow lookup, and an entry of its bounded identity table per text).
_NOUNS = _DEALING_NOUNS + _DESK_NOUNS
# Words after which "with" or "w/" names a firm one banks, insures, borrows from or works for.
_DEALING_VERBS = re.compile(
    r"(?i:\b(?:banks?|banked|banking|insured|insurance|mortgage|remortgage|remortgaging|account|accounts|loan|"
    r"policy|been|employed|saves|saving|savings|aip)[ \t]+(?:[a-z]+[ \t]+)?)\Z")
_WITH = ("with ", "w/ ", "presso ")
_EMPLOYER_LABEL = re.compile(
    r"(?im)^[ \t>*•-]*(?:previously|formerly|previous[ \t]+employers?|past[ \t]+employers?|former[ \t]+employers?|"
    r"prior[ \t]+employers?|current[ \t]+employer|employer|ex-employers?)[ \t]*(?::|[ \t]+[–—-])[ \t]*")
_LABEL_WORDS = ("previously", "formerly", "employer")
_CAPITAL = r"[A-ZÀ-ÖØ-Þ]"
_WORD = rf"{_CAPITAL}[\w'’.&-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:&|and|of)[ \t]+)?{_WORD}){{0,3}}"
_NAME_BEFORE = re.compile(rf"(?<![\w@/.&'’-])(?P<name>{_NAME})[ \t]+\Z")
_NAME_AFTER = re.compile(rf"(?P<name>{_NAME})(?![\w@/])")
_ITEM = re.compile(rf"[ \t]*(?P<name>{_NAME})[ \t]*(?:\([^()\n]{{0,40}}\))?[ \t]*(?=[,;/|]|[ \t]+and[ \t]|\r?\n|\Z)")
_ITEM_SEPARATOR = re.compile(r"[ \t]*(?:[,;/|]|and[ \t])[ \t]*")
_PERSON_BEFORE = re.compile(rf"(?P<first>{_CAPITAL}[a-zß-öø-ÿ'’-]+)(?:,[ \t]*|[ \t]+from[ \t]+)\Z")
_CONNECTORS = frozenset(("&", "and", "of"))
_WINDOW = 80


def organisations_by_dealing(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's three slots."""
    lowered = lowered_same_length(text)
    yield from _names_before_dealings(text, lowered, detector)
    yield from _names_after_with(text, lowered, detector)
    if contains_any(lowered, _LABEL_WORDS):  # (a long text: one lookup in its shared cue scan)
        yield from _employers_in_labels(text, detector)


def _names_before_dealings(text: str, lowered: str, detector: str) -> Iterator[Span]:
    desks = frozenset(_DESK_NOUNS)
    for position in sorted(set(keyword_positions(lowered, _NOUNS))):
        if position < 2 or text[position - 1] not in " \t":
            continue
        noun = next(noun for noun in _NOUNS if lowered.startswith(noun, position))
        if text[position + len(noun):position + len(noun) + 1].isalnum():
            continue  # "billing", "accounts_payable": another word
        line_start = text.rfind("\n", 0, position) + 1
        window_start = max(line_start, position - _WINDOW)
        match = _NAME_BEFORE.search(text, window_start, position)
        if match is None:
            continue
        start, end = _trimmed(text, match.start("name"), match.end("name"))
        if start == end:
            continue
        if noun in desks:
            person = _PERSON_BEFORE.search(text, window_start, start)
            if person is None or not (person.group("first").casefold() in world_first_names()
                                      or names_something(person.group("first"))):
                continue  # (a first name no list holds is still no dictionary word: "Tomek", "Kuba")
        if _says_a_name(text[start:end], sure_slot=False):
            yield Span(start, end, ORGANIZATION, "org", DOUBTFUL_SCORE, detector)


def _names_after_with(text: str, lowered: str, detector: str) -> Iterator[Span]:
    for position in sorted(set(keyword_positions(lowered, _WITH))):
        if position and text[position - 1].isalnum():
            continue
        cue = next(cue for cue in _WITH if lowered.startswith(cue, position))
        line_start = text.rfind("\n", 0, position) + 1
        if cue != "presso " and _DEALING_VERBS.search(text, max(line_start, position - 40), position) is None:
            continue
        match = _NAME_AFTER.match(text, position + len(cue))
        if match is None:
            continue
        start, end = _trimmed(text, *match.span("name"))
        if start != end and _says_a_name(text[start:end], sure_slot=True):
            yield Span(start, end, ORGANIZATION, "org", DOUBTFUL_SCORE, detector)


def _employers_in_labels(text: str, detector: str) -> Iterator[Span]:
    for label in _EMPLOYER_LABEL.finditer(text):
        position = label.end()
        while True:
            item = _ITEM.match(text, position)
            if item is None:
                break
            start, end = _trimmed(text, *item.span("name"))
            if start != end and _says_a_name(text[start:end], sure_slot=True):
                yield Span(start, end, ORGANIZATION, "org", DOUBTFUL_SCORE, detector)
            separator = _ITEM_SEPARATOR.match(text, item.end())
            if separator is None or separator.end() == item.end():
                break
            position = separator.end()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The name less leading stop and calendar words ("Her Brightwell Mutual", "The") and trailing dots."""
    words = [(word.start(), word.end()) for word in re.finditer(r"\S+", text[start:end])]
    while words and _filler(text[start + words[0][0]:start + words[0][1]]):
        words.pop(0)
    while words and text[start + words[-1][0]:start + words[-1][1]].casefold() in _CONNECTORS:
        words.pop()
    if not words:
        return start, start
    name_end = start + words[-1][1]
    while name_end > start + words[0][0] and text[name_end - 1] in ".'’-":
        name_end -= 1
    return start + words[0][0], name_end


def _filler(word: str) -> bool:
    folded = word.casefold().strip(".,'’")
    return folded in stop_words() or folded in CALENDAR_WORDS


def _says_a_name(name: str, sure_slot: bool) -> bool:
    """Whether `name` in a slot of a dealing reads as a firm's name (module doc)."""
    words = [word for word in name.split() if word.casefold() not in _CONNECTORS]
    folded = [word.casefold().strip(".,'’") for word in words]
    if not words or any(char.isdigit() for char in name):
        return False
    if any(word in term_list("software_names") or word in term_list("tech_terms") or word in term_list("public_acronyms")
           or word in term_list("code_keywords") for word in folded):
        return False
    # A head noun alone is a common noun ("Bank account", "Insurance policy", "Service account"): it says
    # organisation only beside another word.
    organisation = party_kind(name) == ORGANIZATION and (len(words) > 1 or "&" in name)
    if not organisation and folded[0] in world_first_names():
        return False  # "Anna's account", "been with Maria since": a person
    if is_place_name(name) or (len(words) == 1 and is_place_name(words[0])):
        return False
    if all(word in stop_words() or word in CALENDAR_WORDS for word in folded):
        return False
    return sure_slot or organisation or names_something(name)
