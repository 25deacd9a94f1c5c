"""A person's name split over name-part keys, in any syntax: `first`/`last`, `given`/`family`, `middle`.

The field table of pii_fields.py reads keys that say "name" (`first_name`, `lastName`,
`<surname>`). The bare parts of a name are ordinary words as keys (`first`, `last`,
`family`, `middle` also mean pagination, order and fonts), so a value under one is a
person's name only where the structure says the key is part of a name:

- the key sits under a name: `"name": {"first": "Sölvi", "last": "Arnarsson"}`,
  `<Name><Given>Femke</Given>…`, `name.first=Ulla`, `name[first]=…`, a YAML `name:`
  block; or
- a complementary part is its sibling in the same record: `first=Minh&last=Nguyen`
  (form bodies, query strings, logfmt), `{"given": …, "family": …}`, `<First>…<Last>`,
  `Person(first=…, last=…)`.

The value must still be shaped like a name (letters, particles, apostrophes, hyphens,
initials; `+` and `%20` of a form body count as spaces): `{"first": 1, "last": 10}`
and `{"first": "prev", "last": "next"}` stay. Findings are PERSON, score 0.75.

Cost: the keys are looked for only where the shared cue scan (keywords.py) finds a
part word right before a key separator (`first=`, `"last"`, `<Given>`), so text
without such a key costs one lookup.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from redactor.detect.base import Span
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.term_lists import first_names, stop_words, surnames, world_first_names

# Each name-part key and the part of a name it holds (`first_name`, `lastName` are the field table's, pii_fields.py).
_PARTS = {"first": "given", "given": "given", "forename": "given",
          "last": "family", "family": "family", "surname": "family",
          "middle": "middle"}
_KEY_ENDS = ('"', "'", "=", ":", ">", "]", " =", " :", '\\"')
_CUES = tuple(key + end for key in _PARTS for end in _KEY_ENDS)
# The siblings a part needs when no name encloses it: a given name with a family name and back;
# a middle name with either.
_COMPLEMENTS = {"given": ("family", "middle"), "family": ("given", "middle"), "middle": ("given", "family")}
# How far apart two parts of one record may be (a pretty-printed JSON object, an XML element per line).
_RECORD_WINDOW = 240

# A key with what may qualify it: `name.first`, `name[first]`, `ns:Given`, `"first"`, `\"first\"`.
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.[-:")
# After the key: a separator, then a quoted value or an unquoted one; an XML element's text.
_AFTER_KEY = re.compile(
    r"(?:\\?[\"'\]])?[ \t]*(?:=|:(?!:))[ \t]*"
    r"(?:\\?(?P<q>[\"'])(?P<qv>[^\"'\n\\]{1,80})\\?(?P=q)|(?P<v>[^\s\"'&,;)}\]<|][^\n&,;)}\]<|\"]{0,80}))")
_XML_VALUE = re.compile(r"(?:[ \t][^<>\n]{0,120})?>[ \t]*(?P<v>[^<>\n]{1,80}?)[ \t]*</")
# A key qualified as part of a name: `name.first`, `customer.name[given]`; an XML namespace: `ns:`.
_NAME_QUALIFIER = re.compile(r"[\w.\[\]-]*(?i:name)[.\[]")
_NAMESPACE = re.compile(r"\w{1,20}:")
# What opens a record of name parts, read at the end of the text before it: `"name": {`, `<Name>`, `name:` and
# an indented block.
_JSON_NAME_OPENS = re.compile(r"(?i:name)\\?[\"']?[ \t]*[:=][ \t]*\Z")
_XML_NAME_OPENS = re.compile(r"<(?:\w{1,20}:)?\w{0,20}(?i:name)(?:[ \t][^<>\n]{0,80})?>\s*\Z")
_XML_SIBLINGS = re.compile(r"<([\w.:-]+)[^<>\n]{0,80}>[^<>\n]{0,80}</\1>\s*")
_YAML_NAME_OPENS = re.compile(r"(?i:name)[ \t]*:[ \t]*\r?\n(?:[ \t]+[^\n]*\n){0,4}[ \t]+\Z")
# A name-shaped value: words of letters with the joiners of names, separated by spaces or a form's `+`.
_NAME_VALUE = re.compile(r"[^\W\d_][\w'’.-]*(?:(?:[ +]|%20)[^\W\d_][\w'’.-]*){0,4}")
_INITIAL = re.compile(r"[^\W\d_]\.")
_PARTICLES = frozenset("van von der den de del della di da dos das du la le ter ten bin ibn al el y".split())


class _PartValue(NamedTuple):
    part: str
    key_start: int
    start: int
    end: int
    under_name: bool


def names_under_part_keys(text: str, detector: str) -> Iterator[Span]:
    """PERSON spans of the values of name-part keys that a name encloses or a complementary part accompanies."""
    lowered = lowered_same_length(text)
    positions = keyword_positions(lowered, _CUES)
    if not positions:
        return
    values: list[_PartValue] = []
    seen: set[int] = set()
    for position in positions:
        if position in seen or (position and lowered[position - 1].isalnum()):
            continue  # "firstname" is the field table's; "outlast" no key
        seen.add(position)
        found = _part_value_at(text, lowered, position)
        if found is not None:
            values.append(found)
    for value in values:
        if value.under_name or any(
                other.part in _COMPLEMENTS[value.part] and abs(other.key_start - value.key_start) <= _RECORD_WINDOW
                for other in values):
            yield Span(value.start, value.end, "PERSON", "pii", 0.75, detector)


def _part_value_at(text: str, lowered: str, position: int) -> _PartValue | None:
    """The name-shaped value of the part key starting at `position`, or None."""
    key_end = position
    while key_end < len(lowered) and lowered[key_end].isalpha():
        key_end += 1
    part = _PARTS.get(lowered[position:key_end])
    if part is None:
        return None
    key_start = position
    while key_start > 0 and text[key_start - 1] in _KEY_CHARS:
        key_start -= 1
    prefix = text[key_start:position]
    qualified = bool(_NAME_QUALIFIER.fullmatch(prefix))
    if prefix and not qualified and not _NAMESPACE.fullmatch(prefix):
        return None  # `page.first`, `items[last]`: another thing's first or last
    is_xml = key_start > 0 and text[key_start - 1] == "<"
    if is_xml:
        match = _XML_VALUE.match(text, key_end)
        if match is None:
            return None
        start, end = match.span("v")
    else:
        match = _AFTER_KEY.match(text, key_end)
        if match is None:
            return None
        group = "qv" if match.group("q") else "v"
        start, end = match.span(group)
        if group == "v":
            value = _NAME_VALUE.match(text, start, end)
            if value is None:
                return None
            end = value.end()
    while end > start and text[end - 1] in " .-" and not _INITIAL.fullmatch(text, start, end):
        end -= 1
    under_name = qualified or _enclosed_by_name(text, key_start - is_xml, is_xml)
    if not _reads_as_name_part(part, text[start:end], under_name):
        return None
    return _PartValue(part, key_start, start, end, under_name)


def _enclosed_by_name(text: str, key_start: int, is_xml: bool) -> bool:
    """Whether the record holding the key at `key_start` opens right after a name key (other parts may come first)."""
    window = text[max(0, key_start - _RECORD_WINDOW):key_start]
    if is_xml:
        # Skip the sibling elements before this one: `<Name>\n  <Given>x</Given>\n  <Family>`.
        window = _XML_SIBLINGS.sub("", window)
        return bool(_XML_NAME_OPENS.search(window))
    brace = window.rfind("{")
    if brace != -1 and "}" not in window[brace:]:
        return bool(_JSON_NAME_OPENS.search(window, 0, brace))
    return bool(_YAML_NAME_OPENS.search(window))


def _reads_as_name_part(part: str, value: str, under_name: bool) -> bool:
    """Whether `value` can be a given, family or middle name (not a number, a page word or a type).

    Under a name any capitalised value is one ("Mere", "Hope"); beside a sibling part only, a value
    the name lists vouch for or a word of no language.
    """
    value = value.replace("%20", " ").replace("+", " ")
    if _INITIAL.fullmatch(value):
        return under_name  # "K." under <Middle> of a name
    if not value or len(value) > 60 or not _NAME_VALUE.fullmatch(value):
        return False
    words = [word.strip(".'’-").casefold() for word in value.split()]
    names = [word for word in words if word not in _PARTICLES]
    if not names or any(word in stop_words() for word in names):
        return False
    capitalised = value[:1].isupper() or any(word[:1].isupper() for word in value.split())
    if under_name and capitalised:
        return True
    if part == "given":
        named = names[0] in first_names() or names[0] in world_first_names()
    elif part == "family":
        named = names[-1] in surnames()
    else:
        named = names[0] in first_names() or names[0] in world_first_names() or len(names[0]) == 1
    if named and (capitalised or not is_ordinary_word(names[0])):
        return True
    # A word of no language is a name in a name part's place ("Okonkwo", "Gunnarsdóttir").
    return not any(is_ordinary_word(word) for word in names) and all(len(word) >= 2 for word in names)
