"""A found internal host's whole locator: the URL or UNC path around it (round 30, issue 12).

Once a host is the organisation's own machine (`pypi.int.acme-bank.co.uk`, `jenkins`, `FS-VERW-02`), the locator
that opens with it is the organisation's too: its path names the internal repositories, dashboards, jobs, shares
and projects (`/artifactory/libs-release-local/com/acme/...`, `\\\\FS-VERW-02\\Personal\\2026`), and its scheme and
port say which internal service answers. So the URL (`scheme://[user@]host[:port]/path?query#fragment`) or the UNC
path (`\\\\host\\share\\...`) is one INTERNAL_URL span from its scheme or its leading backslashes to its end, at the
host's own score (a doubtful host makes a doubtful URL).

The evidence is the host finding, not the locator's shape: a URL on a public site (`https://pypi.org/simple/`), a
documentation host or `\\\\localhost\\c$` is never found as a host, so its locator stays. A locator ends at a blank,
a quote, a bracket or angle bracket, a backtick, and sheds the sentence's punctuation after it.

Round 15 tried this and measured +0.4/+0.5 points of over-redaction on two secrets files where only the host was
annotated; the corpora written since (infra30dev, the blind files with `infra/URL` annotations) annotate the whole
locator, and every such URL leaked through its path and scheme while its host was redacted. On the request path
doubt means redact. Cost: one look behind and one walk ahead per found host.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from redactor.detect.base import Span

LOCATOR_KIND = "INTERNAL_URL"
_HOST_KINDS = frozenset({"INTERNAL_HOSTNAME"})
# What stands between a URL's scheme and its host: `https://`, `git+ssh://`, `jdbc:postgresql://`, and a user part
# (`deploy@`, `app:pw@`; a password in it is the secret detectors' as well: merged spans cover both).
_URL_HEAD = re.compile(r"(?<![\w+.-])[A-Za-z][A-Za-z0-9+.-]{0,15}(?::[A-Za-z][A-Za-z0-9+.-]{0,15})?://"
                       r"(?:[^\s/@\"'<>`]{1,80}@)?$")
# A UNC path's leading backslashes (also JSON-escaped: `\\\\\\\\host\\\\share`).
_UNC_HEAD = re.compile(r"(?<![\w\\])(?:\\\\){1,2}$")
# The rest of a locator after its host: anything but a blank, a quote, a bracket, an angle bracket or a backtick.
_URL_REST = re.compile(r"[^\s\"'<>`()\[\]{}|]*")
_UNC_REST = re.compile(r"(?:\\{1,2}[^\s\"'<>`()\[\]{}|\\]+)*\\?")
# A sentence's punctuation after a locator is not part of it.
_TRAILING = ".,;:!?"
_LOOK_BEHIND = 120


def locators_around_hosts(text: str, spans: Iterable[Span]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each URL or UNC path whose host is a found internal host of `spans`."""
    for span in spans:
        if span.kind not in _HOST_KINDS:
            continue
        head_start = max(0, span.start - _LOOK_BEHIND)
        url = _URL_HEAD.search(text, head_start, span.start)
        unc = None if url else _UNC_HEAD.search(text, head_start, span.start)
        if url is None and unc is None:
            continue
        rest = (_URL_REST if url else _UNC_REST).match(text, span.end)
        end = rest.end() if rest else span.end
        while end > span.end and text[end - 1] in _TRAILING:
            end -= 1
        start = (url or unc).start()
        yield start, end, span.score
