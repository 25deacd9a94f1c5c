"""Browser page snapshots read as the forms and tables they show (a decoded view; issue 12, round 35).

A browser agent sends a page as its accessibility tree: Playwright's aria snapshot (`- textbox "Name": Anna`,
`- cell "Anna Berg"`), Chrome DevTools/MCP snapshots (`uid=3_7 textbox "Name" value="Anna"`), browser-use's
`[12]<textbox "Name" value="Anna">`. The detectors read labels and table headers where a form or a delimited table
writes them (`Name: Anna`, `Name<TAB>Street` over its rows), and in a tree a field's label and its value sit in one
line's quoted strings, a table's headers on lines of their own above the cells. So the tree is also read as what
it stands for:

- a form field (any role word, a quoted label, then `value="…"`, `value: "…"` or Playwright's `: …`) is written
  `Label: value` on a line of its own;
- a table (`columnheader "…"` lines, then rows of `cell`/`gridcell`/`rowheader` lines) is written as a tab-separated
  table: the headers, then each row's cells, when a row has as many cells as there are headers.

The view's labels, headers, separators and line breaks are not the text's own (a finding is kept only on the
values it copied, one span per copied value it touches), so a column named "Name" makes a lower-case
"jonas brenner" in it a person, and a label "Geburtsdatum" the date beside it a birth date, exactly as the same
layouts written as text do.

Pre-check: a literal of the layouts (`value`, `columnheader`, `- textbox`...) in the text; one pass over its lines.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import DetectionInput, Detector, Span
from redactor.detect.ocr_labels import _ViewWriter
from redactor.detect.people_in_structure import people_in_structure

_DETECTOR = "page_views"

_CUES = ("value=", "value:", "columnheader", "- textbox", "- combobox", "- spinbutton", "- searchbox")
_LABEL = r'"(?P<label>[^"\n]{1,60})"'
# A form field: a role word and its quoted label; then its value, `value="…"`/`value: "…"` anywhere after it on the
# line, or Playwright's `: …` after the label's attributes (`[ref=e4]`).
_FIELD = re.compile(
    r"\b(?:textbox|combobox|spinbutton|searchbox|listbox|textarea|input|select|checkbox|radio|field)[ \t]+" + _LABEL)
_VALUE_ATTRIBUTE = re.compile(r"\bvalue[ \t]*[=:][ \t]*\"(?P<value>[^\"\n]{1,200})\"")
_PLAYWRIGHT_VALUE = re.compile(r"(?:[ \t]*\[[^\]\n]{0,60}\])*:[ \t]*(?P<value>[^\s\"\[][^\n]{0,199})")
_FIELD_ROLES = ("textbox", "combobox", "spinbutton", "searchbox", "listbox", "textarea", "input", "select", "checkbox",
                "radio", "field")
_HEADER = re.compile(r"\bcolumnheader[ \t]+" + _LABEL)
_CELL = re.compile(r"\b(?:cell|gridcell|rowheader)[ \t]+\"(?P<value>[^\"\n]{0,200})\"|\b(?:cell|gridcell|rowheader)[ \t]*:[ \t]*(?P<bare>[^\n]{1,200}?)[ \t]*$")
_ROW = re.compile(r"\brow\b")


def page_view(text: str) -> _ViewWriter | None:
    """The view of the forms and tables of an accessibility-tree snapshot in `text` (module docstring), or None."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    view = _ViewWriter()
    headers: list[str] = []
    row: list[tuple[int, int]] = []

    def flush_row() -> None:
        if headers and len(row) == len(headers) and any(end > start for start, end in row):
            for index, (start, end) in enumerate(row):
                if index:
                    view.put("\t", start, start)
                view.copy(text, start, end)
            view.put("\n", row[-1][1], row[-1][1])
        row.clear()

    line_start = 0
    in_header = False  # the last line was a column header: the next header line starts no new table
    for line in text.split("\n"):
        start = line_start
        line_start += len(line) + 1
        lowered_line = line.lower()
        header = _HEADER.search(line) if "columnheader" in lowered_line else None
        if header:
            if row:
                flush_row()
            if not in_header:
                headers = []
            headers.append(header.group("label"))
            in_header = True
            continue
        if in_header:
            view.put("\t".join(headers) + "\n", start, start)
            in_header = False
        cell = _CELL.search(line) if headers and ("cell" in lowered_line or "rowheader" in lowered_line) else None
        if cell:
            group = "value" if cell.group("value") is not None else "bare"
            row.append((start + cell.start(group), start + cell.end(group)))
            continue
        if row and (_ROW.search(line) or not line.strip()):
            flush_row()
        field = _FIELD.search(line) if any(role in lowered_line for role in _FIELD_ROLES) else None
        value = None
        if field:
            value = _VALUE_ATTRIBUTE.search(line, field.end()) or _PLAYWRIGHT_VALUE.match(line, field.end())
        if value:
            value_start = start + value.start("value")
            value_end = value_start + len(value.group("value").rstrip(" \t>"))
            if text[value_start:value_end].strip():
                view.put(field.group("label").strip() + ": ", value_start, value_start)
                view.copy(text, value_start, value_end)
                view.put("\n", value_end, value_end)
    if row:
        flush_row()
    return view if view.parts else None



def spans_in_page_view(item: DetectionInput, detectors: Sequence[Detector]) -> list[Span]:
    """Spans the detectors find in the page view of `item.text`, over the original text: one per copied value a
    finding touches (the view's labels and separators are not the text's own)."""
    view = page_view(item.text)
    if view is None:
        return []
    view_item = DetectionInput(view.text, item.segment_kind, item.field_name)
    found: list[Span] = []
    # The pattern detectors, and the people a table's or form's structure names (people_in_structure.py: a column
    # headed "Name", in any case; NER's part, which the views do not run).
    in_view = [span for detector in detectors for span in detector.detect(view_item)]
    in_view += people_in_structure(view.text, item.segment_kind, _DETECTOR)
    for span in in_view:
        run_start = None
        for index in range(span.start, span.end + 1):
            own = index < span.end and view.copied[index]
            if own and run_start is None:
                run_start = index
            elif not own and run_start is not None:
                start, end = view.starts[run_start], view.ends[index - 1]
                if end > start:
                    found.append(Span(start, end, span.kind, span.category, span.score, span.detector))
                run_start = None
    return found
