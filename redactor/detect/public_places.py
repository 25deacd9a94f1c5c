"""Places named after people: a street, a square or an airport names no one (precision34, issue 12).

The English model reads a public place whose name holds a person's name as that person: "Martin Luther King Jr.
Boulevard", "Rue Victor Hugo", "Karl-Marx-Allee", "John F. Kennedy International Airport", "Flughafen München Franz
Josef Strauß". What makes such a finding a place is structural: its first or last word is a street type
(`street_words.py`, Faker's address providers of every locale) or the head word of a public venue
(`venue_type_words` in term_lists.yaml: airports, museums, stations, stadiums, cathedrals), or such a word stands
right before or after it ("Rue ⟦Victor Hugo⟧", "⟦Strausberger⟧ Platz").

What keeps a finding:
- a type word that is also a person's name on the world lists ("Park", "Green", "Hill", "Lane", "Street": "Laura
  Green" is a person), or a street type beside a lone first name ("Tom Place", "Maria Via": surnames of the census; no one's surname is
  "Museum");
- a digit in the finding or a number beside it ("Karl-Marx-Allee 34", "12 Rue Victor Hugo"): an address, which the
  address finders and the corpora treat as a person's data;
- anything but a PERSON: organisations are named with street and venue words ("Harbourside Medical Centre", "Park
  Plaza Hotel", "the British Museum" as an employer), and the held-out halves leaked organisations when an
  ORGANIZATION with a street type was read as a place; and a PERSON whose other words hold no listed first name or
  surname ("Strausberger Platz" stays: the model's person there may be an organisation's name).
"""
from __future__ import annotations

import functools
import re

from redactor.detect.street_words import is_abbreviated_street_word, is_street_word
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import first_names, world_first_names, world_surnames

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NUMBER = re.compile(r"\d")
_WORD_BEFORE = re.compile(r"(?<![\w.-])([^\W\d_][\w'’.-]*) $")
_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’-]*)(?![\w-])")


@functools.lru_cache(maxsize=4096)
def _is_type_word(word: str, venues: bool) -> bool:
    folded = word.casefold().rstrip(".,;:'’s") if word.endswith(("'s", "’s")) else word.casefold().rstrip(".,;:")
    if not folded:
        return False
    if folded in world_surnames() or _is_first_name(folded):
        return False
    if venues and folded in term_list("venue_type_words"):
        return True
    return is_street_word(folded)


def _is_first_name(word: str) -> bool:
    folded = word.casefold()
    return folded in first_names() or folded in world_first_names()


def names_a_public_place(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the finding `text[start:end]` of `kind` is the name of a street or public place (module doc)."""
    if kind != "PERSON":
        return False
    value = text[start:end]
    if _NUMBER.search(value):
        return False
    words = _WORD.findall(value)
    if not words:
        return False
    after_text = text[end:end + 30].split("\n")[0]
    # A number beside the name makes it an address ("Karl-Marx-Allee 34", "12 Rue Victor Hugo").
    previous_token = text[max(0, start - 12):start].split()
    if previous_token and _NUMBER.search(previous_token[-1]):
        return False
    if re.match(r"[\s,]*\d", after_text):
        return False
    venues = True
    # The rest must hold a person's name ("Victor Hugo", "Chopin", "Karl-Marx"): a place type after words
    # that name no one is an organisation's or an estate's name ("Harbourside Medical Centre", "Kensington Gardens").
    # A street type needs a first name among them (estates and buildings are named with surnames and words:
    # "Condomínio Edifício Solar das Palmeiras" is an organisation); a venue word a surname too ("Chopin Airport").
    has_venue = any(part.casefold().rstrip(".,;:") in term_list("venue_type_words") for word in words
                    for part in word.split("-"))
    if not any(_is_first_name(part) or (has_venue and part.casefold() in world_surnames())
               for word in words for part in word.split("-") if not _is_type_word(part, True)):
        return False
    edge_words = [words[0], words[-1]] if len(words) > 1 else []
    # A one-word finding is a place only when it is a street compound ("Karl-Marx-Allee"), not a bare type word.
    if len(words) == 1 and "-" in words[0] and _is_type_word(words[0].rsplit("-", 1)[-1], venues):
        return True
    for index in (0, len(words) - 1) if edge_words else ():
        if _is_type_word(words[index], venues):
            rest = [word for position, word in enumerate(words) if position != index and word[:1].isupper()]
            # "Tom Place", "Maria Via": a first name and a surname that is a street type is a person.
            venue = venues and words[index].casefold().rstrip(".,;:") in term_list("venue_type_words")
            if venue or not (len(rest) == 1 and _is_first_name(rest[0])):
                return True
    # Beside it means one blank away, nothing between: a table's "| Rua Augusta, 2690" is the next cell, not a place
    # type of the name before it.
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    # A word before it that closes with a dot is beside it only as an abbreviation ("Jl. ⟦Sudirman⟧", "Av. ⟦Rui
    # Barbosa⟧"); a full word and a dot ended the sentence before the name ("works at Linacre Court. ⟦nadia⟧ said").
    if before and before.group(1).endswith(".") and not (
            is_abbreviated_street_word(before.group(1)) or len(before.group(1)) <= 4):
        before = None
    beside = [match.group(1) for match in (before, after) if match]
    # Written as a name's word ("Boulevard"), not a label in capitals ("Quiroz, Hernán RUN 12.620.926-K": Chile's id).
    return any(word[:1].isupper() and not word.isupper() and _is_type_word(word, venues) for word in beside)
