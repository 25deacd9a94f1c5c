"""Which session a request belongs to, from what the client itself sends.

Placeholders are scoped to a conversation, so two sessions must never share
one: a reply in one session naming a placeholder of another would hand that
session's values out. Coding agents re-send the same boilerplate as the first
messages of every session (Codex's AGENTS.md and environment context, Aider's
examples), so a hash of the first message alone merges sessions. The session
identity is therefore taken from the first of these that the request carries:

1. the policy's conversation header (`x-redactor-conversation` by default):
   the client pins its conversation itself;
2. Responses `conversation` (a server-side conversation id);
3. Responses `previous_response_id` (the proxy remembers which conversation
   issued that response; see redactor.server.proxy);
4. an agent's session header: Claude Code's `x-claude-code-session-id`,
   Codex's `thread-id` / `session-id`;
5. the body's `prompt_cache_key` (Codex sets it to its thread id);
6. an SDK session field: Anthropic `metadata.user_id` when it is the JSON
   document Claude Code writes there, with a `session_id`;
7. otherwise the content: system prompt and the whole first user turn (every
   system and user message before the first assistant message), never only the
   first user message.

Every identity is keyed by the caller's principal by `Pipeline.conversation_id`,
so the same id sent with another API key is another conversation. Steps 1-3
are resolved by the proxy (they need the policy and the vault); this module
holds steps 4-6.
"""
from __future__ import annotations

import json
from typing import Mapping

# Agent session headers, most specific first: (header, what it is called in ids).
SESSION_HEADERS: tuple[tuple[str, str], ...] = (
    ("x-claude-code-session-id", "claude-code-session"),
    ("thread-id", "codex-thread"),
    ("session-id", "codex-session"),
)
# Longest session value taken as an identity; longer ones are not ids.
_MAX_SESSION_VALUE = 256


def agent_session(body: dict, headers: Mapping[str, str]) -> str | None:
    """The session an agent or SDK names in its headers or body (steps 4-6), or None."""
    for header, label in SESSION_HEADERS:
        value = headers.get(header)
        if value and len(value) <= _MAX_SESSION_VALUE:
            return f"{label}:{value}"
    cache_key = body.get("prompt_cache_key")
    if isinstance(cache_key, str) and cache_key and len(cache_key) <= _MAX_SESSION_VALUE:
        return f"prompt-cache-key:{cache_key}"
    metadata = body.get("metadata")
    user_id = metadata.get("user_id") if isinstance(metadata, dict) else None
    if isinstance(user_id, str) and user_id.startswith("{"):
        try:
            document = json.loads(user_id)
        except ValueError:
            document = None
        session = document.get("session_id") if isinstance(document, dict) else None
        if isinstance(session, str) and session and len(session) <= _MAX_SESSION_VALUE:
            return f"sdk-session:{session}"
    return None
