"""A capitalised English word in the middle of an English sentence is a name: a doubtful organisation on the wire.

English writes an ordinary word with a capital inside a sentence when it names something: "we ordered the chairs
from Oakhill", "my sister works at Evergreen", "the invoice from Lantern", "we bank with Northern Star". Small
firms, shops, clinics, schools and suppliers are very often named by one or two dictionary words without a legal
form or a head noun; the model reads a dictionary word as a word, and the person rules leave every word a list
explains. The property is the letter case inside a sentence, which any author's text has, not a context word.

A run of one to three capitalised words is taken (ORGANIZATION, doubtful: redacted on the wire, not reported by an
audit) when

- it starts inside a sentence: right after a word of small letters (a comma perhaps) and one blank (not at a line's
  or a sentence's start, not after a capitalised word or a hash), and no capitalised word follows it, nor "(", ":"
  or a number ("new Error(", "Authorization:", "Tier 2");
- a single word is rarer in English than Zipf 4.5 (wordfreq): "Summit" 4.3, "Lantern" 3.6 are taken, "Run", "Black",
  "Data" (capitalised as commands, groups and departments) are not;
- no word is a tech term, code keyword, calendar word or listed acronym, the first word is no listed first name
  ("Slack", "Monday", "Rose": other finders and lists know them), and a word that is no English word is no place
  or public software name either ("Berlin", "Django"); dictionary words ("Lantern", "Summit"), their compounds
  ("Oakhill", "Evergreen") and words no list holds ("Brightleaf") are all taken (the gazetteer and the package
  lists hold most dictionary words: "Summit", "Anchor");
- it is no word English capitalises for other reasons (`redactor/data/org_capitalised_common.txt`: departments and
  bodies of one's own organisation, roles, interface words, holidays, card brands, religious and document words;
  the nationalities and ethnic groups of quasi_identifiers.yaml; every language's English name from pycountry);
- it is no interface element: not after "click", "press", "select"... and not before "button", "tab", "menu",
  "page", "tool"...;
- its line holds no code marks (a backtick, "()", ") ->", "def ", "import ") and the run is no heading of the same
  text ("## Status Workflow" makes "see Status Workflow below" a section);
- its line is not written in title case (a heading of four words or more); on a line that does not read as English
  (half its words English words) or is too short to tell (under four words), no word of the run is frequent (Zipf
  >= 3) in Spanish, French, German, Italian, Portuguese, Dutch, Swedish, Polish or Turkish ("bei Lantern bestellt"
  yes, "die Rechnung" no);
- it is not written elsewhere in the text as an identifier ("Workflow(", "`Workflow", "Write/Edit", "Workflow:",
  "Iterable[", "import Iterable"):
  a coding agent's prompt names its tools in sentences ("then call Workflow").

Cheap gate: one regex scan (C speed) that stops only at a capital after a lower-case letter or comma and a blank;
the line tests are made once per line that holds a candidate. Code segments are not read.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Callable, Iterator

from redactor.detect.base import Span
from redactor.detect.character_layouts import class_pattern_starts
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import ANY_TEXT, matches_at_starts, needs_marks
from redactor.detect.name_parts import (CALENDAR_WORDS, english_zipf, frequent_in_other_languages,
                                        is_number_abbreviation, is_ordinary_word)
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import first_names, stop_words, term_list, world_first_names

# One to three capitalised words after a lower-case letter (or a comma) and one blank; the look-behind after the
# first capital, so the regex engine skips ahead to capitals.
_CANDIDATE = re.compile(r"[A-Z](?:(?<=[a-z,] [A-Z]))[a-z]{2,}(?:'s|’s)?(?: [A-Z][a-z]{2,}){0,2}"
                        r"(?![\w@/&(:-]|\.\w| \d)")
# Where a _CANDIDATE match can start, in character classes (character_layouts.py; its letters are ASCII, so on ASCII
# text only): a capital after a small letter or comma and one blank, then two small letters. One scan of the text's
# shared classes that skips to capitals as a literal; _CANDIDATE is tried there only (~2x faster than its own scan).
_CANDIDATE_START_IN_CLASSES = re.compile(rb"A(?<=[a,] A)(?=aa)")
# The word before the run: small letters only (a comma after it): not a hash ("9f2c1ab Fix"), not a name.
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[\s(\"'“‘])[a-z]+,? \Z")
_CAPITALISED_AFTER = re.compile(r" (?:[A-Z]|&)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ ,]*\Z")
_WORD_AFTER = re.compile(r"(?:'s|’s)?[ \t]+([a-z]+)")
_INTERFACE_VERBS = frozenset("click clicked clicking press pressed pressing tap tapped select selected choose chose "
                             "pick toggle hit type typed open opened under via the".split())
_INTERFACE_NOUNS = frozenset("button buttons tab tabs menu menus page pages tool tools field fields screen screens "
                             "option options link links dialog dialogue panel pane column columns section sections "
                             "folder folders key keys view views mode window windows icon icons toggle checkbox box "
                             "command commands function method class module table file files step steps".split())
# A single word this frequent in English (wordfreq Zipf) is capitalised for emphasis or as a command ("then Run
# the tests", "a Black engineer", "Head of Data") more often than as a name ("Summit" 4.3, "Lantern" 3.6).
_SINGLE_WORD_ZIPF = 4.5
# On a line that is not English, a word this frequent in one of name_parts.OTHER_LATIN_LANGUAGES is a word there
# (German capitalises every noun: "Rechnung").
_OTHER_LANGUAGE_ZIPF = 3.0
_ENGLISH_SHARE = 0.5
_LINE_WORD = re.compile(r"[^\W\d_]{3,}")
_TITLE_SHARE = 0.5


# What marks a line as code or documentation about code: a run on it is an identifier, not a name.
_CODE_MARKS = ("`", "()", ") ->", "def ", "import ")


@functools.lru_cache(maxsize=1)
def _capitalised_common() -> frozenset[str]:
    """The list, nationalities and ethnic or religious groups (quasi_identifiers.yaml), and the English names of
    languages (ISO 639-3 via pycountry: "Amharic", "Tagalog")."""
    import pycountry
    import yaml

    data = yaml.safe_load(_QUASI_IDENTIFIERS.read_text(encoding="utf-8"))
    groups = {word.casefold() for key in ("nationality", "ethnicity_and_religion", "language_names_extra")
              for word in data.get(key, ()) if " " not in word}
    languages = {language.name.casefold() for language in pycountry.languages if language.name.isalpha()}
    return term_list("org_capitalised_common") | frozenset(groups) | frozenset(languages)


_QUASI_IDENTIFIERS = Path(__file__).resolve().parent.parent / "data" / "quasi_identifiers.yaml"


# Files every project names with a capital: a repository's own documents and build files ("see Makefile and
# Changelog", "update the Dockerfile"), no organisation (round 16, precision16).
_PROJECT_FILES = frozenset(
    """readme changelog changes history license licence contributing authors contributors notice todo todos fixme
    codeowners maintainers security makefile dockerfile containerfile gemfile procfile jenkinsfile vagrantfile
    rakefile brewfile podfile pipfile justfile taskfile tiltfile earthfile caddyfile snakefile gruntfile gulpfile
    guardfile berksfile dangerfile fastfile appfile cartfile gitignore dockerignore editorconfig""".split())


@functools.lru_cache(maxsize=4096)
def is_project_file_name(folded: str) -> bool:
    """A repository file a project names by a capitalised word: a listed one ("Makefile", "Changelog", "Readme"), or
    a word of four letters or more and "file" ("Taskfile", "Earthfile", "Berksfile"; not "Profile")."""
    if folded in _PROJECT_FILES:
        return True
    head = folded[:-4]
    return folded.endswith("file") and len(head) >= 4 and head.isalpha() and (
        is_ordinary_word(head) or head in term_list("tech_terms") or head in term_list("software_names"))


@functools.lru_cache(maxsize=16384)
def _names_something(word: str, first: bool) -> bool:
    """Whether one capitalised word may be (part of) a name here: nothing but a name explains it. A first name
    matters only as the run's first word ("Rose", "Mark"; not "Star" of "Northern Star")."""
    folded = word.casefold()
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    if len(folded) < 3 or not folded.isalpha() or folded in stop_words():
        return False
    if is_project_file_name(folded) or is_number_abbreviation(folded):
        return False  # "see Makefile and Changelog": a repository's files; "Kundennr. 77-401-223": a field's label
    if folded in _capitalised_common() or folded in CALENDAR_WORDS or folded.rstrip("s") in CALENDAR_WORDS or folded in term_list("tech_terms") \
            or folded in term_list("code_keywords"):
        return False
    if folded in term_list("public_acronyms") or folded in term_list("org_common_acronyms"):
        return False
    if first and (folded in first_names() or folded in world_first_names()):
        return False  # people's names are the person rules'
    if is_ordinary_word(folded):
        return True  # "Lantern", "Evergreen": the gazetteer and the package lists hold most dictionary words
    return not (is_place_name(word) or folded in term_list("software_names"))


def load() -> None:
    """Read the lists and word frequencies now (a server's start-up), not during a request: the nationalities
    (YAML), pycountry's languages and wordfreq's tables of nine languages cost ~1-2 s on the first text otherwise."""
    _capitalised_common()
    is_place_name("Lantern")
    english_zipf("lantern")
    frequent_in_other_languages("lantern", _OTHER_LANGUAGE_ZIPF)
    list(capitalised_common_words("we ordered the chairs from Oakhill and paid twice for them", "warm"))


def _line_of(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _line_reads_as_english_prose(text: str, start: int, end: int) -> bool | None:
    """True for English prose, False for a short line or prose of another language, None for a heading (title case,
    four words or more)."""
    words = _LINE_WORD.findall(text, start, end)
    if len(words) < 4:
        return False  # "ok ask Lantern": too short to tell the language; the run was after a small word anyway
    if sum(1 for word in words if word[0].isupper()) >= _TITLE_SHARE * len(words):
        return None
    words_of_a_list = stop_words()
    return share_reached([word.casefold() for word in words],
                         lambda folded: folded in words_of_a_list or is_ordinary_word(folded), _ENGLISH_SHARE)


def share_reached(items: list[str], test: Callable[[str], bool], share: float) -> bool:
    """Whether at least `share` of `items` pass `test`, tested in order only until the answer is settled (enough
    passed, or too few left to pass): a line's words on text whose words are new, each test a dictionary's."""
    needed, passed, left = share * len(items), 0, len(items)
    for item in items:
        left -= 1
        if test(item):
            passed += 1
            if passed >= needed:
                return True
        elif passed + left < needed:
            return False
    return passed >= needed


@functools.lru_cache(maxsize=16384)
def _run_may_name(run: str) -> bool:
    """The word tests of the module doc for a run of capitalised words."""
    words = run.split(" ")
    if not all(_names_something(word, index == 0) for index, word in enumerate(words)):
        return False
    return len(words) > 1 or english_zipf(words[0].casefold().removesuffix("'s").removesuffix("’s")) < _SINGLE_WORD_ZIPF


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def capitalised_common_words(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's runs of capitalised words."""
    english: dict[int, bool] = {}
    checked_runs: dict[str, bool] = {}  # each distinct run searched for once: text size times distinct runs
    starts = class_pattern_starts(_CANDIDATE_START_IN_CLASSES, text)
    for match in _CANDIDATE.finditer(text) if starts is None else matches_at_starts(_CANDIDATE, text, starts):
        start, end = match.span()
        if not _run_may_name(match.group(0)):
            continue  # most candidates end here, in one cached look-up
        if _CAPITALISED_AFTER.match(text, end):
            continue  # a longer name or a title: the model's and the other rules' work
        if not _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue
        words = match.group(0).split(" ")
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1).casefold() in _INTERFACE_VERBS and len(words) == 1 \
                and before.group(1).casefold() != "the":
            continue  # "click Save", "press Enter"
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1) in _INTERFACE_NOUNS:
            continue  # "the Settings page", "the Read tool"
        line_start, line_end = _line_of(text, start)
        if any(mark in text[line_start:line_end] for mark in _CODE_MARKS):
            continue  # a line of documentation about code: "remaining() is Infinity", or code: "usage: Iterable[...]) ->"
        run = match.group(0)
        if run not in checked_runs:
            checked_runs[run] = not any(form in text for form in (
                f"{run}(", f"`{run}", f"/{run}", f"{run}/", f"{run}:", f"{run}[", f"[{run}", f"import {run}"))
        if not checked_runs[run]:
            continue  # the text writes it as an identifier too: a tool or function ("call Workflow", "Workflow(")
        if "#" in text and f"# {match.group(0)}" in text:
            continue  # a section of the same document: "(see Status Workflow below)" under "## Status Workflow"
        if line_start not in english:
            english[line_start] = _line_reads_as_english_prose(text, line_start, line_end)
        if english[line_start] is None:
            continue  # a heading
        if not english[line_start] and any(frequent_in_other_languages(word.casefold().removesuffix("'s"), _OTHER_LANGUAGE_ZIPF)
                                           for word in words):
            continue
        if words[-1].endswith(("'s", "’s")):
            end -= 2
        yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
