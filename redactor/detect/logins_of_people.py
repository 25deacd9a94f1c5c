"""A login beside a person's name that spells it is that person's login.

Exports, user tables, audit lines and chat logs put a person's account next to their name:
`5502,Sione Taufa,staufa,...`, `Ngozi Eze (ngozi.e)`, `assigned: Mette Kjærgaard / mkjaer`. A
login has no fixed shape (`staufa` has no digit, no dot, nothing a login pattern could key on), but
it is made of the name: first and last name, an initial and a surname, either order, with dots,
underscores, dashes or digits. So once a PERSON is found, a lower-case word on the same line that is
built from the person's name parts (compared after transliteration: `Kjærgaard` -> `kjaergaard`) is
a USERNAME. The rule only adds spans where no finding is; it never reads a name out of a login (that
is people_by_address.py).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Sequence


from redactor.detect.ascii_spellings import ascii_spelling
from redactor.detect.base import Span
from redactor.detect.name_parts import is_ordinary_word

_SCORE = 0.7
_DETECTOR = "logins"
# A login-shaped word: lower-case letters and digits joined by . _ -, not part of an e-mail, path or URL.
_LOGIN = re.compile(r"(?<![\w@./\\:-])[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*[._]?(?![\w@/\\]|\.\w|:\w)")
_MIN_LETTERS = 3
_NOT_LETTER = re.compile(r"[^a-z]")
_MAX_LOGIN = 40


def logins_of_people(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for login-shaped words that spell a PERSON found in the text.

    On the person's own line any spelling counts (a part alone too: `staufa`, `sione`); elsewhere in the text
    only a spelling of two parts joined (`kkowalski`, `kari.halvorsen`, `halvorsenk`): a person named in a
    ticket's header is the owner of `~/shared/khalvorsen/` twenty lines below. Each line holding a person is
    searched once against the spellings of every person on it, and the text once against the joined spellings
    of all of them (a set lookup per word), so many names cost one pass, not one per name.
    """
    people = [span for span in spans if span.kind == "PERSON"]
    added = _local_parts_elsewhere(text, spans)
    if not people:
        return added
    spellings_by_line: dict[tuple[int, int], set[str]] = {}
    joined: set[str] = set()
    for person in people:
        name = text[person.start:person.end]
        spellings = _spellings(name)
        if spellings:
            line_start = text.rfind("\n", 0, person.start) + 1
            line_end = text.find("\n", person.end)
            spellings_by_line.setdefault((line_start, len(text) if line_end == -1 else line_end), set()).update(
                spellings)
            joined |= _joined_only(name)
    if not spellings_by_line:
        return added
    taken = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in taken]
    # The longest end among the spans up to each position (spans may nest): overlap is one bisection.
    reach = list(itertools.accumulate((end for _, end in taken), max))
    found: set[tuple[int, int]] = set()
    searches = [(line_start, line_end, spellings) for (line_start, line_end), spellings in spellings_by_line.items()]
    for line_start, line_end, spellings in searches:
        if not _spells_any(_LOGIN.findall(text, line_start, line_end), spellings):
            continue  # (no word of the line spells a name: the positional walk below would find nothing)
        for match in _LOGIN.finditer(text, line_start, line_end):
            start, end = match.span()
            word = match.group(0)
            # In prose nearly every word is login-shaped and most are letters alone: no substitution for those.
            if end - start > _MAX_LOGIN or (word if word.isalpha() else _NOT_LETTER.sub("", word)) not in spellings:
                continue
            if (start, end) in found or word.isalpha() and is_ordinary_word(word):
                continue  # "grace period", "frank feedback" beside Grace/Frank: a word of the language, no login
            before = bisect.bisect_left(starts, end)
            if before and reach[before - 1] > start:
                continue  # inside or across a finding
            found.add((start, end))
            added.append(Span(start, end, "USERNAME", "pii", _SCORE, _DETECTOR))
    if joined:
        for start, end in _joined_pieces(text, joined):
            before = bisect.bisect_left(starts, end)
            if (start, end) not in found and not (before and reach[before - 1] > start):
                found.add((start, end))
                added.append(Span(start, end, "USERNAME", "pii", _SCORE, _DETECTOR))
    return added


# A word of letters and digits joined by . _ - in any case: a login, or an identifier whose pieces may be one
# (`~/shared/khalvorsen/`, `debug-hkowalski`, `NKHUMALO-LT01`, `id_ed25519_tshepo.m`).
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*")
_PIECE = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _spells_any(words: list[str], spellings: set[str] | frozenset[str]) -> bool:
    """Whether one of `words` (a line's login-shaped words) is short enough and its letters one of `spellings`: what
    the walk over the line's matches asks of each, asked once per distinct word (prose repeats its words, and a
    line without a match, nearly every line, needs no match objects)."""
    return any(len(word) <= _MAX_LOGIN and (word if word.isalpha() else _NOT_LETTER.sub("", word)) in spellings
               for word in set(words))


def _joined_pieces(text: str, joined: set[str]) -> list[tuple[int, int]]:
    """Where a joined spelling of a found name is written anywhere in the text: a whole word (`kari.halvorsen`,
    letters compared) or one piece of an identifier (`hkowalski` of `debug-hkowalski`), any case."""
    found: list[tuple[int, int]] = []
    if not any(_may_hold_joined(word, joined) for word in set(_IDENTIFIER.findall(text))):
        return found  # (each distinct word asked once: no word can be a match below)
    for match in _IDENTIFIER.finditer(text):
        word = match.group(0)
        if len(word) > _MAX_LOGIN or text[match.end():match.end() + 1] == "@" or text[match.start() - 1:match.start()] == "@":
            continue  # an address's local part or domain: the address is a finding of its own
        if _NOT_LETTER.sub("", word.lower()) in joined and not _made_of_words(word):
            found.append(match.span())
            continue
        if word.isalnum():
            continue
        for piece in _PIECE.finditer(word):
            letters = _NOT_LETTER.sub("", piece.group(0).lower())
            if letters in joined and not (piece.group(0).isalpha() and is_ordinary_word(piece.group(0))):
                found.append((match.start() + piece.start(), match.start() + piece.end()))
    return found


def _may_hold_joined(word: str, joined: set[str]) -> bool:
    """Whether `_joined_pieces` could find `word` or one of its pieces (its tests less the ones that only reject)."""
    if len(word) > _MAX_LOGIN:
        return False
    if _NOT_LETTER.sub("", word.lower()) in joined:
        return True
    return not word.isalnum() and any(_NOT_LETTER.sub("", piece.lower()) in joined for piece in _PIECE.findall(word))


def _made_of_words(word: str) -> bool:
    """Whether every piece of `word` is a word of the language: `mark_hunter = False` or `will_power` is a code
    identifier made of words that happen to spell a name found above, not that person's login."""
    pieces = _PIECE.findall(word)
    return all(piece.isalpha() and is_ordinary_word(piece) for piece in pieces)


@functools.lru_cache(maxsize=4096)
def _joined_only(name: str) -> frozenset[str]:
    """The spellings of two name parts joined, whole (not cut short), five letters or more: what a login built from
    the name reads as far from it."""
    found: set[str] = set()
    for folding in (_plain_letters, _expanded_letters):
        parts = [folding(part) for part in name.split()]
        parts = [part for part in parts if part and part not in _TITLES]
        if len(parts) < 2:
            return frozenset()
        first, last = parts[0], parts[-1]
        found |= {first + last, last + first, first[0] + last, last + first[0], "".join(parts), first[0] + "".join(parts[1:])}
    return frozenset(spelling for spelling in found if len(spelling) >= 5)


# Mailboxes of a function, not a person: their local part elsewhere is an ordinary word or a team.
FUNCTION_MAILBOXES = frozenset("""info support sales contact hello team office billing help admin hr jobs careers
    press marketing noreply no-reply donotreply do-not-reply mail postmaster webmaster abuse security privacy legal
    accounts finance invoices orders service services feedback enquiries inquiries news newsletter notifications
    alerts ops devops it dev test user users mailer""".split())


def _local_parts_elsewhere(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for the local part of a found e-mail written elsewhere in the text on its own.

    `jsmith,jsmith@acme.com,...`, "ask dkowal (dkowal@corp.example)": a person's address gives away their
    login, and the login beside it is as personal as the address. One pass over the text's login-shaped words
    (a set lookup each), only when an e-mail was found; function mailboxes (info@, support@) and local parts
    that are ordinary words (mark@) are left.
    """
    from redactor.detect.name_parts import is_ordinary_word
    from redactor.detect.usernames import is_personal_login

    locals_found: set[str] = set()
    for span in spans:
        if span.kind == "EMAIL":
            local = text[span.start:span.end].split("@", 1)[0].lower()
            if (len(local) >= _MIN_LETTERS and local not in FUNCTION_MAILBOXES and is_personal_login(local)
                    and any(char.isalpha() for char in local)
                    and (not is_ordinary_word(local) or _named_by_its_local_part(text, span.start, local))):
                locals_found.add(local)
    if not locals_found:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in taken]
    reach = list(itertools.accumulate((end for _, end in taken), max))
    added: list[Span] = []
    # Look only where a found local part is written (str.find per local part), not at every lower-case word of the
    # text: in prose nearly every word is login-shaped. `_LOGIN.match` at an occurrence is the word a scan of the
    # whole text would meet there: its look-behind rejects a start inside a longer login-shaped word.
    for start in sorted(_occurrences(text, locals_found)):
        match = _LOGIN.match(text, start)
        if match is None or match.end() - start > _MAX_LOGIN or match.group(0).rstrip("._") not in locals_found:
            continue
        end = start + len(match.group(0).rstrip("._"))
        before = bisect.bisect_left(starts, end)
        if before and reach[before - 1] > start:
            continue  # inside or across a finding (the address itself)
        added.append(Span(start, end, "USERNAME", "pii", _SCORE, _DETECTOR))
    return added


def _named_by_its_local_part(text: str, address_start: int, local: str) -> bool:
    """Whether the address's display name is its local part (`hackerbeaver <hackerbeaver@fastpost.org>`): a name
    written as an account is the account, even when it reads as words (a compound "hacker"+"beaver")."""
    named = _DISPLAY_NAME.search(text, max(0, address_start - len(local) - 4), address_start)
    return named is not None and named.group(1).lower() == local


_DISPLAY_NAME = re.compile(r"(?<![\w.-])([\w.-]+)[ \t]*[<(][ \t]*\Z")


def _occurrences(text: str, words: set[str]) -> set[int]:
    """Every position where one of `words` starts in `text`."""
    found: set[int] = set()
    for word in words:
        position = text.find(word)
        while position != -1:
            found.add(position)
            position = text.find(word, position + 1)
    return found


@functools.lru_cache(maxsize=4096)  # (a name is found again and again: in every turn of its conversation)
def _spellings(name: str) -> frozenset[str]:
    """The letters a login built from this person's name may have, transliterated and lower-cased.

    Whole spellings (first+last, initial+last, last+first ...), each name part alone, and the
    first+last and initial+last spellings cut short (`mkjaer` of `mkjaergaard`: five letters or more,
    at least two letters cut). A surname of several words is also written as one (`omacgiolla` of
    Oisín Mac Giolla), and a letter with a diaeresis or a slash both ways (`Løkken`: `lokken`, `loekken`).
    """
    spellings: set[str] = set()
    for folding in (_plain_letters, _expanded_letters):
        parts = [folding(part) for part in name.split()]
        parts = [part for part in parts if part and part not in _TITLES]
        if len(parts) < 2:
            return frozenset()
        spellings |= _joined_spellings(parts, whole=True)
    return frozenset(spellings)


def _joined_spellings(parts: list[str], whole: bool) -> set[str]:
    """Spellings of two or more parts joined (`whole` adds each part alone)."""
    first, last = parts[0], parts[-1]
    rest = "".join(parts[1:])
    joined = {first + last, last + first, first[0] + last, last + first[0], first + last[0],
              "".join(parts), "".join(part[0] for part in parts[:-1]) + last, first[0] + rest}
    cut = {spelling[:length] for spelling in (first + last, first[0] + last)
           for length in range(5, len(spelling) - 1)}
    found = joined | cut | ({first, last} if whole else set())
    return {spelling for spelling in found if len(spelling) >= _MIN_LETTERS}


def _plain_letters(part: str) -> str:
    return ascii_spelling(part)


def _expanded_letters(part: str) -> str:  # `ö` -> `oe`, as German, Nordic and Dutch logins write it
    return ascii_spelling(part, expanded=True)


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "jr", "sr"})




_LOGIN_PIECES = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8192)
def names_in_login(login: str) -> tuple[str, ...]:
    """The person's name a found login or mailbox spells, as it is written elsewhere in the same request:
    `kowalski_a`, `anna.kowalski@…`, `dvorak.p` -> "Kowalski", "KOWALSKI" (and "Anna", "ANNA").

    A piece counts when it has four letters or more and is a first name or surname of the lists (census, world),
    or has five or more and is a word wordfreq hardly knows in English (a name of no list: "okonkwo"), and
    is no ordinary word, public software name or frequent English word (`admin`, `deploy`, `jenkins`, `grant`
    name no one). The engine propagates these doubtful (engine.py): the login was found, so the same letters
    written as a name on another line name its owner (people_by_address.py reads the name beside the address;
    this reaches the rest of the request). A whole piece only: "akowalski" names no one this way.
    """
    from redactor.detect.name_parts import english_zipf, is_software_name
    from redactor.detect.term_lists import first_names, surnames, world_first_names

    local = login.split("@", 1)[0].strip().strip("<\"'").lower()
    names: list[str] = []
    for piece in _LOGIN_PIECES.findall(local):
        listed = piece in surnames() or piece in first_names() or piece in world_first_names()
        if len(piece) < 4 or not (listed or len(piece) >= 5 and english_zipf(piece) < 1.0):
            continue
        if is_ordinary_word(piece) or is_software_name(piece) or english_zipf(piece) >= 3.0:
            continue
        names.extend((piece.capitalize(), piece.upper()))
    return tuple(dict.fromkeys(names))


@functools.lru_cache(maxsize=8192)
def common_word_names_in_login(login: str) -> tuple[str, ...]:
    """The listed names a found login or mailbox spells that are ordinary words too, capitalised:
    `rose.baker@…` -> "Rose", "Baker" (names_in_login leaves them out: "baker" names no one by itself).

    The engine spreads these only where they read as a proper noun, a capitalised word inside a sentence
    ("ask Baker to sign"): the login was found, so there the word names its owner.
    """
    from redactor.detect.name_parts import CALENDAR_WORDS, is_software_name
    from redactor.detect.term_lists import first_names, stop_words, surnames, world_first_names

    local = login.split("@", 1)[0].strip().strip("<\"'").lower()
    spelled = names_in_login(login)
    names: list[str] = []
    for piece in _LOGIN_PIECES.findall(local):
        if len(piece) < 4 or piece.capitalize() in spelled:
            continue
        if not (piece in surnames() or piece in first_names() or piece in world_first_names()):
            continue
        if piece in CALENDAR_WORDS or piece in stop_words() or is_software_name(piece):
            continue
        names.append(piece.capitalize())
    return tuple(dict.fromkeys(names))
