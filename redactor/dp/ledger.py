"""The privacy-budget ledger: each principal's releases within the window, kept encrypted in the vault.

One vault record per principal (namespace "dp-ledger"), a small JSON list of
`Release`s with the time each was charged. Releases older than
`budget.window_seconds` no longer count and are dropped on the next write; the
record itself expires one window after its last write. Check-and-charge is
one atomic read-modify-write of that record in the vault (`Vault.update_record`:
a compare-and-set Lua script on Redis, a write transaction on SQLite), so
replicas and processes sharing the vault can neither both pass a check that only
one fits nor overwrite each other's charges. Within a process a striped lock
per principal also keeps threads from retrying against each other.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from redactor.dp.accountant import Release, spent_epsilon
from redactor.policy import BudgetConfig
from redactor.vault.base import Vault, VaultError

LEDGER_NAMESPACE = "dp-ledger"
_FORMAT_VERSION = 1

# Striped locks: bounded memory whatever the number of principals; two
# principals sharing a stripe only wait for each other.
_STRIPES = [threading.Lock() for _ in range(256)]


@dataclass(frozen=True)
class BudgetCheck:
    """The outcome of trying to charge a request's releases to a principal."""

    allowed: bool
    spent_before: float  # epsilon spent in the window before this request
    spent_after: float  # what it would be (or is, when allowed) with this request
    request_epsilon: float  # this request's releases alone
    limit: float

    @property
    def remaining(self) -> float:
        return max(self.limit - (self.spent_after if self.allowed else self.spent_before), 0.0)


def principal_key(budget: BudgetConfig, principal: str | None, conversation: str) -> str | None:
    """The ledger key a request is charged to; None when it has no principal and the policy refuses that."""
    if budget.principal == "conversation":
        return "conversation:" + conversation
    if principal:
        return "principal:" + principal
    if budget.missing_principal == "conversation":
        return "conversation:" + conversation
    if budget.missing_principal == "shared":
        return "shared:anonymous"
    return None


def report_key(budget: BudgetConfig, name: str) -> str:
    """The ledger key of a principal named in a report or CLI query."""
    if budget.principal == "conversation":
        return "conversation:" + name
    return "principal:" + name


class BudgetLedger:
    """Reads, checks and charges principals' budgets in one vault."""

    def __init__(self, vault: Vault, budget: BudgetConfig, clock: Callable[[], float] = time.time) -> None:
        self._vault = vault
        self._budget = budget
        self._clock = clock

    def releases(self, key: str) -> list[Release]:
        """The releases charged to `key` that still count (inside the window)."""
        return self._in_window(self._load(key), self._clock())

    def spent(self, key: str) -> float:
        return spent_epsilon(self.releases(key), self._budget.delta)

    def charge(self, key: str, releases: Sequence[Release]) -> BudgetCheck:
        """Record `releases` against `key` if the budget allows them all; atomic per key across replicas."""
        budget = self._budget
        outcome: list[BudgetCheck] = []

        def check_and_charge(data: bytes | None) -> bytes | None:
            # May run again if another replica charged in between: recompute from what is stored.
            outcome.clear()
            now = self._clock()
            history = self._in_window(self._decode(data), now)
            before = spent_epsilon(history, budget.delta)
            stamped = [replace(release, time=now) for release in releases]
            after = spent_epsilon(history + stamped, budget.delta)
            alone = spent_epsilon(stamped, budget.delta)
            allowed = after <= budget.epsilon * (1 + 1e-12)
            outcome.append(BudgetCheck(allowed, before, after, alone, budget.epsilon))
            return self._encode(history + stamped) if allowed else None

        with _STRIPES[_stripe(self._vault, key)]:
            self._vault.update_record(LEDGER_NAMESPACE, key, check_and_charge, ttl_seconds=budget.window_seconds)
        return outcome[0]

    def _in_window(self, releases: list[Release], now: float) -> list[Release]:
        oldest = now - self._budget.window_seconds
        return [release for release in releases if release.time > oldest]

    def _load(self, key: str) -> list[Release]:
        return self._decode(self._vault.get_record(LEDGER_NAMESPACE, key))

    @staticmethod
    def _decode(data: bytes | None) -> list[Release]:
        if data is None:
            return []
        try:
            document = json.loads(data.decode("utf-8"))
            if document.get("version") != _FORMAT_VERSION:
                raise ValueError("unknown ledger format")
            return [Release(mechanism=str(m), epsilon=float(e), delta=float(d), noise_multiplier=float(z),
                            count=int(c), time=float(t)) for t, m, e, d, z, c in document["releases"]]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            # Fail closed: an unreadable ledger must not read as an unspent budget.
            raise VaultError("privacy-budget ledger record is unreadable") from None

    @staticmethod
    def _encode(releases: list[Release]) -> bytes:
        document = {
            "version": _FORMAT_VERSION,
            "releases": [[r.time, r.mechanism, r.epsilon, r.delta, r.noise_multiplier, r.count] for r in releases],
        }
        return json.dumps(document, separators=(",", ":")).encode("utf-8")


def _stripe(vault: Vault, key: str) -> int:
    digest = hashlib.blake2b(f"{id(vault)}\0{key}".encode("utf-8", "surrogatepass"), digest_size=2).digest()
    return int.from_bytes(digest, "big") % len(_STRIPES)
