"""Stage A: decide whether a request may go to the cloud or must be served locally.

Reasons, checked in order: the policy forces everything local; the client asked
for local (header or tag); the conversation was served locally before (sticky);
a finding whose action is `local` (or whose category/kind the routing section
lists). The decision and its reason go into the Decision record; the proxy puts
it in a response header.
"""
from __future__ import annotations

from redactor.pipeline import Work
from redactor.policy import Policy

_STICKY_NAMESPACE = "route-sticky"


class RouteStage:
    name = "route"

    def __init__(self, policy: Policy) -> None:
        self._routing = policy.routing
        self._policy = policy

    def run(self, work: Work) -> None:
        reason = self._local_reason(work)
        if reason is None:
            work.decision.route, work.decision.route_reason = "cloud", "no local trigger"
            return
        work.decision.route, work.decision.route_reason = "local", reason
        if self._routing.sticky:
            work.vault.put_record(_STICKY_NAMESPACE, work.context.conversation, b"1",
                                  ttl_seconds=self._policy.vault.ttl_seconds)

    def _local_reason(self, work: Work) -> str | None:
        routing = self._routing
        if routing.always_local:
            return "policy routes every request locally"
        if (work.context.route_hint or "").lower() == "local":
            return "client asked for local routing"
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
        return None
