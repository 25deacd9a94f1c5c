"""Stage H in the pipeline: what gets noised, what never does, and what happens when the budget runs out."""
import json
import random
import re
import secrets

import pytest
import typer
from typer.testing import CliRunner

from redactor.detect.engine import DetectionEngine
from redactor.dp.budget import budget_command, budget_report
from redactor.core import BlockedError, RequestContext
from redactor.pipeline import Pipeline
from redactor.policy import load_policy, parse_policy
from redactor.segments import Segment
from redactor.stages.noise import NoiseStage
from redactor.stages.placeholders import PlaceholderStage
from redactor.vault.keys import format_key
from redactor.vault.memory import MemoryVault
from redactor.vault.sqlite import SqliteVault
from tests.core_support import RegexDetector

PROSE = ("Patient jane@example.com, age 34, earns $85,000; admitted 2023-03-14 at 14:30.\n"
         "She has 3 children.")
CODE = "def risk(age=34, salary=85000):\n    return age * 2  # age 34\n"
TOOL_JSON = '{"patient_age": 51, "income": "120000", "note": "age 51"}'


def _policy(**budget):
    text = "name: dp-test\nstages: [route, placeholders, noise]\ndetection: {ner: {enabled: false}}\n"
    if budget:
        text += "budget: " + json.dumps(budget) + "\n"
    return parse_policy(text)


def _pipeline(policy, vault=None, seed=1):
    stages = [PlaceholderStage(), NoiseStage(policy, rng=random.Random(seed))]
    return Pipeline(policy, vault if vault is not None else MemoryVault(),
                    engine=DetectionEngine(policy, [RegexDetector()]), stages=stages)


def _segments():
    return [Segment(PROSE, kind="prose"), Segment(CODE, kind="code"),
            Segment(TOOL_JSON, role="tool", kind="tool_result", position="tool_result"),
            Segment("34", kind="json_value", field_name="age", position="tool_arguments")]


def _request(pipeline, principal="alice", conversation="conv-1", segments=None):
    return pipeline.process(segments or _segments(), RequestContext(conversation=conversation, principal=principal))


def _numbers(text):
    return re.findall(r"\d[\d,:.-]*\d|\d", text)


def test_quasi_identifiers_in_prose_json_and_tool_results_are_noised_and_code_is_not():
    result = _request(_pipeline(_policy(), seed=3))
    prose, code, tool, leaf = (segment.text for segment in result.segments)
    assert code == CODE
    assert "[[EMAIL_1]]" in prose and "jane@example.com" not in prose
    # The sentence keeps its shape; only the numbers moved.
    assert re.fullmatch(r"Patient \[\[EMAIL_1\]\], age \d+, earns \$\d{1,3}(,\d{3})*; admitted "
                        r"\d{4}-\d{2}-\d{2} at \d{2}:\d{2}\.\nShe has \d+ children\.", prose), prose
    assert _numbers(prose) != _numbers(PROSE)
    document = json.loads(tool)
    assert set(document) == {"patient_age", "income", "note"}  # keys untouched, still valid JSON
    assert re.fullmatch(r"\d+", leaf)
    decision = result.decision
    assert "noise" in decision.stages and decision.epsilon_spent > 0
    assert decision.to_event()["epsilon_spent"] == round(decision.epsilon_spent, 6)


def test_resent_history_gets_the_same_noisy_text_and_costs_nothing():
    pipeline = _pipeline(_policy())
    first = _request(pipeline)
    spent = budget_report(pipeline, "alice")["epsilon_spent"]
    second = _request(pipeline)
    assert [s.text for s in second.segments] == [s.text for s in first.segments]
    assert second.decision.epsilon_spent == 0.0
    assert budget_report(pipeline, "alice")["epsilon_spent"] == pytest.approx(spent)
    # A new message with a new value is charged.
    third = _request(pipeline, segments=_segments() + [Segment("He is 40 years old.", kind="prose")])
    assert third.decision.epsilon_spent > 0
    assert budget_report(pipeline, "alice")["epsilon_spent"] > spent


def test_an_exhausted_budget_blocks_with_a_clear_message():
    pipeline = _pipeline(_policy(epsilon=2.0, on_exhausted="block"))
    with pytest.raises(BlockedError) as caught:
        _request(pipeline)
    message = str(caught.value)
    assert "privacy budget exhausted for this principal" in message
    assert "spent 0 of 2" in message and "remaining" in message and "needs" in message
    assert "34" not in message and "85" not in message  # no value of the request
    assert caught.value.status == 403


def test_an_exhausted_budget_can_route_locally():
    pipeline = _pipeline(_policy(epsilon=2.0, on_exhausted="local"))
    result = _request(pipeline)
    assert result.route == "local"
    assert "privacy budget exhausted" in result.decision.route_reason
    assert result.segments[0].text == PROSE  # the local model gets the original
    assert budget_report(pipeline, "alice")["epsilon_spent"] == 0.0


def test_an_exhausted_budget_can_send_placeholders_only_and_says_so():
    pipeline = _pipeline(_policy(epsilon=2.0, on_exhausted="redact-only"))
    result = _request(pipeline)
    prose = result.segments[0].text
    assert "[[EMAIL_1]]" in prose and "age 34" in prose
    assert any("redact-only" in note for note in result.decision.notes)
    assert result.decision.epsilon_spent == 0.0


def test_budgets_are_per_principal():
    # Two values per request; RDP composition: 4 values cost 2.04, 6 values 2.55.
    pipeline = _pipeline(_policy(epsilon=2.3))
    segments = [Segment("She is 34 years old and earns $85,000.", kind="prose")]
    for _ in range(2):
        _request(pipeline, "alice", conversation=secrets.token_hex(4), segments=segments)
    with pytest.raises(BlockedError):
        _request(pipeline, "alice", conversation=secrets.token_hex(4), segments=segments)
    _request(pipeline, "bob", conversation=secrets.token_hex(4), segments=segments)  # bob's budget is untouched


def test_a_request_without_principal_follows_missing_principal():
    blocking = _pipeline(_policy(missing_principal="block"))
    with pytest.raises(BlockedError, match="names none"):
        _request(blocking, principal=None)
    shared = _pipeline(_policy(missing_principal="shared"))
    _request(shared, principal=None)
    ledger_records = [key for (namespace, key) in shared.vault._records if namespace == "dp-ledger"]
    assert ledger_records == ["shared:anonymous"]


def test_the_policy_built_stage_draws_from_the_csprng():
    stage = NoiseStage(_policy())
    assert isinstance(stage._rng, secrets.SystemRandom)


def test_budget_report_has_the_documented_keys():
    pipeline = _pipeline(_policy())
    _request(pipeline)
    report = budget_report(pipeline, "alice")
    assert {"principal", "epsilon_spent", "epsilon_remaining", "epsilon_limit", "delta",
            "window_seconds", "releases"} <= set(report)
    assert report["releases"] == 8  # age, money, date, time, count in prose; age, money in JSON; the leaf
    assert report["epsilon_spent"] + report["epsilon_remaining"] == pytest.approx(report["epsilon_limit"])


def test_budget_command_prints_spent_and_remaining(tmp_path, monkeypatch):
    key = secrets.token_bytes(32)
    monkeypatch.setenv("REDACTOR_VAULT_KEY", format_key(key))
    path = tmp_path / "vault.db"
    policy = load_policy("dp-analytics")
    vault = SqliteVault(path, key)
    pipeline = Pipeline(policy, vault, engine=DetectionEngine(policy, [RegexDetector()]),
                        stages=[PlaceholderStage(), NoiseStage(policy, rng=random.Random(0))])
    _request(pipeline, "carol")
    vault.close()

    app = typer.Typer()
    app.command("budget")(budget_command)
    runner = CliRunner()
    result = runner.invoke(app, ["--principal", "carol", "--policy", "dp-analytics", "--json",
                                 "--vault", f"sqlite:///{path}"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["epsilon_spent"] > 0
    assert report["epsilon_remaining"] == pytest.approx(20.0 - report["epsilon_spent"])
    assert report["delta"] == 1e-5
    plain = runner.invoke(app, ["--principal", "nobody", "--vault", f"sqlite:///{path}"])
    assert plain.exit_code == 0 and "epsilon spent 0 of 20" in plain.stdout
    broken = runner.invoke(app, ["--principal", "x", "--policy", str(tmp_path / "missing.yaml")])
    assert broken.exit_code == 1 and "policy file not found" in broken.stderr
    assert "Traceback" not in broken.output


def test_the_shipped_policy_loads_and_runs_the_noise_stage():
    policy = load_policy("dp-analytics")
    assert policy.stages == ["route", "placeholders", "noise"]
    assert not policy.noise.words
    pipeline = _pipeline(policy)
    result = _request(pipeline, segments=[Segment("The median age 34 and 12% churn.", kind="prose")])
    assert result.decision.epsilon_spent > 0
