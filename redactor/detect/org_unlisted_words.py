"""A capitalised word that no language writes, outside code: a doubtful organisation on the wire (round 16).

Small firms, shops, clinics, suppliers and clients are named by coined words ("Veltrix", "Ferravia", "Lumora")
and by two English words written as one ("Northwind", "Oakridge", "Swiftlane", "Cobaltline"). Nothing but a name
explains such a word, wherever it stands: a labelled field ("Carrier: Swiftlane", "employer=Trelliant"), a
subject line ("re: Cobaltline onboarding"), a sentence's first word ("Northwind rejected the PO"), after another
capitalised word ("Paid Veltrix 400"), a line of a signature, a chat line in any language. The earlier rules take
such words only in certain places (English sentences, table cells, beside a person); this one takes them by the
property of the word, in every non-code text. Doubtful ORGANIZATION: redacted on the wire, not reported by an audit.

A word is taken when it is capitalised (one capital, then 3-19 small letters, Latin script), is no part of an
identifier, path, address, label or key (nothing glued to it; not before ":", "=", "("), its line holds no code
marks, and

- **not a data cell**: not glued to a comma, semicolon, tab or pipe before it, nor to one after it that a
  blank or the line's end does not follow, not on a line with a tab or a pipe (tables
  are read by column: name_cells.py, column_kinds.py), not on a heading ("# Changelog");
- **coined**: no list explains it (`name_cells.one_word_name_score` is doubtful: no English word, stop word, tech
  term, package, software, acronym, calendar word, place, language, demonym, listed first name or surname, and no
  word with a short piece stuck to it, card brand, role or holiday of org_capitalised_common.txt, file projects name
  in capitals) and no Latin-script language of `name_parts.OTHER_LATIN_LANGUAGES` writes
  it (wordfreq Zipf under 2.5: "Montant", "Proveedor" are words there); or
- **a blend**: English hardly writes it as one word (Zipf under 2.5: names are written, "Northwind" 1.6, "Oakridge" 2.1), it is no place, software name, package, tech
  term or surname, and it is two English words of three letters or more written as one, neither a derivational
  ending, neither a tech term nor a first part software compounds with (web, back, sub, user, auto...) ("Northwind", "Oakridge"; not "Workflow", "Codebase", "Timestamp", which English
  writes, nor "Webhook", "Codegen"), and the text never writes it in small letters ("the webhook").

A name written in **Pascal case** ("BrightLedger", "NorthPeak", "PixelForge": two or three capitalised parts of
three letters or more) reads as a code identifier to the other rules, so none took it (round 25). It is taken, in the
same places, when wordfreq never saw it (public products and companies written so are seen: "PowerPoint",
"QuickBooks", "MailChimp", "DataFrame" all 1.2 or more), it is no tech term, code keyword, software name or package,
it does not end as class names end ("UserService", "KeyError": code_awareness.has_code_suffix), no part is a tech
term, code keyword, a first part software compounds with or a word that names a secret ("ClientSecret",
"SessionToken": rules/term_lists.yaml `secret_name_parts`), and it stands in a name's place: after a word that takes
an organisation ("at", "with", "for", "to", "client"...: "I work at CloudNimbus"), before a head noun or legal form
("PixelForge Studios", "NorthPeak Ltd") or with a possessive ("QuantaBay's pricing"). Settings and API fields are
written so too ("SessionToken", "ClientSecret", "PermitRootLogin", "TimeoutSeconds") and stand anywhere else.

On a line of five words or more that reads as neither English nor one of those languages (half its other words
known), the word is left alone: Vietnamese, Indonesian or Slovak have capitalised words the lists lack.

Cheap gate: a search for any capitalised word of four letters rules out text without one; then one regex scan (C speed,
no look-behind) for such words, the character before each tested in Python; each
distinct word is judged once (cached); words in Pascal case are scanned for only in text with an inner capital
(two small letters, a capital, two small letters); the line tests run once per line that holds a taken word. Code segments are
not read (the caller).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.function_words import is_function_word
from redactor.detect.base import Span
from redactor.detect.character_layouts import character_classes
from redactor.detect.code_awareness import has_code_suffix
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, needs_marks
from redactor.detect.name_cells import one_word_name_score
from redactor.detect.org_capitalised_words import _capitalised_common, is_project_file_name, share_reached
from redactor.detect.name_parts import (common_words, english_zipf, frequent_in_other_languages, is_common_word,
                                        is_number_abbreviation, is_ordinary_word)
from redactor.detect.place_names import is_place_name
from redactor.detect.public_packages import public_npm_packages, public_python_modules
from redactor.detect.rule_files import term_list as rule_term_list
from redactor.detect.term_lists import first_names, stop_words, surnames, term_list, world_first_names

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# Nothing glued after a name: no identifier, path, tag, key, call or label goes on from it.
_NOTHING_GLUED_AFTER = r"(?:['’]s)?(?![\w@/\\(<>*+~^|`-]|['’](?!s\b)|\.\w|[ \t]*[:=(\[{])"
_CANDIDATE = re.compile(rf"[{_UPPER}][{_LOWER}]{{3,19}}" + _NOTHING_GLUED_AFTER)
_PASCAL_PART = re.compile(rf"[{_UPPER}][{_LOWER}]{{2,}}")
_PASCAL_CANDIDATE = re.compile(rf"[{_UPPER}][{_LOWER}]{{2,12}}(?:[{_UPPER}][{_LOWER}]{{2,12}}){{1,2}}" + _NOTHING_GLUED_AFTER)
# Tested per match, not as a look-behind or \b in the regex: those cost three times the whole scan.
GLUED_BEFORE = frozenset(".@/\\#$%&<>*+~^|'’`-_")
_ANY_CAPITAL_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]{{3}}")
_ANY_INNER_CAPITAL = re.compile(rf"[{_LOWER}]{{2}}[{_UPPER}][{_LOWER}]{{2}}")


def _has_inner_capital(text: str) -> bool:
    """`_ANY_INNER_CAPITAL.search(text) is not None`. On ASCII text its classes hold only ASCII letters, so the text's
    shared character classes (character_layouts.py) answer it by one bytes.find of `aaAaa`: the regex tried every
    small letter of the text (~30 us per KB)."""
    classes = character_classes(text)
    if classes is None:
        return _ANY_INNER_CAPITAL.search(text) is not None
    return classes.find(b"aaAaa") != -1
_OTHER_LANGUAGE_ZIPF = 2.5
_BLEND_ZIPF = 2.5
_MIN_PART = 3
_DERIVATION_PARTS = frozenset("ing ings ness able ible less ment ments ful ship ships hood ward wards wise like "
                              "ish ism ist ists ity ers est ance ence tion sion ous ive ize ise ized ised".split())
# First parts that make a compound software's own word ("Webhook", "Backfill", "Subtask", "Userland", "Autoscaler").
_SOFTWARE_HEADS = frozenset("web git sub user over back auto code data file dev log app api bot net sys out up down "
                            "pre post multi under non re un".split())
CODE_MARKS = ("`", "()", ") ->", "def ", "import ", "=>", "{", "}", "</", "/>", "::", "$ ", "--")
_CELL_DELIMITERS = frozenset(",;\t|")
_PROSE_AFTER_PUNCTUATION = frozenset(("", " ", "\n"))  # "Trelliant; start=...", "Quorvia, they": prose, no cell
_WORD = re.compile(r"[^\W\d_]{3,}")
_SHORT_LINE_WORDS = 5
_KNOWN_SHARE = 0.5


def _is_blend(folded: str) -> bool:
    """Two English words of three letters or more written as one, the second no derivational ending."""
    words = common_words()
    tech = term_list("tech_terms")
    for cut in range(_MIN_PART, len(folded) - _MIN_PART + 1):
        head, tail = folded[:cut], folded[cut:]
        if tail in _DERIVATION_PARTS or head in _DERIVATION_PARTS:
            continue
        if head in tech or tail in tech or head in _SOFTWARE_HEADS:
            continue  # "Webhook", "Codegen", "Autoscaler": software's own compounds
        if head in words and (tail in words or is_common_word(tail)) and len(tail) >= _MIN_PART:
            return True
    return False


@functools.lru_cache(maxsize=16384)
def unlisted_word(word: str) -> bool:
    """Whether nothing but a name explains a capitalised word (module doc: coined or a blend)."""
    folded = word.casefold()
    if folded in stop_words() or folded in term_list("name_cue_words") or folded in term_list("org_suffixes") \
            or folded in _capitalised_common() or is_project_file_name(folded) or is_number_abbreviation(folded):
        return False  # card brands, roles, holidays, languages ("Amex"); files projects name so ("Makefile"); "Kundennr"
    if is_function_word(folded):
        return False  # "Hvordan", "Mikä", "Bagaimana" opening a question: a function word of a language (round 38)
    score = one_word_name_score(word)
    if score == DOUBTFUL_SCORE:
        return not frequent_in_other_languages(folded, _OTHER_LANGUAGE_ZIPF)
    if score != 0.0 or len(folded) < 7 or not folded.isascii():
        return False
    if english_zipf(folded) >= _BLEND_ZIPF or is_common_word(folded) or folded in term_list("tech_terms") \
            or folded in term_list("code_keywords") or folded in term_list("software_names"):
        return False
    if folded in surnames() or folded in first_names() or folded in world_first_names() or is_place_name(word):
        return False
    if frequent_in_other_languages(folded, _OTHER_LANGUAGE_ZIPF):
        return False  # "Bahnhof", "Wochenende": a compound of another language
    return _is_blend(folded)


# Words after which a word in Pascal case names an organisation ("at CloudNimbus", "our client TrellisWorks").
ORGANISATION_CUES = frozenset("at with from for to by via joined left client customer vendor supplier partner "
                               "employer".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w.]*)")


def _in_a_names_place(text: str, start: int, end: int) -> bool:
    """After a word that takes an organisation, before a head noun or legal form, or with a possessive."""
    if text[end:end + 2] in ("'s", "’s"):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).casefold() in ORGANISATION_CUES:
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).rstrip(".").casefold() in (
        term_list("org_head_nouns") | term_list("org_suffixes"))


# Verbs that open or close an operation's name in Pascal case (agents' tools, methods, API operations); a company
# is named for a thing or a place, rarely for an act.
_OPERATION_VERBS = frozenset("get set put list create delete update remove add edit read write search fetch find query "
                             "enter exit open close start stop run send load save view show apply call ask"
                             .split())


@functools.lru_cache(maxsize=4096)
def unlisted_pascal_case_word(word: str) -> bool:
    """Whether a word in Pascal case can only be a private name (module doc: "BrightLedger", not "PowerPoint")."""
    folded = word.casefold()
    if english_zipf(folded) > 0 or has_code_suffix(word) or folded in term_list("tech_terms") \
            or folded in term_list("code_keywords") or folded in term_list("software_names") \
            or folded in public_npm_packages() or folded in public_python_modules():
        return False
    parts = [part.casefold() for part in _PASCAL_PART.findall(word)]
    if parts[0] in _OPERATION_VERBS or parts[-1] in _OPERATION_VERBS:
        return False  # an operation's name: a tool, method or endpoint (`EnterWorktree`, `TaskGet`, `ToolSearch`)
    return not any(part in term_list("tech_terms") or part in term_list("code_keywords") or part in _SOFTWARE_HEADS
                   or part in rule_term_list("secret_name_parts") for part in parts)


def _line_of(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


@functools.lru_cache(maxsize=4096)
def _line_may_hold_names(line: str) -> bool:
    """No code marks, and a short line or one that reads as English or one of the nine other languages."""
    if any(mark in line for mark in CODE_MARKS) or "\t" in line or "|" in line or line.lstrip().startswith("#"):
        return False  # code, a table row (name_cells.py and column_kinds.py read those by column), a heading
    words = _WORD.findall(line)
    others = [word.casefold() for word in words if not word[0].isupper()]
    if len(words) < _SHORT_LINE_WORDS or len(others) < 2:
        return True
    words_of_a_list = stop_words()
    return share_reached(others, lambda word: word in words_of_a_list or is_ordinary_word(word)
                         or frequent_in_other_languages(word, _OTHER_LANGUAGE_ZIPF), _KNOWN_SHARE)


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def unlisted_words(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's words."""
    if not _ANY_CAPITAL_WORD.search(text):
        return  # no capitalised word of four letters: nothing to judge
    lines: dict[int, bool] = {}
    written_small: dict[str, bool] = {}  # each distinct taken word searched for once
    for match, pascal_case in _candidates(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in GLUED_BEFORE):
            continue  # inside a word ("McDonald"), a piece of an identifier, path, address, tag or quoted contraction
        word = match.group(0)
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        if pascal_case:  # its slug in small letters ("brightledger.io") is the same name, no word of the text
            if not unlisted_pascal_case_word(word) or not _in_a_names_place(text, start, end):
                continue
        else:
            if len(word) < 4 or not unlisted_word(word):
                continue
            if word not in written_small:
                written_small[word] = word.lower() in text  # "Preflight ... the preflight check": a word of the text
            if written_small[word]:
                continue
        if text[start - 1:start] in _CELL_DELIMITERS or text[end:end + 1] in _CELL_DELIMITERS \
                and text[end + 1:end + 2] not in _PROSE_AFTER_PUNCTUATION:
            continue  # a data cell glued to its delimiter ("45;Tomás;Ó Briain;"): name_cells.py's, with the column's kind
        line_start, line_end = _line_of(text, start)
        if line_start not in lines:
            lines[line_start] = _line_may_hold_names(text[line_start:line_end])
        if lines[line_start]:
            yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def _candidates(text: str) -> Iterator[tuple[re.Match, bool]]:
    """The capitalised words, then the words in Pascal case (whether it is one with each)."""
    for match in _CANDIDATE.finditer(text):
        yield match, False
    if _has_inner_capital(text):
        for match in _PASCAL_CANDIDATE.finditer(text):
            yield match, True


def load() -> None:
    """Read the lists and word frequencies now (a server's start-up), not during a request."""
    list(unlisted_words("Paid Veltrix 400 and Northwind on Monday for the audit.", "warm"))
