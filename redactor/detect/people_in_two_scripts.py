"""A person written in two scripts on one record: the Latin field beside a found native-script name is that name.

Registers, guest lists and exports of non-Latin data carry each person twice: the name in its own script and a
romanisation for systems that read only Latin letters (`伊藤美咲  ITO MISAKI`, `Кузнецова Дарья | Kuznetsova
Darya`, `박서연 | Park Seoyeon`, `Παπαδοπούλου Ελένη;PAPADOPOULOU ELENI`). Romanisations differ from any
transliteration table (Hepburn and its variants, passport and GOST spellings, pinyin and Wade-Giles), so the value is
read by its place, not by spelling: on a line where a PERSON was found written in a non-Latin script, a field of the
same line (between two blanks or more, a tab, `|`, `,`, `;`, or quotes) that is one to four words of Latin letters,
each capitalised or in capitals, none a stop word or an ordinary word of a language (unless a name list holds it:
`Park`, `Song`), and not a place, is that person's
romanised name. Doubtful (0.55): the wire redacts it, an audit does not report it.

Cost: runs only on lines holding a non-Latin PERSON finding.
"""
from __future__ import annotations

import re
from typing import Sequence

from redactor.detect.base import Span, covered_regions, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import first_names, stop_words, surnames, world_first_names

_DETECTOR = "people-in-two-scripts"
_FIELD = re.compile(r"(?:^|(?<=[\t|,;\"'])|(?<=  ))[ \t]*(?P<value>[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3})[ \t]*"
                    r"(?=$|[\t|,;\"'\\]|  )", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][a-z'’.-]+|[A-Z][A-Z'’.-]+")


def _non_latin_letters(value: str) -> bool:
    letters = [char for char in value if char.isalpha()]
    return bool(letters) and sum(not char.isascii() and not "\u00c0" <= char <= "\u024f" for char in letters) * 2 > len(letters)


def romanised_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """PERSON spans of the Latin fields on the lines of non-Latin PERSON findings."""
    lines: dict[int, int] = {}
    for span in spans:
        if span.kind == "PERSON" and _non_latin_letters(text[span.start:span.end]):
            line_start = text.rfind("\n", 0, span.start) + 1
            line_end = text.find("\n", span.end)
            lines[line_start] = len(text) if line_end == -1 else line_end
    if not lines:
        return []
    regions = covered_regions(spans)
    added = []
    for line_start, line_end in lines.items():
        for field in _FIELD.finditer(text, line_start, line_end):
            start, end = field.span("value")
            value = field.group("value")
            if overlaps_a_region(regions, start, end) or not _reads_as_romanised_name(value):
                continue
            added.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, _DETECTOR))
    return added


def _reads_as_romanised_name(value: str) -> bool:
    words = value.split()
    if not 1 <= len(words) <= 4 or len(value) < 4:
        return False
    if not all(_WORD.fullmatch(word) for word in words):
        return False  # "iPhone", "k8s", lower-case words: no name as a register writes it
    folded = [word.strip(".'’-").casefold() for word in words]
    if any(len(word) < 2 or word in stop_words() for word in folded):
        return False
    # An ordinary word that is also a name stays a name beside a word of no language (`Park Seo-yeon`), not beside
    # other ordinary words (`Standard Room`, `Grand Total`).
    ordinary = [is_ordinary_word(word) for word in folded]
    if all(ordinary) or any(flag and not (word in surnames() or word in first_names() or word in world_first_names())
                            for word, flag in zip(folded, ordinary)):
        return False
    return not is_place_name(value)
