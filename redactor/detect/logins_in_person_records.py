"""A login-shaped value in a field of a record whose other fields are a person's: that person's (or staff's) login.

Debuggers, ORM reprs, JSON lines and logfmt print one record per line, its fields as key–value pairs:
`Student(matric_no='…', name='…', dob=date(…), guardian_phone='…', advisor='desmondm91')`,
`{"patient": "…", "phone": "…", "booked_by": "r.okafor"}`, `… to_phone="…" agent=kwame_m2`. The keys are the
schema's words in any language (`advisor`, `booked_by`, `sachbearbeiter`, `担当`); no list holds them. What says
the value is an account is the record and the value's own shape: once another rule has found a personal value on
the line (a name, a phone, an e-mail, a birth date, an id of a person: category pii, a login aside), a field value
there with a login's shape (`logins_in_person_slots.shaped_login_score`: a digit tail or an inner `.`, `_`, `-`
between letters, no file name, version, tech token, hex, domain or words joined like `error_message`) is a
USERNAME, doubtful (0.55: the wire redacts, an audit does not report it).

Fields are `key=value` (quoted or bare, a repr's or logfmt's) and `"key": "value"` (JSON); the value is the whole
field. A value with a piece that is an ordinary word of four letters or more names a service or an event
(`svc=aldaia-tickets`, `"msg": "ticket.transfer"`), not an account. Values in a line with no personal finding, unquoted prose and values that are calls are left alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.logins_in_person_slots import shaped_login_score
from redactor.detect.term_lists import first_names, surnames, world_first_names
from redactor.detect.name_parts import english_zipf, is_ordinary_word
from redactor.detect.usernames import is_personal_login

_KIND = "USERNAME"
_DETECTOR = "logins"
# `key='v'`, `key="v"`, `key=v` (bare up to a separator), `"key": "v"`.
_FIELD = re.compile(
    r"""(?:(?<![\w.])[A-Za-z_][\w-]{0,40}\s*=\s*(?:(?P<q>['"])(?P<quoted>[^'"\s]{3,40})(?P=q)|(?P<bare>[^\s'"(),;{}\[\]]{3,40})(?=[\s,;)}\]]|$))"""
    r"""|"[^"\n]{1,40}"\s*:\s*"(?P<json>[^"\s]{3,40})")""")
# `login`, `payout`: words code and logs use for their own things (a listed name is a login's piece whatever its Zipf).
_THING_ZIPF = 3.3
_PIECE = re.compile(r"[^\W\d_]+")
# Kinds that make a line a person's record; a login alone does not (a chat's speaker, a CI log's actor).
_PERSONAL_KINDS = frozenset({"PERSON", "PHONE", "PHONE_NUMBER", "EMAIL", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
                             "ID_NUMBER", "NATIONAL_ID", "SSN", "PASSPORT", "TAX_ID", "STREET_ADDRESS", "ADDRESS",
                             "IBAN", "CREDIT_CARD"})


def logins_in_person_records(text: str, spans: Sequence[Span]) -> list[Span]:
    """USERNAME spans for login-shaped field values on lines holding another personal finding (see module doc)."""
    personal = [span for span in spans if span.kind in _PERSONAL_KINDS]
    if not personal or ("=" not in text and '":' not in text and '" :' not in text):
        return []
    lines: dict[int, tuple[int, int]] = {}
    for span in personal:
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        lines[start] = (start, len(text) if end == -1 else end)
    found: list[Span] = []
    for start, end in lines.values():
        for match in _FIELD.finditer(text, start, end):
            group = next(name for name in ("quoted", "bare", "json") if match.group(name) is not None)
            value_start, value_end = match.span(group)
            value = match.group(group)
            if any(span.start < value_end and value_start < span.end for span in spans):
                continue  # already found (an e-mail, a phone, a login)
            if not is_personal_login(value) or shaped_login_score(value) is None or _names_a_thing(value):
                continue
            found.append(Span(value_start, value_end, _KIND, "pii", DOUBTFUL_SCORE, _DETECTOR))
    return found


def _names_a_thing(value: str) -> bool:
    """`svc=aldaia-tickets`, `"msg": "ticket.transfer"`, `login.ok`: a piece that is a word of four letters or more
    names a service or an event; a login's pieces are names, initials and digits."""
    return any(len(piece) >= 4 and (is_ordinary_word(piece) or english_zipf(piece) >= _THING_ZIPF)
               and piece not in first_names() and piece not in world_first_names() and piece not in surnames()
               for piece in map(str.casefold, _PIECE.findall(value)))
