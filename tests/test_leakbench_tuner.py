"""`policy tune`: from a team's annotated traffic and a budget to a policy that meets it, at least cost."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from leakbench.__main__ import app
from leakbench.loaders import load_dataset
from leakbench.runner import run_benchmark
from leakbench.tuner import (
    Budget,
    Candidate,
    Measurement,
    candidate_policy,
    candidate_space,
    choose,
    measure,
    nearest,
    parse_leak_limits,
    read_threat_model,
    relax_words,
)
from redactor.policy import OrgConfig, ThreatModel, load_policy

ROOT = Path(__file__).resolve().parent.parent
TEAM_TRAFFIC = ROOT / "tests" / "fixtures" / "tune_team_traffic.jsonl"
THREAT_MODEL = """\
threat_model:
  description: The provider must not see credentials or customer personal data.
  untrusted: [cloud_llm_provider, provider_logs]
  assets: [secret, pii, infra]
org:
  internal_domains: [corp.acmeinternal.net]
"""


@pytest.fixture(scope="module")
def measured():
    """Every candidate measured once on the shipped team-traffic sample."""
    samples = load_dataset(TEAM_TRAFFIC)
    candidates, _ = candidate_space(load_policy("default"), has_local_model=False)
    return measure(candidates, ThreatModel(), OrgConfig(internal_domains=["corp.acmeinternal.net"]), samples,
                   None, resamples=200)


def test_candidates_cover_detector_sets_stages_routing_and_shipped_policies():
    candidates, skipped = candidate_space(load_policy("default"), has_local_model=False)
    names = {candidate.name for candidate in candidates}
    assert {"secrets", "patterns", "patterns+ner", "strict-thresholds", "patterns+ner+noise",
            "patterns+ner+secrets-local", "patterns+ner+risk0.2-local", "patterns+ner+risk0.5-local", "all-local", "shipped:default"} <= names
    # Without a local model, candidates that rewrite prose are not measured, and the reason is given.
    assert not any(candidate.needs_local_model for candidate in candidates)
    assert any(line.startswith("rephrase:") for line in skipped)
    with_model, _ = candidate_space(load_policy("default"), has_local_model=True)
    assert any("rephrase" in candidate.name for candidate in with_model)


def test_tuning_on_team_data_writes_a_policy_that_policy_check_accepts_and_bench_confirms(tmp_path):
    threat = tmp_path / "threat.yaml"
    threat.write_text(THREAT_MODEL)
    out = tmp_path / "tuned.yaml"
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(threat), "--dataset", str(TEAM_TRAFFIC),
                                      "--split", "all", "--max-leak", "secret=0", "--max-leak", "pii=0.1",
                                      "--max-local-share", "0", "--resamples", "200", "--quiet",
                                      "--out", str(out), "--name", "team-tuned", "--report", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    checked = subprocess.run([sys.executable, "-m", "redactor.cli", "policy", "check", str(out)],
                             capture_output=True, text=True, cwd=ROOT)
    assert checked.returncode == 0 and "ok" in checked.stdout, checked.stderr

    report = run_benchmark([str(out)], dataset=str(TEAM_TRAFFIC), split="all", resamples=200)
    overall = report["policies"]["team-tuned"]["overall"]
    assert overall["per_category"]["secret"]["combined"]["ci_high"] <= 0.0
    assert overall["per_category"]["pii"]["combined"]["ci_high"] <= 0.1
    assert overall["routes"] == {"cloud": overall["samples"]}  # local share 0
    written = (tmp_path / "r" / "tuning.md").read_text()
    assert "## Workload" in written and "CHOSEN" in written and (tmp_path / "r" / "tuning.png").stat().st_size
    document = json.loads((tmp_path / "r" / "tuning.json").read_text())
    assert document["chosen"] and document["budget"]["max_leak"] == {"secret": 0.0, "pii": 0.1}


def test_a_budget_only_local_routing_meets_selects_a_routing_candidate(measured):
    # No implicit identity on the wire, and the prompts that do leave must not be
    # rewritten (generalization drops words): only keeping requests local meets both.
    budget = Budget(parse_leak_limits(["quasi=0", "secret=0"]), min_chrf=0.9)
    chosen = choose(measured, budget)
    assert chosen is not None and chosen.candidate.routes_locally
    assert chosen.leak["quasi"]["ci_high"] == 0.0
    assert all(m.candidate.routes_locally for m in measured if m.qualifies(budget))
    # Placeholders alone leave implicit identity on the wire.
    assert measured[[m.candidate.name for m in measured].index("patterns+ner")].leak["quasi"]["hits"] > 0


def test_a_utility_floor_rejects_the_candidate_that_over_redacts(measured):
    leak_only = Budget(parse_leak_limits(["pii=0.1"]), max_local_share=0.0)
    chosen = choose(measured, leak_only)
    assert chosen is not None and chosen.over_redaction > 0  # NER also replaces public names (Frankfurt, ...)

    with_floor = Budget(leak_only.max_leak, max_over_redaction=0.0, max_local_share=0.0)
    rejected = next(m for m in measured if m.candidate.name == chosen.candidate.name)
    assert [v.what for v in rejected.violations(with_floor)] == ["over-redaction"]
    assert choose(measured, with_floor) is None  # names are only found by NER here
    advice = relax_words(measured, with_floor)
    assert any("accept over-redaction up to" in line for line in advice)
    assert nearest(measured, with_floor)[0].violations(with_floor)[0].what == "over-redaction"


def test_ties_within_timing_noise_go_to_the_earlier_candidate():
    def m(name: str, p50: float) -> Measurement:
        return Measurement(Candidate(name, name), {"all": {"rate": 0.0, "ci_high": 0.0, "hits": 0, "total": 9}},
                           0.0, 0.8, p50, 0.0)

    budget = Budget({"all": 0.1})
    assert choose([m("first", 5.7), m("second", 5.3)], budget).candidate.name == "first"
    assert choose([m("first", 15.1), m("second", 5.3)], budget).candidate.name == "first"  # noise, not cost
    assert choose([m("first", 40.0), m("second", 5.3)], budget).candidate.name == "second"


def test_a_candidate_whose_stage_fails_never_qualifies_by_sending_nothing():
    # Failing closed sends nothing, so nothing leaks: that must not read as the best policy.
    spotless = {"all": {"rate": 0.0, "ci_high": 0.0, "hits": 0, "total": 9}}
    broken = Measurement(Candidate("broken", "a stage raises"), spotless, None, None, 1.0, 0.0, failed=9)
    working = Measurement(Candidate("working", "sends"), spotless, 0.0, 0.95, 5.0, 0.0)
    budget = Budget({"all": 0.1})
    assert [v.what for v in broken.violations(budget)] == ["failed requests"]
    assert choose([broken, working], budget).candidate.name == "working"
    assert choose([broken], budget) is None


def test_leak_limits_parse_per_category_and_reject_nonsense():
    assert parse_leak_limits(["0.05", "secret=0", "PII=0.01"]) == {"all": 0.05, "secret": 0.0, "pii": 0.01}
    for bad in ("pii=2", "pii=lots"):
        with pytest.raises(ValueError):
            parse_leak_limits([bad])


def test_from_audit_drafts_a_dataset_without_printing_values(tmp_path):
    email = "dana.whitfield" + "@" + "example.org"
    transcript = tmp_path / "session.jsonl"
    transcript.write_text("\n".join(json.dumps(line) for line in [
        {"type": "user", "message": {"role": "user", "content": f"Send the report to {email} please."}},
        {"type": "assistant", "message": {"id": "m1", "role": "assistant", "content": [
            {"type": "text", "text": "Done."}]}},
    ]) + "\n")
    threat = tmp_path / "threat.yaml"
    threat.write_text(THREAT_MODEL)
    draft = tmp_path / "draft.jsonl"
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(threat), "--from-audit", str(transcript),
                                      "--dataset-out", str(draft)])
    assert result.exit_code == 0, result.output
    assert email not in result.output and "EMAIL×1" in result.output
    [sample] = load_dataset(draft)
    assert [(a.kind, a.text) for a in sample.annotations] == [("EMAIL", email)]
    assert "review" in json.loads(draft.read_text().splitlines()[0])


def test_tune_without_a_budget_or_with_a_missing_threat_model_is_a_clear_error(tmp_path):
    no_budget = CliRunner().invoke(app, ["tune", "--threat-model", str(tmp_path / "t.yaml")])
    assert no_budget.exit_code == 2 and "give a budget" in no_budget.output
    missing = CliRunner().invoke(app, ["tune", "--threat-model", str(tmp_path / "nope.yaml"), "--max-leak", "0.1"])
    assert missing.exit_code == 2 and "not found" in missing.output and "Traceback" not in missing.output


def test_tune_exits_1_and_names_what_to_relax_when_nothing_qualifies(tmp_path):
    threat = tmp_path / "threat.yaml"
    threat.write_text(yaml.safe_dump({"description": "nobody may learn who we talk about", "assets": ["pii"]}))
    result = CliRunner().invoke(app, ["tune", "--threat-model", str(threat), "--max-leak", "quasi=0",
                                      "--max-local-share", "0", "--min-chrf", "0.9", "--workload", "implicit_identity", "--limit", "4",
                                      "--resamples", "50", "--quiet"])
    assert result.exit_code == 1, result.output
    assert "no candidate meets the budget" in result.output and "keep up to" in result.output


def test_candidates_that_need_a_local_model_are_measured_with_the_configured_one(tmp_path):
    threat = tmp_path / "threat.yaml"
    threat.write_text(THREAT_MODEL + "routing:\n  backend: {type: http, url: 'http://127.0.0.1:11434/v1', "
                                     "model: my-local-model}\n")
    model, org, base = read_threat_model(threat)
    candidates, _ = candidate_space(base, has_local_model=True)
    needing = [c for c in candidates if c.needs_local_model or c.routes_locally]
    assert any("rephrase" in c.name for c in needing) and any(c.name == "shipped:rephrase" for c in needing)
    for candidate in needing:
        backend = candidate_policy(candidate, model, org, "x").routing.backend
        assert (backend.type, backend.model) == ("http", "my-local-model"), candidate.name
