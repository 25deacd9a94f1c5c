"""A found birth date written again in another layout (round 35, agent36; the engine's propagation).

A person's birth date is found where a label or a record says what it is (`child_dob=2016-10-27`, `BDAY:19840317`,
"Geburtsdatum 17.03.1984"); an agent then repeats it in the layout of its reader ("born 27/10/2016", a form's
`value="10/27/2016"`), where no label stands. The value is the same, so, as a plate is spread in its other
groupings, a found birth date is spread in the numeric layouts people and forms write dates in: year first with
`-`, `/`, `.` or nothing; day first and month first with `/`, `.`, `-`, padded or not; and the month's English
name ("27 October 2016", "October 27, 2016"). A date whose day and month could be swapped is spread both ways.
Nothing is spread from a value that reads as no date (a year alone, a partial date).
"""
from __future__ import annotations

import re
from datetime import date

_YEAR_FIRST = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.]?(?P<m>\d{1,2})[-/.]?(?P<d>\d{1,2})")
_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _dates(value: str) -> list[date]:
    value = value.strip()
    found: list[date] = []
    match = _YEAR_FIRST.fullmatch(value)
    if match:
        pairs = [(int(match.group("m")), int(match.group("d")))]
        year = int(match.group("y"))
    else:
        match = _YEAR_LAST.fullmatch(value)
        if not match:
            return []
        year = int(match.group("y"))
        first, second = int(match.group("a")), int(match.group("b"))
        pairs = [(second, first), (first, second)]  # day first, then month first
    for month, day in pairs:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate not in found:
            found.append(candidate)
    return found


def birth_date_forms(value: str) -> list[str]:
    """The other layouts of the birth date `value` (module docstring); [] for a value that reads as no date."""
    forms: list[str] = []
    for when in _dates(value):
        y, m, d = when.year, when.month, when.day
        written = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}"]
        for separator in "/.-":
            written += [f"{d:02d}{separator}{m:02d}{separator}{y}", f"{d}{separator}{m}{separator}{y}",
                        f"{m:02d}{separator}{d:02d}{separator}{y}", f"{m}{separator}{d}{separator}{y}"]
        month = _MONTHS[m - 1]
        written += [f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {month[:3]} {y}", f"{month[:3]} {d}, {y}"]
        forms.extend(form for form in written if form != value and form not in forms)
    return forms
