"""Where in prose a name can be: the windows NER runs on.

The NER model costs about a millisecond per sentence; regexes cost microseconds.
Most prose coding agents send has no name in it, so the model runs only on
windows of a few words around a *candidate*, a word that could start or be
part of a name:

- a capitalised word that is not an ordinary English word ("Okafor",
  "Denver", "Globex"), wherever it stands;
- a capitalised first name, even one that is also a word ("Mark", "Will",
  "Rose": the census first-name list);
- a capitalised ordinary word beside another capitalised word inside a
  sentence ("Rose Baker", "Bank of Montreal" is caught by "Montreal");
- a capitalised word right after a cue ("ask Hunter", "cc Baker",
  "Owner: Stone"), the words in `name_cue_words.txt`.

Not candidates: a sentence-initial or lone capitalised ordinary word ("Email
dana@...", "Use the Read tool"), all-capital acronyms, and public tech terms
("Kubernetes", "Python"). A window spans `WINDOW_WORDS` words on each side of
its candidate, which is more than the small English models' context (their
token vectors see four tokens on each side), so the model labels a
candidate the same as it would inside the whole text. Windows that overlap or
nearly touch are merged; windows never leave the text they are cut from.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.name_parts import is_common_word
from redactor.detect.term_lists import first_names, term_list

# Words of context on each side of a candidate.
WINDOW_WORDS = 8
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


def name_windows(text: str) -> list[tuple[int, int]]:
    """[start, end) windows of `text` worth running NER on, sorted and disjoint."""
    words = [_core(match) for match in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []  # word-index ranges, inclusive
    for index in range(len(words)):
        if not _is_candidate(text, words, index):
            continue
        low, high = max(0, index - WINDOW_WORDS), min(len(words) - 1, index + WINDOW_WORDS)
        if spans and low <= spans[-1][1] + _MERGE_GAP_WORDS:
            spans[-1] = (spans[-1][0], high)
        else:
            spans.append((low, high))
    return [(words[low][2], words[high][3]) for low, high in spans]


def _core(token: re.Match) -> tuple[int, int, int, int]:
    """(core start, core end, token start, token end); an empty core when the token is no word."""
    start, end = token.span()
    text = token.group(0)
    lead = len(text) - len(text.lstrip(_EDGE_PUNCTUATION))
    trail = len(text) - len(text.rstrip(_EDGE_PUNCTUATION))
    core = _WORD_CORE.fullmatch(text, lead, max(lead, len(text) - trail))
    if core is None:
        return (start, start, start, end)
    return (start + core.start(), start + core.end(), start, end)


def _is_candidate(text: str, words: list[tuple[int, int, int, int]], index: int) -> bool:
    start, end = words[index][:2]
    word = text[start:end]
    if not word or not word[0].isupper() or word.isupper() or not any(ch.islower() for ch in word):
        return False  # lower-case words and acronyms ("API", "SSN")
    folded = word.casefold().rstrip(".")
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    if folded in term_list("tech_terms") or folded in term_list("code_keywords"):
        return False
    if folded in first_names() or not (is_common_word(folded) or folded in _stop_words()):
        return True
    # An ordinary word, capitalised: a name only beside another capitalised word
    # in the same sentence ("Rose Baker"), or right after a cue ("ask Baker").
    if index > 0 and _previous_word(text, words, index) in term_list("name_cue_words"):
        return True
    if starts_sentence(text, start):
        return False
    return any(_capitalised_neighbour(text, words, index, step) for step in (-1, 1))


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # Two-letter words ("It", "We") are not in the common-word list (length >= 3).
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _previous_word(text: str, words: list[tuple[int, int, int, int]], index: int) -> str:
    start, end = words[index - 1][:2]
    between = text[end:words[index][0]]
    if "\n" in between or len(between.strip(" \t:,")) > 0:
        return ""
    return text[start:end].casefold()


def starts_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence, a line, a list item or a "Label: text" field."""
    while position > 0 and text[position - 1] in _LEAD_IN:
        position -= 1
    return position == 0 or text[position - 1] in _SENTENCE_END


def _capitalised_neighbour(text: str, words: list[tuple[int, int, int, int]], index: int, step: int) -> bool:
    other = index + step
    if not 0 <= other < len(words):
        return False
    left, right = (words[other], words[index]) if step < 0 else (words[index], words[other])
    if text[left[1]:right[0]] not in (" ", " ", "\t"):
        return False  # punctuation or a line break between them: not one name
    start, end = words[other][:2]
    neighbour = text[start:end]
    return bool(neighbour) and neighbour[0].isupper() and not neighbour.isupper()
