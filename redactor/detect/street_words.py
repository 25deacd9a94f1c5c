"""Street-type words of many languages ("Rua", "Jl.", "Đường", "iela", "gøta", "Caddesi", "-vegur"), as data.

The list is derived from Faker's address providers (MIT; `street_prefixes*` and `street_suffixes*` of every
locale: "Travessa", "Jalan", "Gg.", "Phố", "ulica", "gatan", "vej", "straße") and, for the languages Faker has
no address provider for, the short supplement below (Icelandic, Irish, Turkish, Latvian, Lithuanian,
Estonian, Maltese, Catalan, Faroese). It is written to `rules/street_words.json` by

    python -m redactor.detect.street_words

(run it after upgrading Faker; a test checks the file matches), so the proxy reads one small file at
import instead of importing sixty provider modules.

Two kinds of entry: `words`, written as words of their own ("Rua Augusta", "Jl. Sudirman", "Brīvības
iela"), compared without case and without a trailing dot; `endings`, the lower-case types Germanic,
Nordic and Baltic languages also write glued to the name ("Laugavegur", "Skólavörðustígur",
"Bachmannstraße"), matched at a word's end when the word is longer than the ending.
"""
from __future__ import annotations

import functools
import importlib
import json
import pkgutil

from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.rule_files import RULES_DIR

STREET_WORDS_FILE = RULES_DIR / "street_words.json"

# Faker lists that hold name stems or place names rather than street types: Finnish and Swedish prefixes
# ("Agricolan", "Björk" + "katu"/"vägen"), Malaysian "suffixes" (district names), Spanish-American
# letters and compass points ("A", "Bis", "Norte").
_NOT_TYPES = {("fi_FI", "street_prefixes"), ("sv_SE", "street_prefixes"), ("en_MS", "street_suffixes"),
              ("es_AR", "street_suffixes"), ("es_CL", "street_suffixes"), ("es_CO", "street_suffixes")}
# Languages Faker has no address provider for.
_SUPPLEMENT_WORDS = (
    "Bóthar Sráid Ascaill Bóithrín Lána Cearnóg Céide"  # Irish
    " Sokak Sokağı Sk. Cadde Caddesi Cad. Mahallesi Mah. Bulvarı Blv."  # Turkish
    " iela prospekts gatvė pr. tänav mnt. maantee pst."  # Latvian, Lithuanian, Estonian
    " Triq Sqaq Misraħ"  # Maltese
    " Carrer Passeig Plaça Ptge. Travessera"  # Catalan
    " Kav. Gang Komplek Perumahan Jln."  # Indonesian and Malay (also "Jl.", "Gg." from Faker)
    " Ngõ Ngách Hẻm Phường Quận"  # Vietnamese lanes and wards
    # Russian and Ukrainian types in Latin letters ("vul. Khreshchatyk 22", "ulitsa Lenina"); Faker's ru_RU and uk_UA
    # write them in Cyrillic only. Not "per"/"pl"/"dom", which are English or too short to tell.
    " vul. vulytsia vulytsya vulitsa ulitsa prospekt prosp. pereulok shosse bulvar naberezhnaya ploshchad"
    " proyezd proezd mikrorayon mkr."
).split()
_SUPPLEMENT_ENDINGS = (
    "vegur gata stígur braut tröð stræti sund"  # Icelandic
    " gøta vegur"  # Faroese
    " iela gatvė tänav"  # Baltic
).split()


def derive() -> dict[str, list[str]]:
    """The street words of Faker's address providers and the supplement (what the data file holds)."""
    import faker.providers.address as address_providers

    words: set[str] = set(_SUPPLEMENT_WORDS)
    endings: set[str] = set(_SUPPLEMENT_ENDINGS)
    for module_info in pkgutil.iter_modules(address_providers.__path__):
        locale = module_info.name
        provider = getattr(importlib.import_module(f"{address_providers.__name__}.{locale}"), "Provider", None)
        for attribute, listed in vars(provider).items() if provider is not None else ():
            if not attribute.startswith(("street_prefixes", "street_suffixes")) or (locale, attribute) in _NOT_TYPES:
                continue
            for entry in listed if isinstance(listed, (list, tuple)) else ():
                entry = entry.strip()
                if not entry or " " in entry or "{" in entry or len(entry.rstrip(".")) < 2:
                    continue
                words.add(entry)
                if attribute.startswith("street_suffixes") and entry.islower() and entry.isalpha():
                    endings.add(entry)
    return {"words": sorted(words), "endings": sorted(endings)}


@functools.lru_cache(maxsize=1)
def _street_words() -> tuple[frozenset[str], tuple[str, ...]]:
    data = json.loads(STREET_WORDS_FILE.read_text(encoding="utf-8"))
    words = frozenset(word.casefold().rstrip(".") for word in data["words"])
    # Endings of four letters or more that are no English word: "vej", "gate" or "ring" would end ordinary
    # words ("convey", "delegate", "string").
    endings = tuple(sorted((ending for ending in data["endings"] if len(ending) >= 4 and not is_ordinary_word(ending)),
                           key=len, reverse=True))
    return words, endings


def lower_case_words() -> list[str]:
    """The words written in lower case ("iela", "gøta", "ul.", "rue"), as listed: tokens of a street's name."""
    data = json.loads(STREET_WORDS_FILE.read_text(encoding="utf-8"))
    return sorted({word for word in data["words"] + data["endings"] if word[:1].islower()}, key=len, reverse=True)


def is_street_word(word: str) -> bool:
    """Whether a word names a street type or ends in one ("Rua", "jl.", "iela", "Laugavegur"; not "Main")."""
    words, endings = _street_words()
    folded = word.casefold().rstrip(".,")
    if folded in words:
        return True
    # (str.endswith tries the whole tuple in C: most words end in none, and the loop then never runs)
    return folded.endswith(endings) and any(
        folded.endswith(ending) and len(folded) > len(ending) + 2 for ending in endings)


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = json.loads(STREET_WORDS_FILE.read_text(encoding="utf-8"))
    return frozenset(word.casefold() for word in data["words"] if word.endswith("."))


def is_abbreviated_street_word(word: str) -> bool:
    """Whether a word written with a closing dot is a street type's abbreviation as listed ("Jl.", "ul.", "Cad.");
    "Court." is a sentence's end, not an abbreviation."""
    return word.casefold() in _abbreviations()


def has_street_word(part: str) -> bool:
    """Whether any word of an address part is a street word."""
    return any(is_street_word(word) for word in part.split())


if __name__ == "__main__":
    STREET_WORDS_FILE.write_text(json.dumps(derive(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {STREET_WORDS_FILE}")
