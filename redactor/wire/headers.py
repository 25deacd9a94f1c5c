"""Request headers and URLs: what of them is scanned before a request leaves.

Agents put metadata in headers that the proxy forwards: Codex's
`x-codex-turn-metadata` carries the workspace path (which holds user names,
e-mail addresses, customer names) and the latest commit, `originator` and
`user-agent` name the client. Deny by default here too: every forwarded header
value is scanned, in the same pipeline pass as the body (so a value gets the
same placeholder in both), except the headers named below, which are
credentials the provider needs intact, protocol switches or ids.

A policy can drop agent metadata instead (`agent_metadata: drop`): the headers
and top-level body fields named in AGENT_METADATA_HEADERS / AGENT_METADATA_FIELDS.

A query string or a path segment cannot hold a placeholder the provider would
understand, so a finding there blocks the request (`url_findings`).
"""
from __future__ import annotations

from typing import Iterable
from urllib.parse import unquote_plus

from redactor.segments import Segment

# Path step that marks a header segment: (HEADER_PATH, header name).
HEADER_PATH = "<header>"

# Forwarded as they are: credentials (their keys are the client's own business
# with its provider), HTTP protocol, API versions and betas, SDK platform facts,
# and the ids agents and SDKs send (session, thread, request ids).
SAFE_HEADERS = frozenset({
    "authorization", "x-api-key", "content-type", "content-length", "accept", "accept-encoding",
    "host", "connection", "anthropic-version", "anthropic-beta", "anthropic-dangerous-direct-browser-access",
    "openai-organization", "openai-project", "openai-beta", "idempotency-key", "x-client-request-id",
    "x-request-id", "session-id", "thread-id", "x-claude-code-session-id", "x-codex-window-id",
})
SAFE_HEADER_PREFIXES = ("x-stainless-",)

# Agent metadata a policy can drop (`agent_metadata: drop`): telemetry about the
# agent's workspace that the provider does not need to answer.
AGENT_METADATA_HEADERS = frozenset({"x-codex-turn-metadata"})
AGENT_METADATA_FIELDS = frozenset({"client_metadata"})


def header_segments(headers: Iterable[tuple[str, str]]) -> list[Segment]:
    """One `code` segment per forwarded header value that is not in SAFE_HEADERS."""
    segments = []
    for name, value in headers:
        lower = name.lower()
        if not value or lower in SAFE_HEADERS or lower.startswith(SAFE_HEADER_PREFIXES):
            continue
        segments.append(Segment(value, "user", "code", (HEADER_PATH, lower), None, "metadata"))
    return segments


def url_segments(path: str, query: str) -> list[Segment]:
    """The request path and query string, percent-decoded, as `code` segments to scan."""
    return [Segment(unquote_plus(text), "user", "code", ("<url>",), None, "metadata")
            for text in (path, query) if text]
