"""The organisation's own vocabulary: its names, project codenames, customers and hosts.

Built from the policy's `org:` section. Deny-list terms are matched
case-insensitively as whole words with one regex compiled from a prefix trie,
so thousands of terms cost about as much as a handful. The allow-list names
terms that are never redacted, whoever detects them (`is_allowed`).
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
        for match in self._terms_pattern.finditer(text):
            kind = self._kinds.get(_match_key(match.group(0)))
            if kind is None or kind == _ALLOWED:
                continue
            yield Span(match.start(), match.end(), kind, "org", 0.9, self.name)

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
    # Lower-case (not case-fold) to agree with re.IGNORECASE matching.
    return " ".join(text.split()).lower()


# Host-shaped tokens (labels of letters, digits and dashes joined by dots).
_HOST_TOKEN = re.compile(
    r"(?<![\w.@/-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?![\w-]|\.\w)"
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
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _trie_to_regex(node: dict) -> str:
    terminal = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else re.escape(char)
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
