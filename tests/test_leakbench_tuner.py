"""`policy tune`: the documented decision rule, and the command's outputs and exit codes."""
from __future__ import annotations

from typer.testing import CliRunner

from leakbench.__main__ import app
from leakbench.tuner import CANDIDATES, Measurement, choose
from redactor.policy import load_policy


def _m(index: int, high: float | None, p50: float, over: float = 0.0) -> Measurement:
    return Measurement(CANDIDATES[index], high, high, over, p50)


def test_choose_takes_the_cheapest_candidate_whose_upper_bound_meets_the_target():
    measurements = [_m(0, 0.40, 0.5), _m(1, 0.09, 2.0, 0.02), _m(2, 0.05, 2.0, 0.01), _m(3, 0.01, 15.0)]
    assert choose(measurements, 0.10).candidate.name == CANDIDATES[2].name  # same p50: less over-redaction
    assert choose(measurements, 0.02).candidate.name == CANDIDATES[3].name
    assert choose(measurements, 0.5).candidate.name == CANDIDATES[0].name
    assert choose(measurements, 0.005) is None
    assert choose([_m(0, None, 0.1)], 1.0) is None  # nothing measured never qualifies


def test_tune_writes_a_loadable_policy_with_the_threat_model(tmp_path):
    threat = tmp_path / "threat.yaml"
    threat.write_text("threat_model:\n  description: provider must not see keys\n  untrusted: [provider_logs]\n"
                      "  assets: [secret]\n")
    out = tmp_path / "tuned.yaml"
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(threat), "--max-leak", "1.0",
                                      "--workload", "secrets_config", "--limit", "3", "--quiet",
                                      "--out", str(out), "--name", "my-tuned"])
    assert result.exit_code == 0, result.output
    policy = load_policy(out)
    assert policy.name == "my-tuned"
    assert policy.threat_model.description == "provider must not see keys"
    assert "Rule: cheapest candidate" in out.read_text()


def test_tune_exits_non_zero_when_no_candidate_qualifies(tmp_path):
    threat = tmp_path / "threat.yaml"
    threat.write_text("description: nobody may learn who we talk about\nassets: [pii]\n")
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(threat), "--max-leak", "0.0",
                                      "--workload", "implicit_identity", "--limit", "3", "--quiet"])
    assert result.exit_code == 1
    assert "no candidate meets --max-leak" in result.output and "Traceback" not in result.output


def test_tune_rejects_a_missing_threat_model_file(tmp_path):
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(tmp_path / "nope.yaml"), "--max-leak", "0.1"])
    assert result.exit_code == 2 and "not found" in result.output
