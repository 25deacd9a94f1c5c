"""People named as a whole value: a CSV or table cell, a quoted SQL or JSON string, a YAML or key=value value.

Exports, inserts, tables and config hold names as values of their own:
`1043,Hiroshi Tanaka,h.tanaka@...`, `(18, 'Mateo Álvarez', ...)`,
`| billing | Agnieszka Nowak |`, `team-lead: Jakub Dvořák`,
`{"user": "Lars Øvergaard"}`. NER runs on prose windows only and the small
model reads such rows badly, so a value that is two to four capitalised
words (name particles such as "van der", "de la" allowed), delimited on both
sides by quotes, a comma, a semicolon, a tab, a pipe, or a "key:"/"key=" before it and the
line's end after it, is a person when the words look like a name:

every word is a census first name or no ordinary word (common English, tech
term or compound: "Getting Started", "Web Search", "West Europe" are not
names; "Grace Hopper", "Mateo Álvarez" are), and none is a stop word, an
acronym or a code token.

The scan is one regex over the text, anchored at delimiters; it never runs NER.
"""
from __future__ import annotations

import functools
import re

from anyascii import anyascii

from redactor.detect.base import Span
from redactor.detect.code_awareness import looks_like_code_token
from redactor.detect.public_packages import public_package_words
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect import name_parts
from redactor.detect.name_parts import (CALENDAR_WORDS, NAME_LOWER, NAME_UPPER, common_words, english_zipf,
                                         is_ordinary_word, is_software_name)
from redactor.detect.place_names import is_place_by_alternate_name_only, is_place_name
from redactor.detect.term_lists import first_names, stop_words, surnames, term_list, world_first_names

_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}]?[{NAME_LOWER}'’]+)*"
_PARTICLE = r"(?:van|von|de|da|das|dos|del|della|der|den|di|du|la|le|bin|ibn|al|el|ní|nic|mac|ter|ten|y)"
_CELL_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_WORD}|[{NAME_UPPER}]\.)){{1,3}}"
# Opening delimiter, the name, closing delimiter (the same kind of quote, or a separator, or the line's end).
_CELL = re.compile(
    rf"""(?:(?P<quote>["'])|[,;|\t:=][ \t]*)(?P<name>{_CELL_NAME})"""
    rf"""(?(quote)(?P=quote)|[ \t]*(?=[,;|\t\r\n]|$))""",
    re.MULTILINE,
)
_SCORE = 0.75


def names_in_cells(text: str, detector: str) -> list[Span]:
    """PERSON spans for names standing as whole delimited values in `text` (see module doc)."""
    if not any(mark in text for mark in "\"',;|\t:="):
        return []
    spans: list[Span] = []
    for match in _CELL.finditer(text):
        name = match.group("name")
        if looks_like_a_name(name.split()):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "pii", _SCORE, detector))
    return spans


# "Surname, Given" as a whole cell of a record: a quoted value of SQL VALUES, a JSON array or a CSV
# ("Rinaldi, Chiara", 'van Rijn, Pieter'), a pipe or tab cell, or after a log arrow before an address in brackets
# ("-> Pike, Deborah <07700 900123>"). The comma that splits the cell is the name's, so the whole is one person.
_SURNAME_COMMA_GIVEN_CELL = re.compile(
    rf"""(?:(?P<quote>["'])|(?:->|[|\t])[ \t]*)"""
    rf"""(?P<name>(?P<last>(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}),[ \t]*(?P<first>{_WORD})(?:[ \t]+[{NAME_UPPER}]\.)?)"""
    rf"""(?(quote)(?P=quote)|[ \t]*(?=<|[|\t\r\n]|$))""",
    re.MULTILINE,
)


def surname_comma_given_cells(text: str, detector: str) -> list[Span]:
    """PERSON spans of whole "Surname, Given" cells (see above): the given name is a listed first name of some
    country, the surname is no ordinary word or a listed surname, and the two are not a place and its country."""
    if "," not in text:
        return []
    spans: list[Span] = []
    for match in _SURNAME_COMMA_GIVEN_CELL.finditer(text):
        family, given = match.group("last").split()[-1], match.group("first")
        folded_family, folded_given = family.casefold(), given.casefold()
        if (folded_given not in first_names() and folded_given not in world_first_names()
                or folded_family in stop_words() or folded_given in stop_words()
                or folded_family in CALENDAR_WORDS or folded_given in CALENDAR_WORDS
                or is_place_name(family) and is_place_name(given)):
            continue  # "Paris, France", "Monday, June": a place or a date
        if folded_family in surnames() or not is_ordinary_word(folded_family):
            spans.append(Span(match.start("name"), match.end("name"), "PERSON", "pii", _SCORE, detector))
    return spans


def looks_like_a_name(words: list[str]) -> bool:
    """Whether capitalised `words` read as a person's name rather than a title, heading or product."""
    cores = [word.strip(".") for word in words if word.strip(".") and word[0].isupper()]
    if len(cores) < 2:
        return False
    folded = [word.casefold() for word in cores]
    if any(word in stop_words() or looks_like_code_token(core) or core.isupper()
           for word, core in zip(folded, cores) if len(core) > 1):
        return False
    return all(word in first_names() or not is_ordinary_word(word) for word in folded if len(word) > 1)


# One word standing as a whole data cell (round 11). Tool output lists people by one name as often as by two: a
# CSV or TSV column, a pipe-table cell, a short line of a listing ("Attendees:\nMarguerite\nTakumi"), a
# parenthesised list "(Rahel, Dmitri, Oskar)", columns aligned by blanks ("MON  early  NDLOVU"), a ranking row
# "1. Svetlana - 1420 pts". Whatever the header (or none), a cell that holds one capitalised word that no word list
# explains (no English word, stop word, tech term, package, acronym, calendar word, code token or place) is a
# person far more often than anything else in such data; a listed first name or surname there is one with more
# confidence. Words in capitals alone are taken when a name list holds them, or when they read as a name (five
# letters or more, two vowels) and no list explains them.
_CELL_OPEN = r"(?:^[ \t]*(?:(?:\d{1,3}[.)]|[-*•·])[ \t]+)?|[,;|\t(][ \t]*|[ \t]{2,}|[^\S\n]*:[ \t]+)"
_CELL_WORD = (rf"(?P<word>[{NAME_UPPER}][{NAME_LOWER}'’]{{2,}}(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?"
              rf"|[{NAME_UPPER}]{{3,}}(?:['’-][{NAME_UPPER}]{{2,}})?)")
_CELL_CLOSE = r"(?=[ \t]*(?:[,;|\t)\r\n]|$)|[ \t]{2,}|[ \t]+[(\[]|[ \t]+[-–—][ \t])"
_ONE_WORD_CELL = re.compile(rf"{_CELL_OPEN}{_CELL_WORD}{_CELL_CLOSE}", re.MULTILINE)
# A delimiter that makes cells; text without any is prose or one word and costs no scan.
_CELL_MARKS = re.compile(r"[,;|\t(\n:]|[ \t]{2}")
_LISTED_CELL_SCORE = 0.7


def one_word_names_in_cells(text: str, segment_kind: str, detector: str) -> list[Span]:
    """PERSON spans for one-word names standing as whole data cells of a listing or table (see the comment above):
    a listed first name or surname at 0.7; in tool output also an unlisted word no list explains, in the doubtful
    band (the wire redacts it, an audit does not report it). Code is left to the code rules (a capitalised word
    alone there is a type or a constant), a header row to the header rules, other scripts to names_in_scripts.py."""
    if segment_kind not in ("prose", "tool_result") or _CELL_MARKS.search(text) is None:
        return []
    spans: list[Span] = []
    headers: dict[int, bool] = {}
    for match in _ONE_WORD_CELL.finditer(text):
        word = match.group("word")
        score = one_word_name_score(word)
        if not score:
            continue
        line_start = text.rfind("\n", 0, match.start("word")) + 1
        if score < _LISTED_CELL_SCORE and segment_kind != "tool_result" and not _table_row(text, line_start) \
                and not (_alone_on_line(text, line_start, match.end("word"))
                         and not frequent_in_other_languages(word.casefold())):
            continue  # in prose an unlisted word is taken in a table row or on a line of its own only; there not a
            # word of another language ("Zusammenfassung", "Anexos": a heading)
        if line_start not in headers:
            headers[line_start] = _header_line(text, line_start)
        if not headers[line_start]:
            spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", score, detector))
    return spans


# What may stand before a word that is all of its line: a list bullet or number, a dash of a signature, a quote mark.
_LINE_OPENER = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-*•·>—–]|--)[ \t]*)?")
_LINE_CLOSER = re.compile(r"[ \t]*[,.!]?[ \t]*\r?(?:\n|$)")


def _alone_on_line(text: str, line_start: int, word_end: int) -> bool:
    """Whether a word ending at `word_end` is all its line holds (a bullet, a dash or a quote mark before it, a comma
    or full stop after it): a signature, an entry of a list of people, a name typed into a form's line."""
    opener = _LINE_OPENER.match(text, line_start)
    word_start = opener.end() if opener else line_start
    return bool(_LINE_CLOSER.match(text, word_end)) and not any(char.isspace() for char in text[word_start:word_end])


# A lower-case word that is all of its line ("-- \nsiobhan", "cover my shift sat?\nzaneta"): chat and mail sign-offs,
# lists typed fast. Only a word a name list holds and no word list explains is taken (doubtful); an unlisted lower-case
# word alone is a command, an abbreviation or an answer ("lgtm", "wip", "nvm") too often.
_LOWER_CASE_LINE = re.compile(
    rf"^[ \t]*(?:(?:\d{{1,3}}[.)]|[-*•·>—–]|--)[ \t]*)?(?P<word>[{NAME_LOWER}][{NAME_LOWER}'’-]{{2,19}})[ \t]*[,.!]?[ \t]*\r?$",
    re.MULTILINE)


def lower_case_names_on_lines(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for lower-case listed names that are all of their line (see above); prose and tool
    output only. One linear regex pass over the lines."""
    if segment_kind not in ("prose", "tool_result"):
        return []
    spans: list[Span] = []
    for match in _LOWER_CASE_LINE.finditer(text):
        word = match.group("word")
        if not word.islower() or looks_like_code_token(word):
            continue
        bare = word.replace("’", "'")
        if not (bare in first_names() or bare in surnames() or bare in world_first_names()):
            continue
        if one_word_name_score(word.capitalize()) != _LISTED_CELL_SCORE:
            continue  # "mark", "will", "grace", "rust": a listed name that is also a word of a list
        spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans


def _table_row(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is a row of a table: two pipes, a tab, or three commas or semicolons."""
    line_end = text.find("\n", line_start)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    return line.count("|") >= 2 or "\t" in line or line.count(",") >= 3 or line.count(";") >= 3


# A Markdown table's rule line under its header.
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")


def _header_line(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` heads a table: a Markdown rule line under it, or a line holding no digit with
    the next as many delimiters (the header of a CSV, TSV or pipe export) that is the text's first line, or the first
    row of a table pasted after other text whose next row holds a digit (a data row: an id, a date of birth)."""
    line_end = text.find("\n", line_start)
    if line_end == -1:
        return False
    if _TABLE_RULE.match(text, line_end + 1):
        return True
    if any(char.isdigit() for char in text[line_start:line_end]):
        return False  # a line holding a number is a row of data ("17,Mbeki,Cape Town")
    next_end = text.find("\n", line_end + 1)
    line, following = text[line_start:line_end], text[line_end + 1:len(text) if next_end == -1 else next_end]
    marks = [mark for mark in ",;|\t" if line.count(mark) >= 1 and line.count(mark) == following.count(mark)]
    if not marks:
        return False
    if not text[:line_start].strip():
        return True
    # After other text (ids21b): "Bitte prüfen:\nNachname;Vorname;Geburtsdatum\nWeber;Anna;12.03.1984". The line
    # before must be no row of the same table (else this line is a row of names), the line after a row with a digit.
    # A row of people holds a first name; a header's label words are none.
    previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return (all(previous.count(mark) != line.count(mark) for mark in marks)
            and any(char.isdigit() for char in following)
            and not any(word.casefold() in world_first_names() for word in re.findall(r"[^\W\d_]+", line)))


@functools.lru_cache(maxsize=65536)
def one_word_name_score(word: str) -> float:
    """0.7 for a listed name, the doubtful score for a word that may be an unlisted name, 0 for a word of a list."""
    if not word.isascii() and any("\u0370" <= char <= "\u052f" for char in word):
        return 0.0  # Greek and Cyrillic words: names_in_scripts.py reads those scripts with their own lists
    folded = word.casefold()
    bare = folded.replace("’", "'")
    if (folded in stop_words() or folded in CALENDAR_WORDS or folded in term_list("name_stop_words")
            or is_ordinary_word(folded) or (folded.endswith("s") and is_ordinary_word(folded[:-1]))
            or folded in term_list("public_acronyms")
            or folded in public_package_words() or is_software_name(folded)
            or folded in term_list("org_suffixes") or folded in _CONTINENTS
            or (not word.isupper() and looks_like_code_token(word))):  # a word in capitals reads as a constant there
        return 0.0
    if word.isupper() and len(word) < 4:
        return 0.0  # "RAD", "HR", "OPS": three capitals are an acronym or a code, whatever the lists hold
    listed = bare in first_names() or bare in surnames() or bare in world_first_names()
    if is_place_name(word):
        # GeoNames gives a city alternate names (spellings, abbreviations, the people it is named after): "Ivan",
        # "Juan", "Lena", "Souza" are among them. A listed name that is only such an alternate is a doubtful person;
        # a city's own name, a region or a country ("Lima", "Austin", "Georgia") stays a place.
        return DOUBTFUL_SCORE if listed and is_place_by_alternate_name_only(word) else 0.0
    if listed:
        return _LISTED_CELL_SCORE
    if folded in languages() or demonym(folded):
        return 0.0  # "Arabic", "Kenyan", "Bruneian": a language or a people, no one person
    if _frequent_in_english(folded) or _derived_from_a_word(folded):
        return 0.0  # "Renaissance", "Scrum", "Adversarial": English text uses the word, or it derives from one
    if _word_and_abbreviation(folded):
        return 0.0  # "SENDERID", "WORKDIR", "VEVENT", "Login": a word and a short piece, written as one
    if word.isupper():
        letters = anyascii(folded)
        if len(word) < 5 or sum(char in "aeiouy" for char in letters) < 2 or not word.replace("-", "").isalpha():
            return 0.0  # "LAPD", "KWH", "NGINX": capitals that no list explains are acronyms more often
    return DOUBTFUL_SCORE


_CONTINENTS = frozenset("europe asia africa america americas antarctica oceania australasia eurasia emea apac latam".split())


# A word in capitals outside code (round 11): forms, tickets, boarding passes, shouted notes and logs write people's
# names in capitals ("PICKUP FOR ADEYEMI AT GATE 4", "patient CASTELLANOS, bed 7"), and text in capitals has no
# letter case left to tell a name from a word, so the word lists decide. A word of four letters or more that no list
# explains (no English word, stop word, tech term, package, acronym, calendar word or place; see
# `one_word_name_score`) and that a name list holds, or that reads as a name (five letters or more, two vowels), is
# a PERSON in the doubtful band: the wire redacts it, an audit does not report it. Two such words side by side are
# one name ("TANAKA HIRO").
_LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_CAPITALS_WORD = re.compile(
    rf"(?<![\w'’.@/\\$%&=<>#-])[{_LATIN_UPPER}]{{4,}}(?:['’-][{_LATIN_UPPER}]{{2,}})?(?![\w'’@/\\=(<>-]|\.\w|[ \t]*=)")
_FOUR_CAPITALS = re.compile(r"[A-Z]{4}")
# Files that projects name in capitals.
_FILES_IN_CAPITALS = frozenset("readme fixme todos changelog makefile dockerfile gemfile procfile jenkinsfile vagrantfile"
                               " rakefile brewfile podfile gitignore codeowners".split())
_LONGEST_UNLISTED_CAPITALS = 10


def names_in_capitals(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for words in capitals that the name lists hold or no list explains (see above);
    not in code, where a word in capitals is a constant or a keyword."""
    if segment_kind == "code" or _FOUR_CAPITALS.search(text) is None:
        return []
    spans: list[Span] = []
    for match in _CAPITALS_WORD.finditer(text):
        word = match.group(0)
        if not word.isupper() or word.casefold() in _FILES_IN_CAPITALS or not one_word_name_score(word):
            continue
        if len(word) > _LONGEST_UNLISTED_CAPITALS and one_word_name_score(word) < _LISTED_CELL_SCORE:
            continue  # "ECONNREFUSED", "UNAUTHENTICATED": a long word no list holds is a code or a compound
        if spans and spans[-1].end < match.start() and text[spans[-1].end:match.start()] == " ":
            spans[-1] = Span(spans[-1].start, match.end(), "PERSON", "pii", DOUBTFUL_SCORE, detector)
        else:
            spans.append(Span(match.start(), match.end(), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans


# Speakers in capitals (round 13): interview, deposition, radio, screenplay and chat transcripts write who speaks in
# capitals at the line's start ("OKONKWO: Around March", "JO: did you lock it?", "[21:04] WEI: on it"). In a text with
# two lines or more opened so (a transcript takes turns), the speaker word is a person when a name list holds it,
# short ones too ("JO", "ANA", "LEO"; doubtful under four letters), or when no word list explains it (doubtful); role
# and log words ("INTERVIEWER", "DISPATCH", "ERROR", "NOTE") and acronyms ("ETA") stay, and so do names that are
# words ("MARK", "SKIP").
_CAPITALS_SPEAKER = re.compile(
    rf"^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?(?P<word>[{_LATIN_UPPER}]{{2,12}})(?:[ \t]*\([^)\n]{{1,30}}\))?:[ \t]+\S",
    re.MULTILINE)
_TRANSCRIPT_TURNS = 2


def speakers_in_capitals(text: str, segment_kind: str, detector: str) -> list[Span]:
    """PERSON spans for words in capitals that speak in a transcript (see above): 0.7 for a listed name of four
    letters or more, doubtful for a shorter one or an unlisted word no list explains.
    Prose and tool output only; one linear regex pass over the lines."""
    if segment_kind not in ("prose", "tool_result") or ":" not in text:
        return []
    turns = list(_CAPITALS_SPEAKER.finditer(text))
    if len(turns) < _TRANSCRIPT_TURNS:
        return []
    spans: list[Span] = []
    for match in turns:
        word = match.group("word")
        folded = word.casefold()
        if folded in stop_words() or folded in CALENDAR_WORDS or folded in term_list("name_stop_words"):
            continue
        listed = folded in first_names() or folded in world_first_names() or folded in surnames()
        if is_ordinary_word(folded) or folded in term_list("public_acronyms"):
            continue  # "SKIP", "ETA", "MARK": a word or an acronym before a colon is a label as often as a name
        if listed:
            score = _LISTED_CELL_SCORE if len(word) >= 4 else DOUBTFUL_SCORE  # "DEV", "JO": a name or a role
        else:
            score = one_word_name_score(word) if len(word) >= 4 else 0.0
        if score:
            spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", score, detector))
    return spans


def _word_and_abbreviation(folded: str) -> bool:
    """Whether an unlisted word is an English word with one to three letters after it ("senderid", "workdir",
    "login") or one or two before it ("vevent", "ebook"): identifiers and formats are written so, names seldom."""
    words = common_words()
    return (any(folded[:-cut] in words for cut in (1, 2, 3) if len(folded) - cut >= 3)
            or any(folded[cut:] in words for cut in (1, 2) if len(folded) - cut >= 4))


@functools.lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """One-word names of the ISO 639-1 languages, folded ("arabic", "hebrew", "swahili")."""
    import pycountry

    return frozenset(language.name.casefold() for language in pycountry.languages
                     if hasattr(language, "alpha_2") and " " not in language.name)


@functools.lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    """The first four to eight letters of every country's name, folded ("keny", "kenya", "brune", "niger")."""
    import pycountry

    prefixes = set()
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            folded = anyascii(name.split(",")[0].split(" ")[0]).casefold()
            prefixes.update(folded[:cut] for cut in range(4, min(len(folded), 8) + 1))
    return frozenset(prefixes)


_DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ic", "i", "n")


def demonym(folded: str) -> bool:
    """Whether a word names a country's people or language by its name and an ending ("kenyan", "vietnamese")."""
    if not folded.endswith(_DEMONYM_ENDINGS):
        return False  # most words: every ending tested at once
    prefixes = _country_prefixes()
    return any(folded.endswith(ending) and anyascii(folded[:-len(ending)]) in prefixes for ending in _DEMONYM_ENDINGS)


# A word English text uses this often (wordfreq's Zipf scale: 3 is once per million words) is a word people write,
# not a name no list holds: unlisted names of people sit below it ("Okonkwo" 1.9, "Baptiste" 3.0).
_FREQUENT_ZIPF = 3.2


def _frequent_in_english(folded: str) -> bool:
    return english_zipf(folded) >= _FREQUENT_ZIPF


_FREQUENT_ELSEWHERE_ZIPF = 3.0


def frequent_in_other_languages(folded: str, zipf: float = _FREQUENT_ELSEWHERE_ZIPF) -> bool:
    """A heading's or an answer's word of another Latin-script language (name_parts.OTHER_LATIN_LANGUAGES)."""
    return name_parts.frequent_in_other_languages(folded, zipf)


def warm_up() -> None:
    """Load the word frequencies now rather than on the first unlisted word (~0.3 s for English)."""
    english_zipf("warm")
    frequent_in_other_languages("warm")


# Endings that derive an adjective or noun from an English word ("adversarial" from "adversary", "Kafkaesque" no).
_DERIVED_ENDINGS = ("ical", "ial", "al", "ic", "ist", "ism", "ize", "ise", "ation", "ary", "ory")
_STEM_ENDINGS = ("", "e", "y", "a", "ia", "um", "us")


def _derived_from_a_word(folded: str) -> bool:
    if not folded.endswith(_DERIVED_ENDINGS):
        return False  # most words: the endings tested at once
    words = common_words()
    return any(folded.endswith(ending) and len(folded) - len(ending) >= 4
               and any(folded[:-len(ending)] + stem_ending in words for stem_ending in _STEM_ENDINGS)
               for ending in _DERIVED_ENDINGS)


# One word that is the whole of a quoted string (round 16): a JSON or Python string value (`"actor": "Radu"`,
# `{'driver': 'Kofi'}`), a quoted CSV cell (`"17","Ilse","legal"`), a SQL literal, a name quoted in a ticket or a
# chat ("customer says her name is "Wairimu""). Whatever the key or column (the key lists of ner.py know a few dozen
# keys; exports, APIs and logs use thousands), a quoted string that holds one capitalised word a name list holds and
# no word list explains (`one_word_name_score`: no English word, tech term, package, place, calendar word, acronym)
# is a person's name more often than anything else; an unlisted such word is one as a JSON/dict value or CSV cell
# (after `:` or `,`/`;`/line start, before `,`/`}`/line end), not in running prose, where a quoted word is a
# product or a term as often. All doubtful: the wire redacts them, an audit does not report them.
_QUOTED_WORD = re.compile(
    rf"""(?<![\w'’"\\])(?P<quote>["'“‘])(?P<word>[{NAME_UPPER}][{NAME_LOWER}'’]{{2,}}(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?"""
    rf"""|[{NAME_UPPER}]{{3,}})(?P<close>["'”’])(?![\w'’"])""")
_CLOSING = {'"': '"', "'": "'", "“": "”", "‘": "’"}
# What stands before a quoted value of a record: a key's colon or equals sign, a cell separator, an opening bracket.
_VALUE_BEFORE = re.compile(r"(?:[:=,;(\[{|\t\n]|^)[ \t]*\Z")
_VALUE_AFTER = re.compile(r"[ \t]*(?:[,;)\]}|\t\r\n]|$)")
_QUOTES = ('"', "'", "“", "‘")


def one_word_names_in_quotes(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for one capitalised word that is a whole quoted string (see above); prose and tool
    output only (in code a quoted word is a constant, a label or a test fixture). Gate: a quote character in the text
    (`"`, `'`, `“`, `‘`), else nothing to scan; one linear regex pass, and a bounded look at the line around each
    quoted word."""
    if segment_kind not in ("prose", "tool_result") or not any(quote in text for quote in _QUOTES):
        return []
    spans: list[Span] = []
    for match in _QUOTED_WORD.finditer(text):
        if _CLOSING[match.group("quote")] != match.group("close"):
            continue  # "Ana' or 'Ana": no quoted string
        word = match.group("word")
        score = one_word_name_score(word)
        if not score:
            continue
        if score < _LISTED_CELL_SCORE:
            start, end = match.start("quote"), match.end()
            if not (_VALUE_BEFORE.search(text, max(0, start - 40), start)
                    and _VALUE_AFTER.match(text, end)) or frequent_in_other_languages(word.casefold()):
                continue  # an unlisted word quoted in a sentence: a product, a term, a label ("the "Quarkus" plan")
        spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans
