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
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from redactor.core import BlockedError, Decision, PipelineError, RequestContext, Stage, UnavailableError, Work
from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine, DetectionStats
from redactor.placeholder_syntax import CANONICAL_PATTERN
from redactor.policy import Policy
from redactor.restore import Restorer
from redactor.segments import Segment
from redactor.stages import build_stages
from redactor.vault.base import Vault, VaultError


@dataclass
class PipelineResult:
    segments: list[Segment]  # outgoing (cloud route) or original (local route)
    spans: list[list[Span]]
    decision: Decision
    restorer: Restorer | None = None  # for the reply (None when routed locally)

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

    def process(self, segments: Sequence[Segment], context: RequestContext) -> PipelineResult:
        """Run detection and every stage. Raises PipelineError (fail closed).

        The raised error carries the Decision so far as `.decision`, so refused
        requests are audited with what was found and why.
        """
        decision = Decision(request_id=context.request_id, conversation=context.conversation,
                            policy=self.policy.name, api=context.api, segments=len(segments))
        try:
            return self._process(segments, context, decision)
        except PipelineError as exc:
            exc.decision = decision
            if decision.route == "cloud" and isinstance(exc, BlockedError):
                decision.route = "blocked"
            decision.blocked_reason = decision.blocked_reason or str(exc)
            raise

    def _process(self, segments: Sequence[Segment], context: RequestContext,
                 decision: Decision) -> PipelineResult:
        started = time.perf_counter()
        try:
            issued = self.vault.mapping(context.conversation)
            decision.placeholders_known = len(issued)
            known = self._known_values(issued)
            stats = DetectionStats()
            spans = self.engine.detect(segments, known_values=known, issued=issued.keys(), stats=stats)
        except PipelineError:
            raise
        except VaultError as exc:
            raise UnavailableError(f"vault unavailable: {exc}") from None
        except Exception as exc:  # any detector bug: refuse rather than send unscanned text
            raise PipelineError(f"detection failed ({exc.__class__.__name__}); request not sent") from None
        decision.stage_ms["detect"] = (time.perf_counter() - started) * 1000
        decision.cache_hits = stats.cache_hits
        found: Counter[tuple[str, str]] = Counter(
            (span.kind, span.category) for segment_spans in spans for span in segment_spans)
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
        decision.stage_ms["total"] = (time.perf_counter() - started) * 1000
        outgoing = work.original if work.routed_locally else work.segments
        return PipelineResult(outgoing, spans, decision,
                              restorer=None if work.routed_locally else Restorer(work.mapping))

    def restorer(self, conversation: str) -> Restorer:
        try:
            return Restorer(self.vault.mapping(conversation))
        except VaultError as exc:
            raise UnavailableError(f"vault unavailable: {exc}") from None

    def _known_values(self, issued: dict[str, str]) -> dict[str, str]:
        if not self.policy.detection.propagate:
            return {}
        return {value: _placeholder_kind(placeholder) for placeholder, value in issued.items()}

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


@functools.lru_cache(maxsize=65536)
def _placeholder_kind(placeholder: str) -> str:
    """The kind a placeholder names ("[[EMAIL_3]]" -> "EMAIL"), or PROPAGATED. Memoised: every turn of a
    conversation lists all the placeholders it issued so far, so the cost would grow with the conversation."""
    match = CANONICAL_PATTERN.fullmatch(placeholder)
    return match.group("kind") if match else "PROPAGATED"
