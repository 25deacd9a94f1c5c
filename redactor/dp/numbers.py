"""Numeric quasi-identifiers in text: find them by context, read their format, write noisy values back.

A value counts only when its context names its type: "age 34", "34 years old",
"$85,000", "salary of 85000", "12%", "lat 40.7128", "40.7128° N", "3 children",
"born in 1985", a date or a time of day; in data, a CSV / TSV / markdown-table
column or a JSON key whose name says the type ("age", "salary", "dob", "lat").
Bare numbers (versions, ports, line numbers, counts of things that are not
people) are left alone. Each found value is a `NumericValue` carrying its type,
its value in the type's unit and its `form`, which writes a new value in the
same format: integers stay integers, "$85,000" keeps its separators, "85k" its
suffix, a date its layout and month-name style, a coordinate its precision.

Scope, by segment kind: prose and JSON string values are scanned in their prose
regions (redactor.dp.regions: no fenced code, inline code, URLs, paths or
placeholders) plus their tables and JSON; tool results only
in their prose lines, their tables, and their JSON when the whole result is JSON;
code is never scanned.
"""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from redactor.dp.regions import data_regions, is_json_document, noise_prose_regions

# Built-in rules per type: (lower, upper, sensitivity) in the type's unit. Units:
# years (age, year), amount (money), count, percent points, calendar years for the
# date range with the sensitivity in days (None: noise.date_shift_days), minutes
# since midnight (time), degrees (latitude, longitude).
DEFAULT_RULES: dict[str, tuple[float, float, float | None]] = {
    "age": (0.0, 120.0, 5.0),
    "money": (0.0, 10_000_000.0, 10_000.0),
    "count": (0.0, 1_000_000.0, 1.0),
    "percent": (0.0, 100.0, 5.0),
    "date": (1900.0, 2100.0, None),
    "time": (0.0, 1439.0, 30.0),
    "year": (1900.0, 2100.0, 5.0),
    "latitude": (-90.0, 90.0, 0.05),
    "longitude": (-180.0, 180.0, 0.05),
}

_INTEGER_TYPES = frozenset({"age", "count", "year"})


# --- forms: how to write a value back --------------------------------------------


@dataclass(frozen=True)
class NumberForm:
    """The written shape of a plain number: decimals, thousands separators, scale suffix."""

    decimals: int = 0
    grouping: bool = False
    scale: float = 1.0  # 1000 for "85k"
    suffix: str = ""  # the scale suffix as written, with its leading space if any
    plus: bool = False  # an explicit "+" sign

    def render(self, value: float) -> str:
        scaled = value / self.scale
        separator = "," if self.grouping else ""
        if self.decimals == 0:
            text = format(int(round(scaled)), f"{separator}d")
        else:
            text = format(scaled, f"{separator}.{self.decimals}f")
        if text.startswith("-") and float(text.replace(",", "")) == 0.0:
            text = text[1:]  # never write "-0"
        if self.plus and not text.startswith("-"):
            text = "+" + text
        return text + self.suffix


@dataclass(frozen=True)
class HemisphereForm:
    """A coordinate written as "40.7128° N": magnitude, then the hemisphere letter."""

    number: NumberForm
    middle: str  # what sits between the number and the letter, e.g. "° "
    axis: str  # "latitude" or "longitude"
    letter_case_lower: bool = False

    def render(self, value: float) -> str:
        if self.axis == "latitude":
            letter = "N" if value >= 0 else "S"
        else:
            letter = "E" if value >= 0 else "W"
        if self.letter_case_lower:
            letter = letter.lower()
        return self.number.render(abs(value)) + self.middle + letter


@dataclass(frozen=True)
class DateForm:
    """A date's layout: the original text with the spans of its year, month, day parts."""

    text: str
    parts: tuple[tuple[str, int, int], ...]  # (part, start, end) relative to `text`

    def render(self, value: float) -> str:
        ordinal = int(round(value))
        ordinal = min(max(ordinal, datetime.date.min.toordinal()), datetime.date.max.toordinal())
        new = datetime.date.fromordinal(ordinal)
        pieces = list(self.text)
        for part, start, end in sorted(self.parts, key=lambda p: p[1], reverse=True):
            old = self.text[start:end]
            pieces[start:end] = list(_render_date_part(part, old, new))
        return "".join(pieces)


@dataclass(frozen=True)
class TimeForm:
    """A time of day: 24-hour or am/pm, with or without seconds, hour padding."""

    hour_width: int
    seconds: bool
    meridiem: str | None  # as written: "pm", "PM", "p.m.", ...
    meridiem_gap: str = ""

    def render(self, value: float) -> str:
        total = int(round(value * 60)) if self.seconds else int(round(value)) * 60
        total = min(max(total, 0), 24 * 3600 - 1)
        hour, rest = divmod(total, 3600)
        minute, second = divmod(rest, 60)
        if self.meridiem is not None:
            shown = hour % 12 or 12
            text = f"{shown:0{self.hour_width}d}:{minute:02d}"
        else:
            text = f"{hour:0{self.hour_width}d}:{minute:02d}"
        if self.seconds:
            text += f":{second:02d}"
        if self.meridiem is not None:
            text += self.meridiem_gap + _meridiem_like(self.meridiem, "pm" if hour >= 12 else "am")
        return text


Form = NumberForm | HemisphereForm | DateForm | TimeForm


@dataclass(frozen=True)
class NumericValue:
    """One numeric quasi-identifier found in a text."""

    start: int
    end: int  # [start, end): the characters `form.render` rewrites
    kind: str  # one of policy.NoiseConfig.NUMERIC_TYPES
    value: float  # in the type's unit (date: proleptic Gregorian ordinal; time: minutes)
    form: Form

    def render(self, value: float) -> str:
        return self.form.render(value)


# --- public entry points ---------------------------------------------------------------


def find_numeric_values(text: str, segment_kind: str = "prose", field_name: str | None = None,
                        types: Iterable[str] | None = None) -> list[NumericValue]:
    """Every numeric quasi-identifier of the wanted `types` in a segment, sorted, not overlapping."""
    wanted = frozenset(types) if types is not None else frozenset(DEFAULT_RULES)
    if segment_kind == "code" or not text.strip() or not wanted:
        return []
    if segment_kind == "json_value" and field_name:
        kind = column_type(field_name)
        if kind in wanted:
            whole = parse_typed_value(kind, text)
            if whole:
                return [value for value in whole if value.kind in wanted]
    found: list[NumericValue] = []
    for start, end in data_regions(text):
        found.extend(_table_values(text, start, end))
    if segment_kind in ("prose", "json_value") or is_json_document(text):
        found.extend(_json_keyed_values(text))
    for start, end in noise_prose_regions(text, segment_kind):
        found.extend(_prose_values(text, start, end))
    return _resolve([value for value in found if value.kind in wanted])


def column_type(name: str) -> str | None:
    """The numeric type a column header or JSON key names ("salary_usd" -> "money"), or None."""
    normal = re.sub(r"[^a-z0-9]+", "_", re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()).strip("_")
    if not normal:
        return None
    tokens = set(normal.split("_"))
    if normal in _DATE_KEYS or tokens & {"date", "dob", "birthdate", "birthday", "timestamp", "datetime"}:
        return "date"
    if tokens & {"lat", "latitude"}:
        return "latitude"
    if tokens & {"lon", "lng", "long", "longitude"}:
        return "longitude"
    if "time" in tokens:
        return "time"
    if normal in {"yob", "birth_year", "year_of_birth"} or "year" in tokens:
        return "year"
    if "age" in tokens:
        return "age"
    if tokens & {"pct", "percent", "percentage"}:
        return "percent"
    if tokens & _MONEY_KEYS:
        return "money"
    if tokens & _COUNT_KEYS:
        return "count"
    return None


def parse_typed_value(kind: str, raw: str, offset: int = 0) -> list[NumericValue]:
    """Read `raw` (a whole cell or JSON value) as a value of `kind`; [] if it is not one.

    A date followed by a time ("2024-03-01T09:30:00") gives two values, date and time.
    """
    stripped = raw.strip()
    if not stripped or len(stripped) > 40:
        return []
    lead = raw.index(stripped[0]) + offset
    if kind == "date":
        for pattern, builder in _DATE_PATTERNS:
            match = pattern.match(stripped)
            if match is None or (match.end() < len(stripped) and stripped[match.end()] not in "T "):
                continue
            date = builder(match, lead)
            if date is None:
                return []
            values = [date]
            if match.end() < len(stripped):
                time = _TIME.match(stripped, match.end() + 1)
                if time is not None:
                    found = _time_value(time, lead)
                    values.extend([found] if found is not None else [])
            return values
        return []
    if kind == "time":
        match = _TIME.fullmatch(stripped)
        found = _time_value(match, lead) if match else None
        return [found] if found is not None else []
    match = _TYPED_CELL.fullmatch(stripped)
    if match is None:
        return []
    if (match.group("pct") and kind != "percent") or (match.group("cur") and kind != "money"):
        return []
    if match.group("scale") and kind != "money":
        return []
    found = _number_value(kind, match, lead, "num", scale_group="scale")
    return [found] if found is not None else []


# --- prose patterns ------------------------------------------------------------------------

_NUM = r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_UNSIGNED = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:(?P<scale>\s?(?:[kK]|[mM]|bn|[Bb]illion|[Mm]illion|[Tt]housand))(?![A-Za-z]))?"
_NOT_BEFORE = r"(?<![\w.,\u2212+-])"
_NOT_AFTER = r"(?![\w]|[.,]\d)"

_CURRENCY = r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|US\$)\s?)"
_MONEY_PATTERNS = (
    re.compile(_CURRENCY + rf"\s?(?P<num>{_UNSIGNED}){_SCALE}{_NOT_AFTER}"),
    re.compile(_NOT_BEFORE + rf"(?P<num>{_UNSIGNED}){_SCALE}\s?(?:USD|EUR|GBP|CHF|dollars|euros|pounds)\b"),
    re.compile(r"\b(?:salary|salaries|income|earns?|earning|earned|wages?|rent|mortgage|debt|bonus|savings"
               r"|net worth|paid|pays|balance|price|cost|spent)\b(?:\s+(?:of|is|was|about|around|approximately|at))?"
               rf"\s*[:=]?\s*(?P<num>{_UNSIGNED}){_SCALE}{_NOT_AFTER}", re.IGNORECASE),
)
_AGE_PATTERNS = (
    re.compile(r"\b(?:age[ds]?|aged)\b(?:\s+(?:of|is|was|about|around))?\s*[:=]?\s*(?P<num>\d{1,3})"
               + _NOT_AFTER, re.IGNORECASE),
    re.compile(_NOT_BEFORE + r"(?P<num>\d{1,3})(?:\s|-)?(?:years?|yrs?|yr)(?:\s|-)old\b", re.IGNORECASE),
    re.compile(_NOT_BEFORE + r"(?P<num>\d{1,3})\s?(?:y/o|y\.o\.|yo)(?![\w/])", re.IGNORECASE),
)
_COUNT_NOUNS = (
    "children|kids|sons|daughters|siblings|brothers|sisters|grandchildren|dependents|employees|staff"
    "|workers|people|persons|patients|members|visits|admissions|hospitalizations|surgeries|prescriptions"
    "|pregnancies|arrests|convictions|cars|vehicles|properties|houses|pets|dogs|cats|marriages|divorces"
)
_COUNT_PATTERNS = (
    re.compile(_NOT_BEFORE + rf"(?P<num>\d{{1,6}})\s+(?:{_COUNT_NOUNS})\b", re.IGNORECASE),
)
_PERCENT_PATTERNS = (
    re.compile(_NOT_BEFORE + rf"(?P<num>{_NUM})\s?(?:%|percent\b|per\s?cent\b|pct\b)", re.IGNORECASE),
)
_YEAR_PATTERNS = (
    re.compile(r"\b(?:born|b\.)\s+(?:in\s+)?(?P<num>(?:19|20)\d{2})\b", re.IGNORECASE),
    re.compile(r"\bclass of\s+(?P<num>(?:19|20)\d{2})\b", re.IGNORECASE),
    re.compile(r"\bgraduat(?:ed|ion)\s+(?:in\s+)?(?P<num>(?:19|20)\d{2})\b", re.IGNORECASE),
    re.compile(r"\b(?:year of birth|birth year|yob)\b\s*[:=]?\s*(?P<num>(?:19|20)\d{2})\b", re.IGNORECASE),
)
_LATITUDE_PATTERNS = (
    re.compile(r"\blat(?:itude)?\b\.?\s*[:=]?\s*(?P<num>[-+]?\d{1,2}(?:\.\d+)?)" + _NOT_AFTER, re.IGNORECASE),
)
_LONGITUDE_PATTERNS = (
    re.compile(r"\b(?:lon|lng|long|longitude)\b\.?\s*[:=]?\s*(?P<num>[-+]?\d{1,3}(?:\.\d+)?)" + _NOT_AFTER,
               re.IGNORECASE),
)
_COORDINATE_PAIR = re.compile(
    r"(?<![\w.,-])(?P<lat>-?\d{1,2}\.\d{3,})\s*,\s*(?P<lon>-?\d{1,3}\.\d{3,})(?![\w.]|,\d)")
_HEMISPHERE = re.compile(r"(?<![\w.])(?P<num>\d{1,3}(?:\.\d+)?)(?P<middle>\s?°\s?)(?P<letter>[NSEWnsew])\b")

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_NAME = (r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)")
_ISO_DATE = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])")
_SLASH_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
_DOT_DATE = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.])")
_MONTH_FIRST = re.compile(r"\b" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
                          re.IGNORECASE)
_DAY_FIRST = re.compile(r"\b(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME
                        + r",?\s+(?P<y>\d{4})\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
                   r"(?:(?P<gap>\s?)(?P<ampm>[aApP]\.?[mM]\.?)(?![A-Za-z]))?(?![\d:])")
_TIME_CONTEXT = re.compile(r"(?:\b(?:at|by|around|about|from|until|till|before|after|since|between|and|to"
                           r"|time|@)\s*$|\d[T ]$)", re.IGNORECASE)

_TYPED_CELL = re.compile(rf"(?P<cur>{_CURRENCY})?\s?(?P<num>{_NUM}){_SCALE}\s?(?P<pct>%)?")

_DATE_KEYS = frozenset({"admitted", "discharged", "born", "birth", "visit_on", "admitted_on", "discharged_on"})
_MONEY_KEYS = frozenset({"salary", "income", "wage", "wages", "pay", "amount", "price", "cost", "balance",
                         "revenue", "spend", "spent", "usd", "eur", "gbp", "payment", "bonus", "debt", "rent",
                         "fee", "fees", "compensation", "earnings"})
_COUNT_KEYS = frozenset({"count", "num", "visits", "children", "kids", "dependents", "admissions",
                         "employees", "quantity", "qty", "household", "siblings"})


def _prose_values(text: str, start: int, end: int) -> list[NumericValue]:
    found: list[NumericValue] = []

    def inside(match: re.Match, group: str) -> bool:
        return start <= match.start(group) and match.end(group) <= end

    for pattern, builder in _DATE_PATTERNS:
        for match in pattern.finditer(text, start, end):
            value = builder(match, 0)
            if value is not None:
                found.append(value)
    for match in _TIME.finditer(text, start, end):
        if match.group("ampm") or match.group("s") or _TIME_CONTEXT.search(text[max(start, match.start() - 12):match.start()]):
            value = _time_value(match, 0)
            if value is not None:
                found.append(value)
    for match in _COORDINATE_PAIR.finditer(text, start, end):
        latitude = _number_value("latitude", match, 0, "lat")
        longitude = _number_value("longitude", match, 0, "lon")
        if latitude and longitude and abs(latitude.value) <= 90 and abs(longitude.value) <= 180:
            found.extend([latitude, longitude])
    for match in _HEMISPHERE.finditer(text, start, end):
        letter = match.group("letter")
        axis = "latitude" if letter.upper() in "NS" else "longitude"
        magnitude = float(match.group("num"))
        if magnitude > (90 if axis == "latitude" else 180):
            continue
        sign = -1.0 if letter.upper() in "SW" else 1.0
        form = HemisphereForm(_number_form(match.group("num")), match.group("middle"), axis, letter.islower())
        found.append(NumericValue(match.start(), match.end(), axis, sign * magnitude, form))
    for kind, patterns in _TYPED_PATTERNS:
        for pattern in patterns:
            for match in pattern.finditer(text, start, end):
                if inside(match, "num"):
                    value = _number_value(kind, match, 0, "num", scale_group="scale" if kind == "money" else None)
                    if value is not None:
                        found.append(value)
    return found


_TYPED_PATTERNS = (
    ("latitude", _LATITUDE_PATTERNS),
    ("longitude", _LONGITUDE_PATTERNS),
    ("percent", _PERCENT_PATTERNS),
    ("money", _MONEY_PATTERNS),
    ("age", _AGE_PATTERNS),
    ("count", _COUNT_PATTERNS),
    ("year", _YEAR_PATTERNS),
)


# --- tables and JSON -----------------------------------------------------------------------

_TABLE_DELIMITERS = (",", "\t", ";", "|")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_JSON_KEYED = re.compile(
    r'"(?P<key>[^"\\\n]{1,40})"\s*:\s*(?:(?P<num>-?\d+(?:\.\d+)?)(?![\w.])|"(?P<str>[^"\\\n]{1,40})")')


def _json_keyed_values(text: str) -> list[NumericValue]:
    """Values of JSON members whose key names a type: `"age": 34`, `"dob": "1984-02-29"`."""
    found = []
    for match in _JSON_KEYED.finditer(text):
        kind = column_type(match.group("key"))
        if kind is None:
            continue
        group = "num" if match.group("num") is not None else "str"
        found.extend(parse_typed_value(kind, match.group(group), offset=match.start(group)))
    return found


def _table_values(text: str, start: int, end: int) -> list[NumericValue]:
    """Cells of CSV / TSV / semicolon / markdown tables in typed columns (header names the type)."""
    lines = _lines(text, start, end)
    found: list[NumericValue] = []
    index = 0
    while index < len(lines):
        table = _table_at(text, lines, index)
        if table is None:
            index += 1
            continue
        rows, delimiter, consumed = table
        header = [text[s:e].strip().strip('"').strip() for s, e in rows[0]]
        # A header is short names, not sentences that happen to contain commas.
        plausible = all(len(name) <= 40 and len(name.split()) <= 4 for name in header)
        kinds = [column_type(name) if plausible else None for name in header]
        if any(kinds):
            for row in rows[1:]:
                for (cell_start, cell_end), kind in zip(row, kinds):
                    if kind is None:
                        continue
                    raw = text[cell_start:cell_end]
                    quoted = raw.strip()
                    shift = 0
                    if len(quoted) >= 2 and quoted[0] == quoted[-1] == '"':
                        shift = raw.index('"') + 1
                        raw = quoted[1:-1]
                    found.extend(parse_typed_value(kind, raw, offset=cell_start + shift))
        index += consumed
    return found


def _table_at(text: str, lines: list[tuple[int, int]], index: int):
    """A table starting at lines[index]: (rows of cell ranges, delimiter, lines consumed) or None."""
    first = text[lines[index][0]:lines[index][1]]
    for delimiter in _TABLE_DELIMITERS:
        cells = _split_cells(text, lines[index], delimiter)
        if cells is None or len(cells) < 2:
            continue
        rows = [cells]
        position = index + 1
        while position < len(lines):
            line_text = text[lines[position][0]:lines[position][1]]
            if delimiter == "|" and _MARKDOWN_RULE.match(line_text):
                position += 1
                continue
            row = _split_cells(text, lines[position], delimiter)
            if row is None or len(row) != len(cells):
                break
            rows.append(row)
            position += 1
        if len(rows) >= 2 and first.strip():
            return rows, delimiter, position - index
    return None


def _split_cells(text: str, line: tuple[int, int], delimiter: str) -> list[tuple[int, int]] | None:
    start, end = line
    content = text[start:end]
    if delimiter not in content:
        return None
    cells: list[tuple[int, int]] = []
    cell_start = start
    quoted = False
    for position in range(start, end):
        char = text[position]
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            cells.append((cell_start, position))
            cell_start = position + 1
    if quoted:
        return None
    cells.append((cell_start, end))
    if delimiter == "|":
        # "| a | b |": the empty edges are not cells.
        if cells and not text[cells[0][0]:cells[0][1]].strip():
            cells = cells[1:]
        if cells and not text[cells[-1][0]:cells[-1][1]].strip():
            cells = cells[:-1]
    return cells


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    result = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        result.append((position, position + len(stripped)))
        position += len(line)
    return result


# --- value builders ----------------------------------------------------------------------------


def _number_form(raw: str, scale: float = 1.0, suffix: str = "") -> NumberForm:
    digits = raw.lstrip("+-\u2212")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return NumberForm(decimals=decimals, grouping="," in digits, scale=scale, suffix=suffix,
                      plus=raw.startswith("+"))


_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def _number_value(kind: str, match: re.Match, offset: int, group: str,
                  scale_group: str | None = None) -> NumericValue | None:
    raw = match.group(group)
    if raw is None:
        return None
    number = float(raw.replace(",", "").replace("\u2212", "-"))
    scale, suffix, end = 1.0, "", match.end(group)
    if scale_group and match.groupdict().get(scale_group):
        suffix = match.group(scale_group)
        scale = _SCALES[suffix.strip().lower()]
        end = match.end(scale_group)
    form = _number_form(raw, scale, suffix)
    if kind in _INTEGER_TYPES and form.decimals:
        return None  # "age 34.5" is not how ages are written; leave it
    return NumericValue(match.start(group) + offset, end + offset, kind, number * scale, form)


def _time_value(match: re.Match, offset: int) -> NumericValue | None:
    hour, minute = int(match.group("h")), int(match.group("mi"))
    second = int(match.group("s") or 0)
    meridiem = match.group("ampm")
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    elif hour > 23:
        return None
    form = TimeForm(hour_width=len(match.group("h")), seconds=match.group("s") is not None,
                    meridiem=meridiem, meridiem_gap=match.group("gap") or "")
    return NumericValue(match.start() + offset, match.end() + offset, "time",
                        hour * 60 + minute + second / 60.0, form)


def _date_value(match: re.Match, offset: int, year: int, month: int, day: int,
                parts: Sequence[tuple[str, str]]) -> NumericValue | None:
    try:
        ordinal = datetime.date(year, month, day).toordinal()
    except ValueError:
        return None
    base = match.start()
    spans = tuple((part, match.start(group) - base, match.end(group) - base)
                  for part, group in parts if match.group(group) is not None)
    form = DateForm(match.group(0), spans)
    return NumericValue(match.start() + offset, match.end() + offset, "date", float(ordinal), form)


def _iso(match: re.Match, offset: int) -> NumericValue | None:
    return _date_value(match, offset, int(match.group("y")), int(match.group("m")), int(match.group("d")),
                       (("year", "y"), ("month", "m"), ("day", "d")))


def _slash(match: re.Match, offset: int) -> NumericValue | None:
    first, second = int(match.group("a")), int(match.group("b"))
    year = _full_year(match.group("y"))
    # US order (month/day) unless the first part cannot be a month.
    if first > 12:
        return _date_value(match, offset, year, second, first, (("day", "a"), ("month", "b"), ("year", "y")))
    return _date_value(match, offset, year, first, second, (("month", "a"), ("day", "b"), ("year", "y")))


def _dotted(match: re.Match, offset: int) -> NumericValue | None:
    return _date_value(match, offset, int(match.group("y")), int(match.group("m")), int(match.group("d")),
                       (("day", "d"), ("month", "m"), ("year", "y")))


def _named(match: re.Match, offset: int) -> NumericValue | None:
    month = _month_number(match.group("mon"))
    return _date_value(match, offset, int(match.group("y")), month, int(match.group("d")),
                       (("year", "y"), ("month_name", "mon"), ("day", "d"), ("ordinal", "ord")))


_DATE_PATTERNS = (
    (_ISO_DATE, _iso),
    (_MONTH_FIRST, _named),
    (_DAY_FIRST, _named),
    (_SLASH_DATE, _slash),
    (_DOT_DATE, _dotted),
)


def _full_year(raw: str) -> int:
    if len(raw) == 4:
        return int(raw)
    short = int(raw)
    return 2000 + short if short < 50 else 1900 + short


def _month_number(name: str) -> int:
    bare = name.rstrip(".").lower()
    for index, month in enumerate(_MONTHS):
        if month.startswith(bare[:3]):
            return index + 1
    raise ValueError("not a month name")


def _render_date_part(part: str, old: str, new: datetime.date) -> str:
    if part == "year":
        return f"{new.year % 100:02d}" if len(old) == 2 else f"{new.year:04d}"
    if part == "month":
        return f"{new.month:0{len(old)}d}"
    if part == "day":
        return f"{new.day:0{len(old)}d}"
    if part == "ordinal":
        suffix = "th" if 11 <= new.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(new.day % 10, "th")
        return suffix.upper() if old.isupper() else suffix
    if part == "month_name":
        dot = "." if old.endswith(".") else ""
        bare = old.rstrip(".")
        original = _MONTHS[_month_number(bare) - 1]
        full = _MONTHS[new.month - 1]
        if bare.lower() == original:
            name = full
        elif bare.lower() == "sept" and new.month == 9:
            name = "sept"
        else:
            name = full[:3]
        if bare.isupper() and len(bare) > 1:
            name = name.upper()
        elif bare[0].isupper():
            name = name.capitalize()
        return name + dot
    raise ValueError(part)


def _meridiem_like(old: str, new: str) -> str:
    letters = [char for char in old if char.isalpha()]
    dotted = "." in old
    text = (new[0] + "." + new[1] + ".") if dotted else new
    if letters and letters[0].isupper():
        text = text.upper()
    return text


def _resolve(values: list[NumericValue]) -> list[NumericValue]:
    """Drop values that overlap an earlier (higher-priority) one; sort by position."""
    starts: list[int] = []  # chosen values, kept sorted by start (they never overlap)
    chosen: list[NumericValue] = []
    for value in values:
        at = bisect.bisect_left(starts, value.start)
        if at > 0 and chosen[at - 1].end > value.start:
            continue
        if at < len(chosen) and chosen[at].start < value.end:
            continue
        starts.insert(at, value.start)
        chosen.insert(at, value)
    return chosen
