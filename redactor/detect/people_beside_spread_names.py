"""The people of a list whose other items are names found by spreading, and their other mentions (round 38).

people_beside_names.py reads a list of people ("समस्या: X, सुनिता श्रेष्ठ, दीपेन्द्र", "问题行：林志明、張淑芬、淑芬") from
the names the NER detector's finders found in the same text. A summary, a reply or a ticket written after a table or
a record usually lists people whose names were found elsewhere in the conversation (a table's cell, a header) and
only reach this text when the engine spreads found values to their other mentions (engine._propagate): the list's
other items, which no finder read, are then left between placeholders, and the same unknown name stays in the table
it came from. So after spreading, once per request:

- in each text with a person, the list and "and" readings of people_beside_names.py run again over every person of
  the text, found by any finder or by spreading (a list holds one kind of thing, whoever found its items);
- a name found this way is looked for in every text of the request and each mention that stands alone (no letter,
  digit or mark of a word right before or after it) becomes a person with the same score: the table's cell the
  summary named, the chat line that mentioned it first.

Scores are people_beside_names.py's (0.7 with two found items, else doubtful 0.55). Cost: nothing in a text without a
person; otherwise one look around each of its people, and one substring search per new name and text.
"""
from __future__ import annotations

import unicodedata
from typing import Sequence

from redactor.detect.base import Span
from redactor.detect.people_beside_names import people_beside_names

_DETECTOR = "people_beside_spread_names"
# A name searched again in the other texts is at least this long (a one-letter item spreads nowhere).
_SHORTEST = 2


def people_beside_spread_names(texts: Sequence[str], results: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """New PERSON spans per text (see the module doc); `results` are the merged spans after spreading."""
    added: list[list[Span]] = [[] for _ in texts]
    names: dict[str, float] = {}
    for index, (text, spans) in enumerate(zip(texts, results)):
        if not any(span.kind == "PERSON" for span in spans):
            continue
        for span in people_beside_names(text, spans, _DETECTOR):
            value = text[span.start:span.end]
            if sum(char.isalpha() for char in value) < _SHORTEST:
                continue  # an initial between two authors of a citation ("Kahneman, D., & Tversky"): no one new
            if any(word[:1].islower() for word in value.split()):
                continue  # a lower-case word where the script has case: the sentence after a greeting, no name
            added[index].append(span)
            if len(value) >= _SHORTEST:
                names[value] = max(span.score, names.get(value, 0.0))
    if not names:
        return added
    for index, (text, spans) in enumerate(zip(texts, results)):
        taken = [(span.start, span.end) for span in (*spans, *added[index])]
        for value, score in names.items():
            start = text.find(value)
            while start >= 0:
                end = start + len(value)
                if _stands_alone(text, start, end) and not any(s < end and start < e for s, e in taken):
                    added[index].append(Span(start, end, "PERSON", "pii", score, _DETECTOR))
                    taken.append((start, end))
                start = text.find(value, end)
    return added


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not part of a longer word: no letter, digit or combining mark touches it."""
    return not (start > 0 and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end]))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M" or char in "\u200c\u200d"
