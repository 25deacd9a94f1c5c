"""The Pipeline every caller runs: proxy, MCP server, CLI and leak benchmark.

detect -> stages from the policy (route A, placeholders B, rephrase C, noise H).
A request is a list of Segments plus a RequestContext; the result is the
outgoing segments and a Decision record (what was found, what ran, where it
goes, what it cost). Any stage error fails closed: `PipelineError` is raised and
nothing is sent.
"""
from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine, DetectionStats
from redactor.placeholder_syntax import CANONICAL_PATTERN
from redactor.policy import Policy
from redactor.restore import Restorer
from redactor.segments import Segment
from redactor.vault.base import Vault, VaultError


class PipelineError(RuntimeError):
    """A stage failed; the request must not be forwarded. Message is safe to show."""

    status = 500
    code = "redactor_stage_failed"
    decision: "Decision | None" = None  # set by Pipeline.process


class BlockedError(PipelineError):
    """The policy forbids sending this request (e.g. a `block` category was found)."""

    status = 403
    code = "redactor_blocked"


class UnavailableError(PipelineError):
    """A required component (vault, local model) is unavailable; fail closed."""

    status = 503
    code = "redactor_unavailable"


@dataclass
class RequestContext:
    """Per-request facts from the caller."""

    conversation: str
    principal: str | None = None
    # "local" / "cloud" if the client asked for a route (policy may override "cloud").
    route_hint: str | None = None
    api: str = "text"  # openai_chat, openai_responses, anthropic, embeddings, mcp, cli, bench
    # Tokens the serving local model could hold; None when unknown.
    estimated_tokens: int | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])


@dataclass
class Decision:
    """What happened to one request. Contains no sensitive value, ever."""

    request_id: str
    conversation: str  # already a keyed hash, never raw text
    policy: str
    api: str
    detections: dict[str, int] = field(default_factory=dict)  # kind -> count
    categories: dict[str, int] = field(default_factory=dict)  # category -> count
    stages: list[str] = field(default_factory=list)
    route: str = "cloud"  # "cloud", "local", "blocked"
    route_reason: str = "default"
    blocked_reason: str | None = None
    placeholders_issued: int = 0
    epsilon_spent: float = 0.0
    rephrase: str | None = None  # "accepted", "rejected: ...", None
    stage_ms: dict[str, float] = field(default_factory=dict)
    cache_hits: int = 0
    segments: int = 0
    notes: list[str] = field(default_factory=list)

    def to_event(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "conversation": self.conversation,
            "policy": self.policy,
            "api": self.api,
            "detections": dict(self.detections),
            "categories": dict(self.categories),
            "stages": list(self.stages),
            "route": self.route,
            "route_reason": self.route_reason,
            "blocked_reason": self.blocked_reason,
            "placeholders_issued": self.placeholders_issued,
            "epsilon_spent": round(self.epsilon_spent, 6),
            "rephrase": self.rephrase,
            "stage_ms": {name: round(ms, 3) for name, ms in self.stage_ms.items()},
            "cache_hits": self.cache_hits,
            "segments": self.segments,
            "notes": list(self.notes),
        }


@dataclass
class Work:
    """The mutable state stages share while processing one request."""

    policy: Policy
    context: RequestContext
    original: list[Segment]
    segments: list[Segment]  # what will leave; stages rewrite these
    spans: list[list[Span]]  # per segment, offsets into `original` texts
    decision: Decision
    vault: Vault
    # Every placeholder the reply to this request may name (issued before it,
    # plus those stages assign now) -> its value: the reply's restorer needs
    # no second vault read.
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def routed_locally(self) -> bool:
        return self.decision.route == "local"


class Stage(Protocol):
    name: str

    def run(self, work: Work) -> None: ...


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

        Stateless chat APIs re-send the whole history each turn, so the
        conversation is identified by what never changes between its turns: the
        principal, the system prompt and the first user message (`anchors`). A
        client can name its conversation explicitly instead (header), which is
        better when two conversations start with identical text. Keyed with a
        secret derived from the vault key, so ids cannot be brute-forced back to
        prompt text, and replicas sharing the vault derive the same ids.
        """
        message = hashlib.sha256()
        if explicit:
            message.update(b"explicit\0" + explicit.encode("utf-8", "surrogatepass"))
        else:
            message.update(b"derived\0" + (principal or "").encode("utf-8", "surrogatepass"))
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
        kinds: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        for segment_spans in spans:
            for span in segment_spans:
                kinds[span.kind] += 1
                categories[span.category] += 1
        decision.detections = dict(kinds)
        decision.categories = dict(categories)
        decision.stages.append("detect")
        work = Work(self.policy, context, list(segments), list(segments), spans, decision, self.vault,
                    mapping=dict(issued))
        self._apply_blocks(work)
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
        known = {}
        for placeholder, value in issued.items():
            match = CANONICAL_PATTERN.fullmatch(placeholder)
            known[value] = match.group("kind") if match else "PROPAGATED"
        return known

    def _apply_blocks(self, work: Work) -> None:
        blocked = sorted({span.kind for spans in work.spans for span in spans
                          if self.policy.action_for(span.kind, span.category) == "block"})
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


def build_stages(policy: Policy, engine: DetectionEngine | None = None, local_backend: Any = None) -> list[Stage]:
    """Instantiate the policy's stage chain, in the policy's order.

    `engine` lets the rephrase stage validate rewrites with the pipeline's own
    detectors; `local_backend` is the model the proxy serves local requests
    with (None: the stages open the policy's `routing.backend`, shared per
    process by `redactor.backends.local.open_local_backend`).
    """
    stages: list[Stage] = []
    for name in policy.stages:
        if name == "placeholders":
            from redactor.stages.placeholders import PlaceholderStage

            stages.append(PlaceholderStage())
        elif name == "route":
            from redactor.stages.route import RouteStage

            stages.append(RouteStage(policy, local_backend=local_backend))
        elif name == "rephrase":
            from redactor.stages.rephrase import RephraseStage

            stages.append(RephraseStage(policy, local_backend=local_backend, engine=engine))
        elif name == "noise":
            from redactor.stages.noise import NoiseStage

            stages.append(NoiseStage(policy))
    return stages
