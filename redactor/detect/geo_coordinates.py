"""Geographic coordinates precise enough to locate a person: a home pin, a driver's last fix, a GPS log.

Four decimals of a degree are about 11 m, a house; fewer say a town and stay.
Three forms count:

- a latitude/longitude pair, "40.7484, -73.9857" or "-33.8688,151.2093", each
  with 4+ decimals and in range (|lat| <= 90, |lon| <= 180), optionally with
  hemisphere letters and degree signs ("35.6762° N, 139.6503° E");
- a value under a latitude or longitude key in any syntax (`"lat": 51.507351`,
  `longitude: 2.294481`, `lng=-0.127758`), 4+ decimals, in range;
- the cells of a table column headed latitude/longitude (lat, lng, lon), same rules;
- nothing else: a single decimal number is a measurement, a version or a
  timing ("12.448ms"), and code-point or editor positions are integers.

A pair inside a function call of GIS code (`ST_Point(-122.4194, 37.7749)`) is
still a place and is redacted: it is restored in the reply, and doubt means redact.
"""
from __future__ import annotations

import itertools
import re
from typing import Iterator

from redactor.detect.keywords import needs_marks
from redactor.detect.table_columns import aligned_column_cells, column_cells

_DEGREES = r"-?(?:1[0-7]\d|\d{1,2})\.\d{4,10}"
_HEMISPHERE_LAT = r"(?:[ \t]?°?[ \t]?[NSns])?"
_HEMISPHERE_LON = r"(?:[ \t]?°?[ \t]?[EWew])?"
_PAIR = re.compile(
    r"(?<![\w.:/-])(?P<lat>" + _DEGREES + r")°?" + _HEMISPHERE_LAT
    + r"[ \t]*[,;/][ \t]*(?P<lon>" + _DEGREES + r")°?" + _HEMISPHERE_LON + r"(?![\w.])"
)
_COLUMN_HEADER = re.compile(r"(?i:(?<![\w])(?P<key>lat(?:itude)?|lng|lon(?:g(?:itude)?)?)(?![\w]))")
_DEGREES_WHOLE = re.compile(_DEGREES)
# A digit, a dot, four digits: found from the dot (a literal first lets re skip ahead; `\d` first is tried everywhere).
_FOUR_DECIMALS = re.compile(r"\.(?<=\d\.)\d{4}")
_KEYED = re.compile(
    r"(?i:\b(?P<key>lat(?:itude)?|lng|lon(?:g(?:itude)?)?)\b)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>" + _DEGREES + r")(?![\w.])"
)


@needs_marks(".")  # (its gate: keywords.needs_marks)
def find_geo_coordinates(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of coordinate pairs and of values under latitude/longitude keys."""
    if _FOUR_DECIMALS.search(text) is None:
        return  # one C-speed scan: most texts hold no number with four decimals
    for match in _PAIR.finditer(text):
        if abs(float(match.group("lat"))) <= 90 and abs(float(match.group("lon"))) <= 180:
            yield match.start(), match.end(), 0.8
    lowered = text.lower()
    if "lat" not in lowered and "lng" not in lowered and "lon" not in lowered:
        return
    for match in _KEYED.finditer(text):
        limit = 90 if match.group("key").lower().startswith("lat") else 180
        if abs(float(match.group("value"))) <= limit:
            yield match.start("value"), match.end("value"), 0.8
    if "\n" not in text or "lat" not in lowered:
        return
    for header in _COLUMN_HEADER.finditer(text):
        limit = 90 if header.group("key").lower().startswith("lat") else 180
        cells = itertools.chain(column_cells(text, header.start(), header.end()),
                                aligned_column_cells(text, header.start(), header.end()))
        for start, end in cells:
            if _DEGREES_WHOLE.fullmatch(text, start, end) and abs(float(text[start:end])) <= limit:
                yield start, end, 0.8
