"""`redactor serve`: run the proxy with uvicorn (registered by redactor/cli.py as `serve`)."""
from __future__ import annotations

import ipaddress
import sys
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
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Run the redacting proxy for OpenAI- and Anthropic-compatible clients."""
    import uvicorn

    from redactor.backends import build_local_backend
    from redactor.policy import PolicyError
    from redactor.runtime import build_pipeline
    from redactor.server.app import create_app
    from redactor.vault.base import VaultError

    try:
        pipeline = build_pipeline(policy, vault_url=vault)
        local_backend = build_local_backend(pipeline.policy.routing.backend)
        pipeline.engine.warm_up()  # load models before the port opens
        app = create_app(pipeline, upstream_openai, upstream_anthropic, token=token,
                         max_body_bytes=int(max_body_mb * 1024 * 1024), audit_path=audit_log,
                         local_backend=local_backend, upstream_timeout=upstream_timeout, warm_up=False)
    except (PolicyError, VaultError) as exc:
        _fail(str(exc))
    except Exception as exc:  # start-up only: no request data can be in the message
        _fail(f"cannot start the proxy: {exc.__class__.__name__}: {exc}")
    if not token and not _is_loopback(host):
        print(f"warning: listening on {host} without --token: anyone who can reach it can use your "
              "upstream keys", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    except (OSError, SystemExit) as exc:
        if isinstance(exc, SystemExit) and not exc.code:
            raise
        _fail(f"cannot serve on {host}:{port} ({exc})")


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
