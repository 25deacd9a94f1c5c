"""Finding rare cue words fast: case-insensitive substring search instead of a regex pass.

A case-insensitive regex alternation tries every position of the text; on
100 KB that costs milliseconds per pattern. Looking for each cue word with
`str.find` on the lower-cased text is a C-speed scan, so detectors find
their cue words this way first and run their full patterns only in small
windows around the hits. A longer list of cue words is found in one
Aho-Corasick pass (one scan for the whole list, not one per word).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import ahocorasick

# Up to this many keywords, one str.find scan per keyword is cheaper than one automaton pass.
_FIND_AT_MOST = 8


def lowered_same_length(text: str) -> str:
    """`text` lower-cased, with every offset unchanged (characters whose lower case is longer stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def keyword_positions(lowered: str, keywords: Iterable[str]) -> list[int]:
    """Sorted offsets where any of the lower-case `keywords` occurs in `lowered` (see lowered_same_length)."""
    keywords = tuple(keywords)
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
    cursor = 0
    for position in keyword_positions(lowered, keywords):
        if position < cursor:
            continue
        match = regex.match(text, position)
        if match is not None:
            yield match
            cursor = max(match.end(), position + 1)


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


def matches_at_word_start(regex: re.Pattern[str], text: str, also: str = "-") -> Iterator[re.Match[str]]:
    """`regex`'s matches (leftmost, non-overlapping) that do not start right after a word character or `also`.

    The same matches as putting `(?<![\\w-])` in front of the pattern, but a pattern that starts
    with literals lets the regex engine skip ahead to them; a leading look-behind makes it try
    every position.
    """
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
