"""A throwaway redis-server for tests: free loopback port, temporary dir, AOF fsynced on every write.

Import the `redis_server` fixture into a test module. When no redis-server
binary exists or it will not start, the tests using it are SKIPPED with the
reason, never passed silently.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

_CANDIDATE_BINARIES = ("/usr/bin/redis-server", "/usr/local/bin/redis-server")
_START_TIMEOUT = 10.0


class RedisServerUnavailable(RuntimeError):
    """redis-server could not be found or started."""


def find_redis_server() -> str | None:
    found = shutil.which("redis-server")
    if found:
        return found
    return next((path for path in _CANDIDATE_BINARIES if os.access(path, os.X_OK)), None)


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class RedisServer:
    binary: str
    directory: Path
    port: int
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def log_path(self) -> Path:
        return self.directory / "redis.log"

    def start(self) -> None:
        """Start (or restart) on the same port and directory; data in the AOF is reloaded."""
        command = [
            self.binary,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(self.directory),
            "--appendonly", "yes",
            "--appendfsync", "always",  # a reply means the write is on disk
            "--save", "",
            "--daemonize", "no",
            "--logfile", str(self.log_path),
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RedisServerUnavailable(f"redis-server exited with {self.process.returncode}: {self._log_tail()}")
            if self._answers_ping():
                return
            time.sleep(0.02)
        self.kill()
        raise RedisServerUnavailable(f"redis-server did not answer PING within {_START_TIMEOUT} s: {self._log_tail()}")

    def stop(self) -> None:
        """Graceful shutdown: Redis flushes and fsyncs its AOF before exiting."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL: no chance to flush anything more."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def data_files(self) -> list[Path]:
        return [path for path in self.directory.rglob("*") if path.is_file() and path != self.log_path]

    def _answers_ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def _log_tail(self) -> str:
        try:
            return " | ".join(self.log_path.read_text(errors="replace").strip().splitlines()[-3:])
        except OSError:
            return "(no log)"


def start_redis_server(directory: Path) -> RedisServer:
    binary = find_redis_server()
    if binary is None:
        raise RedisServerUnavailable("redis-server binary not found (apt-get install redis-server)")
    directory.mkdir(parents=True, exist_ok=True)
    last_error: Exception | None = None
    for _ in range(3):  # the free port can be taken between probing and binding
        server = RedisServer(binary=binary, directory=directory, port=free_loopback_port())
        try:
            server.start()
            return server
        except (RedisServerUnavailable, OSError) as error:
            last_error = error
    raise RedisServerUnavailable(str(last_error))


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    try:
        server = start_redis_server(tmp_path / "redis")
    except RedisServerUnavailable as error:
        pytest.skip(f"Redis tests need a working redis-server: {error}")
    try:
        yield server
    finally:
        server.stop()
        server.kill()
