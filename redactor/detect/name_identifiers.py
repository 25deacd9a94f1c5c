"""A found person's name as code writes it: the identifier forms of a name, and the words of an identifier.

What a coding agent reads names people where prose does not: a test named after a customer
(`test_refund_for_marta_kowalczyk`), a variable (`janeOkonkwoAccount`), a constant (`OLUWASEUN_ADEYEMI_IBAN`),
a fixture file (`fenella.ashcombe.yml`, `tomasz-wieczorek-2024.csv`). Once the name is found anywhere in the
request ("Marta Kowalczyk"), the engine's propagation searches for these forms too, inside identifiers and
paths, bounded by a separator or a change of letter case (identifier_pieces.py). Only names of two or
three words qualify, at least one of them a name part that is no common word (`name_parts`): a false finding
made of words ("Data Loader") must not turn `DataLoader` into a placeholder. The forms are doubtful
(engine: the wire redacts them, an audit does not report them).

"""
from __future__ import annotations

import functools
import re

from redactor.detect.name_parts import is_software_name, name_case_variants, name_parts
from redactor.detect.term_lists import surnames, world_first_names

# A name word an identifier can spell: letters only (a hyphen or apostrophe has no one spelling in code).
_LETTERS = re.compile(r"^[^\W\d_]+$")
_MIN_WORDS, _MAX_WORDS = 2, 3
# A form shorter than this is too likely another identifier ("al_li").
_MIN_FORM_LENGTH = 8
# A surname alone, in lower case, is a word of an identifier only from this length (`kowalczyk_dispute`; not "lee").
_MIN_SURNAME_LENGTH = 5


def _is_name_word(word: str, parts: tuple[str, ...]) -> bool:
    """A word of a found name that an identifier form may spell: a name part or a listed name, no software name
    ("Django Rest", "Jenkins Pipeline" give no forms; `DjangoRest` stays code)."""
    if is_software_name(word):
        return False
    folded = word.casefold()
    return word in parts or folded in world_first_names() or folded in surnames()


@functools.lru_cache(maxsize=65536)
def name_identifier_forms(full_name: str) -> tuple[str, ...]:
    """The identifier forms of a found person's name, in its order and surname first: snake, kebab, dotted, camel
    and Pascal case, upper snake case ("Marta Kowalczyk" -> marta_kowalczyk, marta-kowalczyk, marta.kowalczyk,
    martaKowalczyk, MartaKowalczyk, MARTA_KOWALCZYK, kowalczyk_marta ... KowalczykMarta, KOWALCZYK_MARTA). None for one word, or a name no word of which is a name
    part (`name_parts`: no common word), so that words NER took for a name stay identifiers."""
    words = full_name.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not all(_LETTERS.match(word) for word in words):
        return ()
    parts = name_parts(full_name)
    if not parts or not all(_is_name_word(word, parts) for word in words):
        return ()
    # Surname first too: files and accounts are sorted by surname (`contract_LopezMaria.pdf`, `lopez.maria`).
    forms = [*_joined_forms(words), *_joined_forms([words[-1], *words[:-1]])]
    forms = [form for form in forms if len(form) >= _MIN_FORM_LENGTH and form != full_name]
    lower = [word.lower() for word in words]
    # The surname alone in lower case (`test_kowalczyk_dispute`, `gallagherContract`), where name_case_variants
    # takes it as a name in lower case at all (no lexicon word, place or software name).
    surname = lower[-1]
    if len(surname) >= _MIN_SURNAME_LENGTH and surname in name_case_variants(full_name):
        forms.append(surname)
    return tuple(dict.fromkeys(forms))


def _joined_forms(words: list[str]) -> list[str]:
    """The words joined as code joins them: snake, kebab, dotted, camel, Pascal and upper snake case."""
    lower = [word.lower() for word in words]
    capitalised = [word[:1].upper() + word[1:].lower() for word in words]
    return ["_".join(lower), "-".join(lower), ".".join(lower), lower[0] + "".join(capitalised[1:]),
            "".join(capitalised), "_".join(word.upper() for word in words)]
