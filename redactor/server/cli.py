"""`redactor serve`: run the proxy with uvicorn (registered by redactor/cli.py as `serve`)."""
from __future__ import annotations

import ipaddress
import os
import sys
from dataclasses import asdict, dataclass
from typing import Optional

import typer

from redactor.backends import DEFAULT_ANTHROPIC_BASE, DEFAULT_OPENAI_BASE


def serve_command(
    policy: str = typer.Option("default", "--policy", "-p", help="Policy name or YAML file."),
    upstream_openai: str = typer.Option(DEFAULT_OPENAI_BASE, "--upstream-openai",
                                        help="OpenAI-compatible base URL, with /v1."),
    upstream_anthropic: str = typer.Option(DEFAULT_ANTHROPIC_BASE, "--upstream-anthropic",
                                           help="Anthropic-compatible base URL, without /v1."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (keep it loopback)."),
    port: int = typer.Option(8787, "--port", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="REDACTOR_TOKEN",
                                        help="Require this token from clients (x-redactor-token, or as API key)."),
    vault: Optional[str] = typer.Option(None, "--vault", help="Vault URL (memory://, sqlite:///path, redis://...)."),
    audit_log: Optional[str] = typer.Option(None, "--audit-log", help="Append one JSON line per request here."),
    max_body_mb: float = typer.Option(20.0, "--max-body-mb", help="Largest accepted request body, in MiB."),
    upstream_timeout: float = typer.Option(600.0, "--upstream-timeout", help="Seconds to wait for the provider."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, max=64,
                                          help="Worker processes sharing the port (default: one per CPU, one with a "
                                               "memory:// vault); more than one needs a sqlite:// or redis:// vault."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Run the redacting proxy for OpenAI- and Anthropic-compatible clients."""
    import uvicorn

    if not isinstance(workers, int):
        workers = None  # called as a plain function (tests) without it: the option's default
    options = _ServeOptions(policy, upstream_openai, upstream_anthropic, vault, audit_log,
                            int(max_body_mb * 1024 * 1024), upstream_timeout)
    from redactor.server.workers import worker_count

    workers, workers_notice = worker_count(workers, _vault_url(options), port)
    if workers > 1:
        _check_shared_vault(options)
    # Built (and its models loaded) before the port opens. With workers this
    # only checks policy, key, vault and models once, here, with a clear
    # error: each worker process builds its own app.
    app = _build_app(options, token)
    if workers > 1:
        _close_vault(app)
        app = None
    if not token and not _is_loopback(host):
        print(f"warning: listening on {host} without --token: anyone who can reach it can use your "
              "upstream keys", file=sys.stderr)
    if workers_notice:
        print(f"redactor: {workers_notice}", file=sys.stderr)
    if workers > 1:
        from redactor.server.workers import WorkersError, serve_workers

        try:
            serve_workers(f"{__name__}:worker_app", (asdict(options), token), host, port, workers, log_level)
        except (WorkersError, OSError) as exc:
            _fail(str(exc))
        return
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    except (OSError, SystemExit) as exc:
        if isinstance(exc, SystemExit) and not exc.code:
            raise
        _fail(f"cannot serve on {host}:{port} ({exc})")


@dataclass(frozen=True)
class _ServeOptions:
    policy: str
    upstream_openai: str
    upstream_anthropic: str
    vault: Optional[str]
    audit_log: Optional[str]
    max_body_bytes: int
    upstream_timeout: float


def worker_app(options: dict, token: Optional[str]):
    """The app of one `serve --workers N` worker process (see redactor/server/workers.py)."""
    return _build_app(_ServeOptions(**options), token)


def _vault_url(options: _ServeOptions) -> str:
    """The vault URL serve will open; "" when the policy does not load (_build_app then says why)."""
    from redactor.policy import PolicyError
    from redactor.runtime import VAULT_URL_ENV, resolve_policy

    try:
        return options.vault or os.environ.get(VAULT_URL_ENV) or resolve_policy(options.policy).vault.url
    except PolicyError:
        return ""


def _check_shared_vault(options: _ServeOptions) -> None:
    url = _vault_url(options)
    if url.lower().startswith("memory:"):
        _fail("--workers needs a vault the workers share (sqlite:///path or redis://host:port/db): "
              "with memory:// a placeholder issued by one worker could not be restored by another")


def _close_vault(app) -> None:
    close = getattr(app.state.proxy.pipeline.vault, "close", None)
    if close is not None:
        close()


def _build_app(options: _ServeOptions, token: Optional[str]):
    from redactor.backends import build_local_backend
    from redactor.policy import PolicyError
    from redactor.runtime import build_pipeline
    from redactor.server.app import create_app
    from redactor.vault.base import VaultError

    try:
        pipeline = build_pipeline(options.policy, vault_url=options.vault)
        local_backend = build_local_backend(pipeline.policy.routing.backend)
        pipeline.engine.warm_up()  # load models before the port opens
        return create_app(pipeline, options.upstream_openai, options.upstream_anthropic, token=token,
                          max_body_bytes=options.max_body_bytes, audit_path=options.audit_log,
                          local_backend=local_backend, upstream_timeout=options.upstream_timeout,
                          warm_up=False)
    except (PolicyError, VaultError) as exc:
        _fail(str(exc))
    except Exception as exc:  # start-up only: no request data can be in the message
        _fail(f"cannot start the proxy: {exc.__class__.__name__}: {exc}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _fail(message: str) -> None:
    # SystemExit rather than typer.Exit: the main CLI runs click with
    # standalone_mode=False, where Exit would turn into a zero exit status.
    print(f"redactor: {message}", file=sys.stderr)
    raise SystemExit(2)
