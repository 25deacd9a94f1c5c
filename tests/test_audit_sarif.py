"""SARIF output validates against SARIF 2.1.0 and carries one rule per kind and exact regions."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.audit_support import build_planted_tree
from tests.test_audit_scan import _audit

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture()
def sarif(tmp_path, monkeypatch):
    tree = tmp_path / "tree"
    tree.mkdir()
    items = build_planted_tree(tree)
    result = _audit(tmp_path, monkeypatch, "tree", "--sarif", "audit.sarif", "--json")
    assert result.exit_code == 1
    return json.loads((tmp_path / "audit.sarif").read_text()), json.loads(result.stdout), items


def test_sarif_validates_against_the_sarif_2_1_0_schema(sarif):
    log, _, _ = sarif
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert log["version"] == "2.1.0"


def test_the_schema_rejects_what_sarif_forbids(sarif):
    # The vendored schema is a subset: make sure it has teeth.
    log, _, _ = sarif
    broken = json.loads(json.dumps(log))
    del broken["runs"][0]["tool"]["driver"]["name"]
    broken["runs"][0]["results"][0]["level"] = "critical"
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    validator = jsonschema.Draft7Validator(SCHEMA)
    messages = " ".join(error.message for error in validator.iter_errors(broken))
    assert "'name' is a required property" in messages
    assert "'critical' is not one of" in messages
    assert "0 is less than the minimum of 1" in messages


def test_sarif_has_one_rule_per_kind_and_a_result_per_finding_with_exact_regions(sarif):
    log, document, _ = sarif
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert sorted(rule["id"] for rule in rules) == sorted(document["summary"]["by_kind"])
    assert len(run["results"]) == len(document["findings"])
    by_location = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]): r for r in run["results"]}
    for finding in document["findings"]:
        result = by_location[(finding["path"], finding["line"])]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startColumn"] == finding["column"] and region["endColumn"] == finding["end_column"]
        assert result["ruleId"] == finding["kind"]
        assert rules[result["ruleIndex"]]["id"] == finding["kind"]
        assert result["level"] == {"critical": "error", "high": "error", "medium": "warning",
                                   "low": "note"}[finding["severity"]]
        assert finding["masked"] in result["message"]["text"]
    private_key = next(rule for rule in rules if rule["id"] == "PRIVATE_KEY")
    assert private_key["properties"]["security-severity"] == "9.5"
    assert run["columnKind"] == "unicodeCodePoints"
