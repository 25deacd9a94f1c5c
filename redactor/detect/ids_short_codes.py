"""A short letter-prefixed code standing alone, with no word about it: "see KT-4471 for the scans", "CX-2210 has been
escalated", "re: LN-88213 - documents received", a column of `QP-7712` cells.

The other passes read a code where something says whose it is: a label (record_ids.py), a cue word
(ids_near_cues.py), a person on its line (record_ids._bare_codes, five digits or more), or a length no program's
number has (ids_bare_codes.py, six digits or more). A case, client, member or file code of an office is often
shorter (a prefix of one to three capitals, a dash, four to six digits) and written alone in a chat line, a reply
subject or a table cell. Development traffic writes the same form for its own things (`PR-4471`, `JIRA-3087`,
`ADR-0012`) and products for their models (`RTX-4090`, `A-320`); what tells them apart is not the code but the
words around it, so a code is doubtful (0.55: on the wire, not in an audit) unless:

- its prefix is a public acronym, a known program's or standard's prefix (record_ids._NOT_PERSONAL_PREFIXES,
  ids_bare_codes._ERROR_PREFIXES, the public acronyms list), or an English word (`FIX-1234`, `WEB-2210`);
- its digits are a year (`FY-2024`), or it is glued to a path, a key, a file name or a version;
- a word of software or of a product stands within `_CONTEXT_REACH` characters (pull request, merge, commit,
  branch, build, deploy, sprint, ticket, bug, release, model, firmware, ...), or a thing's word right before it
  (record_ids._THING_WORDS: "order", "sku", "flight" ...; their own passes read those);
- it is on a log line or in a code segment.

Linear: candidates only where the character classes (character_layouts.py) show capitals, a dash and four digits;
the context test is one regex search over a window of the text per candidate.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.acronym_labels import _public_acronyms
from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import needs_marks
from redactor.detect.ids_bare_codes import _ERROR_PREFIXES, _LOG_LINE, _THING_BEFORE
from redactor.detect.record_ids import _NOT_PERSONAL_PREFIXES, _THING_WORDS
from redactor.detect.term_lists import term_list

_SHORT_CODE = re.compile(r"(?<![\w/.#@$-])([A-Z]{1,3})-(\d{4,6})(?![\w/@-]|[.:]\w)")
_SHORT_CODE_LAYOUTS = tuple(b"A" * letters + b"-0000" for letters in range(1, 4))
# Words of software work and of products: where they stand near a code, the code is a program's or a model's.
_SOFTWARE_CONTEXT = re.compile(
    r"(?i:\b(?:pr|prs|pull|merge[ds]?|merging|commit(?:s|ted)?|branch(?:es)?|build(?:s)?|deploy(?:ed|s|ment)?|sprint|"
    r"tickets?|bugs?|issues?|jira|epic|story|stories|backlog|release[ds]?|changelog|repo(?:sitory)?|patch(?:ed)?|"
    r"fix(?:ed|es)?|hotfix|regression|tests?|ci|pipeline|rfc|adr|spec|firmware|model[s]?|gpu|cpu|sku|part|"
    r"version|v\d|api|endpoint|server|cluster|service|error|exception|stack|incident|alert|outage|runbook|"
    r"engine|aircraft|fleet|flight|route|standard|protocol)\b)")
_CONTEXT_REACH = 160
_YEAR = re.compile(r"(?:19|20)\d\d")


@needs_marks("-")  # (its gate: keywords.needs_marks)
def find_short_codes(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of short letter-prefixed codes with no word of software or products around (module doc)."""
    if segment_kind == "code":
        return
    public = None
    words = None
    for match in layout_matches(_SHORT_CODE, text, _SHORT_CODE_LAYOUTS, b"0Aa_/.-"):
        prefix, digits = match.group(1), match.group(2)
        if _YEAR.fullmatch(digits) or prefix in _NOT_PERSONAL_PREFIXES or prefix.lower() in _ERROR_PREFIXES:
            continue
        if public is None:
            public, words = _public_acronyms(), term_list("common_words")
        if prefix.lower() in public or (len(prefix) > 2 and prefix.lower() in words):
            continue
        start, end = match.span()
        thing = _THING_BEFORE.search(text, max(0, start - 32), start)
        if thing is not None and thing.group("word").lower() in _THING_WORDS:
            continue
        if _SOFTWARE_CONTEXT.search(text, max(0, start - _CONTEXT_REACH), min(len(text), end + _CONTEXT_REACH)):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if _LOG_LINE.search(text, line_start, len(text) if line_end == -1 else line_end):
            continue
        yield start, end, DOUBTFUL_SCORE
