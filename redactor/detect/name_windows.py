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
nearly touch are merged; windows never leave the text they are cut from. Each
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
_WORD_CORE = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")
_EDGE_PUNCTUATION = "\"'“”‘’([{<*_`.,;:!?)]}>"
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
    spans: list[tuple[int, int]] = []  # token-index ranges, inclusive
    capitalised: list[int] = []  # indexes of capitalised tokens
    for index in tokens.capitalised():
        capitalised.append(index)
        if not _is_candidate(tokens, index):
            continue
        low, high = max(0, index - WINDOW_WORDS), min(len(tokens.spans) - 1, index + WINDOW_WORDS)
        if spans and low <= spans[-1][1] + _MERGE_GAP_WORDS:
            spans[-1] = (spans[-1][0], high)
        else:
            spans.append((low, high))
    windows = []
    for low, high in spans:
        words = []
        for index in capitalised[bisect.bisect_left(capitalised, low):bisect.bisect_right(capitalised, high)]:
            start, end = tokens.core(index)
            if start < end and (_is_candidate(tokens, index) or not starts_sentence(text, start)):
                words.append((start, end))
        windows.append(NameWindow(tokens.spans[low][0], tokens.spans[high][1], tuple(words)))
    return windows


class _Tokens:
    """The whitespace-separated tokens of a text, and (computed on demand) the word at their core."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [match.span() for match in _TOKEN.finditer(text)]
        self._cores: dict[int, tuple[int, int]] = {}

    def capitalised(self) -> list[int]:
        """Indexes of the tokens whose first character after edge punctuation is upper case, in order."""
        found = []
        for match in _MAYBE_CAPITALISED.finditer(self.text):
            if match.group(1).isupper():
                found.append(bisect.bisect_left(self.spans, (match.start(),)))
        return found

    def core(self, index: int) -> tuple[int, int]:
        """[start, end) of the token without surrounding punctuation; empty when it is no word."""
        found = self._cores.get(index)
        if found is None:
            start, end = self.spans[index]
            token = self.text[start:end]
            lead = len(token) - len(token.lstrip(_EDGE_PUNCTUATION))
            trail = len(token) - len(token.rstrip(_EDGE_PUNCTUATION))
            match = _WORD_CORE.fullmatch(token, lead, max(lead, len(token) - trail))
            found = (start + match.start(), start + match.end()) if match else (start, start)
            self._cores[index] = found
        return found

    def word(self, index: int) -> str:
        start, end = self.core(index)
        return self.text[start:end]


def _is_candidate(tokens: _Tokens, index: int) -> bool:
    word = tokens.word(index)
    if not word or not word[0].isupper():
        return False
    folded = _bare(word)
    if folded in first_names() or not (is_ordinary_word(folded) or folded in stop_words()):
        return _could_be_a_name(word)
    # An ordinary word, capitalised: a name only beside another capitalised word
    # in the same sentence ("Rose Baker"), or right after a cue ("ask Baker").
    if index > 0 and _previous_word(tokens, index) in term_list("name_cue_words"):
        return _could_be_a_name(word)
    if starts_sentence(tokens.text, tokens.core(index)[0]):
        return False
    return any(_capitalised_neighbour(tokens, index, step) for step in (-1, 1)) and _could_be_a_name(word)


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


def _capitalised_neighbour(tokens: _Tokens, index: int, step: int) -> bool:
    other = index + step
    if not 0 <= other < len(tokens.spans):
        return False
    left, right = (other, index) if step < 0 else (index, other)
    if tokens.text[tokens.core(left)[1]:tokens.core(right)[0]] not in (" ", "\u00a0", "\t"):
        return False  # punctuation or a line break between them: not one name
    neighbour = tokens.word(other)
    return bool(neighbour) and neighbour[0].isupper() and not neighbour.isupper()


def _previous_word(tokens: _Tokens, index: int) -> str:
    between = tokens.text[tokens.core(index - 1)[1]:tokens.core(index)[0]]
    if "\n" in between or len(between.strip(" \t:,")) > 0:
        return ""
    return tokens.word(index - 1).casefold()

