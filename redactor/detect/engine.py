"""DetectionEngine: runs the policy's detectors over a request's segments.

It owns three things the individual detectors do not:
- a content-hash cache, because agents re-send the whole history every turn
  and unchanged segments must not be scanned again. Everything worked out
  about a text is kept with it (findings, placeholder look-alikes, what it
  adds to propagation, what propagation found in it), so a re-sent text costs
  a lookup: the old texts are searched only for the values that became known
  since, in one pass over all of them, and only a text in which a new value
  occurs is propagated again (so turn 100 costs about what turn 10 does).
  Texts a caller settled (SettledText, kept by the proxy's conversation memo)
  are not even looked up: the labels of a conversation's history are kept in
  its ConversationLabels and extended with what each request adds;
- filtering: minimum score, the policy's allow-list, and never re-redacting a
  placeholder we issued. An allow-list term also covers a multi-word finding
  that starts with it ("Claude" covers "Claude Code" and "Claude Opus"),
  except a PERSON whose other words are names ("Claude Shannon");
- propagation: once a value is found anywhere in a conversation, every other
  occurrence of it (in any segment, or issued in an earlier turn) is a span too,
  and so is a distinctive part of a found person's name ("Hi Jeffery"). Where a
  doubtful rule found the same value of the same kind, it takes the score the
  value was found with elsewhere, so an audit reports every mention.
  Propagation is careful with words, because a false finding must not spread:
  a one-word name that is an ordinary word or lower case ("max", "Mark") is
  never propagated; a word-like value never matches inside an identifier or
  flag (`max_results`, `--max-findings`, `obj.max`); and tool definitions
  only receive values found in tool definitions, so they stay byte-identical
  from turn to turn (they lead the provider's prompt cache, and a model shown
  broken tools calls them wrongly).
"""
from __future__ import annotations

import bisect
import copy
import dataclasses
import functools
import hashlib
import itertools
import operator
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from redactor.detect.address_repeats import address_repeats
from redactor.detect.password_repeats import password_repeats
from redactor.detect.people_beside_spread_names import people_beside_spread_names
from redactor.detect.credential_second_slots import second_slot_spans
from redactor.detect.secret_typed_fields import typed_field_spans
from redactor.detect.address_runs import address_runs
from redactor.detect.base import DetectionInput, Detector, Span, merge_spans
from redactor.detect.code_spellings import code_spellings
from redactor.detect.catalogue_codes import without_catalogue_codes
from redactor.detect.column_kinds import spans_in_same_columns
from redactor.detect.field_name_keys import without_repeated_keys
from redactor.detect.people_in_two_scripts import romanised_names
from redactor.detect.decoded_views import spans_in_decoded_views
from redactor.detect.documented_examples import is_documented_example, is_published_test_card
from redactor.detect.licence_notices import public_authors_in_conversation
from redactor.detect.public_places import names_a_public_place
from redactor.detect.bot_accounts import bot_names_in_conversation, without_bot_account_names
from redactor.detect.schema_tables import without_names_in_schema_rows
from redactor.detect.form_placeholders import without_placeholder_values
from redactor.detect.template_slots import without_template_slots
from redactor.detect.holiday_names import names_a_holiday, warm_up as warm_up_holiday_names
from redactor.detect.documentation_roles import documented_in_conversation, states_documentation_role
from redactor.detect.language_and_country_words import names_a_country_or_language
from redactor.detect.confidence import DOUBTFUL_SCORE, doubted
from redactor.detect.email_domains import label_span as _email_label_span, organisation_names, person_names
from redactor.detect.infra_locators import LOCATOR_KIND, urls_on_internal_hosts
from redactor.detect.host_domains import (CONFIDENT_HOST_SCORE, label_span as _host_domain_label_span,
                                          machine_name_of_host, namespace_of_service_host,
                                          organisation_names_of_host)
from redactor.detect.birth_dates_in_records import birth_dates_in_person_records
from redactor.detect.ids_in_person_records import codes_on_person_lines
from redactor.detect.printout_records import ids_in_printout_rows
from redactor.detect.bank_codes import sort_codes_on_person_lines
from redactor.detect.id_list_siblings import siblings_of_found_ids
from redactor.detect.interchange_fields import interchange_field_spans
from redactor.detect.fixed_width_layouts import fixed_width_spans
from redactor.detect.ids_of_people import ids_of_people
from redactor.detect.people_in_personal_records import people_in_personal_records
from redactor.detect.logins_in_findings import KINDS_HOLDING_LOGINS, login_in_finding
from redactor.detect.model_findings_in_other_languages import without_findings_naming_no_one
from redactor.detect.public_network_constants import is_public_network_constant
from redactor.detect.connection_parts import KINDS_HOLDING_CONNECTIONS, connection_parts
from redactor.detect.logins_beside_people import logins_beside_people
from redactor.detect.logins_in_lists import logins_in_lists
from redactor.detect.logins_in_person_records import logins_in_person_records
from redactor.detect.person_row_cells import cells_of_person_rows
from redactor.detect.logins_in_parallel_slots import logins_in_parallel_slots
from redactor.detect.logins_of_people import common_word_names_in_login, logins_of_people, names_in_login
from redactor.detect.name_identifiers import name_identifier_forms
from redactor.detect.names_in_scripts import mention_words, stands_alone_in_its_script
from redactor.detect.name_parts import (MIN_PART_LENGTH, common_word_parts, is_ordinary_word, name_case_variants,
                                        name_initials, name_parts)
from redactor.detect.identifier_pieces import at_identifier_piece_edges
from redactor.detect.org_code_spellings import code_spellings as slugs_of_name, in_code_position, spelled_as_a_word
from redactor.detect.org_identifier_pieces import takes_identifier_pieces
from redactor.detect.org_deploying import deploying_organisations
from redactor.detect.org_other_forms import case_blind_name, organisation_initials
from redactor.detect.org_owner_folders import organisations_owning_checkouts, owners_before_repositories
from redactor.detect.org_checkout_names import checkout_names
from redactor.detect.org_collection_folders import organisations_in_collections
from redactor.detect.infra_hosts_of_found_organisations import hosts_of_found_organisations
from redactor.detect.org_list_items import organisations_in_lists
from redactor.detect.finding_edges import findings_within_edges
from redactor.detect.secret_value_edges import secrets_within_script_edges
from redactor.detect.surnames_of_found_names import surnames_of_found_names
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.org_short_forms import defined_short_forms
from redactor.detect.organisation_parts import load as load_organisation_parts, organisation_parts
from redactor.detect.term_lists import load_all as load_term_lists
from redactor.detect.vehicle_plates import plate_forms
from redactor.detect.birth_date_forms import birth_date_forms
from redactor.detect.warm_up_texts import WARM_UP_SEGMENTS
from redactor.placeholder_syntax import PLACEHOLDER_PATTERN
from redactor.policy import Policy
from redactor.segments import Segment

def _is_secret_key_name(name: str) -> bool:
    """secrets.is_secret_key_name, imported when first asked (the engine imports the secrets module lazily)."""
    from redactor.detect.secrets import is_secret_key_name
    return is_secret_key_name(name)


# Kinds whose one-word values are propagated in every letter case (see _propagate).
# (The policy's own org lists are matched in any case by the org detector already.)
# Findings that are a model's guess or another finding's echo: their names give no initials (org_other_forms.py).
_GUESSING_DETECTORS = frozenset({"ner", "propagation"})
_CASE_BLIND_KINDS = frozenset({"ORGANIZATION", "ORG", "PROJECT", "MODULE", "SERVICE", "PACKAGE"})
# Kind given to placeholder look-alikes found in input (see _mark_lookalikes).
LITERAL_KIND = "LITERAL"
# Names of this kind also propagate their parts (see name_parts.py).
PERSON_KIND = "PERSON"
# ... and so do names of this kind, doubtful (see organisation_parts.py).
ORGANIZATION_KIND = "ORGANIZATION"
PLATE_KIND = "LICENSE_PLATE"
# A found e-mail's domain names its organisation elsewhere (email_domains.py).
EMAIL_KIND = "EMAIL"
_DOMAIN_LABEL = _email_label_span()
_EMAIL_PERSON_LABEL = _email_label_span(PERSON_KIND)
# ... and so does a found internal host's domain (host_domains.py).
HOSTNAME_KIND = "INTERNAL_HOSTNAME"
_HOST_DOMAIN_LABEL = _host_domain_label_span()
# A found host's machine written alone (`db2` of db2.corp.velmarine.net): doubtful, as the domain's names are.
_HOST_MACHINE_LABEL = Span(0, 0, HOSTNAME_KIND, "infra", DOUBTFUL_SCORE, "propagation")
# A found login or mailbox names its owner elsewhere, doubtful (logins_of_people.names_in_login).
_LOGIN_KINDS = frozenset({"USERNAME", EMAIL_KIND})
_LOGIN_PERSON_LABEL = Span(0, 0, PERSON_KIND, "pii", DOUBTFUL_SCORE, "propagation")
# A found address or credential holds its owner's login, spread doubtful to its bare mentions (logins_in_findings.py).
_INNER_LOGIN_LABEL = Span(0, 0, "USERNAME", "pii", DOUBTFUL_SCORE, "propagation")
# A found name's identifier forms (name_identifiers.py) carry this detector in their label: they are searched
# inside identifiers, bounded by a separator or a change of letter case (`marta_kowalczyk`, `janeOkonkwoAccount`).
_IDENTIFIER_FORM_DETECTOR = "propagation-identifier"
_IDENTIFIER_FORM_LABEL = Span(0, 0, PERSON_KIND, "secret", DOUBTFUL_SCORE, _IDENTIFIER_FORM_DETECTOR)
# A found name's parts that are ordinary words too ("Baker" of "Rose Baker", of `rose.baker@`) carry this detector:
# they are spans only where they read as a proper noun, capitalised inside a sentence (see _reads_as_proper_noun).
_PROPER_NOUN_DETECTOR = "propagation-proper-noun"
_PROPER_NOUN_LABEL = Span(0, 0, PERSON_KIND, "pii", DOUBTFUL_SCORE, _PROPER_NOUN_DETECTOR)
# ... and so does a found organisation of one ordinary word ("our supplier Beacon ... Beacon shipped late"), which
# is never propagated as a value (_spreads): capitalised inside a sentence it is the organisation again.
_ORGANISATION_PROPER_NOUN_LABEL = Span(0, 0, ORGANIZATION_KIND, "org", DOUBTFUL_SCORE, _PROPER_NOUN_DETECTOR)
# A confidently found organisation's (or multi-word name's) slugs as code writes them (org_code_spellings.py): matched
# only as pieces of a code token (`/srv/northpaw/`, `svc=aldaia-tickets`), never as words of a sentence.
_CODE_SPELLING_DETECTOR = "propagation-code-spelling"
# Kinds the NER model finds: words, whose propagation must not spread a false finding.
_NAME_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
# Segments an application defines once and re-sends unchanged (tools, their schemas).
_DEFINITION_POSITION = "tool_definition"
# A word-like value (a name): letters, inner spaces, apostrophes, hyphens and dots.
_WORDLIKE = re.compile(r"^[^\W\d_](?:[\w '’.-]*[^\W\d_])?$")

# A system prompt's opening sentence names the organisation that deploys the assistant (org_deploying.py).
_SYSTEM_ROLE = "system"
_DEPLOYING_DETECTOR = "org_deploying"

# Segment kinds NER runs on: all of them. In code it sees only comments,
# docstrings and labelled lines, in tool output also the capitalised runs of
# listings and tables (code_awareness.prose_regions), and inside those only the
# windows around possible names (name_windows.py), so its cost follows the names.
# (v0.1 ran it on prose only, when it cost time in proportion to the text.)
# Measured (CPU ms on a fresh engine, median of 5, load ~2.8 on 2 cores): 64 KB
# of Python as code 55 -> 97 ms, as a tool result 54 -> 101 ms, a 52 KB git log
# 104 -> 187 ms (repeated lines run the model once); the 64 KB Claude Code first
# request (benchmarks/agent_requests.py, alternating runs, load 3.6-4.1) cold
# 215 -> 237 ms (1.10x), the 24 KB Codex one 73 -> 81 ms.
_NER_SEGMENT_KINDS = ("prose", "code", "json_value", "tool_result")


class _LruCache:
    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_many(self, keys: Sequence[tuple]) -> list[Any]:
        """The value of each key, None where absent (one lock for a whole request's segments)."""
        found = []
        with self._lock:
            for key in keys:
                value = self._entries.get(key)
                if value is None:
                    self.misses += 1
                else:
                    self._entries.move_to_end(key)
                    self.hits += 1
                found.append(value)
        return found

    def put(self, key: tuple, value: Any) -> None:
        if self._capacity <= 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)


class _Searched(NamedTuple):
    """What propagation found in one segment text: every candidate match of the values searched for.

    Kept per segment text so that the next turn, which re-sends the same
    history with a few more known values, searches old texts for the new
    values only (see DetectionEngine._propagate).
    """

    values: frozenset[str]
    candidates: tuple[tuple[int, int, str], ...]  # (start, -end, value), edges already checked
    matched: tuple[str, ...]  # the distinct values among the candidates


class _ScannedText:
    """Everything the engine keeps about one segment text, so that a re-sent text costs a lookup.

    Cached by content hash (with kind, field name and policy). `spans` are
    the cleaned findings of every detector; `placeholders` the placeholder-
    syntax matches in the text (whether each is ours or a look-alike is
    decided per request, from the conversation's issued placeholders);
    `label_sources` what the text's findings add to propagation (computed on
    first use). Per propagation scope, `searched` holds the candidates found
    so far and `propagated` the last result with the labels it was made with:
    an old text whose candidates and labels did not change is not propagated
    again. Requests on other threads may replace these entries at any time;
    each is a complete, immutable value, so a reader sees an old or a new one.
    """

    __slots__ = ("spans", "inner_spans", "placeholders", "label_sources", "searched", "propagated")

    def __init__(self, spans: tuple[Span, ...], placeholders: tuple[tuple[int, int, str], ...],
                 inner_spans: tuple[Span, ...] = ()) -> None:
        self.spans = spans
        # Findings a found locator (a whole internal URL) swallowed when the spans were merged: its host, database,
        # queue or organisation still name themselves elsewhere, so they still add to propagation (_label_sources).
        self.inner_spans = inner_spans
        self.placeholders = placeholders
        self.label_sources: _LabelSources | None = None
        self.searched: dict[str, _Searched] = {}
        self.propagated: dict[str, _Propagated] = {}


@dataclass(frozen=True)
class _LabelSources:
    """What one text's findings add to the propagation labels: values found, and parts of found names."""

    values: tuple[tuple[str, Span], ...]
    name_parts: tuple[tuple[str, Span], ...]


_NO_SOURCES = _LabelSources((), ())


class _Propagated(NamedTuple):
    """One text's propagated spans, and what they were made from (see _ScannedText)."""

    candidates: tuple[tuple[int, int, str], ...]
    labels: tuple[Span | None, ...]  # the label of each matched value
    spans: tuple[Span, ...]
    added: int


class SettledText:
    """A text scanned and propagated by an earlier request, kept by a caller that memoises its outcome.

    Enough for a later request of the same conversation to use what the text
    adds to propagation, and to prove that the text's own spans would come out
    as they did, without scanning it again (see `DetectionEngine.detect_settling`):
    `state` holds every candidate of the label values it was searched for, and
    the label each matched value had. Each request that re-checks the text
    replaces `state` with a complete new value (concurrent requests see an old
    or a new one; an old one only makes the check search more). Only texts
    without placeholder syntax can be settled (their spans depend on the
    request's issued set).
    """

    __slots__ = ("text", "sources", "state")

    def __init__(self, text: str, sources: _LabelSources, searched: _Searched | None,
                 labels: tuple[Span | None, ...]) -> None:
        self.text = text
        self.sources = sources
        # (searched: None if searched for no value yet, labels of its matched values)
        self.state: tuple[_Searched | None, tuple[Span | None, ...]] = (searched, labels)


class SettledTextChanged(Exception):
    """A settled text would be redacted differently now (a value it contains became known, or a
    label it used changed): the caller must run the request through the full path."""


@dataclass
class DetectionStats:
    cache_hits: int = 0
    scanned: int = 0
    propagated: int = 0


_WARM_UP_LOCK = threading.Lock()
_detectors_warmed = False  # DetectionEngine.warm_up ran the detectors over WARM_UP_SEGMENTS in this process

class DetectionEngine:
    """All detectors of one policy, with caching, filtering and propagation."""

    def __init__(self, policy: Policy, detectors: Sequence[Detector], ner: Detector | None = None,
                 allow_terms: Iterable[str] = ()) -> None:
        self._policy = policy
        self._detectors = list(detectors)
        self._ner = ner
        self._allow = {term.casefold() for term in allow_terms}
        self._min_score = policy.detection.min_score
        self._cache = _LruCache(policy.detection.cache_size)
        # Every turn lists all the values the conversation redacted so far: what
        # each adds to propagation is worked out once.
        self._known_sources = functools.lru_cache(maxsize=policy.detection.cache_size)(self._known_value_sources)
        self._fingerprint = policy.fingerprint

    @classmethod
    def from_policy(cls, policy: Policy) -> "DetectionEngine":
        detectors: list[Detector] = []
        settings = policy.detection
        if settings.secrets:
            from redactor.detect.secrets import SecretsDetector

            detectors.append(SecretsDetector(entropy_threshold=settings.entropy_threshold))
        if settings.pii:
            from redactor.detect.pii import PiiDetector

            detectors.append(PiiDetector())
        org = policy.org
        if settings.infra:
            from redactor.detect.infra import InfraDetector

            detectors.append(InfraDetector(internal_domains=org.internal_domains))
        if org.names or org.codenames or org.customers or org.internal_domains or org.hostname_patterns:
            from redactor.detect.org import OrgTerms, OrgTermsDetector

            detectors.append(OrgTermsDetector(OrgTerms(
                names=org.names, codenames=org.codenames, customers=org.customers,
                internal_domains=org.internal_domains, hostname_patterns=org.hostname_patterns,
                allow=org.allow,
            )))
        if settings.code_identifiers.enabled:
            from redactor.detect.code_identifiers import CodeIdentifiersDetector, settings_from_policy

            detectors.append(CodeIdentifiersDetector(settings_from_policy(policy)))
        if settings.patterns:
            from redactor.detect.custom_patterns import CustomPatternDetector

            detectors.append(CustomPatternDetector(settings.patterns))
        ner = None
        if settings.ner.enabled:
            from redactor.detect.ner import NerDetector

            ner = NerDetector(model=settings.ner.model, min_score=settings.ner.min_score,
                              entities=settings.ner.entities)
        return cls(policy, detectors, ner=ner, allow_terms=org.allow)

    def warm_up(self) -> None:
        """Load models now (at start-up) rather than on the first request."""
        global _detectors_warmed
        load_term_lists()  # a malformed word list fails here, at start-up
        load_organisation_parts()
        warm_up_holiday_names()
        if self._ner is not None:
            if hasattr(self._ner, "warm_up"):  # NerDetector also reads its name lists of every script
                self._ner.warm_up()
            else:
                self._ner.detect(DetectionInput("Warm-up sentence about Alice in Paris.", "prose"))
        # Twice, on different texts: the first pass asks the finders' cue lists for the first time, the second
        # builds the shared cue scan over all of them (warm_up_texts' docstring). Once per process: the cue lists,
        # the scan and the lazily loaded tables are shared by every engine (tests build hundreds).
        with _WARM_UP_LOCK:
            if not _detectors_warmed:
                for salt in ("first", "second"):
                    self.detect([Segment(f"{text}warm-up pass {salt}\n", kind=kind)
                                 for kind, text in WARM_UP_SEGMENTS])
                from redactor.detect.keywords import build_shared_scan
                from redactor.detect.kingfisher_catalogue import KingfisherCatalogue

                KingfisherCatalogue.warm_up_if_loaded()  # the partnered rules, if the warm-up loaded the catalogue
                build_shared_scan()  # over the lists the second pass asked first too, not at the first request
                _detectors_warmed = True

    def detect(self, segments: Sequence[Segment], known_values: dict[str, str] | None = None,
               issued: Iterable[str] = (), stats: DetectionStats | None = None) -> list[list[Span]]:
        """Spans per segment, merged, filtered and propagated (see `detect_settling`)."""
        return self.detect_settling(segments, known_values, issued, stats)[0]

    def detect_settling(self, segments: Sequence[Segment], known_values: dict[str, str] | None = None,
                        issued: Iterable[str] = (), stats: DetectionStats | None = None,
                        settled: Sequence[SettledText] = (),
                        conversation_labels: ConversationLabels | None = None
                        ) -> tuple[list[list[Span]], list[SettledText | None]]:
        """Spans per segment, merged, filtered and propagated.

        `known_values` maps values this conversation already redacted in earlier
        turns to their kind; their occurrences are redacted again even if no
        detector fires. `issued` are the placeholders this conversation issued:
        they are never redacted again, while any other placeholder look-alike
        in the input becomes a LITERAL span, so it reaches the model as a
        placeholder of its own and is restored to exactly what the user typed
        (never to a value of ours).

        `settled` are texts of the same conversation settled by an earlier
        request and not sent again for scanning: what they add to propagation
        still counts (before the segments' own findings, as history does), and
        each is searched for the label values it was not searched for yet. If
        any would now get another span (a value learned since occurs in it, or
        a value it contains has another label), SettledTextChanged is raised;
        otherwise each records that it was searched for this request's values.
        Returns the spans and a SettledText per segment (None where a segment
        cannot be settled). `conversation_labels`, kept by the caller per
        conversation, lets the labels of the settled texts and known values be
        extended rather than rebuilt (the result is the same without it).
        """
        stats = stats if stats is not None else DetectionStats()
        keys = [self._cache_key(segment) for segment in segments]
        entries: list[_ScannedText | None] = self._cache.get_many(keys)
        # Findings of texts waiting for the NER batch (index -> uncleaned spans).
        ner_pending: dict[int, list[Span]] = {}
        # A text repeated within the request (the same key in many tool calls) is scanned once.
        first_seen: dict[tuple, int] = {}
        repeats: list[tuple[int, int]] = []
        for index, segment in enumerate(segments):
            if entries[index] is not None:
                stats.cache_hits += 1
                continue
            if keys[index] in first_seen:
                stats.cache_hits += 1
                repeats.append((index, first_seen[keys[index]]))
                continue
            first_seen[keys[index]] = index
            stats.scanned += 1
            item = DetectionInput(segment.text, segment.kind, segment.field_name)
            found: list[Span] = []
            for detector in self._detectors:
                found.extend(detector.detect(item))
            # Encoded values (percent, \u escapes, NFKC/zero-width, base64/hex blobs), values said aloud and
            # form labels damaged by OCR: see decoded_views.py.
            found.extend(spans_in_decoded_views(item, self._detectors))
            if _system_prompt(segment):  # the deploying organisation of its opening sentence: org_deploying.py
                found.extend(deploying_organisations(segment.text, _DEPLOYING_DETECTOR))
            # The owner folder of a checkout (`/home/dev/<owner>/<repo>`) is the organisation the work is for, and
            # spreads as its slug the way the deployer's name does: org_owner_folders.py.
            found.extend(organisations_owning_checkouts(segment.text, _DEPLOYING_DETECTOR))
            found.extend(owners_before_repositories(segment.text, _DEPLOYING_DETECTOR))  # "Acme's billing-api"
            found.extend(checkout_names(segment.text, _DEPLOYING_DETECTOR))  # `~/code/<coined>-core`
            found.extend(organisations_in_collections(segment.text, _DEPLOYING_DETECTOR))  # `clients/<name>/`
            if self._ner is not None and segment.kind in _NER_SEGMENT_KINDS:
                ner_pending[index] = found
            else:
                entries[index] = self._remember(keys[index], segment.text, found)
        if ner_pending:
            items = [DetectionInput(segments[i].text, segments[i].kind, segments[i].field_name)
                     for i in ner_pending]
            ner_results = (self._ner.detect_many(items) if hasattr(self._ner, "detect_many")
                           else [self._ner.detect(item) for item in items])
            for (index, found), ner_spans in zip(ner_pending.items(), ner_results):
                entries[index] = self._remember(keys[index], segments[index].text, [*found, *ner_spans])
        for index, first in repeats:
            entries[index] = entries[first]
        issued = frozenset(issued)
        results = [self._mark_lookalikes(entry, issued) for entry in entries]
        if self._policy.detection.propagate:
            results, settlements = self._propagate(segments, entries, results, known_values or {}, stats, settled,
                                                   conversation_labels)
            # A found address written again in another spelling (address_repeats.py). Its spans depend on other
            # texts' findings, not on the labels alone: a text that got one is not settled (scanned again).
            for index, repeats in enumerate(address_repeats([segment.text for segment in segments], results)):
                if repeats:
                    results[index] = merge_spans([*results[index], *repeats])
                    settlements[index] = None
            # The other people of a list whose items spreading found, and their other mentions
            # (people_beside_spread_names.py): they depend on other texts' findings, so those texts are not settled.
            for index, beside in enumerate(people_beside_spread_names([segment.text for segment in segments], results)):
                if beside:
                    results[index] = merge_spans([*results[index], *beside])
                    settlements[index] = None
            # The second slot of a credential pair, after a found login among others (credential_second_slots.py);
            # then a password again in another text: an argument after an account, a token of a longer finding, a
            # correction by one character (password_repeats.py). Both depend on other findings: not settled.
            for index, segment in enumerate(segments):
                if results[index] or "\n" in segment.text or "(" in segment.text:
                    slots = second_slot_spans(segment.text, results[index])
                    if slots:
                        results[index] = merge_spans([*results[index], *slots])
                        settlements[index] = None
            # What an agent types into a control a page named for a password, a code or an answer, by the control's
            # reference in a later text (secret_typed_fields.py): it depends on other texts, so not settled.
            for index, typed in enumerate(typed_field_spans(segments, results, _is_secret_key_name)):
                if typed:
                    results[index] = merge_spans([*results[index], *typed])
                    settlements[index] = None
            for index, repeats in enumerate(password_repeats(segments, results)):
                if repeats:
                    results[index] = merge_spans([*results[index], *repeats])
                    settlements[index] = None
            # A documentation role stated in one text holds in all of them (documentation_roles.py), and so does an
            # open-source licence notice's author (licence_notices.py), and a bot record's name (bot_accounts.py).
            texts = [segment.text for segment in segments]
            documented = public_authors_in_conversation(texts, documented_in_conversation(texts, results))
            documented = bot_names_in_conversation(texts, documented)  # a bot record's name, in any text
            for index, spans in enumerate(documented):
                if len(spans) != len(results[index]):
                    results[index] = spans
                    settlements[index] = None
            return results, settlements
        # Without propagation a text's spans depend on the text alone.
        settlements = [None if entry.placeholders else SettledText(segment.text, _NO_SOURCES, None, ())
                       for segment, entry in zip(segments, entries)]
        return results, settlements

    def _remember(self, key: tuple, text: str, found: Sequence[Span]) -> _ScannedText:
        kept = self._kept(text, found)
        merged = _as_deployers(merge_spans(kept), found)
        entry = _ScannedText(tuple(merged),
                             tuple((match.start(), match.end(), match.group(0))
                                   for match in PLACEHOLDER_PATTERN.finditer(text)),  # both forms
                             tuple(_inside_locators(kept, merged)))
        self._cache.put(key, entry)
        return entry

    def _name_parts(self, full_name: str) -> list[str]:
        # An allow-listed word ("Claude" of "Claude Shannon") is never spread on its own. A name in a script without
        # letter case has no capitalised parts: its words that name the person alone are mention_words'.
        return [part for part in (*name_parts(full_name), *mention_words(full_name)) if part.casefold() not in self._allow]

    def _login_names(self, login: str) -> list[str]:
        # The name a found login or mailbox spells (logins_of_people.names_in_login): "Kowalski" of `kowalski_a`.
        return [name for name in names_in_login(login) if name.casefold() not in self._allow]

    def _login_in_finding(self, text: str, span: Span) -> str | None:
        # The personal login inside a found address or credential (logins_in_findings.py), unless allow-listed.
        login = login_in_finding(text, span)
        return login if login and login.casefold() not in self._allow else None

    def _connection_parts(self, value: str) -> list[tuple[str, Span]]:
        # The distinctive parts of a found connection string (connection_parts.py), doubtful, unless allow-listed.
        category = {"PASSWORD": "secret"}
        return [(part, Span(0, 0, kind, category.get(kind, "infra"), DOUBTFUL_SCORE, "propagation"))
                for part, kind in connection_parts(value) if part.casefold() not in self._allow]

    def _common_word_names(self, value: str, login: bool = False) -> list[str]:
        # The parts of a found name, or names a found login spells, that are ordinary words too ("Baker").
        names = common_word_names_in_login(value) if login else common_word_parts(value)
        return [name for name in names if name.casefold() not in self._allow]

    def _name_variants(self, full_name: str) -> list[str]:
        # A found name in its other letter cases (name_parts.name_case_variants): "KOWALSKI", "anna"; and its
        # initials (name_parts.name_initials): "JO" of "Jane Okonkwo".
        if not full_name[:1].isupper():
            return []
        variants = [*name_case_variants(full_name), *name_initials(full_name)]
        return [variant for variant in variants if variant.casefold() not in self._allow]

    def _name_identifier_forms(self, full_name: str) -> tuple[str, ...]:
        # A found name as code writes it (name_identifiers.py), unless a word of it is allow-listed.
        if any(word.casefold() in self._allow for word in full_name.split()):
            return ()
        return name_identifier_forms(full_name)

    def _organisation_parts(self, name: str) -> list[str]:
        # An allow-listed word ("Anthropic" of "Anthropic PBC") is never spread on its own.
        return [part for part in organisation_parts(name) if part.casefold() not in self._allow]
    def _domain_names(self, email: str) -> list[tuple[str, Span]]:
        """The organisation an e-mail's domain names and the person its local part names, as propagation labels
        (email_domains.py)."""
        people = [name for name in person_names(email) if name.casefold() not in self._allow]
        # The name as code writes it (`priyaRaman`), from the first full name the local part spells.
        full_name = next((name for name in people if " " in name), "")
        return [*((name, _DOMAIN_LABEL) for name in organisation_names(email) if name.casefold() not in self._allow),
                *((name, _EMAIL_PERSON_LABEL) for name in people),
                *((form, _IDENTIFIER_FORM_LABEL) for form in self._name_identifier_forms(full_name))]

    def _host_domain_names(self, host: str) -> list[tuple[str, Span]]:
        """The organisation a found host's domain names and the machine's own label, as propagation labels
        (host_domains.py)."""
        names = [(name, _HOST_DOMAIN_LABEL) for name in organisation_names_of_host(host)
                 if name.casefold() not in self._allow]
        machine = machine_name_of_host(host)
        if machine is not None and machine.casefold() not in self._allow:
            names.append((machine, _HOST_MACHINE_LABEL))
        namespace = namespace_of_service_host(host)  # `ksk-risk` of `api.ksk-risk.svc.cluster.local`
        if namespace is not None and namespace.casefold() not in self._allow:
            names.append((namespace, _HOST_MACHINE_LABEL))
        return names

    def _cache_key(self, segment: Segment) -> tuple:
        # SHA-256 runs in the CPU's SHA instructions on most machines: about twice
        # as fast as BLAKE2b here, and every byte of a re-sent history is hashed each turn.
        digest = hashlib.sha256(segment.text.encode("utf-8", "surrogatepass")).digest()
        return (digest, segment.kind, segment.field_name, _system_prompt(segment), self._fingerprint)

    def _kept(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The findings that stand, before overlaps are merged (`merge_spans`)."""
        kept = [span for span in spans if span.score >= self._min_score and span.length > 0]
        kept = without_repeated_keys(text, kept)  # `"fio_lat":` in every record names a field: field_name_keys.py
        # A login on a person's line that spells their name (logins_of_people.py); then a table column
        # whose cells were found holds the same kind in its other cells (column_kinds.py).
        kept += logins_of_people(text, kept)
        kept += logins_beside_people(text, kept)  # a handle as a field of a person's record: logins_beside_people.py
        kept += logins_in_lists(text, kept)  # a list holding a login holds logins: logins_in_lists.py
        kept += logins_in_person_records(text, kept)  # `advisor='desmondm91'` in a person's record
        kept += logins_in_parallel_slots(text, kept)  # where a found login stands, logins stand
        kept += ids_of_people(text, kept)  # "Ms Okafor, 448-221-09": ids_of_people.py
        kept += people_in_personal_records(text, kept)  # "الضيف: ليلى ... | الهاتف +971 ...": a personal line names its person
        kept += romanised_names(text, kept)  # "伊藤美咲  ITO MISAKI": a person in two scripts on one line: people_in_two_scripts.py
        kept += surnames_of_found_names(text, kept)  # "'note': 'ring 佐藤'" beside "佐藤結衣": surnames_of_found_names.py
        kept += interchange_field_spans(text)  # `:59:/account`, `DTM+329:`, `DOC+P+…`: interchange_fields.py
        kept += fixed_width_spans(text)  # "EMP-NO 1-7, NAME 8-26, DOB 36-43" over its records: fixed_width_layouts.py
        kept += codes_on_person_lines(text, kept)  # a code on a person's line, any label: ids_in_person_records.py
        kept += birth_dates_in_person_records(text, kept)  # a record's one past date: birth_dates_in_records.py
        kept += address_runs(text, kept)  # an address found in pieces is one run of parts: address_runs.py
        kept += cells_of_person_rows(text, kept)  # a plate, a street and number in a person's row: person_row_cells.py
        kept += ids_in_printout_rows(text, kept)  # a printed table's id, passport, birth, lat/lon cells: printout_records.py
        kept += sort_codes_on_person_lines(text, kept)  # "20-00-00 55779911" in a person's row: bank_codes.py
        kept += siblings_of_found_ids(text, kept)  # "X8379252;n0534587": a list's items of a found id's shape
        kept += [span for span in spans_in_same_columns(text, kept) if span.score >= self._min_score]
        kept += organisations_in_lists(text, kept)  # a list holding organisations holds organisations
        kept = without_catalogue_codes(text, kept)  # an ISBN, a `sku` column: a product's code (catalogue_codes.py)
        kept = without_bot_account_names(text, kept)  # '"real_name": "Polly", "is_bot": true': bot_accounts.py
        kept = without_names_in_schema_rows(text, kept)  # "FIELD  START  LEN  TYPE" over rows: schema_tables.py
        kept = without_placeholder_values(text, kept)  # 'placeholder="name@example.com"': form_placeholders.py
        kept = without_template_slots(text, kept)  # "password: <password>", "[NOM DU BAILLEUR]": template_slots.py
        # "000.000.000-00", "Q-DEMO-0001", "Musterstraße 1": values printed to show a format (documented_examples.py)
        kept = [span for span in kept if not is_documented_example(text[span.start:span.end], span.kind)
                and not states_documentation_role(text, span.start, span.end, span.kind)
                and not is_public_network_constant(text[span.start:span.end], span.kind)]  # 8.8.8.8, 172.17.0.1
        # "4242 4242 4242 4242": a sandbox card is doubtful, never dropped: the wire redacts it, an audit does not report it.
        kept = [span for span in (dataclasses.replace(span, score=min(span.score, DOUBTFUL_SCORE))
                                  if is_published_test_card(text[span.start:span.end], span.kind) else span
                                  for span in kept) if span.score >= self._min_score]
        # "Translate to Spanish", "a Thai guest", "Kenya)": the model's place or group that is a country, a language
        # or a script named as such names no one (language_and_country_words.py).
        kept = [span for span in kept
                if not names_a_country_or_language(text, span.start, span.end, span.kind, span.detector, kept)]
        # "Der Notenschnitt", "Tu es ...", "Bagaimana": the English model's finding made of common words of the
        # language the text around it is written in (model_findings_in_other_languages.py).
        kept = without_findings_naming_no_one(text, kept)
        # "Rue Victor Hugo", "John F. Kennedy International Airport": a street or venue named after a person is a
        # place, not the person (public_places.py).
        kept = [span for span in kept if not names_a_public_place(text, span.start, span.end, span.kind)
                and not names_a_holiday(text, span.start, span.end, span.kind)]  # "Easter Monday": holiday_names.py
        if self._allow:
            kept = [span for span in kept if not self._allowed(text[span.start:span.end], span.kind)]
        # A listed company named whole ("Starbucks", "Siemens AG") is doubtful: the wire still redacts it (an employer
        # is a quasi-identifier, and the corpora annotate it), an audit does not report it: org_public_companies.py.
        kept = [dataclasses.replace(span, score=doubted(span.score))
                if span.kind == "ORGANIZATION" and is_public_company(text[span.start:span.end]) else span
                for span in kept]
        # "Dear Mr. Siddiqui", "Annelie Fromm, Vielfliegernummer", '19","zip":"8304': the words a finding took
        # beyond its value, cut where the text's structure ends the value (finding_edges.py).
        kept = findings_within_edges(text, kept)
        kept = secrets_within_script_edges(text, kept)  # "840643，外卖平台的是": a value ends at 。，: secret_value_edges.py
        # A URL on a found internal host is redacted whole, path and query included (infra_locators.py).
        kept += urls_on_internal_hosts(text, kept)
        return kept

    def _allowed(self, value: str, kind: str) -> bool:
        """Whether the allow-list covers `value`: the whole of it, or its first words (see module doc)."""
        words = value.split()
        if not words:
            return False
        for length in range(len(words), 0, -1):
            if " ".join(words[:length]).casefold() in self._allow:
                rest = words[length:]
                return kind != PERSON_KIND or all(is_ordinary_word(word) for word in rest)
        return False

    def _mark_lookalikes(self, entry: _ScannedText, issued: frozenset[str]) -> list[Span]:
        """The text's spans, less those inside our placeholders, plus a LITERAL span per look-alike."""
        if not entry.placeholders:
            return list(entry.spans)
        ours: list[tuple[int, int]] = []
        lookalikes: list[Span] = []
        for start, end, placeholder in entry.placeholders:
            if placeholder in issued:
                ours.append((start, end))
            else:
                lookalikes.append(Span(start, end, LITERAL_KIND, "placeholder", 1.0, "placeholder-syntax"))
        regions = ours + [(span.start, span.end) for span in lookalikes]
        kept = [span for span in entry.spans if not _overlaps_any(span, regions)]
        return merge_spans([*kept, *lookalikes])

    def _propagate(self, segments: Sequence[Segment], entries: Sequence[_ScannedText],
                   results: list[list[Span]], known_values: dict[str, str], stats: DetectionStats,
                   settled: Sequence[SettledText] = (), conversation_labels: ConversationLabels | None = None
                   ) -> tuple[list[list[Span]], list[SettledText | None]]:
        sources = [self._label_sources(segment.text, entry, [*spans, *entry.inner_spans] if entry.inner_spans else spans)
                   for segment, entry, spans in zip(segments, entries, results)]
        everywhere = self._labels(sources, known_values, settled, conversation_labels)
        in_definitions = self._labels(
            [found for segment, found in zip(segments, sources) if segment.position == _DEFINITION_POSITION], {})
        searches = {"all": _Search(everywhere, conversation_labels), "definitions": _Search(in_definitions)}
        self._recheck(settled, searches["all"])
        scopes = ["definitions" if segment.position == _DEFINITION_POSITION else "all" for segment in segments]
        searched_by_scope = {
            scope: search.update([segment.text for segment, in_scope in zip(segments, scopes) if in_scope == scope],
                                 [entry.searched.get(scope) for entry, in_scope in zip(entries, scopes)
                                  if in_scope == scope])
            for scope, search in searches.items() if search.labels}
        searched_next = {scope: iter(found) for scope, found in searched_by_scope.items()}
        propagated: list[list[Span]] = []
        settlements: list[SettledText | None] = []
        organisations: dict[str, frozenset[str]] = {}
        for segment, entry, spans, scope, found in zip(segments, entries, results, scopes, sources):
            search = searches[scope]
            # Only texts whose spans depend on nothing but the labels can be settled (see SettledText).
            settles = scope == "all" and not entry.placeholders
            if not search.labels:
                propagated.append(spans)
                settlements.append(SettledText(segment.text, found, None, ()) if settles else None)
                continue
            searched = next(searched_next[scope])
            entry.searched[scope] = searched
            # Labels are the same objects from turn to turn while nothing about them changed
            # (cached with their texts, memoised for known values), so comparing is cheap.
            used_labels = tuple(map(search.labels.get, searched.matched))
            settlements.append(SettledText(segment.text, found, searched, used_labels) if settles else None)
            if not searched.candidates:
                propagated.append(spans)  # no value occurs in it
                continue
            # Spans of a text with placeholders depend on the request's issued set: not reused.
            reusable = not entry.placeholders
            last = entry.propagated.get(scope) if reusable else None
            if last is not None and last.candidates is searched.candidates and last.labels == used_labels:
                # An old text in which nothing new was found, with the labels it had: as last time.
                stats.propagated += last.added
                propagated.append(list(last.spans))
                continue
            # `spans` is merged: sorted and disjoint, so overlap is a bisection
            # (a linear scan per match made dense texts quadratic).
            starts = [span.start for span in spans]
            extra = []
            raised = {}
            candidates = searched.candidates
            if search.proper_nouns:
                candidates = [candidate for candidate in candidates if candidate[2] not in search.proper_nouns
                              or _reads_as_proper_noun(segment.text, candidate[0], -candidate[1])]
            for start, end, value in _leftmost_longest(candidates, search.labels):
                label = search.labels[value]
                if _overlaps_sorted(start, end, spans, starts) and not _covers_found_parts(start, end, spans, starts):
                    # The same value found here by a doubtful rule takes the score it has elsewhere
                    # (an audit reports "r.haddad" wherever one sure rule found it).
                    index = bisect.bisect_left(starts, start)
                    if index < len(spans) and (spans[index].start, spans[index].end) == (start, end) and (
                            spans[index].kind == label.kind and spans[index].score < label.score):
                        raised[index] = dataclasses.replace(spans[index], score=label.score)
                    continue
                if label.detector == _CODE_SPELLING_DETECTOR and not in_code_position(segment.text, start, end) and not (
                        _at_word_edges(segment.text, start, end, value) and spelled_as_a_word(value)):
                    continue  # a slug is the organisation in a path or a service name; in a sentence, a word
                score = label.score
                if value in search.name_pieces and not _at_word_edges(segment.text, start, end, value):
                    if segment.kind == "code":
                        continue  # in code a capitalised word inside an identifier is the code's (`Okafor_results`)
                    score = min(score, DOUBTFUL_SCORE)  # a name inside a file or branch name: a guess
                    start, end = _with_joined_partner(segment.text, start, end, value, search.labels)
                extra.append(Span(start, end, label.kind, label.category, score, "propagation"))
            if raised:
                spans = [raised.get(index, span) for index, span in enumerate(spans)]
            # A host whose owner's label is a found organisation is that organisation's machine, and its URL
            # follows it: infra_hosts_of_found_organisations.py.
            if scope not in organisations:
                organisations[scope] = frozenset(value.casefold() for value, label in search.labels.items()
                                                 if label.kind == ORGANIZATION_KIND and label.detector != "ner"
                                                 and _ORGANISATION_AS_LABEL.fullmatch(value))
            extra.extend(hosts_of_found_organisations(segment.text, organisations[scope]))
            if extra:
                stats.propagated += len(extra)
                # (a host found here by propagation takes its URL whole too: infra_locators.py)
                spans = merge_spans([*spans, *extra, *urls_on_internal_hosts(segment.text, extra)])
            if reusable:
                entry.propagated[scope] = _Propagated(searched.candidates, used_labels, tuple(spans), len(extra))
            propagated.append(spans)
        return propagated, settlements

    @staticmethod
    def _recheck(settled: Sequence[SettledText], search: _Search) -> None:
        """Search the settled texts for this request's labels too, recording it in each; raises
        SettledTextChanged if one's spans would change: a candidate it did not have (a value learned
        since occurs in it), or another label for a value it contains."""
        if not settled:
            return
        if not search.labels:
            # No label at all: a text is unchanged only if no value occurred in it before either.
            if any(text.state[0] is not None and text.state[0].candidates for text in settled):
                raise SettledTextChanged()
            return
        # Texts settled or re-checked by the same request share one value set: per set, one
        # finder for the values added since and one pass over all its texts; only a text that
        # pass matched is searched on its own. The rest is a short loop, no search per text.
        groups: dict[int, tuple[list[SettledText], list[tuple[_Searched | None, tuple[Span | None, ...]]]]] = {}
        for text in settled:
            state = text.state
            key = id(state[0].values) if state[0] is not None else 0
            group = groups.get(key)
            if group is None:
                group = groups[key] = ([], [])
            group[0].append(text)
            group[1].append(state)
        labels_of = search.labels.get
        # The state of every text no value occurs in, searched for this request's values.
        nothing_found = (_Searched(search.values, (), ()), ())
        for texts, states in groups.values():
            finder = search.finder_since(states[0][0])
            if finder is None:
                # Searched for exactly these values already, but a value's label can change
                # with the same value set (a name part learned as a value of its own).
                for before, labels in states:
                    if labels and tuple(map(labels_of, before.matched)) != labels:
                        raise SettledTextChanged()
                continue
            # Identity with the finder already built, if any: calling all_values() here would build
            # the automaton of every value of the conversation each request just to compare.
            searched_all = finder is search.built_all_values
            hits = finder.texts_with_matches([text.text for text in texts])
            for position, (text, (before, labels)) in enumerate(zip(texts, states)):
                if position not in hits:
                    if before is None or not before.candidates:
                        text.state = nothing_found
                        continue
                    if searched_all:
                        raise SettledTextChanged()  # its candidates were of values no longer labels
                    # Searched for the values added since, in vain: only a label could have changed.
                    if tuple(map(labels_of, before.matched)) != labels:
                        raise SettledTextChanged()
                    text.state = (_Searched(search.values, before.candidates, before.matched), labels)
                    continue
                searched = search.update([text.text], [before])[0]
                if searched.candidates != (before.candidates if before is not None else ()):
                    raise SettledTextChanged()
                now = tuple(map(labels_of, searched.matched)) if searched.matched else ()
                if now != labels:
                    raise SettledTextChanged()
                text.state = (searched, now)

    def _label_sources(self, text: str, entry: _ScannedText, spans: Sequence[Span]) -> _LabelSources:
        """What `spans` of `text` add to the propagation labels; kept with the text when it has no placeholders."""
        if not entry.placeholders and entry.label_sources is not None:
            return entry.label_sources
        min_length = self._policy.detection.propagate_min_length
        values: list[tuple[str, Span]] = []
        parts: list[tuple[str, Span]] = []
        for span in spans:
            value = text[span.start:span.end]
            spreads = _spreads(value, span.kind)
            if len(value) >= min_length and spreads:
                values.append((value, span))
                if span.category == "secret":
                    values.extend((written, span) for written in secret_escapings(value))
                    # the same code said aloud, in digit pairs, spelled out (code_spellings.py)
                    values.extend((written, span) for written in code_spellings(value))
            if span.kind == EMAIL_KIND:
                values.extend(self._domain_names(value))
            if span.kind == HOSTNAME_KIND and span.score >= CONFIDENT_HOST_SCORE:
                values.extend(self._host_domain_names(value))
            if span.kind == PLATE_KIND:  # "KX21 PLM" again as "KX21PLM"; "7KXP482 CA" again as "7KXP482"
                label = Span(0, 0, PLATE_KIND, span.category, span.score, "propagation")
                parts.extend((form, label) for form in plate_forms(value))
            if span.kind == "DATE_OF_BIRTH":  # "2016-10-27" again as "27/10/2016": birth_date_forms.py
                label = Span(0, 0, span.kind, span.category, span.score, "propagation")
                parts.extend((form, label) for form in birth_date_forms(value))
            if span.kind in _LOGIN_KINDS:
                parts.extend((name, _LOGIN_PERSON_LABEL) for name in self._login_names(value))
                parts.extend((name, _PROPER_NOUN_LABEL) for name in self._common_word_names(value, login=True))
            if span.kind in KINDS_HOLDING_LOGINS:
                login = self._login_in_finding(text, span)
                if login:
                    parts.append((login, _INNER_LOGIN_LABEL))
            if span.kind in KINDS_HOLDING_CONNECTIONS:  # its password, host, database recur bare
                parts.extend(self._connection_parts(value))
            if span.kind in (PERSON_KIND, ORGANIZATION_KIND):
                # Before the name's case variants: the first label of a value wins, and this one is also looked
                # for as a piece of a path or a service name.
                spelling_label = Span(0, 0, span.kind, span.category, DOUBTFUL_SCORE, _CODE_SPELLING_DETECTOR)
                if span.detector == _DEPLOYING_DETECTOR:  # the deployer's name is no guess, one word too: its repository
                    slugs = slugs_of_name(value, confident=span.score > DOUBTFUL_SCORE, deployer=True)
                    parts.extend((spelling, spelling_label) for spelling in slugs)
                    # A slug read as written (org_owner_folders.py) in its screaming case too, the prefix of issue keys
                    # and constants (`ACME-API-138`); a name in words gets its other cases from _case_blind, whose
                    # whole match ("ACME MUSIC HALL") a part of it must not shadow.
                    if value.islower() and value.isalpha():
                        parts.extend((spelling.upper(), spelling_label) for spelling in slugs if spelling.isalpha())
                elif span.score > DOUBTFUL_SCORE:  # a guess ("Deepgram" of a vendor's URL) must not reach its paths
                    parts.extend((spelling, spelling_label)
                                 for spelling in slugs_of_name(value, span.kind == ORGANIZATION_KIND))
            if span.kind == PERSON_KIND:
                label = Span(0, 0, PERSON_KIND, span.category, span.score, "propagation")
                parts.extend((part, label) for part in self._name_parts(value))
                parts.extend((part, _PROPER_NOUN_LABEL) for part in self._common_word_names(value))
                if spreads:
                    # Identifier forms first: a lower-case surname is a variant too, and the first label wins.
                    form_label = Span(0, 0, PERSON_KIND, span.category, doubted(span.score),
                                      _IDENTIFIER_FORM_DETECTOR)
                    parts.extend((form, form_label) for form in self._name_identifier_forms(value))
                    variant_label = Span(0, 0, PERSON_KIND, span.category, doubted(span.score), "propagation")
                    parts.extend((variant, variant_label) for variant in self._name_variants(value))
            if span.kind == ORGANIZATION_KIND:
                label = Span(0, 0, ORGANIZATION_KIND, span.category, doubted(span.score), "propagation")
                parts.extend((part, label) for part in self._organisation_parts(value))
                if span.detector not in _GUESSING_DETECTORS:  # "HHS" of a declared "Hearthside Home Support"
                    parts.extend((initials, label) for initials in organisation_initials(value)
                                 if initials.casefold() not in self._allow)
                if not spreads and _one_capitalised_word(value):
                    parts.append((value, _ORGANISATION_PROPER_NOUN_LABEL))
                # `Harrow Logistics Ltd ("Harrow")`: the short form the text defines recurs alone.
                parts.extend((form, label) for form in defined_short_forms(text, span.start, span.end)
                             if form.casefold() not in self._allow)
        found = _LabelSources(tuple(values), tuple(parts))
        if not entry.placeholders:
            entry.label_sources = found
        return found

    def _known_value_sources(self, value: str, kind: str) -> _LabelSources:
        """What a value redacted in an earlier turn adds to the propagation labels (memoised: see __init__)."""
        min_length = self._policy.detection.propagate_min_length
        values: tuple[tuple[str, Span], ...] = ()
        if _spreads(value, kind) and (
                len(value) >= min_length or (kind == PERSON_KIND and len(value) >= MIN_PART_LENGTH)):
            values = ((value, Span(0, 0, kind, "secret", 1.0, "propagation")),)
        if kind == EMAIL_KIND:
            values += tuple(self._domain_names(value))
        if kind == HOSTNAME_KIND:
            values += tuple(self._host_domain_names(value))
        parts: tuple[tuple[str, Span], ...] = ()
        if kind in _LOGIN_KINDS:
            values += tuple((name, _LOGIN_PERSON_LABEL) for name in self._login_names(value))
            parts = tuple((name, _PROPER_NOUN_LABEL) for name in self._common_word_names(value, login=True))
        if kind in KINDS_HOLDING_LOGINS:
            login = self._login_in_finding(value, Span(0, len(value), kind, "", 1.0, "propagation"))
            if login:
                parts += ((login, _INNER_LOGIN_LABEL),)
        if kind in KINDS_HOLDING_CONNECTIONS:
            parts += tuple(self._connection_parts(value))
        if kind == PERSON_KIND:
            label = Span(0, 0, PERSON_KIND, "secret", 1.0, "propagation")
            parts = tuple((part, label) for part in self._name_parts(value))
            parts += tuple((part, _PROPER_NOUN_LABEL) for part in self._common_word_names(value))
            if _spreads(value, kind):
                variant_label = Span(0, 0, PERSON_KIND, "secret", DOUBTFUL_SCORE, "propagation")
                parts += tuple((form, _IDENTIFIER_FORM_LABEL) for form in self._name_identifier_forms(value))
                parts += tuple((variant, variant_label) for variant in self._name_variants(value))
        elif kind == ORGANIZATION_KIND:
            label = Span(0, 0, ORGANIZATION_KIND, "org", DOUBTFUL_SCORE, "propagation")
            parts = tuple((part, label) for part in self._organisation_parts(value))
            if not _spreads(value, kind) and _one_capitalised_word(value):
                parts += ((value, _ORGANISATION_PROPER_NOUN_LABEL),)
        return _LabelSources(values, parts)

    def _labels(self, request_sources: Iterable[_LabelSources], known_values: dict[str, str],
                settled: Sequence[SettledText] = (), table: ConversationLabels | None = None) -> dict[str, Span]:
        """Value -> label of everything worth propagating: found values, earlier turns' values, name parts.

        Precedence: values found in the settled texts (in order), then in this
        request's texts, then earlier turns' values; a value found as itself
        keeps its own label, so parts of found names ("Jeffery" of "Jeffery
        Ruiz") only fill in. The settled and known layers are kept in `table`
        between requests of a conversation and extended with what is new, so
        a request costs dictionary merges in C plus work on its own sources.
        """
        settled_layer = self._settled_layer(settled, table)
        known_layer = self._known_layer(known_values, table)
        request_values: dict[str, Span] = {}
        request_parts: dict[str, Span] = {}
        for sources in request_sources:
            for value, label in sources.values:
                request_values.setdefault(value, label)
            for part, label in sources.name_parts:
                _add_part(request_parts, part, label)
        # Later mappings win in a merge: the lowest precedence goes first.
        values = {**known_layer.values, **request_values, **settled_layer.values}
        parts = {**known_layer.parts, **request_parts, **settled_layer.parts}
        labels = {**parts, **values}
        # A one-word codename ("Lighthouse") is the same name in a path, a package
        # or a constant ("lighthouse/ingest", LIGHTHOUSE_URL); each case is its own
        # value. Only for names the org lists and code detectors found: a word NER
        # guessed ("Shell") must not turn every "shell" into a placeholder. Variants
        # never replace a label; between variants the earlier value wins (settled,
        # then this request's, then known values: the precedence above).
        eligible = [*settled_layer.case_blind,
                    *((value, label) for value, label in request_values.items()
                      if value not in settled_layer.values and _case_blind(value, label)),
                    *((value, label) for value, label in known_layer.case_blind
                      if value not in settled_layer.values and value not in request_values)]
        if eligible:
            found = frozenset(labels)
            variants: dict[str, Span] = {}
            for value, label in eligible:
                for variant in (value.lower(), value.upper(), value.capitalize()):
                    if variant not in found:
                        variants.setdefault(variant, label)
            labels.update(variants)
        return labels

    def _settled_layer(self, settled: Sequence[SettledText], table: ConversationLabels | None) -> _LabelLayer:
        """The labels the settled texts add, extending the table's layer when its sources lead theirs."""
        if not settled:
            return _EMPTY_LAYER
        # The sources, not the texts, are the inputs: the same objects mean the same labels,
        # and a table holding them keeps a few short tuples alive, not the history's texts.
        sources = tuple(map(_SOURCES_OF_TEXT, settled))
        held = table.settled if table is not None else None
        if (held is not None and len(held.inputs) <= len(sources)
                and all(map(operator.is_, held.inputs, sources))):
            if len(held.inputs) == len(sources):
                return held
            layer = held.extended(sources[len(held.inputs):], sources)
        else:
            layer = _EMPTY_LAYER.extended(sources, sources)
        if table is not None:
            table.settled = layer  # one assignment: a concurrent request sees an old or a new layer
        return layer

    def _known_layer(self, known_values: dict[str, str], table: ConversationLabels | None) -> _LabelLayer:
        """The labels earlier turns' values add, extending the table's layer when its values lead `known_values`."""
        if not known_values:
            return _EMPTY_LAYER
        items = tuple(known_values.items())
        held = table.known if table is not None else None
        if held is not None and len(held.inputs) <= len(items) and items[:len(held.inputs)] == held.inputs:
            if len(held.inputs) == len(items):
                return held
            new, base = items[len(held.inputs):], held
        else:
            new, base = items, _EMPTY_LAYER
        layer = base.extended([self._known_sources(value, kind) for value, kind in new], items)
        if table is not None:
            table.known = layer
        return layer


@dataclass(frozen=True)
class _LabelLayer:
    """The labels a sequence of sources adds (first occurrence wins), and what it was made from.

    Never changed once made: `extended` copies, so a layer another request
    holds stays as it was.
    """

    inputs: tuple  # the settled texts' sources, or the (value, kind) items of the known values
    values: dict[str, Span]
    parts: dict[str, Span]
    case_blind: tuple[tuple[str, Span], ...]  # values (with their label here) that get case variants

    def extended(self, more: Iterable[_LabelSources], inputs: tuple) -> _LabelLayer:
        values = dict(self.values)
        parts = dict(self.parts)
        case_blind = list(self.case_blind)
        for sources in more:
            for value, label in sources.values:
                if value not in values:
                    values[value] = label
                    if _case_blind(value, label):
                        case_blind.append((value, label))
            for part, label in sources.name_parts:
                _add_part(parts, part, label)
        return _LabelLayer(inputs, values, parts, tuple(case_blind))


_EMPTY_LAYER = _LabelLayer((), {}, {}, ())


def _add_part(parts: dict[str, Span], part: str, label: Span) -> None:
    """The first label of a part wins, except that a code spelling of one kind yields to a label of another kind
    that holds in prose: the model's ORGANIZATION "Callum MacLeod" spells "callum" (a slug, searched only in code
    positions), a PERSON finding of the same name gives "callum" as a lower-case name; the first must not shut the
    second out of "callum's PA" (round 34: blind22 lost a propagated given name this way in round 33)."""
    held = parts.get(part)
    if held is None:
        parts[part] = label
    elif (held.detector == _CODE_SPELLING_DETECTOR and label.detector != _CODE_SPELLING_DETECTOR
          and label.kind != held.kind):
        parts[part] = label
_SOURCES_OF_TEXT = operator.attrgetter("sources")


class ConversationLabels:
    """One conversation's propagation labels, kept between its requests (see DetectionEngine._labels).

    Holds the layer made from the settled texts and the one made from the
    known values of the last request; the next request extends them with what
    it adds. The layers remember their inputs and are used only when those
    lead the request's own, so a stale or foreign table costs a rebuild, never
    a wrong label. Each layer is replaced whole (concurrent requests of one
    conversation see an old or a new one).
    """

    __slots__ = ("settled", "known", "classes", "finder")

    def __init__(self) -> None:
        self.settled: _LabelLayer | None = None
        self.known: _LabelLayer | None = None
        self.classes: _LabelClasses | None = None  # of the last request's labels (see _LabelClasses)
        # The automaton of every value of an earlier request, with that value set (see _Search.all_values).
        self.finder: tuple[frozenset[str], _ValueFinder] | None = None


# An organisation's name as a domain's label: `gridmere`, `lanchi-ev` (not a model's guess, nor a name in words).
_ORGANISATION_AS_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{2,62}")


def _system_prompt(segment: Segment) -> bool:
    """A system prompt's text, not a tool's definition (which agents send with the system role too)."""
    return segment.role == _SYSTEM_ROLE and segment.position != _DEFINITION_POSITION


def _as_deployers(merged: list[Span], found: Sequence[Span]) -> list[Span]:
    """`merged`, where a span is exactly a name org_deploying read in a system prompt's opening sentence, labelled as
    that deployer (the NER model's reading of the same words, often a PERSON, would otherwise win the label): the
    organisation that deploys the assistant recurs in the conversation in every letter case and as its repository's
    slug (`/srv/stagebox/`, `bazaarly/portal/`), which _case_blind and the code spellings give to this detector's
    one-word names, not to a model's guess."""
    deployers = {(span.start, span.end): span for span in found if span.detector == _DEPLOYING_DETECTOR}
    if not deployers:
        return merged
    return [dataclasses.replace(span, kind=ORGANIZATION_KIND, category="org", detector=_DEPLOYING_DETECTOR)
            if (span.start, span.end) in deployers and span.kind in _NAME_KINDS and span.detector != _DEPLOYING_DETECTOR
            else span for span in merged]


def _case_blind(value: str, label: Span) -> bool:
    """Whether `value` is also propagated in its other letter cases (see DetectionEngine._labels); a name of several
    words when one of them names it alone ("larkspur celebrations" of "Larkspur Celebrations": org_other_forms.py)."""
    return (label.kind in _CASE_BLIND_KINDS and label.detector != "ner" and len(value) >= 4
            and ((value.isalpha() and not is_ordinary_word(value)) or case_blind_name(value)))


# How a quote or a backslash inside a secret is written in a string of SQL, JSON or a shell, and as text.
_ESCAPINGS = (("''", "'"), ('\\"', '"'), ("\\\\", "\\"), ("\\'", "'"))


def secret_escapings(value: str) -> list[str]:
    """A found secret as the other side of an escaping writes it: `Harcourt''s DR 2026` (SQL) is also
    `Harcourt's DR 2026` and `Harcourt\\'s DR 2026` as text or a shell string; `a\\"b` (JSON) is also `a"b`."""
    unescaped = [value.replace(escaped, plain) for escaped, plain in _ESCAPINGS if escaped in value]
    written = unescaped or [value.replace(plain, escaped) for escaped, plain in _ESCAPINGS if plain in value]
    return [form for form in dict.fromkeys(written) if form != value]


def _inside_locators(kept: Sequence[Span], merged: Sequence[Span]) -> Iterator[Span]:
    """The findings of `kept` inside a found locator (a whole internal URL, infra_locators.py) that merging swallowed
    (the merged span is the locator's, or another finding's that won the locator's cluster)."""
    locators = [span for span in kept if span.kind == LOCATOR_KIND]
    if not locators:
        return
    standing = {(span.start, span.end, span.kind) for span in merged}
    for span in kept:
        if span.kind != LOCATOR_KIND and (span.start, span.end, span.kind) not in standing and any(
                locator.start <= span.start and span.end <= locator.end for locator in locators):
            yield span


def _spreads(value: str, kind: str) -> bool:
    """Whether a found value may be propagated: not a one-word name that is an ordinary or lower-case word."""
    if kind not in _NAME_KINDS or " " in value.strip():
        return True
    return value != value.casefold() and not is_ordinary_word(value)


def _one_capitalised_word(value: str) -> bool:
    """"Beacon", "Summit": one word of letters, capitalised, long enough to be read as a name (see _spreads)."""
    return len(value) >= MIN_PART_LENGTH + 1 and value.isalpha() and value[0].isupper() and value[1:].islower()


def _names_a_piece(value: str, label: Span) -> bool:
    """Whether a person's name `value` is also searched as a piece of an identifier (see _Search): one capitalised
    word of letters, no ordinary word (only where it reads as a proper noun: not "Baker" in `Baker-street.md`)."""
    return (label.detector != _PROPER_NOUN_DETECTOR and len(value) >= MIN_PART_LENGTH + 1 and value.isalpha()
            and value[0].isupper() and value[1:].islower() and not is_ordinary_word(value))


# A capitalised word joined to a name piece, after it (`Lopez_Maria`, `LopezMaria`) or before it (`Maria-Lopez`).
_JOINED_WORD_AFTER = re.compile(r"[_.-]?([^\W\d_a-z][^\W\d_A-Z]+)")
_JOINED_WORD_BEFORE = re.compile(r"([^\W\d_a-z][^\W\d_A-Z]+)[_.-]?$")
_JOINED_LOOK_BEHIND = 40


def _with_joined_partner(text: str, start: int, end: int, value: str, labels: dict[str, Span]) -> tuple[int, int]:
    """The span of a found person's name piece text[start:end] inside an identifier, extended over the same
    person's other name joined to it in either order (`contract_Lopez_Maria.pdf` with "Maria Lopez" found):
    the other name may be an ordinary word ("Maria") that is never searched alone, and half a name left on the
    wire still names the person beside what the placeholder says."""
    after = _JOINED_WORD_AFTER.match(text, end)
    if after is not None and _names_one_person(value, after.group(1), labels) and at_identifier_piece_edges(
            text, after.start(1), after.end(1), after.group(1)):
        end = after.end(1)
    before = _JOINED_WORD_BEFORE.search(text, max(0, start - _JOINED_LOOK_BEHIND), start)
    if before is not None and _names_one_person(value, before.group(1), labels) and at_identifier_piece_edges(
            text, before.start(1), before.end(1), before.group(1)):
        start = before.start(1)
    return start, end


def _names_one_person(piece: str, other: str, labels: dict[str, Span]) -> bool:
    """Whether `piece` and `other` are the two names of one found person, in either order."""
    for full_name in (f"{piece} {other}", f"{other} {piece}"):
        label = labels.get(full_name)
        if label is not None and label.kind == PERSON_KIND:
            return True
    return False


def _reads_as_proper_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] stands inside a sentence ("ask Baker to sign", "Hi Rose,", "Rose,
    Baker and I"), where capitals mark names: not first on a line or after a sentence's end ("Baker: …", ". Rose …"),
    and not before another capitalised word, with which it names something else ("Will Baker Street")."""
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    if index < 0 or not (text[index].isalnum() or text[index] in ",;(&"):
        return False
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == end or after >= len(text) or not text[after].isupper()


def _overlaps_sorted(start: int, end: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether [start, end) overlaps any of `spans` (sorted, disjoint; `starts` their starts)."""
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and spans[index].end > start:
        return True
    return index + 1 < len(spans) and spans[index + 1].start < end


def _covers_found_parts(start: int, end: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether [start, end) strictly holds every span it overlaps (sorted, disjoint): a known value of which another
    finding read only a piece ("صقر" of the handle `صقر_الصحراء`, a first name inside a login). The value is
    added and merge_spans unites it with the piece, so the rest of the value does not leak beside it."""
    index = max(0, bisect.bisect_right(starts, start) - 1)
    inside = False
    while index < len(spans) and spans[index].start < end:
        span = spans[index]
        if span.end > start:
            if span.start < start or span.end > end or (span.start, span.end) == (start, end):
                return False
            inside = True
        index += 1
    return inside


def _overlaps_any(span: Span, regions: Sequence[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in regions)


class _LabelClasses(NamedTuple):
    """How propagation searches each label value (see _Search), and the labels it was worked out for.

    Each class depends on a value and its label alone, so a conversation's
    table keeps the classes of its last request and the next request, whose
    labels are the same plus a few, works out only the added ones (the labels
    grow with the conversation: classifying all of them made every turn
    cost more than the last).
    """

    labels: dict[str, Span]
    # Names (NER kinds) are words of their own; code names, org-list terms and
    # secrets are the same value inside a longer identifier too.
    in_identifiers: frozenset[str]
    # ... and a person's identifier forms (name_identifiers.py) and a found organisation's distinctive word
    # (org_identifier_pieces.py) are pieces of identifiers: `testJaneOkonkwo`, `NORTHWIND_API_URL`.
    # ... and so is a found person's capitalised one-word name ("Kowalczyk"): its capital marks it in a file or
    # branch name (`nda-Kowalczyk.pdf`, `feature/Brennan-rollout`), where a word's lower case (`max-age`) is code.
    identifier_pieces: frozenset[str]
    name_pieces: frozenset[str]  # the identifier pieces that are a found person's own name
    # ... and a found name's parts that are ordinary words count only inside a sentence (_reads_as_proper_noun).
    proper_nouns: frozenset[str]

    @classmethod
    def of(cls, labels: dict[str, Span], held: _LabelClasses | None = None) -> _LabelClasses:
        """The classes of `labels`, extending `held` when every label it was worked out for is in `labels` unchanged."""
        if held is None or not labels.items() >= held.labels.items():
            return cls._worked_out(labels, labels.items())
        if len(labels) == len(held.labels):
            return held
        added = cls._worked_out(labels, [(value, labels[value]) for value in labels.keys() - held.labels.keys()])
        return cls(labels, held.in_identifiers | added.in_identifiers,
                   held.identifier_pieces | added.identifier_pieces, held.name_pieces | added.name_pieces,
                   held.proper_nouns | added.proper_nouns)

    @classmethod
    def _worked_out(cls, labels: dict[str, Span], items: Iterable[tuple[str, Span]]) -> _LabelClasses:
        items = list(items)
        identifier_pieces = frozenset(
            value for value, label in items
            if label.detector in (_IDENTIFIER_FORM_DETECTOR, _CODE_SPELLING_DETECTOR)
            or (label.kind == ORGANIZATION_KIND and takes_identifier_pieces(value))
            or (label.kind == PERSON_KIND and _names_a_piece(value, label)))
        return cls(labels,
                   frozenset(value for value, label in items if label.kind not in _NAME_KINDS),
                   identifier_pieces,
                   frozenset(value for value in identifier_pieces if labels[value].kind == PERSON_KIND
                             and labels[value].detector not in (_IDENTIFIER_FORM_DETECTOR, _CODE_SPELLING_DETECTOR)),
                   frozenset(value for value, label in items if label.detector == _PROPER_NOUN_DETECTOR))


class _Search:
    """One request's propagation search: its labels, and automata built only when a text needs them."""

    def __init__(self, labels: dict[str, Span], table: ConversationLabels | None = None) -> None:
        self.labels = labels
        self._table = table
        self.values = frozenset(labels)
        held = table.classes if table is not None else None
        classes = _LabelClasses.of(labels, held)
        if table is not None and classes is not held:
            table.classes = classes  # one assignment (see ConversationLabels)
        self._in_identifiers = classes.in_identifiers
        self._identifier_pieces = classes.identifier_pieces
        self.name_pieces = classes.name_pieces
        self.proper_nouns = classes.proper_nouns
        self._all: _ValueFinder | None = None
        # Per value set of an earlier search (all history segments of the last
        # turn share one): the finder its texts need (see finder_since).
        self._since: dict[int, tuple[frozenset[str], _ValueFinder | None]] = {}

    def update(self, texts: Sequence[str], before: Sequence[_Searched | None]) -> list[_Searched]:
        """The candidates of every label in each of `texts`, reusing what earlier searches of them found.

        A text searched before for a subset of our values (the history, re-sent
        with a few more known values) is searched for the added values only. Each
        finder makes one pass over all the texts it must search, and only the
        texts where that pass matched are searched one by one (for the
        candidates and their edges): re-sent history costs one scan in C, not a
        call per old text.
        """
        found: list[_Searched | None] = [None] * len(texts)
        pending: dict[int, tuple[_ValueFinder, list[int]]] = {}
        for index, earlier in enumerate(before):
            finder = self.finder_since(earlier)
            if finder is None:
                found[index] = earlier  # searched for exactly our values already
            else:
                pending.setdefault(id(finder), (finder, []))[1].append(index)
        for finder, indices in pending.values():
            hits = finder.texts_with_matches([texts[index] for index in indices])
            for position, index in enumerate(indices):
                earlier = before[index] if finder is not self._all else None
                added = finder.candidates(texts[index]) if position in hits else ()
                if earlier is None:
                    found[index] = _Searched(self.values, tuple(added),
                                             tuple(dict.fromkeys(value for _, _, value in added)))
                elif not added:
                    found[index] = _Searched(self.values, earlier.candidates, earlier.matched)
                else:
                    found[index] = _Searched(self.values, earlier.candidates + tuple(added), tuple(dict.fromkeys(
                        [*earlier.matched, *(value for _, _, value in added)])))
        return found

    def finder_since(self, earlier: _Searched | None) -> _ValueFinder | None:
        """The finder for the values added since `earlier`'s search (None: nothing added), or for all values.

        Worked out once per distinct earlier value set: every text of the
        history re-sent since the last turn shares one.
        """
        if earlier is not None:
            seen = self._since.get(id(earlier.values))
            if seen is None or seen[0] is not earlier.values:
                if earlier.values == self.values:
                    finder = None
                elif earlier.values <= self.values:
                    finder = _ValueFinder(self.values - earlier.values, self._in_identifiers,
                                          self._identifier_pieces)
                else:
                    finder = self.all_values()
                seen = self._since[id(earlier.values)] = (earlier.values, finder)
            return seen[1]
        return self.all_values()

    @property
    def built_all_values(self) -> _ValueFinder | None:
        """The finder for all values if some text needed it already (None otherwise)."""
        return self._all

    def all_values(self) -> _ValueFinder | _JoinedFinder:
        """The finder for every value: the new texts of each request need it.

        A conversation's values grow by a few each turn; building the automaton
        of all of them every request made a turn's cost grow with the
        conversation. The conversation's table keeps the last full automaton;
        while the values added since are few, this request joins it with a
        small automaton of those (edges checked against this request's labels).
        """
        if self._all is None:
            held = self._table.finder if self._table is not None else None
            if held is not None and held[0] <= self.values and len(self.values) - len(held[0]) <= _JOIN_MAX_ADDED:
                base = held[1].with_edges(self._in_identifiers, self._identifier_pieces)
                added = self.values - held[0]
                self._all = _JoinedFinder((base, _ValueFinder(added, self._in_identifiers, self._identifier_pieces))
                                          ) if added else base
            else:
                self._all = _ValueFinder(self.values, self._in_identifiers, self._identifier_pieces)
                if self._table is not None:
                    self._table.finder = (self.values, self._all)  # one assignment (see ConversationLabels)
        return self._all


def _leftmost_longest(candidates: Iterable[tuple[int, int, str]],
                      labels: dict[str, Span]) -> list[tuple[int, int, str]]:
    """Non-overlapping matches among `candidates` ((start, -end, value)): leftmost wins, then longest."""
    found = []
    covered_until = -1
    for start, negative_end, value in sorted(candidates):
        if start >= covered_until and value in labels:
            found.append((start, -negative_end, value))
            covered_until = -negative_end
    return found


# At most this many values added since a conversation's held automaton are searched by a second,
# small automaton (see _Search.all_values); beyond, the whole automaton is rebuilt and held.
_JOIN_MAX_ADDED = 64
_PLUS_ONE = (1).__add__  # a text's length with the separator that joins it to the next
# Up to this many values, texts_with_matches finds them with an automaton of ahocorasick_rs built for
# the pass (see _ValueFinder). A person learned in a turn adds about 12 (the name, its parts, identifier
# forms and variants), which the history is searched for every turn. Measured over a 112 KB history (100
# turns of prose; and 120 KB of code, logs and .env lines), CPU ms of the pass: str.find per value is cheaper
# than pyahocorasick up to 14 values (12: 0.59 against 1.00 prose, 0.59 against 0.76 code), the automaton
# from 16. Round 25: ahocorasick_rs over 104 KB of prose, built and run each pass, against str.find (12
# values) and pyahocorasick's scan alone: 12 values 0.15 against 0.59 ms, 16 0.29 against 0.73, 32 0.38
# against 1.07, 64 0.56 against 1.07 (a new person adds up to 15, so 12 sent half the turns to pyahocorasick).
# As many as the values a joined finder adds (_JOIN_MAX_ADDED): its small part always takes this pass.
_FEW_VALUES_MAX = _JOIN_MAX_ADDED
_UNBUILT = object()  # an automaton of _ValueFinder not built yet (None: built, with no value to find)


class _ValueFinder:
    """Finds every occurrence of many known values in one pass (Aho-Corasick).

    A regex alternation of the values costs O(text x values), which made a
    request with thousands of findings take minutes; the automaton is linear in
    the text plus the matches. Word-ish edges: "Ann" does not match inside
    "Annual" (checked only where the value's edge is alphanumeric).
    """

    def __init__(self, values: Iterable[str], in_identifiers: frozenset[str] = frozenset(),
                 identifier_pieces: frozenset[str] = frozenset()) -> None:
        import ahocorasick

        self._in_identifiers = in_identifiers
        self._identifier_pieces = identifier_pieces
        values = list(values)
        # A few values (those learned since the history's last search) are found faster by an automaton of
        # ahocorasick_rs, one pass in C with no Python step per match found, than by stepping pyahocorasick's.
        self._few = values if len(values) <= _FEW_VALUES_MAX else None
        self._few_automata: list[Any] = [_UNBUILT, _UNBUILT]  # (for ASCII texts, for any text), built at first use
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for value in values:
            self._automaton.add_word(value, value)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def with_edges(self, in_identifiers: frozenset[str], identifier_pieces: frozenset[str]) -> _ValueFinder:
        """This finder's automaton with another request's edge rules (a value's label may have changed)."""
        if in_identifiers == self._in_identifiers and identifier_pieces == self._identifier_pieces:
            return self
        rebound = copy.copy(self)
        rebound._in_identifiers = in_identifiers
        rebound._identifier_pieces = identifier_pieces
        return rebound

    def texts_with_matches(self, texts: Sequence[str]) -> set[int]:
        """Indices of the `texts` some value occurs in (edges unchecked), in one pass over all of them.

        The texts are joined, so a match may also straddle two of them: that
        only costs a needless search of one text. After the first match in a
        text the pass resumes at the next text.
        """
        if self._empty or not texts:
            return set()
        # Where each text starts in the joined string (in C: a history has hundreds of texts).
        starts = list(itertools.accumulate(map(_PLUS_ONE, map(len, texts[:-1])), initial=0))
        joined = "\n".join(texts)
        hits: set[int] = set()
        if self._few is not None:
            found = self._texts_with_few(joined, starts)
            if found is not None:
                return found
            last_text = len(starts) - 1
            for value in self._few:  # a lone surrogate has no UTF-8 form: str.find, value by value
                position = joined.find(value)
                while position != -1:
                    index = bisect.bisect_right(starts, position) - 1
                    hits.add(index)
                    if index == last_text:
                        break
                    position = joined.find(value, starts[index + 1])
            return hits
        resume = 0
        while (match := next(self._automaton.iter(joined, resume), None)) is not None:
            last, value = match
            index = bisect.bisect_right(starts, last - len(value) + 1) - 1
            hits.add(index)
            if index + 1 == len(starts):
                break
            resume = starts[index + 1]
        return hits

    def _texts_with_few(self, joined: str, starts: list[int]) -> set[int] | None:
        """texts_with_matches for a few values: the text of every start of every occurrence, overlapping ones
        included, as str.find of each value finds them (None if the text or a value has no UTF-8 form)."""
        import ahocorasick_rs

        try:
            # As pyahocorasick, an empty value is no word: it occurs nowhere. Each automaton is built at its
            # first use (a history of ASCII text never needs the one for any text).
            if joined.isascii():  # its byte offsets are its str offsets; a value with other letters is not in it
                if self._few_automata[0] is _UNBUILT:
                    ascii_values = [value.encode("ascii") for value in self._few if value and value.isascii()]
                    self._few_automata[0] = ahocorasick_rs.BytesAhoCorasick(ascii_values) if ascii_values else None
                automaton, haystack = self._few_automata[0], joined.encode("ascii")
            else:
                if self._few_automata[1] is _UNBUILT:
                    values = [value for value in self._few if value]
                    self._few_automata[1] = ahocorasick_rs.AhoCorasick(values) if values else None
                automaton, haystack = self._few_automata[1], joined
            if automaton is None:
                return set()
            matches = automaton.find_matches_as_indexes(haystack, overlapping=True)
        except UnicodeEncodeError:
            return None
        # The text of each match's start (mapped in C: a common value can occur thousands of times).
        return {index - 1 for index in map(bisect.bisect_right, itertools.repeat(starts),
                                           map(operator.itemgetter(1), matches))}

    def candidates(self, text: str) -> list[tuple[int, int, str]]:
        """(start, -end, value) of every occurrence at word edges, overlapping ones included."""
        if self._empty:
            return []
        found = []
        for last, value in self._automaton.iter(text):
            start, end = last - len(value) + 1, last + 1
            if (at_identifier_piece_edges(text, start, end, value) if value in self._identifier_pieces
                    else _at_word_edges(text, start, end, value, value in self._in_identifiers)) \
                    and (value.isascii() or stands_alone_in_its_script(text, start, end)):
                found.append((start, -end, value))
        return found


def _by_end_then_longest(candidate: tuple[int, int, str]) -> tuple[int, int]:
    """Candidates are (start, -end, value): by end, the longest first (as the automaton yields them)."""
    return -candidate[1], candidate[0]


class _JoinedFinder:
    """Finders of disjoint value sets searched as one (see _Search.all_values)."""

    def __init__(self, finders: tuple[_ValueFinder, ...]) -> None:
        self._finders = finders

    def texts_with_matches(self, texts: Sequence[str]) -> set[int]:
        return set().union(*(finder.texts_with_matches(texts) for finder in self._finders))

    def candidates(self, text: str) -> list[tuple[int, int, str]]:
        # In the order one automaton of all the values yields them (a text's candidates are compared).
        return sorted((candidate for finder in self._finders for candidate in finder.candidates(text)),
                      key=_by_end_then_longest)


def _at_word_edges(text: str, start: int, end: int, value: str, in_identifiers: bool = False) -> bool:
    if value[0].isalnum() and start > 0 and _is_word_char(text[start - 1]):
        return False
    if value[-1].isalnum() and end < len(text) and _is_word_char(text[end]):
        return False
    if not in_identifiers and _WORDLIKE.match(value):
        # A name is a word of its own, never a piece of an identifier or a flag:
        # `max_results`, `--max-findings`, `opts.max`, `max.value`, `max-age`.
        before = text[start - 2:start] if start >= 2 else text[:start]
        after = text[end:end + 2]
        if before.endswith(("_", "-", "/")) or (before.endswith(".") and before[:1].isalnum()):
            return False
        if after.startswith("_") or (after[:1] in ("-", ".", "/") and after[1:2].isalnum()):
            return False
    return True


def _is_word_char(character: str) -> bool:
    return character.isascii() and character.isalnum()
