"""The README's command-line examples print what the README says they print.

The examples are read from README.md itself (not copied here), run with the
real CLI in a subprocess, and compared with the README's stated output:
- `echo "..." | redactor redact --policy default` followed by `# -> EXPECTED`;
- the curl example's prompt and the `# the provider receives "EXPECTED"` line,
  run through `redactor redact` (the proxy runs the same Pipeline);
- `redactor restore --conversation <id>` gives the values back.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")

_CLI_EXAMPLE = re.compile(
    r'^echo "(?P<input>[^"]+)" \| redactor redact --policy default\s*\n# -> (?P<expected>.+?)(?:\s{2,}\(.*)?$',
    re.MULTILINE,
)
_CURL_EXAMPLE = re.compile(
    r'"content":"(?P<input>[^"]+)"\}\]\}\'\s*\n# the provider receives "(?P<expected>[^"]+)"', re.MULTILINE
)
_RESTORE_EXAMPLE = re.compile(r'^echo "(?P<input>[^"]+)" \| redactor restore --conversation <id>', re.MULTILINE)


def _cli(*args: str, stdin: str, vault: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "redactor.cli", *args, "--vault", f"sqlite:///{vault}"],
        input=stdin, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT,
    )


def _examples() -> list[tuple[str, str]]:
    found = [(m["input"], m["expected"].strip()) for m in _CLI_EXAMPLE.finditer(README)]
    found += [(m["input"], m["expected"].strip()) for m in _CURL_EXAMPLE.finditer(README)]
    return found


def test_the_readme_has_examples_to_check():
    assert len(_examples()) >= 2


@pytest.mark.parametrize("prompt, expected", _examples())
def test_readme_redact_example_prints_what_the_readme_says(prompt, expected, tmp_path):
    result = _cli("redact", "--policy", "default", stdin=prompt + "\n", vault=tmp_path / "vault.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_readme_restore_example_gives_the_values_back(tmp_path):
    prompt, expected = _examples()[0]
    vault = tmp_path / "vault.db"
    redacted = _cli("redact", "--policy", "default", stdin=prompt + "\n", vault=vault)
    assert redacted.returncode == 0, redacted.stderr
    conversation = re.search(r"conversation: (\S+)", redacted.stderr).group(1)
    restore_input = _RESTORE_EXAMPLE.search(README)["input"]
    placeholder = re.search(r"\[\[[A-Z_]+_\d+\]\]", restore_input).group(0)
    assert placeholder in expected  # the README restores a placeholder its redact example issued
    restored = _cli("restore", "--conversation", conversation, stdin=restore_input + "\n", vault=vault)
    assert restored.returncode == 0, restored.stderr
    # The value behind the placeholder: align the README's input with its redacted output.
    pattern = re.escape(expected).replace(re.escape(placeholder), "(?P<value>.+?)")
    pattern = re.sub(r"\\\[\\\[[A-Z_]+_\d+\\\]\\\]", ".+?", pattern)
    value = re.fullmatch(pattern, prompt)["value"]
    assert restored.stdout.strip() == restore_input.replace(placeholder, value)
