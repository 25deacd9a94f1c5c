"""The organisation's own vocabulary: its names, project codenames, customers and hosts.

Built from the policy's `org:` section. Deny-list terms are matched
case-insensitively as whole words with one regex compiled from a prefix trie,
so thousands of terms cost about as much as a handful. The allow-list names
terms that are never redacted, whoever detects them (`is_allowed`).

A term that is one component of an identifier (`SyncNimbusCache`,
`vireo_rebuild_ledger`, `ostantis-worker`) makes the whole identifier an
INTERNAL_IDENTIFIER: the name of a function or schema built on a codename
says as much as the codename. A component ends at `_`, `-`, a digit or a
lower-to-upper case change; a term inside a word ("Nightjars") is not one.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from redactor.detect.base import DetectionInput, Span
from redactor.detect.code_awareness import drop_placeholder_overlaps
from redactor.detect.infra import hosts_ending_with

_ALLOWED = "ALLOWED"  # trie label for allow-list terms: matched, then dropped
IDENTIFIER_KIND = "INTERNAL_IDENTIFIER"  # an identifier with a deny-list term as a component


@dataclass(frozen=True)
class OrgTerms:
    """What the policy knows about the organisation."""

    names: tuple[str, ...] | list[str] = ()  # the company and its legal entities
    codenames: tuple[str, ...] | list[str] = ()  # internal project and product codenames
    customers: tuple[str, ...] | list[str] = ()  # customer and partner names
    internal_domains: tuple[str, ...] | list[str] = ()  # acme.internal, acme-corp.com
    hostname_patterns: tuple[str, ...] | list[str] = ()  # globs: "*.corp.acme.com", "prod-db-*"
    allow: tuple[str, ...] | list[str] = ()  # never redact: "S3", "EKS", public product names


def normalise_term(text: str) -> str:
    """The form terms are compared in: case-folded, inner whitespace collapsed."""
    return " ".join(text.split()).casefold()


class OrgTermsDetector:
    """Deny-list terms, internal domains and hostname globs from `OrgTerms`."""

    name = "org"

    def __init__(self, terms: OrgTerms) -> None:
        self._allow = frozenset(normalise_term(t) for t in terms.allow if t.strip())
        labelled: dict[str, str] = {}
        # Later groups win on duplicates; a term that is also allowed stays allowed.
        for kind, group in (
            ("ORG_NAME", terms.names),
            ("CUSTOMER_NAME", terms.customers),
            ("PROJECT_CODENAME", terms.codenames),
        ):
            for term in group:
                key = _match_key(term)
                if key:
                    labelled[key] = kind
        for term in terms.allow:
            if _match_key(term):
                labelled[_match_key(term)] = _ALLOWED
        self._kinds = labelled
        self._terms_pattern = _trie_pattern(labelled) if any(k != _ALLOWED for k in labelled.values()) else None

        domains = sorted({d.strip().strip(".").lower() for d in terms.internal_domains if d.strip().strip(".")},
                         key=len, reverse=True)
        self._domains = tuple(domains)
        alternatives = "|".join(re.escape(d) for d in domains)
        self._domain_tail = (
            re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|\.\w)", re.IGNORECASE) if domains else None
        )
        self._domain_pattern = (
            re.compile(
                r"(?P<sub>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*)" rf"(?P<domain>{alternatives})",
                re.IGNORECASE,
            )
            if domains
            else None
        )
        globs = [g.strip().lower() for g in terms.hostname_patterns if g.strip()]
        self._host_globs = (
            re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs)) if globs else None
        )

    def is_allowed(self, text: str) -> bool:
        """True if `text` is an allow-listed term: no detector's span on it should be redacted."""
        return normalise_term(text) in self._allow

    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        if not text:
            return []
        hosts: list[Span] = []
        if self._domain_pattern is not None and "." in text:
            hosts.extend(self._internal_domains(text))
        if self._host_globs is not None:
            hosts.extend(self._glob_hosts(text))
        terms = list(self._terms(text)) if self._terms_pattern is not None else []
        # "acme" inside "api.acme.internal" is part of the host, not a second finding.
        terms = [t for t in terms if not any(h.start <= t.start and t.end <= h.end for h in hosts)]
        return drop_placeholder_overlaps(text, terms + hosts)

    def _terms(self, text: str) -> Iterator[Span]:
        identifier_end = -1
        for match in self._terms_pattern.finditer(text):
            start, end = match.span()
            if start < identifier_end:
                continue  # a second term inside an identifier already reported
            kind = self._kinds.get(_match_key(match.group(0)))
            if kind is None or kind == _ALLOWED:
                continue
            token_start, token_end = _identifier_bounds(text, start, end)
            if (token_start, token_end) == (start, end):
                yield Span(start, end, kind, "org", 0.9, self.name)
                continue
            identifier_end = token_end
            yield Span(token_start, token_end, IDENTIFIER_KIND, "org", 0.85, self.name)

    def _internal_domains(self, text: str) -> Iterator[Span]:
        for match in hosts_ending_with(text, self._domain_tail, self._domain_pattern):
            kind = "INTERNAL_HOSTNAME" if match.group("sub") else "INTERNAL_DOMAIN"
            if self.is_allowed(match.group(0)):
                continue
            yield Span(match.start(), match.end(), kind, "org", 0.9, self.name)

    def _glob_hosts(self, text: str) -> Iterator[Span]:
        for match in _HOST_TOKEN.finditer(text):
            token = match.group(0)
            if self._host_globs.match(token.lower()) and not self.is_allowed(token):
                yield Span(match.start(), match.end(), "INTERNAL_HOSTNAME", "org", 0.85, self.name)


def _match_key(text: str) -> str:
    # Lower-case (not case-fold) to agree with re.IGNORECASE matching; "_" and
    # "-" join words the way spaces do ("talar_media" is the term "Talar Media").
    return " ".join(_WORD_JOINERS.sub(" ", text).split()).lower()


_WORD_JOINERS = re.compile(r"[\s_-]+")


def _identifier_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The identifier token around [start, end): word characters and dashes, never across a dot.

    Leading and trailing `_`/`-` are not part of it (`--vireo-mode` -> `vireo-mode`).
    """
    token_start, token_end = start, end
    while token_start > 0 and (text[token_start - 1].isalnum() or text[token_start - 1] in "_-"):
        token_start -= 1
    while token_end < len(text) and (text[token_end].isalnum() or text[token_end] in "_-"):
        token_end += 1
    while token_start < start and text[token_start] in "_-":
        token_start += 1
    while token_end > end and text[token_end - 1] in "_-":
        token_end -= 1
    return token_start, token_end


# Host-shaped tokens (labels of letters, digits and dashes joined by dots), also a URL's host.
_HOST_TOKEN = re.compile(
    r"(?:(?<![\w.@/-])|(?<=://))[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?![\w-]|\.\w)"
)


def _trie_pattern(terms: Iterable[str]) -> re.Pattern:
    """One case-insensitive whole-word regex for all terms, factored as a prefix trie.

    Python's `re` tries alternatives one by one; a trie-shaped pattern makes
    each position cost one branch per character instead of one per term.
    Greedy quantifiers plus longest-first alternatives give leftmost-longest
    matches, so "Acme Cloud" (allowed) wins over "Acme" (denied).
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = True
    body = _trie_to_regex(trie)
    # Checking the first character before the edge guards keeps the scan cheap.
    first = "".join(sorted({re.escape(char) for char in trie if char}))
    return re.compile(rf"(?=[{first}]){_TERM_START}(?:{body}){_TERM_END}", re.IGNORECASE)


# Where a term may start and end: at a word edge, or at a component edge of an
# identifier: after/before "_" or "-" (neither is alphanumeric), at a
# lower-to-upper case change (SyncNimbusCache), or before a digit (vireo2).
_TERM_START = r"(?:(?<![^\W_])|(?<=(?-i:[a-z0-9]))(?=(?-i:[A-Z])))"
_TERM_END = r"(?:(?![^\W_])|(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))|(?=\d))"


def _trie_to_regex(node: dict) -> str:
    terminal = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        piece = r"[\s_-]+" if char == " " else re.escape(char)
        branches.append(piece + _trie_to_regex(node[char]))
    if not branches:
        return ""
    # Longer continuations first so the match is as long as possible.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        # The term may end here, but only if it is not a prefix of a longer
        # term that also matches; the optional group is tried first (greedy).
        return f"(?:{body})?"
    return body
