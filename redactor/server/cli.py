"""`redactor serve`: run the proxy with uvicorn (registered by redactor/cli.py as `serve`).

Every option is also read from its REDACTOR_* environment variable (see
redactor/cli_options.py). Start-up order: options, port check, policy, vault
and models (each failing with one clear line), then one start-up line naming
the policy, upstreams, vault kind, token mode and workers, then the server.
"""
from __future__ import annotations

import ipaddress
import os
import sys
from dataclasses import asdict, dataclass
from typing import Optional

from redactor.backends import DEFAULT_ANTHROPIC_BASE, DEFAULT_OPENAI_BASE
from redactor.cli_options import (PortInUse, announce, ensure_port_free, public_url, service_option,
                                  vault_kind, version_option)


def serve_command(
    policy: str = service_option("default", "--policy", "-p", help="Policy name or YAML file."),
    upstream_openai: str = service_option(DEFAULT_OPENAI_BASE, "--upstream-openai",
                                          help="OpenAI-compatible base URL, with /v1."),
    upstream_anthropic: str = service_option(DEFAULT_ANTHROPIC_BASE, "--upstream-anthropic",
                                             help="Anthropic-compatible base URL, without /v1."),
    host: str = service_option("127.0.0.1", "--host", help="Address to bind (keep it loopback)."),
    port: int = service_option(8787, "--port", min=0, max=65535, help="Port to listen on."),
    token: Optional[str] = service_option(None, "--token",
                                          help="Require this token from clients (x-redactor-token, or as API key)."),
    vault: Optional[str] = service_option(None, "--vault",
                                          help="Vault URL (memory://, sqlite:///path, redis://...)."),
    audit_log: Optional[str] = service_option(None, "--audit-log", help="Append one JSON line per request here."),
    max_body_mb: float = service_option(20.0, "--max-body-mb", min=0.001, help="Largest accepted request body, in MiB."),
    upstream_timeout: float = service_option(600.0, "--upstream-timeout", min=0.001,
                                             help="Seconds to wait for the provider."),
    workers: Optional[int] = service_option(None, "--workers", min=1, max=64,
                                            help="Worker processes sharing the port (default: one per CPU, one "
                                                 "with a memory:// vault); more than one needs a sqlite:// or "
                                                 "redis:// vault."),
    log_level: str = service_option("info", "--log-level", help="uvicorn log level."),
    version: bool = version_option(),
) -> None:
    """Run the redacting proxy for OpenAI- and Anthropic-compatible clients."""
    import uvicorn

    if not isinstance(workers, int):
        workers = None  # called as a plain function (tests) without it: the option's default
    options = _ServeOptions(policy, upstream_openai, upstream_anthropic, vault, audit_log,
                            int(max_body_mb * 1024 * 1024), upstream_timeout)
    # Before anything slow: a taken port must not cost the user a model load.
    try:
        ensure_port_free(host, port)
    except PortInUse as exc:
        _fail(str(exc))
    vault_url = _vault_url(options)
    from redactor.server.workers import worker_count

    # The notice (why fewer workers than CPUs) is shown with the start-up line,
    # once policy, vault and models have loaded: a start-up error stays one line.
    workers, workers_notice = worker_count(workers, vault_url, port)
    # A SQLite vault's WAL index (-shm) is memory-mapped: if the file is truncated
    # under a running server, the next access kills the process with SIGBUS, which
    # no handler can recover from in-process. So the server then always runs in a
    # supervised worker process that is restarted (and SQLite rebuilds the index).
    # Not with port 0: each supervised worker socket would get a port of its own.
    supervised = workers > 1 or (vault_kind(vault_url) == "sqlite" and port != 0)
    if workers > 1 and vault_url.lower().startswith("memory:"):
        _fail("--workers needs a vault the workers share (sqlite:///path or redis://host:port/db): "
              "with memory:// a placeholder issued by one worker could not be restored by another")
    if not token and not _is_loopback(host):
        print(f"warning: listening on {host} without --token: anyone who can reach it can use your "
              "upstream keys", file=sys.stderr)

    def started(policy) -> None:
        if workers_notice:
            print(f"redactor: {workers_notice}", file=sys.stderr)
        announce("serve", policy=f"{policy.name} ({policy.source})",
                 upstreams=f"openai {public_url(upstream_openai)} anthropic {public_url(upstream_anthropic)}",
                 vault=vault_kind(vault_url), token="on" if token else "off",
                 workers=f"{workers} (supervised: restarted if one dies)" if supervised else workers,
                 listening=f"http://{_url_host(host)}:{port}")

    if supervised:
        from redactor.server.workers import WorkersError, serve_workers

        # The cheap checks (policy, extras, vault and key) once, here, with a clear
        # error; models load in the workers only, so the supervisor holds no copy.
        checked_policy = _check_without_models(options)
        try:
            serve_workers(f"{__name__}:worker_app", (asdict(options), token), host, port, workers, log_level,
                          on_ready=lambda: started(checked_policy))
        except (WorkersError, OSError) as exc:
            _fail(str(exc))
        return
    # Built (and its models loaded) before the port opens.
    app = _build_app(options, token)
    started(app.state.proxy.pipeline.policy)
    from redactor.server.workers import KEEP_ALIVE_SECONDS

    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_keep_alive=KEEP_ALIVE_SECONDS)
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
    """The vault URL the pipeline will open: --vault / REDACTOR_VAULT_URL, else the policy's."""
    from redactor.policy import PolicyError
    from redactor.runtime import VAULT_URL_ENV, resolve_policy

    try:
        return options.vault or os.environ.get(VAULT_URL_ENV) or resolve_policy(options.policy).vault.url
    except PolicyError as exc:
        _fail(str(exc))


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _check_without_models(options: _ServeOptions):
    """Policy, extras, vault URL and key, as _build_app checks them, without loading a model."""
    from redactor.extras import check_policy_extras
    from redactor.policy import PolicyError
    from redactor.runtime import build_pipeline, resolve_policy
    from redactor.vault.base import VaultError

    try:
        check_policy_extras(resolve_policy(options.policy))
        pipeline = build_pipeline(options.policy, vault_url=options.vault)
    except (PolicyError, VaultError) as exc:
        _fail(str(exc))
    except Exception as exc:  # start-up only: no request data can be in the message
        _fail(f"cannot start the proxy: {exc.__class__.__name__}: {exc}")
    pipeline.vault.close()
    return pipeline.policy


def _build_app(options: _ServeOptions, token: Optional[str]):
    from redactor.backends import open_local_backend
    from redactor.policy import PolicyError
    from redactor.extras import check_policy_extras
    from redactor.runtime import build_pipeline, resolve_policy
    from redactor.server.app import create_app
    from redactor.vault.base import VaultError

    try:
        check_policy_extras(resolve_policy(options.policy))
        pipeline = build_pipeline(options.policy, vault_url=options.vault)
        local_backend = open_local_backend(pipeline.policy.routing.backend)
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
