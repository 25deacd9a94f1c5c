"""A form field's placeholder is a hint the page shows, never what anyone typed (round 35, precision35).

Agents acting in a browser send page snapshots and form markup: `textbox "Email" placeholder="name@example.com"
value=""`, `<input name="phone" placeholder="+44 20 7946 0000">`, `{"placeholder": "e.g. SW1A 1AA"}`. The value a
person entered stands in the `value` attribute (or after the field's label); the `placeholder` attribute is the
page's own example, the same for every visitor. So a finding that lies wholly inside a placeholder attribute's
quoted value is dropped, whatever its kind; the `value` beside it, and any text outside the attribute, stay.

Cost: one substring test per text ("placeholder"); the attribute regex runs only on texts that hold it.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span

# placeholder="...", placeholder='...', "placeholder": "...", placeholder: "..." (HTML, accessibility snapshots, JSON,
# YAML); the value is one quoted string on one line.
_ATTRIBUTE = re.compile(r"""(?i)(?<![\w-])["']?placeholder["']?[ \t]*[=:][ \t]*(?P<quote>["'])(?P<value>[^"'\n]*)(?P=quote)""")


def without_placeholder_values(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the findings inside a form field's placeholder attribute (module doc)."""
    if "laceholder" not in text and "LACEHOLDER" not in text:
        return list(spans)
    regions = [match.span("value") for match in _ATTRIBUTE.finditer(text)]
    if not regions:
        return list(spans)
    return [span for span in spans if not any(start <= span.start and span.end <= end for start, end in regions)]
