"""Access to the proxy itself, and who is asking (the principal).

With a token configured, a request must carry it in one of three places:
- `x-redactor-token: <token>`: the client's own Authorization / x-api-key
  header is then its upstream key and is forwarded;
- `Authorization: Bearer <token>` or `x-api-key: <token>`: for tools that can
  only set an API key (Codex, Aider, Claude Code). That header is consumed by
  the proxy and never forwarded; the upstream key comes from the environment
  (OPENAI_API_KEY / ANTHROPIC_API_KEY).
Tokens are compared with `hmac.compare_digest`. Once a request is
authenticated, every header whose value contains the token (whatever its
name, and however many carry it) is consumed: none of them is forwarded
upstream or taken as the client's upstream key. The principal (privacy-budget
and conversation scope) is a hash of the client's upstream API key; the raw
key is never stored or logged.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Collection, Mapping

from redactor.server.errors import ProxyError

TOKEN_HEADER = "x-redactor-token"


@dataclass(frozen=True)
class AuthResult:
    # Lower-case names of the headers that carried the proxy token: never forwarded.
    consumed_headers: frozenset[str] = frozenset()


class ProxyAuth:
    def __init__(self, token: str | None) -> None:
        self._token_text = token or None
        self._token = token.encode() if token else None

    @property
    def enabled(self) -> bool:
        return self._token is not None

    def check(self, headers: Mapping[str, str]) -> AuthResult:
        if self._token is None:
            return AuthResult()
        authorization = headers.get("authorization") or ""
        if (self._matches(headers.get(TOKEN_HEADER))
                or (authorization[:7].lower() == "bearer " and self._matches(authorization[7:].strip()))
                or self._matches(headers.get("x-api-key"))):
            return AuthResult(self._carriers(headers))
        raise ProxyError(401, "redactor_unauthorized",
                         "missing or wrong redactor proxy token (send it as x-redactor-token, "
                         "or as the API key)")

    def _carriers(self, headers: Mapping[str, str]) -> frozenset[str]:
        # Only after the token matched: the client knows it, so a plain substring search is fine.
        items = headers.multi_items() if hasattr(headers, "multi_items") else headers.items()
        return frozenset(name.lower() for name, value in items if self._token_text in value)

    def _matches(self, candidate: str | None) -> bool:
        if not candidate:
            return False
        return hmac.compare_digest(candidate.encode("utf-8", "surrogateescape"), self._token)


def principal_of(headers: Mapping[str, str], consumed_headers: Collection[str] | None = None) -> str | None:
    """A stable, non-reversible id of the client's upstream API key, or None if it sent none."""
    for name in ("x-api-key", "authorization"):
        if consumed_headers and name in consumed_headers:
            continue
        value = headers.get(name)
        if value:
            key = value[7:].strip() if value[:7].lower() == "bearer " else value.strip()
            if key:
                return "key:" + hashlib.sha256(b"redactor principal\0" + key.encode("utf-8", "surrogateescape")
                                               ).hexdigest()[:32]
    return None
