"""Stage H budget ledger: persisted encrypted in the vault, windowed, atomic per principal."""
import secrets
import threading

import pytest

from redactor.dp.accountant import EXPONENTIAL, GAUSSIAN, Release
from redactor.dp.ledger import LEDGER_NAMESPACE, BudgetLedger, principal_key
from redactor.policy import BudgetConfig
from redactor.vault.base import VaultError
from redactor.vault.memory import MemoryVault
from redactor.vault.sqlite import SqliteVault
from tests.redis_server import redis_server  # noqa: F401  (fixture)


def _word(count=1, epsilon=1.0):
    return Release(EXPONENTIAL, epsilon, 0.0, 2.0 / epsilon, count)


class _Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


def test_the_ledger_survives_reopening_the_sqlite_vault(tmp_path):
    path, key = tmp_path / "vault.db", secrets.token_bytes(32)
    budget = BudgetConfig(epsilon=10.0)
    vault = SqliteVault(path, key)
    check = BudgetLedger(vault, budget).charge("principal:alice", [_word(3)])
    assert check.allowed and check.spent_after == pytest.approx(3.0)
    vault.close()

    reopened = SqliteVault(path, key)
    ledger = BudgetLedger(reopened, budget)
    assert ledger.spent("principal:alice") == pytest.approx(3.0)
    assert ledger.spent("principal:bob") == 0.0
    assert ledger.charge("principal:alice", [_word(2)]).spent_after == pytest.approx(5.0)
    reopened.close()
    # Encrypted at rest: the principal's name and the figures are not in the file.
    raw = path.read_bytes()
    assert b"alice" not in raw and b"exponential" not in raw


def test_releases_older_than_the_window_no_longer_count():
    clock = _Clock()
    budget = BudgetConfig(epsilon=4.0, window_seconds=3600)
    ledger = BudgetLedger(MemoryVault(), budget, clock=clock)
    assert ledger.charge("principal:a", [_word(3)]).allowed
    clock.now += 1800
    assert not ledger.charge("principal:a", [_word(2)]).allowed  # 3 + 2 > 4 inside the hour
    assert ledger.charge("principal:a", [_word(1)]).allowed  # 3 + 1 fits
    clock.now += 1801  # the first charge (3) has left the window; the second (1) has not
    assert ledger.spent("principal:a") == pytest.approx(1.0)
    assert ledger.charge("principal:a", [_word(3)]).allowed


def test_a_refused_charge_records_nothing_and_reports_the_figures():
    ledger = BudgetLedger(MemoryVault(), BudgetConfig(epsilon=2.0))
    ledger.charge("principal:a", [_word(1)])
    check = ledger.charge("principal:a", [_word(2)])
    assert not check.allowed
    assert check.spent_before == pytest.approx(1.0)
    assert check.spent_after == pytest.approx(3.0)
    assert check.request_epsilon == pytest.approx(2.0)
    assert check.remaining == pytest.approx(1.0)
    assert ledger.spent("principal:a") == pytest.approx(1.0)


def test_concurrent_requests_of_one_principal_cannot_overspend():
    ledger = BudgetLedger(MemoryVault(), BudgetConfig(epsilon=3.0))
    barrier = threading.Barrier(10)
    results = []

    def request():
        barrier.wait()
        results.append(ledger.charge("principal:a", [_word(1)]).allowed)

    threads = [threading.Thread(target=request) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True] * 3
    assert ledger.spent("principal:a") == pytest.approx(3.0)


def test_gaussian_releases_are_charged_with_rdp_composition():
    ledger = BudgetLedger(MemoryVault(), BudgetConfig(epsilon=10.0, delta=1e-5))
    check = ledger.charge("principal:a", [Release(GAUSSIAN, 1.0, 1e-6, 4.2247, 40)])
    # 40 values at epsilon 1 each would be 40 by basic composition; RDP shows it fits in 10.
    assert check.allowed and 5.0 < check.spent_after < 10.0


def test_an_unreadable_ledger_fails_closed():
    vault = MemoryVault()
    vault.put_record(LEDGER_NAMESPACE, "principal:a", b"not json")
    with pytest.raises(VaultError, match="unreadable"):
        BudgetLedger(vault, BudgetConfig()).charge("principal:a", [_word(1)])


def test_the_principal_key_follows_the_policy():
    by_key = BudgetConfig(principal="api_key", missing_principal="shared")
    assert principal_key(by_key, "alice", "conv1") == "principal:alice"
    assert principal_key(by_key, None, "conv1") == "shared:anonymous"
    assert principal_key(BudgetConfig(missing_principal="conversation"), None, "conv1") == "conversation:conv1"
    assert principal_key(BudgetConfig(missing_principal="block"), None, "conv1") is None
    assert principal_key(BudgetConfig(principal="conversation"), "alice", "conv1") == "conversation:conv1"


_REPLICA = r"""
import secrets, sys, time
from redactor.dp.accountant import EXPONENTIAL, Release
from redactor.dp.ledger import BudgetLedger
from redactor.policy import BudgetConfig
from redactor.vault import open_vault

url, key_hex, start_at, attempts = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
vault = open_vault(url, bytes.fromhex(key_hex))
# delta 0: the budget composes by plain addition, so the limit is exactly 20 releases of epsilon 1.
ledger = BudgetLedger(vault, BudgetConfig(epsilon=20.0, delta=0.0))
release = Release(EXPONENTIAL, 1.0, 0.0, 2.0, 1)
while time.time() < start_at:
    pass
allowed = sum(ledger.charge("principal:shared-analyst", [release]).allowed for _ in range(attempts))
print(allowed)
"""


def _replicas_charging_one_principal(vault_url: str) -> tuple[list[int], int]:
    """Two processes charge one principal from the same moment on; (grants per process, releases recorded)."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from redactor.vault import open_vault

    key = secrets.token_bytes(32)
    open_vault(vault_url, key).close()  # creates the store and its key check once
    root = Path(__file__).resolve().parent.parent
    start_at = time.time() + 3.0
    replicas = [subprocess.Popen([sys.executable, "-c", _REPLICA, vault_url, key.hex(), str(start_at), "40"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root,
                                 env={**os.environ, "PYTHONPATH": str(root)})
                for _ in range(2)]
    granted = []
    for replica in replicas:
        out, err = replica.communicate(timeout=120)
        assert replica.returncode == 0, err
        granted.append(int(out.strip()))
    vault = open_vault(vault_url, key)
    recorded = BudgetLedger(vault, BudgetConfig(epsilon=20.0, delta=0.0)).releases("principal:shared-analyst")
    vault.close()
    return granted, sum(release.count for release in recorded)


def test_two_replicas_sharing_a_redis_vault_never_overspend_or_lose_a_charge(redis_server):
    """Every charge is one atomic read-check-write on the Redis server (a compare-and-set script):
    exactly the budget is granted across replicas, and all of it is recorded."""
    granted, recorded = _replicas_charging_one_principal(redis_server.url)
    assert sum(granted) == 20, granted
    assert recorded == 20  # no charge was overwritten by another replica


def test_two_processes_sharing_a_sqlite_vault_never_overspend_or_lose_a_charge(tmp_path):
    granted, recorded = _replicas_charging_one_principal(f"sqlite:///{tmp_path}/vault.db")
    assert sum(granted) == 20, granted
    assert recorded == 20
