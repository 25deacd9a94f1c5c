"""Names after the courtesy titles of many languages (round 19, people19): "Bay Yılmaz", "anh Tuấn", "Pani Nowak".

English titles ("Mr", "Dr", "Herr", "Sra.") are read by people_in_structure; a request in Turkish, Vietnamese,
Indonesian, Polish, Swahili or Yoruba writes its own: "Bayan", "chị", "Ông", "Bapak", "Ibu", "pani", "Bwana",
"Ogbeni", "السيد". The titles come from the person providers of Faker (MIT; each locale's `prefixes`), which every
locale keeps, plus the few everyday forms it lacks ("Pak", "Bu", "Sayın", "Dhr.", "Mevr.", "Shri", "Smt.", Polish cases "Panią", "Pana").

After a title come one to three words of a name: the first written with a capital (or in a script without case),
no stop word, no word of English or of another Latin-script language unless a name list holds it ("Bay Area",
"Chief Executive", "Mama Mia" are no people); the next ones only if capitalised and read as surnames. A title that is
a word too ("Bay", "Pan", "Mama", "Chief", "Lady") or a name in a script without case makes a doubtful finding
(wire only); any other title a confident one.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import matches_at_word_start
from redactor.detect.name_parts import (CALENDAR_WORDS, NAME_LOWER, NAME_UPPER, frequent_in_other_languages,
                                        is_common_word, is_ordinary_word, reads_as_surname)
from redactor.detect.place_names import is_place_name
from redactor.detect.script_letters import FOREIGN_LETTERS
from redactor.detect.term_lists import (TermListError, faker_person_providers, first_names, stop_words, surnames,
                                        term_list, world_first_names)

_SCORE = 0.7
# Everyday titles Faker's locales do not list (Indonesian/Malay, Turkish, Dutch, Indian, Scandinavian short forms).
_TITLES_FAKER_LACKS = ("Pak", "Bu", "Ibu", "Bapak", "Mbak", "Tuan", "Puan", "Encik", "Cik", "Haji", "Hajah",
                       "Ustaz", "Ustazah", "Sayın", "Dhr.", "Mevr.", "Mw.", "Meneer", "Mevrouw", "Shri", "Sri", "Smt.",
                       "Shrimati", "Hr.", "Fr.", "Frk.", "Signor", "Signora", "Monsieur", "Madame", "Pan", "Pani",
                       "Em", "Ông", "Bà", "Chị", "Anh", "Cô", "Chú", "Pana", "Panu", "Panem", "Panią", "Panie",
                       "Господин", "Госпожа")
# Read by people_in_structure's `_names_after_titles` already (one way to read a title).
_ENGLISH_TITLES = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "mme", "mlle", "herr",
                             "frau", "sra", "sr", "señora", "señor", "sig.ra", "sig"})
_ZIPF_OF_A_WORD_ELSEWHERE = 3.0
# Parts of surnames, not titles, though three of Faker's locales list them as prefixes.
_NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
                             "van", "von", "der", "den", "ter", "ten"})
# Any script's letters, and the marks Indic scripts write inside a word (no letters to Python's `\w`).
_LETTER = rf"(?:[^\W\d_]|[{FOREIGN_LETTERS}])"
_NAME_WORD = rf"{_LETTER}(?:{_LETTER}|['’-](?={_LETTER}))*(?!{_LETTER})"
# Lower-case particles a surname may open with after a title ("Mevr. de Vries", "Bapak bin Salleh").
_PARTICLES = r"(?:de|van|von|der|den|da|dos|das|di|du|la|le|bin|binti|al|el|ter|ten)"
_LEADING_PARTICLES = rf"(?:{_PARTICLES}[ \t]+){{0,2}}"
_PARTICLE_WORD = re.compile(_PARTICLES)
_MAX_CASELESS_WORDS = 2
_MAX_WORDS = 3


@functools.lru_cache(maxsize=1)
def world_titles() -> tuple[frozenset[str], frozenset[str]]:
    """(every title, lower case without its final full stop; the titles that are words too), English ones aside.

    Faker's `prefixes` also hold name particles ("de", "du": es_ES, fr_FR, pt_PT), one-letter initials ("H.", "R.") and
    Thai military ranks in capitals ("GEN", "LT"): a stop word, one letter or a title in capitals is left out.
    """
    listed: set[str] = set(_TITLES_FAKER_LACKS)
    for provider in faker_person_providers("world titles"):
        for attribute in ("prefixes", "prefixes_male", "prefixes_female", "prefixes_nonbinary"):
            values = vars(provider).get(attribute) if provider is not None else None
            if isinstance(values, dict):
                values = list(values)
            if isinstance(values, (list, tuple)):
                listed.update(value for value in values if isinstance(value, str))
    titles: set[str] = set()
    for title in listed:
        bare = title.rstrip(".")
        folded = bare.casefold()
        if "(" in bare or len(bare) < 2 or (bare.isupper() and len(bare) > 1 and bare.isascii()) \
                or folded in stop_words() or folded in _ENGLISH_TITLES or not bare[:1].isalpha() \
                or any(part in _NAME_PARTICLES for part in folded.split()):
            continue
        titles.add(folded)
    if len(titles) < 100:
        raise TermListError(f"world titles: only {len(titles)} titles; the faker package is damaged")
    # A word of English ("bay", "pan", "chief"), or a short frequent word of another language ("av", "bu"); a longer
    # one ("bayan", "pani", "monsieur") is frequent elsewhere because it is that language's title.
    words_too = frozenset(title for title in titles if " " not in title and "." not in title and (
        is_ordinary_word(title) or (len(title) <= 3 and frequent_in_other_languages(title, _ZIPF_OF_A_WORD_ELSEWHERE))))
    return frozenset(titles), words_too


@functools.lru_cache(maxsize=1)
def _title_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    titles, _ = world_titles()
    alternatives = "|".join(re.escape(title).replace(r"\ ", r"[ \t]+")
                            for title in sorted(titles, key=len, reverse=True))
    name = rf"{_LEADING_PARTICLES}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,{_MAX_WORDS - 1}}}"
    pattern = re.compile(rf"(?i:(?P<title>{alternatives}))\.?[ \t]+(?P<name>{name})")
    cues = tuple(sorted({title.split()[0].split(".")[0] for title in titles}))
    return pattern, cues


def _listed(folded: str) -> bool:
    return folded in first_names() or folded in world_first_names() or folded in surnames()


def _caseless(word: str) -> bool:
    return not (word[:1].isupper() or word[:1].islower())


def _opens_a_name(word: str, title_is_a_word: bool) -> bool:
    """A capitalised word (or one of a script without case) that is no word of a language unless a name list has it.

    After a title that is a word too, the name must be on a name list or carry letters English does not write
    ("Bay Yılmaz", "Pan Kowalski"; not "Bay Bridge", "Rev Limiter", "Ir Kafka"), and be no English word or tech term.
    """
    folded = word.casefold()
    if not (word[:1].isupper() or _caseless(word)) or folded in stop_words() or folded in CALENDAR_WORDS:
        return False
    if word.isupper() and len(word) > 1 and not _listed(folded):
        return False  # "Bay NOTE", "Pan AM": capitals that are not a listed name
    if _caseless(word):
        return True
    if (folded in term_list("tech_terms") or folded in term_list("code_keywords")) and (
            title_is_a_word or not _listed(folded)):
        return False  # "Ir Kafka", "Av Kubernetes"; a listed name after a title that is only a title stays ("Sayın Elif")
    if title_is_a_word:
        return not is_common_word(folded) and (_listed(folded) or not word.isascii())
    # No test of other languages' frequencies: the title is the cue, and "Yılmaz", "Svensson" are frequent there.
    return _listed(folded) or not is_ordinary_word(folded)


def _goes_on(word: str, first: str) -> bool:
    folded = word.casefold()
    if _caseless(first) != _caseless(word) or not (word[:1].isupper() or _caseless(word)):
        return False
    return folded not in stop_words() and folded not in CALENDAR_WORDS and reads_as_surname(folded)


def names_after_world_titles(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans for the names that follow a courtesy title of another language (see the module doc)."""
    pattern, cues = _title_pattern()
    _, words_too = world_titles()
    for match in matches_at_word_start(pattern, text, "-.'’/@_", cues):
        words = match.group("name").split()
        particles = 0
        while particles < len(words) - 1 and _PARTICLE_WORD.fullmatch(words[particles]):
            particles += 1
        leading, words = words[:particles], words[particles:]
        title = " ".join(match.group("title").casefold().split())
        title_is_a_word = title in words_too
        if not _opens_a_name(words[0], title_is_a_word):
            continue
        if title_is_a_word and match.group("title")[:1].islower() and words[0].isascii() \
                and not _listed(words[0].casefold()):
            continue  # "the bay Bridgeton", "we cut Costs": a lower-case word is a title before a listed name only
        kept = leading + [words[0]]
        for word in words[1:_MAX_CASELESS_WORDS if _caseless(words[0]) else _MAX_WORDS]:
            if not _goes_on(word, words[0]):
                break
            kept.append(word)
        start = match.start("name")
        end = start + len(" ".join(kept)) if len(kept) == 1 else _end_of(text, start, kept)
        if is_place_name(text[match.start():end]):
            continue  # "Sri Lanka", "Don Benito": title and name are a place's name
        place = is_place_name(text[start:end])
        if place and (title_is_a_word or not _listed(words[0].casefold())):
            continue  # "Bay Ridge", "Prince Albert": a place after a word; "chị Lan", "Bwana Kamau" stay (doubtful)
        doubtful = title_is_a_word or _caseless(words[0]) or place
        yield Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE if doubtful else _SCORE, detector)


def _end_of(text: str, start: int, words: list[str]) -> int:
    """Where the last of `words` ends, the words read from `start` over any blanks between them."""
    position = start
    for word in words:
        position = text.index(word, position) + len(word)
    return position
