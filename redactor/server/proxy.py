"""One proxied request, start to end: check, redact, forward, restore, audit.

Order of events for a request: proxy token -> body limit -> JSON -> URL scan (a
finding in the path or query blocks) -> segments (wire module, deny by default)
plus the forwarded header values (redactor.wire.headers) -> binary-part policy
-> conversation id (redactor.wire.session) -> Pipeline.process (on
the event loop for small regex-only requests, else in a worker thread; see
`_inline_prepare_bytes`) -> local backend or cloud upstream ->
restore the reply (whole or streamed) -> one audit event and metrics.

Fail closed: whatever goes wrong before the upstream call (bad body, a stage
error, a blocked finding, an unavailable vault) ends the request with an error
in the client's API format, and nothing is sent.
"""
from __future__ import annotations

import hashlib
import json
import logging
import operator
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Mapping

import anyio
import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from redactor.audit import AuditLog, request_event
from redactor.backends import open_local_backend
from redactor.backends.cloud import CloudBackend, UpstreamError, response_headers
from redactor.backends.local import LocalModelBackend
from redactor.core import OPENAI, BlockedError, Decision, PipelineError, RequestContext, UnavailableError
from redactor.detect.engine import SettledTextChanged
from redactor.pipeline import Pipeline, PipelineResult
from redactor.restore import Restorer
from redactor.server.apis import WireApi
from redactor.server.auth import AuthResult, ProxyAuth, principal_of
from redactor.server.errors import ProxyError, error_response
from redactor.server.history_memo import HistoryMemo, MemoEntry, dump_json
from redactor.server.limits import RequestBody, parse_json_object, read_body
from redactor.server.metrics import ProxyMetrics
from redactor.vault.base import VaultError
from redactor.vault.memory import MemoryVault
from redactor.vault.sqlite import SqliteVault
from redactor.wire import Extraction, WireError, nested_deeper_than, unclaimed_indices
from redactor.wire.headers import AGENT_METADATA_FIELDS, AGENT_METADATA_HEADERS, header_segments, url_segments
from redactor.wire.session import agent_session

logger = logging.getLogger("redactor.proxy")

ROUTE_HEADER = "x-redactor-route"
ROUTE_REASON_HEADER = "x-redactor-route-reason"
REQUEST_ID_HEADER = "x-redactor-request-id"
# Set on a reply when the conversation's placeholders had expired from the vault:
# numbering started again, and placeholders of the expired thread are not restored.
RESTARTED_HEADER = "x-redactor-conversation-restarted"

# Vault records binding a stored Responses-API response id to its conversation,
# so `previous_response_id` turns keep their placeholders.
_RESPONSE_NAMESPACE = "responses-conversation"
# Vault records marking that a conversation issued placeholders. They outlive the
# mappings (see _THREAD_MARK_TTL_FACTOR), so an expired thread is told from a new one.
_ISSUED_NAMESPACE = "conversation-issued"
_THREAD_MARK_TTL_FACTOR = 30
_RESPONSE_ID = re.compile(rb'"id"\s*:\s*"(resp_[A-Za-z0-9_\-]{1,200})"')
_HEADER_UNSAFE = re.compile(r"[^\x20-\x7e]")
# See ProxyService._inline_prepare_bytes: ~0.7 ms of regex detection per KiB, so at most ~20 ms inline.
_INLINE_PREPARE_MAX_BYTES = 32 * 1024
_CHEAP_STAGES = frozenset({"route", "placeholders"})


@dataclass
class _Prepared:
    decision: Decision
    conversation: str
    principal: str | None
    original: dict | None = None  # the client's body, for a local backend
    content: bytes | None = None  # the redacted body, for the cloud
    restorer: Restorer | None = None
    upstream_headers: dict[str, str] = field(default_factory=dict)  # redacted, for the cloud
    restarted: bool = False  # the conversation's placeholders had expired


@dataclass
class _RequestRecord:
    """What the audit event and the metrics need to know about one request."""

    request_id: str
    api: str
    started: float
    stream: bool = False
    decision: Decision | None = None
    upstream_ms: float | None = None
    backend: str | None = None
    finished: bool = field(default=False, repr=False)


class ProxyService:
    def __init__(self, pipeline: Pipeline, cloud: CloudBackend, auth: ProxyAuth, metrics: ProxyMetrics,
                 audit: AuditLog | None, max_body_bytes: int, local_backend: LocalModelBackend | None = None,
                 history_memo: HistoryMemo | None = None) -> None:
        self.pipeline = pipeline
        self.cloud = cloud
        self.auth = auth
        self.metrics = metrics
        self.audit = audit
        self.max_body_bytes = max_body_bytes
        self.local_backend = local_backend
        # Redacted history messages per conversation (None: every message takes the full path).
        self.history_memo = history_memo if pipeline.settles else None
        policy = pipeline.policy
        # The policy's control headers are for us, never for the provider.
        self._control_headers = {policy.conversation.header.lower(), policy.routing.header.lower(),
                                 policy.budget.principal_header.lower()}

    # -- the request ----------------------------------------------------------------

    async def handle(self, request: Request, api: WireApi) -> Response:
        record = _RequestRecord(uuid.uuid4().hex[:16], api.name, time.perf_counter())
        try:
            auth = self.auth.check(request.headers)
            raw = await read_body(request, self.max_body_bytes)
            parsed = parse_json_object(raw, api.history_key)
            body = parsed.document
            record.stream = api.stream_rewriter is not None and body.get("stream") is True
            upstream_headers = self.cloud.headers(api.family, request.headers.items(), self._dropped_headers(auth))
            arguments = (api, parsed, request.headers, upstream_headers, request.url.query, auth, record.request_id)
            if len(raw) <= self._inline_prepare_bytes():
                prepared = self._prepare(*arguments)
            else:
                prepared = await anyio.to_thread.run_sync(self._prepare, *arguments)
            record.decision = prepared.decision
            self.metrics.observe_decision(api.name, prepared.decision)
            headers = _route_headers(prepared.decision, record.request_id)
            if prepared.restarted:
                headers[RESTARTED_HEADER] = "1"
            if prepared.decision.route == "local":
                return await self._serve_locally(api, prepared, record, headers)
            return await self._serve_from_cloud(request, api, prepared, auth, record, headers)
        except (ProxyError, UpstreamError, WireError) as exc:
            return self._fail(record, api.family, exc.status, exc.code, str(exc))
        except PipelineError as exc:
            # A pipeline that attaches its Decision to the error gets it audited too.
            record.decision = record.decision or getattr(exc, "decision", None)
            return self._fail(record, api.family, exc.status, exc.code, str(exc))
        except Exception as exc:
            _log_internal_error(exc, record)
            return self._fail(record, api.family, 500, "redactor_internal_error",
                              f"internal proxy error ({exc.__class__.__name__}); see the proxy log")

    async def budget(self, request: Request) -> Response:
        """GET /v1/redactor/budget: the caller's own privacy budget (spent and remaining)."""
        record = _RequestRecord(uuid.uuid4().hex[:16], "budget", time.perf_counter())
        try:
            auth = self.auth.check(request.headers)
            principal = self._principal(request.headers, auth)
            if principal is None:
                raise ProxyError(400, "no_principal",
                                 "no principal to report: send your API key (or the policy's principal header)")
            from redactor.dp.budget import budget_report

            report = await anyio.to_thread.run_sync(budget_report, self.pipeline, principal)
        except ProxyError as exc:
            return self._fail(record, OPENAI, exc.status, exc.code, str(exc))
        except VaultError as exc:
            return self._fail(record, OPENAI, 503, "redactor_unavailable", f"vault unavailable: {exc}")
        self._finish(record, 200)
        return JSONResponse(report)

    def refuse(self, family: str, status: int, code: str, message: str) -> Response:
        """A request for no endpoint we serve: refused, and audited and counted like any other."""
        return self._fail(_RequestRecord(uuid.uuid4().hex[:16], "unsupported", time.perf_counter()), family,
                          status, code, message)

    async def pass_through(self, request: Request, family: str, path: str) -> Response:
        """Requests with no text to redact (model lists): forwarded as they are."""
        record = _RequestRecord(uuid.uuid4().hex[:16], f"{family}_models", time.perf_counter())
        try:
            auth = self.auth.check(request.headers)
            # The endpoint's own name ("models") is ours; what follows it (a model id) is the client's.
            self._refuse_sensitive_url(path.partition("models")[2].lstrip("/"), request.url.query)
            target = self.cloud.target(family, path, request.url.query)
            headers = self.cloud.headers(family, request.headers.items(), self._dropped_headers(auth))
            upstream = await self.cloud.send(request.method, target, headers)
        except (ProxyError, UpstreamError, PipelineError) as exc:
            return self._fail(record, family, exc.status, exc.code, str(exc))
        if 300 <= upstream.status_code < 400:
            # Followed by the client, a redirect would take its API key elsewhere.
            return self._fail(record, family, 502, "upstream_redirect",
                              f"the upstream provider answered with a redirect (HTTP {upstream.status_code}); "
                              "the proxy does not pass redirects on")
        self._finish(record, upstream.status_code)
        return Response(upstream.content, upstream.status_code, headers=response_headers(upstream),
                        media_type=upstream.headers.get("content-type"))

    def _inline_prepare_bytes(self) -> int:
        """Largest body prepared on the event loop itself rather than in a worker thread.

        Regex detection holds the GIL inside each C-level match, so a worker
        thread runs no faster and makes the event loop wait for the GIL after
        every socket call (a convoy): at 16+ concurrent requests throughput
        halved. Small bodies of a regex-only pipeline cost a few ms: cheaper
        inline. Large bodies, NER and model stages (seconds) stay in a thread,
        so one of them cannot stall every open stream; so does routing that may
        open or probe a local model backend, and a vault on the network (Redis
        retries a lost connection for seconds: inline, that would freeze every
        open stream while Redis restarts). A SQLite vault can wait at most its
        busy timeout, and only while another process holds the file's lock.
        """
        policy = self.pipeline.policy
        if (policy.detection.ner.enabled or policy.routing.backend.type != "none"
                or not isinstance(self.pipeline.vault, (MemoryVault, SqliteVault))
                or any(getattr(stage, "name", None) not in _CHEAP_STAGES for stage in self.pipeline.stages)):
            return -1
        return _INLINE_PREPARE_MAX_BYTES

    # -- before anything leaves: runs in a worker thread (or inline, see above) ------------

    def _prepare(self, api: WireApi, parsed: RequestBody, headers: Mapping[str, str],
                 upstream_headers: dict[str, str], query: str, auth: AuthResult, request_id: str) -> _Prepared:
        body = parsed.document
        # The path is the API's own fixed endpoint; only the query string is the client's.
        self._refuse_sensitive_url("", query)
        policy = self.pipeline.policy
        if policy.agent_metadata == "drop":
            for name in AGENT_METADATA_FIELDS:
                body.pop(name, None)
            upstream_headers = {name: value for name, value in upstream_headers.items()
                                if name not in AGENT_METADATA_HEADERS}
        principal = self._principal(headers, auth)
        arguments = (api, body, headers, upstream_headers, principal, request_id)
        if self.history_memo is None or api.first_turn is None or parsed.history_spans is None:
            parsed.refuse_deep_history()
            return self._redact(*arguments)
        conversation = self._conversation(api, body, api.first_turn(body), headers, principal)
        hits = self.history_memo.lookup(api.name, conversation, parsed)
        # A hit's very text was accepted at this place of an earlier body: its nesting was checked then.
        parsed.refuse_deep_history(checked=hits)
        try:
            return self._redact(*arguments, memo=(conversation, hits, parsed))
        except SettledTextChanged:
            # A memoised message would be redacted differently now (a value learned since
            # occurs in it): the whole request takes the full path, which refreshes the memo.
            return self._redact(*arguments, memo=(conversation, {}, parsed))

    def _redact(self, api: WireApi, body: dict, headers: Mapping[str, str], upstream_headers: dict[str, str],
                principal: str | None, request_id: str,
                memo: tuple[str, dict[int, MemoEntry], RequestBody] | None = None) -> _Prepared:
        """Extract, run the pipeline, write back. With `memo` (conversation, memo hits, the parsed body),
        the hit messages are neither extracted nor processed, and the memo learns this request's messages."""
        policy = self.pipeline.policy
        hits = memo[1] if memo is not None else {}
        extraction = api.extract(body, frozenset(hits)) if hits else api.extract(body)
        if extraction.binary_parts and policy.binary_parts == "block":
            raise BlockedError(f"policy '{policy.name}' refuses images and other binary content "
                               f"({extraction.binary_parts} part(s)); request not sent")
        conversation = (memo[0] if memo is not None
                        else self._conversation(api, body, extraction.anchors, headers, principal))
        # (Over the hits with map in C: they are most of a long conversation's history.)
        text_length = extraction.text_length + sum(map(_TEXT_LENGTH_OF, hits.values()))
        context = RequestContext(conversation=conversation, principal=principal,
                                 route_hint=headers.get(policy.routing.header), api=api.name,
                                 estimated_tokens=text_length // 4 + 1, request_id=request_id)
        # Forwarded header values (agent metadata) go through the same pass as
        # the body, so a value gets the same placeholder in both.
        scanned_headers = header_segments(upstream_headers.items())
        body_count = len(extraction.segments)
        result = self.pipeline.process(extraction.segments + scanned_headers, context,
                                       settled=list(map(_SETTLED_OF, hits.values())))
        restarted = self._expired_thread(api, body, conversation, result.decision)
        if result.route == "local":
            return _Prepared(result.decision, conversation, principal, original=body, restarted=restarted)
        if memo is not None:
            # What the client sent, for the memo (write_back then rewrites the body in place).
            parsed = memo[2]
            incoming = {index: parsed.history_source(index)
                        for index in unclaimed_indices(len(parsed.history_spans), hits)}
        redacted = extraction.write_back(body, result.segments[:body_count])
        outgoing_headers = dict(upstream_headers)
        for before, after in zip(scanned_headers, result.segments[body_count:]):
            if after.text != before.text:
                outgoing_headers[before.path[1]] = after.text
        if memo is None:
            content = _serialise(redacted)
        else:
            self._remember_history(api, conversation, redacted, extraction, result, incoming)
            # Memo hits are still the client's text in `redacted`: their memoised bytes replace them.
            content = _serialise_with_history(redacted, api.history_key,
                                              dict(zip(hits, map(_OUTGOING_OF, hits.values()))))
        return _Prepared(result.decision, conversation, principal, content=content,
                         restorer=result.restorer, upstream_headers=outgoing_headers, restarted=restarted)

    def _remember_history(self, api: WireApi, conversation: str, redacted: dict, extraction: Extraction,
                          result: PipelineResult, incoming: dict[int, str]) -> None:
        """Memoise every new message of this request (`incoming`: its JSON text as sent, by index) that settles
        (the hits recorded their re-check themselves)."""
        entries = {}
        by_message: dict[int, list[int]] = {}
        for index, segment in enumerate(extraction.segments):
            path = segment.path
            if len(path) >= 2 and path[0] == api.history_key and isinstance(path[1], int):
                by_message.setdefault(path[1], []).append(index)
        messages = redacted[api.history_key]
        for index, sent in incoming.items():
            indices = by_message.get(index, [])
            settled = self.pipeline.settle(result, indices)
            if settled is None:
                continue
            try:
                outgoing = dump_json(messages[index])
            except UnicodeEncodeError:
                continue  # serialised escaped with the whole body (see _serialise)
            entries[index] = MemoEntry(sent, outgoing, settled,
                                       sum(len(extraction.segments[i].text) for i in indices))
        self.history_memo.store(api.name, conversation, entries)

    def _expired_thread(self, api: WireApi, body: dict, conversation: str, decision: Decision) -> bool:
        """True if this conversation issued placeholders before and the vault no longer holds them.

        A stateless client re-sends its whole history, which is redacted again,
        so its thread restarts visibly (RESTARTED_HEADER and an audit note);
        placeholders of the expired thread left in that history are literals to
        the detectors and are never restored to a value of the new thread. A
        stateful Responses turn cannot restart: the provider's stored history
        names placeholders the proxy can no longer restore, and a new thread
        would hand out the same names for other values, so it fails clearly.
        """
        marker = self._vault_get(_ISSUED_NAMESPACE, conversation)
        if marker is None:
            if decision.placeholders_issued:
                ttl = self.pipeline.policy.vault.ttl_seconds
                try:
                    self.pipeline.vault.put_record(_ISSUED_NAMESPACE, conversation, b"1",
                                                   ttl_seconds=ttl * _THREAD_MARK_TTL_FACTOR if ttl else None)
                except VaultError as exc:
                    raise UnavailableError(f"vault unavailable: {exc}") from None
            return False
        if decision.placeholders_known:
            return False
        stateful = api.name == "openai_responses" and bool(body.get("previous_response_id") or body.get("conversation"))
        if stateful:
            raise ProxyError(409, "redactor_conversation_expired",
                             "this conversation's placeholders expired from the redactor vault, and the provider's "
                             "stored history still names them: start a new conversation (the proxy cannot restore "
                             "them, and will not reuse their names for other values)")
        decision.notes.append("conversation_restarted: placeholders had expired; numbering started again")
        return True

    def _refuse_sensitive_url(self, path: str, query: str) -> None:
        """A path or query string cannot carry a placeholder the provider understands: a finding blocks."""
        segments = url_segments(path, query)
        try:
            spans = self.pipeline.engine.detect(segments)
        except Exception as exc:  # a detector bug: refuse rather than send an unscanned URL
            raise PipelineError(f"detection failed ({exc.__class__.__name__}); request not sent") from None
        kinds = sorted({span.kind for segment_spans in spans for span in segment_spans})
        if kinds:
            raise BlockedError(f"the request URL carries {', '.join(kinds)}; a path or query string cannot be "
                               "redacted, so the request was not sent")

    def _principal(self, headers: Mapping[str, str], auth: AuthResult) -> str | None:
        budget = self.pipeline.policy.budget
        if budget.principal == "header":
            value = headers.get(budget.principal_header)
            return "header:" + hashlib.sha256(value.encode()).hexdigest()[:32] if value else None
        if budget.principal == "conversation":
            return None
        return principal_of(headers, auth.consumed_headers)

    def _conversation(self, api: WireApi, body: dict, anchors: list[str], headers: Mapping[str, str],
                      principal: str | None) -> str:
        """The conversation this request belongs to, keyed by its principal (order: redactor.wire.session)."""
        explicit = headers.get(self.pipeline.policy.conversation.header)
        if not explicit and api.name == "openai_responses":
            # Stateful Responses turns re-send no history: the server-side
            # conversation or the previous response names the conversation.
            server_conversation = body.get("conversation")
            if isinstance(server_conversation, dict):
                server_conversation = server_conversation.get("id")
            previous = body.get("previous_response_id")
            if isinstance(server_conversation, str) and server_conversation:
                explicit = "openai-conversation:" + server_conversation
            elif isinstance(previous, str) and previous:
                stored = self._vault_get(_RESPONSE_NAMESPACE, _response_key(principal, previous))
                if stored:
                    return stored.decode()
                explicit = "openai-response:" + previous
        if not explicit:
            explicit = agent_session(body, headers)
        return self.pipeline.conversation_id(anchors, principal=principal, explicit=explicit)

    def _vault_get(self, namespace: str, key: str) -> bytes | None:
        try:
            return self.pipeline.vault.get_record(namespace, key)
        except VaultError as exc:
            raise UnavailableError(f"vault unavailable: {exc}") from None

    def _remember_response(self, prepared: _Prepared, response_id: str) -> None:
        """Bind a response id the upstream issued to this request's conversation, once.

        The id comes from the upstream: an id already bound (to this or another
        conversation of the principal) keeps its first binding, so a reply
        claiming another conversation's response id cannot move that id's
        `previous_response_id` turns into this conversation.
        """
        key = _response_key(prepared.principal, response_id)
        try:
            stored = self.pipeline.vault.get_record(_RESPONSE_NAMESPACE, key)
            if stored is not None:
                if stored.decode() != prepared.conversation:
                    logger.warning("an upstream reply claimed a response id bound to another conversation; "
                                   "the binding was kept")
                return
            # Outlives the mappings like the thread marks do, so a turn on an expired
            # thread is recognised (and refused) rather than started afresh.
            ttl = self.pipeline.policy.vault.ttl_seconds
            self.pipeline.vault.put_record(_RESPONSE_NAMESPACE, key, prepared.conversation.encode(),
                                           ttl_seconds=ttl * _THREAD_MARK_TTL_FACTOR if ttl else None)
        except VaultError:
            logger.warning("could not record the conversation of a Responses-API response")

    # -- serving -----------------------------------------------------------------------

    async def _serve_locally(self, api: WireApi, prepared: _Prepared, record: _RequestRecord,
                             headers: dict[str, str]) -> Response:
        backend = self.local_backend
        if backend is None:
            # The policy's own backend, shared with the routing stage that chose it.
            backend = await anyio.to_thread.run_sync(open_local_backend, self.pipeline.policy.routing.backend)
        if backend is None:
            raise ProxyError(503, "redactor_no_local_backend",
                             "request must be served locally but no local backend is configured")
        record.backend = getattr(backend, "name", backend.__class__.__name__)
        started = time.perf_counter()
        reply = await api.local_reply(backend, prepared.original, record.stream)
        record.upstream_ms = (time.perf_counter() - started) * 1000
        merged = {**reply.headers, **headers}
        if reply.stream is None:
            self._finish(record, reply.status)
            return Response(reply.body, reply.status, headers=merged, media_type=reply.media_type)
        return StreamingResponse(self._relay_local(api, reply.stream, record, reply.status), reply.status,
                                 headers=merged, media_type="text/event-stream")

    async def _relay_local(self, api: WireApi, stream: AsyncIterator[bytes], record: _RequestRecord,
                           status: int) -> AsyncIterator[bytes]:
        error_code = "client_disconnected"
        try:
            async for chunk in stream:
                yield chunk
            error_code = None
        except Exception as exc:
            # The status line is out: end the stream with the API's error event
            # instead of letting uvicorn log a traceback (which can quote the
            # prompt) and cut the connection.
            error_code = "local_stream_failed"
            _log_internal_error(exc, record)
            yield api.stream_error_event(error_code, f"the local model failed ({exc.__class__.__name__})")
        finally:
            self._finish(record, status, error_code)

    async def _serve_from_cloud(self, request: Request, api: WireApi, prepared: _Prepared, auth: AuthResult,
                                record: _RequestRecord, headers: dict[str, str]) -> Response:
        record.backend = self.cloud.name
        target = self.cloud.target(api.family, api.upstream_path, request.url.query)
        started = time.perf_counter()
        try:
            upstream = await self.cloud.send("POST", target, prepared.upstream_headers, prepared.content,
                                             stream=record.stream)
        except UpstreamError as exc:
            self.metrics.upstream_errors.labels(api=api.name, reason=exc.reason).inc()
            raise
        record.upstream_ms = (time.perf_counter() - started) * 1000
        self.metrics.upstream_seconds.labels(api=api.name).observe(record.upstream_ms / 1000)
        content_type = upstream.headers.get("content-type", "")
        if not record.stream or upstream.status_code >= 400 or "text/event-stream" not in content_type:
            if record.stream:
                try:
                    await upstream.aread()
                except httpx.HTTPError:
                    await upstream.aclose()
                    raise UpstreamError(502, "upstream_failed", "upstream response was cut off") from None
                await upstream.aclose()
            return await self._finish_whole(api, upstream, prepared, record, headers)
        rewriter = api.new_stream(prepared.restorer)
        merged = {**response_headers(upstream), **headers, "cache-control": "no-cache"}
        async def close() -> None:
            await upstream.aclose()
            self._finish(record, upstream.status_code, "client_disconnected")

        return _ClosingStreamingResponse(self._relay(api, upstream, rewriter, prepared, record), close,
                                         upstream.status_code, headers=merged, media_type="text/event-stream")

    async def _finish_whole(self, api: WireApi, upstream: httpx.Response, prepared: _Prepared,
                            record: _RequestRecord, headers: dict[str, str]) -> Response:
        status = upstream.status_code
        merged = {**response_headers(upstream), **headers}
        content_type = upstream.headers.get("content-type")
        if 300 <= status < 400:
            # Client SDKs follow redirects: passed on, one would re-send the client's
            # ORIGINAL, unredacted body to wherever the upstream points.
            self.metrics.upstream_errors.labels(api=api.name, reason="redirect").inc()
            raise UpstreamError(502, "upstream_redirect",
                                f"the upstream provider answered with a redirect (HTTP {status}); the proxy "
                                "does not pass redirects on")
        if status >= 400:
            # The provider's own error, passed through as it came.
            self.metrics.upstream_errors.labels(api=api.name, reason=f"status_{status}").inc()
            self._finish(record, status, "upstream_status")
            return Response(upstream.content, status, headers=merged, media_type=content_type)
        content = upstream.content
        if api.restore_response is not None:
            try:
                document = json.loads(content)
            except (ValueError, RecursionError):
                document = None
            if not isinstance(document, dict) or nested_deeper_than(document):
                # The client's SDK would fail on it with a JSON decode error
                # that names no cause; and nothing in it could be restored.
                self.metrics.upstream_errors.labels(api=api.name, reason="invalid_response").inc()
                raise UpstreamError(502, "upstream_invalid_response",
                                    f"the upstream provider answered HTTP {status} with a body that is not "
                                    "a JSON object")
            document = api.restore_response(document, prepared.restorer)
            if api.name == "openai_responses" and isinstance(document.get("id"), str):
                await anyio.to_thread.run_sync(self._remember_response, prepared, document["id"])
            content = _serialise(document)
            content_type = "application/json"
        self._finish(record, status)
        return Response(content, status, headers=merged, media_type=content_type)

    async def _relay(self, api: WireApi, upstream: httpx.Response, rewriter: Any, prepared: _Prepared,
                     record: _RequestRecord) -> AsyncIterator[bytes]:
        error_code: str | None = "client_disconnected"
        watch_id = api.name == "openai_responses"
        head = b""
        try:
            try:
                async for chunk in upstream.aiter_bytes():
                    if watch_id:
                        head, response_id = _find_response_id(head, chunk)
                        if response_id or len(head) > 65536:
                            watch_id = False
                        if response_id:
                            await anyio.to_thread.run_sync(self._remember_response, prepared, response_id)
                    released = rewriter.feed(chunk)
                    if released:
                        yield released
                tail = rewriter.close()
                if tail:
                    yield tail
                error_code = None
                if not rewriter.complete:
                    # The upstream closed cleanly but never sent its final event:
                    # say so, rather than let a cut-off reply look complete.
                    error_code = "upstream_stream_truncated"
                    self.metrics.upstream_errors.labels(api=api.name, reason="stream_truncated").inc()
                    yield api.stream_error_event(error_code, "the upstream stream ended before its final "
                                                             "event; the reply may be incomplete")
            except httpx.HTTPError as exc:
                error_code = "upstream_stream_failed"
                self.metrics.upstream_errors.labels(api=api.name, reason="stream_" + exc.__class__.__name__).inc()
                yield api.stream_error_event(error_code, "the upstream stream failed "
                                                         f"({exc.__class__.__name__})")
            except Exception as exc:
                error_code = "redactor_stream_failed"
                _log_internal_error(exc, record)
                yield api.stream_error_event(error_code, "the proxy could not restore the stream "
                                                         f"({exc.__class__.__name__})")
        finally:
            # Also runs when the client goes away: closing the upstream response
            # cancels the provider's generation instead of letting it run on.
            with anyio.CancelScope(shield=True):
                await upstream.aclose()
            self._finish(record, upstream.status_code, error_code)

    # -- bookkeeping ---------------------------------------------------------------------

    def _dropped_headers(self, auth: AuthResult) -> set[str]:
        dropped = set(self._control_headers)
        return dropped | auth.consumed_headers

    def _fail(self, record: _RequestRecord, family: str, status: int, code: str, message: str) -> Response:
        self._finish(record, status, code)
        headers = {REQUEST_ID_HEADER: record.request_id}
        if record.decision is not None:
            headers.update(_route_headers(record.decision, record.request_id))
        return error_response(family, status, code, message, headers)

    def _finish(self, record: _RequestRecord, status: int, error_code: str | None = None) -> None:
        if record.finished:
            return
        record.finished = True
        route = record.decision.route if record.decision is not None else None
        self.metrics.count_request(record.api, status, route)
        if self.audit is not None:
            try:
                self.audit.write(request_event(
                    request_id=record.request_id, api=record.api, stream=record.stream, status=status,
                    decision=record.decision, error_code=error_code, upstream_ms=record.upstream_ms,
                    total_ms=(time.perf_counter() - record.started) * 1000, backend=record.backend))
            except (OSError, ValueError):
                logger.error("could not write the audit event of request %s", record.request_id)


class _ClosingStreamingResponse(StreamingResponse):
    """A streaming response that always runs `on_close`, even if the client left before the
    first byte (then the body generator never starts and its own `finally` never runs)."""

    def __init__(self, content: AsyncIterator[bytes], on_close, *args: Any, **kwargs: Any) -> None:
        super().__init__(content, *args, **kwargs)
        self._on_close = on_close

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self._on_close()


def _route_headers(decision: Decision, request_id: str) -> dict[str, str]:
    return {ROUTE_HEADER: decision.route,
            ROUTE_REASON_HEADER: _HEADER_UNSAFE.sub("?", decision.route_reason)[:200],
            REQUEST_ID_HEADER: request_id}


def _serialise(document: Any) -> bytes:
    try:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (legal as JSON escapes) cannot be UTF-8: keep them escaped.
        return json.dumps(document, separators=(",", ":")).encode("ascii")


def _serialise_with_history(document: dict, history_key: str, items: dict[int, bytes]) -> bytes:
    """`_serialise(document)` with the `history_key` list's items at the given indices replaced by the given
    JSON bytes."""
    if not items:
        return _serialise(document)
    try:
        parts = []
        for key, value in document.items():
            if key == history_key:
                listed = [items[index] if index in items else dump_json(item) for index, item in enumerate(value)]
                parts.append(dump_json(key) + b":[" + b",".join(listed) + b"]")
            else:
                parts.append(dump_json(key) + b":" + dump_json(value))
        return b"{" + b",".join(parts) + b"}"
    except UnicodeEncodeError:
        # Lone surrogates somewhere: the whole body is escaped, as _serialise does.
        replaced = dict(document)
        replaced[history_key] = [json.loads(items[index]) if index in items else item
                                 for index, item in enumerate(document[history_key])]
        return _serialise(replaced)


_TEXT_LENGTH_OF = operator.attrgetter("text_length")
_SETTLED_OF = operator.attrgetter("settled")
_OUTGOING_OF = operator.attrgetter("outgoing")


def _response_key(principal: str | None, response_id: str) -> str:
    return f"{principal or ''}:{response_id}"


def _find_response_id(head: bytes, chunk: bytes) -> tuple[bytes, str | None]:
    head += chunk
    match = _RESPONSE_ID.search(head)
    return head, match.group(1).decode() if match else None


def _log_internal_error(exc: BaseException, record: _RequestRecord) -> None:
    # Exception messages can quote request data: log the type and where it happened only.
    frame = exc.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    where = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame is not None else "?"
    logger.error("internal error %s at %s in %s request %s", exc.__class__.__name__, where, record.api,
                 record.request_id)
