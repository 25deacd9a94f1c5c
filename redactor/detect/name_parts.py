"""The parts of a person's name that identify them on their own ("Jeffery" of "Jeffery Ruiz").

Once "Jeffery Ruiz" is found, "Hi Jeffery," and "Cheers, Jeffery" name the
same person; the detection engine propagates these parts like any other
found value. A part that is an ordinary English word ("Rose", "Baker",
"Will") is not propagated: redacting every capitalised "Will" would cost far
more than it protects. The word list is SCOWL's lower-case entries
(redactor/data/common_words.txt).
"""
from __future__ import annotations

import functools

from redactor.detect.term_lists import (TermListError, first_names, stop_words, surnames, term_list,
                                       world_first_names)



# Letters that start and continue a name in any European script: "Dvořák", "Wiśniewska",
# "Nguyễn", "Øvergaard" (ASCII-only classes cut these names in two). Beyond Latin-1 the
# classes take whole blocks (Latin Extended-A/B, Greek, Cyrillic, Latin Extended Additional),
# both cases: a few ranges keep every regex test cheap, where one range per letter costs a
# scan of hundreds at every character.
_EXTENDED_LETTERS = "Ā-ɏͰ-ϿЀ-ӿḀ-ỿ"
# Greek and basic Cyrillic keep their capitals in blocks of their own, so a capital can be told from a
# small letter there ("Ольга", not "продлён": every Russian word read as capitalised made any two words
# a name). Latin Extended and the Cyrillic supplement interleave the cases and are taken whole.
_EXTENDED_CAPITALS = "Ā-ɏΆΈ-ΏΑ-ΫЀ-ЯѠ-ӿḀ-ỿ"
NAME_UPPER = "A-ZÀ-ÖØ-Þ" + _EXTENDED_CAPITALS
NAME_LOWER = "a-zß-öø-ÿ" + _EXTENDED_LETTERS

# Parts shorter than this ("Li", "Ng") are too likely to match something else.
MIN_PART_LENGTH = 3

# Word endings that derive an ordinary word from another ("reusable", "autonomously"). Short
# endings that also end surnames ("-er": Piquer from "pique", "-al") are not among them.
# Months and weekdays, in full and abbreviated: capitalised like names, never one alone.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())

_DERIVATION_SUFFIXES = ("ness", "ably", "ibly", "able", "ible", "ment", "less", "ful", "ity", "ous", "ive",
                        "ly", "ed", "ing")
# Particles that make a noun of a verb written as one word ("setup", "signoff"); shorter than a compound's
# parts may be, so the split below misses them. "in" and "on" are not among them ("Justin", "Dillon").
_PARTICLES = ("up", "out", "off", "down")
_CONTRACTION_ENDINGS = frozenset({"t", "s", "ve", "ll", "re", "m", "d"})
# Prefixes that make a verb of a verb ("redeploy", "unpin"); the stem must be an ordinary word of 4+ letters.
_REPEAT_PREFIXES = ("re", "un")

# Lower-case particles and titles that sit inside names but name no one.
_NOT_NAME_PARTS = frozenset(
    """
    van von der den het ten ter de del della dei di da das dos du des la le les lo bin ibn al el
    mr mrs ms miss dr prof sir dame jr sr
    """.split()
)


def common_words() -> frozenset[str]:
    """Lower-case ordinary English words (length >= 3) from the shipped SCOWL list."""
    return term_list("common_words")


def is_common_word(word: str) -> bool:
    """True if `word` (any case), or it without a plural "s", is an ordinary English word."""
    folded = word.casefold()
    words = common_words()
    return folded in words or (folded.endswith("s") and folded[:-1] in words)


@functools.lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """How often English text uses `word`: wordfreq's Zipf scale (3 is once per million words, 0 never seen).

    The one way the detectors ask wordfreq about English; each caller compares against the threshold its own
    question needs (a word people write, a name no list holds, a handle no one writes).
    """
    try:
        from redactor.detect.word_frequencies import zipf_frequency
    except ImportError as exc:  # a dependency of the package: a broken install, never a silent pass
        raise TermListError(f"word frequencies unavailable: install wordfreq==3.1.1 ({exc})") from None
    return zipf_frequency(word, "en")


# Latin-script languages whose frequent words stand alone on a line as headings and answers ("Zusammenfassung",
# "Remerciements", "Anexos") and answer a form's login label ("Apodo: ninguno", "Benutzer: keiner"). Not a test of
# names in general: wordfreq counts surnames too ("Demir" 5.0, "Svensson" 4.5 in Turkish and Swedish text).
OTHER_LATIN_LANGUAGES = ("es", "fr", "de", "it", "pt", "nl", "sv", "pl", "tr")


@functools.lru_cache(maxsize=16384)
def frequent_in_other_languages(word: str, zipf: float) -> bool:
    """Whether a word is at least this frequent (wordfreq's Zipf scale) in one of `OTHER_LATIN_LANGUAGES`."""
    from redactor.detect.word_frequencies import frequent_in_any

    return frequent_in_any(word, OTHER_LATIN_LANGUAGES, zipf)


@functools.lru_cache(maxsize=65536)
def is_ordinary_word(word: str) -> bool:
    """True if `word` names nothing by itself: a common word, a public tech term, a contraction
    ("Don't"), or a derived form or compound of common words that is not a census surname
    ("Reusable", "Responsiveness", "Workflow", "Codebase"; not "Newman", "Fleming").
    """
    folded = word.casefold()
    if is_common_word(folded) or folded in term_list("tech_terms") or folded in term_list("code_keywords"):
        return True
    for apostrophe in ("'", "’"):
        if apostrophe in folded:
            # "don't", "i’ve", "we'll": a contraction of an ordinary word (not "o'brien", "d'angelo").
            stem, _, ending = folded.partition(apostrophe)
            return ending in _CONTRACTION_ENDINGS and (len(stem) < MIN_PART_LENGTH or is_common_word(stem)
                                                       or stem in ("don", "won", "can", "isn", "aren"))
    if folded in surnames() or not folded.isalpha():
        return False
    words = common_words()
    # (Each list of endings and beginnings is tested at once first: most words have none of them.)
    if folded.endswith(_DERIVATION_SUFFIXES):
        for suffix in _DERIVATION_SUFFIXES:
            stem = folded[:-len(suffix)]
            if folded.endswith(suffix) and len(stem) >= MIN_PART_LENGTH and (stem in words or stem + "e" in words):
                return True
    if folded.startswith(_REPEAT_PREFIXES):
        for prefix in _REPEAT_PREFIXES:
            stem = folded[len(prefix):]
            if folded.startswith(prefix) and len(stem) >= 4 and (is_common_word(stem)
                                                                 or stem in term_list("tech_terms")):
                return True  # "rerun", "redeploy", "uninstall", "unmount": a prefix on an ordinary verb
    if folded.endswith(_PARTICLES) and any(folded[:-len(particle)] in words for particle in _PARTICLES
                                           if folded.endswith(particle)):
        return True  # "setup", "cleanup", "signoff", "markdown": a verb and its particle written as one word
    for cut in range(MIN_PART_LENGTH, len(folded) - MIN_PART_LENGTH + 1):
        if folded[:cut] in words and (folded[cut:] in words or is_common_word(folded[cut:])):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _software_lexicon() -> frozenset[str]:
    """Public software names: the registries' most used projects (software_names.txt), the package lists of
    public_packages.py (unscoped npm names only: a scope is often its author's handle) and the tech terms."""
    from redactor.detect.public_packages import public_npm_packages, public_python_modules

    npm = frozenset(name.rsplit("/", 1)[-1] for name in public_npm_packages() if "/" not in name)
    return term_list("software_names") | term_list("tech_terms") | public_python_modules() | npm


@functools.lru_cache(maxsize=65536)
def is_software_name(word: str) -> bool:
    """Whether one word names a public software project and no person: a package most downloaded from npm or PyPI,
    or a tech term, that no census first-name or surname list and no world first-name list holds ("Vite",
    "Pulumi", "Zustand", "Sequelize"; not "Julia", "Ruby", "Morgan", "Alice").

    A maintained lexicon decides this better than a hand list of the tools NER mistakes for people, places and
    organisations in developer prose; the name lists keep the words that also name people.
    """
    folded = word.casefold().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    if folded not in _software_lexicon():
        return False
    return not (folded in first_names() or folded in surnames() or folded in world_first_names())


def reads_as_surname(folded: str) -> bool:
    """Whether a lower-case word can be a surname: a census surname, or no word of the language and no stop word."""
    return folded in surnames() or not (is_ordinary_word(folded) or folded in stop_words())


@functools.lru_cache(maxsize=65536)
def name_parts(full_name: str) -> tuple[str, ...]:
    """The capitalised parts of a multi-word name that may be redacted on their own.

    "Jeffery Ruiz" -> ["Jeffery", "Ruiz"]; "Rose Baker" -> []; a one-word
    name has no parts (it is propagated as itself).
    """
    return tuple(part for part in _capitalised_parts(full_name) if not is_common_word(part))


@functools.lru_cache(maxsize=8192)
def common_word_parts(full_name: str) -> tuple[str, ...]:
    """The capitalised parts of a multi-word name that are ordinary words too: "Rose", "Baker" of "Rose Baker".

    Redacting every "Baker" would cost too much, but in a text where Rose Baker was found, a capitalised "Baker"
    inside a sentence ("ask Baker", "Rose confirmed") names her: the engine spreads these parts only where they read
    as a proper noun (engine._reads_as_proper_noun). Months, weekdays and stop words ("May", "Will") stay: inside a
    sentence they are still the month and the verb often enough.
    """
    return tuple(part for part in _capitalised_parts(full_name)
                 if is_common_word(part) and part.casefold() not in CALENDAR_WORDS
                 and part.casefold() not in stop_words())


def _capitalised_parts(full_name: str) -> list[str]:
    """The words of a multi-word name shaped like a name of their own: capitalised, letters, not a particle."""
    words = full_name.split()
    if len(words) < 2:
        return []
    parts: list[str] = []
    for word in words:
        # "O'Brien," -> "O'Brien": edges only, inner apostrophes and hyphens stay.
        part = word.strip(".,;:!?()[]{}\"'“”‘’")
        if len(part) < MIN_PART_LENGTH or not part[0].isupper() or part.isupper():
            continue
        if not any(char.isalpha() for char in part[1:]) or not all(char.isalpha() or char in "'’-" for char in part):
            continue
        if part.casefold() in _NOT_NAME_PARTS:
            continue
        if part not in parts:
            parts.append(part)
    return parts


def reads_as_initial_and_surname(user: str) -> bool:
    """An initial and a census surname that is no English word, and the whole no ordinary word, name, tech term or
    code keyword ("mgarcia"; not "redis", "fname", "kenji", "okafor")."""
    surname = user[1:]
    if surname not in surnames() or is_common_word(surname) or is_ordinary_word(user):
        return False
    if user in world_first_names() or user in surnames():
        return False  # "kenji", "okafor": a name, NER's to find
    return surname not in term_list("tech_terms") and user not in term_list("code_keywords")


def is_number_abbreviation(word: str) -> bool:
    """A German field label abbreviating "-nummer" ("Kundennr", "Rechnungsnr", "Steuernr" before ". 77-401-223"):
    no name of the name lists ends in "nr", so a word of six letters or more that does is a label, not a name."""
    return len(word) >= 6 and word.isalpha() and word.casefold().endswith("nr")


def is_handle_compound(word: str) -> bool:
    """A handle made of two words ("grumpycat", "hollowpine", "nightowl", "snowpetal") in a login's slot.

    is_ordinary_word reads any two common words written as one as an ordinary compound ("workflow", "codebase");
    in a login's slot ("user hollowpine", "my handle is grumpycat") such a word is what people pick as a handle,
    unless the dictionary, a derivation, a verb and its particle or the tech lists hold it whole.
    """
    if not (6 <= len(word) <= 20 and word.isalpha() and word.islower()):
        return False
    if (is_common_word(word) or word in term_list("tech_terms") or word in term_list("code_keywords")
            or word in stop_words()):
        return False
    for suffix in (*_DERIVATION_SUFFIXES, "ing", "ed", "er", "ers", "s"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (is_common_word(stem) or is_common_word(stem + "e")
                                                       or is_common_word(stem[:-1]) and stem[-1:] == stem[-2:-1]):
            return False
    if word.endswith(_PARTICLES) or word.startswith(_REPEAT_PREFIXES) and is_common_word(word[2:]):
        return False
    # Written as one word often enough to be in wordfreq's English list ("workflow", "homepage", "sandbox",
    # "username", zipf 2-5): a word of the trade, no handle ("grumpycat", "hollowpine": 0).
    return english_zipf(word) < 1.5


# A name word this frequent in English text (wordfreq's Zipf scale) is not taken in lower case: "grant", "hunter".
_LOWER_CASE_MAX_ZIPF = 3.0


@functools.lru_cache(maxsize=65536)
def name_case_variants(name: str) -> tuple[str, ...]:
    """The other letter cases a found person's name is written in elsewhere in the same request: its capitals
    ("KOWALSKI, Anna" in a roster, "ANNA KOWALSKI" on a form) and its lower case ("thanks anna", "@kowalski" in a
    chat), for the whole name and for each of its parts (`name_parts`; a one-word name is its own part).

    Capitals are taken for any part of four letters or more that `name_parts` keeps; lower case only for a word of
    no lexicon (not an ordinary word, a stop word, a place or a word of English at Zipf 3 or more: "mark", "paris",
    "hunter" stay words). The engine propagates these doubtful: the wire redacts them, an audit does not report them.
    """
    words = name.split()
    parts = name_parts(name) if len(words) > 1 else tuple(
        word for word in words if len(word) >= MIN_PART_LENGTH and word[:1].isupper() and not word.isupper()
        and word.isalpha() and not is_common_word(word))
    variants: list[str] = []
    lower_ok = True
    for part in parts:
        if len(part) < 4 or is_software_name(part) or _is_place(part):
            lower_ok = False
            continue
        variants.append(part.upper())
        if _lower_case_name(part):
            variants.append(part.lower())
        else:
            lower_ok = False
    if len(words) > 1 and parts and all(word.strip(".,") for word in words):
        variants.append(name.upper())
        if lower_ok and len(parts) == len(words):
            variants.append(name.lower())
    return tuple(variant for variant in dict.fromkeys(variants) if variant != name)


def _is_place(part: str) -> bool:
    from redactor.detect.place_names import is_place_name

    return is_place_name(part)


def _lower_case_name(part: str) -> bool:
    # A listed first name or surname that is no ordinary word ("nadia", "marcus", "okafor") is written in lower
    # case in chats and logs whatever its Zipf: English text is frequent in it because people bear it. The Zipf
    # bound keeps words no list holds as names ("hunter" and "grant" are ordinary words and stop before it).
    folded = part.casefold()
    if not part.isalpha() or is_ordinary_word(folded) or folded in stop_words():
        return False
    return (english_zipf(folded) < _LOWER_CASE_MAX_ZIPF or folded in first_names() or folded in world_first_names()
            or folded in surnames())


# Lists of what two or three capitals stand for when they are no one's initials: "PR", "IT", "CI", "ML", "KM".
_ACRONYM_LISTS = ("public_acronyms", "org_common_acronyms", "tech_terms", "code_keywords", "software_names")


@functools.lru_cache(maxsize=8192)
def name_initials(name: str) -> tuple[str, ...]:
    """A found person's initials, as minutes, review threads and hand-offs write them once the name was given in full:
    "JO to send the copy", "flagged (TW)", "approved by SG". The capitals of the name's capitalised words, particles
    left out ("Jan de Vries" -> "JV"); for three words or more also the first and the last ("Wen Jie Tan" -> "WJT",
    "WT"). Initials that stand for something else are left out: an acronym of the public, organisation or tech lists,
    a stop word or an English word ("PR", "IT", "CI", "AM", "ML", also "SO" of "Sabine Oberholzer": recall lost for
    precision). No Zipf test: wordfreq counts every pair of letters as frequent ("jo" 4.0, "tw" 3.1). The engine
    propagates them doubtful, case-sensitive, as whole words.
    """
    words = [word.strip(".,;:!?()[]{}\"'“”‘’") for word in name.split()]
    capitals = [word[0] for word in words if word[:1].isupper() and word.casefold() not in _NOT_NAME_PARTS]
    if len(capitals) < 2 or len(capitals) != len([word for word in words
                                                  if word and word.casefold() not in _NOT_NAME_PARTS]):
        return ()  # a word in small letters or without a letter: no name written in capitals of its words
    candidates = ["".join(capitals)] if len(capitals) <= 3 else []
    if len(capitals) >= 3:
        candidates.append(capitals[0] + capitals[-1])
    return tuple(initials for initials in dict.fromkeys(candidates) if not _stands_for_something(initials))


def could_be_initials(written: str) -> bool:
    """Whether two or three capitals as written ("RT", "J.M.") may be a person's initials: they stand for nothing
    else (see _stands_for_something)."""
    return not _stands_for_something(written.replace(".", "").replace(" ", ""))


def _stands_for_something(initials: str) -> bool:
    folded = initials.casefold()
    return (folded in stop_words() or is_common_word(folded) or folded in CALENDAR_WORDS
            or any(folded in term_list(list_name) for list_name in _ACRONYM_LISTS))
