"""Stage A: decide whether a request may go to the cloud or must be served locally.

Reasons to go local, checked in order: the policy forces everything local; the
client asked (the routing header, or the routing tag such as `[redactor:local]`
in a system or user message); the conversation was served locally before
(sticky); a finding whose action is `local`, or whose kind or category the
routing section lists; the residual-risk score after redaction is above
`routing.max_residual_risk`.

A request that must go local but cannot be served there (the request does not
fit the local model's context, or the backend is missing or down) gets the
policy's declared fallback: `error` (default) raises UnavailableError and
nothing is sent; `redact-and-send` sends it to the cloud redacted, with the
findings that were meant to stay local redacted too. Never a silent cloud send.

The decision and its reason go into the Decision record; the proxy puts them
in the `x-redactor-route` and `x-redactor-route-reason` response headers.
"""
from __future__ import annotations

import math
from typing import Any, Sequence

from redactor.detect.base import Span
from redactor.core import LocalBackendError, UnavailableError, Work
from redactor.policy import Policy
from redactor.segments import Segment

_STICKY_NAMESPACE = "route-sticky"
# Where a routing tag counts: text the user or the system prompt wrote, not
# model output or tool results (a file the agent read must not steer routing).
_TAG_POSITIONS = ("system", "user")
# Kinds only statistical NER finds (its recall is well below the pattern detectors').
_NER_DETECTOR = "ner"


class RouteStage:
    name = "route"

    def __init__(self, policy: Policy, local_backend: Any = None) -> None:
        """`local_backend`: the backend the proxy serves local requests with (checked for
        availability); None opens the policy's own via `open_local_backend` when first needed."""
        self._routing = policy.routing
        self._policy = policy
        self._access = LocalAccess(policy, local_backend)

    def run(self, work: Work) -> None:
        reason = self._local_reason(work)
        if reason is None:
            work.decision.route, work.decision.route_reason = "cloud", "no local trigger"
            return
        route_locally_or_fall_back(work, reason, self._access, self.name)

    def _local_reason(self, work: Work) -> str | None:
        routing = self._routing
        if routing.always_local:
            return "policy routes every request locally"
        if (work.context.route_hint or "").strip().lower() == "local":
            return "client asked for local routing (header)"
        if routing.tag and has_routing_tag(work.original, routing.tag):
            return "client asked for local routing (tag)"
        if routing.sticky and work.vault.get_record(_STICKY_NAMESPACE, work.context.conversation):
            return "conversation was served locally before (sticky)"
        local_kinds = {kind.upper() for kind in routing.local_kinds}
        local_categories = set(routing.local_categories)
        triggers = sorted({
            span.kind for spans in work.spans for span in spans
            if span.kind in local_kinds or span.category in local_categories
            or self._policy.action_for(span.kind, span.category) == "local"
        })
        if triggers:
            return "found " + ", ".join(triggers) + " (must not leave the machine)"
        if routing.max_residual_risk is not None:
            risk = residual_risk(self._policy, work.original, work.spans)
            work.decision.notes.append(f"residual_risk={risk:.3f}")
            if risk > routing.max_residual_risk:
                return f"residual risk {risk:.2f} after redaction exceeds {routing.max_residual_risk:.2f}"
        return None


class LocalAccess:
    """The local backend a policy serves with, and whether a request can be served by it."""

    def __init__(self, policy: Policy, backend: Any = None) -> None:
        self._policy = policy
        self._backend = backend

    def backend(self) -> tuple[Any, str | None]:
        """(backend, None), or (None, why there is none)."""
        if self._backend is not None:
            return self._backend, None
        config = self._policy.routing.backend
        if config.type == "none":
            return None, "no local backend is configured (routing.backend.type is none)"
        from redactor.backends import open_local_backend

        try:
            self._backend = open_local_backend(config)
        except LocalBackendError as exc:
            return None, str(exc)  # not cached: the file or server may appear later
        return self._backend, None

    def problem(self, work: Work) -> str | None:
        """Why `work` cannot be served locally right now (too big, no backend, backend down), or None."""
        routing = self._policy.routing
        config = routing.backend
        if routing.respect_local_context:
            needed = estimated_prompt_tokens(work.original, work.context.estimated_tokens, routing.chars_per_token)
            room = config.context_tokens - min(config.max_output_tokens, 256)
            if needed > room:
                return (f"the request (about {needed} tokens) does not fit the local model's context "
                        f"({config.context_tokens} tokens)")
        backend, problem = self.backend()
        if backend is None:
            return problem
        check = getattr(backend, "unavailable_reason", None)
        return check() if check is not None else None


def route_locally_or_fall_back(work: Work, reason: str, access: LocalAccess, stage: str) -> None:
    """Route `work` locally for `reason`, or apply the policy's fallback when that cannot be done.

    `stage` is the calling stage's name: it tells whether the placeholder stage
    still runs after it (otherwise the fallback redacts right here).
    """
    problem = access.problem(work)
    if problem is None:
        route_locally(work, reason)
        return
    policy = work.policy
    if policy.routing.fallback != "redact-and-send":
        raise UnavailableError(
            f"request must be served locally ({reason}) but cannot be: {problem}; policy "
            f"'{policy.name}' falls back to an error, so nothing was sent")
    work.decision.route = "cloud"
    work.decision.route_reason = f"local unavailable ({problem}); fallback redact-and-send ({reason})"
    work.decision.notes.append("route fallback: redact-and-send")
    if "placeholders" in work.decision.stages:
        return  # already redacted
    # What was meant to stay local must at least not leave in clear text.
    work.policy = _redacting_local_findings(policy, work.spans)
    later = policy.stages[policy.stages.index(stage) + 1:] if stage in policy.stages else []
    if "placeholders" not in later:
        from redactor.stages.placeholders import PlaceholderStage

        PlaceholderStage().run(work)
        work.decision.stages.append("placeholders")


def route_locally(work: Work, reason: str) -> None:
    """Mark the request as served locally (and the conversation sticky, if the policy says so)."""
    work.decision.route, work.decision.route_reason = "local", reason
    if work.policy.routing.sticky:
        work.vault.put_record(_STICKY_NAMESPACE, work.context.conversation, b"1",
                              ttl_seconds=work.policy.vault.ttl_seconds)


def has_routing_tag(segments: Sequence[Segment], tag: str) -> bool:
    wanted = tag.casefold()
    return any(segment.position in _TAG_POSITIONS and wanted in segment.text.casefold() for segment in segments)


def estimated_prompt_tokens(segments: Sequence[Segment], estimate: int | None, chars_per_token: float) -> int:
    """A deliberately high estimate of the prompt's tokens (code and JSON take ~3 characters a token)."""
    characters = sum(len(segment.text) for segment in segments)
    return max(estimate or 0, math.ceil(characters / chars_per_token) + 8 * len(segments))


def residual_risk(policy: Policy, segments: Sequence[Segment], spans: Sequence[Sequence[Span]]) -> float:
    """Chance (0..1) that something identifying still reaches the cloud after redaction.

    Each residual signal is an independent chance p of a leak, combined as
    1 - prod(1 - p):
    - a finding the policy lets through unredacted (action `allow`):
      p = detector score x routing.residual_weights[category] (0.5 if unlisted);
    - a name found only by statistical NER (then redacted) in prose:
      p = routing.ner_miss_rate, the chance that a neighbouring name in the
      same text was missed. Many names mean a high chance some slipped through.
    Findings routed locally or blocked do not count (they never leave).
    """
    routing = policy.routing
    survival = 1.0
    for segment, segment_spans in zip(segments, spans):
        for span in segment_spans:
            action = policy.action_for(span.kind, span.category)
            if action == "allow":
                chance = span.score * routing.residual_weights.get(span.category, 0.5)
            elif action == "redact" and span.detector == _NER_DETECTOR and segment.kind == "prose":
                chance = routing.ner_miss_rate
            else:
                continue
            survival *= 1.0 - min(max(chance, 0.0), 1.0)
    return 1.0 - survival


def _redacting_local_findings(policy: Policy, spans: Sequence[Sequence[Span]]) -> Policy:
    routing = policy.routing
    local_kinds = {kind.upper() for kind in routing.local_kinds}
    local_categories = set(routing.local_categories)
    overrides = dict(policy.kind_actions)
    for segment_spans in spans:
        for span in segment_spans:
            action = policy.action_for(span.kind, span.category)
            if action == "local" or (action == "allow" and (span.kind in local_kinds
                                                            or span.category in local_categories)):
                overrides[span.kind] = "redact"
    return policy.model_copy(update={"kind_actions": overrides})
