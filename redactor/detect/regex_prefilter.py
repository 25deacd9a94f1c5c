"""Which regexes of a catalogue can match an ASCII text: one Hyperscan pass for all of them.

A catalogue tries each of its regexes where its anchors occur, and a few everywhere; most tries find nothing.
`RegexPrefilter` compiles every regex of a catalogue into one Hyperscan database (vectorscan-compatible, the
engine Kingfisher's catalogue runs on) and scans a text once: a regex it does not report has no match there,
so its tries are skipped. It only gates: the reported regexes are run by Python's `re` as before, so the
findings are the same.

Contract (why the gate never hides a match):
- Each regex is compiled from a superset of itself, written from its parse tree: every zero-width test (`^`,
  `$`, `\\b`, look-arounds) dropped, a back-reference read as any run of characters, a conditional as either
  branch, an atomic group or possessive repeat as a plain one, and every character test as the exact set of
  ASCII characters Python's `re` accepts there under the flags in force (case folding, `\\w`, `\\s` as
  `re` has them). Everything `re` consumes in a match, in any window, also matches the superset.
  `HS_FLAG_PREFILTER` lets Hyperscan widen what it cannot compile exactly (long bounded repeats): wider still.
- Only ASCII texts are gated (a character test's set is exact on ASCII only); other texts try every regex.
- A regex whose superset matches the empty string, or that Hyperscan rejects, is never gated (always reported).
- Without the `hyperscan` package nothing is gated: every regex is reported (the same findings, slower).
"""
from __future__ import annotations

import re
import re._constants as sre_constants
import re._compiler
import re._parser
import threading
from typing import Collection, Sequence

try:
    import hyperscan
except ImportError:  # pragma: no cover - the pinned dependency; without it every regex is tried
    hyperscan = None

_ASCII = [chr(code) for code in range(128)]
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_CHARACTER_TESTS = {sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY}
# Repeat bounds written as they are up to these counts; above, wider (see _written). With every bound as written
# (and each character test a list of single bytes) the catalogue took ~13 s to compile; so, ~0.7 s.
_BOUND_KEPT = 16
_LEAST_COUNT_KEPT = 16
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}


class _NotGated(Exception):
    """A regex the prefilter cannot stand in for: it is always reported."""


def superset_expression(regex: re.Pattern[str]) -> str:
    """A Hyperscan expression over ASCII bytes that matches wherever `regex` consumes characters (module docstring).

    Raises _NotGated for a construct it does not know.
    """
    parsed = re._parser.parse(regex.pattern, regex.flags)
    return _written(parsed.data, parsed.state, parsed.state.flags)


def _written(nodes: list, state: re._parser.State, flags: int) -> str:
    pieces: list[str] = []
    for op, av in nodes:
        if op in _CHARACTER_TESTS:
            pieces.append(_character_set((op, av), state, flags))
        elif op in _ZERO_WIDTH:
            continue  # a test that consumes nothing: without it the regex only matches more
        elif op is sre_constants.SUBPATTERN:
            _, add_flags, del_flags, body = av
            pieces.append("(?:" + _written(body.data, state, (flags | add_flags) & ~del_flags) + ")")
        elif op is sre_constants.ATOMIC_GROUP:
            pieces.append("(?:" + _written(av.data, state, flags) + ")")
        elif op in _REPEATS:
            low, high, body = av
            # A long bounded repeat is what costs Hyperscan time and memory to compile: read as unbounded (wider),
            # and its least count capped (wider still; a gate needs no more to rule most texts out).
            low = min(low, _LEAST_COUNT_KEPT)
            bound = "{%d,}" % low if high is sre_constants.MAXREPEAT or high > _BOUND_KEPT else "{%d,%d}" % (low, high)
            pieces.append("(?:" + _written(body.data, state, flags) + ")" + bound)
        elif op is sre_constants.BRANCH:
            pieces.append("(?:" + "|".join(_written(branch.data, state, flags) for branch in av[1]) + ")")
        elif op is sre_constants.GROUPREF:
            pieces.append("[\\x00-\\x7f]*")  # the group's text, whatever it was
        elif op is sre_constants.GROUPREF_EXISTS:
            _, yes, no = av
            pieces.append("(?:" + _written(yes.data, state, flags) + "|"
                          + (_written(no.data, state, flags) if no is not None else "") + ")")
        else:
            raise _NotGated(str(op))
    return "".join(pieces)


def _character_set(node: tuple, state: re._parser.State, flags: int) -> str:
    """The ASCII characters `re` accepts for this one-character test, as a Hyperscan class of byte values."""
    key = (flags, repr(node))  # a catalogue repeats its tests (the same letters, `[A-Za-z0-9]`): each found once
    written = _CHARACTER_SETS.get(key)
    if written is None:
        written = _CHARACTER_SETS[key] = _accepted_set(node, state, flags)
    return written


_CHARACTER_SETS: dict[tuple[int, str], str] = {}


def _accepted_set(node: tuple, state: re._parser.State, flags: int) -> str:
    one = re._parser.SubPattern(state, [node])
    compiled = re._compiler.compile(one, flags)
    accepted = [code for code, char in enumerate(_ASCII) if compiled.fullmatch(char)]
    if not accepted:
        return "[^\\x00-\\xff]"  # accepts nothing (the test holds only for characters beyond ASCII)
    if len(accepted) == 1:
        return f"\\x{accepted[0]:02x}"
    ranges: list[str] = []
    first = last = accepted[0]
    for code in accepted[1:] + [-1]:
        if code == last + 1:
            last = code
            continue
        ranges.append(f"\\x{first:02x}" if first == last else f"\\x{first:02x}-\\x{last:02x}")
        first = last = code
    return "[" + "".join(ranges) + "]"


class RegexPrefilter:
    """One Hyperscan database over `regexes`: `possible(text)` is the set of their numbers that can match `text`.

    Built at the first text, not at import: ~0.6 s of CPU for the secrets catalogue (writing the wider expressions,
    then Hyperscan's compiler), paid once per process by the processes that detect.
    """

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.count = len(regexes)
        self._regexes = tuple(regexes)
        self._built: tuple[object, frozenset[int]] | None = None  # the database (None: no gate) and the always-tried
        self._build_lock = threading.Lock()
        self._local = threading.local()

    @property
    def gated(self) -> int:
        """How many of the regexes the database stands in for (the others are always reported)."""
        return self.count - len(self._database_and_always()[1])

    def possible(self, text: str) -> Collection[int]:
        """The numbers of the regexes that may match somewhere in `text` (all of them for a text beyond ASCII)."""
        database, always = self._built or self._database_and_always()
        if database is None or not text.isascii():
            return range(self.count)
        reported = set(always)
        add = reported.add

        def on_match(number: int, start: int, end: int, flags: int, context: object) -> None:
            add(number)  # (single-match: each regex reports at most once)

        database.scan(text.encode("ascii"), match_event_handler=on_match, scratch=self._scratch(database))
        return reported

    def _database_and_always(self) -> tuple[object, frozenset[int]]:
        if self._built is None:
            with self._build_lock:
                if self._built is None:
                    self._built = _built(self._regexes)
        return self._built

    def _scratch(self, database):
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # one scratch space per thread: a scan writes to it
            scratch = self._local.scratch = hyperscan.Scratch(database)
        return scratch


def _built(regexes: Sequence[re.Pattern[str]]) -> tuple[object, frozenset[int]]:
    """The database of every regex that can be gated, and the numbers of those that cannot (always reported)."""
    everything = frozenset(range(len(regexes)))
    if hyperscan is None:
        return None, everything
    flags = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_DOTALL
    expressions: dict[int, bytes] = {}
    for number, regex in enumerate(regexes):
        try:
            expressions[number] = superset_expression(regex).encode("ascii")
        except (_NotGated, UnicodeEncodeError):
            continue
    if not expressions:
        return None, everything
    try:
        database = _database(expressions, flags)
    except hyperscan.error:  # an expression Hyperscan rejects (it matches the empty string): found alone
        for number, expression in list(expressions.items()):
            try:
                _database({0: expression}, flags)
            except hyperscan.error:
                del expressions[number]
        database = _database(expressions, flags) if expressions else None
    return database, everything - expressions.keys()


def _database(expressions: dict[int, bytes], flags: int):
    """One block-mode database of `expressions` (number -> expression), each reporting its number."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=list(expressions.values()), ids=list(expressions), elements=len(expressions),
                     flags=[flags] * len(expressions))
    return database
