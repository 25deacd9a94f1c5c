"""Finding rare cue words fast: case-insensitive substring search instead of a regex pass.

A case-insensitive regex alternation tries every position of the text; on
100 KB that costs milliseconds per pattern. Looking for each cue word with
`str.find` on the lower-cased text is a C-speed scan, so detectors find
their cue words this way first and run their full patterns only in small
windows around the hits. A longer list of cue words is found in one
Aho-Corasick pass (one scan for the whole list, not one per word).

Every detector asks for its own cue lists, dozens of them per text. Asked of
the same text (or of its `lowered_same_length`), they are all answered from
one Aho-Corasick pass over the union of every list asked so far (per thread:
the last text and its lower-cased form are remembered), so a text costs one
cue scan, not one per pattern family. A list asked for the first time is
answered alone and joins the union from the next text on. The answers are the
same as one scan per list: every occurrence, overlapping ones too. A detector
that needs each word's own offsets (secrets.py's few hundred literals) asks
`word_positions`, answered from the same scan.

The same idea for patterns without a cue word: Python's `re` skips ahead only
to a leading literal or character class; a leading look-around, `^` or `\\d`
makes it try every position of the text. So a pattern is tried only where its
matches can start (`matches_at_starts`: after a rare anchor such as `:` or `-`,
found with `run_start`), on the lines or stretches that can hold it
(`matches_on_lines_with`, `matches_in_runs`), at line starts
(`matches_at_line_starts`), or as `[0-9]` on ASCII text (`DigitFirstPattern`).
Each gives the same matches as `finditer` over the whole text.
"""
from __future__ import annotations

import itertools
import re
import re._constants
import re._compiler
import re._parser
import sys
import threading
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import ahocorasick
import ahocorasick_rs

# Up to this many keywords, one str.find scan per keyword is cheaper than one automaton pass.
_FIND_AT_MOST = 8


def lowered_same_length(text: str) -> str:
    """`text` lower-cased, with every offset unchanged (characters whose lower case is longer stay as they are)."""
    remembered = _per_thread.lowered
    if remembered is not None and (remembered[0] is text or remembered[0] == text):
        return remembered[1]  # the same object each time, so the shared cue scan knows it (keyword_positions)
    lowered = _lowered(text)
    _per_thread.lowered = (text, lowered)
    return lowered


class _CueFamilies:
    """An append-only set of keyword lists, asked of one kind of haystack (lower-cased, or as written)."""

    def __init__(self, families: tuple[tuple[str, ...], ...], is_lowered: bool) -> None:
        self.families = families
        self.is_lowered = is_lowered
        self.ids = {family: number for number, family in enumerate(families)}
        # id of a tuple callers ask with -> its list's number. `_asked` holds each such tuple, so an id found here
        # is that tuple's own (two live objects never share an id): a lookup needs no identity check.
        self.number_by_id: dict[int, int] = {}
        self._asked: list[tuple[str, ...]] = []
        self._word_sets: dict[int, frozenset[str]] = {}  # family number -> its words, for word_positions

    def members(self) -> dict[str, list[int]]:
        """word -> the lists it belongs to: once per occurrence in a short list (one str.find scan per occurrence
        finds it twice) and once in a long one (one automaton entry per word)."""
        members: dict[str, list[int]] = {}
        for number, family in enumerate(self.families):
            words = family if len(family) <= _FIND_AT_MOST else dict.fromkeys(family)
            for word in words:
                members.setdefault(word, []).append(number)
        return members

    def number_of(self, keywords: tuple[str, ...]) -> int | None:
        """The list's number, or None if it is not in the union yet."""
        # Callers pass the same constant tuple each time: found by identity without hashing its words.
        number = self.number_by_id.get(id(keywords))
        if number is not None:
            return number
        number = self.ids.get(keywords)
        if number is not None and len(self._asked) < 1024:
            self._asked.append(keywords)  # held first, so its id stays its own while the map names it
            self.number_by_id[id(keywords)] = number
        return number

    def scan(self, haystack: str) -> tuple[dict[int, list[int]], dict[str, list[int]] | None]:
        """Sorted start offsets of each family's words in `haystack`, by family number (families with none left out),
        and of each word found (None where the scan could not run: word_positions then finds each word itself).

        Both kinds are read from one automaton pass over the lower-cased text (_lowered_pass): a word as written
        is found where its lower-cased form is and the text holds it as written."""
        found: dict[int, list[int]] = {}
        if not self.families:
            return found, {}
        if self.is_lowered:
            lowered, text = haystack, None
        else:
            remembered = _per_thread.lowered
            # (not lowered_same_length: that would make this text the one whose lowered form the detectors share)
            lowered = remembered[1] if remembered is not None and remembered[0] is haystack else _lowered(haystack)
            text = haystack
        union = _CueUnion.of(self) if self.is_lowered else _CueUnion.of(_families[True], self)
        grouped = _lowered_pass(lowered, union)
        if grouped is None:  # a lone surrogate (broken JSON escapes) has no UTF-8 form: list by list
            return {number: _positions_of(haystack, family) for number, family in enumerate(self.families)}, None
        by_word: dict[str, list[int]] = {}
        positions_of = found.get

        # Grouped by word first: a word in several lists (a common cue such as "user") is handed to each list once.
        # (The hand-out is written out in each loop: a call per word found cost ~0.1 us, ~90 words per 1 KB text.)
        if text is None:
            for (word, numbers, _), starts in grouped:
                if numbers:
                    by_word[word] = starts
                    for number in numbers:
                        positions = positions_of(number)
                        if positions is None:
                            found[number] = starts.copy()
                        else:
                            positions.extend(starts)
        else:
            as_written_found = [(word, numbers, [start for start in starts if text.startswith(word, start)]
                                 if checked else starts)
                                for (_, _, as_written), starts in grouped for word, numbers, checked in as_written]
            as_written_found += [(word, numbers, _word_positions_of(text, (word,)).get(word))
                                 for word, numbers in union.found_as_written]
            for word, numbers, starts in as_written_found:
                if starts:
                    by_word[word] = starts
                    for number in numbers:
                        positions = positions_of(number)
                        if positions is None:
                            found[number] = starts.copy()
                        else:
                            positions.extend(starts)
        for positions in found.values():
            positions.sort()
        # One word's starts come ascending (the automaton reports a word's matches in the order they end).
        return found, by_word

    def word_set(self, number: int) -> frozenset[str]:
        words = self._word_sets.get(number)
        if words is None:
            words = self._word_sets[number] = frozenset(self.families[number])
        return words


def _lowered(text: str) -> str:
    """lowered_same_length's answer, computed without becoming the text it remembers."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return lowered


# What one automaton key stands for: the key (a lower-cased word), the lower-case lists it is a word of, and the words
# as written whose lower-cased form it is (each: the word, its lists, whether a hit needs the text checked).
_KeyEntry = tuple[str, tuple[int, ...], tuple[tuple[str, tuple[int, ...], bool], ...]]


class _CueUnion:
    """One automaton over the words of both unions: the lower-case words, and the lower-cased form of each word as
    written (found in the lower-cased text, then checked in the text as written). One pass serves both kinds."""

    _last: _CueUnion | None = None  # the union of the latest pair of unions (replaced, never changed)

    @classmethod
    def of(cls, lowered_union: _CueFamilies, as_written_union: _CueFamilies | None = None) -> _CueUnion:
        as_written_union = _families[False] if as_written_union is None else as_written_union
        last = cls._last
        if last is None or last.lowered_union is not lowered_union or last.as_written_union is not as_written_union:
            # Built at the first scan, not at each new list: a text's first detectors add lists one after another.
            # The server's threads may build it at once: each builds its own and publishes it in one assignment.
            last = cls._last = cls(lowered_union, as_written_union)
        return last

    def __init__(self, lowered_union: _CueFamilies, as_written_union: _CueFamilies) -> None:
        self.lowered_union, self.as_written_union = lowered_union, as_written_union
        entries: dict[str, tuple[list[int], list[tuple[str, tuple[int, ...], bool]]]] = {
            word: (numbers, []) for word, numbers in lowered_union.members().items()}
        self.found_as_written: list[tuple[str, tuple[int, ...]]] = []  # words the lower-cased text cannot find
        for word, numbers in as_written_union.members().items():
            if _LOWER_DEPENDS_ON_CONTEXT in word:  # its lower-cased form depends on the letter after it
                self.found_as_written.append((word, tuple(numbers)))
                continue
            # A hit of the lower-cased form is the word as written unless the word has a letter that another
            # character lowers to (a character without case is only ever its own lower case).
            entries.setdefault(_lowered(word), ([], []))[1].append((word, tuple(numbers), word.lower() != word.upper()))
        keys = list(entries)
        self.entries: list[_KeyEntry] = [(key, tuple(numbers), tuple(as_written))
                                         for key, (numbers, as_written) in entries.items()]
        # A contiguous NFA: compact, so it stays in the CPU caches between texts. The DFA (fastest in a tight loop)
        # is megabytes for ~1500 words: run after the detectors' own work it cost 140 against 95 us per 1 KB text
        # and 322 against 280 per 10 KB, and 40 ms against 2 to build (pyahocorasick: ~4x slower still).
        self.automaton = ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        # An ASCII haystack is scanned as bytes by the ASCII words (its byte offsets are its str offsets): the str
        # automaton maps every offset from UTF-8 back to characters (the scan ~7% cheaper after the detectors'
        # own work, 117 against 126 us per 1 KB text, 422 against 453 per 10 KB).
        ascii_keys = [number for number, key in enumerate(keys) if key.isascii()]
        self.ascii_automaton = ahocorasick_rs.BytesAhoCorasick(
            [keys[number].encode("ascii") for number in ascii_keys],
            implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        self.ascii_entries = [self.entries[number] for number in ascii_keys]


# The one character whose lower case str.lower() chooses by its neighbours (a final sigma): a word as written that
# holds it is looked up in the text as written.
_LOWER_DEPENDS_ON_CONTEXT = "\u03a3"


def _lowered_pass(lowered: str, union: _CueUnion) -> list[tuple[_KeyEntry, list[int]]] | None:
    """The automaton's hits in `lowered`, grouped by key (its ascending starts), in the order of each key's first
    hit; None if the text has no UTF-8 form. The last pass of the thread is kept: both kinds of union read it."""
    remembered = _per_thread.lowered_pass
    if remembered is not None and remembered[1] is union and (remembered[0] is lowered or remembered[0] == lowered):
        return remembered[2]
    try:
        if lowered.isascii():
            entries = union.ascii_entries
            matches = union.ascii_automaton.find_matches_as_indexes(lowered.encode("ascii"), overlapping=True)
        else:
            entries = union.entries
            matches = union.automaton.find_matches_as_indexes(lowered, overlapping=True)
    except UnicodeEncodeError:
        grouped = None
    else:
        starts_of_key: dict[int, list[int]] = {}
        for key, start, _ in matches:
            starts = starts_of_key.get(key)
            if starts is None:
                starts_of_key[key] = [start]
            else:
                starts.append(start)
        grouped = [(entries[key], starts) for key, starts in starts_of_key.items()]
    _per_thread.lowered_pass = (lowered, union, grouped)
    return grouped


class _PerThread(threading.local):
    def __init__(self) -> None:
        self.lowered: tuple[str, str] | None = None  # the last text lowered_same_length saw, and its answer
        self.backwards: tuple[str, str] | None = None  # the last text starts_read_backwards saw, reversed
        # (is lowered) -> the last haystack, the union it was scanned with, its positions, each word's positions
        self.scans: dict[bool, tuple[str, _CueFamilies, dict[int, list[int]], dict[str, list[int]] | None]] = {}
        # the last lower-cased text the shared automaton read, its union, its hits by key (_lowered_pass)
        self.lowered_pass: tuple[str, _CueUnion, list[tuple[_KeyEntry, list[int]]] | None] | None = None


_per_thread = _PerThread()
# id(haystack) -> (the haystack, the union's lists by the id of the tuples asked, its positions by list number): the
# recent scans of every thread, for the calls that answer from them (dozens per text). Module-level, not per thread:
# reading a thread-local attribute cost about as much as the rest of such a call. An entry holds its haystack (and
# the union holds the asked tuples), so an id found here is that object's own: no identity check. Any thread's scan
# of a haystack answers for every thread (positions are the haystack's); an entry is replaced whole, never changed
# in place but for a list newer than its scan (keyword_positions), and the map keeps the last few haystacks.
_recent_scans: dict[int, tuple[str, dict[int, int], dict[int, list[int]]]] = {}
_RECENT_SCANS_KEPT = 8
_recent_scan_of = _recent_scans.get  # bound once: keyword_positions runs ~85 times per text, however short
_recent_scans_lock = threading.Lock()
_families_lock = threading.Lock()
# Lists asked of lower-cased texts and of texts as written are kept apart: each union holds only words
# that can occur in its kind of haystack.
_families: dict[bool, _CueFamilies] = {True: _CueFamilies((), True), False: _CueFamilies((), False)}


def build_shared_scan() -> None:
    """Build the shared cue scan's automaton over every list asked so far, now rather than at the next text.

    The automaton is built lazily, at the first scan after a list joined the union: a warm-up whose last text
    asked a new list left that build (0.2-0.6 s for ~9,700 words) to the first request, or to the first table of a
    benchmark (one build in 300 texts of 1 KB reads as ~1 ms per text). Warm-ups call this last.
    """
    _CueUnion.of(_families[True], _families[False])


def _register(is_lowered: bool, keywords: tuple[str, ...]) -> None:
    with _families_lock:
        known = _families[is_lowered]
        if keywords not in known.ids:
            _families[is_lowered] = _CueFamilies(known.families + (keywords,), is_lowered)


def keyword_positions(lowered: str, keywords: Iterable[str]) -> list[int]:
    """Sorted offsets where any of the lower-case `keywords` occurs in `lowered` (see lowered_same_length).

    Also for cased `keywords` in a text as written. Answered from the text's shared cue scan (module docstring).
    """
    # The common call, a constant list asked of a text just scanned, answered by identity alone (dozens per text):
    # one lookup of the haystack, one of the list (numbers never change: the union only grows).
    recent = _recent_scan_of(id(lowered))
    if recent is not None:
        number = recent[1].get(id(keywords))
        if number is not None:
            positions = recent[2].get(number)
            return [] if positions is None else positions.copy()  # (most lists have no occurrence in a short text)
    if type(keywords) is not tuple:
        keywords = tuple(keywords)
    remembered_lowered = _per_thread.lowered
    is_lowered = remembered_lowered is not None and remembered_lowered[1] is lowered
    families = _families[is_lowered]
    number = families.number_of(keywords)
    if number is None:
        if keywords and "" not in keywords:  # an empty word is found everywhere: never in the union
            _register(is_lowered, keywords)
        return _positions_of(lowered, keywords)
    scanned = _scanned(lowered, is_lowered, families)
    if number < len(scanned[1].families):
        return list(scanned[2].get(number, ()))  # callers extend their copy
    positions = scanned[2].get(number)
    if positions is None:  # a list that joined the union after this text's scan
        positions = scanned[2][number] = _positions_of(lowered, keywords)
    return list(positions)


def any_keyword(lowered: str, families: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a word of any of `families` (keyword lists, as keyword_positions takes them) occurs in `lowered`.

    The evidence of a finder's gate (`needs_cues`): answered from the text's shared cue scan with one lookup per
    list and no copy of its positions; the same answer as `any(keyword_positions(lowered, k) for k in families)`.
    """
    recent = _recent_scans.get(id(lowered))
    if recent is not None:
        number_by_id, found = recent[1], recent[2]
        for keywords in families:
            number = number_by_id.get(id(keywords))
            if number is not None:
                if found.get(number):  # (a list with no occurrence is left out of the scan's answer)
                    return True
            elif keyword_positions(lowered, keywords):  # a list new to the union: asked the long way
                return True
        return False
    return any(keyword_positions(lowered, keywords) for keywords in families)


# From this length on a literal is looked up in the text's shared cue scan; below it `word in text` costs less (a
# scan of a few hundred characters against a lookup). A literal absent from a 10 KB text costs ~1.5 ns a character
# to rule out with `in`: the ~80 checks of the detectors' dispatch cost ~460 us per 10 KB text, ~45 us per KB.
_LOOKUP_FROM = 512


def contains_any(haystack: str, words: tuple[str, ...]) -> bool:
    """`any(word in haystack for word in words)` for a constant tuple of non-empty words (a finder's pre-check).

    On a long text answered from the text's shared cue scan (one Aho-Corasick pass over every list asked of it)
    instead of one scan of the text per word. `haystack` must be the text the detectors share (`item.text`) or its
    `lowered_same_length`, not a piece of it: a haystack of its own would cost a scan of its own.
    """
    if len(haystack) < _LOOKUP_FROM:
        for word in words:
            if word in haystack:
                return True
        return False
    return any_keyword(haystack, (words,))


def needs_cues(*families: tuple[str, ...]) -> Callable:
    """Declares, on a finder, the cue lists without which it finds nothing: a decorator, one line over its `def`.

    For a finder whose every finding is read from the positions of these lists (a loop over
    `keyword_positions(lowered, family)` and nothing else): a detector's dispatch then skips it on a text where
    none occurs (`any_keyword`), without the call. The lists must be the very tuples the finder asks for (the
    shared scan knows them by identity).
    """
    def declare(finder: Callable) -> Callable:
        finder.cue_families = families
        finder.precondition = (families, getattr(finder, "precondition", ((), ()))[1])  # (finder_may_find's)
        return finder
    return declare


# A mark every text holds: declared by a finder with no narrower pre-condition proved yet (it runs on every text).
ANY_TEXT = ""
# A dot before a host label's character: every dotted host name (`a.b`) holds one; a sentence's full stop does not.
DOT_BEFORE_LABEL = re.compile(r"\.[A-Za-z0-9-]")


class _BeyondAscii:
    """The mark of a text with a character beyond ASCII, answered by `str.isascii` (no scan of the text)."""

    def search(self, text: str) -> bool | None:
        return None if text.isascii() else True


# Held by text other than ASCII: where a finder's case-blind regex runs as written (`re` folds `ſ`, `ı`, `İ`, `K` into
# s, i, k, which lower() does not give, so its cue words in the lower-cased text do not cover it there).
BEYOND_ASCII = _BeyondAscii()


def needs_marks(*marks: str | tuple[str, ...] | re.Pattern[str]) -> Callable:
    """Declares, on a finder, the marks without one of which it finds nothing: a literal (`"://"`, `"."`, searched
    in the text as written), a tuple of literals (answered as `contains_any` answers: from the shared cue scan on
    a long text), a compiled pattern (`DOT_BEFORE_LABEL`, `\\d`: a character class no cue word says) or
    `BEYOND_ASCII`.

    The companion of `needs_cues` for pre-conditions that are not words: a finder declaring both finds nothing
    unless a cue word or a mark occurs (`finder_may_find`). A mark must be provably necessary: every finding of the
    finder holds it (its regexes require it, or its code returns without it).
    """
    if ANY_TEXT in marks:
        marks = (ANY_TEXT,)  # (no other mark narrows it)

    def declare(finder: Callable) -> Callable:
        finder.cue_marks = marks
        finder.precondition = (getattr(finder, "precondition", ((), ()))[0], marks)  # (one attribute: one lookup)
        return finder
    return declare


def has_precondition(finder: Callable) -> bool:
    """Whether `finder` declares what it needs (`needs_cues`, `needs_marks`): a detector calls only such finders."""
    return hasattr(finder, "precondition")


def finder_may_find(finder: Callable, text: str) -> bool:
    """Whether `text` holds one of the cue words or marks `finder` declares (True for a finder that declares none).

    Cue words are answered from the text's shared cue scan (`any_keyword` on `lowered_same_length(text)`, one
    lookup per list). A detector with many finders asks `FinderGates.held` instead: every gate in one pass.
    """
    precondition = getattr(finder, "precondition", None)
    if precondition is None:
        return True
    families, marks = precondition
    return (ANY_TEXT in marks or any(_mark_occurs(mark, text) for mark in marks)
            or bool(families) and any_keyword(lowered_same_length(text), families))


def _mark_occurs(mark: str | tuple[str, ...] | re.Pattern[str], text: str) -> bool:
    if type(mark) is str:
        return mark in text
    if type(mark) is tuple:
        return contains_any(text, mark)  # (from the shared cue scan on a long text)
    return mark.search(text) is not None


class FinderGates:
    """The pre-conditions of a detector's finders (`needs_cues`, `needs_marks`), all answered for a text in one pass.

    Each distinct mark is searched at most once per text and each cue list looked up once in the text's shared cue
    scan, in one loop: a gate costs a few dictionary reads, not a call per finder (on a text of a few words the
    calls cost more than the finders they spare). A finder without a declared pre-condition cannot be registered.
    """

    def __init__(self, finders: Iterable[Callable]) -> None:
        self.finders = tuple(finders)
        undeclared = [getattr(finder, "__name__", repr(finder)) for finder in self.finders if not has_precondition(finder)]
        if undeclared:
            raise ValueError(f"finders without a declared pre-condition: {', '.join(undeclared)}")
        marks: dict[int, str | tuple[str, ...] | re.Pattern[str]] = {}
        for finder in self.finders:
            for mark in finder.precondition[1]:
                marks.setdefault(id(mark), mark)
        numbers = {key: number for number, key in enumerate(marks)}
        self._marks = tuple(marks.values())
        # the finders that run on every text (one set copied per text: most of the PII detector's), and per other
        # finder its marks' numbers and its cue lists
        self._always = frozenset(finder for finder in self.finders if ANY_TEXT in finder.precondition[1])
        self._plan = tuple((finder, tuple(numbers[id(mark)] for mark in finder.precondition[1]), finder.precondition[0])
                           for finder in self.finders if finder not in self._always)

    def held(self, text: str) -> set[Callable]:
        """The finders whose pre-condition `text` holds (compare a method as `self._name in held`)."""
        found: list[bool | None] = [None] * len(self._marks)
        lowered = None
        held = set(self._always)
        for finder, mark_numbers, families in self._plan:
            for number in mark_numbers:
                occurs = found[number]
                if occurs is None:
                    occurs = found[number] = _mark_occurs(self._marks[number], text)
                if occurs:
                    held.add(finder)
                    break
            else:
                if families:
                    if lowered is None:
                        lowered = lowered_same_length(text)
                    if any_keyword(lowered, families):
                        held.add(finder)
        return held


def _scanned(haystack: str, is_lowered: bool, families: _CueFamilies
             ) -> tuple[str, _CueFamilies, dict[int, list[int]], dict[str, list[int]] | None]:
    """The haystack's shared cue scan: the last one of its kind if it was of this haystack, else a new one."""
    scanned = _per_thread.scans.get(is_lowered)
    if scanned is None or not (scanned[0] is haystack or scanned[0] == haystack):
        scanned = (haystack, families, *families.scan(haystack))
        _per_thread.scans[is_lowered] = scanned
        with _recent_scans_lock:  # (readers only look up: a dict lookup is atomic; writers evict one at a time)
            if len(_recent_scans) >= _RECENT_SCANS_KEPT:
                del _recent_scans[next(iter(_recent_scans))]  # the oldest
            _recent_scans[id(haystack)] = (haystack, families.number_by_id, scanned[2])
    return scanned


def word_positions(lowered: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    """Each of the distinct, non-empty `words` that occurs in `lowered` -> its sorted start offsets, overlapping
    occurrences too (words that do not occur are left out). The lists are shared: the caller must not change them.

    Like keyword_positions (a lower-cased text from lowered_same_length, or a text as written), answered from the
    text's shared cue scan: a detector with its own word list (secrets.py's literals) costs no scan of its own.
    """
    remembered_lowered = _per_thread.lowered
    is_lowered = remembered_lowered is not None and remembered_lowered[1] is lowered
    families = _families[is_lowered]
    number = families.number_of(words)
    if number is None:
        if words and "" not in words:
            _register(is_lowered, words)
        return _word_positions_of(lowered, words)
    scanned = _scanned(lowered, is_lowered, families)
    by_word = scanned[3]
    if by_word is None or number >= len(scanned[1].families):  # no scan by word, or a list newer than the scan
        return _word_positions_of(lowered, words)
    wanted = families.word_set(number)
    return {word: starts for word, starts in by_word.items() if word in wanted}


def _word_positions_of(lowered: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    """word_positions for one list, each word found with str.find, in the order of the words' first occurrences."""
    found: dict[str, list[int]] = {}
    for word in dict.fromkeys(words):
        at = lowered.find(word) if word else -1
        if at == -1:
            continue
        starts = found[word] = []
        while at != -1:
            starts.append(at)
            at = lowered.find(word, at + 1)
    return dict(sorted(found.items(), key=lambda item: item[1][0]))


_NONE: tuple[int, ...] = ()


def _positions_of(lowered: str, keywords: tuple[str, ...]) -> list[int]:
    """keyword_positions for one list, scanned on its own."""
    if len(keywords) > _FIND_AT_MOST:
        positions = [end - back for end, back in _automaton(keywords).iter(lowered)]
        positions.sort()
        return positions
    positions: list[int] = []
    for keyword in keywords:
        at = lowered.find(keyword)
        while at != -1:
            positions.append(at)
            at = lowered.find(keyword, at + 1)
    positions.sort()
    return positions


def keyword_spans(lowered: str, keywords: Iterable[str]) -> list[tuple[int, int]]:
    """Sorted [start, end) of every occurrence, overlapping ones too, of the lower-case `keywords` in `lowered`."""
    keywords = tuple(keywords)
    if len(keywords) > _FIND_AT_MOST:
        spans = [(end - back, end + 1) for end, back in _automaton(keywords).iter(lowered)]
    else:
        spans = []
        for keyword in keywords:
            at = lowered.find(keyword)
            while at != -1:
                spans.append((at, at + len(keyword)))
                at = lowered.find(keyword, at + 1)
    spans.sort()
    return spans


def matches_at_keywords(regex: re.Pattern[str], text: str, keywords: Iterable[str],
                        lowered: str | None = None) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex whose every match starts where one of the lower-case `keywords` occurs.

    The regex is tried only at those places (a case-insensitive alternation of cue
    words tries every position of the text). `lowered` is `lowered_same_length(text)`
    when the caller has it.
    """
    lowered = lowered_same_length(text) if lowered is None else lowered
    yield from matches_at_starts(regex, text, keyword_positions(lowered, keywords))


def matches_at_starts(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex whose every match starts at one of `starts` (ascending).

    A start that holds no match costs one `regex.match`; a regex whose first character is
    common (a letter, a digit) costs a try at each of them when it scans the whole text.
    """
    cursor = 0
    if type(regex) is DigitFirstPattern:
        regex = regex._for(text)  # the text's form of the pattern, chosen once and not at every start
    match_at = regex.match  # (a bound method and no max(): this loop runs hundreds of times per 10 KB text)
    for position in starts:
        if position < cursor:
            continue
        match = match_at(text, position)
        if match is not None:
            yield match
            cursor = match.end()
            if cursor <= position:
                cursor = position + 1


def matches_in_runs(regex: re.Pattern[str], text: str, runs: re.Pattern[str],
                    look_ahead: int = 1) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex whose every match lies inside one match of `runs`.

    `runs` matches maximal stretches of the characters a match can hold (say `[A-Z\\d .-]{9,}`:
    a cheap scan); `regex` then runs only inside them. Its look-behinds still see the text
    before a stretch; its look-aheads may read `look_ahead` characters past the end of one.
    """
    for run in runs.finditer(text):
        yield from regex.finditer(text, run.start(), min(len(text), run.end() + look_ahead))


class DigitFirstPattern:
    """A compiled regex that starts with `\\d`, tried as `[0-9]...` on ASCII text.

    On ASCII text the two match the same. Python's `re` skips ahead to a leading `[0-9]` with a
    table lookup but tries every position of the text for a leading `\\d` (measured 5-10x slower
    on a text with a digit in ten characters). Text with any non-ASCII character keeps the
    Unicode `\\d` (Arabic-Indic, Devanagari digits ...).
    """

    def __init__(self, regex: re.Pattern[str], by_first_character: bool = False) -> None:
        if not regex.pattern.startswith("\\d"):
            raise ValueError(f"not a pattern that starts with \\d: {regex.pattern[:40]!r}")
        self.unicode = regex
        self.ascii = re.compile("[0-9]" + regex.pattern[2:], regex.flags)
        if by_first_character:  # both forms with their alternations grouped (alternatives_by_first_character)
            self.unicode = alternatives_by_first_character(regex)
            self.ascii = alternatives_by_first_character(self.ascii)
        self.pattern, self.flags, self.groupindex = regex.pattern, regex.flags, regex.groupindex

    def _for(self, text: str) -> re.Pattern[str]:
        return self.ascii if text.isascii() else self.unicode  # str.isascii is O(1) in CPython

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(text).match(text, pos, endpos)


def matches_on_lines_with(regex: re.Pattern[str], text: str, anchor: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex whose every match holds a match of `anchor` and no line break.

    The regex runs only over the lines where `anchor` (a cheap scan) occurs. Its look-aheads
    must read a line's end as they read the end of the text (no `$`, no `\\s` past the match).
    """
    for start, end in lines_with(text, anchor):
        yield from regex.finditer(text, start, end)


def lines_with(text: str, anchor: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """[start, end) of each line holding a match of `anchor` (found by a scan for the anchor, not line by line);
    `end` is the line break's offset or the text's end."""
    position = 0
    while True:
        found = anchor.search(text, position)
        if found is None:
            return
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end == -1 else end
        yield start, end
        position = end


def lines_holding(text: str, positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """[start, end) of each line holding one of the ascending `positions` (say a cue word's, from the shared cue
    scan), once per line; `end` is the line break's offset or the text's end. A regex whose matches hold such a
    position and no line break runs over these lines only (`regex.finditer(text, start, end)`: the same matches)."""
    line_end = -1
    for position in positions:
        if position <= line_end:
            continue  # (a line break's own position belongs to the line it ends)
        found = text.find("\n", position)
        line_end = len(text) if found == -1 else found
        yield text.rfind("\n", 0, position) + 1, line_end


def matches_at_line_starts(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, for a regex that starts_at_line_start: tried at each line's start only.

    A leading `^` (MULTILINE) does not let the regex engine skip ahead: it tries every position. The lines
    after the first are found by the same regex after a line break (`_after_line_break`), searched in C:
    a Python loop over every line start cost more than the regex engine's own skipping.
    """
    after_line_break = _after_line_break(regex)
    if after_line_break is None:
        newlines = keyword_positions(text, ("\n",))
        yield from matches_at_starts(regex, text, itertools.chain((0,), (at + 1 for at in newlines)))
        return
    cursor = 0
    match = regex.match(text)
    if match is not None:
        yield match
        cursor = max(match.end(), 1)
    position = max(cursor - 1, 0)  # a line break right before `cursor` starts a line that may be tried
    while (found := after_line_break.search(text, position)) is not None:
        start = found.start() + 1
        match = regex.match(text, start)  # matches exactly where the regex after a line break does
        if match is not None:
            yield match
            cursor = max(match.end(), start + 1)
        position = max(cursor - 1, start)


@lru_cache(maxsize=256)
def _after_line_break(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """`regex` (MULTILINE, `^` first) with a line break in place of its `^`; None for another layout."""
    written = re.fullmatch(r"(\(\?[aiLmsux]+\))?\^(.*)", regex.pattern, re.DOTALL)
    if written is None or not starts_at_line_start(regex):
        return None
    return re.compile(r"\n(?:" + written.group(2) + ")", regex.flags)


def starts_at_line_start(regex: re.Pattern[str]) -> bool:
    """Whether every match of `regex` starts where a line does: MULTILINE, and `^` first (not inside an alternation)."""
    if not regex.flags & re.MULTILINE:
        return False
    items = re._parser.parse(regex.pattern, regex.flags)  # the parsed form: a leading `^` is its first item
    return len(items) > 0 and items[0] == (re._constants.AT, re._constants.AT_BEGINNING)


def run_start(text: str, end: int, in_run: Callable[[str], bool], longest: int) -> int | None:
    """Where the run of characters that `in_run` accepts ending at `end` starts; None if it is longer than `longest`.

    Finds the start of a word before a rare anchor (a `:` after a host, a `-` inside a word),
    so a regex is tried there only (matches_at_starts).
    """
    start, limit = end, max(0, end - longest)
    while start > limit and in_run(text[start - 1]):
        start -= 1
    if start == limit and start > 0 and in_run(text[start - 1]):
        return None
    return start


# id of a keyword tuple -> the tuple, and its words by first character (longest_keyword_at)
_BY_FIRST_CHARACTER: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def longest_keyword_at(lowered: str, position: int, keywords: tuple[str, ...]) -> str:
    """`max((word for word in keywords if lowered.startswith(word, position)), key=len)`: which of the keywords a
    position from `keyword_positions(lowered, keywords)` holds (the longest), for a constant tuple.

    Only the words that start with the position's character are tried (grouped once per tuple, found by identity):
    a loop over a list of ~90 labels at each of its positions cost ~7 us a position. ValueError if none starts there.
    """
    known = _BY_FIRST_CHARACTER.get(id(keywords))
    if known is None or known[0] is not keywords:
        groups: dict[str, list[str]] = {}
        for word in keywords:
            groups.setdefault(word[:1], []).append(word)
        known = (keywords, {first: tuple(words) for first, words in groups.items()})
        if len(_BY_FIRST_CHARACTER) < 1024:
            _BY_FIRST_CHARACTER[id(keywords)] = known  # holds the tuple, so its id stays its own
    by_first = known[1]
    words = by_first.get(lowered[position:position + 1], ())
    if "" in by_first:  # an empty word starts everywhere
        words = words + by_first[""]
    return max((word for word in words if lowered.startswith(word, position)), key=len)


def windows_around(positions: list[int], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """[start, end) windows around `positions`, overlapping ones joined."""
    windows: list[tuple[int, int]] = []
    for position in positions:
        start, end = max(0, position - before), min(length, position + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=64)
def _automaton(keywords: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for keyword in keywords:
        if keyword:
            automaton.add_word(keyword, len(keyword) - 1)  # end offset -> start offset
    automaton.make_automaton()
    return automaton


def matches_at_word_start(regex: re.Pattern[str], text: str, also: str = "-",
                           cues: tuple[str, ...] | None = None) -> Iterator[re.Match[str]]:
    """`regex`'s matches (leftmost, non-overlapping) that do not start right after a word character or `also`.

    The same matches as putting `(?<![\\w-])` in front of the pattern, but a pattern that starts
    with literals lets the regex engine skip ahead to them; a leading look-behind makes it try
    every position. With `cues` (lower-case words, one of which starts every match), the regex
    is tried only where a cue starts a word (found by the text's shared cue scan).
    """
    if cues is not None:
        cursor = 0
        for start in keyword_positions(lowered_same_length(text), cues):
            if start < cursor or (start and (text[start - 1].isalnum() or text[start - 1] == "_"
                                             or text[start - 1] in also)):
                continue
            match = regex.match(text, start)
            if match is not None:
                yield match
                cursor = match.end() if match.end() > start else start + 1
        return
    position = 0
    while True:
        match = regex.search(text, position)
        if match is None:
            return
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in also):
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1


def starts_read_backwards(reversed_pattern: re.Pattern[str], text: str) -> list[int]:
    """Ascending offsets in `text` where the matches of `reversed_pattern` in the reversed text end.

    A run of common characters (letters, digits) that ends at a rare one (a colon, a dot) is found from the
    rare character when the text is read backwards: a pattern that starts with a rare character lets the regex
    engine skip ahead to it; one that starts with a letter or `\\d` is tried at nearly every position.
    """
    remembered = _per_thread.backwards
    if remembered is not None and remembered[0] is text:
        backwards = remembered[1]
    else:
        backwards = text[::-1]
        _per_thread.backwards = (text, backwards)  # several finders read the same text backwards
    return [len(text) - match.end() for match in reversed(list(reversed_pattern.finditer(backwards)))]


# A dot, then (reading backwards) a whole run of one to three digits.
_DOT_THEN_OCTET_REVERSED = re.compile(r"\.\d{1,3}+(?!\d)")


def ipv4_starts(text: str) -> list[int]:
    """Where a dotted IPv4 address can start in `text`: a whole run of one to three digits before a dot, found
    reading backwards from the dots. For address patterns whose leading look-behind would make `re` try every
    position (the PII and the infra detectors' own patterns)."""
    return starts_read_backwards(_DOT_THEN_OCTET_REVERSED, text)



# --- alternations of words, tried at a position -----------------------------------------------------------------

# Characters outside ASCII that a case-insensitive pattern's ASCII letter also matches (Python's `re`, Unicode).
_MORE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED_INTO_ASCII = re.compile("[" + "".join(_MORE_FOLDS.values()) + "]")


def may_fold_into_ascii(text: str) -> bool:
    """Whether `text` holds a character that a case-insensitive pattern's ASCII letter matches but that
    `lowered_same_length` does not turn into that letter ("İ", "ı", "ſ"). Where it holds none, every match of such a
    pattern (`(?i)serial`, `\\.(?i:pdf|csv)`) starts where its lower-case literal occurs in the lower-cased text:
    a finder may try the pattern only at the cue positions of the shared scan."""
    return not text.isascii() and _FOLDED_INTO_ASCII.search(text) is not None


def alternatives_by_first_character(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` compiled with each alternation's branches grouped by their first character: the same matches.

    Python's `re` tries the branches of `a|b|c` one after another; a branch that starts with a literal is
    skipped at once only when it is case-sensitive. A case-insensitive alternation of eighty label words
    ("employee|member|patient|...") therefore enters every branch at every position it is tried (~2 us per
    try). Here each run of branches that start with a literal is grouped by that character (`c(?:lient|laim)`,
    a trie), and the character is written as a case-sensitive class of every character it matches
    (`[cC]`, `[kKK]`), which the engine checks before entering a branch. Branches with different first
    characters cannot both match at one position, and the branches of one group keep their order, so the
    engine tries the same branches in the same order wherever one can match: the same match, the same groups.
    `pattern` stays the source it was compiled from. Look-behinds and conditionals are left as they are.
    """
    if not isinstance(regex.pattern, str) or regex.flags & re.LOCALE:
        return regex
    parsed = re._parser.parse(regex.pattern, regex.flags)
    grouped = _grouped_subpattern(parsed, parsed.state.flags)
    code = re._compiler._code(grouped, regex.flags)
    index_group: list[str | None] = [None] * grouped.state.groups
    for name, number in grouped.state.groupdict.items():
        index_group[number] = name
    import _sre
    return _sre.compile(regex.pattern, regex.flags | grouped.state.flags, code, grouped.state.groups - 1,
                        grouped.state.groupdict, tuple(index_group))


def _grouped_subpattern(subpattern: re._parser.SubPattern, flags: int) -> re._parser.SubPattern:
    constants = re._constants
    data = []
    for op, argument in subpattern.data:
        if op is constants.SUBPATTERN:
            group, add_flags, del_flags, inner = argument
            argument = (group, add_flags, del_flags, _grouped_subpattern(inner, (flags | add_flags) & ~del_flags))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            argument = (argument[0], argument[1], _grouped_subpattern(argument[2], flags))
        elif op in (constants.ASSERT, constants.ASSERT_NOT) and argument[0] >= 0:  # look-aheads only
            argument = (argument[0], _grouped_subpattern(argument[1], flags))
        elif op is constants.ATOMIC_GROUP:
            argument = _grouped_subpattern(argument, flags)
        elif op is constants.BRANCH:
            branches = [_grouped_subpattern(branch, flags) for branch in argument[1]]
            argument = (argument[0], _branches_by_first_character(branches, subpattern.state, flags))
        data.append((op, argument))
    return re._parser.SubPattern(subpattern.state, data)


def _first_character_key(branch: re._parser.SubPattern, ignore_case: bool) -> str | None:
    """The branch's first character if it is an ASCII literal (lower case when case is ignored), else None."""
    if not len(branch) or branch[0][0] is not re._constants.LITERAL or branch[0][1] > 127:
        return None
    character = chr(branch[0][1])
    return character.lower() if ignore_case else character


def _branches_by_first_character(branches: list, state: re._parser.State, flags: int) -> list:
    constants = re._constants
    ignore_case = bool(flags & constants.SRE_FLAG_IGNORECASE)
    result: list = []
    run: list = []  # consecutive branches that start with an ASCII literal

    def close_run() -> None:
        groups: dict[str, list] = {}
        for branch in run:
            groups.setdefault(_first_character_key(branch, ignore_case), []).append(branch)
        for key, members in groups.items():
            first = members[0][0]
            if ignore_case and key.isalpha():
                matched = key + key.upper() + ("" if flags & constants.SRE_FLAG_ASCII else _MORE_FOLDS.get(key, ""))
                first = (constants.SUBPATTERN, (None, 0, constants.SRE_FLAG_IGNORECASE, re._parser.SubPattern(
                    state, [(constants.IN, [(constants.LITERAL, ord(character)) for character in matched])])))
            if len(members) == 1:
                result.append(re._parser.SubPattern(state, [first] + members[0].data[1:]))
                continue
            rests = _branches_by_first_character(
                [re._parser.SubPattern(state, member.data[1:]) for member in members], state, flags)
            tail = rests[0].data if len(rests) == 1 else [(constants.BRANCH, (None, rests))]
            result.append(re._parser.SubPattern(state, [first] + tail))
        run.clear()

    for branch in branches:
        if _first_character_key(branch, ignore_case) is None:
            close_run()
            result.append(branch)
        else:
            run.append(branch)
    close_run()
    return result
