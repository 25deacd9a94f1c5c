"""Where in prose a name can be: the windows NER runs on.

The NER model costs about a millisecond per sentence; regexes cost microseconds.
Most prose coding agents send has no name in it, so the model runs only on
windows of a few words around a *candidate*, a word that could start or be
part of a name:

- a capitalised word that is not an ordinary word ("Okafor", "Denver",
  "Globex"), wherever it stands; ordinary words are common English words,
  public tech terms and compounds of common words ("Workflow", "Codebase");
- a capitalised first name, even one that is also a word ("Mark", "Will",
  "Rose": the census first-name list);
- a capitalised ordinary word beside another capitalised word inside a
  sentence ("Rose Baker", "Bank of Montreal" is caught by "Montreal");
- a capitalised word right after a cue ("ask Hunter", "cc Baker",
  "Owner: Stone"), the words in `name_cue_words.txt`.

Not candidates: a sentence-initial or lone capitalised ordinary word ("Email
dana@...", "Use the Read tool"), acronyms ("API", "URLs"), file names and
identifiers ("CLAUDE.md", "EnterWorktree"), and hyphenated compounds of
ordinary words ("Session-specific"; "Jean-Luc" is a name). A window spans `WINDOW_WORDS` words on each side of
its candidate, which is more than the small English models' context (their
token vectors see four tokens on each side), so the model labels a
candidate the same as it would inside the whole text. Windows that overlap or
nearly touch are merged; windows never leave the text they are cut from. Only
the words around capitalised words are ever tokenised (regexes from a candidate
outwards, the reversed text for the words before it), so the cost follows the
capitalised words, not the text's length. Each
window knows the words in it the model could label (`NameWindow.capitalised`), so
a caller can skip a window whose every such word it has already settled without the model.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from redactor.detect.code_awareness import looks_like_code_token
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.term_lists import first_names, stop_words, term_list

# Words of context on each side of a candidate.
WINDOW_WORDS = 6
# Windows whose gap is at most this many words become one (one model call, whole context).
_MERGE_GAP_WORDS = 3

# Window extents count every whitespace-separated token ("+1", "646" are context too);
# candidates are tokens whose core, without surrounding punctuation, is a word.
_TOKEN = re.compile(r"\S+")
# A token and the `WINDOW_WORDS` tokens after it; the `WINDOW_WORDS` tokens before a position, in the reversed text.
_TOKENS_AFTER = re.compile(r"\S+(?:\s+\S+){0,%d}" % WINDOW_WORDS)
_TOKENS_BEFORE = re.compile(r"(?:\s+\S+){0,%d}" % WINDOW_WORDS)
_WORD_CORE = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")
_EDGE_PUNCTUATION = "\"'“”‘’([{<*_`.,;:!?)]}>"
# A token, the part of it between its leading and trailing edge punctuation in group 1.
_TOKEN_INSIDE_EDGES = re.compile("[{0}]*(\\S*?)[{0}]*(?!\\S)".format(re.escape(_EDGE_PUNCTUATION)))
# What may sit between a sentence boundary and the sentence's first word: spaces,
# quotes, brackets and list or heading markers ("- ", "1. ", "## ", "> ").
_LEAD_IN = " \t\"'“‘(*_>#-•0123456789"
_SENTENCE_END = ".!?:;\n"
# The first character after a token's edge punctuation, unless it is a digit or a lower-case
# Latin letter: a cheap regex pass leaves the few possibly capitalised tokens to `str.isupper`.
_MAYBE_CAPITALISED = re.compile(
    "(?<!\\S)[" + re.escape(_EDGE_PUNCTUATION) + "]*([^\\s0-9a-zß-öø-ÿ" + re.escape(_EDGE_PUNCTUATION) + "])")


class NameWindow(NamedTuple):
    """[start, end) of a window, and the [start, end) of the words in it the model could label.

    `capitalised`: its candidates and every other capitalised word that does not
    open a sentence (the model's labels on those are kept: "the Driftwood deploy"
    as an ORG); a window whose every such word is settled needs no model.
    """

    start: int
    end: int
    capitalised: tuple[tuple[int, int], ...]


def name_windows(text: str) -> list[tuple[int, int]]:
    """[start, end) windows of `text` worth running NER on, sorted and disjoint."""
    return [(window.start, window.end) for window in candidate_windows(text)]


def candidate_windows(text: str) -> list[NameWindow]:
    """The windows of `name_windows`, each with the words in it the model could label."""
    tokens = _Tokens(text)
    capitalised = tokens.capitalised()
    spans: list[list[int]] = []  # [start of the first token, end of the last token] of each window
    for start in capitalised:
        if not tokens.is_candidate(start):
            continue
        low, high_end = tokens.around(start)
        # Merged when they overlap or fewer than `_MERGE_GAP_WORDS` tokens lie between them.
        if spans and (low < spans[-1][1] or tokens.words_between(spans[-1][1], low) < _MERGE_GAP_WORDS):
            spans[-1][1] = high_end
        else:
            spans.append([low, high_end])
    windows = []
    for window_start, window_end in spans:
        words = []
        for start in capitalised[bisect.bisect_left(capitalised, window_start):bisect.bisect_left(capitalised, window_end)]:
            core_start, core_end = tokens.core(start)
            if core_start < core_end and (tokens.is_candidate(start) or not starts_sentence(text, core_start)):
                words.append((core_start, core_end))
        windows.append(NameWindow(window_start, window_end, tuple(words)))
    return windows


class _Tokens:
    """The whitespace-separated tokens of a text, each known by its start, found only where a candidate needs them.

    Most of a prose text is never near a capitalised word: tokenising only the few
    words around candidates costs a fraction of tokenising the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._reversed = text[::-1]  # a token before a position is the first one after it, read backwards
        self._cores: dict[int, tuple[int, int]] = {}
        self._candidates: dict[int, bool] = {}

    def capitalised(self) -> list[int]:
        """Starts of the tokens whose first character after edge punctuation is upper case, in order."""
        return [match.start() for match in _MAYBE_CAPITALISED.finditer(self.text) if match.group(1).isupper()]

    def end(self, start: int) -> int:
        return _TOKEN.match(self.text, start).end()

    def previous(self, start: int) -> int | None:
        """Start of the token before the one at `start`, or None at the first token."""
        match = _TOKEN.search(self._reversed, len(self.text) - start)
        return None if match is None else len(self.text) - match.end()

    def next(self, start: int) -> int | None:
        """Start of the token after the one at `start`, or None at the last token."""
        match = _TOKEN.search(self.text, self.end(start))
        return None if match is None else match.start()

    def around(self, start: int) -> tuple[int, int]:
        """[start, end) of the token at `start` and up to `WINDOW_WORDS` tokens on each side of it."""
        before = _TOKENS_BEFORE.match(self._reversed, len(self.text) - start)
        return len(self.text) - before.end(), _TOKENS_AFTER.match(self.text, start).end()

    def words_between(self, position: int, limit: int) -> int:
        """How many tokens start in [position, limit), counted up to `_MERGE_GAP_WORDS` (enough to decide a merge)."""
        count = 0
        for match in _TOKEN.finditer(self.text, position, limit):
            count += 1
            if count >= _MERGE_GAP_WORDS:
                break
        return count

    def core(self, start: int) -> tuple[int, int]:
        """[start, end) of the token without surrounding punctuation; empty when it is no word."""
        found = self._cores.get(start)
        if found is None:
            inner = _TOKEN_INSIDE_EDGES.match(self.text, start)
            match = _WORD_CORE.fullmatch(self.text, *inner.span(1))
            found = match.span() if match else (start, start)
            self._cores[start] = found
        return found

    def word(self, start: int) -> str:
        core_start, core_end = self.core(start)
        return self.text[core_start:core_end]

    def is_candidate(self, start: int) -> bool:
        found = self._candidates.get(start)
        if found is None:
            found = self._candidates[start] = _is_candidate(self, start)
        return found


def _is_candidate(tokens: _Tokens, start: int) -> bool:
    word = tokens.word(start)
    if not word or not word[0].isupper():
        return False
    folded = _bare(word)
    if folded in first_names() or not (is_ordinary_word(folded) or folded in stop_words()):
        return _could_be_a_name(word)
    # An ordinary word, capitalised: a name only beside another capitalised word
    # in the same sentence ("Rose Baker"), or right after a cue ("ask Baker").
    if _previous_word(tokens, start) in term_list("name_cue_words"):
        return _could_be_a_name(word)
    if starts_sentence(tokens.text, tokens.core(start)[0]):
        return False
    return any(_capitalised_neighbour(tokens, start, before) for before in (True, False)) and _could_be_a_name(word)


def _could_be_a_name(word: str) -> bool:
    """Capitalised, not an acronym ("API", "URLs"), a file name or an identifier ("EnterWorktree")."""
    if not word or not word[0].isupper() or not any(ch.islower() for ch in word):
        return False
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    if bare.isupper() or (bare.endswith("s") and bare[:-1].isupper()):
        return False
    if "." in bare or looks_like_code_token(bare):
        return False
    if "-" in bare:
        # "Jean-Luc", "Mokoena-Smit" are names; "Session-specific", "JSON-encoded" are not.
        parts = [part for part in bare.split("-") if len(part) >= 3 and not part.isupper()]
        return any(part.casefold() in first_names() or not is_ordinary_word(part) for part in parts)
    return True


def _bare(word: str) -> str:
    folded = word.casefold()
    return folded[:-2] if folded.endswith(("'s", "’s")) else folded


def starts_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence, a line, a list item or a "Label: text" field."""
    while position > 0 and text[position - 1] in _LEAD_IN:
        position -= 1
    return position == 0 or text[position - 1] in _SENTENCE_END


def _capitalised_neighbour(tokens: _Tokens, start: int, before: bool) -> bool:
    other = tokens.previous(start) if before else tokens.next(start)
    if other is None:
        return False
    left, right = (other, start) if before else (start, other)
    if tokens.text[tokens.core(left)[1]:tokens.core(right)[0]] not in (" ", "\u00a0", "\t"):
        return False  # punctuation or a line break between them: not one name
    neighbour = tokens.word(other)
    return bool(neighbour) and neighbour[0].isupper() and not neighbour.isupper()


def _previous_word(tokens: _Tokens, start: int) -> str:
    previous = tokens.previous(start)
    if previous is None:
        return ""
    between = tokens.text[tokens.core(previous)[1]:tokens.core(start)[0]]
    if "\n" in between or len(between.strip(" \t:,")) > 0:
        return ""
    return tokens.word(previous).casefold()

