"""`redactor audit` in CI: baselines, inline ignores, excludes, profiles and the precision operating point."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from redactor.audit_scan.command import audit_command
from tests.audit_support import AUDIT_POLICY, AWS_KEY, GITHUB_TOKEN, STRIPE_KEY, build_planted_tree

NEW_TOKEN = "ghp_" + "Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8c"
SHA512_HASH = "$6$" + "Tp8xQm3L$" + "Xb7u2yQ1p9sWn4kR8tLzVhC3dF6gJ0aE5iM2oN7qS1uY4wB9cD3eF8hK2lP6rT0vX5zA7bC1dE4fG8hJ2kL6mN0"


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _group() -> None:
        """Test harness: a group so `audit` stays a subcommand."""

    app.command("audit")(audit_command)
    return app


def _audit(workdir: Path, monkeypatch, *args: str, policy: str | None = None):
    monkeypatch.chdir(workdir)
    if policy is None:
        policy_path = workdir / "policy.yaml"
        if not policy_path.exists():
            policy_path.write_text(AUDIT_POLICY)
        policy = str(policy_path)
    return CliRunner().invoke(_app(), ["audit", "--policy", policy, *args])


def _findings(result) -> list[dict]:
    return json.loads(result.stdout)["findings"]


@pytest.fixture()
def tree(tmp_path):
    root = tmp_path / "tree"
    root.mkdir()
    build_planted_tree(root)
    return root


def test_a_tree_with_a_baseline_passes_and_one_new_secret_fails(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "audit-baseline.json"
    assert _audit(tmp_path, monkeypatch, "tree").exit_code == 1  # the planted tree fails without a baseline

    written = _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline))
    assert written.exit_code == 0, written.stderr
    accepted = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline), "--json")
    assert accepted.exit_code == 0, accepted.stdout
    summary = json.loads(accepted.stdout)["summary"]
    assert summary["total"] == 0 and summary["baselined"] == 16

    app_py = tree / "src" / "app.py"
    new_line = len(app_py.read_text(encoding="utf-8").splitlines()) + 1
    with open(app_py, "a", encoding="utf-8") as handle:
        handle.write(f'RELEASE_TOKEN = "{NEW_TOKEN}"\n')
    failing = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline), "--json")
    assert failing.exit_code == 1
    [new] = _findings(failing)
    assert (new["path"], new["kind"]) == ("tree/src/app.py", "GITHUB_TOKEN")
    assert new["line"] == new_line


def test_a_baseline_file_holds_fingerprints_never_values(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "baseline.json"
    assert _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline)).exit_code == 0
    text = baseline.read_text()
    for value in (AWS_KEY, GITHUB_TOKEN, STRIPE_KEY, AWS_KEY[:8], GITHUB_TOKEN[-8:]):
        assert value not in text
    document = json.loads(text)
    assert all(set(entry) == {"fingerprint", "kind", "path", "count"} for entry in document["findings"])


def test_baselined_findings_survive_moving_lines_but_a_second_copy_is_new(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "baseline.json"
    _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline))
    config = tree / "web" / "config.js"
    config.write_text("// moved down\n\n\n" + config.read_text(), encoding="utf-8")
    assert _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline)).exit_code == 0

    with open(config, "a", encoding="utf-8") as handle:
        handle.write(f'const fallbackKey = "{STRIPE_KEY}";\n')
    result = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline), "--json")
    assert result.exit_code == 1
    assert [(f["path"], f["kind"]) for f in _findings(result)] == [("tree/web/config.js", "STRIPE_KEY")]


def test_the_same_secret_in_another_file_is_a_new_finding(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "baseline.json"
    _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline))
    (tree / "web" / "copy.js").write_text(f'const stripeKey = "{STRIPE_KEY}";\n', encoding="utf-8")
    result = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline), "--json")
    assert [(f["path"], f["kind"]) for f in _findings(result)] == [("tree/web/copy.js", "STRIPE_KEY")]


def test_a_keyed_baseline_cannot_be_read_without_its_key(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "baseline.json"
    monkeypatch.setenv("REDACTOR_AUDIT_BASELINE_KEY", "ci-secret-1")
    assert _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline)).exit_code == 0
    assert _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline)).exit_code == 0

    monkeypatch.setenv("REDACTOR_AUDIT_BASELINE_KEY", "another-secret")
    assert _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline)).exit_code == 1  # nothing matches
    monkeypatch.delenv("REDACTOR_AUDIT_BASELINE_KEY")
    missing_key = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline))
    assert missing_key.exit_code == 2
    assert "REDACTOR_AUDIT_BASELINE_KEY" in missing_key.stderr


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": "something-else"})])
def test_an_unreadable_baseline_is_a_usage_error_not_a_pass(tmp_path, monkeypatch, tree, content):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content)
    result = _audit(tmp_path, monkeypatch, "tree", "--baseline", str(baseline))
    assert result.exit_code == 2
    assert "baseline" in result.stderr and "Traceback" not in result.stderr


def test_redactor_ignore_on_the_line_or_the_line_before_suppresses_a_finding(tmp_path, monkeypatch):
    source = tmp_path / "settings.py"
    source.write_text(
        f'TEST_TOKEN = "{GITHUB_TOKEN}"  # redactor:ignore (revoked test fixture)\n'
        "# redactor:ignore: documented example key\n"
        f'EXAMPLE_KEY = "{STRIPE_KEY}"\n'
        "\n"
        f'REAL_KEY = "{AWS_KEY}"\n', encoding="utf-8")
    result = _audit(tmp_path, monkeypatch, "settings.py", "--json")
    assert [f["kind"] for f in _findings(result)] == ["AWS_ACCESS_KEY"]
    assert json.loads(result.stdout)["summary"]["inline_ignored"] == 2


def test_exclude_globs_skip_files_and_directories(tmp_path, monkeypatch, tree):
    result = _audit(tmp_path, monkeypatch, "tree", "--exclude", "docs/", "--exclude", "*.json",
                    "--exclude", "tree/logs/**", "--json")
    paths = {f["path"] for f in _findings(result)}
    assert paths and not any(p.startswith(("tree/docs/", "tree/logs/")) or p.endswith(".json") for p in paths)
    assert "tree/src/app.py" in paths
    assert json.loads(result.stdout)["summary"]["excluded_skipped"] >= 3


def test_ci_secrets_profile_reports_only_secrets(tmp_path, monkeypatch, tree):
    result = _audit(tmp_path, monkeypatch, "tree", "--profile", "ci-secrets", "--json")
    categories = {f["category"] for f in _findings(result)}
    assert categories == {"secret"}
    assert result.exit_code == 1
    unknown = _audit(tmp_path, monkeypatch, "tree", "--profile", "everything")
    assert unknown.exit_code == 2 and "ci-secrets" in unknown.stderr


def test_in_a_shadow_file_the_hash_is_a_secret_and_password_aging_fields_are_not(tmp_path, monkeypatch):
    shadow = tmp_path / "shadow"
    accounts = ["daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news", "uucp", "proxy", "backup"]
    shadow.write_text(f"root:{SHA512_HASH}:19345:0:99999:7:::\n"
                      + "".join(f"{name}:*:19345:0:99999:7:::\n" for name in accounts)
                      + "alice:!:19500:0:99999:7:::\n", encoding="utf-8")
    found = _findings(_audit(tmp_path, monkeypatch, "shadow", "--json"))
    assert [(f["line"], f["kind"], f["column"]) for f in found] == [(1, "PASSWORD_HASH", 6)]


def test_names_in_docs_are_below_the_audit_operating_point_but_the_wire_would_redact_them(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    readme.write_text("# Billing service\n\nMaintained by Margaret Okonkwo and Henrik Lindqvist in the "
                      "Stockholm office. Questions go to the Platform Guild.\n", encoding="utf-8")
    precise = _audit(tmp_path, monkeypatch, "README.md", "--json", policy="default")
    assert _findings(precise) == []
    assert json.loads(precise.stdout)["summary"]["below_confidence"] >= 2
    as_the_wire = _audit(tmp_path, monkeypatch, "README.md", "--json", "--min-confidence", "0", policy="default")
    assert {"PERSON"} <= {f["kind"] for f in _findings(as_the_wire)}


def test_finding_lines_are_column_aligned(tmp_path, monkeypatch, tree):
    result = _audit(tmp_path, monkeypatch, "tree", "--fail-on", "none")
    lines = [line for line in result.stdout.splitlines() if re.match(r"  tree/\S+:\d+:\d+ ", line)]
    assert len(lines) == 16
    severity_columns = {re.search(r"(critical|high|medium|low) ", line).start() for line in lines}
    kind_columns = {re.search(r"[A-Z][A-Z0-9_]+ ", line).start() for line in lines}
    action_columns = {line.index("redact;") for line in lines}
    assert len(severity_columns) == len(kind_columns) == len(action_columns) == 1


def test_sarif_results_carry_the_baseline_fingerprint_for_code_scanning(tmp_path, monkeypatch, tree):
    baseline = tmp_path / "baseline.json"
    sarif = tmp_path / "findings.sarif"
    _audit(tmp_path, monkeypatch, "tree", "--write-baseline", str(baseline), "--sarif", str(sarif))
    results = json.loads(sarif.read_text())["runs"][0]["results"]
    recorded = {entry["fingerprint"] for entry in json.loads(baseline.read_text())["findings"]}
    assert {r["partialFingerprints"]["redactorFinding/v1"] for r in results} == recorded
