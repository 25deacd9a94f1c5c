"""A found internal host's locator: a URL's scheme, user and port, a UNC path's share (round 30, issue 12).

Once a host is the organisation's own machine (`pypi.int.acme-bank.co.uk`, `buildbox07`, `FS-VERW-02`), the locator
that opens with it is the organisation's too: the scheme and port say which internal service answers, and a UNC
path's share and folders name the organisation's own (`\\\\FS-VERW-02\\Personal\\2026`). So a URL's head
(`scheme://[user@]host[:port]`) and a whole UNC path (`\\\\host\\share\\...`) are one INTERNAL_URL span, at the
host's own score (a doubtful host makes a doubtful locator).

A URL's path stays (measured round 30): redacting it whole removed every infra30dev URL leak (held-out 12 -> 0) but
raised over-redaction on the blind secrets files by 1 to 2 points (blind10 secrets 8.94 -> 10.45), where the
corpora annotate the host alone and the path is API words. The path's distinctive words still leak where the
whole URL is the value (`/artifactory/libs-release-local/...`): a known gap.

The evidence is the host finding, not the locator's shape: a URL on a public site (`https://pypi.org/simple/`), a
documentation host or `\\\\localhost\\c$` is never found as a host, so its locator stays. A UNC path ends at a blank,
a quote, a bracket or angle bracket, a backtick, and sheds the sentence's punctuation after it.

Cost: one look behind and one short walk ahead per found host.
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
# A URL's port after its host; a UNC path's share and folders (anything but a blank, a quote or a bracket).
_URL_PORT = re.compile(r":\d{1,5}(?!\d)")
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
        rest = (_URL_PORT if url else _UNC_REST).match(text, span.end)
        end = rest.end() if rest else span.end
        while end > span.end and text[end - 1] in _TRAILING:
            end -= 1
        yield (url or unc).start(), end, span.score
