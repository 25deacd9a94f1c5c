"""Access to the proxy itself, and who is asking (the principal).

With a token configured, a request must carry it in one of three places:
- `x-redactor-token: <token>`: the client's own Authorization / x-api-key
  header is then its upstream key and is forwarded;
- `Authorization: Bearer <token>` or `x-api-key: <token>`: for tools that can
  only set an API key (Codex, Aider, Claude Code). That header is consumed by
  the proxy and never forwarded; the upstream key comes from the environment
  (OPENAI_API_KEY / ANTHROPIC_API_KEY).
Tokens are compared with `hmac.compare_digest`. The principal (privacy-budget
and conversation scope) is a hash of the client's upstream API key; the raw
key is never stored or logged.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Mapping

from redactor.server.errors import ProxyError

TOKEN_HEADER = "x-redactor-token"


@dataclass(frozen=True)
class AuthResult:
    # Header that carried the proxy token in place of an API key: never forwarded.
    consumed_header: str | None = None


class ProxyAuth:
    def __init__(self, token: str | None) -> None:
        self._token = token.encode() if token else None

    @property
    def enabled(self) -> bool:
        return self._token is not None

    def check(self, headers: Mapping[str, str]) -> AuthResult:
        if self._token is None:
            return AuthResult()
        if self._matches(headers.get(TOKEN_HEADER)):
            return AuthResult()
        authorization = headers.get("authorization") or ""
        if authorization[:7].lower() == "bearer " and self._matches(authorization[7:].strip()):
            return AuthResult("authorization")
        if self._matches(headers.get("x-api-key")):
            return AuthResult("x-api-key")
        raise ProxyError(401, "redactor_unauthorized",
                         "missing or wrong redactor proxy token (send it as x-redactor-token, "
                         "or as the API key)")

    def _matches(self, candidate: str | None) -> bool:
        if not candidate:
            return False
        return hmac.compare_digest(candidate.encode("utf-8", "surrogateescape"), self._token)


def principal_of(headers: Mapping[str, str], consumed_header: str | None) -> str | None:
    """A stable, non-reversible id of the client's upstream API key, or None if it sent none."""
    for name in ("x-api-key", "authorization"):
        if name == consumed_header:
            continue
        value = headers.get(name)
        if value:
            key = value[7:].strip() if value[:7].lower() == "bearer " else value.strip()
            if key:
                return "key:" + hashlib.sha256(b"redactor principal\0" + key.encode("utf-8", "surrogateescape")
                                               ).hexdigest()[:32]
    return None
