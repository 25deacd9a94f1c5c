"""Prometheus metrics for the proxy. Labels hold API names, statuses, routes,
stage names, detector kinds and error reasons: never a value or any text."""
from __future__ import annotations

import re

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from redactor.core import Decision

CONTENT_TYPE = CONTENT_TYPE_LATEST

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
                    30.0, 60.0, 120.0)
_SAFE_LABEL = re.compile(r"[^A-Za-z0-9_]")


class ProxyMetrics:
    """The proxy's metrics, in a registry of their own (one per app)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("redactor_requests", "Requests handled, by API, HTTP status and route.",
                                ["api", "status", "route"], registry=self.registry)
        self.detections = Counter("redactor_detections", "Sensitive spans found, by detector kind.",
                                  ["kind"], registry=self.registry)
        self.stage_seconds = Histogram("redactor_stage_seconds", "Pipeline stage latency.", ["stage"],
                                       buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.upstream_seconds = Histogram("redactor_upstream_seconds",
                                          "Upstream latency until response headers.", ["api"],
                                          buckets=_LATENCY_BUCKETS, registry=self.registry)
        self.upstream_errors = Counter("redactor_upstream_errors",
                                       "Upstream failures: transport errors and error statuses.",
                                       ["api", "reason"], registry=self.registry)
        self.placeholders = Counter("redactor_placeholders_issued", "Placeholders issued by requests.",
                                    ["api"], registry=self.registry)

    def observe_decision(self, api: str, decision: Decision) -> None:
        for kind, count in decision.detections.items():
            self.detections.labels(kind=_label(kind)).inc(count)
        for stage, milliseconds in decision.stage_ms.items():
            self.stage_seconds.labels(stage=_label(stage)).observe(milliseconds / 1000)
        if decision.placeholders_issued:
            self.placeholders.labels(api=api).inc(decision.placeholders_issued)

    def count_request(self, api: str, status: int, route: str | None) -> None:
        self.requests.labels(api=api, status=str(status), route=route or "none").inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


def _label(value: str) -> str:
    return _SAFE_LABEL.sub("_", value)[:64] or "unknown"
