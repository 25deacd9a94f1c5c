"""Addresses written as a run of marked parts: `г. Казань, ул. Баумана, д. 15, кв. 3`, `Str. Mihai Eminescu 12 bl. 3
ap. 14`, `м. Київ, вул. Хрещатик, буд. 22`, `Av. Paulista 1000 ap. 52`.

Many countries write each part of an address after the abbreviation of its kind: town (`г.`, `м.`), street
(`ул.`, `вул.`, `Str.`, `Av.`), house (`д.`, `буд.`, `Nr.`), block, staircase, flat (`Bl.`, `Sc.`, `Ap.`, `кв.`). Two
marked parts in a row, one holding a capitalised name and one a number, with at least one abbreviation of two letters
or more (a lone `C.` or `д.` is an initial as often), are an address wherever they stand: a sentence, a cell, a record.
A legal or page reference (`ст. 5, п. 3`, `S. 45, Nr. 3`) names nothing capitalised and stays.

The abbreviations are those Faker's address providers write (MIT, every locale's street, city, building and unit
formats; read once at start-up), with the few common forms no locale of it writes added by hand.
Called by addresses.find_street_addresses, which widens each run over its comma pieces (postcode, town).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re

from redactor.detect.term_lists import TermListError

# Common forms Faker's locales do not write: Ukrainian street, avenue and town; Russian avenue, region, building;
# Romanian street and boulevard; Portuguese and Spanish flat; the Russian and Central Asian micro-district.
_UNLISTED_ABBREVIATIONS = ("вул.", "просп.", "м.", "обл.", "корп.", "мкр.", "Str.", "Bd.", "Bld.", "Jud.", "apto.", "ap.")
# Faker's attributes that hold address formats and affixes.
_FORMAT_ATTRIBUTES = ("street_prefixes", "street_suffixes", "street_prefixes_short", "street_suffixes_short",
                      "city_prefixes", "secondary_address_formats", "building_number_formats", "street_address_formats",
                      "address_formats")
_ABBREVIATION = re.compile(r"(?<![\w.])[^\W\d_][\w-]{0,5}\.(?!\w)")


@functools.lru_cache(maxsize=1)
def address_abbreviations() -> frozenset[str]:
    """Case-folded abbreviations of address parts, each with its dot (`ул.`, `bl.`, `av.`)."""
    try:
        import faker.providers.address as address_providers
    except ModuleNotFoundError as exc:
        raise TermListError(f"address abbreviations unavailable: install faker==40.54.0 ({exc})") from None
    found: set[str] = set()
    for module_info in pkgutil.iter_modules(address_providers.__path__):
        provider = getattr(importlib.import_module(f"{address_providers.__name__}.{module_info.name}"), "Provider",
                           None)
        for attribute in _FORMAT_ATTRIBUTES:
            for written in _strings(vars(provider).get(attribute) if provider is not None else None):
                found.update(token.casefold() for token in _ABBREVIATION.findall(written))
    if len(found) < 40:
        raise TermListError(f"address abbreviations: only {len(found)} found; the faker package is damaged")
    return frozenset(found | {token.casefold() for token in _UNLISTED_ABBREVIATIONS})


def _strings(listed: object) -> list[str]:
    """The strings of an attribute: a string, a list or tuple of them, or a dict of them (a format: its weight)."""
    if isinstance(listed, str):
        return [listed]
    if isinstance(listed, dict):
        listed = [*listed.keys(), *listed.values()]
    if isinstance(listed, (list, tuple)):
        return [string for item in listed for string in _strings(item)]
    return []


# The word before a dot, read at a word start: a part's abbreviation when address_abbreviations holds it.
_MARK = re.compile(r"[^\W\d_][\w-]{0,5}\.(?=[ \t]*\w)")
_LONGEST_MARK = 7
_DOT = re.compile(r"\.(?=[ \t]+\w|\d)")  # an abbreviation is followed by a space (or its number: "д.15")
_MARK_BEFORE = re.compile(r"(?<![\w.])[^\W\d_][\w-]{0,5}\.\Z")


def _mark_at(text: str, position: int) -> re.Match[str] | None:
    mark = _MARK.match(text, position)
    if mark is None or mark.group(0).casefold() not in address_abbreviations():
        return None
    return mark


def _mark_starts(text: str) -> list[int]:
    """Where an abbreviation starts: found from its dot (a pattern with a literal first character is searched in C,
    one tried at every character is not), then read backwards; prose costs a lookup per full stop."""
    starts: list[int] = []
    for dot in _DOT.finditer(text):
        mark = _MARK_BEFORE.search(text, max(0, dot.start() - _LONGEST_MARK), dot.end())
        if mark is not None and mark.group(0).casefold() in address_abbreviations():
            starts.append(mark.start())
    return starts


# A part's value: up to three name words (a word followed by a dot is the next part's abbreviation) and a number
# after them, or a number alone ("15", "15/2", "12А", "3-Б"). The house number may stand after a comma, unmarked:
# "вул. Хрещатик, 22, кв. 15" (how Ukrainian and Russian forms write it).
_NAME_WORD = r"[^\W\d_][\w'’-]*+(?!\.)"
_NUMBER = r"\d[\w/-]*+"
_VALUE = re.compile(rf"[ \t]*(?:(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?:[ \t]*,?[ \t]+{_NUMBER}(?![:.,]\d))?"
                    rf"|{_NUMBER})")
_PART_SEPARATOR = re.compile(r"[ \t]*,?[ \t]*")
_MAX_PARTS = 8


def find_marker_run_addresses(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run of two or more marked address parts (see the module's doc)."""
    found: list[tuple[int, int]] = []
    run_end = -1
    for mark_start in _mark_starts(text):
        if mark_start < run_end:
            continue
        parts: list[tuple[str, str]] = []  # (abbreviation, value)
        position = end = mark_start
        while len(parts) < _MAX_PARTS:
            part = _mark_at(text, position)
            value = _VALUE.match(text, part.end()) if part else None
            if value is None:
                break
            parts.append((part.group(0), value.group(0).strip()))
            end = value.end()
            position = _PART_SEPARATOR.match(text, end).end()
        run_end = end
        if _is_address(parts):
            found.append((mark_start, end))
    return found


def _is_address(parts: list[tuple[str, str]]) -> bool:
    return (len(parts) >= 2
            and any(any(char.isdigit() for char in value) for _, value in parts)
            and any(value[0].isupper() for _, value in parts)
            and any(len(abbreviation) >= 3 for abbreviation, _ in parts))
