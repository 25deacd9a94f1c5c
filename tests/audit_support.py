"""Builders for the leak-audit tests: a tree with planted secrets and PII, a clean control tree, a git history.

Secret-shaped values are assembled at run time, so the repository itself holds
no string a secret scanner would flag. Every planted item records where it is
(path, line) and what an audit must call it (category, severity).
"""
from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

# A policy for audit tests: the shipped detectors without NER (deterministic and fast).
AUDIT_POLICY = """\
name: audit-test
stages: [route, placeholders]
detection:
  ner: {enabled: false}
"""

AWS_KEY = "AKIA" + "Z4XQ7RTB2MVN6KPL"
AWS_KEY_TF = "AKIA" + "J3WZ8N5YQR2XT7UB"
AWS_KEY_IGNORED = "AKIA" + "H6PV3KX9WQ4NZT2R"
AWS_SECRET = "wJalr" + "XUtnFEMI/K7MDENG/bPxRfiCYz9q8Lk3Wv2T"
GITHUB_TOKEN = "ghp_" + "R8kLw3NzQ5vX2mT9pY7bC4dF6hJ1sA0eG5uK"
STRIPE_KEY = "sk_live_" + "51HxQ2eLk9ZpW3rT7yV5bN8mC4"
OPENAI_KEY = "sk-proj-" + "Xq3Lm8Nw2Pz7Rt5Vy9Bc4Df6Gh1Jk0Ms"
DB_PASSWORD = "Vq7#pL2x" + "!Rz9mW4k"
YAML_PASSWORD = "Hx9$kQ2w" + "Lp7!Zr4N"
JSON_API_KEY = "c0ffee5a" + "9b8e4d7fa3c21e6b5d4f9a8c"
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ"
       + "." + "Sfl" + "KxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
EMAIL_ADMIN = "jane.roe" + "@" + "example.org"
EMAIL_OWNER = "owner.team" + "@" + "example.net"
EMAIL_LOG = "ops.oncall" + "@" + "example.com"
# Not a provider's sandbox number (4111 1111 1111 1111 is one: an audit scores it doubtful and does not report it).
CARD = "4539 1488 " + "0343 6467"
IBAN = "DE89 3704 " + "0044 0532 0130 00"
PRIVATE_KEY = "\n".join([
    "-----BEGIN " + "RSA PRIVATE KEY-----",
    "MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi2LJhOQDb6JxGvQYv9ZgmVJ8kW",
    "u4qg8sYb2hF5X5cLzQ2E1g7d3PZk4v6lRrJ9Yt8aQw0xN3mB7cH5sK2fL9pD1eV",
    "G6jT4nR8wZ0yX2qM5kB3vC7hF1dS9aL4oP6uI8eY2tW0rQ5zN7mK3jH1gD9fS2a",
    "-----END " + "RSA PRIVATE KEY-----",
])


@dataclass(frozen=True)
class Planted:
    path: str
    line: int
    category: str
    severity: str
    value: str  # what must never appear in any audit output


def build_planted_tree(root: Path) -> list[Planted]:
    """Write the planted tree under `root`; return the items an audit must report."""
    planted: list[Planted] = []

    def write(path: str, lines: list[str], items: dict[int, tuple[str, str, str]]) -> None:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for line, (category, severity, value) in items.items():
            assert value in lines[line - 1] or value.split("\n")[0] in lines[line - 1], (path, line)
            planted.append(Planted(path, line, category, severity, value))

    write(".env", [
        "# local development settings",
        "DEBUG=true",
        f"AWS_ACCESS_KEY_ID={AWS_KEY}",
        f"AWS_SECRET_ACCESS_KEY={AWS_SECRET}",
        f"DATABASE_PASSWORD={DB_PASSWORD}",
    ], {3: ("secret", "critical", AWS_KEY),
        # The secrets detector reports this keyword-context value as GENERIC_SECRET: high, not critical.
        4: ("secret", "high", AWS_SECRET),
        5: ("secret", "high", DB_PASSWORD)})
    key_lines = PRIVATE_KEY.split("\n")
    write("src/app.py", [
        '"""Service entry point."""',
        "import os",
        "",
        f'GITHUB_TOKEN = "{GITHUB_TOKEN}"',
        f'ADMIN_EMAIL = "{EMAIL_ADMIN}"',
        "",
        'DEPLOY_KEY = """' + key_lines[0],
        *key_lines[1:-1],
        key_lines[-1] + '"""',
        "",
        "def main() -> None:",
        '    print("starting")',
    ], {4: ("secret", "high", GITHUB_TOKEN), 5: ("pii", "medium", EMAIL_ADMIN),
        7: ("secret", "critical", key_lines[0])})
    write("web/config.js", [
        "// payment settings",
        f'const stripeKey = "{STRIPE_KEY}";',
        "module.exports = { stripeKey };",
    ], {2: ("secret", "high", STRIPE_KEY)})
    write("deploy/values.yaml", [
        "service:",
        "  replicas: 3",
        "database:",
        f'  password: "{YAML_PASSWORD}"',
    ], {4: ("secret", "high", YAML_PASSWORD)})
    write("config/settings.json", [
        "{",
        '  "name": "billing",',
        f'  "api_key": "{JSON_API_KEY}",',
        f'  "owner": "{EMAIL_OWNER}"',
        "}",
    ], {3: ("secret", "high", JSON_API_KEY), 4: ("pii", "medium", EMAIL_OWNER)})
    write("infra/main.tf", [
        'provider "aws" {',
        '  region     = "eu-west-1"',
        f'  access_key = "{AWS_KEY_TF}"',
        "}",
    ], {3: ("secret", "critical", AWS_KEY_TF)})
    write("docs/notes.md", [
        "# Support notes",
        "",
        f"The refund went to card {CARD} last week.",
        f"Wire transfers use the account {IBAN} for now.",
    ], {3: ("pii", "medium", CARD), 4: ("pii", "medium", IBAN)})
    write("logs/app.log", [
        "2024-05-01T10:00:00Z INFO request served in 12ms",
        f"2024-05-01T10:00:01Z DEBUG auth header: Bearer {JWT}",
        f"2024-05-01T10:00:02Z WARN paging {EMAIL_LOG}",
    ], {2: ("secret", "high", JWT), 3: ("pii", "medium", EMAIL_LOG)})
    notebook = {"cells": [{"cell_type": "code", "source": ["import openai\n", f'openai.api_key = "{OPENAI_KEY}"\n']}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    notebook_lines = json.dumps(notebook, indent=1).split("\n")
    key_line = next(i for i, line in enumerate(notebook_lines, 1) if OPENAI_KEY in line)
    write("notebooks/analysis.ipynb", notebook_lines, {key_line: ("secret", "high", OPENAI_KEY)})
    # Ignored by .gitignore: must NOT be reported.
    write(".gitignore", ["secrets.local.env", "build/"], {})
    write("secrets.local.env", [f"AWS_ACCESS_KEY_ID={AWS_KEY_IGNORED}"], {})
    write("build/bundle.js", [f'var k="{STRIPE_KEY}";'], {})
    # Binary: skipped, even though it contains a key.
    (root / "assets").mkdir(exist_ok=True)
    (root / "assets" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + AWS_KEY.encode() + b"\x00" * 64)
    return planted


def build_clean_tree(root: Path) -> None:
    """The same kinds of files with nothing sensitive in them."""
    files = {
        ".env": "DEBUG=true\nPORT=8080\nLOG_LEVEL=info\nDATABASE_PASSWORD=${DATABASE_PASSWORD}\n",
        "src/app.py": ('"""Service entry point."""\nimport os\n\nTOKEN = os.environ["GITHUB_TOKEN"]\n\n'
                       "def main() -> None:\n    print(\"starting\", len(TOKEN))\n"),
        "web/config.js": "// payment settings\nconst stripeKey = process.env.STRIPE_KEY;\nmodule.exports = { stripeKey };\n",
        "deploy/values.yaml": "service:\n  replicas: 3\n  image: nginx:1.25\ndatabase:\n  passwordFromSecret: db-credentials\n",
        "config/settings.json": '{\n  "name": "billing",\n  "version": "1.4.2",\n  "retries": 3\n}\n',
        "infra/main.tf": 'provider "aws" {\n  region = var.region\n}\n\nvariable "region" {\n  default = "eu-west-1"\n}\n',
        "docs/notes.md": "# Support notes\n\nRefunds are processed within five working days.\nUse the admin console to retry.\n",
        "logs/app.log": "2024-05-01T10:00:00Z INFO request served in 12ms\n2024-05-01T10:00:01Z INFO cache warmed\n",
        "notebooks/analysis.ipynb": json.dumps({"cells": [{"cell_type": "code", "source": ["import pandas as pd\n",
                                                                                          "df = pd.read_csv('data.csv')\n"]}],
                                                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    }
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Audit Test", "GIT_AUTHOR_EMAIL": "audit@test.invalid",
           "GIT_COMMITTER_NAME": "Audit Test", "GIT_COMMITTER_EMAIL": "audit@test.invalid",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env=env).stdout.strip()


@dataclass(frozen=True)
class GitHistory:
    repo: Path
    base: str  # first commit: clean
    added_secret: str  # commit that adds legacy/settings.py with a Stripe key (line 3)
    removed_secret: str  # commit that deletes it and adds a GitHub token to app.py (line 5)


def build_git_history(repo: Path) -> GitHistory:
    """C1 clean; C2 adds a secret; C3 removes it and adds another; plus an uncommitted AWS key in README."""
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("# Billing\n\nInternal billing service.\n")
    (repo / "app.py").write_text('import os\n\n\ndef main():\n    return os.environ["MODE"]\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "initial")
    base = git(repo, "rev-parse", "HEAD")
    (repo / "legacy").mkdir()
    (repo / "legacy" / "settings.py").write_text(f'"""Old settings."""\n\nSTRIPE_KEY = "{STRIPE_KEY}"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "add legacy settings")
    added = git(repo, "rev-parse", "HEAD")
    (repo / "legacy" / "settings.py").unlink()
    (repo / "app.py").write_text('import os\n\n\ndef main():\n    token = "' + GITHUB_TOKEN + '"\n'
                                 '    return os.environ["MODE"]\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "remove legacy settings")
    removed = git(repo, "rev-parse", "HEAD")
    # Uncommitted: `git diff REV` compares with the working tree.
    with open(repo / "README.md", "a") as handle:
        handle.write(f"\nTemporary key: {AWS_KEY}\n")
    return GitHistory(repo, base, added, removed)
