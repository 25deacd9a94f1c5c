"""Health and readiness: what `/healthz` reports and when `/readyz` says 503.

`/healthz` is for people and monitoring: the policy, the vault (its kind and
whether it answers a read right now, never its location) and the models the
policy needs (NER; the local backend when routing can use it), each with a
one-line problem when there is one. It answers 200 while the process runs,
with `status` "ok" or "degraded".

`/readyz` is for load balancers: 503 when a request would fail on this
replica now, i.e. the vault does not take a write and give it back (every
request may need to store a placeholder), or the
policy sends every request to a local backend that cannot serve. A balancer
then routes to another replica instead of sending traffic into 503s. A local
backend that only some requests need makes the replica degraded, not unready.
Messages never carry a request value or a vault secret.

Probes run in a thread and are given `PROBE_TIMEOUT_SECONDS`: a vault stuck on
a lock or an unreachable Redis makes the report say so at once instead of
freezing the endpoint (it is also the liveness check). At most one probe runs
at a time; one that never returns is reported as pending, never piled up.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import anyio

from redactor.pipeline import Pipeline
from redactor.vault.base import VaultError

# Every request writes to the vault (new placeholders), so the probe writes and
# reads back one small record: a write lock, a full disk or a wrong key shows.
_PROBE_NAMESPACE = "health"
_PROBE_KEY = "readiness-probe"
_PROBE_TTL_SECONDS = 300
PROBE_TIMEOUT_SECONDS = 0.5
# An absolute file path in an error message (not the /0 of redis://host:6379/0).
_FILE_PATH = re.compile(r"(?<![\w:/])/[^\s,;()'\"]+")


@dataclass
class HealthReport:
    ready: bool
    status: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "ready": self.ready, **self.details}


class HealthMonitor:
    """Produces HealthReports for /healthz and /readyz without ever blocking them for long."""

    def __init__(self, pipeline: Pipeline, local_backend: Callable[[], Any | None],
                 models_loaded: Callable[[], bool], timeout: float = PROBE_TIMEOUT_SECONDS) -> None:
        self._pipeline = pipeline
        self._local_backend = local_backend
        self._models_loaded = models_loaded
        self._timeout = timeout
        self._probing = threading.Event()

    async def report(self) -> HealthReport:
        if self._probing.is_set():
            return self._unanswered("the previous probe has not returned yet")
        self._probing.set()
        result: list[HealthReport] = []

        def probe() -> None:
            try:
                result.append(check_health(self._pipeline, self._local_backend(), self._models_loaded()))
            finally:
                self._probing.clear()

        with anyio.move_on_after(self._timeout):
            await anyio.to_thread.run_sync(probe, abandon_on_cancel=True)
        return result[0] if result else self._unanswered(f"no answer within {self._timeout:g} s")

    def _unanswered(self, problem: str) -> HealthReport:
        # The vault is what blocks in practice (a lock, an unreachable Redis): report it as down.
        policy = self._pipeline.policy
        vault = {"kind": _vault_kind(self._pipeline.vault), "ok": False, "problem": problem}
        return HealthReport(ready=False, status="degraded", details={"policy": policy.name, "vault": vault})


def check_health(pipeline: Pipeline, local_backend: Any | None, models_loaded: bool) -> HealthReport:
    """Probe the vault and the models the policy needs (blocking: HealthMonitor runs it in a thread)."""
    policy = pipeline.policy
    vault = _vault_status(pipeline.vault)
    models: dict[str, Any] = {}
    if policy.detection.ner.enabled:
        models["ner"] = {"model": policy.detection.ner.model, "loaded": models_loaded}
    routing = policy.routing
    local_needed = routing.always_local or bool(routing.local_categories or routing.local_kinds
                                                or routing.max_residual_risk is not None)
    local_problem = None
    if local_needed or routing.backend.type != "none":
        local_problem = _local_problem(routing.backend.type, local_backend)
        models["local"] = {"type": routing.backend.type, "required_by_every_request": routing.always_local,
                           "ok": local_problem is None, **({"problem": local_problem} if local_problem else {})}
    every_request_fails = (not vault["ok"] or not models_loaded
                           or (routing.always_local and routing.fallback == "error" and local_problem is not None))
    degraded = every_request_fails or local_problem is not None
    return HealthReport(ready=not every_request_fails, status="degraded" if degraded else "ok",
                        details={"policy": policy.name, "vault": vault, "models": models})


def _vault_kind(vault: Any) -> str:
    name = type(vault).__name__
    return {"MemoryVault": "memory", "SqliteVault": "sqlite", "RedisVault": "redis"}.get(name, name)


def _vault_status(vault: Any) -> dict[str, Any]:
    kind = _vault_kind(vault)
    try:
        vault.put_record(_PROBE_NAMESPACE, _PROBE_KEY, b"ok", ttl_seconds=_PROBE_TTL_SECONDS)
        if vault.get_record(_PROBE_NAMESPACE, _PROBE_KEY) != b"ok":
            return {"kind": kind, "ok": False, "problem": "the vault did not return what was written"}
    except VaultError as exc:
        # Unauthenticated endpoints: the cause, not where the vault lives on disk.
        return {"kind": kind, "ok": False, "problem": _FILE_PATH.sub("<path>", str(exc))}
    except Exception as exc:  # a store bug must read as unready, not as a crashed health check
        return {"kind": kind, "ok": False, "problem": exc.__class__.__name__}
    return {"kind": kind, "ok": True}


def _local_problem(backend_type: str, local_backend: Any | None) -> str | None:
    if backend_type == "none":
        return "the policy routes requests locally but configures no local backend"
    if local_backend is None:
        return None  # built on first use (a configured backend that is not loaded yet)
    reason = getattr(local_backend, "unavailable_reason", None)
    try:
        return reason() if callable(reason) else None
    except Exception as exc:
        return f"local backend check failed ({exc.__class__.__name__})"
