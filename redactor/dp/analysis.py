"""Pure privacy arithmetic: zCDP costs of our mechanisms, composition, conversion to (epsilon, delta).

Facts used (rho is zero-concentrated DP, "zCDP"; RDP(alpha) = alpha * rho):
- Gaussian mechanism with noise multiplier z = sigma / sensitivity: rho = 1 / (2 z^2)
  (Bun & Steinke 2016, Prop. 1.6); it is exactly opacus' RDP curve with sample_rate 1.
- a pure epsilon-DP step: rho = epsilon^2 / 2 (Bun & Steinke 2016, Prop. 1.4), i.e.
  the RDP curve of a Gaussian step with noise multiplier 1 / epsilon;
- an epsilon-bounded-range step (the exponential mechanism): rho = epsilon^2 / 8
  (Cesar & Rogers 2021), i.e. a Gaussian step with noise multiplier 2 / epsilon.
zCDP composes by adding rho. The conversion to (epsilon, delta) is the one opacus
uses (Balle et al. 2020, Theorem 21) over the same orders, so our figure and
`opacus.accountants.RDPAccountant`'s agree (tests/test_dp_accountant.py). Basic
composition (sum of epsilons, sum of deltas) is also valid; the smaller of the two
bounds is the one we charge.
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

# The RDP orders opacus' RDPAccountant uses by default.
RDP_ORDERS: tuple[float, ...] = tuple([1 + x / 10.0 for x in range(1, 100)] + list(range(12, 64)))


def zcdp_of_gaussian(noise_multiplier: float) -> float:
    return 1.0 / (2.0 * noise_multiplier ** 2)


def zcdp_of_pure(epsilon: float) -> float:
    return epsilon ** 2 / 2.0


def zcdp_of_bounded_range(epsilon: float) -> float:
    return epsilon ** 2 / 8.0


def noise_multiplier_of_zcdp(rho: float) -> float:
    """The Gaussian noise multiplier whose RDP curve equals rho-zCDP (how a step is given to opacus)."""
    return 1.0 / math.sqrt(2.0 * rho)


def epsilon_of_zcdp(rho: float, delta: float, orders: Sequence[float] = RDP_ORDERS) -> float:
    """The (epsilon, delta)-DP epsilon of a rho-zCDP mechanism, via RDP at `orders`.

    Balle et al. 2020, Theorem 21 (the conversion opacus implements):
    eps = min over alpha of  rdp(alpha) + log((alpha-1)/alpha) - (log delta + log alpha) / (alpha - 1).
    """
    if rho <= 0.0:
        return 0.0
    if delta <= 0.0:
        return math.inf
    best = math.inf
    for alpha in orders:
        value = alpha * rho + math.log((alpha - 1) / alpha) - (math.log(delta) + math.log(alpha)) / (alpha - 1)
        best = min(best, value)
    return max(best, 0.0)


def basic_composition(steps: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """(sum of epsilons, sum of deltas) of a sequence of (epsilon, delta)-DP steps."""
    epsilon = delta = 0.0
    for step_epsilon, step_delta in steps:
        epsilon += step_epsilon
        delta += step_delta
    return epsilon, delta
