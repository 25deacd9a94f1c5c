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
