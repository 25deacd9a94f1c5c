"""A handle written as one field of a person's record is that person's login.

Moderation reports, player lists, marketplace tickets, support exports and rosters write an account
and its owner's real name as neighbouring fields of one record, in any language and any order:
`Rab_McTurbo (Robbie McAllister, iRacing ID 771209)`, `Darnell Wheatley (DWheat33)`,
`PixelNonna / Ilse Vandenbroucke / ilse@…`, `3. nyxie - Nora Lindholm - 2006-07-30`,
`acct gigfan_4418 Jason Tuck jtuck4418@…`, `zx_spectre: Phil Ormerod`. No cue word names the slot
(each platform and language has its own: "Speler", "gamertag", "acct", "검은달빛 (UID …)"); what
makes the word personal is its position: the field beside a found PERSON, one separator between
them (a space, `(`, `/`, `-`, `|`, `:`, `·`), or the first field of a parenthesis holding the name.

The neighbour must have a handle's shape, which a word of the sentence or the name's own next part
lacks: an underscore, letters with digits, a capital inside the word (`PixelNonna`, `xSanne`), a
dotted `first.last`, or a lower-case word of no language (`nyxie`, doubtful); in another script an
underscore, a digit or a Latin part (`GM_하늘`, `Faker아님`), or, in brackets right beside the name,
a word its script's lists do not hold. Not: ordinary words, snake_case made of English words
(`user_id`), tech terms, acronyms and ticket ids (`OPS-4410`), hex, versions, file names, role
accounts. The engine then spreads the found login to its other mentions.
"""
from __future__ import annotations

import bisect
import unicodedata
import itertools
import re
from typing import Sequence

from anyascii import anyascii

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.logins_in_person_slots import _CODE_WORDS, _FILE_EXTENSION
from redactor.detect.name_parts import frequent_in_other_languages, is_handle_compound, is_ordinary_word
from redactor.detect.word_frequencies import listed_in_its_script

_SCORE = 0.7
_DETECTOR = "logins"
# One field: no space, no bracket, no list or field separator (an `@` may open a handle).
_FIELD = r"@?[^\s()\[\]{}<>/|,;:\"'`「」（）、，·•]{2,40}"
# A field then the person: `T P`, `T (P`, `T / P`, `T - P`, `T: P`, `T | P`, or `T (id, P` (the first field of a
# parenthesis that holds the name).
_BEFORE = re.compile(r"(?P<field>" + _FIELD + r")(?:[ \t]*(?:[(（/|·•–—-][ \t]*|:[ \t]+)|[ \t]+"
                     r"|[ \t]*[(（][^()（）\n]{1,40}?[,，、][ \t]*)\Z")
# The person then a field: `P (T)`, `P / T`, `P - T`, `P | T`, `P: T` (the field ends the bracket or the field).
_AFTER = re.compile(r"(?:[ \t]*[(（][ \t]*(?P<bracketed>" + _FIELD + r")[ \t]*(?P<close>[)）])?(?(close)|[,，])"
                    r"|[ \t]*(?:[/|·•–—-]|:)[ \t]*(?P<field>" + _FIELD + r")(?=[ \t]*(?:[/|·•–—,;:(\n]|$)))")
# Before a field that opens its cell: the line's start, a list marker, or a separator.
_CELL_OPENS = re.compile(r"(?:(?m:^)|[|,;:(（/·•–—-]|\d{1,3}[.)]|[*•-])[ \t]*\Z")
_REACH = 60  # characters looked at on each side of a name
_ASCII_HANDLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_]")
_CAMEL = re.compile(r"[a-z][A-Z]")
_HEX = re.compile(r"[0-9a-fA-F]{7,}|[0-9a-fA-F-]{20,}")
_VERSION = re.compile(r"[vV]?\d[\d.]*(?:[a-z]|alpha|beta|rc|pre|dev)?\d*")
_PIECES = re.compile(r"[A-Za-z]+")


def logins_beside_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for handle-shaped fields written beside a found PERSON in one record."""
    people = [span for span in spans if span.kind == "PERSON"]
    if not people:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in taken]
    reach = list(itertools.accumulate((end for _, end in taken), max))

    def free(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)
        return not (before and reach[before - 1] > start)

    added: dict[tuple[int, int], Span] = {}
    for person in people:
        line_start = text.rfind("\n", 0, person.start) + 1
        line_end = text.find("\n", person.end)
        line_end = len(text) if line_end == -1 else line_end
        window_start = max(line_start, person.start - _REACH)
        before = _BEFORE.search(text, window_start, person.start)
        if before is not None and _opens_field(text, before.start("field")) and not (
                text[before.start("field") - 1:before.start("field")] == "/" and before.group(0)[-1:].isspace()):
            # (a path's last piece before a name, `batch/v1beta1 CronJob`, is no field of a record)
            gap = text[before.end("field"):person.start]
            _take(text, before.start("field"), before.end("field"), "(" in gap or "（" in gap, free, added,
                  spaced=gap.isspace(), whole=_opens_cell(text, line_start, before.start("field")))
        after = _AFTER.match(text, person.end, min(line_end, person.end + _REACH))
        if after is not None:
            group = "bracketed" if after.group("bracketed") else "field"
            # `P (T, …)`: the first of a bracketed list is a plain word's only with a handle's sure shape ("IPC
            # (potoki, gniazda)" lists words).
            whole = group == "field" or after.group("close") is not None
            _take(text, after.start(group), after.end(group), group == "bracketed", free, added, whole=whole)
    return list(added.values())


def _opens_cell(text: str, line_start: int, start: int) -> bool:
    """`_CELL_OPENS.search(text, line_start, start)`: whether the field at `start` opens its line, a list item or a
    cell. The match ends at `start`, so its opener ends where the spaces before `start` begin, and is at most four
    characters long (`123.`); searching the whole line before it tried every position of a paragraph once per name
    (a 4 KB line without breaks: most of this finder's time). `^` matches at `pos` only after a line break."""
    opener_end = len(text[line_start:start].rstrip(" \t")) + line_start
    return opener_end == line_start or bool(_CELL_OPENS.search(text, max(line_start, opener_end - 4), start))


def _opens_field(text: str, start: int) -> bool:
    # A whole field: at the line's start or after a space or a separator, never a word cut by the window.
    return start == 0 or text[start - 1].isspace() or text[start - 1] in "([{<>/|,;:\"'`「（、，·•"


def _take(text: str, start: int, end: int, bracketed: bool, free, added: dict, spaced: bool = False,
          whole: bool = True) -> None:
    # `spaced`: only a space before the name. Then the field needs a handle's sure shape (`gigfan_4418 Jason Tuck`):
    # a plain word before a name is the sentence's ("ping Ola", "zespołu Nordwind", "für Anna"). `whole`: the field
    # is a whole cell (it opens the line, a list item or a cell); a plain word is a handle only then ("3. nyxie - Nora
    # Lindholm"), not as a sentence's last word before a separator ("đăng nhập | Tên").
    mentioned = text[start] == "@"
    start += mentioned
    field = text[start:end].rstrip(".")
    end = start + len(field)
    if end - start < 2 or not free(start, end):
        return
    score = handle_score(field, bracketed or mentioned, mentioned)
    if score and not ((spaced or not whole) and score < _SCORE):
        added[(start, end)] = Span(start, end, "USERNAME", "pii", score, _DETECTOR)


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def handle_score(field: str, bracketed: bool = False, mentioned: bool = False) -> float:
    """The score of a field beside a name read as a handle (0: not one). See the module's docstring.

    `mentioned`: written with an `@`, the field is an account whatever words it is made of (`@dune.rider`).
    """
    from redactor.detect.usernames import is_personal_login

    if not is_personal_login(field) or "@" in field or "://" in field:
        return 0.0
    if all(char.isascii() or not char.isalpha() or _is_latin(char) for char in field):
        latin = field
        field = anyascii(field)
        if not _ASCII_HANDLE.fullmatch(field) or _HEX.fullmatch(field) or _VERSION.fullmatch(field):
            return 0.0
        letters = [char for char in field if char.isalpha()]
        if not letters or all(char.isupper() for char in letters):
            return 0.0  # an acronym or an id: `OPS-4410`, `GF-771204`, `NASA`
        if sum(char.isdigit() for char in field) > len(letters):
            return 0.0  # mostly a number: `cr-20991834`
        if _FILE_EXTENSION.search(field.lower()):
            return 0.0  # a file name (`report.pdf`), not `first.l`
        pieces = [piece.lower() for piece in _PIECES.findall(field)]
        if re.search(r"[_.]", field) or any(char.isdigit() for char in field):
            if mentioned:
                return _SCORE
            if field.lower().endswith(_CODE_WORDS) or "_" in field and field.islower() and all(
                    len(piece) < 3 or is_ordinary_word(piece) and not is_handle_compound(piece) for piece in pieces):
                return 0.0  # code: `user_id`, `max_retries2`
            return _SCORE
        if _CAMEL.search(field):
            return 0.0 if is_ordinary_word(field) else _SCORE
        if field.islower() and len(field) >= 4:
            if is_ordinary_word(field) and not is_handle_compound(field):
                return 0.0
            if frequent_in_other_languages(latin.casefold(), 3.5) or not latin.isascii() and is_ordinary_word(latin):
                return 0.0
            return DOUBTFUL_SCORE
        return 0.0  # a capitalised word: the name's next part or a word of the sentence
    has_letter = any(char.isalpha() for char in field)
    if not has_letter:
        return 0.0
    if "_" in field or any(char.isdigit() for char in field) or re.search(r"[A-Za-z]", field):
        return _SCORE  # `GM_하늘`, `เสือดำ_TH`, `Faker아님`: a handle's mark in a script of words
    if bracketed and not listed_in_its_script(field, 3.0) and not frequent_in_other_languages(field.casefold(), 4.0):
        return DOUBTFUL_SCORE
    return 0.0
