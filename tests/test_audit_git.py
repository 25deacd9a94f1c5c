"""`redactor audit --git-diff REV` / `--git-log RANGE`: only what changes add, with file/line locations."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from tests.audit_support import AUDIT_POLICY, build_git_history
from tests.test_audit_scan import _app

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture()
def history(tmp_path):
    (tmp_path / "policy.yaml").write_text(AUDIT_POLICY)
    return build_git_history(tmp_path / "repo")


def _findings(history, *args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(_app(), ["audit", "--policy", str(history.repo.parent / "policy.yaml"),
                                         "--repo", str(history.repo), "--json", *args])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _where(document: dict) -> list[tuple]:
    return sorted((f["path"], f["line"], f["column"], f["kind"], f["source"]) for f in document["findings"])


def test_git_diff_reports_only_the_lines_the_change_adds(history):
    code, document = _findings(history, "--git-diff", history.base)
    assert code == 1
    # The working tree against the first commit: the committed token and the uncommitted key,
    # but not the secret that was added and removed again in between.
    assert _where(document) == [("README.md", 5, 16, "AWS_ACCESS_KEY", "git-diff"),
                                ("app.py", 5, 14, "GITHUB_TOKEN", "git-diff")]


def test_git_diff_of_a_range_finds_a_secret_that_a_later_commit_removed(history):
    _, document = _findings(history, "--git-diff", f"{history.base}..{history.added_secret}")
    assert _where(document) == [("legacy/settings.py", 3, 15, "STRIPE_KEY", "git-diff")]


def test_removed_lines_are_never_reported(history):
    _, document = _findings(history, "--git-diff", f"{history.added_secret}..{history.removed_secret}")
    assert _where(document) == [("app.py", 5, 14, "GITHUB_TOKEN", "git-diff")]


def test_git_log_finds_every_secret_ever_committed_with_the_commit_that_added_it(history):
    _, document = _findings(history, "--git-log", "HEAD")
    commits = {(f["path"], f["line"]): f["commit"] for f in document["findings"]}
    assert commits == {("legacy/settings.py", 3): history.added_secret,
                       ("app.py", 5): history.removed_secret}


def test_a_bad_revision_is_a_usage_error_in_one_line(history):
    for revision in ("no-such-revision", "--output=/tmp/x"):
        result = CliRunner().invoke(_app(), ["audit", "--policy", str(history.repo.parent / "policy.yaml"),
                                             "--repo", str(history.repo), "--git-diff", revision])
        assert result.exit_code == 2
        assert result.stderr.startswith("redactor audit: ") and result.stderr.count("\n") == 1
