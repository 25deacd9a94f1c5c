"""Audit log: one JSON line per request, built from the Decision record.

An event says what was found (kinds and counts), which stages ran, where the
request went, how it ended (status, error code) and how long it took. It never
holds prompt text or a sensitive value: the Decision record is built to be
safe, and everything added here is a code, a number or a flag.
"""
from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from redactor.core import Decision


class AuditLog:
    """Appends JSON lines to a file; safe to share between threads."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        # Line-buffered append: every event reaches the file as a whole line.
        self._file = open(self.path, "a", encoding="utf-8", buffering=1)
        try:
            os.chmod(self.path, 0o600)
        except OSError:
            pass

    def write(self, event: dict[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
        with self._lock:
            self._file.write(line + "\n")

    def close(self) -> None:
        with self._lock:
            self._file.close()


def request_event(*, request_id: str, api: str, stream: bool, status: int,
                  decision: Decision | None = None, error_code: str | None = None,
                  upstream_ms: float | None = None, total_ms: float | None = None,
                  backend: str | None = None) -> dict[str, Any]:
    """The audit event for one request; `decision` is None when it failed before the pipeline."""
    event: dict[str, Any] = decision.to_event() if decision is not None else {
        "request_id": request_id, "api": api, "route": None, "conversation": None}
    event.update({
        "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        "request_id": request_id,
        "api": api,
        "stream": stream,
        "status": status,
        "error": error_code,
        "backend": backend,
        "upstream_ms": None if upstream_ms is None else round(upstream_ms, 3),
        "total_ms": None if total_ms is None else round(total_ms, 3),
    })
    return event
