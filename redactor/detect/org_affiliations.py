"""The organisation beside a person's name: signature blocks, attendee lists, bylines, call notes.

Work text writes who someone is with right next to their name, in a handful of layouts every author uses:

- a **signature block**: the name alone on its line, perhaps a line with the role, then the organisation alone on
  its line ("Thanks,\\nDavid Okafor\\nBrightstone Roofing\\n+44 ..."; "Grace Adeyemi\\nOperations Manager, Lagos
  Fresh Produce");
- **in brackets** after the name ("Priya Raman (Copperleaf Interiors)", attendee and distribution lists);
- **after a separator** on the name's line: a comma, a dash, a bar, "@", "at", "of" ("Sarah Lindqvist, Polar Bear
  Ice Cream", "Lucia Ferreira — Fernwood Garden Centre", "Ahmed Haddad | Silver Birch Nursery", "Emily Carter @
  Foxglove Studios"), perhaps after a role ("Anna Schmidt, Head Pharmacist, Lindenhof Apotheke").

The property is the layout, not a context word: a person's name (a listed first name, then one or two capitalised
words) and, in the slot beside it, one to six capitalised words (connectors "&", "and", "of", "de", "la"... inside).
The slot holds other things too, and those are left: a role or title ("Procurement Lead", "Head of Sales": a role
word), a department or other words English capitalises (every word in org_capitalised_common: "Customer Success
Team"), a place ("Tom Berg, Oslo"), a second person (a first name first: "Priya Raman, Tom Berg"), a degree
("PhD"), a calendar word. Names with a word no dictionary explains, or with an organisation's head noun, score 0.6;
names of ordinary words ("Polar Bear Ice Cream") are doubtful (redacted on the wire, not reported by an audit).

Cheap gate: one regex scan that stops at a capitalised word pair followed by a separator or a line break; the
first-name look-up rules out most of those before any other work. Every test after that is per candidate and
bounded by the line (linear in the text).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.character_layouts import character_classes, class_pattern_starts
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, matches_at_starts, needs_marks
from redactor.detect.name_parts import CALENDAR_WORDS, is_common_word
from redactor.detect.parties import ORGANIZATION, names_something, party_kind
from redactor.detect.person_span_edges import greeting_phrases
from redactor.detect.place_names import is_place_name
from redactor.detect.street_words import has_street_word
from redactor.detect.term_lists import stop_words, term_list, world_first_names

_SCORE = 0.6
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
# A person's name: two or three capitalised words (the first a first name, checked after the match), then the
# separator before the slot. The look-behind after the first capital keeps it from starting inside a word, and
# lets the regex engine skip to capitals (a look-behind first costs three times as much: 35 against 12 us/KB).
_PERSON = re.compile(
    rf"(?P<first>[A-ZÀ-ÖØ-Þ](?<![\w.@/-][A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ'’-]+)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
    r"(?P<sep>[ \t]*\([ \t]*|[ \t]+[—–-][ \t]+|[ \t]*[,|][ \t]*|[ \t]+(?:@|at|of)[ \t]+|[ \t]*,?[ \t]*\r?\n)")
# Where a _PERSON match can start on ASCII text, in character classes (character_layouts.py): a capital not after a
# word character, `.`, `@`, `/` or `-`, then small letters, a blank and a capitalised word. Found by one scan of the
# text's shared classes that skips to capitals as a literal; _PERSON is tried there only (~13 against ~7 us/KB).
# (Zero-width after its capital: no start of another _PERSON match is inside one of its matches.)
_PERSON_START_IN_CLASSES = re.compile(rb"A(?<![0Aa_.@/-]A)(?=[a'-]+[ \t]+A[a'-])")
# One to six words of the slot: capitalised words, connectors between them.
_CONNECTORS = r"&|\+|and|of|de|del|la|le|les|los|las|du|des|der|den|von|van|y|et|und|da|do|dos|e"
_RUN = re.compile(
    rf"[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:[ \t]+(?:(?:{_CONNECTORS})[ \t]+)?[A-ZÀ-ÖØ-Þ0-9][\w'’.&-]*){{0,5}}")
# What may follow the organisation on its line: the end of the line, a closing bracket, a separator, or a
# lower-case word after a blank ("... at Kestrel Print Works about the reprint").
_AFTER_RUN = re.compile(r"[ \t]*(?:\r?\n|\Z|[),;:|.]|[—–-][ \t]|[a-z])")
_ROLE_WORDS = frozenset(
    "manager director lead head officer engineer analyst consultant coordinator co-ordinator assistant specialist "
    "president founder co-founder ceo cto cfo coo cio cmo vp svp evp owner partner associate intern developer "
    "designer administrator accountant secretary treasurer supervisor representative rep executive agent advisor "
    "adviser architect scientist researcher professor teacher nurse doctor editor writer recruiter planner buyer "
    "clerk technician chair chairman chairwoman chairperson member principal pharmacist paralegal solicitor "
    "attorney counsel lawyer controller officer superintendent foreman dispatcher receptionist therapist "
    "physician surgeon dentist student trainee apprentice volunteer organiser organizer leader captain "
    "geschäftsführer leiter leiterin directeur directrice gerente director directora jefe jefa responsable "
    "inhaber inhaberin".split())
# Teams and functions written in brackets after a name in a team list ("John Smith (Backend)").
_TEAMS = frozenset("backend back-end frontend front-end fullstack full-stack devops qa sre infra infrastructure "
                   "platform mobile web ios android data ml ai ux ui api cloud network networking tooling "
                   "he him she her they them".split())
_DEGREES = frozenset("phd md mba msc bsc ba ma rn cpa esq jr sr ii iii iv dds dvm llb llm mph pe pmp".split())


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def affiliations_beside_people(text: str, detector: str) -> Iterator[Span]:
    """ORGANIZATION spans of the module doc's slots beside a person's name."""
    firsts = world_first_names()
    line_end, table_row = -1, False  # the line of the last candidate, tested once (a long line stays linear)
    starts = class_pattern_starts(_PERSON_START_IN_CLASSES, text)
    for person in _PERSON.finditer(text) if starts is None else matches_at_starts(_PERSON, text, starts):
        if person.group("first").casefold() not in firsts:
            continue
        name = person.group(0)[:person.start("sep") - person.start()]
        if all(is_common_word(word.casefold()) for word in name.split()):
            continue  # "Next Steps: Add Caching, Improve Logging": words of a heading, not a name
        sep = person.group("sep")
        if person.start() > line_end:
            line_start = text.rfind("\n", max(0, line_end), person.start()) + 1
            line_end = text.find("\n", person.start())
            line_end = len(text) if line_end < 0 else line_end
            table_row = _is_a_table_row(text[line_start:line_end])
        if sep.strip() in ("|", ",") and table_row:
            continue  # "| Marta Ruiz | Negotiation |": the next cell is another column (column_kinds.py's work)
        found = list(_signature(text, person.end(), detector) if "\n" in sep
                     else _beside(text, person.end(), sep.strip(), detector))
        if found and not has_street_word(name):  # (tested last: the street-word test is the costly one)
            yield from found  # not "010 Dean Road, Palmerland": a street, not a person


def _beside(text: str, position: int, sep: str, detector: str) -> Iterator[Span]:
    """The slot after a separator on the name's line; after a role, the run after the role's own separator."""
    for _ in range(2):
        run = _run_at(text, position)
        if run is None:
            return
        start, end, words = run
        if _is_role(words):
            tail = re.compile(r"[ \t]*(?:,|[—–-]|\||@|at\b)[ \t]*").match(text, end)
            if tail is None:
                return
            position = tail.end()
            continue
        if sep == "(" and not text.startswith(")", _skip_blanks(text, end)):
            return
        span = _organisation(text, start, end, words, detector)
        if span is not None:
            yield span
        return


def _signature(text: str, position: int, detector: str) -> Iterator[Span]:
    """The name alone on its line; the organisation on the next line, or on the one after a role line."""
    line_start = text.rfind("\n", 0, position - 1) + 1
    name_line = text[line_start:position].strip().rstrip(",")
    # The name must be alone on its line (a greeting's comma, markup or a title before it at most).
    if len(name_line.split()) > 4 or any(char.isdigit() for char in name_line):
        return
    for _ in range(2):
        run = _run_at(text, _skip_blanks(text, position))
        if run is None:
            return
        start, end, words = run
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _is_role(words):
            rest = text[end:line_end]
            tail = re.compile(r"[ \t]*(?:,|[—–-]|\||@|at\b)[ \t]*").match(text, end, line_end)
            if tail is not None and rest.strip():
                yield from _beside(text, tail.end(), ",", detector)
                return
            position = line_end + 1
            continue
        if text[end:line_end].strip():
            return  # the line holds more than a name: an address, a sentence, a phone number after the name
        span = _organisation(text, start, end, words, detector)
        if span is not None:
            yield span
        return


def _is_a_table_row(line: str) -> bool:
    """Whether a line is a row of a pasted table (it starts with a bar, or has three bars or two tabs): the cell
    after a person's is another column. A CSV line is not excluded: an export's company column often follows
    the contact's name ("Marta Ruiz,Harbourside Marine,...")."""
    return line.lstrip().startswith("|") or line.count("|") >= 3 or line.count("\t") >= 2


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _run_at(text: str, position: int) -> tuple[int, int, list[str]] | None:
    match = _RUN.match(text, position)
    if match is None:
        return None
    end = match.end()
    raw = match.group(0)
    # Trailing dots and apostrophes belong to the sentence ("... Print Works."), an abbreviation keeps its dot.
    stripped = raw.rstrip(".'’-&")
    end -= len(raw) - len(stripped)
    pieces = list(re.finditer(r"\S+", stripped))
    while pieces and pieces[-1].group(0).casefold() in _CONNECTOR_SET:
        pieces.pop()
    if not pieces:
        return None
    end = match.start() + pieces[-1].end()
    words = [piece.group(0) for piece in pieces]
    if not words or not _AFTER_RUN.match(text, end):
        return None
    return match.start(), end, words


_CONNECTOR_SET = frozenset(_CONNECTORS.replace("\\", "").split("|"))


def _is_role(words: list[str]) -> bool:
    folded = [word.casefold().strip(".,") for word in words]
    return any(word in _ROLE_WORDS or word.endswith(_ROLE_ENDINGS) for word in folded)


# German and Dutch write roles as compounds ("Vertriebsleiter", "Projektmanagerin", "Steuerberater").
_ROLE_ENDINGS = ("leiter", "leiterin", "manager", "managerin", "direktor", "direktorin", "berater", "beraterin",
                 "referent", "referentin", "führer", "führerin", "assistent", "assistentin", "medewerker")


@functools.lru_cache(maxsize=4096)
def _may_name_an_organisation(run: str) -> float | None:
    """The score of the run as an organisation's name, or None when it is something else (module doc)."""
    words = [word for word in run.split() if word.casefold() not in _CONNECTOR_SET]
    folded = [word.casefold().strip(".,'’") for word in words]
    if any(any(char.isdigit() for char in word) for word in words) or not any(
            any(char.islower() for char in word) for word in words):
        return None  # a code or an identifier ("CASE-77120", "NIP 5252248481"), an acronym alone
    if not words or any(word in _DEGREES or word in CALENDAR_WORDS or word in _TEAMS for word in folded):
        return None
    if folded[0] in stop_words():
        return None  # a sentence ("The team")
    if folded[0] in world_first_names() and party_kind(run) != ORGANIZATION:
        return None  # a second person ("Priya Raman, Tom Berg"); "Jade Garden Restaurant" has a head noun
    common = term_list("org_capitalised_common")
    if all(word in common or word in stop_words() for word in folded):
        return None  # "Customer Success Team", "Finance"
    if is_place_name(run) or (len(words) == 1 and is_place_name(words[0])):
        return None
    if party_kind(run) != ORGANIZATION and all(word in common or word in stop_words() or word in term_list("tech_terms")
                                               or word in term_list("software_names") for word in folded):
        return None  # "Jane Doe, Kubernetes", "Jane Doe — Google Docs", "Ana Lima (Data Platform)"
    if names_something(run) or party_kind(run) == ORGANIZATION:
        return _SCORE
    return DOUBTFUL_SCORE


def _organisation(text: str, start: int, end: int, words: list[str], detector: str) -> Span | None:
    score = _may_name_an_organisation(" ".join(words))
    if score is None:
        return None
    return Span(start, end, ORGANIZATION, "org", score, detector)


# A line that is only a name: two to five capitalised words (connectors between them), perhaps after a quote mark
# or a bullet, perhaps a full stop or comma after them. The capital first, then the look-behind to the line start,
# so the regex engine skips to capitals.
_NAME_LINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?:(?<=\n[A-ZÀ-ÖØ-Þ])|(?<=\n[ \t>*•-][A-ZÀ-ÖØ-Þ])|(?<=\n[ \t>*•-][ \t][A-ZÀ-ÖØ-Þ]))"
    rf"[\w'’.&-]*(?:[ \t]+(?:(?:{_CONNECTORS})[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’.&-]*){{1,4}}[ \t]*[.,]?[ \t]*(?=\r?\n|\Z)")


# Where a _NAME_LINE match can start on ASCII text: the end of a line break, a bullet or blank and a blank, read in
# the text's shared character classes (character_layouts.py) from the line break, a literal the scan skips to. The
# capital then has one of the look-behinds _NAME_LINE opens with ("•" is beyond ASCII); _NAME_LINE was tried at every
# capital of the text. (A match holds one line break: no start of another is inside it.)
_NAME_LINE_START_IN_CLASSES = re.compile(rb"\n(?:[ \t>*-][ \t]?)?(?=A)")
# The same at the start of the text, where no line break comes before the name.
_NAME_LINE_AT_START = re.compile(r"[ \t>*•-]{0,2}[A-ZÀ-ÖØ-Þ]" + _NAME_LINE.pattern[_NAME_LINE.pattern.index("))") + 2:])


@needs_marks("\n")  # (its gate: keywords.needs_marks)
def organisations_alone_on_lines(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of lines that hold nothing but a name of two to five capitalised words: the
    party line of a receipt, a label, a pasted letterhead, a list of suppliers or pickup points, a quoted reply.

    A heading is such a line too, and is left by the word tests: a name has a word no dictionary or tech list
    explains ("Harbrook Joinery", "Zestwood Café") or an organisation's head noun, where "Next Steps", "Release
    Notes", "Kubernetes Setup" have neither; a person ("Marta Kowalski": a first name first and no organisation
    word), a place, a calendar word or a department ("Customer Success Team") is left too.
    Cheap gate: one regex scan that stops at a capital beginning a line (a quote mark or bullet before it).
    """
    first = _NAME_LINE_AT_START.match(text)
    classes = character_classes(text)
    lines = _NAME_LINE.finditer(text) if classes is None else matches_at_starts(
        _NAME_LINE, text, [start.end() for start in _NAME_LINE_START_IN_CLASSES.finditer(classes)])
    for match in ([first] if first else []) + list(lines):
        run = match.group(0).lstrip(" \t>*•-").strip().rstrip(".,").strip()
        if "  " in run or "\t" in run:
            continue  # a table's header cells, not one name
        if not run or "#" in run:
            continue
        words = run.split()
        if len(words) < 2 or _is_role(words):
            continue
        if " ".join(run.casefold().split()) in greeting_phrases():
            continue  # "Viele Grüße", "Saludos cordiales": a sign-off on its own line (person_span_edges.py)
        if _may_name_an_organisation(run) is None:
            continue
        if party_kind(run) != ORGANIZATION and any(word.casefold() in world_first_names() for word in words):
            continue  # a person or a greeting ("Dear Katie", "Kowalski Marta")
        if party_kind(run) != ORGANIZATION:
            named = [word for word in words if word.casefold() not in _CONNECTOR_SET]
            if not names_something(" ".join(named)) or any(
                    word.casefold() in term_list("tech_terms") or word.casefold() in term_list("software_names")
                    for word in named):
                continue  # dictionary words and no head noun: a heading ("Table of Contents", "Kubernetes Setup")
        start = match.start() + match.group(0).index(run)  # after a bullet or quote mark at the text's start
        yield Span(start, start + len(run), ORGANIZATION, "org", DOUBTFUL_SCORE, detector)
