"""Keeps what clients send out of the access log: query strings and unknown path segments.

uvicorn's access log prints the full request target, and both parts can carry
a credential or personal data: a query string (`?key=...`) and a path segment
(`/v1/files/<secret>`, `/v1/models/<anything>`). The filter rewrites each
access record: the query string becomes `?…`; a path is logged as is only when
it is one of the app's fixed endpoint paths, a longer path under one of them
keeps that prefix and ends in `/…`, and any other path is logged as `/…`. The
log still says which endpoint was called, and nothing a client chose.
"""
from __future__ import annotations

import logging
from typing import Iterable

ACCESS_LOGGER = "uvicorn.access"
ELIDED = "…"


class AccessPathFilter(logging.Filter):
    def __init__(self, known_paths: Iterable[str]) -> None:
        super().__init__()
        self._known = frozenset(path.rstrip("/") or "/" for path in known_paths)
        # Longest first: /v1/models/… rather than /v1/….
        self._prefixes = sorted(self._known, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn's record args: (client address, method, full path, HTTP version, status).
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], self.loggable(args[2]), *args[3:])
        return True

    def loggable(self, target: str) -> str:
        """The form of a request target that may be logged."""
        path, question, _ = target.partition("?")
        suffix = "?" + ELIDED if question else ""
        if path in self._known:
            return path + suffix
        for prefix in self._prefixes:
            if prefix != "/" and path.startswith(prefix + "/"):
                return f"{prefix}/{ELIDED}{suffix}"
        return f"/{ELIDED}{suffix}"


def install_access_log_filter(known_paths: Iterable[str]) -> None:
    """Filter uvicorn's access log so only `known_paths` (and prefixes of them) are written out."""
    logger = logging.getLogger(ACCESS_LOGGER)
    for existing in [f for f in logger.filters if isinstance(f, AccessPathFilter)]:
        logger.removeFilter(existing)
    logger.addFilter(AccessPathFilter(known_paths))
