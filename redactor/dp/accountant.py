"""Privacy accounting over a principal's releases, with opacus' accountants.

A `Release` is a batch of identical noisy releases (one per noised value or
word) and is what the ledger stores. Every release is given to opacus as
Gaussian steps with sample rate 1 whose RDP curve equals the release's zCDP cost
(see analysis.py): real Gaussian releases with their own noise multiplier,
exponential-mechanism words as rho = epsilon^2/8. The per-request check uses
`RDPAccountant` and takes the minimum with basic composition; reports add a
tighter PRV figure. opacus imports torch (about 2 s), so it is imported only
when an accountant is first needed, never by `import redactor.pipeline`.
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Sequence

from redactor.dp.analysis import basic_composition, zcdp_of_gaussian

GAUSSIAN = "gaussian"
EXPONENTIAL = "exponential"


@dataclass(frozen=True)
class Release:
    """`count` noisy releases, each (epsilon, delta)-DP and rho-zCDP by the same mechanism."""

    mechanism: str  # GAUSSIAN or EXPONENTIAL
    epsilon: float  # per release, as calibrated
    delta: float  # per release (0 for the exponential mechanism)
    # Noise multiplier of the Gaussian step with the same RDP curve.
    noise_multiplier: float
    count: int
    time: float = 0.0  # wall-clock seconds when charged

    @property
    def rho(self) -> float:
        return self.count * zcdp_of_gaussian(self.noise_multiplier)


def spent_epsilon(releases: Sequence[Release], delta: float) -> float:
    """epsilon at `delta` of all `releases` composed: min(RDP via opacus, basic composition)."""
    if not releases:
        return 0.0
    candidates = [rdp_epsilon(releases, delta)]
    basic_epsilon, basic_delta = basic_composition((r.epsilon * r.count, r.delta * r.count) for r in releases)
    if basic_delta <= delta:
        candidates.append(basic_epsilon)
    return min(candidates)


def rdp_epsilon(releases: Sequence[Release], delta: float) -> float:
    """epsilon at `delta` from `opacus.accountants.RDPAccountant` over the releases."""
    if not releases:
        return 0.0
    if delta <= 0.0:
        return math.inf
    from opacus.accountants import RDPAccountant

    accountant = RDPAccountant()
    accountant.history = _history(releases)
    with warnings.catch_warnings():
        # opacus warns when the best order is at the edge of its grid; the
        # bound is still valid, only possibly loose.
        warnings.simplefilter("ignore")
        epsilon = accountant.get_epsilon(delta=delta)
    return float(epsilon)


def prv_epsilon(releases: Sequence[Release], delta: float) -> float | None:
    """A tighter epsilon for reports: PRV accounting of the Gaussian releases plus,
    by basic composition, the epsilon of the exponential-mechanism releases.

    PRV composes exact privacy-loss distributions, which is only right for real
    Gaussian releases (a pure or bounded-range step is not dominated by the
    Gaussian with the same RDP curve), hence the split. None when PRV cannot
    be computed for these parameters.
    """
    gaussian = [r for r in releases if r.mechanism == GAUSSIAN]
    others = sum(r.epsilon * r.count for r in releases if r.mechanism != GAUSSIAN)
    if not gaussian:
        return others
    if delta <= 0.0:
        return None
    try:
        from opacus.accountants import PRVAccountant

        accountant = PRVAccountant()
        accountant.history = _history(gaussian)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = float(accountant.get_epsilon(delta=delta, eps_error=0.01))
    except Exception:  # opacus' numerical domain errors: no tighter figure, not a failure
        return None
    if not math.isfinite(value):
        return None
    return value + others


def _history(releases: Sequence[Release]) -> list[tuple[float, float, int]]:
    # opacus' history format: (noise_multiplier, sample_rate, steps); merge equal multipliers.
    steps: dict[float, int] = {}
    for release in releases:
        steps[release.noise_multiplier] = steps.get(release.noise_multiplier, 0) + release.count
    return [(multiplier, 1.0, count) for multiplier, count in sorted(steps.items())]
