"""How many worker processes `serve` runs when not told: one per CPU, but one where a memory vault cannot be shared."""
from __future__ import annotations

import os

import pytest

from redactor.server import workers


@pytest.fixture
def four_cpus(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)


def test_an_explicit_count_is_used_as_given(four_cpus):
    assert workers.worker_count(3, "sqlite:///v.db", 8787) == (3, None)
    assert workers.worker_count(1, "sqlite:///v.db", 8787) == (1, None)


def test_by_default_one_worker_per_cpu_on_a_shared_vault(four_cpus):
    assert workers.worker_count(None, "sqlite:///v.db", 8787) == (4, None)
    assert workers.worker_count(None, "redis://127.0.0.1:6379/0", 8787) == (4, None)


def test_a_memory_vault_falls_back_to_one_worker_and_says_why(four_cpus):
    count, notice = workers.worker_count(None, "memory://", 8787)
    assert count == 1
    assert "memory://" in notice and "4" in notice and "sqlite://" in notice


def test_port_zero_means_one_worker(four_cpus):
    assert workers.worker_count(None, "sqlite:///v.db", 0) == (1, None)


def test_never_more_than_eight_workers_by_default(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)), raising=False)
    assert workers.worker_count(None, "sqlite:///v.db", 8787)[0] == 8


# -- a worker still loading is given no connections ---------------------------------------------------

def _supervise(tmp_path, fast: int):
    """`serve_workers` with two workers of tests/worker_apps.py in a process of its own (it owns signals)."""
    import subprocess
    import sys
    from pathlib import Path

    from tests.fault_support import free_port

    port = free_port()
    root = Path(__file__).resolve().parent.parent
    script = ("from redactor.server.workers import serve_workers; "
              f"serve_workers('tests.worker_apps:app_whose_later_workers_load_slowly', ({str(tmp_path)!r}, {fast}, 60.0), "
              f"'127.0.0.1', {port}, 2, 'warning')")
    process = subprocess.Popen([sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return process, f"http://127.0.0.1:{port}/"


def _stop(process) -> None:
    import subprocess

    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()


def _answering_workers(url: str, connections: int, timeout: float = 3.0) -> set[str]:
    """The pids that answer `connections` new connections (the kernel hashes each to a socket)."""
    import httpx

    return {httpx.get(url, timeout=timeout, headers={"connection": "close"}).text for _ in range(connections)}


def _wait_until_served(process, url: str, workers: int, seconds: float = 60) -> set[str]:
    import time

    import httpx

    deadline = time.monotonic() + seconds
    seen: set[str] = set()
    while len(seen) < workers:
        assert time.monotonic() < deadline and process.poll() is None, f"only {len(seen)} workers ever served"
        try:
            seen |= _answering_workers(url, 4)
        except httpx.TransportError:
            time.sleep(0.2)
    return seen


def test_connections_reach_a_serving_worker_while_another_is_still_loading(tmp_path):
    """Two workers on one port, the second loading slowly (models on a busy machine): every new
    connection is answered by the first at once; none waits in the queue of a worker that cannot serve
    yet. (Before, every worker's socket listened from the start and about half the connections waited
    for the slow worker's whole start-up.)"""
    process, url = _supervise(tmp_path, fast=1)
    try:
        first = _wait_until_served(process, url, 1)
        assert _answering_workers(url, 24) == first
    finally:
        _stop(process)


def test_connections_reach_the_live_worker_while_a_dead_one_restarts(tmp_path):
    """A worker that dies is restarted, and its successor loads slowly: meanwhile new connections are
    answered by the live worker, not queued on the dead one's socket."""
    import signal
    import time

    process, url = _supervise(tmp_path, fast=2)
    try:
        both = _wait_until_served(process, url, 2)
        victim, survivor = sorted(both)
        os.kill(int(victim), signal.SIGKILL)
        time.sleep(2)  # the supervisor looks every 0.5 s
        assert _answering_workers(url, 24) == {survivor}
        assert process.poll() is None
    finally:
        _stop(process)
