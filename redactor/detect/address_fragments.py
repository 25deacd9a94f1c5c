"""Pieces of an address written alone (round 9): the rest of the address is elsewhere or was never written.

- **A unit alone**: "I'm in flat 4 now", "Apartment 3C", "Wohnung 7", "appt 12". Words that also name
  other things ("unit 12", "suite 3", "room 214") only after a residence or delivery cue on the line
  ("the parcel went to unit 12", "my landlord ... room 5").
- **A postcode after its label without a colon**: "postcode 10115", "zip code is 94043", "PLZ 80331",
  "code postal 75001", "CEP 01310-100" (`zip: 94043` is the field table's).
- **A house number after its label**: "my house number is 27", "Hausnummer 5", "house no. 14".

(The PII detector reads addresses only in texts with a digit, and every piece here has one.)

Each rule runs where its literal occurs (keyword_positions), one match per occurrence: linear.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length

_UNIT_NUMBER = r"(?:\#[ \t]?)?\d{1,5}[A-Za-z]?(?![\w%.,]\d|[\w%])"
# Words that only name a dwelling.
_DWELLING_WORDS = ("flat ", "flat#", "apartment", "apt", "appt", "wohnung", "whg", "appartement", "apto", "dpto",
                   "depto", "piso ")
_DWELLING_UNIT = re.compile(
    r"(?i:flat|apartment|apt\.?|appt\.?|wohnung|whg\.?|appartement|apto\.?|dpto\.?|depto\.?|piso)[ \t]*(?:no\.?[ \t]*)?"
    + _UNIT_NUMBER)
# Words that name other things too: a unit only after a residence or delivery cue on the same line.
_SHARED_UNIT_WORDS = ("unit ", "suite ", "room ", "lot ", "plot ", "house ")
_SHARED_UNIT = re.compile(r"(?i:unit|suite|room|lot|plot|house)[ \t]+(?:no\.?[ \t]*)?" + _UNIT_NUMBER)
_RESIDENCE_CUE = re.compile(
    r"(?i)\b(?:live[sd]?|living|reside[sd]?|moved|move|stay(?:s|ing)?|rent(?:s|ed|ing)?|tenant|landlord|lease|buzzer"
    r"|doorbell|parcel|package|delivery|deliver(?:ed)?|courier|ship(?:ped)?|mail(?:ed)?|post(?:ed)?|address|neighbou?r"
    r"|home|my[ \t]+place)\b")

_POSTCODE_LABEL_WORDS = ("postcode", "post code", "postal code", "zip code", "zipcode", "plz", "postleitzahl",
                         "code postal", "codigo postal", "código postal", "cep ", "eircode")
_POSTCODE_AFTER_LABEL = re.compile(
    r"(?i:post[ \t]?code|postal[ \t]+code|zip[ \t]?code|plz|postleitzahl|code[ \t]+postal|c[oó]digo[ \t]+postal"
    r"|cep|eircode)(?:[ \t]+(?:is|was|ist|est|es|of|da|do))?[ \t]+"
    r"(?P<code>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{5}-\d{3,4}|\d{4}[ \t]?[A-Z]{2}"
    r"|\d{2,3}-\d{3,4}|\d{3}[ \t]\d{2}|\d{4,6}|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y0-9]{4})(?![\w-]|[.,]\d)")

_HOUSE_NUMBER_WORDS = ("house number", "house no", "hausnummer", "house #", "door number", "numéro de maison")
_HOUSE_NUMBER = re.compile(
    r"(?i:house[ \t]+(?:number|no\.?|\#)|hausnummer|door[ \t]+number|num[ée]ro[ \t]+de[ \t]+maison)"
    r"(?:[ \t]+(?:is|was|ist))?[ \t]*:?[ \t]*(?P<number>\d{1,5}[A-Za-z]?)(?![\w%]|[.,]\d)")


def find_address_fragments(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each address piece written alone (see the module doc)."""
    lowered = lowered_same_length(text)
    for match in _matches_at_words(text, lowered, _DWELLING_WORDS, _DWELLING_UNIT):
        yield match.span()
    for match in _matches_at_words(text, lowered, _SHARED_UNIT_WORDS, _SHARED_UNIT):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _RESIDENCE_CUE.search(text, max(line_start, match.start() - 60), match.start()):
            yield match.span()
    for match in _matches_at_words(text, lowered, _POSTCODE_LABEL_WORDS, _POSTCODE_AFTER_LABEL):
        yield match.span("code")
    for match in _matches_at_words(text, lowered, _HOUSE_NUMBER_WORDS, _HOUSE_NUMBER):
        yield match.span("number")


def _matches_at_words(text: str, lowered: str, words: tuple[str, ...], regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`regex` tried where one of `words` starts a word (each of the four pieces is cued by its own words)."""
    for position in keyword_positions(lowered, words):
        if position and lowered[position - 1].isalnum():
            continue
        match = regex.match(text, position)
        if match:
            yield match
