"""Packaging: `pip install redactor` is the proxy, CLI, MCP server and detection; local models,
DP and the benchmark are extras that the core never imports. (scripts/check_core_install.sh
installs the core alone in a fresh venv and proxies a request through it.)"""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
EXTRAS_ONLY = {"torch", "opacus", "llama-cpp-python", "matplotlib", "pytest", "scipy", "pyarrow"}


def _names(requirements: list[str]) -> set[str]:
    return {requirement.split("==")[0].split(">")[0].split("<")[0].strip().lower() for requirement in requirements}


def test_every_package_directory_is_in_the_packages_list():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    # A package is a directory with an __init__.py (leakbench/corpora holds a build script, no package).
    on_disk = {".".join(path.parent.relative_to(ROOT).parts)
               for top in ("redactor", "leakbench") for path in (ROOT / top).rglob("__init__.py")
               if "__pycache__" not in path.parts}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    # The shipped policies are installed inside the package.
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["redactor.policies"] == "policies"
    assert PYPROJECT["tool"]["setuptools"]["package-data"]["redactor.policies"] == ["*.yaml"]


def test_core_dependencies_leave_models_dp_benchmark_and_tests_to_extras():
    core = _names(PYPROJECT["project"]["dependencies"])
    assert not core & EXTRAS_ONLY, core & EXTRAS_ONLY
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert "llama-cpp-python" in _names(extras["local"])
    assert {"torch", "opacus"} <= _names(extras["dp"])
    assert "matplotlib" in _names(extras["bench"])
    # The development setup still installs everything.
    assert '".[local,dp,bench,test]"' in (ROOT / "scripts" / "setup.sh").read_text()


CORE_RUN = r"""
import sys
import redactor.cli, redactor.server.cli, redactor.server.app, redactor.mcp_server
import redactor.audit_scan.command, redactor.policy_explain
from redactor.pipeline import RequestContext
from redactor.runtime import build_pipeline
from redactor.segments import Segment

for name in ("default", "strict", "secrets-only"):
    pipeline = build_pipeline(name, vault_url="memory://")
    if name == "secrets-only":
        result = pipeline.process([Segment("key AKIA" + "Q3EGRZ7XKVB2LMNP", role="user", kind="prose")],
                                  RequestContext(conversation="c", principal=None, api="cli"))
        assert "[[AWS_ACCESS_KEY_1]]" in result.segments[0].text
heavy = {"torch", "llama_cpp", "matplotlib", "opacus", "scipy", "pyarrow", "gguf"}
print(",".join(sorted({module.split(".")[0] for module in sys.modules} & heavy)))
"""


def test_the_core_import_paths_never_load_an_extra(tmp_path):
    result = subprocess.run([sys.executable, "-c", CORE_RUN], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                 "REDACTOR_VAULT_KEY_FILE": str(tmp_path / "vault.key")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"loaded by the core: {result.stdout.strip()}"


# Runs the CLI as in an installation without the dp, local and bench extras.
WITHOUT_EXTRAS = r"""
import sys
for name in ("torch", "opacus", "llama_cpp", "matplotlib", "scipy", "pyarrow"):
    sys.modules[name] = None
import importlib.util
_find_spec = importlib.util.find_spec
importlib.util.find_spec = lambda name, *a: None if name in ("opacus", "llama_cpp", "matplotlib") else _find_spec(name, *a)
sys.argv = ["redactor"] + sys.argv[1:]
from redactor.cli import main
main()
"""


def _without_extras(tmp_path, *args):
    return subprocess.run([sys.executable, "-c", WITHOUT_EXTRAS, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                            "REDACTOR_VAULT_KEY_FILE": str(tmp_path / "vault.key")})


def test_without_extras_help_works_and_extra_commands_say_what_to_install(tmp_path):
    listed = _without_extras(tmp_path, "--help")
    assert listed.returncode == 0, listed.stderr
    assert "bench" in listed.stdout and "serve" in listed.stdout
    bench = _without_extras(tmp_path, "bench", "--policy", "default")
    assert bench.returncode == 2 and "Traceback" not in bench.stderr
    assert "needs the 'bench' extra: pip install 'redactor[bench]'" in bench.stderr


def test_without_the_dp_extra_a_noise_policy_is_refused_at_start_not_per_request(tmp_path):
    served = _without_extras(tmp_path, "serve", "--policy", "dp-analytics", "--port", "0", "--vault", "memory://")
    assert served.returncode == 2 and "Traceback" not in served.stderr
    assert "policy 'dp-analytics': stage 'noise' needs the 'dp' extra: pip install 'redactor[dp]'" in served.stderr
    redacted = _without_extras(tmp_path, "redact", "--policy", "dp-analytics", "--vault", "memory://")
    assert redacted.returncode == 2 and "needs the 'dp' extra" in redacted.stderr


@pytest.mark.slow
def test_the_core_alone_installs_in_a_fresh_venv_and_proxies_a_request():
    """`pip install .` without extras, then `redactor serve --policy default` proxies one request
    (scripts/check_core_install.sh; needs PyPI or a warm pip cache, a few minutes)."""
    result = subprocess.run(["bash", str(ROOT / "scripts" / "check_core_install.sh")], capture_output=True,
                            text=True, timeout=1500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "core-install: core imports ok, no extra installed" in result.stdout
    assert "core-install: proxied one request" in result.stdout
    print(next(line for line in result.stdout.splitlines() if "environment size" in line))
