"""The Pipeline every caller runs: proxy, MCP server, CLI and leak benchmark.

detect -> stages from the policy (route A, placeholders B, rephrase C, noise H).
A request is a list of Segments plus a RequestContext; the result is the
outgoing segments and a Decision record (what was found, what ran, where it
goes, what it cost). Any stage error fails closed: `PipelineError` is raised and
nothing is sent. The records (RequestContext, Decision, Work) and the errors
live in `redactor.core`; the stage chain is built by `redactor.stages`.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import itertools
import operator
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from redactor.core import BlockedError, Decision, PipelineError, RequestContext, Stage, UnavailableError, Work
from redactor.detect.base import Span
from redactor.detect.engine import (ConversationLabels, DetectionEngine, DetectionStats, SettledText,
                                    SettledTextChanged)
from redactor.placeholder_syntax import CANONICAL_PATTERN
from redactor.policy import Policy
from redactor.restore import Restorer
from redactor.segments import Segment
from redactor.stages import build_stages
from redactor.vault.base import Vault, VaultError


@dataclass(frozen=True)
class SettledSegments:
    """Segments an earlier request of the conversation redacted, which a caller kept redacted and does
    not send through the pipeline again (redactor.server.history_memo; see `Pipeline.settle`).

    They still count: what their texts add to propagation, their findings in
    the Decision, their placeholders (which must still be the vault's), and
    each text is re-checked against the values learned since it was settled.
    """

    texts: tuple[SettledText, ...]
    placeholders: dict[str, str]  # placeholder -> value, of those their outgoing form names
    found: tuple[tuple[str, str], ...]  # (kind, category) of each of their spans


@dataclass
class PipelineResult:
    segments: list[Segment]  # outgoing (cloud route) or original (local route)
    spans: list[list[Span]]
    decision: Decision
    restorer: Restorer | None = None  # for the reply (None when routed locally)
    # Per segment, what settling it needs (None: it cannot be settled; see `Pipeline.settle`).
    settlements: list[SettledText | None] | None = None
    _values_to_placeholders: dict[str, str] | None = None

    @property
    def route(self) -> str:
        return self.decision.route


class Pipeline:
    """Detection plus the policy's stage chain, bound to one vault."""

    def __init__(self, policy: Policy, vault: Vault, engine: DetectionEngine | None = None,
                 stages: Sequence[Stage] | None = None, conversation_key: bytes = b"redactor",
                 local_backend: Any = None) -> None:
        self.policy = policy
        self.vault = vault
        self.engine = engine if engine is not None else DetectionEngine.from_policy(policy)
        self.stages = (list(stages) if stages is not None
                       else build_stages(policy, engine=self.engine, local_backend=local_backend))
        self._conversation_key = conversation_key
        # Per conversation, the propagation labels of its history, extended turn by turn
        # (see ConversationLabels); least recently used first, bounded like the vault's conversations.
        self._conversation_labels: OrderedDict[str, ConversationLabels] = OrderedDict()
        self._conversation_labels_lock = threading.Lock()

    def conversation_id(self, anchors: Sequence[str], principal: str | None = None,
                        explicit: str | None = None) -> str:
        """A stable id for a conversation, as a keyed hash (safe to log).

        Stateless chat APIs re-send the whole history each turn, so without an
        explicit id the conversation is identified by what never changes
        between its turns: the system prompt and the first user turn
        (`anchors`). An explicit id (the client's header, an agent's session
        id; see redactor.wire.session for the order) is better when two
        conversations start with identical text. Either way the principal is
        part of the id: the same explicit id sent with another API key is
        another conversation, so nobody can restore another key's values by
        naming its conversation. Keyed with a secret derived from the vault
        key, so ids cannot be brute-forced back to prompt text, and replicas
        sharing the vault derive the same ids.
        """
        message = hashlib.sha256()
        owner = (principal or "").encode("utf-8", "surrogatepass")
        if explicit:
            message.update(b"explicit\0" + owner + b"\0" + explicit.encode("utf-8", "surrogatepass"))
        else:
            message.update(b"derived\0" + owner)
            for anchor in anchors:
                message.update(b"\0" + anchor.encode("utf-8", "surrogatepass"))
        return hmac.new(self._conversation_key, message.digest(), hashlib.sha256).hexdigest()[:32]

    @property
    def settles(self) -> bool:
        """Whether segments of this policy's requests can be settled (see SettledSegments).

        Only when the outgoing text of a segment depends on nothing but its
        text, the conversation's labels and its placeholders: stages that
        rewrite (rephrase, noise) or decide from the findings of the whole
        request (routing by kind, category or residual risk) rule it out.
        """
        policy = self.policy
        routing = policy.routing
        names = {getattr(stage, "name", None) for stage in self.stages}
        return ("placeholders" in names and names <= {"route", "placeholders"}
                and not routing.local_kinds and not routing.local_categories
                and routing.max_residual_risk is None
                and "local" not in policy.actions.values() and "local" not in policy.kind_actions.values())

    def process(self, segments: Sequence[Segment], context: RequestContext,
                settled: Sequence[SettledSegments] = ()) -> PipelineResult:
        """Run detection and every stage. Raises PipelineError (fail closed).

        The raised error carries the Decision so far as `.decision`, so refused
        requests are audited with what was found and why. `settled` segments
        (only if `settles`) are not processed again; if one of them would now be
        redacted differently, SettledTextChanged is raised and the caller must
        send the whole request through the full path.
        """
        if settled and not self.settles:
            raise ValueError("this policy's segments cannot be settled")
        decision = Decision(request_id=context.request_id, conversation=context.conversation,
                            policy=self.policy.name, api=context.api,
                            segments=len(segments) + sum(map(len, map(_TEXTS_OF, settled))))
        try:
            return self._process(segments, context, decision, settled)
        except PipelineError as exc:
            exc.decision = decision
            if decision.route == "cloud" and isinstance(exc, BlockedError):
                decision.route = "blocked"
            decision.blocked_reason = decision.blocked_reason or str(exc)
            raise

    def _process(self, segments: Sequence[Segment], context: RequestContext,
                 decision: Decision, settled: Sequence[SettledSegments]) -> PipelineResult:
        started = time.perf_counter()
        try:
            issued = self.vault.mapping(context.conversation)
            decision.placeholders_known = len(issued)
            # Merged in C, later groups winning as `update` would: one group per re-sent message.
            settled_placeholders = dict(itertools.chain.from_iterable(
                map(dict.items, map(_PLACEHOLDERS_OF, settled))))
            # Their outgoing form names these placeholders: they must still mean the same values.
            if not settled_placeholders.items() <= issued.items():
                raise SettledTextChanged()
            known = self._known_values(issued)
            stats = DetectionStats(cache_hits=decision.segments - len(segments))
            spans, settlements = self.engine.detect_settling(
                segments, known_values=known, issued=issued.keys(), stats=stats,
                settled=list(itertools.chain.from_iterable(map(_TEXTS_OF, settled))),
                conversation_labels=self._labels_of(context.conversation))
        except (PipelineError, SettledTextChanged):
            raise
        except VaultError as exc:
            raise UnavailableError(f"vault unavailable: {exc}") from None
        except Exception as exc:  # any detector bug: refuse rather than send unscanned text
            raise PipelineError(f"detection failed ({exc.__class__.__name__}); request not sent") from None
        decision.stage_ms["detect"] = (time.perf_counter() - started) * 1000
        decision.cache_hits = stats.cache_hits
        found: Counter[tuple[str, str]] = Counter(
            (span.kind, span.category) for segment_spans in spans for span in segment_spans)
        found.update(itertools.chain.from_iterable(map(_FOUND_IN, settled)))
        kinds: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        for (kind, category), count in found.items():
            kinds[kind] += count
            categories[category] += count
        decision.detections = dict(kinds)
        decision.categories = dict(categories)
        decision.stages.append("detect")
        work = Work(self.policy, context, list(segments), list(segments), spans, decision, self.vault,
                    mapping=dict(issued))
        self._apply_blocks(work, found)
        for stage in self.stages:
            if work.routed_locally:
                break  # the local model is trusted: it gets the original text
            stage_started = time.perf_counter()
            try:
                stage.run(work)
            except PipelineError:
                raise
            except VaultError as exc:
                raise UnavailableError(f"vault unavailable during {stage.name}: {exc}") from None
            except Exception as exc:
                raise PipelineError(
                    f"stage '{stage.name}' failed ({exc.__class__.__name__}); request not sent") from None
            decision.stage_ms[stage.name] = (time.perf_counter() - stage_started) * 1000
            decision.stages.append(stage.name)
        if not work.routed_locally and "placeholders" not in decision.stages:
            self._refuse_unhandled(work)
        if settled and not work.routed_locally:
            # As if they had been redacted again: the values they hold count as this request's.
            decision.placeholders_issued = len(
                set(self._redacted_values([segment.text for segment in work.original], spans))
                | set(settled_placeholders.values()))
        decision.stage_ms["total"] = (time.perf_counter() - started) * 1000
        outgoing = work.original if work.routed_locally else work.segments
        return PipelineResult(outgoing, spans, decision,
                              restorer=None if work.routed_locally else Restorer(work.mapping),
                              settlements=settlements)

    def settle(self, result: PipelineResult, indices: Sequence[int]) -> SettledSegments | None:
        """What a later request of the conversation needs to skip segments `indices` of `result` (their
        outgoing form kept by the caller), or None if one of them cannot be settled."""
        if (not self.settles or result.restorer is None or result.settlements is None
                or result.decision.route != "cloud" or result.decision.route_reason not in _NO_ROUTE_TRIGGER):
            return None
        texts = []
        for index in indices:
            settlement = result.settlements[index]
            if settlement is None:
                return None
            texts.append(settlement)
        if result._values_to_placeholders is None:
            result._values_to_placeholders = {value: placeholder
                                              for placeholder, value in result.restorer.mapping.items()}
        by_value = result._values_to_placeholders
        values = self._redacted_values([text.text for text in texts], [result.spans[index] for index in indices])
        placeholders = {}
        for value in values:
            placeholder = by_value.get(value)
            if placeholder is None:
                return None
            placeholders[placeholder] = value
        found = tuple((span.kind, span.category) for index in indices for span in result.spans[index])
        return SettledSegments(tuple(texts), placeholders, found)

    def _redacted_values(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> dict[str, None]:
        """The values the placeholder stage replaces in `texts`, in order (as PlaceholderStage decides)."""
        action_for = self.policy.action_for
        return dict.fromkeys(text[span.start:span.end]
                             for text, text_spans in zip(texts, spans) for span in text_spans
                             if action_for(span.kind, span.category) in ("redact", "local"))

    def _labels_of(self, conversation: str) -> ConversationLabels:
        """The conversation's label table (a new one if none is held; evicting the least recently used)."""
        with self._conversation_labels_lock:
            table = self._conversation_labels.get(conversation)
            if table is None:
                table = self._conversation_labels[conversation] = ConversationLabels()
                if len(self._conversation_labels) > _MAX_LABEL_TABLES:
                    self._conversation_labels.popitem(last=False)
            else:
                self._conversation_labels.move_to_end(conversation)
            return table

    def restorer(self, conversation: str) -> Restorer:
        try:
            return Restorer(self.vault.mapping(conversation))
        except VaultError as exc:
            raise UnavailableError(f"vault unavailable: {exc}") from None

    def _known_values(self, issued: dict[str, str]) -> dict[str, str]:
        if not self.policy.detection.propagate:
            return {}
        # Every placeholder the conversation issued, every turn: mapped in C (the kinds are memoised).
        return dict(zip(issued.values(), map(_placeholder_kind, issued.keys())))

    def _apply_blocks(self, work: Work, found: Iterable[tuple[str, str]]) -> None:
        # `found`: the distinct (kind, category) pairs of the spans, so the policy is asked once per pair.
        blocked = sorted({kind for kind, category in found if self.policy.action_for(kind, category) == "block"})
        if blocked:
            work.decision.route = "blocked"
            work.decision.blocked_reason = "policy blocks " + ", ".join(blocked)
            raise BlockedError(f"request blocked by policy '{self.policy.name}': "
                               f"found {', '.join(blocked)}")

    def _refuse_unhandled(self, work: Work) -> None:
        # A policy without a placeholder stage must not silently send what it found.
        pending = sorted({span.kind for spans in work.spans for span in spans
                          if self.policy.action_for(span.kind, span.category) in ("redact", "local")})
        if pending:
            raise BlockedError(f"policy '{self.policy.name}' has no placeholder stage but found "
                               f"{', '.join(pending)}; request not sent")


# Per request, these run over every settled message of the history: map in C, no Python call per message.
_TEXTS_OF = operator.attrgetter("texts")
_FOUND_IN = operator.attrgetter("found")
_PLACEHOLDERS_OF = operator.attrgetter("placeholders")

# Conversations whose label tables are kept (a table holds its history's label sources and two
# dictionaries of their values, not the texts; an evicted conversation's next request rebuilds it).
_MAX_LABEL_TABLES = 4096

# Route reasons of a request whose routing did not depend on its findings (see Pipeline.settle):
# the route stage's own, and no route stage at all.
_NO_ROUTE_TRIGGER = frozenset({"no local trigger", "default"})


@functools.lru_cache(maxsize=65536)
def _placeholder_kind(placeholder: str) -> str:
    """The kind a placeholder names ("[[EMAIL_3]]" -> "EMAIL"), or PROPAGATED. Memoised: every turn of a
    conversation lists all the placeholders it issued so far, so the cost would grow with the conversation."""
    match = CANONICAL_PATTERN.fullmatch(placeholder)
    return match.group("kind") if match else "PROPAGATED"
