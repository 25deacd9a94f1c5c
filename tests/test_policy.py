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


# --- Misconfigurations are rejected with the file, the line and a suggestion ------------------------


def _error_of(text: str, tmp_path, name: str = "p.yaml") -> str:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(PolicyError) as error:
        load_policy(path)
    return str(error.value)


def test_misspelt_category_in_actions_names_its_line_and_the_category(tmp_path):
    message = _error_of("name: x\nactions:\n  secrets: block\n", tmp_path)
    assert "p.yaml: line 3: key 'actions.secrets'" in message
    assert "did you mean 'secret'?" in message


def test_misspelt_kind_in_kind_actions_names_its_line_and_the_kind(tmp_path):
    message = _error_of("name: x\nkind_actions:\n  AWS_ACCESS_KEY: block\n  PRIVATKEY: local\n", tmp_path)
    assert "line 4: key 'kind_actions.PRIVATKEY': unknown kind" in message
    assert "did you mean 'PRIVATE_KEY'?" in message
    assert "AWS_ACCESS_KEY" not in message


def test_misspelt_section_and_misspelt_value_are_both_reported_with_lines(tmp_path):
    message = _error_of("name: x\ndetecton:\n  pii: false\nrouting:\n  fallback: eror\n", tmp_path)
    assert "line 2: key 'detecton': unknown key (did you mean 'detection'?)" in message
    assert "line 5: key 'routing.fallback'" in message and "did you mean 'error'?" in message


def test_unknown_local_category_and_kind_in_routing_are_rejected(tmp_path):
    assert "did you mean 'secret'?" in _error_of("name: x\nrouting:\n  local_categories: [secrets]\n", tmp_path)
    message = _error_of("name: x\nrouting:\n  local_kinds: [PRIVATE_KY]\n", tmp_path)
    assert "line 2" in message and "did you mean 'PRIVATE_KEY'?" in message


def test_a_key_written_twice_is_an_error_not_a_silent_override(tmp_path):
    message = _error_of("name: x\nactions:\n  secret: block\n  pii: redact\n  secret: allow\n", tmp_path)
    assert "line 5: key 'actions.secret': written twice (first at line 3)" in message


def test_kind_actions_accept_every_kind_the_detectors_emit_on_the_test_corpora():
    from pathlib import Path

    from redactor.detect.engine import DetectionEngine
    from redactor.detect.kinds import is_detector_kind
    from redactor.segments import Segment

    engine = DetectionEngine.from_policy(load_policy("strict"))
    corpus = Path(__file__).parent / "corpus"
    emitted = set()
    for path in sorted(corpus.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            emitted |= {span.kind for span in engine.detect([Segment(text, kind="tool_result")])[0]}
    emitted.discard("LITERAL")
    assert len(emitted) >= 10
    assert sorted(kind for kind in emitted if not is_detector_kind(kind)) == []
    # Every one of them is accepted in a policy.
    Policy(name="all-kinds", kind_actions={kind: "block" for kind in emitted})


# --- extends ------------------------------------------------------------------------------------------


def test_extends_merges_mappings_and_replaces_lists(tmp_path):
    (tmp_path / "base.yaml").write_text(
        "name: base\nstages: [route, placeholders]\nactions:\n  secret: block\n  pii: redact\n"
        "org:\n  allow: [S3, EKS]\n  names: [Acme]\n")
    (tmp_path / "child.yaml").write_text(
        "name: child\nextends: base.yaml\nstages: [placeholders]\nactions:\n  pii: allow\norg:\n  allow: [GKE]\n")
    child = load_policy(tmp_path / "child.yaml")
    assert child.name == "child" and child.extends == "base.yaml"
    assert child.stages == ["placeholders"]  # lists replace
    assert child.actions["secret"] == "block" and child.actions["pii"] == "allow"  # maps merge
    assert child.org.allow == ["GKE"] and child.org.names == ["Acme"]


def test_extends_a_shipped_policy_by_name(tmp_path):
    (tmp_path / "mine.yaml").write_text("name: mine\nextends: default\nkind_actions:\n  PRIVATE_KEY: block\n")
    mine = load_policy(tmp_path / "mine.yaml")
    default = load_policy("default")
    assert mine.kind_actions == {"PRIVATE_KEY": "block"}
    assert mine.actions == default.actions and mine.org.allow == default.org.allow


def test_errors_in_an_extending_policy_point_at_the_file_that_has_them(tmp_path):
    (tmp_path / "base.yaml").write_text("name: base\nactions:\n  secret: shred\n")
    (tmp_path / "child.yaml").write_text("name: child\nextends: base.yaml\nkind_actions:\n  PASSWRD: block\n")
    message = _error_of((tmp_path / "child.yaml").read_text(), tmp_path, "child.yaml")
    assert "base.yaml: line 3: key 'actions.secret'" in message
    assert "child.yaml: line 4: key 'kind_actions.PASSWRD'" in message and "did you mean 'PASSWORD'?" in message


def test_extends_cycles_missing_bases_and_nameless_children_are_errors(tmp_path):
    (tmp_path / "a.yaml").write_text("name: a\nextends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("name: b\nextends: a.yaml\n")
    with pytest.raises(PolicyError, match="a cycle"):
        load_policy(tmp_path / "a.yaml")
    assert "line 2: key 'extends'" in _error_of("name: c\nextends: nowhere.yaml\n", tmp_path, "c.yaml")
    assert "needs its own 'name'" in _error_of("extends: default\n", tmp_path, "d.yaml")


# --- Custom pattern detectors ---------------------------------------------------------------------------

_EMPLOYEE_POLICY = """\
name: employees
extends: default
kind_actions:
  EMPLOYEE_ID: block
detection:
  ner:
    enabled: false
  patterns:
    - name: employee-id
      kind: EMPLOYEE_ID
      category: pii
      regex: '\\bE\\d{6}\\b'
      score: 0.3
      context: [employee, badge]
    - name: loyalty-card
      kind: LOYALTY_CARD
      category: pii
      regex: '\\bLC-(?P<value>\\d{11})\\b'
      score: 0.8
      validator: luhn
"""


def _spans(policy, text):
    from redactor.detect.engine import DetectionEngine
    from redactor.segments import Segment

    return [(span.kind, text[span.start:span.end])
            for span in DetectionEngine.from_policy(policy).detect([Segment(text)])[0]]


def test_custom_pattern_below_min_score_reports_only_with_a_context_word():
    policy = parse_policy(_EMPLOYEE_POLICY)
    assert ("EMPLOYEE_ID", "E123456") in _spans(policy, "The employee E123456 joined.")
    assert not any(kind == "EMPLOYEE_ID" for kind, _ in _spans(policy, "Part number E123456 is out of stock."))
    assert policy.action_for("EMPLOYEE_ID", "pii") == "block"


def test_custom_pattern_validator_drops_matches_that_fail_the_checksum():
    policy = parse_policy(_EMPLOYEE_POLICY)
    found = _spans(policy, "cards LC-79927398713 and LC-79927398710")
    # The valid number is a LOYALTY_CARD (whole code or its digits: a code standing alone is also a doubtful
    # ID_NUMBER on the wire, and the two findings merge); the one failing the checksum is no LOYALTY_CARD.
    assert any(kind == "LOYALTY_CARD" and "79927398713" in value for kind, value in found)
    assert not any(kind == "LOYALTY_CARD" and "79927398710" in value for kind, value in found)


def test_explain_names_the_base_policy_and_the_custom_patterns():
    text = explain_policy(parse_policy(_EMPLOYEE_POLICY))
    assert "Built on 'default'" in text
    assert "policy pattern 'employee-id': EMPLOYEE_ID (pii), score 0.3; score 0.65 with one of the words " \
           "employee, badge nearby" in text
    assert "policy pattern 'loyalty-card': LOYALTY_CARD (pii), score 0.8, Luhn checksum required" in text


def test_custom_pattern_mistakes_are_rejected_with_their_line(tmp_path):
    base = "name: x\ndetection:\n  patterns:\n    - name: p\n      kind: {kind}\n      category: {category}\n" \
           "      regex: '{regex}'\n"
    assert "line 7: key 'detection.patterns.0.regex'" in _error_of(
        base.format(kind="EMPLOYEE_ID", category="pii", regex="E(\\d{6}"), tmp_path)
    assert "line 5" in _error_of(base.format(kind="employee id", category="pii", regex="E\\d+"), tmp_path)
    message = _error_of(base.format(kind="EMPLOYEE_ID", category="pi", regex="E\\d+"), tmp_path)
    assert "line 6" in message and "did you mean 'pii'?" in message


# --- JSON Schema ----------------------------------------------------------------------------------------


def test_policy_schema_command_validates_shipped_policies_and_flags_a_typo():
    import json

    import jsonschema
    import yaml

    result = subprocess.run([sys.executable, "-m", "redactor.cli", "policy", "schema"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    validator = jsonschema.Draft202012Validator(json.loads(result.stdout))
    for name in SHIPPED:
        assert not list(validator.iter_errors(yaml.safe_load((POLICY_DIR / f"{name}.yaml").read_text()))), name
    assert list(validator.iter_errors({"name": "x", "actions": {"secrets": "block"}}))
    assert list(validator.iter_errors({"name": "x", "detecton": {}}))


def test_policy_categories_are_the_detectors_categories():
    import typing

    from redactor.detect.base import CATEGORIES
    from redactor.policy import Category

    assert set(typing.get_args(Category)) == set(CATEGORIES)
