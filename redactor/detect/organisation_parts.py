"""The words of an organisation's name that name it on their own ("Quillfeather" of "Quillfeather Analytics Ltd").

A text names a company in full once and by its distinctive word after that: "We signed with Quillfeather
Analytics Ltd ... Quillfeather's data team owns the dashboards", "KESTRELMOOR confirmed", "tenant
kestrelmoor". The detection engine propagates these words as it propagates the parts of a person's name
(name_parts.py, engine.py), in the name's own letter case, in capitals and in lower case, and doubtful: the
wire redacts them, an audit does not report them.

A word of a name of two words or more is such a part when it has four letters or more, starts with a capital
and is none of: a common English word (SCOWL's list, or a Zipf frequency of 3 or more in wordfreq's English:
`Logistics`, `Aerospace`, `Goldman`), a public tech term or a code keyword (`Kubernetes`), a legal form (`GmbH`, `Ltd`), a place (`Berlin Logistics GmbH`: "Berlin" alone
names the city far more often; place_names.py). Company names are often compounds of common words
("Quillfeather", "Brightwave", "Harrowgate"), which `name_parts.is_ordinary_word` would call ordinary (it
reads "Workflow" and "Codebase" so): such a part is taken with its capital or in capitals, and in lower case only
when English hardly writes it and no word list holds it (Zipf below 2.0: "hearthside", "silverbirch"; round 38;
not "riverbend", 2.1, which a sentence may write as a word), never "workflow", a word of the language again.

Code and configuration write the whole name as one identifier (round 21): "Halden Systems" is the slug
`halden-systems`, the folder `HaldenSystems`, the key `halden_systems`, the constant `HALDEN_SYSTEMS`. A name of two
to four words, one of which names it on its own, is also propagated in these joined forms (its legal form left out:
"Halden Systems GmbH" is `halden-systems` too); org_identifier_pieces.py lets them be pieces of longer identifiers
(`halden-systems-prod`, `HaldenSystemsClient`). "Data Systems" has no such word and is never joined.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.name_parts import english_zipf, is_common_word, is_ordinary_word
from redactor.detect.org_quoted_legal_names import legal_forms
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import org_legal_forms, term_list

_MIN_LETTERS = 4
_MIN_SHORT_FORM = 3
# wordfreq's Zipf scale: 3 is once per million words ("workflow" 3.2, "logistics" 3.9); company names sit below.
_COMMON_ZIPF = 3.0
# A place's name rarer in English than this (Zipf 2.5: a few times in a billion words) is no place a text names alone.
_PLACE_ZIPF = 2.5
# A compound of common words rarer in English than this is the name's own word in lower case too (round 38).
_RARE_COMPOUND_ZIPF = 2.0
# Words of a name: letters with inner apostrophes and hyphens ("O'Neill", "Fenwick-Larch").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Names of more words are sentences of a description more often than names, and their joined forms never occur.
_MAX_JOINED_WORDS = 4


@functools.lru_cache(maxsize=8192)
def organisation_parts(name: str) -> tuple[str, ...]:
    """The words of `name` that may be redacted on their own, each with its capitals and lower-case forms."""
    name = name_without_edge_numbers(name)  # "2024 Tallis Robotics Inc." of a copyright line
    words = _WORD.findall(name)
    if _without_letter_case(name):
        return _short_form_in_script_without_case(name)
    if len(words) < 2:
        return ()  # a one-word name is propagated as itself
    legal_forms = term_list("org_suffixes")
    parts: list[str] = []
    for word in words:
        folded = word.casefold()
        if len(word) < _MIN_LETTERS or not word[0].isupper() or folded in legal_forms or not names_on_its_own(word):
            continue
        # In lower case too unless it is a word of the language there: a compound of common words rarer than Zipf 2.0
        # that no word list holds ("hearthside", "silverbirch") is one nobody writes but for the name (round 38: "noted
        # it in the hearthside log"); a listed word stays a word ("immunisation" 2.5).
        lower = not is_ordinary_word(word) or (
            english_zipf(folded) < _RARE_COMPOUND_ZIPF and not is_common_word(folded)
            and folded not in term_list("tech_terms") and folded not in term_list("code_keywords"))
        variants = (word, word.upper(), word.capitalize()) + ((word.lower(),) if lower else ())
        for variant in variants:
            if variant not in parts:
                parts.append(variant)
    return tuple(parts) + tuple(form for form in joined_forms(name) if form not in parts)


@functools.lru_cache(maxsize=8192)
def joined_forms(name: str) -> tuple[str, ...]:
    """"Halden Systems" as code writes it: halden-systems, halden_systems, HaldenSystems, HALDEN_SYSTEMS (see module
    doc); none for a name with no word that names it on its own, or with words that are no plain letters."""
    words = [re.sub(r"['’]", "", word) for word in name_without_edge_numbers(name).split()]  # martas-bakery
    while len(words) > 2 and words[-1].casefold().rstrip(".") in term_list("org_suffixes"):
        words.pop()
    if not 2 <= len(words) <= _MAX_JOINED_WORDS or not all(word.isalpha() for word in words):
        return ()
    if not any(len(word) >= _MIN_LETTERS and word[0].isupper() and no_common_word(word) for word in words):
        return ()  # a place is such a word here: `halden-systems` is no town
    lower = [word.lower() for word in words]
    camel = "".join(word[:1].upper() + word[1:].lower() for word in words)
    # The words run together in every letter case too: a domain or slug `haldensystems`, a constant
    # `HALDENSYSTEMS` (the case variants the engine gives any one-word value of an organisation).
    return ("-".join(lower), "_".join(lower), camel, "_".join(word.upper() for word in words),
            camel.lower(), camel.upper(), camel.capitalize())


def _without_letter_case(name: str) -> bool:
    return any(c.isalpha() and not (c.isupper() or c.islower()) for c in name)


def _short_form_in_script_without_case(name: str) -> tuple[str, ...]:
    """A name in a script without capitals less its legal form, which the text drops after the first mention:
    "ミナトテック" of "株式会社ミナトテック", "대성정밀" of "대성정밀㈜" (round 30). Three characters or more: two name
    too many other things alone."""
    forms = org_legal_forms()
    short = name.strip()
    for form in sorted(forms.before, key=len, reverse=True):
        if short.casefold().startswith(form):
            short = short[len(form):].strip(" 「」『』«»\"")
            break
    for form in sorted(forms.after, key=len, reverse=True):
        if short.casefold().endswith(form):
            short = short[:-len(form)].strip(" 「」『』«»\"")
            break
    if short == name.strip() or len(short) < _MIN_SHORT_FORM or not _without_letter_case(short):
        return ()
    return (short,)


def names_on_its_own(word: str) -> bool:
    """Whether a word of an organisation's name names it alone: no common English word, tech term, code keyword
    or place (also the test of the names an e-mail's domain gives, email_domains.py)."""
    return no_common_word(word) and not (is_place_name(word) and _written_as_a_place(word))


def _written_as_a_place(word: str) -> bool:
    """Whether English writes the place's name often enough that alone it names the place ("Berlin", "Leeds"), not
    the firm named after it: the gazetteer holds every town of 15,000 people, and a firm's coined or rare word is
    often one of them somewhere ("Quillon" is Quillón, Chile; "Thornbury" a suburb of Melbourne)."""
    return english_zipf(word.casefold()) >= _PLACE_ZIPF


def no_common_word(word: str) -> bool:
    folded = word.casefold()
    return not (is_common_word(folded) or folded in term_list("tech_terms") or folded in term_list("code_keywords")
                or _frequent_in_english(folded))


def _frequent_in_english(folded: str) -> bool:
    return english_zipf(folded) >= _COMMON_ZIPF


def load() -> None:
    """Load the word frequencies and the gazetteer now (a server's start-up), not in the middle of a request."""
    _frequent_in_english("warm")
    is_place_name("Warm")
    legal_forms()  # ISO 20275's CSV, read once (org_quoted_legal_names.py)


def name_without_edge_numbers(name: str) -> str:
    """A found organisation's name without the numbers the finding took in at its edges: "2024 Tallis Robotics
    Inc." of a copyright line is "Tallis Robotics Inc.", whose joined spellings (`tallisrobotics`) are searched."""
    words = name.split()
    while len(words) > 1 and any(char.isdigit() for char in words[0]):
        words.pop(0)
    while len(words) > 1 and any(char.isdigit() for char in words[-1]):
        words.pop()
    return " ".join(words) if len(words) != len(name.split()) else name
