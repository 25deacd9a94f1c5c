"""Two or three capitalised words that act in a sentence: a doubtful organisation (round 17).

"Blue Harbour sent the invoice twice", "Northern Star called again", "Green Valley said they'd send the x-rays":
a firm named by ordinary words, as the subject of a verb. At a sentence's start English capitalises the first word
only; a second capitalised word beside it names something, and a verb right after the run says the something acts
(a person or an organisation; people are their finders', so a run that starts with a first name is left). The
capitalised-word rule inside sentences (org_capitalised_words.py) reads runs only after a small-letter word, and
the model often reads such a run as words; this one takes the run by its own form and the verb after it, wherever
it stands (a sentence's start, after a colon, a bracket, a dash).

A run of two or three capitalised words ("&", "and", "of" between them) is taken (ORGANIZATION, doubtful:
redacted on the wire, not reported by an audit) when

- an active verb follows it after one blank: a past form ending in "-ed" or a listed irregular past ("said",
  "sent"); not an auxiliary ("Dark Mode is enabled", "Acceptance Criteria are met": features take passives);
- leading stop words are no part of it ("The Blue Harbour team": "Blue Harbour"), and two words remain;
- its first word is no listed first name (a world first name only when it is no English word: "Silver"), calendar word, code keyword or tech term; no word is a role, department
  or other word English capitalises (org_capitalised_common.txt: "Customer Success replied", "Legal said"); the
  run is no place ("New York is"), no public software ("Visual Studio", "Red Hat"), and its first word is no
  public software name that English does not write ("Google Docs"); its last word is no gerund, no tech term
  and no word code names its classes with (code_name_parts.txt: "Error Handling", "Dark Mode", "Feature
  Flags", "Pull Request": features and concepts software people capitalise);
- its line holds no code marks, is no table row or heading (org_unlisted_words' line test), and is not written in
  title case (a title: most of its words capitalised).

Cheap gate: one regex scan (C speed) for two capitalised words and a small-letter word after them; the verb test
and the lists run per match. Code segments are not read (the caller).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import CALENDAR_WORDS, is_common_word
from redactor.detect.org_capitalised_words import _capitalised_common
from redactor.detect.org_unlisted_words import _line_may_hold_names, _line_of
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import first_names, stop_words, term_list, world_first_names

_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)?"
# The look-behind after the first capital, so the regex engine skips ahead to capitals (one before it costs three
# times the scan, as org_affiliations.py measured).
_RUN = re.compile(
    rf"[A-Z](?<![\w@/.#$'’-][A-Z])[a-z]+(?:['’][a-z]+)?(?: (?:(?:&|and|of) )?{_WORD}){{1,3}} (?P<verb>[a-z]+)\b"
    r"(?![-@/.]\w|[(:=])")
_IRREGULAR_PASTS = frozenset(
    "said sent told paid made took gave got kept left lost sold bought wrote rang came went thought found brought "
    "held meant built spent lent dealt quoted".split())
_TITLE_SHARE = 0.6
_TITLE_MIN_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")
_ED_MIN = 5


def _acts(verb: str) -> bool:
    return verb in _IRREGULAR_PASTS or (len(verb) >= _ED_MIN and verb.endswith("ed"))


@functools.lru_cache(maxsize=8192)
def organisation_run(run: str) -> int:
    """How many leading characters of the run to drop (its stop words), or -1 when the run is no organisation."""
    words = run.split(" ")
    dropped = 0
    while words and words[0].casefold() in stop_words():
        dropped += len(words.pop(0)) + 1
    while words and words[0] in ("&", "and", "of"):
        dropped += len(words.pop(0)) + 1
    names = [word for word in words if word not in ("&", "and", "of")]
    if len(names) < 2:
        return -1
    first = names[0].casefold()
    if first in first_names() or (first in world_first_names() and not is_common_word(first)) or first in CALENDAR_WORDS or first in term_list("code_keywords") \
            or first in term_list("tech_terms"):
        return -1  # "Maria Lopez said": a person's finders'; "Next Monday"; "Async Await"
    if any(word.casefold().rstrip("'’s") in _capitalised_common() or word.casefold() in _capitalised_common()
           for word in names):
        return -1  # "Customer Success replied", "Project Manager said", "Christmas Eve"
    last = names[-1].casefold()
    if last.endswith("ing") or last in term_list("code_name_parts") or last in term_list("tech_terms") \
            or (last.endswith("s") and last[:-1] in term_list("code_name_parts")):
        return -1  # "Error Handling", "Dark Mode", "Feature Flags", "Pull Request": a feature or a concept
    phrase = " ".join(words)
    folded = phrase.casefold()
    if is_place_name(phrase) or folded in term_list("software_names") \
            or (first in term_list("software_names") and not is_common_word(first)):
        return -1  # "New York", "Visual Studio", "Google Docs"
    return dropped


@functools.lru_cache(maxsize=4096)
def _title_case_line(line: str) -> bool:
    words = _WORDS.findall(line)
    return len(words) >= _TITLE_MIN_WORDS and sum(word[0].isupper() for word in words) >= _TITLE_SHARE * len(words)


def capitalised_subjects(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the module doc's runs."""
    lines: dict[int, bool] = {}
    for match in _RUN.finditer(text):
        if not _acts(match.group("verb")):
            continue
        start, end = match.start(), match.start("verb") - 1
        dropped = organisation_run(text[start:end])
        if dropped < 0:
            continue
        line_start, line_end = _line_of(text, start)
        if line_start not in lines:
            line = text[line_start:line_end]
            lines[line_start] = _line_may_hold_names(line) and not _title_case_line(line)
        if lines[line_start]:
            yield Span(start + dropped, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)


def load() -> None:
    """Read the lists now (a server's start-up), not during a request."""
    list(capitalised_subjects("Blue Harbour sent the invoice twice.", "warm"))
