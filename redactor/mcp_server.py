"""MCP server: scrub, restore, detect, chat and audit_text tools over the Pipeline the proxy runs.

Run it with `redactor mcp --policy P` (stdio) or `--http PORT` (streamable
HTTP on a loopback address). Conversations are ids this server issues: bounded
in number and time (`McpSessions`) and recorded in the pipeline's vault next to
the placeholder mappings, so a restart with a persistent vault keeps them.

Tool results are read by the calling agent and often forwarded to its cloud
model, so no tool result, error or log line ever carries a raw value except
`restore`'s output and `chat`'s restored reply, which are the point.
"""
import inspect
import ipaddress
import os
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Literal, Optional

import anyio
import typer

from redactor.cli_options import (PortInUse, announce, ensure_port_free, package_version, public_url,
                                  service_option, vault_kind, version_option)
from redactor.masking import mask_value
from redactor.core import PipelineError, RequestContext
from redactor.pipeline import Pipeline
from redactor.segments import Segment

# Kept in the vault so sessions survive a restart with a persistent vault.
SESSION_NAMESPACE = "mcp-session"
DEFAULT_MAX_SESSIONS = 1000
DEFAULT_SESSION_TTL_SECONDS = 24 * 3600
DEFAULT_UPSTREAM = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
_SEGMENT_KINDS = ("prose", "code", "json_value", "tool_result")
SegmentKind = Literal["prose", "code", "json_value", "tool_result"]
_CHAT_ROLES = ("system", "developer", "user", "assistant")


class ToolFailure(Exception):
    """A tool failure whose message is safe to show the caller (no values)."""


class McpSessions:
    """Conversation ids issued by this server: at most `max_sessions`, each expiring after `ttl_seconds` idle.

    The public id is a random token; the pipeline conversation is the keyed
    hash the pipeline derives from it, so the vault never stores the token.
    """

    def __init__(self, pipeline: Pipeline, max_sessions: int = DEFAULT_MAX_SESSIONS,
                 ttl_seconds: int = DEFAULT_SESSION_TTL_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        if max_sessions < 1 or ttl_seconds < 1:
            raise ValueError("max_sessions and ttl_seconds must be positive")
        self._pipeline = pipeline
        self._max = max_sessions
        self._ttl = ttl_seconds
        self._clock = clock
        self._last_used: OrderedDict[str, float] = OrderedDict()  # public id -> last use, oldest first
        self._lock = threading.Lock()

    def create(self) -> str:
        public_id = "mcp-" + secrets.token_urlsafe(18)
        with self._lock:
            self._touch(public_id)
        return public_id

    def resolve(self, public_id: str) -> str:
        """The pipeline conversation for a live session; ToolFailure if unknown or expired."""
        if not isinstance(public_id, str) or not public_id.startswith("mcp-") or len(public_id) > 64:
            raise ToolFailure("unknown conversation id (use the id scrub or chat returned)")
        with self._lock:
            now = self._clock()
            last = self._last_used.get(public_id)
            if last is not None and now - last > self._ttl:
                self._forget(public_id)
                raise ToolFailure("conversation expired; start a new one by omitting 'conversation'")
            if last is None and not self._pipeline.vault.get_record(SESSION_NAMESPACE, self.conversation(public_id)):
                raise ToolFailure("unknown or expired conversation; start a new one by omitting 'conversation'")
            self._touch(public_id)
        return self.conversation(public_id)

    def conversation(self, public_id: str) -> str:
        return self._pipeline.conversation_id([], explicit=f"mcp:{public_id}")

    def __len__(self) -> int:
        return len(self._last_used)

    def _touch(self, public_id: str) -> None:
        now = self._clock()
        self._last_used[public_id] = now
        self._last_used.move_to_end(public_id)
        self._pipeline.vault.put_record(SESSION_NAMESPACE, self.conversation(public_id), b"1",
                                        ttl_seconds=self._ttl)
        while self._last_used:
            oldest, used = next(iter(self._last_used.items()))
            if len(self._last_used) > self._max or now - used > self._ttl:
                self._forget(oldest)
            else:
                break

    def _forget(self, public_id: str) -> None:
        self._last_used.pop(public_id, None)
        # The Vault protocol has no delete: an empty record is a tombstone until it expires.
        self._pipeline.vault.put_record(SESSION_NAMESPACE, self.conversation(public_id), b"", ttl_seconds=self._ttl)


def session_ttl(pipeline: Pipeline) -> int:
    """A session lives no longer than the vault keeps its placeholders (and at most a day)."""
    vault_ttl = pipeline.policy.vault.ttl_seconds
    return min(vault_ttl, DEFAULT_SESSION_TTL_SECONDS) if vault_ttl else DEFAULT_SESSION_TTL_SECONDS


@dataclass
class ChatUpstream:
    """Where `chat` sends scrubbed requests: an OpenAI-compatible chat-completions endpoint."""

    base_url: str = DEFAULT_UPSTREAM
    api_key: str | None = None
    model: str = DEFAULT_MODEL
    timeout_seconds: float = 120.0

    @property
    def completions_url(self) -> str:
        base = self.base_url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"


class RedactorTools:
    """The tool implementations, independent of the MCP transport (easy to test and reuse)."""

    def __init__(self, pipeline: Pipeline, upstream: ChatUpstream | None = None,
                 sessions: McpSessions | None = None) -> None:
        self.pipeline = pipeline
        self.policy = pipeline.policy
        self.upstream = upstream or ChatUpstream()
        self.sessions = sessions or McpSessions(pipeline, ttl_seconds=session_ttl(pipeline))
        # Detectors (spaCy) and stores are not guaranteed thread-safe; tools run on worker threads.
        self._lock = threading.Lock()

    def scrub(self, text: str, conversation: str | None = None, kind: str = "prose") -> dict[str, Any]:
        _check_kind(kind)
        public_id = conversation or self.sessions.create()
        key = self.sessions.resolve(public_id)
        segment = Segment(text, role="user", kind=kind, position="user")
        result = self._process([segment], key)
        if result.route == "local":
            raise ToolFailure(f"policy '{self.policy.name}' keeps this text on this machine "
                              f"({result.decision.route_reason}); it cannot be scrubbed for sending")
        return {"text": result.segments[0].text, "conversation": public_id,
                "placeholders_issued": result.decision.placeholders_issued,
                "detections": dict(result.decision.detections)}

    def restore(self, conversation: str, text: str) -> dict[str, Any]:
        key = self.sessions.resolve(conversation)
        try:
            restored, count = self.pipeline.restorer(key).restore(text)
        except PipelineError as exc:
            raise ToolFailure(str(exc)) from None
        return {"text": restored, "restored": count}

    def detect(self, text: str, kind: str = "prose") -> dict[str, Any]:
        _check_kind(kind)
        with self._lock:
            spans = self.pipeline.engine.detect([Segment(text, kind=kind)])[0]
        findings = [self._finding(text, span) for span in spans if span.category != "placeholder"]
        return {"findings": findings, "count": len(findings)}

    def audit_text(self, text: str, kind: str = "prose") -> dict[str, Any]:
        """Would this text leave the machine under the policy, and as what?"""
        from redactor.audit_scan.findings import SEVERITIES, severity_for
        from redactor.vault.memory import MemoryVault

        _check_kind(kind)
        # A throw-away vault: an audit must not create placeholders in real conversations.
        trial = Pipeline(self.policy, MemoryVault(), engine=self.pipeline.engine)
        with self._lock:
            spans = self.pipeline.engine.detect([Segment(text, kind=kind)])[0]
        findings = [self._finding(text, span) for span in spans if span.category != "placeholder"]
        by_severity: dict[str, list[dict[str, Any]]] = {severity: [] for severity in reversed(SEVERITIES)}
        for finding in findings:
            finding["severity"] = severity_for(finding["kind"], finding["category"])
            by_severity[finding["severity"]].append(finding)
        unprotected = [finding for finding in findings if finding["action"] == "allow"]
        would_send: str | None = None
        try:
            with self._lock:
                result = trial.process([Segment(text, role="user", kind=kind, position="user")],
                                       RequestContext(conversation="audit", api="mcp"))
        except PipelineError as exc:
            verdict, reason = ("blocked" if exc.status == 403 else "refused"), str(exc)
        else:
            reason = result.decision.route_reason
            if result.route == "local":
                verdict = "stays_local"
            else:
                would_send = result.segments[0].text
                verdict = ("sent_with_unprotected_findings" if unprotected
                           else "sent_redacted" if findings else "sent_clean")
        return {"verdict": verdict, "leaves_machine": would_send is not None, "reason": reason,
                "would_send": would_send, "findings_by_severity": by_severity,
                "counts": {severity: len(items) for severity, items in by_severity.items()},
                "unprotected": unprotected, "policy": self.policy.name}

    async def chat(self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None,
                   system: str | None = None, conversation: str | None = None, model: str | None = None,
                   max_tokens: int | None = None, temperature: float | None = None) -> dict[str, Any]:
        chat_messages = _chat_messages(prompt, messages, system)
        public_id = conversation or self.sessions.create()
        key = self.sessions.resolve(public_id)
        # Detection and the vault are blocking: off the event loop.
        result = await anyio.to_thread.run_sync(self._process, _chat_segments(chat_messages), key)
        options = {name: value for name, value in (("max_tokens", max_tokens), ("temperature", temperature))
                   if value is not None}
        if result.route == "local":
            # The local model is trusted: it gets the original text, and its reply needs no restoring.
            restored, used_model = await self._local_chat(chat_messages, options)
            count = 0
        else:
            outgoing = [{"role": message["role"], "content": segment.text}
                        for message, segment in zip(chat_messages, result.segments)]
            used_model = model or self.upstream.model
            reply = await _post_chat(self.upstream, used_model, outgoing, options)
            restored, count = result.restorer.restore(reply)
        return {"reply": restored, "conversation": public_id, "route": result.route,
                "route_reason": result.decision.route_reason, "model": used_model,
                "placeholders_issued": result.decision.placeholders_issued, "restored": count}

    async def _local_chat(self, messages: list[dict[str, str]], options: dict[str, Any]) -> tuple[str, str]:
        # The same backend the proxy and the routing stage use (one loaded model per process).
        from redactor.backends import open_local_backend

        try:
            backend = open_local_backend(self.policy.routing.backend)
            if backend is None:
                raise ToolFailure(f"policy '{self.policy.name}' routes this request locally but no local "
                                  "backend is configured (routing.backend); nothing was sent")
            answer = await backend.chat(messages, **options)
        except PipelineError as exc:  # LocalBackendError and friends carry safe messages
            raise ToolFailure(str(exc)) from None
        return answer.text, backend.model_name

    def _process(self, segments: list[Segment], conversation: str):
        try:
            with self._lock:
                return self.pipeline.process(segments, RequestContext(conversation=conversation, api="mcp"))
        except PipelineError as exc:
            raise ToolFailure(str(exc)) from None

    def _finding(self, text: str, span) -> dict[str, Any]:
        return {"kind": span.kind, "category": span.category, "start": span.start, "end": span.end,
                "score": round(span.score, 3), "masked": mask_value(text[span.start:span.end]),
                "action": self.policy.action_for(span.kind, span.category)}


def build_server(tools: RedactorTools):
    """An MCPServer exposing `tools`; every failure reaches the client as one clear line."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError
    from pydantic import ValidationError

    class _RedactorMCPServer(MCPServer):
        async def call_tool(self, name, arguments, context=None):
            try:
                return await super().call_tool(name, arguments, context)
            except ToolError as exc:
                cause = exc.__cause__
                if isinstance(cause, ValidationError):
                    # pydantic's text quotes the rejected input, which may be sensitive.
                    problems = "; ".join(
                        f"{'.'.join(str(part) for part in error['loc']) or 'arguments'}: {error['msg']}"
                        for error in cause.errors(include_input=False, include_url=False))
                    raise ToolError(f"invalid arguments for {name}: {problems}") from None
                raise

    server = _RedactorMCPServer(
        "redactor",
        version=package_version(),
        instructions=(f"Privacy tools for policy '{tools.policy.name}': scrub text before sending it anywhere, "
                      "restore placeholders in replies, detect sensitive values (masked), audit text, "
                      "or chat through the policy."),
        log_level="WARNING",
    )

    def tool(function: Callable[..., Any]) -> Callable[..., Any]:
        if inspect.iscoroutinefunction(function):
            async def run(*args: Any, **kwargs: Any) -> dict[str, Any]:
                try:
                    return await function(*args, **kwargs)
                except Exception as exc:
                    raise _tool_error(exc) from None
        else:
            def run(*args: Any, **kwargs: Any) -> dict[str, Any]:
                try:
                    return function(*args, **kwargs)
                except Exception as exc:
                    raise _tool_error(exc) from None
        run.__name__ = function.__name__
        run.__doc__ = function.__doc__
        run.__signature__ = inspect.signature(function)  # type: ignore[attr-defined]
        server.add_tool(run, name=function.__name__, description=function.__doc__)
        return run

    def _tool_error(exc: Exception) -> ToolError:
        from redactor.vault.base import VaultError

        if isinstance(exc, ToolFailure):
            return ToolError(str(exc))
        if isinstance(exc, VaultError):  # vault messages never hold values
            return ToolError(f"vault unavailable: {exc}; nothing was sent")
        # Never a traceback, never a value: the exception type is enough.
        return ToolError(f"internal error ({type(exc).__name__}); nothing was sent")

    @tool
    def scrub(text: str, conversation: Optional[str] = None, kind: SegmentKind = "prose") -> dict[str, Any]:
        """Replace secrets, personal data and internal identifiers in `text` with placeholders like
        [[EMAIL_1]] so it is safe to send. Returns the scrubbed text and a conversation id (a new one
        when none is given); pass the id to `restore` to put the values back in a reply, and to later
        `scrub` calls so the same value keeps the same placeholder. `kind`: prose, code, json_value
        or tool_result."""
        return tools.scrub(text, conversation, kind)

    @tool
    def restore(conversation: str, text: str) -> dict[str, Any]:
        """Put the original values back for the placeholders this conversation issued. Returns the
        restored text and how many placeholders were restored. Can be called any number of times."""
        return tools.restore(conversation, text)

    @tool
    def detect(text: str, kind: SegmentKind = "prose") -> dict[str, Any]:
        """List what the policy's detectors find in `text`: kind, category, offsets, score, the policy's
        action, and a masked preview (never the value)."""
        return tools.detect(text, kind)

    @tool
    def audit_text(text: str, kind: SegmentKind = "prose") -> dict[str, Any]:
        """Would `text` leave this machine under the policy? Returns a verdict (sent_clean,
        sent_redacted, sent_with_unprotected_findings, stays_local, blocked), masked findings grouped
        by severity, and exactly what would be sent."""
        return tools.audit_text(text, kind)

    @tool
    async def chat(prompt: Optional[str] = None, messages: Optional[list[dict[str, Any]]] = None,
             system: Optional[str] = None, conversation: Optional[str] = None, model: Optional[str] = None,
             max_tokens: Optional[int] = None, temperature: Optional[float] = None) -> dict[str, Any]:
        """Ask a model through the policy: the prompt (or OpenAI-style `messages` with string content)
        is scrubbed, sent to the configured cloud endpoint or a local model as the policy's routing
        decides, and the reply comes back with the original values restored."""
        return await tools.chat(prompt, messages, system, conversation, model, max_tokens, temperature)

    return server


def mcp_command(
    policy: str = service_option("default", "--policy", "-p", help="Policy name or YAML file."),
    http: Optional[int] = service_option(None, "--http", metavar="PORT",
                                         help="Serve streamable HTTP on this port instead of stdio."),
    host: str = service_option("127.0.0.1", "--host", help="Loopback address for --http."),
    vault: Optional[str] = service_option(None, "--vault", help="Vault URL (memory://, sqlite:///FILE, redis://...)."),
    upstream_openai: str = service_option(
        DEFAULT_UPSTREAM, "--upstream-openai", metavar="URL",
        help="OpenAI-compatible base URL for the chat tool. The key comes from OPENAI_API_KEY."),
    model: str = service_option(DEFAULT_MODEL, "--model", help="Model for the chat tool."),
    max_sessions: int = service_option(DEFAULT_MAX_SESSIONS, "--max-sessions", help="Conversations kept at most."),
    version: bool = version_option(),
) -> None:
    """Serve the redactor tools over MCP (stdio, or streamable HTTP with --http)."""
    from redactor.extras import check_policy_extras
    from redactor.policy import PolicyError, load_policy
    from redactor.runtime import build_pipeline
    from redactor.vault.base import VaultError

    if http is not None and not 0 < http < 65536:
        _fail("--http must be a port number between 1 and 65535")
    if http is not None and not _is_loopback(host):
        _fail(f"--host {host} is not a loopback address; the MCP server has no authentication")
    if max_sessions < 1:
        _fail("--max-sessions must be at least 1")
    if http is not None:
        try:
            ensure_port_free(host, http, "--http")
        except PortInUse as exc:
            _fail(str(exc))
    try:
        loaded = load_policy(policy)
        check_policy_extras(loaded)
        pipeline = build_pipeline(loaded, vault_url=vault)
    except PolicyError as exc:
        _fail(str(exc))
    except VaultError as exc:
        _fail(f"vault: {exc}")
    # Models load now, not on the first tool call (which would wait seconds for NER).
    pipeline.engine.warm_up()
    upstream = ChatUpstream(base_url=upstream_openai, api_key=os.environ.get("OPENAI_API_KEY") or None, model=model)
    sessions = McpSessions(pipeline, max_sessions=max_sessions, ttl_seconds=session_ttl(pipeline))
    tools = RedactorTools(pipeline, upstream, sessions)
    server = build_server(tools)
    announce("mcp", policy=f"{pipeline.policy.name} ({pipeline.policy.source})",
             upstream=f"openai {public_url(upstream_openai)}", model=model,
             vault=vault_kind(vault or os.environ.get("REDACTOR_VAULT_URL") or pipeline.policy.vault.url),
             transport="stdio" if http is None else f"streamable HTTP on http://{host}:{http}/mcp")
    try:
        if http is None:
            server.run("stdio")
        else:
            server.run("streamable-http", host=host, port=http)
    except KeyboardInterrupt:
        pass
    finally:
        pipeline.vault.close()


def _check_kind(kind: str) -> None:
    if kind not in _SEGMENT_KINDS:
        raise ToolFailure(f"kind must be one of {', '.join(_SEGMENT_KINDS)}")


def _chat_messages(prompt: str | None, messages: list[dict[str, Any]] | None,
                   system: str | None) -> list[dict[str, str]]:
    if (prompt is None) == (messages is None):
        raise ToolFailure("give either 'prompt' or 'messages'")
    collected: list[dict[str, str]] = []
    if system is not None:
        collected.append({"role": "system", "content": system})
    if prompt is not None:
        collected.append({"role": "user", "content": prompt})
    for index, message in enumerate(messages or []):
        if not isinstance(message, dict) or message.get("role") not in _CHAT_ROLES \
                or not isinstance(message.get("content"), str):
            raise ToolFailure(f"messages[{index}] must be {{role: system|developer|user|assistant, "
                              "content: string}")
        collected.append({"role": message["role"], "content": message["content"]})
    if not any(message["role"] == "user" for message in collected):
        raise ToolFailure("the conversation needs at least one user message")
    return collected


def _chat_segments(messages: list[dict[str, str]]) -> list[Segment]:
    # The last user message is the new turn; earlier user/assistant text is history.
    last_user = max(index for index, message in enumerate(messages) if message["role"] == "user")
    segments = []
    for index, message in enumerate(messages):
        role = message["role"]
        if role in ("system", "developer"):
            position = "system"
        elif index == last_user:
            position = "user"
        else:
            position = "history"
        segments.append(Segment(message["content"], role=role, kind="prose", path=("messages", index, "content"),
                                position=position))
    return segments


async def _post_chat(upstream: ChatUpstream, model: str, messages: list[dict[str, str]],
                     options: dict[str, Any]) -> str:
    import httpx

    headers = {"content-type": "application/json"}
    if upstream.api_key:
        headers["authorization"] = f"Bearer {upstream.api_key}"
    try:
        async with httpx.AsyncClient(timeout=upstream.timeout_seconds) as client:
            response = await client.post(upstream.completions_url, headers=headers,
                                         json={"model": model, "messages": messages, **options})
    except httpx.HTTPError as exc:
        raise ToolFailure(f"upstream unreachable ({type(exc).__name__}); the scrubbed request was not answered") \
            from None
    if response.status_code >= 400:
        raise ToolFailure(f"upstream answered HTTP {response.status_code}{_error_type(response)}")
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ToolFailure("upstream sent a reply that is not an OpenAI chat completion") from None
    if not isinstance(content, str):
        raise ToolFailure("upstream sent a reply without text content")
    return content


def _error_type(response) -> str:
    # Only the error type/code: the message may quote the (scrubbed) request back.
    try:
        error = response.json().get("error") or {}
    except ValueError:
        return ""
    label = error.get("type") or error.get("code") if isinstance(error, dict) else None
    return f" ({label})" if isinstance(label, str) and len(label) < 80 else ""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _fail(message: str) -> None:
    typer.echo(f"redactor mcp: {message}", err=True)
    # SystemExit, not typer.Exit: click drops Exit's code under standalone_mode=False.
    raise SystemExit(2)


if __name__ == "__main__":
    typer.run(mcp_command)
