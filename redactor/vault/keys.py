"""Where the vault key comes from: the REDACTOR_VAULT_KEY variable or a 0600 key file.

The environment variable wins when set. Otherwise the key file is read, and
created on first run (random 32 bytes, base64, mode 0600). A key file that
group or others may read or write is refused: anyone who can read it can read
every mapping the vault holds.
"""
from __future__ import annotations

import base64
import binascii
import os
import re
import stat
from pathlib import Path
from typing import Mapping

from redactor.vault.base import VaultKeyError
from redactor.vault.crypto import KEY_LENGTH

KEY_ENV_VAR = "REDACTOR_VAULT_KEY"
DEFAULT_KEY_PATH = Path("~/.config/redactor/vault.key")

_HEX_KEY = re.compile(r"[0-9a-fA-F]{%d}" % (2 * KEY_LENGTH))
_BASE64_KEY = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")


def generate_key() -> bytes:
    return os.urandom(KEY_LENGTH)


def format_key(key: bytes) -> str:
    """Text form of a key, as written to key files and accepted by parse_key."""
    return base64.b64encode(key).decode("ascii")


def parse_key(text: str, source: str = KEY_ENV_VAR) -> bytes:
    """Decode a key given as 64 hex characters or base64 (standard or URL-safe) of 32 bytes."""
    cleaned = text.strip()
    if _HEX_KEY.fullmatch(cleaned):
        return bytes.fromhex(cleaned)
    if _BASE64_KEY.fullmatch(cleaned):
        padded = cleaned + "=" * (-len(cleaned) % 4)
        try:
            decoded = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            decoded = b""
        if len(decoded) == KEY_LENGTH:
            return decoded
    # Never echo the text: it may be a real key with a typo.
    raise VaultKeyError(
        f"{source} is not a valid vault key: expected {KEY_LENGTH} bytes written as "
        f"{2 * KEY_LENGTH} hex characters or as base64 (got {len(cleaned)} characters). "
        f'Generate one with: python -c "import os,base64;print(base64.b64encode(os.urandom(32)).decode())"'
    )


def load_key(
    path: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    create: bool = True,
) -> bytes:
    """The vault key: from REDACTOR_VAULT_KEY if set, else from the key file.

    `path` defaults to ~/.config/redactor/vault.key. With `create`, a missing
    key file is created atomically with mode 0600.
    """
    environ = os.environ if environ is None else environ
    from_env = environ.get(KEY_ENV_VAR, "")
    if from_env.strip():
        return parse_key(from_env, KEY_ENV_VAR)
    key_path = Path(path if path is not None else DEFAULT_KEY_PATH).expanduser()
    try:
        return read_key_file(key_path)
    except FileNotFoundError:
        if not create:
            raise VaultKeyError(
                f"no vault key: set {KEY_ENV_VAR} or create the key file {key_path}"
            ) from None
    return create_key_file(key_path)


def read_key_file(path: str | os.PathLike[str]) -> bytes:
    """Read a key file, refusing one that group or others can access.

    Raises FileNotFoundError if it does not exist.
    """
    key_path = Path(path)
    try:
        fd = os.open(key_path, os.O_RDONLY)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise VaultKeyError(f"cannot read the vault key file {key_path}: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise VaultKeyError(f"the vault key file {key_path} is not a regular file")
        if info.st_mode & 0o077:
            raise VaultKeyError(
                f"refusing to use the vault key file {key_path}: it is accessible by group or others "
                f"(mode {stat.S_IMODE(info.st_mode):04o}). Run: chmod 600 {key_path}"
            )
        content = _read_all(fd)
    finally:
        os.close(fd)
    if len(content) == KEY_LENGTH:
        return content  # raw binary: no text form of a key is 32 characters long
    try:
        text = content.decode("ascii")
    except UnicodeDecodeError:
        text = ""
    return parse_key(text, f"the vault key file {key_path}")


def create_key_file(path: str | os.PathLike[str]) -> bytes:
    """Create a key file with a fresh key, mode 0600; if another process won the race, use its key."""
    key_path = Path(path)
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise VaultKeyError(f"cannot create the directory for the vault key file {key_path}: {error.strerror}") from None
    key = generate_key()
    # Write the whole key to a private temporary file, then link it into
    # place: readers never see a half-written key, and O_EXCL/link never
    # overwrite a key another process created first.
    temporary = key_path.with_name(f".{key_path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(fd, 0o600)  # in case a umask or ACL default widened it
            os.write(fd, (format_key(key) + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temporary, key_path)
        except FileExistsError:
            return read_key_file(key_path)
        except OSError:
            # Filesystems without hard links: fall back to exclusive create.
            return _create_key_file_directly(key_path, key)
    except OSError as error:
        raise VaultKeyError(f"cannot create the vault key file {key_path}: {error.strerror}") from None
    finally:
        try:
            os.unlink(temporary)
        except OSError:
            pass
    return key


def _create_key_file_directly(key_path: Path, key: bytes) -> bytes:
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_key_file(key_path)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (format_key(key) + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
        if sum(len(c) for c in chunks) > 4096:
            raise VaultKeyError("the vault key file is too large to be a key")
    return b"".join(chunks)

