"""A found internal host's UNC path, share and folders included (round 30, issue 12).

Once a host is the organisation's own machine (`FS-VERW-02`, `nas01.corp.lan`), a UNC path that opens with it is the
organisation's too: its share and folders name the organisation's own departments, people and projects
(`\\\\FS-VERW-02\\Personal\\2026`). So the whole UNC path (`\\\\host\\share\\...`, also JSON-escaped) is one
INTERNAL_URL span at the host's own score (a doubtful host makes a doubtful path). The evidence is the host finding:
`\\\\localhost\\c$` and `\\\\wsl$\\...` are never found as hosts, so they stay. A path ends at a blank, a quote, a
bracket or angle bracket, a backtick, and sheds the sentence's punctuation after it.

A URL whose host is internal is redacted whole too (round 32, the lead's decision: recall first on the wire). The
scheme, user, host, port, path, query and fragment of `https://nexus.intra.acme.ie/repository/claims-team/` become
one INTERNAL_URL placeholder, restored whole in the reply: paths and queries under an organisation's own hosts carry
its repositories, projects, customers and users, which no rule reads word by word. The evidence is a finding on the
URL's host of a kind that says "the organisation's own" (a confident internal hostname or tenant's host, an address
in a private range that another rule redacted; a doubtful host and a bucket's host are not enough: see
URL_EVIDENCE_SCORE and _URL_HOST_KINDS), so public hosts, `localhost` and documentation examples
(never found as hosts) keep their URLs. A URL that a secrets rule already took whole (secret_urls.py) is left to it;
a secret or a person inside a longer URL still wins the merged span's label when it scores higher (base.merge_spans).
Cost measured (round 32): the older corpora annotate an internal URL's host only, so its path words count as
over-redaction there (round 30 measured +1 to +2 points on the blind secrets files); see docs/detection.md.

Cost: a look four characters behind and one walk ahead per found host; for URLs, one `str.find` for "://" (none,
nothing to do), then secret_urls.url_bounds's one pass and a bisection per URL.
"""
from __future__ import annotations

import bisect
import ipaddress
import re
from typing import Iterable, Iterator, Sequence

from redactor.detect.base import Span
from redactor.detect.secret_urls import url_bounds

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


# Findings on a URL's host that make it the organisation's own: its machines (tenants' hosts are INTERNAL_HOSTNAME
# too). Not a bucket's host or `s3://` name: the bucket rules take public open-data buckets as well, and with them
# the held-out negatives lost 0.3-1.0 points (infra27dev/infra30dev) for no URL found; the bucket stays redacted.
_URL_HOST_KINDS = frozenset({"INTERNAL_HOSTNAME", LOCATOR_KIND})
_ADDRESS_KINDS = frozenset({"IP_ADDRESS"})
# A doubtful host (below 0.6: a name under an ordinary company domain with no internal mark, which may be a public
# site) keeps its URL's path: on the blind negatives those were vendors' public APIs (`test.api.<vendor>.com/v1/...`,
# `jsonplaceholder.<site>.com/users`), and on the held-out halves their URLs found no annotated URL (measured round 32).
# The host itself is still redacted on the wire.
URL_EVIDENCE_SCORE = 0.6
# RFC 2606's second-level example domains, alone or under labels, at the host's end.
_DOCUMENTATION_HOST = re.compile(r"(?:^|\.|(?<=//))example\.(?:com|net|org)\.?$", re.IGNORECASE)
# RFC 5737 and RFC 3849 documentation ranges: examples, not anyone's network.
_DOCUMENTATION_NETWORKS = tuple(ipaddress.ip_network(net) for net in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def _is_internal_address(value: str) -> bool:
    """Whether `value` is an address of a private network (RFC 1918, CGNAT, ULA); not loopback, link-local or examples."""
    try:
        address = ipaddress.ip_address(value.strip("[]").split("%")[0])
    except ValueError:
        return False
    if address.is_loopback or address.is_unspecified or address.is_multicast or address.is_global or address.is_link_local:
        # (link-local: 169.254.169.254 is every cloud machine's metadata service, no one's network)
        return False
    return not any(address in network for network in _DOCUMENTATION_NETWORKS)


def _host_range(text: str, body: int, end: int) -> tuple[int, int]:
    """[start, end) of a URL's host: after its userinfo (`user:pw@`), before its port, path, query or fragment."""
    authority_end = end
    for mark in "/?#":
        found = text.find(mark, body, authority_end)
        if found != -1:
            authority_end = found
    start = text.rfind("@", body, authority_end) + 1 or body
    if text.startswith("[", start):  # an IPv6 literal: `[fd00::5]:8443`
        close = text.find("]", start, authority_end)
        return start, (close + 1 if close != -1 else authority_end)
    colon = text.find(":", start, authority_end)
    return start, (colon if colon != -1 else authority_end)


def urls_on_internal_hosts(text: str, spans: Sequence[Span]) -> list[Span]:
    """An INTERNAL_URL span, scheme to fragment, for each URL of `text` whose host a finding of `spans` says is internal.

    The URL takes the best score of the findings on its host. URLs that one finding already covers whole (a secrets
    rule's credential URL, an earlier INTERNAL_URL) add nothing.
    """
    if "://" not in text or not spans:
        return []
    ordered = sorted((span for span in spans if span.kind in _URL_HOST_KINDS or span.kind in _ADDRESS_KINDS
                      or span.category == "secret"), key=lambda span: span.start)
    if not ordered:
        return []
    starts = [span.start for span in ordered]
    longest = max(span.length for span in ordered)
    found: list[Span] = []
    for scheme_start, body, end in url_bounds(text):
        host_start, host_end = _host_range(text, body, end)
        if host_end <= host_start:
            continue
        score = 0.0
        whole = False
        at = bisect.bisect_left(starts, host_start - longest)
        while at < len(ordered) and ordered[at].start < end:
            span = ordered[at]
            at += 1
            if span.end <= scheme_start:
                continue
            if span.end >= end and (span.start <= body and span.category == "secret"
                                    or span.start <= scheme_start and span.kind == LOCATOR_KIND):
                whole = True  # already one finding (a credential URL): its own rule's label stands
                break
            if span.end <= host_start or span.start >= host_end:
                continue
            if span.kind in _URL_HOST_KINDS or (
                    span.kind in _ADDRESS_KINDS and _is_internal_address(text[max(span.start, host_start):
                                                                                  min(span.end, host_end)])):
                score = max(score, span.score)
        if _DOCUMENTATION_HOST.search(text, host_start, host_end):
            continue  # RFC 2606's example domains: a documentation URL, however its host was found
        if score >= URL_EVIDENCE_SCORE and not whole and (end > host_end or scheme_start < host_start):
            found.append(Span(scheme_start, end, LOCATOR_KIND, "infra", score, "infra"))
    return found
