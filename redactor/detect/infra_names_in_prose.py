"""Machines and estates named in a sentence without a domain, a key or a flag (round 24, infra24c).

People name their own systems in chat the way their tools do, and the sentence around the name says what it is:
- a machine after a word of place ("restart nginx on sqlprd1", "copy it from bkpsrv2", "routed via fw01", "the share
  on filesrv", "check disk on db-reporting"): one label made of machine-role abbreviations (`srv`, `db`, `nas`, `fw`,
  `exch`: the `host_roles` and `host_role_abbreviations` lists) glued or joined by dashes, with a machine number or a
  second part; or a zero-padded machine number after a coined stem (`zq01`). Versions stay: a stem that is an
  ordinary word or software (`step2`, `python3`, `ubuntu22`, `node18`, `mongodb`);
- a project, cluster, environment, namespace, workspace, tenant or org named beside its word ("the payments-prod
  cluster", "project acme-data-lake", "namespace orders-api", "env billing-uat2"): a lower-case slug with an
  estate name's form (a digit, an underscore, a part no word list knows, or an environment part after a word:
  `payments-prod`); prose compounds ("multi-region", "pre-prod", "read-only") and Kubernetes'
  own namespaces (`kube-system`) stay.
Doubtful findings (redacted on the wire, not reported by an audit): no list says whose name it is.

Tried and left out: a database in SQL Server's CamelCase (`FinanceDW`, `PayrollMart`) in a sentence with a database
word (database, schema, restore, backup, dump). On the secrets files of blind9..22 it found no annotated database and
made ~35 false DB findings (class and product names beside "backup"), which propagation spread further.

Found spans are (start, end, kind); infra.py scores them.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Iterator

from redactor.detect.keywords import (BEYOND_ASCII, keyword_positions, lines_holding, lowered_same_length, matches_at_starts,
                                      may_fold_into_ascii, needs_cues, needs_marks)
from redactor.detect.name_parts import is_common_word
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import term_list as word_list

_PLACE_THEN_NAME = re.compile(
    r"(?<![\w-])(?i:on|onto|to|from|via|into|at|the)[ \t]+(?:the[ \t]+)?`?"
    r"(?P<host>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w/@-]|\.\w|`?\()"
)
# Every _PLACE_THEN_NAME match starts where one of these starts (lower-cased; on ASCII text only: elsewhere `re` also
# folds `İ` into i, which lower() does not). Each with the space or tab that follows it in every match (as
# org_lower_case_names' cues): "on", "to", "at", "the" alone occur inside most words of prose (~460 against ~190
# tries of the regex per 10 KB of mixed text).
_PLACE_WORDS = tuple(word + blank for word in ("on", "onto", "to", "from", "via", "into", "at", "the") for blank in " \t")
_NUMBERED = re.compile(r"(?P<stem>[a-z][a-z-]*?)-?(?P<number>\d{1,4})[a-z]?")
# Software names versioned like machines (node18, es2015, pg14) and famous names of that shape.
_VERSIONED = frozenset("es node pg postgres mysql mongo mongodb redis kafka elastic oracle python k8s ml mariadb spark "
                       "hadoop exchange sharepoint esx esxi ipv utf sha md mp h x win ie".split())
_NOT_MACHINES = frozenset("log4j log4net db2 s3 ec2 k8s k3s x86-64 utf-8 utf-16 sha-1 sha-256 sha-512".split())

_ESTATE_WORDS = "cluster|clusters|environment|env|project|org|organization|organisation|workspace|namespace|tenant"
_SLUG = r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+"
_SLUG_AFTER_WORD = re.compile(rf"(?<![\w-])(?i:{_ESTATE_WORDS})[ \t]+[`'\"]?(?P<slug>{_SLUG})(?![\w/@.=-]|\.\w)")
_SLUG_BEFORE_WORD = re.compile(rf"(?<![\w/@.$-])[`'\"]?(?P<slug>{_SLUG})[`'\"]?[ \t]+(?i:{_ESTATE_WORDS})(?![\w-])")
# First parts that make a hyphenated pair a prose compound ("pre-prod", "non-prod", "multi-tenant").
_COMPOUND_PREFIXES = frozenset("pre non post multi cross sub single dual self semi co re de un anti mid".split())
# Namespaces and projects every Kubernetes cluster or tool has: they name nobody's estate.
_PUBLIC_ESTATE_NAMES = frozenset("kube-system kube-public kube-node-lease ingress-nginx cert-manager argo-cd "
                                 "gatekeeper-system istio-system calico-system tigera-operator local-path-storage "
                                 "kubernetes-dashboard open-source".split())



@needs_cues(_PLACE_WORDS)  # (on ASCII text it is tried at their positions only)
@needs_marks(BEYOND_ASCII)  # (on other text its regex runs everywhere)
def find_machines_after_places(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _place_then_name_matches(text):
        host = match.group("host")
        if _reads_as_machine(host):
            yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME"


def _place_then_name_matches(text: str) -> Iterator[re.Match[str]]:
    """`_PLACE_THEN_NAME.finditer(text)`, on ASCII text tried only where a word of place starts (the shared cue scan):
    its leading look-behind makes `re` try every position of the text."""
    if not text.isascii():
        return _PLACE_THEN_NAME.finditer(text)
    return matches_at_starts(_PLACE_THEN_NAME, text, keyword_positions(lowered_same_length(text), _PLACE_WORDS))


# The words one of which every estate slug stands beside (none holds an "i": `str.lower` and lowered_same_length
# agree on them).
_ESTATE_CUES = ("cluster", "env", "project", "org", "workspace", "namespace", "tenant")


@needs_cues(_ESTATE_CUES)  # (the detector calls it only where one occurs)
def find_estate_slugs(text: str) -> Iterator[tuple[int, int, str]]:
    # Their leading look-behind made `re` try every position of the text. A slug after its word is tried where an
    # estate cue starts (every estate word starts with one), a slug before its word on the lines holding one (no
    # match holds a line break); but where the text holds a character their case-blind words match that lower() does
    # not give ("ſ", "K"), both run over the whole text (the cue positions do not cover it).
    if may_fold_into_ascii(text):
        matches = itertools.chain(_SLUG_AFTER_WORD.finditer(text), _SLUG_BEFORE_WORD.finditer(text))
    else:
        cues = keyword_positions(lowered_same_length(text), _ESTATE_CUES)
        matches = itertools.chain(matches_at_starts(_SLUG_AFTER_WORD, text, cues), *(
            _SLUG_BEFORE_WORD.finditer(text, line_start, line_end) for line_start, line_end in lines_holding(text, cues)))
    for match in matches:
        if reads_as_estate_slug(match.group("slug")):
            yield match.start("slug"), match.end("slug"), "CLOUD_ACCOUNT_ID"


@lru_cache(maxsize=1)
def _machine_words() -> frozenset[str]:
    return term_list("host_roles") | term_list("host_role_abbreviations") | term_list("host_environments")


@lru_cache(maxsize=1)
def _software_names() -> frozenset[str]:
    return word_list("software_names") | word_list("tech_terms")


def _is_software(name: str) -> bool:
    lowered = name.lower()
    return lowered in _software_names() or lowered.rstrip("0123456789") in _software_names()


@lru_cache(maxsize=4096)
def _machine_word_pieces(word: str) -> tuple[str, ...] | None:
    """`word` as machine-role words glued together (`sqlprd` -> sql, prd), longest first; None if it is not."""
    if not word:
        return ()
    for length in range(len(word), 1, -1):
        if word[:length] in _machine_words():
            rest = _machine_word_pieces(word[length:])
            if rest is not None:
                return (word[:length], *rest)
    return None


@lru_cache(maxsize=16384)  # the words after "the", "to", "on" recur from text to text
def _reads_as_machine(host: str) -> bool:
    if host in _NOT_MACHINES or host in _PUBLIC_ESTATE_NAMES or _is_software(host):
        return False
    numbered = _NUMBERED.fullmatch(host)
    stem = numbered.group("stem").rstrip("-") if numbered else host
    parts = [part for part in stem.split("-") if part]
    if not parts or (len(parts) == 1 and parts[0] in _VERSIONED) or any(_is_software(part) for part in parts):
        return False
    pieces = [_machine_word_pieces(part) for part in parts]
    # A machine-role abbreviation no dictionary holds (srv, db, nas, prd) marks the name as a machine's.
    abbreviation = any(piece is not None and any(not is_common_word(word) for word in piece) for piece in pieces)
    if numbered:
        if abbreviation or all(piece is not None for piece in pieces):
            return True
        return numbered.group("number").startswith("0") and not any(is_common_word(part) for part in parts)
    # Without a number: a role glued to another ("filesrv", "dbserver") or joined to a second part ("db-reporting").
    return abbreviation and (len(parts) > 1 or len(pieces[0]) > 1)


def reads_as_estate_slug(slug: str) -> bool:
    if slug in _PUBLIC_ESTATE_NAMES or slug in _NOT_MACHINES or _is_software(slug):
        return False
    parts = re.split(r"[-_]", slug)
    if parts[0] in _COMPOUND_PREFIXES:
        return False
    if any(character.isdigit() for character in slug) or "_" in slug:
        return True
    if any(len(part) > 2 and not is_common_word(part) for part in parts):
        return True  # a coined part ("contoso-eu"); "follow-up" is a compound
    # Ordinary words: a compound ("high-availability", "end-to-end") unless one names an environment ("payments-prod").
    return any(part in term_list("host_environments") for part in parts)
