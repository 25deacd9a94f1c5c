"""A found internal host's UNC path, share and folders included (round 30, issue 12).

Once a host is the organisation's own machine (`FS-VERW-02`, `nas01.corp.lan`), a UNC path that opens with it is the
organisation's too: its share and folders name the organisation's own departments, people and projects
(`\\\\FS-VERW-02\\Personal\\2026`). So the whole UNC path (`\\\\host\\share\\...`, also JSON-escaped) is one
INTERNAL_URL span at the host's own score (a doubtful host makes a doubtful path). The evidence is the host finding:
`\\\\localhost\\c$` and `\\\\wsl$\\...` are never found as hosts, so they stay. A path ends at a blank, a quote, a
bracket or angle bracket, a backtick, and sheds the sentence's punctuation after it.

Measured and not done (round 30): a URL on a found internal host, whole or its head. Whole (scheme to fragment), it
removed every infra30dev URL leak (held-out 12 -> 0) and raised over-redaction on the blind secrets files by 1 to 2
points (blind10 secrets 8.94 -> 10.45, blind17 +1.9, blind18 +1.7), where the corpora annotate the host alone and the
path is API words. Its head (scheme, user, port: `https://host:8443`), held-out 12 -> 2 at +0.9 points on blind10
and blind11 secrets; that gain is mostly the benchmark counting the scheme word `https` as a distinctive token of the
annotated URL, not a value kept off the wire, so it is not claimed. A URL's distinctive path words
(`/artifactory/libs-release-local/...`) remain a known gap.

Cost: a look four characters behind and one walk ahead per found host.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from redactor.detect.base import Span

LOCATOR_KIND = "INTERNAL_URL"
_HOST_KINDS = frozenset({"INTERNAL_HOSTNAME"})
# A UNC path's leading backslashes (also JSON-escaped: `\\\\\\\\host\\\\share`).
_UNC_HEAD = re.compile(r"(?<![\w\\])(?:\\\\){1,2}$")
# A UNC path's share and folders (anything but a blank, a quote or a bracket).
_UNC_REST = re.compile(r"(?:\\{1,2}[^\s\"'<>`()\[\]{}|\\]+)*\\?")
# A sentence's punctuation after a path is not part of it.
_TRAILING = ".,;:!?"


def locators_around_hosts(text: str, spans: Iterable[Span]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each UNC path whose server is a found internal host of `spans`."""
    for span in spans:
        if span.kind not in _HOST_KINDS:
            continue
        unc = _UNC_HEAD.search(text, max(0, span.start - 4), span.start)
        if unc is None:
            continue
        rest = _UNC_REST.match(text, span.end)
        end = rest.end() if rest else span.end
        while end > span.end and text[end - 1] in _TRAILING:
            end -= 1
        if end > span.end:
            yield unc.start(), end, span.score
