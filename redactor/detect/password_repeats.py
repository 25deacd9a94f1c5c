"""A password found in one text of a request, again elsewhere: whole inside a longer finding, corrected by a
character, or as the argument that follows an account in a tool call.

The finders of passwords read one text at a time. Three facts hold across the texts of a request, and none of them
needs a cue word in any language:

1. **An argument after an account.** A tool call's arguments without keys (a JSON array, or leaves whose keys the
   caller dropped) are consecutive `json_value` segments of one role. An account goes in first (a login, an
   e-mail, a person, a network's name, a code: any finding that is a whole argument), its password after it;
   an argument after such an anchor that only a person picks as a password (`picked_by_a_person`: a word with
   digits or symbols, no word of a language, identifier, file or version) is the password. The same
   person-picked value twice in a row is a new password and its confirmation, anchor or not.
2. **A password inside a longer finding.** A finding can hold more than its value ("nu Stroopwafel1561" after
   "is", "page: L69LLCDN", "admin / Marmotte.Sommerwind1" read as a pair): propagation looks for the finding's
   whole text, which never recurs. The tokens of a secret finding that fill a password slot by their shape
   (`fills_a_password_slot`, `picked_by_a_person`) or are a code are looked for on their own.
3. **A corrected password.** "sorry, the last 3 is an 8" and the agent retries with the value one character off:
   a token of the same length as a found password that differs from it at exactly one position, a letter or a
   digit for another (a capital letter put right, a digit retyped, an OCR reading S for 5), is the corrected
   password. Only
   passwords of six or more characters with letters and digits are compared: shorter values, or values of one
   class, have too many neighbours that are ordinary words and numbers.

The found values of 2 and 3 are redacted wherever they occur as whole tokens, in every text of the request.
Nothing here is vouched for by a key: doubtful (DOUBTFUL_SCORE), so the wire redacts it and an audit does not
report it. Nothing runs unless a secret was found or a keyless argument run exists; the cost is one regex per
found password over the request's texts.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.credential_neighbourhoods import picked_by_a_person
from redactor.detect.password_slots import fills_a_password_slot
from redactor.segments import Segment

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "password_repeats"

# Findings that name an account or hand over a code: what an argument list gives before a password.
_ANCHOR_CATEGORIES = frozenset({"pii", "secret", "infra"})
_TOKEN = re.compile(r"[^\s\"'`()\[\]{}<>,;]+")
_TRAILING = ".,;:!?)]}\"'"
# `L69LLCDN`, `237166`; not four or five digits, which inside a longer finding are its port or year (`,1433;`)
_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}|\d{6,12}")
_CORRECTED_MIN = 6
_PASSWORD_KINDS = frozenset({"PASSWORD"})


def password_repeats(segments: Sequence[Segment], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """New PASSWORD spans per segment (sorted, disjoint from `spans` of that segment): the module doc's rules."""
    texts = [segment.text for segment in segments]
    added: list[list[Span]] = [[] for _ in segments]
    values: set[str] = set()
    for index, value in _arguments_after_accounts(segments, spans):
        start = texts[index].index(value)
        added[index].append(Span(start, start + len(value), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME))
        values.add(value)
    corrected: set[str] = set()
    for text, found, extra in zip(texts, spans, added):
        for span in [*found, *extra]:
            if span.category != CATEGORY:
                continue
            value = text[span.start:span.end]
            values.update(_tokens_of(value))
            if span.kind in _PASSWORD_KINDS and _correctable(value):
                corrected.add(value)
    if not values and not corrected:
        return added
    pattern = _pattern(values, corrected)
    if pattern is None:
        return added
    for index, text in enumerate(texts):
        taken = sorted((span.start, span.end) for span in [*spans[index], *added[index]])
        for match in pattern.finditer(text):
            if not overlaps_a_region(taken, match.start(), match.end()):
                added[index].append(Span(match.start(), match.end(), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME))
        added[index].sort(key=lambda span: span.start)
    return added


def _arguments_after_accounts(segments: Sequence[Segment], spans: Sequence[Sequence[Span]]
                              ) -> list[tuple[int, str]]:
    """(segment index, value) of the keyless arguments that are passwords (module doc, rule 1)."""
    found: list[tuple[int, str]] = []
    run: list[int] = []
    for index in range(len(segments) + 1):
        if index < len(segments) and _keyless_argument(segments[index]) and (
                not run or segments[run[-1]].role == segments[index].role and run[-1] == index - 1):
            run.append(index)
            continue
        found.extend(_passwords_of_run(segments, spans, run))
        run = [index] if index < len(segments) and _keyless_argument(segments[index]) else []
    return found


def _keyless_argument(segment: Segment) -> bool:
    return segment.kind == "json_value" and not segment.field_name


def _passwords_of_run(segments: Sequence[Segment], spans: Sequence[Sequence[Span]], run: list[int]
                      ) -> list[tuple[int, str]]:
    passwords: dict[int, str] = {}
    anchored = False
    for position, index in enumerate(run):
        value = segments[index].text.strip()
        if _found_whole(value, segments[index].text, spans[index]):
            anchored = True
            continue
        if spans[index] or not picked_by_a_person(value.rstrip(_TRAILING)):
            continue
        before = run[position - 1] if position else None
        twice = before is not None and segments[before].text.strip() == value
        if anchored or twice:
            passwords[index] = value
            if twice and not spans[before]:
                passwords[before] = value  # a new password and its confirmation
    return sorted(passwords.items())


def _found_whole(value: str, text: str, found: Sequence[Span]) -> bool:
    """Whether one finding of an anchoring category covers the argument (all of it but blanks)."""
    return bool(value) and any(span.category in _ANCHOR_CATEGORIES and len(text[span.start:span.end].strip())
                               >= len(value) for span in found)


def _tokens_of(value: str) -> set[str]:
    """The tokens of a secret finding with more than one token that are a password or a code by their shape."""
    tokens = _TOKEN.findall(value)
    if len(tokens) < 2:
        return set()
    shaped = set()
    for token in tokens:
        token = token.rstrip(_TRAILING)
        if _CODE.fullmatch(token) or picked_by_a_person(token) or fills_a_password_slot(token):
            shaped.add(token)
    return shaped


def _correctable(value: str) -> bool:
    return (len(value) >= _CORRECTED_MIN and " " not in value and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value))


def _pattern(values: set[str], corrected: set[str]) -> re.Pattern | None:
    """One regex for the whole tokens: each value itself, and each corrected password's one-character variants."""
    alternatives = {re.escape(value) for value in values if value}
    for value in corrected:
        for position, char in enumerate(value):
            if not char.isalnum():
                continue
            other = r"[^\W_]"  # a letter or a digit: OCR reads S for 5 and O for 0
            alternatives.add(re.escape(value[:position]) + other + re.escape(value[position + 1:]))
    if not alternatives:
        return None
    # longest first, so a value and its variant at the same place take the whole token
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(r"(?<![\w@.\-/])(?:" + body + r")(?![\w@/]|[.\-]\w)")
