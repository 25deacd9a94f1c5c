"""Organisations that the layout around them names: export columns, e-mail domains, CVs, route sheets, notes.

ner.py finds organisations by a corporate suffix or a head noun ("Halden Systems"); most company names have
neither. What surrounds them says what they are:

- **a column of a CRM or contact export** under a header that names organisations (`company`, `employer`,
  `account name`, `Firma`, `raison sociale`...; rules/term_lists.yaml `organisation_column_labels`): every
  cell with a letter is one (0.7);
- **a cell that spells the domain of the e-mail address in its row**: `Larkspur Dental | ... |
  info@larkspurdental.com`, `Quillfeather` beside `ap@quillfeather.io`, `Fenwick Freight Fwd.` beside
  `desk@fenwickfreight-uk.com`: the cell's first words, joined, begin the domain's first label (0.7);
- **"from <Org>" after a person's first name**: "reported by Thandiwe Nkosi from Karoo Microfinance", "this is
  Priya from Copperleaf Interiors": capitalised words, not a place (0.6; one word doubtful);
- **a CV or profile line**: a role, then the employer before a span of years ("Senior Analyst, Brightwater
  Logistics (2020–present)", "Engineer at Mossgiel Analytics, 2017 - 2020") (0.6);
- **a stop of a route sheet or delivery list**: the cell right before a street address in a `|`, `;` or tab
  row ("Stop 12 | Bucktown Vet Clinic | 1600 N Damen Ave") names who is there (0.6);
- **lower-case names joined by "&"** after an article or preposition ("the marlow & finch migration"),
  when one of the two words is no ordinary English word (doubtful);
- **a value on the line below its label**, as forms, invoices and web pages pasted as text lay them out
  ("Client:\nQuillfeather", "Bank\nHalden Sparebank", "Paid to:\n\nOrmskirk Timber"): a label of an
  organisation (the column labels, bank, school, hospital, insurer, carrier...) or of a party (client, customer,
  payee, beneficiary...) alone on its line, then one to six words on the next line that is not blank: an
  organisation, or a person when a party's value has no organisation word (0.6; doubtful when every word is a word
  of the dictionary, and only after a label with a colon);
- **a small business named after its owner**: a trade noun of a language that registers sole traders so
  ("Piekarnia u Basi Barbara Nowak", "Zakład Fryzjerski Anna Wrona"; `business_type_nouns`) and the words after
  it up to a comma or the line end, when one of them is a first name: the whole name (0.6).

A trade name after "trading as", "t/a", "d/b/a" is read by org_short_forms.py.

Every finder starts from a literal (a label in the shared cue scan, an "@", " from ", "&", a year range, a
separator beside a house number), so text without one costs nothing more.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.addresses import find_street_addresses
from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.character_layouts import layout_matches
from redactor.detect.keywords import (ANY_TEXT, keyword_positions, lines_with, longest_keyword_at, lowered_same_length,
                                      needs_marks)
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.parties import ORGANIZATION, names_something, party_kind, party_span, words_of
from redactor.detect.org_dealings import organisations_by_dealing
from redactor.detect.org_keys import organisations_by_key
from redactor.detect.org_relations import organisations_by_relation
from redactor.detect.org_short_forms import trade_names
from redactor.detect.place_names import is_place_name
from redactor.detect.rule_files import term_list
from redactor.detect.table_columns import column_cells
from redactor.detect.term_lists import stop_words, world_first_names

_COLUMN_SCORE = 0.7
_DOMAIN_SCORE = 0.7
_LAYOUT_SCORE = 0.6


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def organisations_in_structure(text: str, detector: str) -> list[Span]:
    """ORGANIZATION (and, for route-sheet stops, PERSON) spans of the module doc's layouts."""
    lowered = lowered_same_length(text)
    found: list[Span] = []
    found.extend(_column_cells(text, lowered, detector))
    if "@" in text:
        found.extend(_cells_spelling_the_domain(text, lowered, detector))
    found.extend(_from_after_a_person(text, detector))
    found.extend(_employers_before_years(text, detector))
    found.extend(_stops_before_addresses(text, detector))
    found.extend(_lower_case_pairs(text, detector))
    found.extend(_businesses_named_after_owners(text, lowered, detector))
    found.extend(organisations_by_relation(text, detector))  # "our supplier Blue Heron": org_relations.py
    found.extend(organisations_by_key(text, detector))  # `tenant: "northwind"`: org_keys.py
    found.extend(organisations_by_dealing(text, detector))  # "the Aviva policy", "banks with Monzo": org_dealings.py
    found.extend(trade_names(text, detector))  # "J. Okafor t/a Okafor Plumbing": org_short_forms.py
    if "\n" in text:
        found.extend(_values_below_labels(text, lowered, detector))
    return found


@functools.lru_cache(maxsize=1)
def _column_labels() -> tuple[str, ...]:
    return tuple(sorted(term_list("organisation_column_labels")))


def _column_cells(text: str, lowered: str, detector: str) -> Iterator[Span]:
    labels = _column_labels()
    for position in sorted(set(keyword_positions(lowered, labels))):
        label = longest_keyword_at(lowered, position, labels)
        if not _reads_as_a_header(text, position):
            continue
        for start, end in column_cells(text, position, position + len(label)):
            cell = text[start:end]
            if any(char.isalpha() for char in cell) and "@" not in cell and "://" not in cell \
                    and sum(char.isdigit() for char in cell) <= len(cell) // 2:
                yield party_span(start, end, cell, _COLUMN_SCORE, detector, ORGANIZATION)


def _reads_as_a_header(text: str, position: int) -> bool:
    """Whether the line around `position` is a table's header: short cells (a JSON record or a sentence that
    happens to hold the word between commas is not one)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if any(mark in line for mark in _NOT_A_HEADER):
        return False  # a JSON record's keys and values, or a note's markup, stand between its commas
    cells = re.split(r"[|\t,;]", line)
    return len(cells) >= 2 and all(len(cell.strip()) <= 40 for cell in cells)


_NOT_A_HEADER = ("{", "}", '":', "[[", "=")


# The first label of an address's domain, read from its "@".
_DOMAIN_LABEL = re.compile(r"@(?P<label>[a-z0-9-]+)\.[a-z]")
_CELL_SEPARATOR = re.compile(r"[ \t]*(?:[|;\t]|,(?=[^,\n]*@)|[ \t]{2,}| [-–—] )[ \t]*")
# Webmail and other public mail domains name no one's organisation.
_PUBLIC_MAIL = frozenset("gmail googlemail yahoo hotmail outlook live msn icloud me mac aol proton protonmail gmx web "
                         "mail yandex qq 163 126 zoho fastmail hey tutanota orange free laposte wanadoo btinternet "
                         "example".split())


_AT = re.compile("@")
_ROW_SEPARATORS = re.compile(r"[|;\t]")


def _cells_spelling_the_domain(text: str, lowered: str, detector: str) -> Iterator[Span]:
    for line_start, line_end in lines_with(text, _AT):
        domains = set()
        at = lowered.find("@", line_start, line_end)
        while at != -1:
            label = _DOMAIN_LABEL.match(lowered, at, line_end)
            if label is not None:
                domain = re.sub(r"[^a-z0-9]", "", label.group("label"))
                # A cell can spell the domain only if its first letters occur twice on the line (there and in
                # the address): most lines with an address fail this at once.
                if len(domain) >= 4 and domain not in _PUBLIC_MAIL and lowered.count(domain[:4], line_start, line_end) >= 2:
                    domains.add(domain)
            at = lowered.find("@", at + 1, line_end)
        if not domains:
            continue
        cell_start = line_start
        for separator in (*_CELL_SEPARATOR.finditer(text, line_start, line_end), None):
            cell_end = separator.start() if separator else line_end
            span = _cell_spelling(text, cell_start, cell_end, domains)
            if span is not None:
                yield party_span(*span, text[span[0]:span[1]], _DOMAIN_SCORE, detector, ORGANIZATION)
            if separator is None:
                break
            cell_start = separator.end()


def _cell_spelling(text: str, start: int, end: int, domains: set[str]) -> tuple[int, int] | None:
    """The cell text[start:end] (trimmed) when its first words, joined, begin one of `domains` (at least five letters)."""
    cell = text[start:end]
    stripped = cell.strip(" \"'`*[]")
    if not stripped or "@" in stripped or not stripped[0].isalpha():
        return None
    joined = ""
    for word in words_of(stripped):
        joined += re.sub(r"[^a-z0-9]", "", word.lower())
        if len(joined) >= 5 and any(domain.startswith(joined) or joined == domain for domain in domains):
            offset = start + cell.index(stripped)
            return offset, offset + len(stripped)
    return None


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*"
_ORG_AFTER_FROM = re.compile(
    rf"[ \t]+(?:the[ \t]+)?(?P<org>{_CAPITALISED}(?:[ \t]+(?:&|and|of|de|für)?[ \t]*{_CAPITALISED}){{0,4}})")
# A literal first, so the regex engine skips to it ("from" between blanks, before a capital).
_FROM = re.compile(r"from(?=[ \t]+(?:the[ \t]+)?[A-ZÀ-ÖØ-Þ])(?<=[ \t]from)")
def _is_name_word(word: str) -> bool:
    """A capital, then small letters (an apostrophe or hyphen inside): "Thandiwe", "O'Neil"."""
    rest = word[1:].replace("'", "").replace("’", "").replace("-", "")
    return len(word) >= 2 and word[0].isupper() and rest.isalpha() and rest.islower()


def _person_before(text: str, end: int) -> str | None:
    """The capitalised word (of one or two) right before `end`: "Thandiwe" in "Thandiwe Nkosi from"."""
    words = text[max(0, end - 40):end].split()[-2:]
    if not words or not _is_name_word(words[-1]):
        return None
    return words[0] if len(words) == 2 and _is_name_word(words[0]) else words[-1]


def _from_after_a_person(text: str, detector: str) -> Iterator[Span]:
    for word in _FROM.finditer(text):
        person = _person_before(text, word.start())
        match = _ORG_AFTER_FROM.match(text, word.end()) if person else None
        if match is None:
            continue
        if is_ordinary_word(person) or is_place_name(person):
            continue  # "Copied from Stack Overflow", "Flights from Berlin"
        org = match.group("org").rstrip(".,'’")
        words = org.split()
        while words and (words[-1].casefold() in stop_words() or words[-1] in ("&",)):
            words.pop()
        if not words:
            continue
        org = " ".join(words)
        org_end = match.start("org") + len(org)
        if not names_something(org) or is_place_name(org):
            continue
        known_person = person.casefold() in world_first_names()
        if len(words) == 1 and not known_person:
            continue
        score = _LAYOUT_SCORE if len(words) > 1 and known_person else DOUBTFUL_SCORE
        yield party_span(match.start("org"), org_end, org, score, detector, ORGANIZATION)


# "Senior Analyst, Brightwater Logistics (2020–present)", "Engineer at Mossgiel Analytics, 2017 - 2020",
# "Product Owner — Greyhound Analytics (Mar 2019 – Jan 2022)": a span of years (months perhaps), then, read
# backwards on its line, the employer after a comma, "at", "@", "|" or a dash that follows the role.
_MONTH_BEFORE_YEAR = r"(?:(?:0?[1-9]|1[0-2])/|[A-Z][a-z]{2,8}\.?[ \t]+)?"
# An open span ("(2023–)", "2021 –" at the line's end) is a current post, as "2023–present" is.
_YEARS = re.compile(rf"(?:19|20)\d\d[ \t]*(?:[–—-]|to|bis|à)[ \t]*(?:{_MONTH_BEFORE_YEAR}(?:19|20)\d\d(?!\d)"
                    r"|(?i:present|now|current|today|date|heute|aujourd)|(?=\)|\r?\n|\Z))")
_EMPLOYER_BEFORE_YEARS = re.compile(
    rf"(?:,|\bat|@|\||[–—])[ \t]+(?P<org>{_CAPITALISED}(?:[ \t]+(?:&|and|of|de|für)?[ \t]*{_CAPITALISED}){{0,5}})"
    rf"[ \t]*[,(|–—-]?[ \t]*\(?{_MONTH_BEFORE_YEAR}\Z")


def _employers_before_years(text: str, detector: str) -> Iterator[Span]:
    for years in layout_matches(_YEARS, text, (b"0000",)):  # tried where four digits are (character_layouts.py)
        line_start = text.rfind("\n", 0, years.start()) + 1
        match = _EMPLOYER_BEFORE_YEARS.search(text, max(line_start, years.start() - 160), years.start())
        if match is None:
            continue
        org = match.group("org")
        if not text[line_start:match.start()].strip():
            continue  # "— 2019-2021" with nothing before it: no role, no employer
        if not (names_something(org) or _ends_in_a_head_noun(org)) or is_place_name(org):
            continue
        yield party_span(match.start("org"), match.start("org") + len(org), org, _LAYOUT_SCORE, detector,
                         ORGANIZATION)


def _ends_in_a_head_noun(org: str) -> bool:
    """"Greyhound Analytics", "Northern Foods": ordinary words before an organisation's head noun."""
    words = org.split()
    return len(words) >= 2 and party_kind(org) == ORGANIZATION and party_kind(words[0]) != ORGANIZATION


_ROW_CELL = re.compile(r"[^|;\t\n]+")


# A cell that names who is at a stop: one to six words of letters (a capital first), "&", "'", ".", "-".
_NAME_CELL = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[.'’]?(?:[ \t]+(?:&|[^\W\d_][^\W\d_'’.-]*)){0,5}")
# A cell that may open with a house number and a street ("1600 N Damen Ave"), confirmed by addresses.py.
_HOUSE_NUMBER_FIRST = re.compile(r"[ \t]*\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ]")


def _stops_before_addresses(text: str, detector: str) -> Iterator[Span]:
    for line_start, line_end in lines_with(text, _ROW_SEPARATORS):
        if not any(_HOUSE_NUMBER_FIRST.match(text, separator.end(), line_end)
                   for separator in _ROW_SEPARATORS.finditer(text, line_start, line_end)):
            continue
        cells = [cell.span() for cell in _ROW_CELL.finditer(text, line_start, line_end)]
        for (previous_start, previous_end), (start, end) in zip(cells, cells[1:]):
            if not _HOUSE_NUMBER_FIRST.match(text, start, end):
                continue
            cell = text[start:end].strip()
            addresses = find_street_addresses(cell)
            if not addresses or addresses[0][0] != 0:
                continue
            name = text[previous_start:previous_end].strip()
            if not _NAME_CELL.fullmatch(name) or not names_something(name):
                continue
            offset = previous_start + text[previous_start:previous_end].index(name)
            yield party_span(offset, offset + len(name), name, _LAYOUT_SCORE, detector)


# "the marlow & finch migration", "for Harlow & Finch": two words joined by "&" after an article or preposition.
_FIRST_OF_PAIR = re.compile(r"\b(?i:the|at|with|for|from|to|by|of|our|their|client|customer|vendor)[ \t]+"
                            r"(?P<first>[A-Za-z][a-z'’-]{2,})[ \t]*\Z")
_SECOND_OF_PAIR = re.compile(r"[ \t]*(?P<second>[A-Za-z][a-z'’-]{2,})\b")
_AMPERSAND = re.compile("&")


def _lower_case_pairs(text: str, detector: str) -> Iterator[Span]:
    if "&" not in text:
        return  # (one C-speed scan for the character; the regex engine's scan for it costs ~4 us per KB)
    for ampersand in _AMPERSAND.finditer(text):
        position = ampersand.start()
        first = _FIRST_OF_PAIR.search(text, max(0, position - 40), position)
        second = _SECOND_OF_PAIR.match(text, position + 1) if first else None
        if second is None:
            continue
        if is_ordinary_word(first.group("first")) and is_ordinary_word(second.group("second")):
            continue  # "the search & replace", "drag & drop"
        yield party_span(first.start("first"), second.end("second"), text[first.start("first"):second.end("second")],
                         DOUBTFUL_SCORE, detector, ORGANIZATION)


@functools.lru_cache(maxsize=1)
def _business_nouns() -> tuple[str, ...]:
    return tuple(sorted(term_list("business_type_nouns")))


# After a trade noun: words up to a comma, a bracket, a digit or the line end ("u", "pod", "przy" inside).
_BUSINESS_REST = re.compile(r"(?:[ \t]+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-žŁłŚśŹźŻżĆćŃńĘęĄą„“\"'’.-]+)){1,8}")


def _businesses_named_after_owners(text: str, lowered: str, detector: str) -> Iterator[Span]:
    nouns = _business_nouns()
    for position in sorted(set(keyword_positions(lowered, nouns))):
        noun = longest_keyword_at(lowered, position, nouns)
        end = position + len(noun)
        if not text[position].isupper() or (position and text[position - 1].isalnum()) \
                or (end < len(text) and text[end].isalnum()):
            continue
        rest = _BUSINESS_REST.match(text, end)
        if rest is None:
            continue
        words = rest.group(0).split()
        # The name ends before a lower-case word of 4+ letters (a verb or a noun of the sentence).
        cut = next((index for index, word in enumerate(words) if word[0].islower() and len(word) > 3), len(words))
        words = words[:cut]
        while words and words[-1][0].islower():
            words.pop()
        if not any(word.strip("„“\"'’.").casefold() in world_first_names() for word in words):
            continue
        last = words[-1].rstrip("\"'’”")
        if not last:
            continue
        name_end = text.index(last, end) + len(last)
        yield party_span(position, name_end, text[position:name_end], _LAYOUT_SCORE, detector, ORGANIZATION)


# Labels of an organisation beyond the column labels, and labels of a party (a person or an organisation).
_ORGANISATION_LABELS = ("bank", "bank name", "school", "university", "college", "hospital", "clinic", "insurer",
                        "insurance company", "carrier", "merchant", "lender", "landlord", "provider", "contractor",
                        "agency", "institution", "affiliation", "organisation", "organization", "employer",
                        "manufacturer", "distributor", "reseller", "partner", "brand", "store", "shop", "practice")
_PARTY_LABELS = ("client", "client name", "customer", "customer name", "payee", "payer", "beneficiary",
                 "beneficiary name", "paid to", "pay to", "remit to", "sold to", "bill to", "billed to", "recipient",
                 "account holder", "counterparty", "debtor", "creditor", "tenant", "sender", "buyer", "seller")


@functools.lru_cache(maxsize=1)
def _labels_above_values() -> tuple[tuple[str, ...], frozenset[str]]:
    """(every label, the labels of an organisation), lower case."""
    organisation = frozenset(_column_labels()) | frozenset(_ORGANISATION_LABELS)
    return tuple(sorted(organisation | frozenset(_PARTY_LABELS))), organisation


# A label alone on its line: perhaps a bullet or markup before it, a colon after it.
_LABEL_LINE_HEAD = re.compile(r"[ \t]*(?:[-*•#>|]+[ \t]*)?(?:\*\*|__)?\Z")
_LABEL_LINE_TAIL = re.compile(r"(?:\*\*|__)?[ \t]*(?P<colon>[:：])?(?:\*\*|__)?[ \t]*\r?(?:\n|\Z)")
# The value: the next line that is not blank (one blank line at most), one to six words.
_VALUE_LINE = re.compile(r"(?:[ \t]*\r?\n)?[ \t]*(?P<value>[^\W\d_][^\n:]{0,59}?)[ \t.,;]*\r?(?=\n|\Z)")


def _values_below_labels(text: str, lowered: str, detector: str) -> Iterator[Span]:
    labels, organisation_labels = _labels_above_values()
    for position in sorted(set(keyword_positions(lowered, labels))):
        label = longest_keyword_at(lowered, position, labels)
        line_start = text.rfind("\n", 0, position) + 1
        if position - line_start > 12 or not _LABEL_LINE_HEAD.match(text, line_start, position):
            continue  # the label does not begin its line
        tail = _LABEL_LINE_TAIL.match(text, position + len(label))
        if tail is None or tail.end() >= len(text):
            continue
        match = _VALUE_LINE.match(text, tail.end())
        if match is None:
            continue
        value = match.group("value").strip()
        words = value.split()
        if not 1 <= len(words) <= 6 or "@" in value or "://" in value:
            continue
        if words[0].casefold() in stop_words():
            continue  # a sentence, not a name ("The client asked...")
        kind = ORGANIZATION if label in organisation_labels else None
        if names_something(value) or party_kind(value) == ORGANIZATION:
            score = _LAYOUT_SCORE
        elif tail.group("colon") and value[0].isupper() and len(words) <= 3:
            score = DOUBTFUL_SCORE
        else:
            continue
        start = match.start("value")
        yield party_span(start, start + len(value), value, score, detector, kind)
