"""What the service commands (`serve`, `mcp`) share: environment variables, version, port check, start-up line.

Every option of `redactor serve` and `redactor mcp` can also be set from the
environment, so a container or a service manager needs no command line. The
name is the option's, upper-cased, with a `REDACTOR_` prefix and `_` for `-`:
`--upstream-openai` is `REDACTOR_UPSTREAM_OPENAI`, `--max-body-mb` is
`REDACTOR_MAX_BODY_MB`, in both commands. The one exception is `--vault`,
read from `REDACTOR_VAULT_URL`, the name every command already honours. A flag
on the command line wins over the environment. Boolean options accept
1/0/true/false.

The port is checked before any model loads, so a taken port fails in
milliseconds with a message that says what to do, not after model loading.
"""
from __future__ import annotations

import errno
import socket
import sys
from typing import Any, Optional
from urllib.parse import urlsplit, urlunsplit

import typer

ENV_PREFIX = "REDACTOR_"
# --vault keeps the variable runtime.py (and so every command) has always read.
_ENV_EXCEPTIONS = {"--vault": "REDACTOR_VAULT_URL"}


def env_name(flag: str) -> str:
    """The environment variable of a service option: --max-body-mb -> REDACTOR_MAX_BODY_MB."""
    return _ENV_EXCEPTIONS.get(flag, ENV_PREFIX + flag.lstrip("-").replace("-", "_").upper())


def service_option(default: Any, flag: str, *short: str, **settings: Any) -> Any:
    """A typer option of `serve`/`mcp` that is also read from its REDACTOR_* variable."""
    return typer.Option(default, flag, *short, envvar=env_name(flag), show_envvar=True, **settings)


def package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("redactor")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        from redactor import __version__

        return __version__


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"redactor {package_version()}")
        raise typer.Exit()


def version_option() -> Any:
    return typer.Option(False, "--version", callback=_print_version, is_eager=True,
                        help="Print the version and exit.")


class PortInUse(Exception):
    """The address to listen on is taken or cannot be bound; the message says what to do."""


def ensure_port_free(host: str, port: int, flag: str = "--port") -> None:
    """Bind host:port once and release it, so a taken port fails before models load.

    SO_REUSEADDR, as uvicorn sets it: connections of an earlier run still in
    TIME_WAIT do not count as taken.
    """
    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise PortInUse(f"cannot listen on {host}: not an address or a name this machine resolves "
                        "(use --host 127.0.0.1)") from None
    family, kind, protocol, _, address = infos[0]
    with socket.socket(family, kind, protocol) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except PermissionError:
            raise PortInUse(f"not allowed to listen on {host}:{port} (ports below 1024 need privileges); "
                            f"choose another with {flag} or {env_name(flag)}") from None
        except OSError as exc:
            reason = "already in use by another program" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
            raise PortInUse(f"cannot listen on {host}:{port}: {reason}; choose another port with {flag} "
                            f"or {env_name(flag)}") from None


def public_url(url: Optional[str]) -> str:
    """A URL fit for a log line: no user, password, query or fragment."""
    if not url:
        return "-"
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def vault_kind(url: str) -> str:
    """memory, sqlite or redis: never the path, host or password of the vault."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else "unknown"
    return {"rediss": "redis (TLS)", "unix": "redis (unix socket)"}.get(scheme, scheme)


def announce(command: str, **facts: Any) -> None:
    """The one start-up line of a service, on stderr (stdout may be a protocol stream)."""
    details = ", ".join(f"{name.replace('_', ' ')} {value}" for name, value in facts.items())
    print(f"redactor {command} {package_version()}: {details}", file=sys.stderr, flush=True)
