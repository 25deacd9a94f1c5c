"""A first name after the preposition that names who a log line's event was for, by or to.

Application and audit logs write the person an event concerns as the last word of its clause: "approved expense 5521
for Yaw", "reassigned by Dagny, due 06-05", "sent reminder to Ilse.". The model reads a lone rare name in a log line
poorly (no sentence around it), and the one-word rules of cells, quotes and keys do not reach it: it is no cell, no
quoted string, no key's value. The line's layout (a timestamp or a log level first) and the preposition say a person
or an account stands there; a first name of some country's census or Faker locale says which.

A listed first name written with a capital, no stop word, calendar word, place or software name; a world first name
must be no ordinary word either (that list holds words of many languages), as in people_word_names. The word ends its
clause (line end, `.`, `,`, `;`, `)`, ` (`). A guess: doubtful (wire only). Prose is left to the model and the rules
that read sentences; only tool output, where logs are printed.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER
from redactor.detect.people_word_names import _first_name_that_may_be_a_word

# A log line opens with a date and time, a bracketed time or a level ("2024-05-01T10:00:01Z", "[10:42:07]", "WARN").
_LOG_LINE_START = re.compile(
    r"^[ \t]*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|NOTICE|AUDIT)\b)",
    re.MULTILINE)
# The prepositions that name whom an event concerns, in English and the European languages logs are written in.
_PREPOSITIONS = r"for|by|to|from|with|für|von|an|par|pour|por|para|door|voor"
# The preposition, one capitalised word and the end of its clause.
_NAME_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w-])(?:{_PREPOSITIONS})[ \t]+(?P<word>[{NAME_UPPER}][{NAME_LOWER}]{{1,14}})"
    rf"(?=[ \t]*(?:$|[.,;)]|\())", re.MULTILINE)


def names_after_log_prepositions(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for a listed first name ending a clause after for/by/to/... in a log line of tool output
    (see the module's docstring). Gated by a log line's start; one regex pass per log line."""
    if segment_kind != "tool_result":
        return []
    spans: list[Span] = []
    for line_start in _LOG_LINE_START.finditer(text):
        line_end = text.find("\n", line_start.end())
        line_end = len(text) if line_end == -1 else line_end
        for match in _NAME_AFTER_PREPOSITION.finditer(text, line_start.end(), line_end):
            if _names_a_person(match.group("word")):
                spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans


@functools.lru_cache(maxsize=4096)
def _names_a_person(word: str) -> bool:
    """The word test, memoised: logs repeat the same few words line after line ("by Scheduler"). Under the key
    "from", so a place stays a place."""
    return _first_name_that_may_be_a_word(word, "from")
