"""Stage H mechanisms: the noise has the intended distribution, clipping holds, the source is a CSPRNG."""
import math
import random
import secrets

import pytest
from scipy import stats

from redactor.dp.mechanisms import (
    analytic_gaussian_delta,
    analytic_gaussian_sigma,
    classic_gaussian_sigma,
    exponential_choice,
    exponential_probabilities,
    gaussian_release,
    gaussian_sigma,
    secure_random,
)

SAMPLES = 4000


def _noise_samples(sigma: float, seed: int, value: float = 500.0) -> list[float]:
    rng = random.Random(seed)
    return [gaussian_release(value, 0.0, 1000.0, sigma, rng) - value for _ in range(SAMPLES)]


def test_gaussian_noise_follows_the_calibrated_normal_distribution():
    sigma = gaussian_sigma(1.0, 1e-6, 5.0)
    samples = _noise_samples(sigma, seed=20240601)
    result = stats.kstest(samples, stats.norm(loc=0.0, scale=sigma).cdf)
    assert result.pvalue > 0.01, result


def test_the_distribution_test_rejects_the_wrong_scale():
    # The KS check above can fail: noise 30% too small is detected at this sample size.
    sigma = gaussian_sigma(1.0, 1e-6, 5.0)
    samples = _noise_samples(sigma * 0.7, seed=20240601)
    assert stats.kstest(samples, stats.norm(loc=0.0, scale=sigma).cdf).pvalue < 0.01


def test_analytic_sigma_reaches_the_target_delta_and_beats_the_classic_bound():
    for epsilon, delta in [(0.1, 1e-5), (0.5, 1e-6), (0.9, 1e-5)]:
        analytic = analytic_gaussian_sigma(epsilon, delta, 1.0)
        assert analytic_gaussian_delta(analytic, epsilon, 1.0) <= delta
        # Just below the returned sigma the target is missed: it is the smallest.
        assert analytic_gaussian_delta(analytic * 0.999, epsilon, 1.0) > delta
        assert analytic < classic_gaussian_sigma(epsilon, delta, 1.0)
    # Balle & Wang (2018) report sigma ~ 3.73 for epsilon 1, delta 1e-5, sensitivity 1.
    assert analytic_gaussian_sigma(1.0, 1e-5, 1.0) == pytest.approx(3.73, abs=0.01)
    # sigma scales linearly with the sensitivity.
    assert analytic_gaussian_sigma(2.0, 1e-6, 7.0) == pytest.approx(7.0 * analytic_gaussian_sigma(2.0, 1e-6, 1.0))


def test_classic_calibration_is_refused_where_it_is_not_proven():
    assert classic_gaussian_sigma(0.5, 1e-5, 2.0) == pytest.approx(2.0 * math.sqrt(2 * math.log(1.25 / 1e-5)) / 0.5)
    with pytest.raises(ValueError, match="epsilon < 1"):
        classic_gaussian_sigma(1.0, 1e-5, 1.0)
    with pytest.raises(ValueError):
        gaussian_sigma(1.0, 0.0, 1.0)


def test_releases_stay_within_the_clipping_bounds():
    rng = random.Random(7)
    sigma = gaussian_sigma(0.5, 1e-6, 50.0)  # noise far wider than the range
    for value in (-1000.0, 0.0, 37.0, 120.0, 5000.0):
        for _ in range(2000):
            assert 0.0 <= gaussian_release(value, 0.0, 120.0, sigma, rng) <= 120.0


def test_inputs_outside_the_range_are_clipped_before_noise():
    # A value far above the range is released like the upper bound itself
    # (that is what bounds the sensitivity): same seed, same output.
    sigma = 3.0
    high = gaussian_release(10_000.0, 0.0, 120.0, sigma, random.Random(3))
    at_bound = gaussian_release(120.0, 0.0, 120.0, sigma, random.Random(3))
    assert high == at_bound


def test_exponential_choice_samples_its_stated_distribution():
    utilities = [1.0, 0.8, 0.5, 0.0]
    epsilon = 3.0
    expected = exponential_probabilities(utilities, epsilon)
    rng = random.Random(11)
    counts = [0] * len(utilities)
    for _ in range(SAMPLES):
        counts[exponential_choice(utilities, epsilon, rng)] += 1
    result = stats.chisquare(counts, [p * SAMPLES for p in expected])
    assert result.pvalue > 0.01, (counts, expected)
    # The DP ratio: any output's probability moves by at most exp(epsilon) between inputs
    # whose utilities all lie in [0, 1].
    other = exponential_probabilities([0.0, 0.2, 1.0, 0.4], epsilon)
    assert max(max(a / b, b / a) for a, b in zip(expected, other)) <= math.exp(epsilon) + 1e-9


def test_exponential_choice_refuses_utilities_outside_zero_one():
    with pytest.raises(ValueError):
        exponential_choice([0.5, 1.5], 1.0, random.Random(0))


def test_production_noise_comes_from_the_operating_system_csprng():
    source = secure_random()
    assert isinstance(source, secrets.SystemRandom)
    # SystemRandom has no seedable state: seeding does not make draws repeat.
    source.seed(1)
    first = [source.random() for _ in range(4)]
    source.seed(1)
    assert [source.random() for _ in range(4)] != first
