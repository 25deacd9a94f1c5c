"""Stage H accounting: our zCDP/RDP bookkeeping agrees with opacus, composition is charged correctly."""
import math
import subprocess
import sys

import pytest
from opacus.accountants import RDPAccountant

from redactor.dp.accountant import EXPONENTIAL, GAUSSIAN, Release, prv_epsilon, rdp_epsilon, spent_epsilon
from redactor.dp.analysis import (
    basic_composition,
    epsilon_of_zcdp,
    noise_multiplier_of_zcdp,
    zcdp_of_bounded_range,
    zcdp_of_gaussian,
    zcdp_of_pure,
)
from redactor.dp.mechanisms import gaussian_sigma


@pytest.mark.parametrize("k, sigma, sensitivity, delta", [
    (1, 4.22, 1.0, 1e-5),
    (10, 21.1, 5.0, 1e-5),
    (50, 3.0, 1.0, 1e-6),
    (200, 40.0, 4.0, 1e-5),
])
def test_epsilon_of_k_gaussian_releases_matches_opacus(k, sigma, sensitivity, delta):
    # Our bookkeeping: rho adds up, converted with the RDP-to-DP bound over opacus' orders.
    ours = epsilon_of_zcdp(k * zcdp_of_gaussian(sigma / sensitivity), delta)
    # opacus' own accountant, told about k full-batch Gaussian steps.
    accountant = RDPAccountant()
    for _ in range(k):
        accountant.step(noise_multiplier=sigma / sensitivity, sample_rate=1.0)
    with _no_fail():
        theirs = accountant.get_epsilon(delta=delta)
    assert ours == pytest.approx(theirs, rel=1e-9)
    # And the accountant the ledger uses says the same.
    release = Release(GAUSSIAN, 1.0, 1e-6, sigma / sensitivity, k)
    assert rdp_epsilon([release], delta) == pytest.approx(theirs, rel=1e-9)


class _no_fail:
    # opacus warns when the best order is at the edge of its grid; harmless here.
    def __enter__(self):
        import warnings

        self._catch = warnings.catch_warnings()
        self._catch.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        self._catch.__exit__(*exc)


def test_pure_and_bounded_range_steps_are_recorded_as_their_zcdp_cost():
    # A pure epsilon-DP step is rho = eps^2/2: a Gaussian step with noise multiplier 1/eps.
    assert zcdp_of_gaussian(noise_multiplier_of_zcdp(zcdp_of_pure(2.0))) == pytest.approx(2.0)
    assert noise_multiplier_of_zcdp(zcdp_of_pure(2.0)) == pytest.approx(0.5)
    # An epsilon-bounded-range step (exponential mechanism) is rho = eps^2/8: multiplier 2/eps.
    assert noise_multiplier_of_zcdp(zcdp_of_bounded_range(3.0)) == pytest.approx(2.0 / 3.0)


def test_charged_epsilon_is_the_smaller_of_rdp_and_basic_composition():
    sigma = gaussian_sigma(1.0, 1e-6, 1.0)
    one = Release(GAUSSIAN, 1.0, 1e-6, sigma, 1)
    # One release judged at its own delta: its calibration, (1.0, 1e-6), is tighter
    # than what the RDP conversion can show.
    assert rdp_epsilon([one], 1e-6) > 1.0
    assert spent_epsilon([one], 1e-6) == pytest.approx(1.0)
    # Many releases: RDP composition wins (sub-linear growth).
    many = Release(GAUSSIAN, 1.0, 1e-6, sigma, 100)
    assert spent_epsilon([many], 1e-5) == pytest.approx(rdp_epsilon([many], 1e-5))
    assert spent_epsilon([many], 1e-5) < 100 * 1.0
    # Basic composition only counts when the deltas fit in the budget's delta.
    ten = Release(GAUSSIAN, 1.0, 1e-6, sigma, 11)
    assert basic_composition([(1.0, 1e-6)] * 11)[1] > 1e-5
    assert spent_epsilon([ten], 1e-5) == pytest.approx(rdp_epsilon([ten], 1e-5))


def test_word_releases_compose_with_numeric_releases():
    sigma = gaussian_sigma(1.0, 1e-6, 1.0)
    releases = [Release(GAUSSIAN, 1.0, 1e-6, sigma, 10),
                Release(EXPONENTIAL, 3.0, 0.0, noise_multiplier_of_zcdp(zcdp_of_bounded_range(3.0)), 5)]
    rho = 10 * zcdp_of_gaussian(sigma) + 5 * zcdp_of_bounded_range(3.0)
    assert rdp_epsilon(releases, 1e-5) == pytest.approx(epsilon_of_zcdp(rho, 1e-5), rel=1e-9)
    assert spent_epsilon(releases, 1e-5) <= 10 * 1.0 + 5 * 3.0


def test_prv_report_is_tighter_than_rdp_for_gaussian_releases():
    sigma = gaussian_sigma(1.0, 1e-6, 1.0)
    releases = [Release(GAUSSIAN, 1.0, 1e-6, sigma, 50)]
    prv = prv_epsilon(releases, 1e-5)
    assert prv is not None and 0 < prv < rdp_epsilon(releases, 1e-5)
    # Exponential-mechanism words are added by basic composition, never as Gaussians.
    words = Release(EXPONENTIAL, 2.0, 0.0, 1.0, 3)
    assert prv_epsilon([words], 1e-5) == pytest.approx(6.0)


def test_nothing_released_costs_nothing_and_zero_delta_cannot_hold_gaussians():
    assert spent_epsilon([], 1e-5) == 0.0
    gaussian = Release(GAUSSIAN, 1.0, 1e-6, 4.0, 1)
    assert math.isinf(spent_epsilon([gaussian], 0.0))
    pure = Release(EXPONENTIAL, 1.0, 0.0, 2.0, 2)
    assert spent_epsilon([pure], 0.0) == pytest.approx(2.0)


def test_importing_the_pipeline_and_the_noise_stage_does_not_load_torch():
    code = ("import sys, redactor.pipeline, redactor.stages.noise, redactor.dp; "
            "print('torch' in sys.modules or 'opacus' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
