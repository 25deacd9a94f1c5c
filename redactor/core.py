"""The core records every layer shares: a request's context, its Decision, the Work stages
share, the Stage protocol, the error classes, and the provider families.

This module is the bottom of the import graph: `pipeline`, `stages`, `backends`,
`wire` and `server` import it, and it imports nothing from redactor at run time
(type names for annotations only, from leaf modules that import nothing from
redactor themselves; tests/test_import_graph.py checks both).

Errors: every failure that must stop a request is a `PipelineError` (or a
subclass) carrying an HTTP status and a stable code. Its message is safe to
show and to log: it names kinds, keys and reasons, never a value.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from redactor.detect.base import Span
    from redactor.policy import Policy
    from redactor.segments import Segment
    from redactor.vault.base import Vault

# Provider API families: which base URL, credentials and error format apply.
OPENAI = "openai"
ANTHROPIC = "anthropic"


# -- errors ----------------------------------------------------------------------------------


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


class LocalBackendError(UnavailableError):
    """The local model cannot serve: missing or corrupt file, server down, busy, too small.

    Raised at start-up (with the path or URL and the reason) and per request.
    The message never contains request text.
    """

    code = "local_backend_unavailable"


class LocalRequestError(PipelineError):
    """The client's body cannot be served by a local model (e.g. unknown previous response)."""

    status = 400
    code = "invalid_request_for_local_model"


# -- one request -----------------------------------------------------------------------------


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
    # Placeholders the conversation held in the vault before this request (0 for
    # a new conversation, or one whose mappings expired: see redactor.server.proxy).
    placeholders_known: int = 0
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
    """One step of the policy's chain (redactor.stages); raises PipelineError to stop the request."""

    name: str

    def run(self, work: Work) -> None: ...
