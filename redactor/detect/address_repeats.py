"""A found address written again elsewhere in the conversation, in another spelling (round 33, people33).

People and tools repeat an address they have already written: the customer types it in lower case with the
street type cut ("c/ mayor n5 3izq madrid 28013" after "Calle Mayor 5, 3º Izda, 28013 Madrid"), a validator
quotes the postcode of a row alone ("Row 1: 400117 belongs to ..."), an answer restates "28013 Madrid" with the
unit spelled out. Propagation re-finds the exact string only; the finders of addresses read the forms they
know, and a repeat in lower case, without accents or with its parts cut is none of them.

What makes the repeat sensitive is no cue but the address itself: once an address is found (a STREET_ADDRESS
span), its parts are known values. Its *keys* are
- **strong**: a token with a digit of four characters or more (a postcode, a long house number: "28013",
  "SE16", "51020"), not a year (1800-2099 alone reads as one as often);
- **words**: its other words of three letters or more that are no stop word, compared after transliteration
  and case folding ("Mayor" = "mayor", "São" = "sao").

On any line of any segment, a run of key tokens of one address, each within `_GAP` tokens of the next, is that
address again when it holds a strong key and another key, or three keys, or one strong key of five characters
or more alone (a postcode of that address quoted by itself). A token already found (the address itself,
another address, a date) is none and ends a run. The run is widened over the tokens with a digit a blank
away ("n5", "3izq": the unit and the number, abbreviated) and stops at the line's end. Doubtful:
the wire redacts it, an audit does not report it.

Nothing runs unless an address was found; the cost is one tokenisation of the lines holding a key.
"""
from __future__ import annotations

import re
from typing import Sequence

from anyascii import anyascii

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.term_lists import stop_words

_DETECTOR = "address_repeats"
_SOURCE_KINDS = frozenset({"STREET_ADDRESS", "ADDRESS"})
_KIND = "STREET_ADDRESS"
_TOKEN = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:18|19|20)\d\d")
# At most this many tokens between two keys of one run ("Mayor 5, third floor left, 28013" has three).
_GAP = 3
_SENTENCE_END = re.compile(r"[^\n]*?[.!?。！？](?:\s|$)")
_SHORTEST_STRONG = 4
_SHORTEST_ALONE = 5
_SHORTEST_WORD = 3
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _folded(token: str) -> str:
    return anyascii(token).casefold() if not token.isascii() else token.casefold()


def _keys(value: str) -> tuple[frozenset[str], frozenset[str]]:
    """(strong keys, word keys) of one found address (see the module doc)."""
    strong: set[str] = set()
    words: set[str] = set()
    stops = stop_words()
    for match in _TOKEN.finditer(value):
        token = _folded(match.group())
        if any(char.isdigit() for char in token):
            if len(token) >= _SHORTEST_STRONG and not _YEAR.fullmatch(token):
                strong.add(token)
        elif len(token) >= _SHORTEST_WORD and token not in stops and not _DENSE.search(match.group()):
            words.add(token)  # (a run of Han, kana or Hangul is a phrase, not a word: "新住所 神奈川県横浜市中区")
    return frozenset(strong), frozenset(words)


def address_repeats(texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """New doubtful STREET_ADDRESS spans per text where a found address is written again (see the module doc)."""
    addresses: list[tuple[frozenset[str], frozenset[str]]] = []
    for text, found in zip(texts, spans):
        for span in found:
            if span.kind in _SOURCE_KINDS:
                strong, words = _keys(text[span.start:span.end])
                if strong or len(words) >= 2:
                    addresses.append((strong, words))
    if not addresses:
        return [[] for _ in texts]
    every_key = frozenset().union(*(strong | words for strong, words in addresses))
    return [_repeats_in(text, found, addresses, every_key) for text, found in zip(texts, spans)]


def _repeats_in(text: str, found: Sequence[Span], addresses: list[tuple[frozenset[str], frozenset[str]]],
                every_key: frozenset[str]) -> list[Span]:
    tokens = [(match.start(), match.end(), _folded(match.group())) for match in _TOKEN.finditer(text)]
    if not any(token in every_key for _, _, token in tokens):
        return []
    # Lines split runs: a key at the end of one line and one at the start of the next are two mentions.
    line_of = [text.count("\n", 0, start) for start, _, _ in tokens]
    # A token already found (the address itself, another address, a date) is no repeat and ends a run: a run joined
    # across it took the words between two found addresses ("(Valencia), o subsidiariamente en Apartado ...").
    covered = [any(span.start < end and start < span.end for span in found) for start, end, _ in tokens]
    new: list[Span] = []
    for strong, words in addresses:
        run: list[int] = []
        for index, (_, _, token) in enumerate(tokens):
            if covered[index]:
                if run:
                    new.extend(_run_span(text, tokens, run, strong, covered))
                    run = []
                continue
            if token not in strong and token not in words:
                continue
            if run and (index - run[-1] > _GAP + 1 or line_of[index] != line_of[run[-1]]
                        or _sentence_ends_between(text, tokens, run[-1], index)):
                new.extend(_run_span(text, tokens, run, strong, covered))
                run = []
            run.append(index)
        if run:
            new.extend(_run_span(text, tokens, run, strong, covered))
    unique = {(span.start, span.end): span for span in new if not _inside(span, found)}
    return [unique[key] for key in sorted(unique)]


def _run_span(text: str, tokens: list[tuple[int, int, str]], run: list[int], strong: frozenset[str],
              covered: list[bool]) -> list[Span]:
    keys = {tokens[index][2] for index in run}
    strong_keys = keys & strong
    if not (strong_keys and len(keys) >= 2) and len(keys) < 3 and not any(
            len(key) >= _SHORTEST_ALONE for key in strong_keys):
        return []
    first, last = run[0], run[-1]
    line_start = text.rfind("\n", 0, tokens[first][0]) + 1
    line_end = text.find("\n", tokens[last][1])
    line_end = len(text) if line_end < 0 else line_end
    # Widen over the abbreviated number and unit written beside the run ("n5 3izq").
    while first > 0 and tokens[first - 1][0] >= line_start and _has_digit(tokens[first - 1][2]) and _adjacent(
            text, tokens[first - 1][1], tokens[first][0]) and not covered[first - 1]:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1][1] <= line_end and _has_digit(tokens[last + 1][2]) and (
            _adjacent(text, tokens[last][1], tokens[last + 1][0])) and not covered[last + 1]:
        last += 1
    return [Span(tokens[first][0], tokens[last][1], _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR)]


def _sentence_ends_between(text: str, tokens: list[tuple[int, int, str]], before: int, after: int) -> bool:
    """A full stop, question or exclamation mark after a word of four letters or more between two keys: the
    address ended with its sentence ("... 28013 Madrid, written two ways. The mayor of Madrid")."""
    for index in range(before, after):
        end, start = tokens[index][1], tokens[index + 1][0]
        if _SENTENCE_END.match(text, end, start) and len(tokens[index][2]) >= 4:
            return True
    return False


def _has_digit(token: str) -> bool:
    return any(char.isdigit() for char in token)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two tokens separated by blanks only: parts of one written address ("n5 3izq"; a comma may end a date)."""
    between = text[end:start]
    return 0 < len(between) <= 2 and not between.strip(" \t")


def _inside(span: Span, found: Sequence[Span]) -> bool:
    return any(other.start <= span.start and span.end <= other.end for other in found)
