"""Whole name runs around a found PERSON (round 15, people15).

The model and the person rules often find part of a name written on one line: the given name of "Maria
Garcia Lopez", the surname of "J. Okafor" or "de la Cruz", the title-cased half of "NGUYEN Thi Lan" (a surname
in capitals before the given names, as French, Vietnamese and passport-style records write it), one side of
"Okafor, Chidi" in a table cell. Whatever found it, the rest of the run is the same person's name: a placeholder
over half a name leaks the other half. So every PERSON span, in any segment and any line kind, takes in the
name words that touch it on its line, one space apart:

- a capitalised word that reads as a name part: a listed first name or surname that is no ordinary word, or
  a word of no language list at all ("Oyelaran"); not a stop word, honorific, calendar word, place, software
  or organisation suffix ("Maria Garcia Lopez", not "Maria Monday", "Maria London", "Maria Inc");
- a word in capitals beside a name in capitals or in title case ("NGUYEN Thi Lan", "SMITH JOHN PAUL") when it is
  a listed name or no ordinary word (not "DOB", "ID", "NOTE");
- an initial with its full stop ("J. Okafor", "Maria J. Santos");
- lower-case particles between two name words or before a surname ("Ludwig van Beethoven", "Maria de la
  Cruz"); capitalised ones ("Van Dyke", "De Souza") as name words;
- a cell or quoted value holding exactly "Surname, Given" (one or two words each side) with one side found:
  the other side ("Okafor, Chidi" in a CSV cell, "Name: Fernandes, Beatriz").

First (round 20, particles20), a listed first name, lower-case particles and a capitalised surname ("Jan de Vries",
"Ana de la Cruz") are one PERSON in place of the findings inside them: the model often reads only the surname, and
as an organisation or a place (see `_names_with_particles`).

At most three words are taken on each side. Words another finding of the NER detector covers stop the run (an
organisation or a place found beside the name stays what it is). Cost: the per-span windows are bounded (60
characters each side) and a span list is walked once; items without a PERSON span are skipped at once (the gate).
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.name_cells import frequent_in_other_languages, one_word_name_score
from redactor.detect.name_parts import CALENDAR_WORDS, NAME_LOWER, NAME_UPPER, is_ordinary_word
from redactor.detect.person_span_edges import lower_case_given_name
from redactor.detect.place_names import is_place_by_alternate_name_only, is_place_name, is_region_or_country
from redactor.detect.term_lists import (NAME_PARTICLES, first_names, stop_words, surnames, term_list,
                                     world_first_names)

_WINDOW = 60
_MAX_WORDS_PER_SIDE = 3
# An unlisted word this frequent (Zipf) in another Latin-script language is a word there ("Gutschrift" 2.8 in
# German is under it, and lower-case particles on the left need a listed name before them for that), not a name
# part; wordfreq counts surnames too ("Lindqvist", "Achterberg" reach 2.5 in Swedish and Dutch).
_UNLISTED_ELSEWHERE = 3.0
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra srta dott ing herr frau"
                        " mme mlle m st".split())

_WORD = f"[{NAME_UPPER}{NAME_LOWER}][{NAME_UPPER}{NAME_LOWER}'’-]*"
# A word (or an initial with its stop) one space or tab after position 0 of the window.
_NEXT = re.compile(f"[ \u00a0](?P<w>[{NAME_UPPER}]\\.|{_WORD})(?![\\w@/\\\\]|\\.\\w|[-'’])")
# The same before the end of the window, the character before the word no part of an identifier.
_PREVIOUS = re.compile(f"(?<![\\w@/\\\\.#$-])(?P<w>[{NAME_UPPER}]\\.|{_WORD})[ \u00a0]$")
# "Surname, Given" alone in a cell: the comma pair between cell edges.
_CELL_START = frozenset('\n\t|;"\'[(')
_CELL_END = frozenset('\n\t|;"\')]')
_PAIR_AFTER = re.compile(f",[ \u00a0]?(?P<w>{_WORD}(?:[ \u00a0]{_WORD})?)[ \u00a0]*(?=$|[\\n\\t|;\"')\\]])")
_PAIR_BEFORE = re.compile(f"(?<![\\w@/\\\\.-])(?P<w>{_WORD}(?:[ \u00a0]{_WORD})?),[ \u00a0]?$")


def is_honorific(word: str) -> bool:
    """Whether `word` ("Mrs.", "dr", "Herr") is a title written before a name."""
    return word.rstrip(".").casefold() in _HONORIFICS


def _excluded(folded: str) -> bool:
    return (folded in stop_words() or folded in term_list("name_stop_words") or folded in CALENDAR_WORDS
            or folded in _HONORIFICS or folded in term_list("org_suffixes")
            or not folded.replace("-", "").replace("'", "").replace("’", "").isalpha())


def _listed(folded: str) -> bool:
    return folded in first_names() or folded in world_first_names() or folded in surnames()


def name_word(word: str, capitals: bool) -> bool:
    """Whether a capitalised word beside a found name reads as another part of it (see module doc): a word the
    one-word name test of name_cells.py scores (listed, or no word of English, a place, software, an acronym),
    and an unlisted one no frequent word of another Latin-script language ("Gutschrift von", "Mein")."""
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return True  # an initial
    if word.isupper():
        if not capitals:
            return False
    elif not word[0].isupper():
        return False
    folded = word.strip("'’-").casefold().replace("’", "'")
    if len(folded) < 2 or _excluded(folded) or is_region_or_country(word):
        return False
    if "-" in folded.strip("-"):  # "Marie-Claire", "Min-jun", "Okonkwo-Bello": every part a name part
        parts = [part for part in folded.split("-") if part]
        return all(not _excluded(part) and (_listed(part) or not is_ordinary_word(part)) for part in parts) \
            and not all(is_ordinary_word(part) for part in parts)
    if _listed(folded):
        if folded not in first_names() and frequent_in_other_languages(folded, 5.0):
            return False  # a surname or a world list's first name that is a frequent word elsewhere ("Mein", "Dein")
        return not is_ordinary_word(folded) and not (word.isupper() and len(folded) < 3)
    if word.isupper() and len(folded) < 4:
        return False  # "CTO", "DPO", "STO": three capitals no list holds are an acronym or a code
    return one_word_name_score(word.strip("'’-")) > 0 and not frequent_in_other_languages(folded, _UNLISTED_ELSEWHERE)


def _capitals_allowed(name: str) -> bool:
    """Words in capitals join a name written in capitals or in title case (not one of lower-case words)."""
    return any(part[:1].isupper() for part in name.split())


def _widen_right(text: str, start: int, end: int, capitals: bool, is_taken) -> int:
    taken_words = 0
    while taken_words < _MAX_WORDS_PER_SIDE:
        window = text[end:end + _WINDOW]
        match = _NEXT.match(window)
        if match is None:
            break
        word = match.group("w")
        word_end = end + match.end("w")
        if word in NAME_PARTICLES:
            # A particle only between name words: "van Beethoven", "de la Cruz".
            chain_end = word_end
            particles = 1
            follow = _NEXT.match(text[chain_end:chain_end + _WINDOW])
            while follow is not None and follow.group("w") in NAME_PARTICLES and particles < 2:
                chain_end += follow.end("w")
                particles += 1
                follow = _NEXT.match(text[chain_end:chain_end + _WINDOW])
            if follow is None or not name_word(follow.group("w"), capitals) or len(follow.group("w")) == 2 \
                    and follow.group("w")[1] == ".":
                break
            new_end = chain_end + follow.end("w")
        elif name_word(word, capitals):
            if len(word) == 2 and word[1] == ".":
                # An initial on the right only before another name word ("Maria J. Santos").
                follow = _NEXT.match(text[word_end:word_end + _WINDOW])
                if follow is None or not name_word(follow.group("w"), capitals) or follow.group("w").endswith("."):
                    break
                new_end = word_end + follow.end("w")
            else:
                new_end = word_end
        else:
            break
        if is_taken(end, new_end):
            break
        end = new_end
        taken_words += 1
    return end


def _widen_left(text: str, start: int, capitals: bool, is_taken) -> int:
    taken_words = 0
    while taken_words < _MAX_WORDS_PER_SIDE:
        window_start = max(0, start - _WINDOW)
        match = _PREVIOUS.search(text[window_start:start])
        if match is None:
            break
        word = match.group("w")
        word_start = window_start + match.start("w")
        if word in NAME_PARTICLES:
            # Particles before a found surname only after a name word: "Maria de la Cruz".
            chain_start = word_start
            particles = 1
            before = _PREVIOUS.search(text[max(0, chain_start - _WINDOW):chain_start])
            while before is not None and before.group("w") in NAME_PARTICLES and particles < 2:
                chain_start = max(0, chain_start - _WINDOW) + before.start("w")
                particles += 1
                before = _PREVIOUS.search(text[max(0, chain_start - _WINDOW):chain_start])
            if before is None or not name_word(before.group("w"), capitals) \
                    or not _listed(before.group("w").casefold()):
                break  # "Gutschrift von Annika": a word and a preposition, not "Pieter van der Merwe"
            new_start = max(0, chain_start - _WINDOW) + before.start("w")
        elif name_word(word, capitals):
            new_start = word_start
        elif taken_words == 0 and text[start:start + 1].isupper() and lower_case_given_name(text, word, start):
            if not is_taken(word_start, start):
                start = word_start
            break  # the given name opens the name: nothing before it is taken
        else:
            break
        if is_taken(new_start, start):
            break
        start = new_start
        taken_words += 1
    return start


def _inverted_pair(text: str, start: int, end: int, is_taken) -> tuple[int, int]:
    """The "Surname, Given" cell around a found side of it, or (start, end) unchanged."""
    line_start = text.rfind("\n", 0, start) + 1
    after = _PAIR_AFTER.match(text, end, min(len(text), end + _WINDOW))
    if after is not None:
        before_char = text[start - 1] if start > line_start else "\n"
        cell_start = before_char in _CELL_START or text[max(line_start, start - 2):start] == ": "
        if cell_start and all(name_word(word, True) for word in after.group("w").split()) \
                and not is_taken(end, end + len(after.group(0).rstrip(" \u00a0"))):
            return start, after.end("w")
    window_start = max(line_start, start - _WINDOW)
    before = _PAIR_BEFORE.search(text[window_start:start])
    if before is not None:
        pair_start = window_start + before.start("w")
        before_char = text[pair_start - 1] if pair_start > line_start else "\n"
        cell_start = before_char in _CELL_START or text[max(line_start, pair_start - 2):pair_start] == ": "
        cell_end = end >= len(text) or text[end] in _CELL_END
        if cell_start and cell_end and all(name_word(word, True) for word in before.group("w").split()) \
                and not is_taken(pair_start, start):
            return pair_start, end
    return start, end


def _joined_neighbours(text: str, ordered: list[Span]) -> list[Span]:
    """Two PERSON findings one space apart on a line are one name ("NGUYEN" + "Thi Lan", "SCHMIDT" + "Jürgen":
    two rules read the two halves)."""
    joined: list[Span] = []
    last_person: int | None = None  # index in `joined` of the last PERSON
    furthest = 0  # the furthest end of the findings so far: none may cross the gap
    for span in ordered:
        if span.kind == "PERSON" and last_person is not None:
            last = joined[last_person]
            if last.end < span.start and text[last.end:span.start] in (" ", "\u00a0") \
                    and last.end >= furthest:
                joined[last_person] = Span(last.start, span.end, "PERSON", last.category, max(last.score, span.score),
                                           last.detector)
                furthest = max(furthest, span.end)
                continue
        joined.append(span)
        furthest = max(furthest, span.end)
        if span.kind == "PERSON":
            last_person = len(joined) - 1
    return joined


_EDGE_WORD = re.compile(r"\S+")


def _function_word_at_edge(word: str) -> bool:
    """Whether a word at the edge of a found name is a stop word (a greeting such as "Hi", "Dear", "Thanks" among
    them) or a calendar word, and no name: what the model ran the name into. A listed first name stays ("Will",
    "June"), and so does a listed surname written capitalised ("Little", "Friday"); a particle stays ("van"), and a title before a lone word (see below)."""
    bare = word.strip(".,;:!?'’\"()")
    folded = bare.casefold()
    if not (folded in stop_words() or folded in term_list("name_stop_words") or folded in CALENDAR_WORDS):
        return False  # most edge words: a name word, settled by one look-up
    if folded in NAME_PARTICLES or folded in first_names() or folded in world_first_names():
        return False
    return bare.islower() or folded not in surnames()


def _without_function_word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """The PERSON finding [start, end) without the stop and calendar words at its edges ("Hi Naomi Clarke", "Naomi
    Clarke Monday"); unchanged when no word would be left (never a veto)."""
    words = [(match.start() + start, match.end() + start) for match in _EDGE_WORD.finditer(text[start:end])]
    first, last = 0, len(words) - 1
    while first <= last and _function_word_at_edge(text[words[first][0]:words[first][1]]):
        first += 1
    while last >= first and _function_word_at_edge(text[words[last][0]:words[last][1]]):
        last -= 1
    if first > last or (first, last) == (0, len(words) - 1):
        return start, end
    if first and last == first and text[words[first - 1][0]:words[first - 1][1]].strip(".").casefold() in _HONORIFICS:
        first -= 1  # "Mr. English": a title before one word is what makes it a person's name; it stays
    return words[first][0], words[last][1]


# A listed first name, lower-case particles (Dutch "'t" among them), a capitalised surname, one space apart; the
# surname may open with an elided particle ("d'Arcy", "dell'Orto"). Capitalised particles ("Van Dyke") are name
# words for the widening below. Read from the particle: a search led by a literal space skips from space to space
# (~15 µs/KB on text without particles), where a search led by the first name tries every capital (~100).
_PARTICLE_ALTERNATIVES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_ELIDED = "(?:d|dell|dall|degli|dello)['’]"
_PARTICLE_START = re.compile(f" (?:(?:{_PARTICLE_ALTERNATIVES}|['’]t)[ \u00a0]|{_ELIDED})")
_FIRST_BEFORE = re.compile(
    f"(?<![\\w@/\\\\.#$-])(?P<first>[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?)$")
_PARTICLES_AND_SURNAME = re.compile(
    f"(?P<particles>(?:[ \u00a0](?:{_PARTICLE_ALTERNATIVES}|['’]t)(?![\\w'’-])){{0,3}})[ \u00a0]"
    f"(?P<surname>(?P<elided>{_ELIDED})?[{NAME_UPPER}][{NAME_UPPER}{NAME_LOWER}'’-]*)"
    f"(?![\\w@/\\\\]|\\.\\w)")
_FIRST_NAME_REACH = 40  # characters before a particle where its first name is looked for


def _particle_names(text: str) -> Iterator[tuple[int, str, re.Match]]:
    """(start, first name, particles-and-surname match) of every first name, particles and surname in `text`."""
    resume = 0
    for particle in _PARTICLE_START.finditer(text):
        position = particle.start()
        if position < resume:
            continue
        first = _FIRST_BEFORE.search(text, max(0, position - _FIRST_NAME_REACH), position)
        if first is None:
            continue
        tail = _PARTICLES_AND_SURNAME.match(text, position)
        if tail is None or not tail.group("particles") and not tail.group("elided"):
            continue  # "Maria d'": an elided particle without a surname
        resume = tail.end()
        yield first.start(), first.group("first"), tail


_NAMED_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_DOUBTFUL = 0.55  # under detection.audit_min_score: the wire redacts it, audit does not report it


def _first_name(word: str) -> bool:
    """A listed first name of any country ("Jan", "Marie-Claire": every part listed), no stop word or title; a
    calendar word may be one here ("Jan", "June": a date has no particle and capitalised surname after it)."""
    parts = word.casefold().split("-")
    return all(part in world_first_names() and part not in stop_words() and part not in term_list("name_stop_words")
               and part not in _HONORIFICS and part not in term_list("org_suffixes") for part in parts)


def _particle_surname(word: str) -> bool:
    """A capitalised word after a first name and its particles that may be a surname: no stop word, calendar
    word, title or suffix, no country or region. Dutch and German surnames are often words of their language
    ("de Groot", "van Dijk"), so the language tests of name_word do not apply after a particle."""
    bare = word.split("'")[-1].split("’")[-1].strip("'’-")
    folded = bare.casefold()
    return len(folded) >= 2 and not _excluded(folded) and not is_region_or_country(bare)


def _town_by_own_name(word: str) -> bool:
    """A town by its own name ("Hof", "Santos"), not only by a GeoNames alternate name ("Souza")."""
    bare = word.split("'")[-1].split("’")[-1].strip("'’-")
    return is_place_name(bare) and not is_place_by_alternate_name_only(bare)


def _names_with_particles(text: str, spans: list[Span]) -> list[Span]:
    """A listed first name, particles and a capitalised surname as one PERSON ("Jan de Vries", "Ana de la Cruz",
    "Abdullah bin Salman"), in place of the findings inside it: the model often reads only the surname, and as an
    organisation or a place. Found in part by any rule (as a person, organisation or place), it keeps the best
    score of those findings; found by none, it is doubtful. An organisation or place with particles opens with no
    first name ("Banco de España", "Rotterdam van Oord") or is a place as a whole ("Santiago de Compostela")."""
    ordered: list[Span] | None = None  # sorted once, at the first run a rule may have read
    starts: list[int] = []
    reach: list[int] = []  # the furthest end of the findings up to each index
    replaced: set[int] = set()  # indexes into `ordered` of findings a run took the place of
    runs: list[Span] = []
    for start, first, tail in _particle_names(text):
        surname, end = tail.group("surname"), tail.end()
        if not _first_name(first) or not _particle_surname(surname) or is_place_name(text[start:end]):
            continue
        if ordered is None:
            ordered = sorted(spans, key=lambda span: (span.start, span.end))
            starts = [span.start for span in ordered]
            furthest = 0
            for span in ordered:
                furthest = max(furthest, span.end)
                reach.append(furthest)
        inside: list[int] = []
        index = bisect.bisect_left(starts, end) - 1
        while index >= 0 and reach[index] > start:  # only findings that reach past `start` are walked
            if ordered[index].end > start:
                inside.append(index)
            index -= 1
        found = [ordered[index] for index in inside]
        if any(span.start < start or span.end > end or span.kind not in _NAMED_KINDS for span in found):
            continue  # a finding reaching out of the name, or another kind in it: not ours to change
        if _town_by_own_name(surname) and not any(span.kind == "PERSON" for span in found):
            continue  # "Maria de Lisboa" is a place unless a rule read a person in it ("Bram van 't Hof")
        if found:
            score = max(span.score for span in found)
        elif is_ordinary_word(first.casefold()) or is_ordinary_word(surname.casefold()):
            continue  # nothing found it and a word of English opens or closes it ("Will de Groot" is left alone)
        else:
            score = _DOUBTFUL
        replaced.update(inside)
        runs.append(Span(start, end, "PERSON", "pii", score, found[0].detector if found else "ner"))
    if not runs:
        return spans
    assert ordered is not None
    return [span for index, span in enumerate(ordered) if index not in replaced] + runs


def whole_name_runs(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with every PERSON widened to the name run it is part of (see module doc)."""
    spans = _names_with_particles(text, list(spans))
    if not any(span.kind == "PERSON" for span in spans):
        return list(spans)  # the gate: no person found, nothing to widen
    ordered = _joined_neighbours(text, sorted(spans, key=lambda span: (span.start, span.end)))
    starts = [span.start for span in ordered]
    reach: list[int] = []
    furthest = 0
    for span in ordered:
        furthest = max(furthest, span.end)
        reach.append(furthest)
    result: list[Span] = []
    claimed: list[tuple[int, int]] = []  # widened ranges so far, so two widenings never take the same word
    for span in ordered:  # in text order: a widening can only meet the one before it
        if span.kind != "PERSON" or "\n" in text[span.start:span.end]:
            result.append(span)
            continue
        name = text[span.start:span.end]
        capitals = _capitals_allowed(name)

        def is_taken(low: int, high: int, own=span) -> bool:
            index = bisect.bisect_left(starts, high) - 1
            while index >= 0 and reach[index] > low:  # only findings that reach past `low` are walked
                other = ordered[index]
                if other is not own and other.end > low:
                    return True
                index -= 1
            return bool(claimed) and claimed[-1][0] < high and low < claimed[-1][1]

        start, end = _without_function_word_edges(text, span.start, span.end)
        end = _widen_right(text, start, end, capitals, is_taken)
        start = _widen_left(text, start, capitals, is_taken)
        if (start, end) == (span.start, span.end) and "," in text[end:end + 2] + text[max(0, start - 2):start]:
            start, end = _inverted_pair(text, start, end, is_taken)
        if (start, end) != (span.start, span.end):
            claimed.append((start, end))
            span = Span(start, end, span.kind, span.category, span.score, span.detector)
        result.append(span)
    return result
