"""Common words of a line's own language, which the English NER model reads as names (round 18, precision18).

spaCy's English model and the capitalised-word rules read other languages' capitalised words as entities: every German
noun, a French or Dutch sentence's first word, greetings ("[[PERSON]] hat die [[PERSON]] verschoben", "Grazie",
"levert morgen"). A line is of one of `OTHER_LATIN_LANGUAGES` when most of its words are common words of that language
(wordfreq, Zipf 3 or more: once per million words) and fewer of them are English ones; a table row is no sentence. In
such a line, a PERSON, LOCATION or NRP of at most one capitalised word is not a name when each of its words is a
common word of that language and none is on a name list: census first names and surnames, the first names and
surnames of Faker's locales ("Sabine", "Joost", "Yılmaz"), or GeoNames places; and when it holds no legal form
("GmbH") and no digit. A weekday or month of the line's language that only a surname list holds ("Freitag"), a
function word written in lower case (Zipf 4.5 or more: "der", "de", "la") and a capitalised particle before a
lower-case word ("De leverancier"; not "De Jong") name no one. Organisations and runs of two capitalised words stay:
they are named with common words ("Banco Nacional"), and filtering them leaked organisations on blind9..16.
Round 21 (precision21): in a German line only German people's names (Faker's German locales), census first names and
places keep a noun ("Kunde", "Raum" are census surnames) and a title keeps the word after it; an organisation of
common words only scores like a person (no longer doubtful).
"""
from __future__ import annotations

import bisect
import functools
import importlib
import pkgutil
import re

from redactor.detect.confidence import DOUBTFUL_SCORE, WIRE_MIN_SCORE
from redactor.detect.name_parts import OTHER_LATIN_LANGUAGES, frequent_in_other_languages
from redactor.detect.names_in_scripts import is_listed_name_of_its_script
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import (FIRST_NAME_ATTRIBUTES, first_names, stop_words, stop_words_of, surnames,
                                        world_first_names, world_surnames)
from redactor.detect.word_frequencies import frequent_in_any, zipf_frequency
from redactor.detect.word_windows import window_counts

# A word the language uses at least once per million words (wordfreq's Zipf scale) is one of its common words.
_COMMON_ZIPF = 3.0
# A line needs this many words, most of them (this share) common in its language, to be of that language: a short
# line ("Danke Sabine") says too little, and a line of names and English words is no other language's.
_LEAST_WORDS = 3
_LEAST_SHARE = 0.6
_CONTEXT = 160
_READ_LANGUAGES = ("en", *OTHER_LATIN_LANGUAGES)
_CELL_COMMA = re.compile(r",(?=\S)")  # "a,b": cells; a comma before a space or at the line end is prose
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Legal forms written as one Latin word ("GmbH", "AG", "BV", "SpA"): an organisation however common its other words.
_LEGAL_FORM_WORDS = frozenset({
    "gmbh", "ag", "kg", "ohg", "ug", "se", "bv", "nv", "vof", "sa", "sas", "sarl", "sàrl", "srl", "spa", "sl", "slu",
    "lda", "ltda", "sp", "zoo", "ab", "hb", "as", "oy", "aps", "şti", "aş", "inc", "ltd", "llc", "plc", "co", "corp",
})


@functools.lru_cache(maxsize=4096)
def line_language(line: str) -> str | None:
    """The language of `OTHER_LATIN_LANGUAGES` most of the line's words are common words of, or None (English, too
    short, mixed, or no such language)."""
    if "|" in line or "\t" in line or _CELL_COMMA.search(line):
        return None  # a table's row: cells, not a sentence of a language
    # Words common in none of the languages (names, codes: "Okonkwo", "Kowalczyk") say nothing of the line's language.
    words = [word for word in (word.lower() for word in _WORD.findall(line))
             if frequent_in_any(word, _READ_LANGUAGES, _COMMON_ZIPF)]
    if len(words) < _LEAST_WORDS:
        return None
    english = sum(frequent_in_any(word, ("en",), _COMMON_ZIPF) for word in words)
    if english >= _LEAST_SHARE * len(words):
        return None  # English, or too much of it to say: most traffic stops here, after one lookup a word
    counts = {language: sum(frequent_in_any(word, (language,), _COMMON_ZIPF) for word in words)
              for language in OTHER_LATIN_LANGUAGES}
    language = max(OTHER_LATIN_LANGUAGES, key=counts.__getitem__)
    if counts[language] < _LEAST_SHARE * len(words) or english >= counts[language]:
        return None
    return language


def _common_word(word: str) -> bool:
    """Whether line_language counts `word` (a word of `_WORD`) among the line's common words."""
    return frequent_in_any(word.lower(), _READ_LANGUAGES, _COMMON_ZIPF)


def _english_common_word(word: str) -> bool:
    """Whether line_language counts `word` among the common words that are English."""
    return _common_word(word) and frequent_in_any(word.lower(), ("en",), _COMMON_ZIPF)


_LINE_PREDICATES = (functools.lru_cache(maxsize=65536)(_common_word),
                    functools.lru_cache(maxsize=65536)(_english_common_word))


def line_language_in(text: str, start: int, end: int) -> str | None:
    """`line_language(text[start:end])`. Its first answers (None: fewer than `_LEAST_WORDS` common words, or English
    ones the most of them), which most lines get, are read from the text's word counts (word_windows.py): each
    finding asks for the line around it, a new string its cache has not seen."""
    _, common, english = window_counts(text, start, end, _WORD, _LINE_PREDICATES)
    if common < _LEAST_WORDS or english >= _LEAST_SHARE * common:
        return None
    return line_language(text[start:end])


def common_word_score(text: str, start: int, end: int, kind: str, score: float) -> float:
    """The score of text[start:end], a model's PERSON, LOCATION, NRP or ORGANIZATION, once its line's language is
    read: below the wire's minimum when it is only common words of that language on no name list and nothing
    points at an organisation; doubtful when it is such a word capitalised inside a clause of a language that
    does not capitalise its nouns ("la consegna per Ferrovie"): a proper-noun cue, not enough for the audit;
    else `score`."""
    if kind not in _NAMED_KINDS:
        return score
    value = text[start:end]
    if _CASED_SCRIPT_WORD.search(value) and _common_words_of_a_cased_script(text, start, end, value):
        return min(score, _BELOW_WIRE_SCORE)
    if kind == "PERSON" and value.islower() and _ordinary_lower_case_words(text, start, end, value):
        return min(score, _BELOW_WIRE_SCORE)
    if _is_line_label(text, start, end, value):
        return min(score, DOUBTFUL_SCORE if kind == "ORGANIZATION" else _BELOW_WIRE_SCORE)
    words = _WORD.findall(value)
    if not words or any(character.isdigit() for character in value):
        return score
    if kind == "PERSON" and len(words) >= 2 and _formal_pronoun_among_common_words(text, start, end, words):
        return min(score, _BELOW_WIRE_SCORE)
    if sum(word[0].isupper() for word in words) >= 2:
        # "Banco Nacional", "Grüne Wiese Bau": organisations are named with common words, and people too: scoring a
        # German PERSON of two nouns opening a sentence ("Der Kunde") leaked one more person on blind9..19 (round 21)
        return score
    if not all(frequent_in_other_languages(word.lower(), _COMMON_ZIPF) for word in words) and not (
            len(words) == 1 and kind != "ORGANIZATION" and is_unnamed_compound(words[0].lower())):
        # a word common in none of the languages ("Moreau"): no line need be read; a compound of common words
        # ("Lohnbuchhaltung") is read with its line below
        return score
    if _NUMBER_BESIDE.match(text, end) or _NUMBER_BEFORE.search(text, max(0, start - 12), start):
        return score  # "Travessa 12", "Plaza 9": an address's or a record's part, which the address runs join
    # The line around the entity, at most `_CONTEXT` characters each side: a language is a sentence's, and a long
    # line (a paragraph without breaks) costs no more than a short one.
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _CONTEXT)
    line = text[line_start:line_end]
    language = line_language_in(text, line_start, line_end)
    if language is None and "\n" in text and window_counts(
            text, line_start, line_end, _WORD, _LINE_PREDICATES)[1] < _LEAST_WORDS:
        # A greeting or a sign-off on its own line ("Viele Grüße", "Hallo Team"): the language of the lines around.
        language = line_language(" ".join(text[max(0, start - _CONTEXT):end + _CONTEXT].split()))
    if language is None or is_place_name(value):
        return score
    following = _WORD.findall(text, end, min(line_end, end + 40))
    if any(word.lower() in _LEGAL_FORM_WORDS for word in following[:3]):
        return score  # "Keller GmbH": the organisation rules' own cue
    before = text[line_start:start].rstrip()
    preceding = _WORD.findall(text, max(line_start, start - 12), start)[-1:]
    if any(word.lower() in _TITLES.get(language, ()) for word in [*preceding, *words]):
        return score  # "Frau Kunde", "Herr Raum": a title says a name follows, whatever the noun it is
    after = [*words[1:], following[0] if following and text[end:end + 1] == " " else ""]
    if not all(_common_word_naming_no_one(word, language, next_word.islower())
               for word, next_word in zip(words, after)):
        return score
    if language not in _NOUN_CAPITALISING and words[0][0].isupper() and before and (
            before[-1].isalnum() or before[-1] in "-'’"):
        return min(score, DOUBTFUL_SCORE)
    return min(score, _BELOW_WIRE_SCORE)


# Cyrillic and Greek: scripts with letter case that the English model cannot read, so it takes a capitalised heading
# or label ("Справка", "Выписка из ...", "Κηδεμόνας:") for a name. Their languages' wordfreq lists (round 29).
_CASED_SCRIPT_LANGUAGES = {"CYRILLIC": ("ru", "uk", "bg", "mk"), "GREEK": ("el",)}
_CASED_SCRIPT_WORD = re.compile("[\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]")
_CASED_SCRIPT_ONLY = re.compile("[\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]+(?:[ \t][\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]+)*")
# Where letter case says nothing of a word: a line's start (after a list mark), after a sentence's end or a colon,
# after a quote or Spanish opening marks ("¿Cómo", "¡Hola").
_CASE_SAYS_NOTHING_BEFORE = re.compile(r"(?:^|[.!?…:;][ \t]+)[ \t]*(?:[-*•>#]+[ \t]*)?[«\"'„“(]?[¿¡]?\Z", re.MULTILINE)
# Endings of Slavic surnames and patronymics ("Маринова", "Тодоров", "Коваленко", "Петрович", "Саркисян"): a word
# ending so may be a surname no list holds, whatever its frequency, and is left as found (recall first).
_SLAVIC_NAME_ENDING = re.compile("(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|[вн]ски|[вн]ска|енко|ко|ук|юк"
                                 "|ич|вна|ян|дзе|швили|ых|их)$")


def is_common_word_of_a_cased_script(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word in Cyrillic or Greek letters, is a common word of its script's languages
    where its capital says nothing (below): the word that opens a line or a sentence before a name ("Выдать
    Смирновой Анне ...") is read like a one-word heading. Read by person_span_edges (round 30)."""
    value = text[start:end]
    return " " not in value and bool(_CASED_SCRIPT_WORD.search(value)) and _common_words_of_a_cased_script(
        text, start, end, value)


def _common_words_of_a_cased_script(text: str, start: int, end: int, value: str) -> bool:
    """Whether text[start:end], a finding written in Cyrillic or Greek letters, is common words of that script's
    languages naming no one: one word where its capital says nothing (a line's or sentence's first word, a label
    before a colon: "Справка", "Выписка из карты", "Κηδεμόνας:", "Ενημερώστε την κα ..."), or lower-case words only
    ("что она", "повернення товару": the script has case, and a name in it is capitalised). Each word is at least
    once per million words in a language of its script (wordfreq), no first name or surname of Faker's lists for
    that script in any case form ("Вера", "Наталью", "Ελένη" stay), and no Slavic surname's ending ("Маринова")."""
    if not _CASED_SCRIPT_ONLY.fullmatch(value):
        return False
    words = value.split()
    if not value.islower():
        line_start = text.rfind("\n", 0, start) + 1
        if len(words) > 1 or not (_CASE_SAYS_NOTHING_BEFORE.search(text[max(line_start, start - 40):start])
                                  or text.startswith(":", end)):
            return False  # a capitalised word inside a sentence is a proper noun ("сказал Сергей")
    for word in words:
        script = "GREEK" if "\u0370" <= word[0] <= "\u03ff" or "\u1f00" <= word[0] <= "\u1fff" else "CYRILLIC"
        folded = word.casefold()
        if not any(zipf_frequency(folded, language) >= _COMMON_ZIPF for language in _CASED_SCRIPT_LANGUAGES[script]):
            return False
        if is_listed_name_of_its_script(word) or (script == "CYRILLIC" and _SLAVIC_NAME_ENDING.search(folded)):
            return False
    return True


_NAMED_KINDS = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
# The pronouns of formal address a noun-capitalising language writes in capitals inside a sentence (German "Sie",
# "Ihr", "Ihnen"): a closed class of the grammar. A name holds none; frequency alone cannot tell them from adjectives
# that open organisations' names ("Neue Wege": "neue" is as frequent as "ihrem").
FORMAL_PRONOUNS = {"de": frozenset("sie ihr ihre ihrem ihren ihrer ihres ihnen".split())}


def _formal_pronoun_among_common_words(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a PERSON of several words in a line of a noun-capitalising language ("Können Sie", "Sie Ihrem") is
    only common words of it, none a name its own people bear nor a census first name, one of them a pronoun of formal
    address: German capitalises nouns, verbs opening a sentence and the formal "Sie", and the model reads a run of
    them as a name; a name holds no pronoun. Round 27 (prec27b); round 21 left two nouns ("Der Kunde") a name: they
    still are unless a pronoun stands among them."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _CONTEXT)
    language = line_language_in(text, line_start, line_end)
    if language not in FORMAL_PRONOUNS:
        return False
    pronouns = FORMAL_PRONOUNS[language]
    folded = [word.lower() for word in words]
    # (the pronouns themselves are asked of no list: GeoNames holds a place "Ihren")
    others = [word for word in folded if word not in pronouns]
    if len(others) == len(folded) or any(
            zipf_frequency(word, language) < _COMMON_ZIPF or word in names_of_language(language)
            or word in first_names() or is_place_name(word) for word in others):
        return False
    return True


def _ordinary_lower_case_words(text: str, start: int, end: int, value: str) -> bool:
    """Whether `value`, a PERSON in lower case, is ordinary words of English or of its line's language and none a
    listed name: a chat filler ("hi yeah"), a message after a role label ("Customer: my order never arrived").
    A lower-case name that is also a word ("rose", "mark") is listed and stays; an unlisted name ("okonkwo") is
    common in no language and stays."""
    words = _WORD.findall(value)
    if not words or any(_listed_name(word) for word in words):
        return False
    if all(zipf_frequency(word, "en") >= _COMMON_ZIPF for word in words):
        return True
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _CONTEXT)
    language = line_language_in(text, line_start, line_end)
    return language is not None and all(zipf_frequency(word, language) >= _COMMON_ZIPF for word in words)


@functools.lru_cache(maxsize=16384)
def _listed_name(word: str) -> bool:
    """Whether a lower-case word is a name a list vouches for. The census and Faker lists hold words too ("my", "ok"
    as first names, "yeah", "never" as surnames): a stop word is never one, and a surname only when it is rarer as
    an English word than `_WORD_AS_SURNAME`."""
    if word in stop_words():
        return False
    if word in first_names() or word in world_first_names() or is_place_name(word):
        return True
    return (word in surnames() or word in world_surnames()) and zipf_frequency(word, "en") < _WORD_AS_SURNAME


# A listed surname at least this frequent as an English word (Zipf: "yeah" 5.4, "never" 5.9) is read as the word.
_WORD_AS_SURNAME = 4.0
# A line's first word before a colon: a form's or a ticket's label ("Lieferadresse:", "Prioridad:", "Oggetto:").
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*•>#]+[ \t]*)?\Z")
_LABEL_AFTER = re.compile(r"[ \t]?:(?:[ \t]|$)", re.MULTILINE)
# Languages whose nouns join into one written word ("Liefer|adresse", "leverings|adres", "leverans|adress").
_COMPOUNDING = ("de", "nl", "sv")
_COMPOUND_PART = 3


def _is_line_label(text: str, start: int, end: int, value: str) -> bool:
    """Whether text[start:end] is one word opening its line before a colon, a common word of some language (or a
    compound of two) that is on no name list: its case is the line's, its colon a label's. A chat speaker ("Dana:",
    "Okonkwo:") is a listed name or no common word, and stays."""
    if not _WORD.fullmatch(value) or not _LABEL_AFTER.match(text, end):
        return False
    if not _LABEL_BEFORE.match(text[text.rfind("\n", 0, start) + 1:start]):
        return False
    folded = value.lower()
    if (folded in first_names() or folded in world_first_names() or folded in surnames()
            or folded in world_surnames()):
        return False
    return frequent_in_any(folded, _READ_LANGUAGES, _COMMON_ZIPF) or _is_compound_of_common_words(folded)


def _common_word_cut(head: str, tail: str) -> bool:
    """Whether `tail` is a common word of a compounding language and `head` a common word or a verb's stem of the same
    language, a linking "s" allowed."""
    for language in _COMPOUNDING:
        if zipf_frequency(tail, language) < _COMMON_ZIPF:
            continue
        stems = (head, head[:-1]) if head.endswith("s") else (head,)
        if any(zipf_frequency(form, language) >= _COMMON_ZIPF
               for stem in stems for form in (stem, stem + "n", stem + "en")):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _is_compound_of_common_words(folded: str) -> bool:
    """"lieferadresse" = "liefer(n)" + "adresse": a tail common in one compounding language after a head that is a
    common word of it, or a verb's stem ("liefer|n", "ansprech|en"), a linking "s" allowed ("leverings|adres")."""
    for cut in range(_COMPOUND_PART, len(folded) - _COMPOUND_PART):
        head, tail = folded[:cut], folded[cut:]
        if _common_word_cut(head, tail):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def is_unnamed_compound(folded: str) -> bool:
    """Whether `folded` is a compound of common words (`_is_compound_of_common_words`) at a cut whose tail forms no
    names: "steuer|nummer", "versand|etikett"; not "rosen|berg", "kessel|bach", "oster|mann", whose tails end many
    listed surnames and places ("-berg", "-bach", "-mann", "-dorf"), so that an unlisted surname or village of that
    form stays a name (round 31). No listed name or place is a compound here."""
    if len(folded) < _NAMELESS_COMPOUND_LEAST or _listed_name(folded):
        return False
    for cut in range(_NAMELESS_PART_LEAST, len(folded) - _NAMELESS_PART_LEAST + 1):
        head, tail = folded[:cut], folded[cut:]
        if _forms_names(tail):
            continue
        if _common_word_cut(head, tail):
            return True
    return False


# Swedish names its agencies by a compound in the definite form, alone ("Försäkringskassan", "Pensionsmyndigheten"),
# and the corpora annotate them: the nameless-compound reading is for German and Dutch lines only.
_NAMELESS_COMPOUND_LANGUAGES = ("de", "nl")
# Short words split into short common pieces as readily as names do ("Mar|loes", "Ing|vild", "Navi|trans"): a nameless
# compound has this many letters at least, and each part four.
_NAMELESS_COMPOUND_LEAST = 10
_NAMELESS_PART_LEAST = 4
# A word ending at least this many listed names or places with more before it forms names ("-berg", "-mann").
_NAME_TAIL_LEAST = 2


def _forms_names(tail: str) -> bool:
    """Whether at least `_NAME_TAIL_LEAST` listed surnames, first names or places longer than `tail` end with it."""
    ends, names = _names_backwards()
    backwards = tail[::-1]
    low = bisect.bisect_left(ends, backwards)
    high = bisect.bisect_left(ends, backwards + "\U0010ffff", low)
    return high - low - (backwards in names) >= _NAME_TAIL_LEAST


@functools.lru_cache(maxsize=1)
def _names_backwards() -> tuple[list[str], frozenset[str]]:
    """The listed surnames, first names and places of one word, each spelt backwards, sorted (for `_forms_names`):
    the census and Faker's lists, Faker's lists of the compounding languages, GeoNames' cities."""
    from redactor.detect import place_names

    place_names.load()
    names = set(surnames()) | set(world_surnames()) | set(world_first_names()) | set(place_names._own_names)
    for language in _COMPOUNDING:
        names |= names_of_language(language)
    backwards = sorted(name[::-1] for name in names if len(name) > _COMPOUND_PART * 2 and " " not in name)
    return backwards, frozenset(backwards)


# A house or unit number right after the entity, or right before it ("12 Calle Mayor"): an address part.
_NUMBER_BESIDE = re.compile(r"[ \t]?(?:n[ºo°]\.?\s?|nr\.?\s?|#)?\d", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\d[A-Za-z]?,?[ \t]$")
# Languages that capitalise every noun: a capitalised word inside one of their clauses names no one by its case.
_NOUN_CAPITALISING = frozenset({"de"})
# Titles before a surname in a noun-capitalising language, and the birth-name marker: the noun after one is a name
# ("Herr Sommer", "Anna Meier, geb. Kunde").
_TITLES = {"de": frozenset({"herr", "herrn", "frau", "fräulein", "dr", "prof", "geb", "geborene", "geborener"})}
# Below the wire's minimum score: the finding stays visible to tools that read every score, and goes nowhere.
_BELOW_WIRE_SCORE = WIRE_MIN_SCORE - 0.05


@functools.lru_cache(maxsize=16384)
def _common_word_naming_no_one(word: str, language: str, before_lower_case_word: bool) -> bool:
    folded = word.lower()
    zipf = zipf_frequency(folded, language)
    if zipf < _COMMON_ZIPF and language in _NAMELESS_COMPOUND_LANGUAGES and is_unnamed_compound(folded):
        # "Steuernummer", "Versandetikett": a noun joined of common words, rarer than its parts (round 31)
        return folded not in names_of_language(language) and not _listed_name(folded)
    if zipf < _COMMON_ZIPF or folded in _LEGAL_FORM_WORDS:
        return False
    if word.islower() and zipf >= _FUNCTION_WORD_ZIPF:
        return True
    if folded in _NAME_PARTICLES and before_lower_case_word:
        return True
    if folded in first_names() or is_place_name(folded):
        return False  # "Mark", "Paris": a census first name or a place is one in any language
    if language in _NOUN_CAPITALISING:
        # Every noun is capitalised, and the census and world lists hold thousands of them as surnames ("Kunde",
        # "Raum", "Grund") or first names ("Sie"): only the names the language's own people bear ("Koch",
        # "Richter", "Wolf" of Faker's German locales) tell a name from a noun of the line.
        if folded in world_first_names() and zipf < _FUNCTION_WORD_ZIPF:
            return False  # "Dmitri", "Rahel" in a German list: another country's first name, no German noun
        return folded in calendar_words(language) or folded not in names_of_language(language)
    if folded in world_first_names():
        return False  # "Domingo", "Abril": a first name that is also a weekday or a month stays one
    # "Freitag", "Montag": a weekday or month of the language, not the surname a list also holds.
    return folded in calendar_words(language) or not (folded in surnames() or folded in world_surnames())


# A lower-case word this frequent in its language is one of its function words ("der", "de", "la", "nie").
_FUNCTION_WORD_ZIPF = 4.5
# Articles and prepositions that open a sentence and also a surname ("De leverancier" / "De Jong").
_NAME_PARTICLES = frozenset("de der den die das het van von la le les el los las il lo du des da di del della dos".split())


@functools.lru_cache(maxsize=None)
def names_of_language(language: str) -> frozenset[str]:
    """Lower-case first names and surnames of Faker's person providers (MIT) of `language`'s locales."""
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        if module_info.name.split("_")[0] != language:
            continue
        provider = getattr(importlib.import_module(f"{person_providers.__name__}.{module_info.name}"), "Provider", None)
        for attribute in (*FIRST_NAME_ATTRIBUTES, "last_names", "last_names_male", "last_names_female"):
            listed = next((vars(cls)[attribute] for cls in getattr(provider, "__mro__", ()) if attribute in vars(cls)),
                          None)
            if isinstance(listed, (dict, list, tuple)):
                names.update(name.lower() for name in listed if isinstance(name, str) and " " not in name)
    return frozenset(names)


@functools.lru_cache(maxsize=None)
def calendar_words(language: str) -> frozenset[str]:
    """Lower-case weekday and month names of `language` from Faker's date providers of its locales ("freitag")."""
    import faker.providers.date_time as date_providers

    words: set[str] = set()
    for module_info in pkgutil.iter_modules(date_providers.__path__):
        if module_info.name.split("_")[0] != language:
            continue
        provider = getattr(importlib.import_module(f"{date_providers.__name__}.{module_info.name}"), "Provider", None)
        for attribute in ("DAY_NAMES", "MONTH_NAMES"):
            listed = getattr(provider, attribute, None)
            if isinstance(listed, dict):
                words.update(name.lower() for name in listed.values() if isinstance(name, str))
    return frozenset(words)


def warm_up() -> None:
    """Load the name, calendar and stop-word lists now (~180 ms), not on the first request holding another
    language."""
    world_surnames()
    _names_backwards()
    for language in OTHER_LATIN_LANGUAGES:
        calendar_words(language)
    for language in _OPENING_LANGUAGES:
        stop_words_of(language)
        names_of_language(language)


# Latin-script languages whose function words open a question at a line's start, and which the English model reads as
# names ("Quelle est ...", "Bagaimana cara ...", "Hur gör jag ...", "Làm sao ..."): spaCy's and wordfreq's lists of them.
_OPENING_LANGUAGES = (*OTHER_LATIN_LANGUAGES, "da", "nb", "fi", "cs", "sk", "sl", "hu", "ro", "id", "ms", "vi", "ca")
# A question word, a pronoun or a conjunction: this frequent in its language (Zipf), and this much more frequent
# there than in English, so a brand or a name that is an English word ("Apple", "Orange", "Total") is none.
_OPENING_WORD_ZIPF = 4.5
_MORE_THAN_ENGLISH = 1.5
_OPENING_MOST_WORDS = 3
_BEFORE_A_QUESTION_MARK = re.compile(r"[ \t]*\?")


def opening_function_word_score(text: str, start: int, end: int, kind: str, score: float) -> float:
    """The score of text[start:end], a PERSON or ORGANIZATION of the English model or its name rules (round 32:
    not the model's alone; no other finder's), read in a sentence of another Latin-script language: below the wire's minimum when it opens a line or
    a sentence (or stands before a question mark) and each of its words is a function word of one language of
    `_OPENING_LANGUAGES` (one of spaCy's stop words of it, Zipf 4.5 or more there and 1.5 more than in English), on no
    first-name list nor the names of that language's people, and that language is present around it (most of the
    other words of its sentence are its common words, more of them than English ones). The English model tags a
    sentence's capitalised first word in a language it cannot read as a name ("Quelle", "Wie", "Hur", "Bagaimana",
    "Làm"). First names that are words ("Mark", "Rose", "Paz", "Budi") stay whatever their frequency; a surname or
    place listing elsewhere does not keep a closed-class word ("Hur" a Korean surname, "Wie" a place). A frequent
    word outside that closed class (a greeting, a noun: "Hjælp", "Daftar") is left as found: Vietnamese names are
    all frequent syllables ("Hạnh"), a city is a frequent word of its language ("Jakarta"). Round 30, precision30."""
    if kind not in ("PERSON", "ORGANIZATION") or score < WIRE_MIN_SCORE:
        return score
    value = text[start:end]
    words = _WORD.findall(value)
    if not words or len(words) > _OPENING_MOST_WORDS or any(character.isdigit() for character in value):
        return score
    line_start = text.rfind("\n", 0, start) + 1
    if not (_CASE_SAYS_NOTHING_BEFORE.search(text[max(line_start, start - 40):start])
            or _BEFORE_A_QUESTION_MARK.match(text, end)):
        return score
    languages = _opening_word_languages(words[0].lower())
    for word in words[1:]:
        languages = languages & _opening_word_languages(word.lower())
    if not languages:
        return score
    others = _words_around(text, start, end)
    english = sum(zipf_frequency(word, "en") >= _COMMON_ZIPF for word in others)
    for language in languages:
        common = sum(zipf_frequency(word, language) >= _COMMON_ZIPF for word in others)
        if common >= 2 and common > english and common >= 0.5 * len(others):
            return min(score, _BELOW_WIRE_SCORE)
    return score


@functools.lru_cache(maxsize=4096)
def _opening_word_languages(folded: str) -> frozenset[str]:
    """The languages of `_OPENING_LANGUAGES` whose function word `folded` is (one of spaCy's stop words of the
    language, and frequent there, more than in English); none when a first-name list holds it, and not a language
    whose own people's names hold it ("Nguyễn", "Lê" of Faker's Vietnamese lists)."""
    if folded in first_names() or folded in world_first_names() or folded in _LEGAL_FORM_WORDS:
        return frozenset()
    english = zipf_frequency(folded, "en")
    return frozenset(language for language in _OPENING_LANGUAGES
                     if folded in stop_words_of(language)
                     and (zipf := zipf_frequency(folded, language)) >= _OPENING_WORD_ZIPF
                     and zipf >= english + _MORE_THAN_ENGLISH
                     and folded not in names_of_language(language))


def _words_around(text: str, start: int, end: int) -> list[str]:
    """The lower-case words of the span's line but the span's own (at most `_CONTEXT` characters each side); of the
    text around when the line holds fewer than `_LEAST_WORDS` others (a greeting on its own line)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _CONTEXT)
    others = [word.lower() for word in (*_WORD.findall(text, line_start, start), *_WORD.findall(text, end, line_end))]
    if len(others) < _LEAST_WORDS:
        others = [word.lower() for word in (*_WORD.findall(text, max(0, start - _CONTEXT), start),
                                            *_WORD.findall(text, end, min(len(text), end + _CONTEXT)))]
    return others
