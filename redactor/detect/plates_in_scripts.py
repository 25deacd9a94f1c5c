"""Licence plates in the layouts only one country writes, most in scripts other than Latin (rules/plate_layouts.yaml).

vehicle_plates.py reads Latin and Cyrillic plates, which share their shapes with many other codes and so want a
vehicle or a label beside them. A Chinese plate (`粤B 3F8K2`: a province's character, a letter, five letters and
digits), a Korean one (`34나 7812`: the use syllable between digit groups), a Japanese one (`品川 330 ね 41-07`),
a Saudi one (single Arabic letters spaced, then digits) or an Emirati one (`Dubai Q 48213`) is written in no other
shape, and chat, forms and transcripts in those languages write it with no label a Latin rule would know
(车牌, ナンバー, 차량번호, لوحة). So each layout of the data file is a plate alone, at its record's score.

Cost: the layouts without anchors are tried only on text holding a character outside ASCII; a layout with anchors
only where one of its literals occurs.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict, Field

from redactor.detect.rule_files import RULES_DIR, RuleFileError, _load_yaml


class PlateLayout(BaseModel):
    """One country's plate layout (a record of plate_layouts.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    regex: str
    anchors: tuple[str, ...] = ()
    score: float = Field(ge=0.5, le=0.9)


@functools.lru_cache(maxsize=1)
def plate_layouts() -> tuple[tuple[PlateLayout, re.Pattern[str]], ...]:
    """The layouts of rules/plate_layouts.yaml with their compiled regexes (RuleFileError on a bad record)."""
    path = RULES_DIR / "plate_layouts.yaml"
    document = _load_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get("layouts"), list):
        raise RuleFileError(f"{path.name}: expected a mapping with a 'layouts' list")
    layouts = []
    for raw in document["layouts"]:
        layout = PlateLayout.model_validate(raw)
        try:
            layouts.append((layout, re.compile(layout.regex)))
        except re.error as exc:
            raise RuleFileError(f"{path.name}: {layout.name!r}: regex does not compile: {exc}") from None
    return tuple(layouts)


def find_plates_in_scripts(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the plates of text in a layout of plate_layouts.yaml (module doc)."""
    outside_ascii = not text.isascii()
    for layout, pattern in plate_layouts():
        if layout.anchors:
            if not any(anchor in text for anchor in layout.anchors):
                continue
        elif not outside_ascii:
            continue
        for match in pattern.finditer(text):
            if _EXAMPLE_CUE.search(text, max(0, match.start() - _EXAMPLE_WINDOW), match.start()):
                continue  # "例えば「品川 500 あ 12-34」のように": the layout's documented example, nobody's plate
            yield match.start(), match.end(), layout.score


# A layout found alone is nobody's plate where the sentence before it says it shows an example (a guide explaining
# how the country writes its plates); a plate next to a vehicle or a label is vehicle_plates.py's and still found.
_EXAMPLE_CUE = re.compile(r"(?i:例えば|たとえば|例：|例:|例如|比如|예를[ ]들어|예:|مثلا|مثال|e\.g\.|for[ ]example|for[ ]instance"
                          r"|z\.[ ]?b\.|zum[ ]beispiel|por[ ]ejemplo|par[ ]exemple|ad[ ]esempio|por[ ]exemplo)[^。．.!?！？\n]*$")
_EXAMPLE_WINDOW = 60
