"""A template's slot is a place to write a value, never a value (round 38, over38).

Format explanations, form templates, config samples and manifests mark where a value goes with a slot: `<username>`,
`<YYYYMMDD>`, `<FAMILY>^<GIVEN>`, `<your-api-key>`, `[NOM DU BAILLEUR]`, `[MONTANT]`, `[NETWORK NAME]`,
`{{ customer_name }}`, `${DB_PASSWORD}`. The finders read the slot's key or the record's layout and take what stands
there ("password: <password>" is a secret's line; an HL7 PID segment's seventh field is a birth date), but the slot
itself is the writer saying "a value goes here": nobody's name, password or birth date. So a finding all of whose
letters and digits lie inside slots is dropped, whatever its kind; so is a finding whose value is the name of a field
(`USER:PASSWORD@HOST/DBNAME`, `user:password@host`, `LASTNAME*FIRSTNAME`, `"Passwort vergessen?"`): the writer
wrote the field's name where its value goes (no annotated value of the readable corpora is one).

What makes a slot (a structure every writer of templates uses, in any language):

- angle brackets around words in one case, upper (`<FAMILY>`, `<YYYYMMDD>`, `<NOM>`) or lower (`<username>`,
  `<replace-me>`, `<your_api_key>`); a capitalised name (`<Jane Doe>`) or anything with `@`, a dot or a digit
  (`<ana@host.example>`, `<1234@mail>`) is a value in brackets. A lower-case slot standing first on its line and
  followed by text is an IRC or chat log's speaker (`<dana> hi all`): a person, not a slot;
- square brackets around words in capitals (`[NOM DU BAILLEUR]`, `[PASSWORD]`); lower-case words in square brackets
  are a chat log's speaker or a note (`[dana] joined`), so only capitals count there;
- a template expression: `{{ ... }}` (Jinja, Mustache, Handlebars, Go templates), `${...}` (shells, Terraform, JS
  template strings; a variable name only), `%(name)s` (Python's format): what it names is filled in later.

Cost: three substring tests per text; the regexes run only on texts that hold a bracket pair.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

# <WORDS> in capitals or <words> in small letters: letters, "_", "-", blanks; no "@", ".", digit or mixed case.
_ANGLE = re.compile(r"<(?:[A-ZÀ-Þ][A-ZÀ-Þ_ -]*[A-ZÀ-Þ]|[a-zß-ÿ][a-zß-ÿ_ -]*[a-zß-ÿ])>")
# [WORDS] in capitals only (at least two letters, blanks between words).
_SQUARE = re.compile(r"\[[A-ZÀ-Þ][A-ZÀ-Þ ]*[A-ZÀ-Þ]\]")
# {{ name }}, {{ .Values.name | upper }}, ${NAME}, ${var.name}, %(name)s on one line. An expression with a quoted
# argument or a default (`{{ ref('stg_orders') }}`, `${NAME:-value}`, `{{ x | default "v" }}`) holds a literal
# value, and `{{-- ... --}}` is a Blade comment: neither is a slot.
_EXPRESSION = re.compile(r"\{\{(?!--)(?![^{}\n]*\bdefault\b)[ \t]*-?[\w. |()$-]{1,120}\}\}"
                         r"|\$\{[A-Za-z_][\w.]*\}|%\([A-Za-z_]\w*\)[sdr]")
_LETTER = re.compile(r"[^\W\d_]")
_BRACKETED = re.compile(r"\[[^\]\n]*\]")
_ALNUM = re.compile(r"[^\W_]")
# The languages whose words a slot in square brackets is written in (wordfreq's Latin-script lists).
_SLOT_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "tr")
_SLOT_WORD_ZIPF = 3.0
_NAME_AS_WORD_ZIPF = 4.5


def _speaker(text: str, start: int, end: int) -> bool:
    """`<dana> hi all`, `[09:02] <dana> ok`, `[chat-export] 09:04 <dana> ok`: the bracketed word opens its line's
    turn (no letter before it on the line outside brackets) and text follows it: an IRC or chat log's speaker."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LETTER.search(_BRACKETED.sub("", text[line_start:start])):
        return False
    return text[end:end + 1] in (" ", "\t") and bool(text[end:text.find("\n", end) % (len(text) + 1)].strip())


def _element(text: str, inner: str) -> bool:
    """`<ch_telemetry>` closed by `</ch_telemetry>`: an XML or HTML element, whose name the document chose."""
    return f"</{inner}>" in text


def _slot_words(inner: str) -> bool:
    """`NOM DU BAILLEUR`, `NETWORK NAME`, `MONTANT`: every word a common word of a language and on no name list
    (`[HOLLOWAY DENTAL]` opening a ticket's title is a customer's name in capitals)."""
    from redactor.detect.term_lists import first_names, surnames, world_first_names, world_surnames
    from redactor.detect.word_frequencies import frequent_in_any

    for word in inner.lower().split():
        if not frequent_in_any(word, _SLOT_LANGUAGES, _SLOT_WORD_ZIPF):
            return False
        if word in first_names() or word in world_first_names():
            return False  # "[JOHN SMITH]", "[ANA]": a person written in capitals
        # A surname counts as a word only when a language uses it very often ("du", "de", "van" are surnames too)
        if (word in surnames() or word in world_surnames()) \
                and not frequent_in_any(word, _SLOT_LANGUAGES, _NAME_AS_WORD_ZIPF):
            return False
    return True


def _lower_case_slot(inner: str) -> bool:
    """`<username>`, `<your_api_key>`, `<replace-me>`, `<hostname>`: words of a language or a field's name. A word of
    no language in small letters (`<rtakeda>`, `<jdoe>`) is a value that logs print in brackets (dovecot's
    `user=<...>`, a mail header's `<...>`), so it is no slot (recall first: doubt keeps the finding)."""
    return _slot_words(re.sub(r"[_-]+", " ", inner)) or names_its_slot(inner)


def _slots(text: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    if "<" in text and ">" in text:
        for match in _ANGLE.finditer(text):
            inner = match.group()[1:-1]
            if inner.islower() and _speaker(text, match.start(), match.end()):
                continue
            if inner.islower() and not _lower_case_slot(inner):
                continue  # `user=<rtakeda>`: a login in brackets, as mail and auth logs print it
            if not _element(text, inner):
                regions.append(match.span())
    if "[" in text and "]" in text:
        regions += [match.span() for match in _SQUARE.finditer(text) if _slot_words(match.group()[1:-1])]
    if "{{" in text or "${" in text or "%(" in text:
        regions += [match.span() for match in _EXPRESSION.finditer(text)]
    return regions


def _inside_slots(text: str, span: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether every letter and digit of the finding lies inside some slot (`<STREET>^^<CITY>` is two slots)."""
    nearby = [(start, end) for start, end in regions if start < span.end and span.start < end]
    if not nearby:
        return False
    found = False
    for match in _ALNUM.finditer(text, span.start, span.end):
        position = match.start()
        if not any(start <= position < end for start, end in nearby):
            return False
        found = True
    return found


# The fields a value-shaped slot word names, as slot_names.english_slot spells them.
_FIELD_SLOTS = frozenset({"password", "passwd", "username", "user", "user_name", "login", "host", "hostname",
                          "host_name", "dbname", "db_name", "database", "database_name", "lastname", "last_name",
                          "firstname", "first_name", "name", "full_name", "email", "email_address", "token", "api_key",
                          "secret", "secret_key", "access_key", "phone", "address", "street"})
_SLOT_WORD = re.compile(r"[^\W\d]+(?:[ -][^\W\d]+){0,2}")
_OWNER_PREFIX = re.compile(r"(?:your|my|the)_")


def names_its_slot(value: str) -> bool:
    """`postgresql://USER:PASSWORD@HOST/DBNAME`, `user:password@host`, `"forgot": "Passwort vergessen?"`,
    `NM1*IL*1*LASTNAME*FIRSTNAME`: a value that is the name of the field it stands for (in any language or naming
    style: slot_names.english_slot) is the field's name written where its value goes, no value."""
    if len(value) > 30 or not _SLOT_WORD.fullmatch(value):
        return False
    from redactor.detect.slot_names import english_slot

    return _OWNER_PREFIX.sub("", english_slot(value)) in _FIELD_SLOTS


def without_template_slots(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the findings that are only a template's slots, or the name of their own field (module doc)."""
    if not spans:
        return list(spans)
    spans = [span for span in spans if not names_its_slot(text[span.start:span.end])]
    if "<" not in text and "[" not in text and "{" not in text and "%(" not in text:
        return spans
    regions = _slots(text)
    if not regions:
        return spans
    return [span for span in spans if not _inside_slots(text, span, regions)]
