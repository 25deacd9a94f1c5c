"""The HTTP proxy: FastAPI app, auth, limits, metrics and the `serve` command.

`create_app` is imported lazily so that loading the command line (which
imports `redactor.server.cli`) does not pull in FastAPI and httpx.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from redactor.server.app import create_app

        return create_app
    raise AttributeError(name)
