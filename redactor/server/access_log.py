"""Keeps query strings out of the access log.

uvicorn's access log prints the full request path, and a query string can carry
a credential (`?key=...`). The filter rewrites each access record to the path
alone, so the log says which endpoint was called and nothing a client sent.
"""
from __future__ import annotations

import logging

ACCESS_LOGGER = "uvicorn.access"


class QueryStringFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn's record args: (client address, method, full path, HTTP version, status).
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0] + "?…", *args[3:])
        return True


def install_access_log_filter() -> None:
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(existing, QueryStringFilter) for existing in logger.filters):
        logger.addFilter(QueryStringFilter())
