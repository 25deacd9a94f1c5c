"""`redactor audit PATH...`: planted secrets and PII are all found, a clean tree is clean, bad input is clear."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from redactor.audit_scan.command import audit_command
from redactor.audit_scan.findings import AuditReport, at_or_above, severity_for
from redactor.audit_scan.ignore_rules import IgnoreRules
from tests.audit_support import AUDIT_POLICY, AWS_KEY_IGNORED, STRIPE_KEY, build_clean_tree, build_planted_tree

ROOT = Path(__file__).resolve().parent.parent


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _group() -> None:
        """Test harness: a group so `audit` stays a subcommand."""

    app.command("audit")(audit_command)
    return app


def _audit(tmp_path: Path, monkeypatch, *args: str):
    monkeypatch.chdir(tmp_path)
    policy = tmp_path / "policy.yaml"
    if not policy.exists():
        policy.write_text(AUDIT_POLICY)
    return CliRunner().invoke(_app(), ["audit", "--policy", str(policy), *args])


@pytest.fixture()
def planted(tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    return tree, build_planted_tree(tree)


def test_audit_finds_every_planted_item_in_every_file_type(tmp_path, monkeypatch, planted):
    tree, items = planted
    result = _audit(tmp_path, monkeypatch, "tree", "--json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    found = {(f["path"], f["line"]): f for f in document["findings"]}
    for item in items:
        finding = found.get((f"tree/{item.path}", item.line))
        assert finding is not None, f"missed {item.path}:{item.line}"
        assert finding["category"] == item.category
        assert at_or_above(finding["severity"], item.severity), (item, finding["severity"])
        assert finding["column"] >= 1 and finding["masked"].count("*") >= len(finding["masked"]) - 4
    # Nothing beyond the planted items, and every file type is represented.
    assert set(found) == {(f"tree/{item.path}", item.line) for item in items}
    assert {Path(item.path).suffix or item.path for item in items} >= {
        ".env", ".py", ".js", ".yaml", ".json", ".tf", ".md", ".log", ".ipynb"}
    summary = document["summary"]
    assert summary["total"] == len(items) and summary["failed"] is True
    assert summary["by_severity"]["critical"] >= 3


def test_gitignored_files_are_not_reported_and_binary_files_are_skipped_and_counted(tmp_path, monkeypatch,
                                                                                   planted):
    result = _audit(tmp_path, monkeypatch, "tree", "--json")
    document = json.loads(result.stdout)
    paths = {finding["path"] for finding in document["findings"]}
    assert "tree/secrets.local.env" not in paths and not any(p.startswith("tree/build/") for p in paths)
    assert "tree/assets/logo.png" not in paths
    summary = document["summary"]
    assert summary["binary_skipped"] == 1
    assert summary["ignored_skipped"] == 2  # secrets.local.env and the build/ directory
    assert summary["unreadable_count"] == 0


def test_no_output_format_ever_contains_a_planted_value(tmp_path, monkeypatch, planted):
    _, items = planted
    table = _audit(tmp_path, monkeypatch, "tree")
    as_json = _audit(tmp_path, monkeypatch, "tree", "--json", "--sarif", "out.sarif")
    everything = table.stdout + table.stderr + as_json.stdout + (tmp_path / "out.sarif").read_text()
    for value in [item.value for item in items] + [AWS_KEY_IGNORED, STRIPE_KEY]:
        for piece in value.split("\n"):
            if len(piece) >= 8:
                assert piece not in everything
    assert "tree/src/app.py:4:" in table.stdout  # locations are listed path:line:col


def test_a_clean_control_tree_has_no_findings_and_exits_zero(tmp_path, monkeypatch):
    clean = tmp_path / "clean"
    clean.mkdir()
    build_clean_tree(clean)
    result = _audit(tmp_path, monkeypatch, "clean", "--json", "--fail-on", "low")
    assert result.exit_code == 0, result.stdout
    document = json.loads(result.stdout)
    assert document["findings"] == []
    assert document["summary"]["files_scanned"] == 9


def test_exit_code_follows_the_fail_on_severity(tmp_path, monkeypatch):
    notes = tmp_path / "notes.md"
    notes.write_text("Reach me at " + "pat.lee" + "@" + "example.com" + " any time.\n")  # medium only
    assert _audit(tmp_path, monkeypatch, "notes.md").exit_code == 0  # default: high
    assert _audit(tmp_path, monkeypatch, "notes.md", "--fail-on", "medium").exit_code == 1
    assert _audit(tmp_path, monkeypatch, "notes.md", "--fail-on", "none").exit_code == 0


def test_a_missing_path_and_bad_options_are_usage_errors_in_one_line(tmp_path, monkeypatch):
    missing = _audit(tmp_path, monkeypatch, "does-not-exist")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "redactor audit: does-not-exist: no such file or directory"
    bad_threshold = _audit(tmp_path, monkeypatch, ".", "--fail-on", "severe")
    assert bad_threshold.exit_code == 2 and "--fail-on must be one of" in bad_threshold.stderr
    nothing = _audit(tmp_path, monkeypatch)
    assert nothing.exit_code == 2 and "nothing to audit" in nothing.stderr
    bad_policy = _audit(tmp_path, monkeypatch, ".", "--policy", str(tmp_path / "nope.yaml"))
    assert bad_policy.exit_code == 2 and "policy file not found" in bad_policy.stderr
    for result in (missing, bad_threshold, nothing, bad_policy):
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_unreadable_files_are_reported_and_counted_and_the_rest_is_still_scanned(tmp_path, monkeypatch,
                                                                                 planted):
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file).endswith("config.js"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("redactor.audit_scan.scanner.open", refusing_open, raising=False)
    result = _audit(tmp_path, monkeypatch, "tree", "--json")
    summary = json.loads(result.stdout)["summary"]
    assert summary["unreadable_count"] == 1
    assert summary["unreadable"] == ["tree/web/config.js: Permission denied"]
    assert summary["total"] > 0 and result.exit_code == 1


def test_a_file_named_explicitly_is_scanned_even_when_gitignored(tmp_path, monkeypatch, planted):
    result = _audit(tmp_path, monkeypatch, "tree/secrets.local.env", "--json")
    kinds = [finding["kind"] for finding in json.loads(result.stdout)["findings"]]
    assert kinds == ["AWS_ACCESS_KEY"]


def test_scanning_a_subdirectory_applies_the_gitignore_files_above_it(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".gitignore").write_text("*.secret\n!keep.secret\n")
    (repo / "pkg").mkdir()
    (repo / "pkg" / ".gitignore").write_text("generated/\n")
    rules = IgnoreRules.for_directory(repo / "pkg")
    assert rules.is_ignored(repo / "pkg" / "a.secret")
    assert not rules.is_ignored(repo / "pkg" / "keep.secret")
    assert rules.is_ignored(repo / "pkg" / "generated", is_dir=True)
    assert not rules.is_ignored(repo / "pkg" / "main.py")
    assert rules.is_ignored(repo / ".git", is_dir=True)


def test_severity_mapping_is_documented_and_ordered():
    assert severity_for("PRIVATE_KEY", "secret") == "critical"
    assert severity_for("AWS_ACCESS_KEY", "secret") == "critical"
    assert severity_for("AZURE_STORAGE_KEY", "secret") == "critical"
    assert severity_for("GITHUB_TOKEN", "secret") == "high"
    assert severity_for("EMAIL", "pii") == "medium"
    assert severity_for("AWS_ACCOUNT_ID", "infra") == "low"
    assert severity_for("PROJECT_CODENAME", "org") == "low"
    report = AuditReport(policy="p")
    assert report.failing("critical") == [] and report.summary(None)["fail_on"] == "none"


def test_the_redactor_entry_point_exits_with_the_audit_status(tmp_path, planted):
    policy = tmp_path / "policy.yaml"
    policy.write_text(AUDIT_POLICY)
    command = [sys.executable, "-m", "redactor.cli", "audit", "--policy", str(policy)]
    found = subprocess.run([*command, "tree", "--json"], cwd=tmp_path, capture_output=True, text=True,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    missing = subprocess.run([*command, "nowhere"], cwd=tmp_path, capture_output=True, text=True,
                             env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert found.returncode == 1, found.stderr[-2000:]
    assert json.loads(found.stdout)["summary"]["total"] > 0
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr
