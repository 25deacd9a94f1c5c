"""The edges of a PERSON span in any line (round 20, precision20).

spaCy's English model and the rules that widen a name read the words beside it as part of it: a greeting before
("Hola Lucía", "Hej Erik", "Bonjour Amélie"), a Turkish title after ("Ayşe Hanım"), a verb and its object after
("Astrid Lindqvist skickar protokollet"). Once every rule has read the chunk, a word at either edge of a span of
several words is cut when its form says it is no name: a greeting (person_cues term list), a title written after a
name, or a lower-case word (a particle before a capitalised word stays: "de Vries"). The word left last is never cut,
nor a span written all in lower case, nor a lower-case given name before a capitalised surname ("adaeze Okafor",
round 24: `lower_case_given_name`). Tried and dropped: cutting titles before a name and frequent words of the
line's language at either edge leaked 6-10 more spans on blind18 (first names of no list, annotations with titles).
Round 26 (prec26): common words before a lower-case word inside the span ("Nachricht von Sabine Hoffmann") are cut
when none of them is a listed name: a name holds no lower-case word but a particle before its surname.
"""
from __future__ import annotations

import functools
import re

import yaml

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.language_common_words import FORMAL_PRONOUNS, is_common_word_of_a_cased_script, line_language_in
from redactor.detect.names_in_scripts import is_listed_name_of_its_script, is_no_name_part_in_its_script
from redactor.detect.name_parts import CALENDAR_WORDS, frequent_in_other_languages, is_ordinary_word
from redactor.detect.place_names import is_place_name
from redactor.detect.street_words import has_street_word
from redactor.detect.term_lists import (DATA_DIR, first_names, person_cues, stop_words, surnames, term_list,
                                        world_first_names, world_surnames)
from redactor.detect.word_frequencies import zipf_frequency

_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = ",.;:!?¡¿()\"'’“”«»"
_CASELESS_PUNCTUATION = "،؛؟।॥׳״"  # Arabic, Devanagari and Hebrew punctuation beside a word
# Particles that open a surname ("de Vries", "van Dijk", "da Silva"): lower case, yet part of the name before it.
_PARTICLES = frozenset("de del della di da do dos das du des la le van von der den ter ten bin al el".split())
# Titles written after a name ("Ayşe Hanım", "Emre Bey").
_TITLES_AFTER = frozenset({"hanım", "bey", "hanımefendi", "beyefendi", "hoca", "hocam"})


def person_span_edges(chunk: str, start: int, end: int) -> tuple[int, int]:
    """chunk[start:end], a PERSON, without the greetings, titles after it and lower-case words at its edges."""
    words = [(match.start() + start, match.end() + start) for match in _WORD.finditer(chunk[start:end])]
    if len(words) < 2:
        return start, end
    kept = _without_common_words_where_case_says_nothing(chunk, words)
    if not any(chunk[word_start].isupper() for word_start, _ in kept):
        # all lower case (a chat that writes no capitals) or a script without case: nothing more to tell by
        return (start, end) if kept == words else _trimmed(chunk, kept)
    words = kept
    if _reads_as_an_address(chunk[start:end]):
        # "ul. Długa 5", "via Roma 12 int. 4": a street the model took for a person. Its words are an address's
        # (lower-case street and unit words, "12a"), and address_runs joins it to its tail by its own edges.
        return start, end
    words = _without_opening_greeting(chunk, words)
    words = _without_words_beyond_a_preposition(chunk, words)
    words = _without_pronouns_at_edges(chunk, words)
    # The end first: "Ayşe Hanım" is a first name before a title, whatever the start would make of it.
    while len(words) > 1 and _not_closing_a_name(_bare(chunk, *words[-1])):
        words.pop()
    while len(words) > 1 and _not_opening_a_name(_bare(chunk, *words[0]), _bare(chunk, *words[1]),
                                                 len(words) > 2) and not (
            chunk[words[1][0]].isupper() and lower_case_given_name(chunk, chunk[words[0][0]:words[0][1]], words[1][0])):
        words.pop(0)
    return _trimmed(chunk, words) or (start, end)


def _trimmed(chunk: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The edges of `words` without the punctuation at either end (None when nothing but punctuation is left)."""
    first_start = words[0][0]
    while first_start < words[-1][1] and chunk[first_start] in _EDGE_PUNCTUATION:
        first_start += 1
    last_end = words[-1][1]
    while last_end > first_start and chunk[last_end - 1] in _EDGE_PUNCTUATION:
        last_end -= 1
    return (first_start, last_end) if last_end > first_start else None


def _without_common_words_where_case_says_nothing(chunk: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`words` without the common words at their edges that a capital cannot tell from a name (round 30):
    - in a spaced script without letter case (Arabic, Hebrew, the Indic scripts), the most frequent words of its
      languages and ordinary words after a fused preposition, listed names in none of their readings
      (`names_in_scripts.is_no_name_part_in_its_script`: "[أن] زوجها ...", "דני [מהמחסן]", "सुनील [व]"); a closing
      word that makes a listed name with the word before it stays ("عبد العزيز");
    - in Cyrillic, a verb's infinitive opening a line or sentence before a name of two words or more ("[Выдать]
      Смирновой Анне Викторовне", "[Прийняти] Ковальчука Тараса ...": an order's verb), a common word on no name
      list (language_common_words reads such a word alone). A name ends in no infinitive's ending; frequency alone
      cannot tell a verb from a name that no list holds ("Димитър" is as frequent as "Выдать").
    An Arabic word with the article stays (family names are written with it: "المصري", "الحربي"), and so does the
    last word. Latin-script words are the case rules' below."""
    def no_name_part(index: int) -> bool:
        word = _bare(chunk, *words[index]).strip(_CASELESS_PUNCTUATION)
        return not word.startswith(_ARABIC_ARTICLE) and is_no_name_part_in_its_script(word)

    while len(words) > 1 and no_name_part(0):
        words = words[1:]
    while len(words) > 1 and no_name_part(-1) and not is_listed_name_of_its_script(
            f"{_bare(chunk, *words[-2])} {_bare(chunk, *words[-1])}"):
        words = words[:-1]
    if (len(words) >= 3 and _CYRILLIC_INFINITIVE.search(chunk, *words[0])
            and is_common_word_of_a_cased_script(chunk, *words[0])):
        words = words[1:]
    return words


_ARABIC_ARTICLE = ("ال", "أل")
# The endings of a Russian, Ukrainian or Belarusian verb's infinitive, reflexive or not ("выдать", "звільнити").
_CYRILLIC_INFINITIVE = re.compile("(?:ть|ти|тися|ться|тись|чь)$")


def _without_words_beyond_a_preposition(chunk: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`words` without a head of common words before a lower-case word ("Nachricht von", "Mensaje de") when no word
    of the head is a name of any list. A name holds no lower-case word but a particle before its surname, so such a
    word is a preposition the model read into the name; a head with a listed name ("Ursula von der Leyen") or a word
    no language writes often (a name of no list) stays, and so does a span whose words after the preposition are
    common words of no name too: an organisation the model read as a person ("Escuela de Música"). Before one word
    a particle may be the name's ("Kees de Boer": a given name that is a Dutch word), so the cut needs two capitalised
    words after it, a given name and a surname ("von Sabine Hoffmann"). The tail after such a word is not cut: "Anna Weber bei Deutsche Bank" ends in an organisation the span keeps covered."""
    line_start = chunk.rfind("\n", 0, words[0][0]) + 1
    if re.search(r"\d\W*$", chunk[line_start:words[0][0]]):
        return words  # an address's words after its number: address_runs reads them by the span's edges
    bare = [_bare(chunk, *word) for word in words]
    for index in range(1, len(words) - 1):
        if not bare[index].islower():
            continue
        head, rest = bare[:index], bare[index + 1:]
        if (len(rest) >= 2 and rest[0][:1].isupper() and rest[1][:1].isupper()
                and all(word[:1].isupper() and _common_word_of_no_name(chunk, word, words[0][0]) for word in head)
                and not all(_common_word_of_no_name(chunk, word, words[0][0]) for word in rest)):
            return words[index + 1:]
        break
    return words


def _without_pronouns_at_edges(chunk: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`words` without the pronouns of formal address of a noun-capitalising language at either edge ("[Sie Ihrem]
    Kind", "Rufen [Sie] Herrn Wolf"): German writes "Sie" and "Ihr" in capitals, and a name holds neither
    (language_common_words.FORMAL_PRONOUNS). The last word always stays. Round 27 (prec27b)."""
    line_start = chunk.rfind("\n", 0, words[0][0]) + 1
    line_end = chunk.find("\n", words[-1][1])
    language = line_language_in(chunk, line_start, line_end if line_end != -1 else len(chunk))
    pronouns = FORMAL_PRONOUNS.get(language)
    if not pronouns:
        return words

    def pronoun(word: tuple[int, int]) -> bool:
        bare = _bare(chunk, *word)
        return bare[:1].isupper() and bare.casefold() in pronouns

    while len(words) > 1 and pronoun(words[0]):
        words = words[1:]
    while len(words) > 1 and pronoun(words[-1]):
        words = words[:-1]
    return words


def _common_word_of_no_name(chunk: str, word: str, at: int) -> bool:
    if not word.isalpha():
        return False  # "Anne-Marie", "D'Souza": word lists score the parts, a name is the whole
    folded = word.casefold()
    if (folded in first_names() or folded in world_first_names() or folded in surnames()
            or folded in world_surnames()):
        return False
    line_start = chunk.rfind("\n", 0, at) + 1
    line_end = chunk.find("\n", at)
    language = line_language_in(chunk, line_start, line_end if line_end != -1 else len(chunk))
    return (is_ordinary_word(folded) or frequent_in_other_languages(folded, _COMMON_IN_LANGUAGE)
            or language is not None and zipf_frequency(folded, language) >= _COMMON_IN_LANGUAGE)


def _reads_as_an_address(value: str) -> bool:
    return any(char.isdigit() for char in value) or has_street_word(value)


def _bare(chunk: str, start: int, end: int) -> str:
    return chunk[start:end].strip(_EDGE_PUNCTUATION)


def _not_opening_a_name(word: str, next_word: str, surname_after_next: bool) -> bool:
    if not word:
        return True
    folded = word.casefold()
    if folded in _PARTICLES and next_word[:1].isupper():
        # "de Vries", "Van Dijk", "Da Silva"; but a particle opens a surname, never a given name: in lower case
        # before a first name that a surname follows it is a preposition ("la familia [de Carlos Ramírez]",
        # "Brief [von Anna Weber]"). Round 27 (prec27b).
        return (word.islower() and surname_after_next
                and (next_word.casefold() in first_names() or next_word.casefold() in world_first_names()))
    if word.islower():
        return True
    if folded in person_cues().greetings:
        return True
    return False


def _not_closing_a_name(word: str) -> bool:
    if not word:
        return True
    folded = word.casefold()
    if word.islower() or folded in _TITLES_AFTER:
        return True
    return False


_COMMON_IN_LANGUAGE = 3.0  # Zipf: a word the line's language writes once per million words is a word there
_FUNCTION_WORD_ELSEWHERE = 5.0  # "per", "con", "bei", "dan": first names on some list, function words of a language


def lower_case_given_name(text: str, word: str, name_start: int) -> bool:
    """Whether a lower-case word right before a capitalised name is its given name, as logs and chat write it
    ("assigned to adaeze Okafor", "from chidi Eze"): a listed first name that is no stop word, no ordinary word of
    English, no function word of another language and no common word of the line's own language ("mark Johnson as
    done" and "per Hansen's request" stay as they are). The same test keeps it when the span's edges are cut."""
    if not word.isalpha() or not word.islower():
        return False
    if word not in first_names() and word not in world_first_names():
        return False
    if (word in stop_words() or word in term_list("name_stop_words") or word in CALENDAR_WORDS or is_ordinary_word(word)
            or frequent_in_other_languages(word, _FUNCTION_WORD_ELSEWHERE)):
        return False
    line_start = text.rfind("\n", 0, name_start) + 1
    line_end = text.find("\n", name_start)
    language = line_language_in(text, line_start, line_end if line_end != -1 else len(text))
    return language is None or zipf_frequency(word, language) < _COMMON_IN_LANGUAGE


# --- greetings, sign-offs and articles that are no name (round 20, greetings20) -------------------------------------

# Below the wire's minimum score: the finding stays visible to tools that read every score, and goes nowhere.
_BELOW_WIRE_SCORE = WIRE_MIN_SCORE - 0.05
_NAMED_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_LINE_PUNCTUATION = " \t,.;:!?¡¿-–—"
# Capitalised articles and determiners and the languages they open a noun phrase of ("Der Kunde", "Le client").
_ARTICLE_LANGUAGES = {
    "der": ("de",), "die": ("de",), "das": ("de",), "dem": ("de",), "den": ("de", "sv"), "ein": ("de",),
    "eine": ("de",), "einen": ("de",), "le": ("fr",), "la": ("fr", "es", "it"), "les": ("fr",), "el": ("es",),
    "los": ("es",), "las": ("es",), "il": ("it",), "lo": ("it",), "gli": ("it",), "het": ("nl",), "de": ("nl",),
    "un": ("fr", "es", "it"), "une": ("fr",), "una": ("es", "it"), "uno": ("it",), "o": ("pt",), "os": ("pt",),
}
# A word the language uses at least once per million words (wordfreq's Zipf scale) is one of its common words.
_COMMON_ZIPF = 3.0


@functools.lru_cache(maxsize=1)
def greeting_phrases() -> frozenset[str]:
    """The greetings and sign-offs of greeting_phrases.yaml and person_cues.yaml, lower case, blanks single."""
    by_language = yaml.safe_load((DATA_DIR / "greeting_phrases.yaml").read_text(encoding="utf-8"))
    phrases = {phrase for entries in by_language.values() for phrase in entries}
    phrases.update(person_cues().greetings, person_cues().sign_offs)
    return frozenset(" ".join(phrase.split()) for phrase in phrases)


def greeting_or_article_score(chunk: str, start: int, end: int, kind: str, score: float) -> float:
    """The score of chunk[start:end], a PERSON, ORGANIZATION or LOCATION: below the wire when its words are a
    greeting or sign-off ("Viele Grüße", "Saludos cordiales"), when it lies in a line that is only one ("Bonne" of
    "Bonne journée,"), or, a PERSON, when it is an article and one common word of the article's language on no
    name list and no place ("Der Kunde", "El pedido"); else `score`."""
    if kind not in _NAMED_KINDS:
        return score
    value = chunk[start:end]
    if _is_greeting_phrase(value):
        return min(score, _BELOW_WIRE_SCORE)
    line_start = chunk.rfind("\n", 0, start) + 1
    line_end = chunk.find("\n", end)
    if _is_greeting_phrase(chunk[line_start:len(chunk) if line_end == -1 else line_end]):
        return min(score, _BELOW_WIRE_SCORE)
    if kind == "PERSON" and _article_and_common_word(value):
        return min(score, _BELOW_WIRE_SCORE)
    return score


def _folded_phrase(value: str) -> str:
    return " ".join(value.strip(_LINE_PUNCTUATION).casefold().split())


@functools.lru_cache(maxsize=1)
def _longest_greeting_phrase() -> int:
    return max(map(len, greeting_phrases()))


def _is_greeting_phrase(value: str) -> bool:
    """Whether `value`, folded (_folded_phrase), is one of greeting_phrases.

    A long value is told by its head first: folding keeps every character but blanks and the punctuation at the
    edges, each as one character or more (casefold), so the head's folding is the start of the whole's, and a head
    that folds longer than the longest phrase rules the whole out. A name in a long line of prose (a PERSON is
    tested against its whole line) costs a head, not the line.
    """
    longest = _longest_greeting_phrase()
    if len(value) > longest and len(_folded_phrase(value.lstrip(_LINE_PUNCTUATION)[:longest + 1])) > longest:
        return False
    return _folded_phrase(value) in greeting_phrases()


def _article_and_common_word(value: str) -> bool:
    words = value.split()
    if len(words) != 2:
        return False
    article, noun = words[0].casefold(), words[1].strip(_EDGE_PUNCTUATION)
    languages = _ARTICLE_LANGUAGES.get(article)
    if not languages or not noun[:1].isalpha() or not words[0][:1].isupper() and article not in ("der", "die", "das"):
        return False  # "der Termin": a German article in lower case, only there
    folded = noun.casefold()
    if (folded in first_names() or folded in world_first_names() or folded in surnames()
            or folded in world_surnames() or is_place_name(value) or is_place_name(noun)):
        return False  # "De Jong", "La Paz", "Le Pen": a name or a place after the article
    # Only German capitalises its nouns: in the other languages a capitalised word after an article is a name's
    # cue ("De Vries", "La Fontaine"), a lower-case one a noun ("Het bestand").
    return any(zipf_frequency(folded, language) >= _COMMON_ZIPF and (language == "de" or noun.islower())
               for language in languages)


def _without_opening_greeting(chunk: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`words` without a greeting or sign-off of several words that opens them ("Viele Grüße Anna Weber"); the
    last word always stays."""
    phrases = greeting_phrases()
    # The phrase may begin before the span, on its line ("Mit freundlichen [Grüßen Jonas Keller]").
    line_start = chunk.rfind("\n", 0, words[0][0]) + 1
    before = chunk[line_start:words[0][0]].rsplit(None, 4)[-4:]  # the last four words: rsplit stops there
    for count in range(len(words) - 1, 0, -1):
        opening = _folded_phrase(chunk[words[0][0]:words[count - 1][1]])
        for skipped in range(len(before) + 1):
            if _folded_phrase(" ".join([*before[skipped:], opening])) in phrases and (skipped < len(before) or count > 1):
                return words[count:]
    return words
