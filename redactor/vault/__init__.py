"""The vault: conversation-scoped placeholder mappings, encrypted at rest.

`open_vault(url, key, ttl_seconds, max_entries)` picks the store from a URL:

- ``memory://`` — this process only (MemoryVault);
- ``sqlite:///path/to/vault.db`` — one local file, the default (SqliteVault);
  ``sqlite:///~/x.db`` is relative to the home directory;
- ``redis://host:port/db`` (also ``rediss://``, ``unix://``) — shared by replicas (RedisVault).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from redactor.vault.base import Vault, VaultError, VaultKeyError, WrongKeyError
from redactor.vault.crypto import VaultCipher
from redactor.vault.keys import DEFAULT_KEY_PATH, KEY_ENV_VAR, format_key, generate_key, load_key, parse_key
from redactor.vault.limits import VaultLimits
from redactor.vault.memory import MemoryVault
from redactor.vault.sqlite import SqliteVault

if TYPE_CHECKING:
    from redactor.vault.redis import RedisVault

__all__ = [
    "DEFAULT_KEY_PATH",
    "KEY_ENV_VAR",
    "MemoryVault",
    "RedisVault",
    "SqliteVault",
    "Vault",
    "VaultCipher",
    "VaultError",
    "VaultKeyError",
    "VaultLimits",
    "WrongKeyError",
    "format_key",
    "generate_key",
    "load_key",
    "open_vault",
    "parse_key",
]

_REDIS_SCHEMES = ("redis", "rediss", "unix")


def open_vault(
    url: str,
    key: bytes,
    ttl_seconds: int | None = None,
    max_entries: int | None = None,
) -> Vault:
    """Open the store named by `url` with the 32-byte master `key`.

    Raises VaultError for an unknown or malformed URL or an unusable store,
    WrongKeyError if a persistent store was created with another key.
    """
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "memory":
        VaultCipher(key)  # the same key check as the persistent stores: fail early on a bad key
        return MemoryVault(ttl_seconds, max_entries)
    if scheme == "sqlite":
        return SqliteVault(_sqlite_path(url), key, ttl_seconds=ttl_seconds, max_entries=max_entries)
    if scheme in _REDIS_SCHEMES:
        # Imported here: the redis client is only loaded when a Redis store is used.
        from redactor.vault.redis import RedisVault

        return RedisVault.from_url(url, key, ttl_seconds=ttl_seconds, max_entries=max_entries)
    raise VaultError(
        f"unsupported vault URL scheme {scheme!r}: use memory://, sqlite:///path/to/vault.db "
        "or redis://host:port/db"
    )


def __getattr__(name: str) -> Any:
    if name == "RedisVault":
        from redactor.vault.redis import RedisVault

        return RedisVault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _sqlite_path(url: str) -> str:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise VaultError("a SQLite vault URL has no host: write sqlite:///path/to/vault.db")
    # sqlite:///abs/path and sqlite:////abs/path both mean /abs/path.
    path = unquote(parts.path)
    if path.startswith("/~"):
        path = path[1:]
    elif path.startswith("//"):
        path = "/" + path.lstrip("/")
    if path in ("", "/"):
        raise VaultError("a SQLite vault URL needs a file path: sqlite:///path/to/vault.db")
    return path
