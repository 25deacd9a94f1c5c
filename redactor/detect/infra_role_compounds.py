"""Machines named by a hyphenated compound whose head is a role word, where a place is meant.

Estates name machines by what they do, the role last: `redis-cache`, `reporting-db`, `etl-runner`, `backup-nas`,
`billing-api-gw`, `archive-vault-02`. Without a domain or a digit such a name reads like a compound of words,
so two layouts must say a machine is meant:

- after a preposition of place, in several languages ("lives on redis-cache", "copy it to backup-nas", "runs
  from etl-runner", "läuft auf reporting-db", "déployé sur billing-api", "desde etl-runner"), maybe with an
  article between;
- alone on its line (a bare line, a list item, a comment: `backup-nas`, `- reporting-db`, `# etl-runner`).

The head is the last part with letters (digits stripped): it must be a role of the host lists (`host_roles`,
`host_internal_tool_labels`: db, cache, api, nas, runner, proxy, vault, ...) or a machine word (box, vm).
Prose compounds end in other words ("server-side", "real-time", "open-source"); compounds that start with
a word of a relation between two parties ("client-server", "peer-proxy") describe a design, not a machine.
No list says the name is private, so the finding is doubtful (0.55): redacted on the wire, not reported by
an audit.

Cost: nothing unless the text holds "-"; `str.find` walks the dashes, and only a dash between a lower-case letter
or digit and a lower-case letter starts the compound regexes and a look at the line before the name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.rule_files import term_list

ROLE_COMPOUND_SCORE = DOUBTFUL_SCORE

# The dash between two parts; the compound is read around it.
_INNER_DASH = re.compile(r"[a-z0-9]-[a-z]")
_COMPOUND_START = re.compile(r"[a-z][a-z0-9]*$")
_COMPOUND_REST = re.compile(r"(?:-[a-z0-9]+)+")
# Prepositions of place in English, German, French, Spanish, Dutch, Italian and Portuguese, then an article.
_PLACE_BEFORE = re.compile(
    r"(?:^|[\s(`'\"])(?i:on|onto|to|into|from|via|at|through|behind|against"
    r"|auf|nach|von|über|zu|vom|zum"
    r"|sur|vers|depuis|chez|via"
    r"|en|desde|hacia|hasta"
    r"|op|naar|van"
    r"|su|verso|da"
    r"|para|em|no|na)"
    r"(?:[ \t]+(?i:the|our|a|den|die|das|dem|le|la|les|el|los|las|de|het|il|lo|o|a))?[ \t]+[`'\"]?$"
)
# A bare line: list bullets and comment marks before the name, punctuation after it.
_BARE_LINE_BEFORE = re.compile(r"^[ \t]*(?:[-*•>]|#+|//|--|;)?[ \t]*[`'\"]?$")
_BARE_LINE_AFTER = re.compile(r"[`'\"]?[.,:;]?[ \t]*$")
_MACHINE_WORDS = frozenset("box host vm machine server node".split())
# First parts that make a compound a design's description ("client-server", "peer-node", "multi-node").
_RELATION_FIRST_PARTS = frozenset("client peer end back front cross multi single master primary inter intra "
                                  "non pre post self sub".split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(term_list("host_roles")) | frozenset(term_list("host_internal_tool_labels")) | _MACHINE_WORDS


def find_role_compound_hosts(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the names described in the module docstring."""
    if "-" not in text:
        return
    heads = _heads()
    resume = 0
    length = len(text)
    at = text.find("-")
    while at != -1:
        dash_at, at = at, text.find("-", at + 1)
        if dash_at < resume or dash_at == 0 or dash_at + 1 >= length or not text[dash_at + 1].islower() \
                or not (text[dash_at - 1].islower() or text[dash_at - 1].isdigit()):
            continue
        dash = _INNER_DASH.match(text, dash_at - 1)
        if dash is None:
            continue
        line_start = text.rfind("\n", 0, dash.start()) + 1
        head = _COMPOUND_START.search(text, max(line_start, dash.start() - 63), dash.start() + 1)
        if head is None:
            continue
        start = head.start()
        rest = _COMPOUND_REST.match(text, dash.start() + 1)
        end = rest.end()
        resume = end
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._/@:$%&=+~\\"):
            continue  # inside a path, an identifier, a domain, a variable or an option's value
        if end < len(text) and (text[end].isalnum() or text[end] in "_/@(=" or text[end] == "." and
                                end + 1 < len(text) and text[end + 1].isalnum()):
            continue  # a dotted name (the host rules'), a path, a call, a key
        parts = text[start:end].split("-")
        if len(parts) > 5 or parts[0] in _RELATION_FIRST_PARTS:
            continue
        named = [part.rstrip("0123456789") for part in parts if not part.isdigit()]
        if len(named) < 2 or named[-1] not in heads or named[0] == named[-1]:
            continue
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start:start]
        if _PLACE_BEFORE.search(before) or (_BARE_LINE_BEFORE.match(before)
                                            and _BARE_LINE_AFTER.match(text, end, line_end)):
            yield start, end
