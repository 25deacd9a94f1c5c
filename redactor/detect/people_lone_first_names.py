"""A listed first name standing alone among lower-case words, where the model and the listed-name rule never read.

`ner._listed_names_the_model_missed` takes a listed first name inside a sentence, but only in the prose regions that
`code_awareness.prose_regions` hands the model. People's sentences also sit where no prose region reaches: a JSON
string of a tool result (`"note": "spoke to Dagny about the refund"`), a CSV cell of free text, a chat export line
after a bot's prefix. There the name is found by nothing: it is no cell, no quoted string, no key's value. And inside
prose that rule refuses a first name of another country that opens a sentence ("Kwabena escalates the claim"), since
the world list holds words of many languages that open sentences and headings.

A capitalised word is a person here when:
- `name_cells.one_word_name_score` gives it a listed name's score (no English word, stop word, calendar word,
  software name, package, acronym or place) and a census or world first-name list holds it (a surname alone is as
  often a place or a firm);
- a lower-case word stands beside it, one blank away, on its line: it is part of running words, not a heading, a
  label or a column of a table (the cell rules read those); no capitalised ordinary word stands beside it ("Hall
  Effect");
- it is no piece of an identifier, path or mail address (no `.`/`/`/`\\`/`_`/`-`/`@`/letter or digit glued to it);
  a chat mention `@Ravi` is taken when the `@` opens a word;
- opening a sentence, a lower-case word follows it (a verb or a preposition: "Kwabena escalates", "Ama at
  reception"), and a first name of another country's list must be no frequent word of another Latin-script language
  ("Alle", "Bitte" open German sentences).

A guess: doubtful (wire only). Prose and tool output only (in code a capitalised word is a type or a constant).
"""
from __future__ import annotations

import functools
import re

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_cells import frequent_in_other_languages, one_word_name_score
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, is_ordinary_word
from redactor.detect.name_windows import starts_sentence
from redactor.detect.term_lists import first_names, term_list, world_first_names

_LISTED_NAME_SCORE = 0.7  # one_word_name_score of a listed name that no word list explains
# A capitalised word glued to nothing that makes it a piece of an identifier, path or address; or a chat mention.
_WORD = re.compile(
    rf"(?:(?<![\w.@/\\-])@|(?<![\w.@/\\-]))(?P<word>[{NAME_UPPER}][{NAME_LOWER}]{{2,14}})(?![\w@/\\-]|\.\w)")
# The word one blank before and after it on its line; after it, a possessive's "'s" may stand between.
_WORD_BEFORE = re.compile(rf"(?<![\w.@/\\-])(?P<word>[{NAME_LOWER}{NAME_UPPER}][\w'’-]*)[ \t]\Z")
_WORD_AFTER = re.compile(rf"(?:['’]s)?[ \t](?P<word>[{NAME_LOWER}{NAME_UPPER}][\w'’-]*)")
_LOOK_BACK = 40


def lone_first_names(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for listed first names among lower-case words (see the module's docstring)."""
    if segment_kind not in ("prose", "tool_result"):
        return []
    spans: list[Span] = []
    for match in _WORD.finditer(text):
        word = match.group("word")
        if not _names_a_person(word):
            continue
        start, end = match.span("word")
        before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        after = _WORD_AFTER.match(text, end)
        before_word = before.group("word") if before else ""
        after_word = after.group("word") if after else ""
        if _capitalised_ordinary(before_word) or _capitalised_ordinary(after_word):
            continue  # "West Europe", "Billing Worker": a title or a place
        if before_word in _WORDS_BEFORE_A_TYPE:
            continue  # "import Priya from", "new Amara(": a type in code
        opens_sentence = match.group(0)[0] != "@" and starts_sentence(text, start)
        if opens_sentence:
            if not _lower_case_word(after_word) or _word_of_another_language(word):
                continue
        elif not (_lower_case_word(before_word) or _lower_case_word(after_word)):
            continue
        spans.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans


@functools.lru_cache(maxsize=8192)
def _names_a_person(word: str) -> bool:
    """Memoised: text repeats its capitalised words (headings, product names, the same people)."""
    folded = word.casefold()
    return (one_word_name_score(word) == _LISTED_NAME_SCORE
            and (folded in first_names() or folded in world_first_names()))


# Code's words before a type's name ("import Priya", "new Amara()"); not the whole code keyword list, which holds
# "for", "with", "and", "is": the words a sentence puts before a person.
_WORDS_BEFORE_A_TYPE = frozenset(
    "import class new extends implements interface struct enum def func fn let var const return public private "
    "protected static void typeof instanceof".split())


def _lower_case_word(word: str) -> bool:
    """A word of running text: lower case letters."""
    return word.isalpha() and word.islower()


def _capitalised_ordinary(word: str) -> bool:
    folded = word.casefold()
    return (word[:1].isupper() and not word.isupper() and is_ordinary_word(folded)
            and folded not in first_names() and folded not in term_list("name_cue_words"))


def _word_of_another_language(word: str) -> bool:
    """A first name only the world list holds that other Latin-script languages write often: a sentence of theirs."""
    folded = word.casefold()
    return folded not in first_names() and frequent_in_other_languages(folded)
