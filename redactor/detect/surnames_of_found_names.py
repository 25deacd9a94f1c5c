"""A found East Asian name's surname, alone where the text around it is in another script (round 34, people34).

Tool output records a person once in full in their own script and then by the surname alone inside Latin-script
data: a delivery note `'note': 'ring 佐藤'` under `'name': '佐藤結衣'`, `"buzz 이"` under `"name": "이하은"`, a log
line `assigned to 王 (ops)` after `王建国`. A Chinese, Korean or Japanese name is written without a space, so the
surname is no word of its own that propagation could spread (`name_parts` splits on blanks).

The structural fact: a found PERSON that is one run of Han, Hangul or Kana characters and opens with a surname of
Faker's lists (`term_lists.east_asian_names`: one or two characters) holds that surname; in the same text the same
characters standing alone, with no letter of those scripts as the nearest letter on either side on the same line,
are that person. The nearest-letter test is what keeps prose out: in Korean text "이" alone is also "this", and in
Chinese or Japanese text a surname character is inside words; there a neighbour letter of the script is always
near. Doubtful (the wire redacts it, an audit does not report it).
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.script_letters import HAN, HANGUL, HIRAGANA, KATAKANA
from redactor.detect.term_lists import east_asian_names

_EAST_ASIAN = f"{HAN}{HANGUL}{HIRAGANA}{KATAKANA}"
_NAME_RUN = re.compile(f"[{_EAST_ASIAN}]{{2,5}}")
_EAST_ASIAN_LETTER = re.compile(f"[{_EAST_ASIAN}]")
_DETECTOR = "surname-of-found-name"
_EDGE_MARKS = " \t'\"`「」『』“”‘’()（）,，、:："


def surnames_of_found_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Doubtful PERSON spans for the lone surnames of the text's found East Asian names (see the module doc)."""
    surnames = set(_surnames(text, spans))
    if not surnames:
        return []
    taken = [(span.start, span.end) for span in spans]
    found: list[Span] = []
    for surname in surnames:
        for match in re.finditer(re.escape(surname), text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            if _letter_beside(text, start, -1) or _letter_beside(text, end, 1):
                continue
            found.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, _DETECTOR))
            taken.append((start, end))
    return found


def _surnames(text: str, spans: Iterable[Span]) -> Iterable[str]:
    names = east_asian_names()
    for span in spans:
        if span.kind != "PERSON":
            continue
        value = text[span.start:span.end].strip(_EDGE_MARKS)  # the model may take a quote with the name
        if not _NAME_RUN.fullmatch(value):
            continue
        for length in (2, 1):  # "佐藤" of "佐藤結衣" before "佐"; "欧阳" of "欧阳娜娜"
            head = value[:length]
            if len(value) - length >= 1 and (head in names.chinese_surnames or head in names.korean_surnames
                                             or head in names.japanese_surnames):
                yield head
                break


def _letter_beside(text: str, index: int, step: int) -> bool:
    """Whether the nearest letter from `index` in direction `step`, on the same line, is of an East Asian script."""
    position = index if step > 0 else index - 1
    while 0 <= position < len(text):
        char = text[position]
        if char == "\n":
            return False
        if char.isalpha():
            return bool(_EAST_ASIAN_LETTER.match(char))
        position += step
    return False
