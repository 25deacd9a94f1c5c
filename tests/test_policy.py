"""Policy files: shipped policies load, bad ones fail with one clear line naming file and key."""
import subprocess
import sys

import pytest

from redactor.policy import POLICY_DIR, Policy, PolicyError, load_policy, parse_policy
from redactor.policy_explain import explain_policy

SHIPPED = sorted(path.stem for path in POLICY_DIR.glob("*.yaml"))


def test_required_policies_are_shipped():
    assert {"default", "strict", "local-only", "secrets-only"} <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_policy_loads_and_explains(name):
    policy = load_policy(name)
    assert policy.name == name
    text = explain_policy(policy)
    assert f"Policy '{name}'" in text
    assert "Stages, in order: detect" in text


def test_unknown_key_is_named_with_the_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("name: x\ndetection:\n  secretz: true\n")
    with pytest.raises(PolicyError) as error:
        load_policy(path)
    message = str(error.value)
    assert str(path) in message and "detection.secretz" in message and "unknown key" in message


def test_invalid_action_is_reported_with_its_key():
    with pytest.raises(PolicyError, match=r"key 'actions.secret'"):
        parse_policy("name: x\nactions:\n  secret: shred\n", source="inline.yaml")


def test_invalid_yaml_reports_the_line():
    with pytest.raises(PolicyError, match=r"inline.yaml: invalid YAML at line \d+"):
        parse_policy("name: x\nstages: [route\n", source="inline.yaml")


def test_missing_name_and_non_mapping_are_clear():
    with pytest.raises(PolicyError, match="key 'name': required key is missing"):
        parse_policy("stages: []\n")
    with pytest.raises(PolicyError, match="must be a YAML mapping"):
        parse_policy("- a\n- b\n")


def test_missing_file_is_clear(tmp_path):
    with pytest.raises(PolicyError, match="policy file not found"):
        load_policy(tmp_path / "nope.yaml")


def test_kind_actions_override_category_actions():
    policy = Policy(name="x", actions={"secret": "redact"}, kind_actions={"private_key": "local"})
    assert policy.action_for("PRIVATE_KEY", "secret") == "local"
    assert policy.action_for("AWS_ACCESS_KEY", "secret") == "redact"
    assert policy.action_for("WHATEVER", "unknown-category") == "redact"


def test_repeated_stage_is_rejected():
    with pytest.raises(PolicyError, match="listed twice"):
        parse_policy("name: x\nstages: [placeholders, placeholders]\n")


def test_policy_check_cli_exit_codes(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nbogus: 1\n")
    result = subprocess.run([sys.executable, "-m", "redactor.cli", "policy", "check", str(bad)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "key 'bogus': unknown key" in result.stderr
    good = subprocess.run([sys.executable, "-m", "redactor.cli", "policy", "check", "default"],
                          capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "ok" in good.stdout
