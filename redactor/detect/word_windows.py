"""How many words of a text window are of a kind, without reading the window's words again for every finding.

The language readers (`language_common_words.line_language`, `model_findings_in_other_languages.text_language`) decide
a finding's language from the words around it: up to 160 or 400 characters each side. Most text is English and stops
at their first test (too few words, or English words the most of them), but each finding's window is a new string, so
their caches miss and every window's words were tokenised and looked up again: on 4 KB of prose naming a dozen people,
the same paragraph read about thirty times (~4 ms, the largest per-name cost after the model).

`window_counts(text, low, high, pattern, predicates)` gives what `pattern.findall(text[low:high])` would give counted:
the number of words and, per predicate, how many satisfy it. Once the windows asked of a text add up to more than the
text, its words are found once and counted by running sums: a window is then two bisections plus the words cut by its
edges, found again on the edge alone (a word crossing an edge is read as its piece inside, as the slice would read it).
Before that, a window is read directly, so a text with one finding costs no more than it did.

The patterns must have no anchors and no look-behind (a window is then read as the slice would be: `findall` with pos
and endpos is the slice's `findall`); both readers' word patterns are of that form.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Callable

Predicate = Callable[[str], bool]


class _TextWords:
    __slots__ = ("text", "pattern", "predicates", "asked", "starts", "ends", "sums")

    def __init__(self, text: str, pattern: re.Pattern, predicates: tuple[Predicate, ...]):
        self.text, self.pattern, self.predicates = text, pattern, predicates
        self.asked = 0
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        self.sums: list[list[int]] = []

    def _index(self) -> None:
        starts, ends, words = [], [], []
        for match in self.pattern.finditer(self.text):
            starts.append(match.start())
            ends.append(match.end())
            words.append(match.group())
        self.ends = ends
        self.sums = [[0, *itertools.accumulate(map(predicate, words))] for predicate in self.predicates]
        self.starts = starts

    def _direct(self, low: int, high: int) -> tuple[int, ...]:
        words = self.pattern.findall(self.text, low, high)
        return (len(words), *(sum(map(predicate, words)) for predicate in self.predicates))

    def counts(self, low: int, high: int) -> tuple[int, ...]:
        if self.starts is None:
            self.asked += high - low
            if self.asked <= len(self.text):
                return self._direct(low, high)
            self._index()
        starts, ends = self.starts, self.ends
        first = bisect.bisect_left(starts, low)  # the first word starting in the window
        last = bisect.bisect_right(ends, high)  # the words before `last` end in it
        if last <= first:
            return self._direct(low, high)  # no whole word inside: the edges' pieces are all there is
        counts = [last - first, *(sums[last] - sums[first] for sums in self.sums)]
        edges = []
        if first and ends[first - 1] > low:
            edges.append((low, ends[first - 1]))  # a word begun before the window: its piece inside
        if last < len(starts) and starts[last] < high:
            edges.append((starts[last], high))  # a word the window's end cuts
        for edge_low, edge_high in edges:
            for position, count in enumerate(self._direct(edge_low, edge_high)):
                counts[position] += count
        return tuple(counts)


@functools.lru_cache(maxsize=8)
def _words_of(text: str, pattern: re.Pattern, predicates: tuple[Predicate, ...]) -> _TextWords:
    return _TextWords(text, pattern, predicates)


def window_counts(text: str, low: int, high: int, pattern: re.Pattern,
                  predicates: tuple[Predicate, ...]) -> tuple[int, ...]:
    """(number of words, words satisfying each predicate) of `pattern.findall(text[low:high])`."""
    return _words_of(text, pattern, predicates).counts(max(0, low), min(len(text), high))
