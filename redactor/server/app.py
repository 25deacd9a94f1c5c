"""The FastAPI app: OpenAI- and Anthropic-compatible endpoints in front of the Pipeline.

Endpoints: POST /v1/chat/completions, /v1/responses, /v1/embeddings (also
without the /v1 prefix, for clients configured with a bare base URL), GET
/v1/models (pass-through; Anthropic's when the client sends Anthropic headers),
POST /v1/messages, /v1/messages/count_tokens, GET /healthz (a report: policy,
vault, models), /readyz (503 when a request would fail here; for load
balancers, see health.py) and /metrics. Any
other path is refused with a 404 in the client's API format: an endpoint the
proxy does not understand could carry text out unscanned.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

import anyio
import httpx
from fastapi import FastAPI
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from redactor.audit import AuditLog
from redactor.backends import DEFAULT_ANTHROPIC_BASE, DEFAULT_OPENAI_BASE
from redactor.backends.cloud import CloudBackend
from redactor.backends.local import LocalModelBackend
from redactor.core import ANTHROPIC, OPENAI
from redactor.pipeline import Pipeline
from redactor.server import apis
from redactor.server.auth import ProxyAuth
from redactor.server.limits import DEFAULT_MAX_BODY_BYTES
from redactor.server.access_log import install_access_log_filter
from redactor.server.health import HealthMonitor
from redactor.server.history_memo import HistoryMemo
from redactor.server.metrics import CONTENT_TYPE, ProxyMetrics
from redactor.server.upstream_pool import default_upstream_transport
from redactor.server.proxy import ProxyService


def create_app(pipeline: Pipeline, upstream_openai: str = DEFAULT_OPENAI_BASE,
               upstream_anthropic: str = DEFAULT_ANTHROPIC_BASE, token: str | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, audit_path: str | None = None, *,
               local_backend: LocalModelBackend | None = None, upstream_timeout: float = 600.0,
               connect_timeout: float = 10.0, openai_api_key: str | None = None,
               anthropic_api_key: str | None = None, transport: httpx.AsyncBaseTransport | None = None,
               warm_up: bool = True, history_memo: bool = True) -> FastAPI:
    """Build the proxy app around `pipeline`.

    `upstream_openai` is a base URL with /v1 (like the OpenAI SDK's base_url);
    `upstream_anthropic` one without (like the Anthropic SDK's). Upstream keys
    default to OPENAI_API_KEY / ANTHROPIC_API_KEY and are used only when a
    client sends none. With `warm_up`, detection models load at start-up.
    `history_memo=False` turns the conversation memo off (redactor.server.history_memo;
    it is on wherever the policy allows it).
    """
    cloud = CloudBackend(upstream_openai, upstream_anthropic, timeout_seconds=upstream_timeout,
                         connect_timeout_seconds=connect_timeout, openai_api_key=openai_api_key,
                         anthropic_api_key=anthropic_api_key,
                         transport=transport if transport is not None else default_upstream_transport())
    metrics = ProxyMetrics()
    audit = AuditLog(audit_path) if audit_path else None
    service = ProxyService(pipeline, cloud, ProxyAuth(token), metrics, audit, max_body_bytes, local_backend,
                           history_memo=HistoryMemo() if history_memo and pipeline.settles else None)
    # Without warm_up the caller loaded the models before building the app.
    model_state = {"loaded": not warm_up}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # After the server configured logging; fixed paths only (no {parameter} routes).
        install_access_log_filter(route.path for route in app.routes
                                  if getattr(route, "path", "{").find("{") < 0 and route.path != "/")
        if warm_up:
            await anyio.to_thread.run_sync(pipeline.engine.warm_up)
            model_state["loaded"] = True
        try:
            yield
        finally:
            await cloud.aclose()
            if audit is not None:
                audit.close()

    app = FastAPI(title="redactor proxy", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.proxy = service
    app.state.metrics = metrics

    for path, api in (
        ("/v1/chat/completions", apis.OPENAI_CHAT), ("/chat/completions", apis.OPENAI_CHAT),
        ("/v1/responses", apis.OPENAI_RESPONSES), ("/responses", apis.OPENAI_RESPONSES),
        ("/v1/embeddings", apis.EMBEDDINGS), ("/embeddings", apis.EMBEDDINGS),
        ("/v1/messages", apis.ANTHROPIC_MESSAGES),
        ("/v1/messages/count_tokens", apis.ANTHROPIC_COUNT_TOKENS),
    ):
        app.add_api_route(path, _endpoint(service, api), methods=["POST"], include_in_schema=False)

    async def models(request: Request) -> Response:
        family = ANTHROPIC if _speaks_anthropic(request) else OPENAI
        relative = request.url.path.removeprefix("/v1").lstrip("/")
        path = f"v1/{relative}" if family == ANTHROPIC else relative
        return await service.pass_through(request, family, path)

    for path in ("/v1/models", "/models", "/v1/models/{model_id:path}", "/models/{model_id:path}"):
        app.add_api_route(path, models, methods=["GET"], include_in_schema=False)

    @app.get("/v1/redactor/budget", include_in_schema=False)
    async def budget(request: Request) -> Response:
        return await service.budget(request)

    monitor = HealthMonitor(pipeline, lambda: service.local_backend, lambda: model_state["loaded"])

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        return JSONResponse((await monitor.report()).to_json())

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        report = await monitor.report()
        return JSONResponse(report.to_json(), status_code=200 if report.ready else 503)

    @app.get("/v1/responses", include_in_schema=False)
    async def responses_websocket(request: Request) -> Response:
        # Codex opens the Responses API as a WebSocket first. 426 makes it fall back
        # to HTTP POST at once (measured: 1.3 s run instead of 7 s of retries on 404).
        if request.headers.get("upgrade", "").lower() != "websocket":
            return service.refuse(OPENAI, 404, "unsupported_endpoint",
                                  "GET /v1/responses is not supported by the redactor proxy")
        return service.refuse(OPENAI, 426, "websocket_not_supported",
                              "the redactor proxy serves the Responses API over HTTP only (POST /v1/responses)")

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE)

    @app.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"],
                   include_in_schema=False)
    async def unsupported(request: Request, path: str) -> Response:
        family = ANTHROPIC if _speaks_anthropic(request) else OPENAI
        return service.refuse(family, 404, "unsupported_endpoint",
                              f"{request.method} /{path[:100]} is not supported by the redactor proxy")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        family = ANTHROPIC if _speaks_anthropic(request) else OPENAI
        return service.refuse(family, exc.status_code, "http_error", str(exc.detail))

    return app


def _endpoint(service: ProxyService, api: apis.WireApi):
    async def endpoint(request: Request) -> Response:
        return await service.handle(request, api)

    endpoint.__name__ = f"proxy_{api.name}"
    return endpoint


def _speaks_anthropic(request: Request) -> bool:
    headers = request.headers
    return (request.url.path.startswith("/v1/messages") or "anthropic-version" in headers
            or "x-api-key" in headers)
