"""The folder a person named in words: a client's or an employer's name as a directory of a path.

Developers' tools name folders without blanks (`billing-api`, `src`, `node_modules`); a folder named with blanks
between capitalised words was named by a person, after whom the work is for: `~/code/Lakeside Residences HOA/`,
`/repos/Veldhoven Kassen BV (greenhouse)`, `C:\\Users\\dev\\Projects\\Harbour Lane Dental\\`. Coding agents' system
prompts and tool output print the working directory, and the organisation leaves with it (in any tool's path, in
any sentence around it). The property is the position (a component of a path, after a directory separator) and
the blank between capitalised words there, not a cue word:

- Latin and Cyrillic scripts: two or more capitalised words joined by single blanks (and by the connectors of
  names, "de", "van", "&"), from the separator up to the next separator, a bracket, or a word in small letters (a
  slug after the name: `Abay Mobile sim-activation`); a word capitalised before a hyphen keeps only its capitalised
  piece (`Sahakyan Telecom-porting`). Public vocabulary stays: software and operating systems' folders
  ("Application Support", "Program Files", "Google Drive", "Visual Studio Code"), listed companies, places, a run of
  words English capitalises anyway (org_deploying's public words) or writes every day (Zipf 4.3 or more: "Program
  Files", "Screen Shot"), a product's word ("Google Drive"), "My …" folders. Two
  words opening with a listed first name are a person's home folder (`/Users/Maria Lopez/`): PERSON.
- Scripts without capitals: a component of letters of another script (`/home/dev/华北智慧电网 meter-portal`) that is no
  ordinary word of its script ("文档", "資料": a folder of documents), of a name's length.
Doubtful (0.55): the wire redacts it, an audit does not report it.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, english_zipf, is_software_name
from redactor.detect.names_in_scripts import is_ordinary_word_of_its_script
from redactor.detect.org_deploying import _public_word as public_word
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.place_names import is_place_name
from redactor.detect.script_letters import FOREIGN_LETTERS
from redactor.detect.term_lists import first_names

# (No full stop inside: "Visual Studio Code.app" is a file's name and its extension.)
_CAPITAL_WORD = rf"[{NAME_UPPER}А-ЯЁЄІЇҐ][{NAME_UPPER}{NAME_LOWER}А-ЯЁЄІЇҐа-яёєіїґ0-9'’&]*"
_CONNECTOR = r"(?:&|of|de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|af|og|och|y|e|et|und|и)"
# A separator of directories, then the run: its capitalised words joined by single blanks and connectors.
_FOLDER_RUN = re.compile(
    rf"(?<=[/\\])(?P<run>{_CAPITAL_WORD}(?:[ ](?:{_CONNECTOR}[ ])?{_CAPITAL_WORD}){{1,6}})"
    rf"(?=$|[/\\\s)(\]\"'`,;:.-])")
_FOREIGN_FOLDER = re.compile(rf"(?<=[/\\])(?P<run>[{FOREIGN_LETTERS}]+(?:[ ][{FOREIGN_LETTERS}]+){{0,4}})(?=$|[/\\\s(\"'`,;:])")
# What makes the text before the separator a path: a root, a home, a drive or a directory of its own.
_PATH_BEFORE = re.compile(r"(?:~|[A-Za-z]:|\.{1,2}|[\w.@-]+)?[/\\]\Z")
_MIN_FOREIGN_LETTERS = 4
_FOREIGN_LETTER = re.compile(f"[{FOREIGN_LETTERS}]")
_MAX_RUN = 80
# wordfreq's Zipf scale: words at least this frequent in English ("program" 4.9, "files" 4.6, "folder" 4.3) name the
# folders of operating systems and applications; a firm's name holds a rarer one ("Harbour Lane Dental": dental 3.9).
_EVERYDAY_ZIPF = 4.3


def organisations_in_folder_names(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION (or PERSON) spans of folders named in words (module doc)."""
    if not _may_hold_named_folder(text):
        return
    for match in _FOLDER_RUN.finditer(text):
        if not _in_a_path(text, match.start()):
            continue
        start, end = match.span("run")
        run = match.group("run").rstrip(".")
        end = start + len(run)
        words = run.split()
        if words[0].casefold() == "my" or len(run) > _MAX_RUN:
            continue
        if len(words) == 2 and words[0].casefold() in first_names() and not is_software_name(run):
            yield Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector)
            continue
        if is_public_company(run) or is_software_name(run) or is_place_name(run):
            continue
        named = [word for word in words if not re.fullmatch(_CONNECTOR, word)]
        if any(is_public_company(word) or is_software_name(word.casefold()) for word in named):
            continue  # a product's folder: "Google Drive", "Adobe Creative Cloud", "Microsoft Teams"
        if all(public_word(word.casefold(), word) or english_zipf(word.casefold()) >= _EVERYDAY_ZIPF for word in named):
            continue  # "Program Files", "Application Support", "Screen Shot", "New Folder": everyday words
        yield Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
    for match in _FOREIGN_FOLDER.finditer(text):
        if not _in_a_path(text, match.start()):
            continue
        run = match.group("run")
        words = run.split()
        if len(run.replace(" ", "")) < _MIN_FOREIGN_LETTERS or any(is_ordinary_word_of_its_script(word) for word in words):
            continue
        yield Span(match.start("run"), match.end("run"), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def _may_hold_named_folder(text: str) -> bool:
    """A separator before a capital or a letter of another script, somewhere: most texts have none."""
    for separator in ("/", "\\"):
        position = text.find(separator)
        while position != -1:
            following = text[position + 1:position + 2]
            if following.isupper() or _FOREIGN_LETTER.match(following):
                return True
            position = text.find(separator, position + 1)
    return False


def _in_a_path(text: str, position: int) -> bool:
    """The separator before `position` continues a path: a root (`/`, `~/`, `C:\\`), or a directory before it, and no
    blank right before the separator (a fraction or "and/or" in a sentence is no path)."""
    before = text[max(0, position - 40):position]
    match = _PATH_BEFORE.search(before)
    if match is None:
        return False
    head = before[:match.start()]
    # A path opens after a blank, a quote, a bracket or a line's start, and holds at least two separators or a root.
    token_start = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"), head.rfind("("), head.rfind('"'),
                      head.rfind("'"), head.rfind("`"))
    token = before[token_start + 1:]
    return token[:1] in ("/", "~", "\\") or re.match(r"[A-Za-z]:[\\/]", token) is not None or \
        (token.count("/") + token.count("\\")) >= 2
