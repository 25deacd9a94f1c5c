"""Noise mechanisms as pure functions: Gaussian calibration and release, exponential choice.

No state and no accounting here (that is accountant.py), like opacus keeps
`analysis/rdp.py` apart from its accountant objects. Every sampling function
takes the random source as a parameter: production passes `secure_random()`
(the operating system's CSPRNG); tests pass a seeded `random.Random` so the
statistical tests are reproducible.
"""
from __future__ import annotations

import math
import random
import secrets
from typing import Sequence

_SQRT2 = math.sqrt(2.0)


def secure_random() -> random.Random:
    """The random source every production noise draw uses (os.urandom underneath).

    `secrets.SystemRandom` draws each float from the OS CSPRNG; it keeps no
    state of its own, so it is safe to share between threads.
    """
    return secrets.SystemRandom()


# --- Gaussian mechanism ----------------------------------------------------------


def classic_gaussian_sigma(epsilon: float, delta: float, sensitivity: float) -> float:
    """sigma = sensitivity * sqrt(2 ln(1.25/delta)) / epsilon (Dwork & Roth, Thm A.1).

    Only proven for epsilon < 1; raises ValueError otherwise.
    """
    _check_epsilon_delta(epsilon, delta, sensitivity)
    if epsilon >= 1.0:
        raise ValueError("the classic Gaussian calibration only holds for epsilon < 1; use 'analytic'")
    return sensitivity * math.sqrt(2.0 * math.log(1.25 / delta)) / epsilon


def analytic_gaussian_delta(sigma: float, epsilon: float, sensitivity: float) -> float:
    """The exact delta the Gaussian mechanism with this sigma achieves at epsilon.

    Balle & Wang 2018 (ICML), Theorem 8:
    delta = Phi(D/(2s) - e s/D) - exp(e) Phi(-D/(2s) - e s/D).
    """
    ratio = sensitivity / sigma
    first = _normal_cdf(ratio / 2.0 - epsilon / ratio)
    tail = _normal_cdf(-ratio / 2.0 - epsilon / ratio)
    second = 0.0 if tail == 0.0 else math.exp(epsilon + math.log(tail))
    return max(first - second, 0.0)


def analytic_gaussian_sigma(epsilon: float, delta: float, sensitivity: float) -> float:
    """The smallest sigma whose exact delta at `epsilon` is at most `delta`.

    Analytic Gaussian mechanism (Balle & Wang 2018): valid for every epsilon > 0
    and tighter than the classic bound. delta(sigma) decreases in sigma, so a
    bisection finds it; the upper end of the final bracket is returned, so the
    result always satisfies the target (never rounds in the unsafe direction).
    """
    _check_epsilon_delta(epsilon, delta, sensitivity)
    low, high = sensitivity * 1e-6, sensitivity
    while analytic_gaussian_delta(high, epsilon, sensitivity) > delta:
        low, high = high, high * 2.0
        if high > sensitivity * 1e12:
            raise ValueError("no sigma reaches this (epsilon, delta)")
    for _ in range(200):
        middle = (low + high) / 2.0
        if analytic_gaussian_delta(middle, epsilon, sensitivity) > delta:
            low = middle
        else:
            high = middle
        if high - low <= high * 1e-12:
            break
    return high


def gaussian_sigma(epsilon: float, delta: float, sensitivity: float, calibration: str = "analytic") -> float:
    """sigma for an (epsilon, delta)-DP Gaussian release of a value with this sensitivity."""
    if calibration == "classic":
        return classic_gaussian_sigma(epsilon, delta, sensitivity)
    if calibration == "analytic":
        return analytic_gaussian_sigma(epsilon, delta, sensitivity)
    raise ValueError(f"unknown Gaussian calibration {calibration!r}")


def clip(value: float, lower: float, upper: float) -> float:
    return min(max(value, lower), upper)


def gaussian_release(value: float, lower: float, upper: float, sigma: float, rng: random.Random) -> float:
    """Clip to [lower, upper], add N(0, sigma^2), clip the result again.

    Clipping the input is what bounds the sensitivity; clipping the output is
    post-processing (it costs no privacy) and keeps the value plausible
    (an age stays in 0..120, a percentage in 0..100).
    """
    noisy = clip(value, lower, upper) + rng.normalvariate(0.0, sigma)
    return clip(noisy, lower, upper)


# --- exponential mechanism --------------------------------------------------------


def exponential_choice(utilities: Sequence[float], epsilon: float, rng: random.Random) -> int:
    """Index chosen with probability proportional to exp(epsilon * u / 2).

    Utilities must lie in [0, 1] for every input the guarantee should cover
    (utility sensitivity 1): then the choice is epsilon-DP and epsilon-bounded-range
    (McSherry & Talwar 2007; Durfee & Rogers 2019).
    """
    if not utilities:
        raise ValueError("no candidates")
    if any(not 0.0 <= u <= 1.0 for u in utilities):
        raise ValueError("utilities must lie in [0, 1]")
    top = max(utilities)
    weights = [math.exp(epsilon * (u - top) / 2.0) for u in utilities]
    threshold = rng.random() * sum(weights)
    running = 0.0
    for index, weight in enumerate(weights):
        running += weight
        if threshold < running:
            return index
    return len(weights) - 1


def exponential_probabilities(utilities: Sequence[float], epsilon: float) -> list[float]:
    """The output distribution of `exponential_choice` (for tests and utility reports)."""
    top = max(utilities)
    weights = [math.exp(epsilon * (u - top) / 2.0) for u in utilities]
    total = sum(weights)
    return [weight / total for weight in weights]


def _normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / _SQRT2)


def _check_epsilon_delta(epsilon: float, delta: float, sensitivity: float) -> None:
    if not epsilon > 0:
        raise ValueError("epsilon must be positive")
    if not 0 < delta < 1:
        raise ValueError("the Gaussian mechanism needs 0 < delta < 1")
    if not sensitivity > 0:
        raise ValueError("sensitivity must be positive")
