"""The finders' dearest module-level regexes gated by one Hyperscan pass per text (issue 14's regex path).

Round 35's profile: most of the regex path's time is in calls whose cue words are present but that find nothing,
so a cue gate cannot skip them. A regex's *shape* can: `regex_prefilter.RegexPrefilter` compiles a wider expression
of each regex into one Hyperscan database, and one scan of a text says which of them can match there at all.

Which regexes join the database is measured, not listed: `calibrate(run)` puts a timing stand-in in front of every
compiled pattern held at module level by a `redactor.detect` module (a module walk: a new finder's regexes are
measured without being registered anywhere), runs `run` (the detectors over a few texts: the engine's warm-up
texts, warm_up_texts.py), and gives the database the `_MEMBERS_AT_MOST` patterns that spent the most time in `re` finding
nothing in long strings. Every other pattern is put back as it was (no stand-in, no cost). Why not all of them:
~1,600 patterns took 150 s to compile together (47 s in databases of 100) and ~1,100 of them fire on an ordinary
1 KB text, so each scan paid a Python call per firing pattern (1.4 ms per 1 KB text) to skip calls costing less.

A member is held by a `GatedPattern`: its first matching call on a text of `_SCANNED_FROM` characters or more scans
that text; a `search`/`match`/`fullmatch`/`finditer`/`findall` of a member the scan did not report returns what
`re` would (nothing) without running `re`.

Measured (round 36, load 12-15 on 2 cores): calibrated on the warm-up texts the regex path is no faster (paired
runs against the round's start 0.95-1.02x, medians 0.96-1.07x; gated and ungated alternated per text in one
process 1.02-1.03x at 1 KB, 0.97-1.00x at 10 KB): the warm-up's dearest patterns are not the benchmark texts'.
Calibrated on texts of the benchmark's own families it gains 1-3% at 1 KB and 7-12% at 10 KB: the members' `re`
time falls ~10x (515 -> 55 us per 1 KB mixed text), but the scans (~15 us per KB per scanned string, ~3 strings
per text) and the rest of the finders' Python stay. So nothing calls `calibrate` by default.

Why a skipped call never hides a match (fail closed):
- The wider expression matches every stretch of text the regex consumes in any match, whatever `pos`/`endpos`
  (zero-width tests are dropped, so `^`, `$`, `\\b` and look-arounds at a window's edge cannot matter): a regex with
  a match in any window of a text is reported for the whole text (regex_prefilter.py's contract).
- Only a string that was scanned is gated (by identity); calls on any other string, on strings shorter than
  `_SCANNED_FROM`, and on texts the prefilter does not gate (beyond ASCII) run `re` as before; so do `sub`, `subn`,
  `split` and every other attribute (forwarded unchanged).
- A regex the database does not hold (not among the dearest, its wider expression matches the empty string,
  Hyperscan rejects it, held in a tuple, a class or a closure, imported after calibration) runs as before; so does
  everything when `hyperscan` is not installed or `calibrate` was never run.
"""
from __future__ import annotations

import re
import sys
import threading
import time
from typing import Any, Callable, Collection

from redactor.detect.regex_prefilter import RegexPrefilter

# Strings shorter than this run `re` as before: a value or a window costs less to search than to scan.
_SCANNED_FROM = 256
# The scanned strings each thread remembers (a text, its lower-cased form, a decoded view): finders alternate
# between them, and a rescan costs more than the lookup.
_REMEMBERED = 4
# The database's size: the dearest patterns of the calibration, if each spent at least _WORTH_SECONDS finding
# nothing. Compiling Hyperscan's database grows faster than its patterns (~1-3 s for 64 of them at warm-up); on
# round 36's profile the 50 dearest held ~90% of the time the gate can save.
_MEMBERS_AT_MOST = 48
_CANDIDATES_AT_MOST = 160
_WORTH_SECONDS = 20e-6
_END = sys.maxsize


class _PerThread(threading.local):
    text: str | None = None  # the string scanned last, and the numbers of the members that may match it
    possible: Collection[int] = ()

    def __init__(self) -> None:
        self.recent: list[tuple[str, Collection[int]]] = []


_local = _PerThread()
_gate: RegexPrefilter | None = None
_calibrated = False
_calibrate_lock = threading.Lock()


class _Every:
    """Holds every member's number (what an unscanned string may match)."""

    def __contains__(self, number: object) -> bool:
        return True


_EVERY = _Every()


def _possible(string: Any) -> Collection[int]:
    """The numbers of the members that may match `string` (all of them for a string that is not scanned)."""
    gate = _gate
    if type(string) is not str or len(string) < _SCANNED_FROM or gate is None:
        return _EVERY
    local = _local
    for held, possible in local.recent:
        if held is string:
            break
    else:
        possible = gate.possible(string)
        local.recent = [(string, possible)] + local.recent[:_REMEMBERED - 1]
    local.text, local.possible = string, possible
    return possible


class GatedPattern:
    """A member of the database: its matching calls on a scanned text run only where the text's scan reported it.

    Forwards every other attribute to the pattern. Not a `re.Pattern`: `re.sub(gated, ...)` needs `gated.regex`.
    """

    __slots__ = ("regex", "number", "pattern", "flags", "groups", "groupindex")

    def __init__(self, regex: re.Pattern[str], number: int) -> None:
        self.regex, self.number = regex, number
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex!r})"

    # Each method: the fast path (the string scanned last) inline, the rest through _possible.
    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if string is _local.text:
            if self.number not in _local.possible:
                return None
        elif self.number not in _possible(string):
            return None
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if string is _local.text:
            if self.number not in _local.possible:
                return None
        elif self.number not in _possible(string):
            return None
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if string is _local.text:
            if self.number not in _local.possible:
                return None
        elif self.number not in _possible(string):
            return None
        return self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END):
        if string is _local.text:
            if self.number not in _local.possible:
                return iter(())
        elif self.number not in _possible(string):
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list:
        if string is _local.text:
            if self.number not in _local.possible:
                return []
        elif self.number not in _possible(string):
            return []
        return self.regex.findall(string, pos, endpos)


class _TimedPattern:
    """A pattern's stand-in during calibration: the time its matching calls on long strings spent finding nothing
    (`spent`), and, once it has a database of its own (`alone`), the part of it the gate would have skipped
    (`skippable`: calls on strings where the wider expression does not match)."""

    __slots__ = ("regex", "spent", "skippable", "alone", "last", "pattern", "flags", "groups", "groupindex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex, self.spent, self.skippable, self.alone, self.last = regex, 0.0, 0.0, None, (None, True)
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def _timed(self, method: str, string: Any, args: tuple) -> Any:
        call = getattr(self.regex, method)
        if type(string) is not str or len(string) < _SCANNED_FROM:
            return call(string, *args)
        started = time.perf_counter()
        found = call(string, *args)
        if method == "finditer":
            found = list(found)  # (drained here to be timed; the caller iterates the same matches)
        spent = time.perf_counter() - started
        if not found:
            self.spent += spent
            if self.alone is not None:
                held, reported = self.last
                if held is not string:
                    reported = bool(self.alone.possible(string))
                    self.last = (string, reported)
                if not reported:
                    self.skippable += spent
        return iter(found) if method == "finditer" else found

    def search(self, string, *args):
        return self._timed("search", string, args)

    def match(self, string, *args):
        return self._timed("match", string, args)

    def fullmatch(self, string, *args):
        return self._timed("fullmatch", string, args)

    def finditer(self, string, *args):
        return self._timed("finditer", string, args)

    def findall(self, string, *args):
        return self._timed("findall", string, args)


def _module_patterns() -> list[tuple[object, str, re.Pattern[str]]]:
    """(module, attribute, pattern) for every compiled str pattern at module level in `redactor.detect`."""
    held = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("redactor.detect.") or module is None or name == __name__:
            continue
        for attribute, value in list(vars(module).items()):
            if type(value) is re.Pattern and isinstance(value.pattern, str):
                held.append((module, attribute, value))
    return held


def calibrate(run: Callable[[int], object]) -> None:
    """Measure the module-level patterns while `run(0)` and `run(1)` run, then gate the dearest (once per process).

    Not called by the engine: calibrated on its warm-up texts the gate measured no faster (round 36; docs/detection.md,
    Cost). benchmarks/findings_snapshot.py dump-regex calibrates it, to show it changes no finding. `run(n)` must be
    the detectors' work on a few texts of
    the layouts traffic has, new to any detection cache for each `n`; the patterns it never calls on a long string
    stay as they are.
    """
    global _gate, _calibrated
    with _calibrate_lock:
        if _calibrated:
            return
        _calibrated = True
        held = _module_patterns()
        stand_ins: dict[int, _TimedPattern] = {}
        for module, attribute, pattern in held:
            stand_in = stand_ins.get(id(pattern))
            if stand_in is None:
                stand_in = stand_ins[id(pattern)] = _TimedPattern(pattern)
            setattr(module, attribute, stand_in)
        try:
            run(0)  # what each pattern spends finding nothing
            # The dearest, each with a database of its own: a second run measures what the gate would skip.
            candidates = sorted((stand_in for stand_in in stand_ins.values() if stand_in.spent >= _WORTH_SECONDS),
                                key=lambda stand_in: stand_in.spent, reverse=True)[:_CANDIDATES_AT_MOST]
            for stand_in in candidates:
                alone = RegexPrefilter([stand_in.regex])
                if alone._database_and_always()[0] is not None:
                    stand_in.alone = alone
            run(1)
        finally:
            for module, attribute, pattern in held:
                setattr(module, attribute, pattern)
        dearest = sorted((stand_in for stand_in in candidates if stand_in.skippable >= _WORTH_SECONDS),
                         key=lambda stand_in: stand_in.skippable, reverse=True)[:_MEMBERS_AT_MOST]
        if not dearest:
            return
        gate = RegexPrefilter([stand_in.regex for stand_in in dearest])
        database, always = gate._database_and_always()  # compiled now, at warm-up, not at the first request
        if database is None:
            return
        members = {id(stand_in.regex): GatedPattern(stand_in.regex, number)
                   for number, stand_in in enumerate(dearest) if number not in always}
        _gate = gate
        for module, attribute, pattern in held:
            member = members.get(id(pattern))
            if member is not None:
                setattr(module, attribute, member)


def gated_patterns() -> list[GatedPattern]:
    """The members calibrate() gated, by number (for tests and measurements)."""
    found: dict[int, GatedPattern] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("redactor.detect.") and module is not None:
            for value in list(vars(module).values()):
                if type(value) is GatedPattern:
                    found[value.number] = value
    return [found[number] for number in sorted(found)]


def prefilter() -> RegexPrefilter | None:
    """The database's prefilter (None before calibration, or when nothing is gated)."""
    return _gate
