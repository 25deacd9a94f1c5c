"""Countries, languages and scripts named as such: what the NER model calls a place or a group, but names no one.

The small English model labels "Translate to Spanish", "a Thai guest", "the address is in Cyrillic", "Kenya) F U L L
N A M E" and "a small charity in Germany" as LOCATION or NRP, and the wire redacts them: the negatives of round 31's
development corpora lose a country or a language in one prompt of five, and forms in other languages ("Portugal:
carta para ...") lose their heading. A country, a language or a writing system is shared by millions: naming one says
nothing about anyone, so a finding of the model (LOCATION or NRP) whose whole text is one is dropped, when

- the name is a country of ISO 3166, a language of ISO 639-1 or a script of ISO 15924 (`pycountry`, maintained);
- it is not also the own name of a city of 15,000+ people ("Singapore", "Luxembourg", "Kikuyu": a city is part of
  an address, and the corpora annotate it);
- a name that is also a census first name ("Jordan", "Georgia", "German", "Kenya") follows an article: "the German
  page", "a German one"; "Jordan said" and "ask Georgia" are people;
- the next thing after it is no capitalised word or code: "Norwegian D8 2880" is an airline's flight, "Kenya
  Airways" a company; "German page", "Spain requires", "Iran, translate", "Ireland:" are the country or language.

- no capitalised word ends right before it ("Port of Spain"), it is not all of its line (an address block's last
  line, "...\nBrazil"), and no other finding ends or starts right beside it (blanks, a comma or a line break between): "Via dei Mille 22, 50131
  Firenze, Italy", "Manama, Bahrain", "Ecobank Ghana": the country is part of an address or a company's name.

A PERSON finding goes only when its whole text is a country's name (not a language or a script) and none of its words
is on a list of first names or of surnames of Faker's locales (round 39, over39; the US census surnames hold
"Germany" and "Poland" a few hundred times each, as they hold most English words): "DE,Germany" in a CSV of country codes, a
statistics table's row "France | 67.8 | ..." (the small model reads a capitalised word alone in a cell as a person,
and the row's numbers then become that person's ids). "Jordan", "Kenya", "Montenegro" or "Chad" are names as well
and stay: of the readable corpora's 28,000 annotated people, the 12 that are a country's name are all on those lists.
This holds for a person found by any finder: a `name` column or key that holds "Sweden" lists countries (a `code,name`
table of ISO codes). No other finding of another detector is dropped here.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.place_names import fold, is_city, is_country
from redactor.detect.term_lists import first_names, stop_words, world_first_names, world_surnames

_KINDS = frozenset({"LOCATION", "NRP", "PERSON"})
_DETECTOR = "ner"
_BLANKS = re.compile(r"[ \t]*")
# The word or two before a name on its line: "Port of Spain", "New Guinea".
_WORDS_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[ \t]+(?:(?P<particle>[^\W\d_]+)[ \t]+)?\Z")
_JOINING_PARTICLES = frozenset({"of", "de", "del", "da", "do", "dos", "das", "di", "la", "le", "du", "des", "el", "al"})
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# What may stand between a country and a finding it belongs to ("Firenze, Italy", "Ecobank Ghana", "Manama,\nBahrain").
_JOINS = re.compile(r"[ \t]*[,\n]?[ \t]*")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:the|a|an)[ \t]+\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _language_and_script_names() -> frozenset[str]:
    """Folded names of the ISO 639-1 languages and ISO 15924 scripts (one word each: "german", "cyrillic")."""
    import pycountry

    names = {language.name for language in pycountry.languages if hasattr(language, "alpha_2")}
    names |= {script.name for script in pycountry.scripts}
    return frozenset(fold(name) for name in names if re.fullmatch(r"[^\W\d_]+", name))


def names_a_country_or_language(text: str, start: int, end: int, kind: str, detector: str,
                                others: Sequence[Span] = ()) -> bool:
    """Whether the model's finding `text[start:end]` is a country, a language or a script named as such; `others`
    are the text's other findings: one ending or starting right beside it (blanks, a comma or a line break between)
    makes the name part of it."""
    if kind not in _KINDS or detector != _DETECTOR and kind != "PERSON":
        return False  # a structural finder's place or group is a part of an address or a record; its person is read below
    value = text[start:end].strip()
    if not value or is_city(value):
        return False
    if fold(value) in first_names() and not _ARTICLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not (is_country(value) or fold(value) in _language_and_script_names()):
        return False
    if kind == "PERSON" and not (is_country(value) and not any(map(_a_persons_name, fold(value).split()))):
        return False
    if _longer_name_follows(text, end) or _longer_name_before(text, start) or _alone_on_its_line(text, start, end):
        return False
    return not any(
        span.end <= start and _JOINS.fullmatch(text, span.end, start)
        or end <= span.start and _JOINS.fullmatch(text, end, span.start) for span in others)


def _a_persons_name(word: str) -> bool:
    return word in first_names() or word in world_first_names() or word in world_surnames()


def _longer_name_before(text: str, start: int) -> bool:
    """Whether a capitalised word, or one and a joining particle, ends right before on the line: "Port of Spain",
    "Papua New Guinea"; a sentence's own words ("in", "to", "the") are not capitalised."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word") if before.group("particle") is None or (
        before.group("particle").lower() in _JOINING_PARTICLES) else before.group("particle")
    # a sentence's first word is capitalised too ("Our Vietnamese supplier", "In Germany"): a stop word is no name
    return word[0].isupper() and word.lower() not in stop_words()


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the name is all of its line but punctuation: the last line of an address block ("...\nBrazil")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return "\n" in text and not _LETTER_OR_DIGIT.search(text[line_start:start] + text[end:line_end])


def _longer_name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word or a code ("Airways", "D8") follows on the line: the name is part of a longer one."""
    after = _BLANKS.match(text, end).end()
    return after < len(text) and (text[after].isupper() or text[after].isdigit())
