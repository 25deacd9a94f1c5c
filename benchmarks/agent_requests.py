"""Real coding-agent requests: placeholders issued against values planted, cold and warm detection.

Runs Claude Code and Codex (installed by scripts/setup.sh into .agents/) once
each, headless, against a loopback scripted provider, in a throw-away project
with planted values (an e-mail in the prompt, the code owner's e-mail in
CLAUDE.md / AGENTS.md, a token in the last commit message, an e-mail in the
project's path). The agent's first real request (~50-60 KB: system prompt,
tool schemas, project context) is then run through the `default` Pipeline in
this process, exactly as the proxy runs it:

- planted: how many planted values the agent actually put in its request;
- placeholders: distinct placeholders in what would leave (target: at most
  1.5x planted), with their kinds (never values);
- cold: first sight of the request (NER model already loaded, caches empty);
- warm: the same request re-sent (history re-sent every turn).

    .venv/bin/python benchmarks/agent_requests.py [--policy default] [--rounds 5]
"""
from __future__ import annotations

import argparse
import copy
import os
import re
import secrets
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from redactor.runtime import build_pipeline  # noqa: E402
from redactor.server import apis  # noqa: E402
from tests.agent_upstream import ScriptedAgentUpstream  # noqa: E402
from tests.upstream_server import LoopbackServer  # noqa: E402

from redactor.core import RequestContext  # noqa: E402

AGENT_BIN = REPO_ROOT / ".agents" / "node_modules" / ".bin"
PLACEHOLDER = re.compile(r"\[\[([A-Z][A-Z0-9_]*?)_\d+\]\]")


def _token(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _planted() -> dict[str, str]:
    tag = _token(string.ascii_lowercase, 6)
    return {"prompt_email": f"lena.{tag}@kestrel-analytics.com",
            "owner_email": f"owner.{tag}@kestrel-analytics.com",
            "path_email": f"ops.{tag}@kestrel-analytics.com",
            "commit_token": "ghp_" + _token(string.ascii_letters + string.digits, 36)}


def _project(root: Path, planted: dict[str, str], instructions: str) -> Path:
    project = root / planted["path_email"] / "billing-service"
    project.mkdir(parents=True)
    (project / instructions).write_text(f"# Billing service\n\nRun `make test` first.\nCode owner: "
                                        f"{planted['owner_email']}\n")
    (project / "app.py").write_text("def total(items):\n    return sum(item.price for item in items)\n")
    git = ["git", "-c", "user.name=Build Bot", "-c", "user.email=bot@example.com", "-c", "init.defaultBranch=main",
           "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", f"rotate deploy token {planted['commit_token']}"], cwd=project,
                   check=True)
    return project


def capture(agent: str) -> tuple[dict, dict[str, str]]:
    """The agent's first model request (parsed body) and the planted values."""
    planted = _planted()
    provider = ScriptedAgentUpstream()
    with tempfile.TemporaryDirectory() as scratch, LoopbackServer(provider) as server:
        root = Path(scratch)
        home = root / "home"
        home.mkdir()
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("ANTHROPIC_", "OPENAI_", "CLAUDE_", "CODEX_"))}
        env.update(HOME=str(home), ANTHROPIC_BASE_URL=server.url, ANTHROPIC_API_KEY="sk-ant-test",
                   CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1", OPENAI_API_KEY="sk-test")
        prompt = f"Summarise the project and mail it to {planted['prompt_email']}."
        if agent == "claude":
            project = _project(root / "work", planted, "CLAUDE.md")
            command = [str(AGENT_BIN / "claude"), "-p", prompt]
        else:
            project = _project(root / "work", planted, "AGENTS.md")
            codex_home = root / "codex"
            codex_home.mkdir()
            (codex_home / "config.toml").write_text(
                'model = "gpt-5"\nmodel_provider = "p"\n[model_providers.p]\nname = "p"\n'
                f'base_url = "{server.url}/v1"\nwire_api = "responses"\nenv_key = "OPENAI_API_KEY"\n')
            env["CODEX_HOME"] = str(codex_home)
            command = [str(AGENT_BIN / "codex"), "exec", "--skip-git-repo-check", prompt]
        subprocess.run(command, cwd=project, env=env, capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    requests = provider.model_requests()
    if not requests:
        raise SystemExit(f"{agent}: no request reached the scripted provider")
    return requests[0].json, planted


def measure(agent: str, body: dict, planted: dict[str, str], policy: str, rounds: int) -> dict:
    api = apis.ANTHROPIC_MESSAGES if agent == "claude" else apis.OPENAI_RESPONSES
    raw = str(body)
    present = [name for name, value in planted.items() if value in raw]
    cold, warm = [], []
    kinds: Counter[str] = Counter()
    outgoing_text = ""
    for round_index in range(rounds):
        # First sight: a new pipeline (empty detection cache; the NER model is
        # shared per process and already loaded) and a new conversation.
        pipeline = build_pipeline(policy, vault_url="memory://")
        context = RequestContext(conversation=f"bench-{agent}-{round_index}", api=api.name)
        started = time.perf_counter()
        result = pipeline.process(api.extract(copy.deepcopy(body)).segments, context)
        cold.append((time.perf_counter() - started) * 1000)
        # The same request re-sent as history, as agents do every turn.
        started = time.perf_counter()
        pipeline.process(api.extract(copy.deepcopy(body)).segments, context)
        warm.append((time.perf_counter() - started) * 1000)
        if round_index == 0:
            outgoing_text = "\n".join(segment.text for segment in result.segments)
    distinct = sorted({match.group(0) for match in PLACEHOLDER.finditer(outgoing_text)})
    for placeholder in distinct:
        kinds[PLACEHOLDER.fullmatch(placeholder).group(1)] += 1
    leaked = [name for name in present if planted[name] in outgoing_text]
    return {"agent": agent, "request_kb": len(raw.encode()) / 1024, "planted": len(present),
            "placeholders": len(distinct), "kinds": dict(kinds), "leaked": leaked,
            "cold_ms": statistics.median(cold), "warm_ms": statistics.median(warm)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default="default")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--agent", action="append", choices=["claude", "codex"])
    args = parser.parse_args()
    pipeline = build_pipeline(args.policy, vault_url="memory://")
    # Load the NER model before timing: start-up cost is not per-request cost.
    pipeline.process(api_warmup_segments(), RequestContext(conversation="warm-up"))
    print(f"policy {args.policy}, {args.rounds} rounds, medians; load: {os.getloadavg()[0]:.2f}")
    print(f"{'agent':<7} {'KB':>6} {'planted':>8} {'placeholders':>13} {'ratio':>6} {'cold ms':>8} {'warm ms':>8}  leaked")
    for agent in args.agent or ["claude", "codex"]:
        if not (AGENT_BIN / agent).exists():
            print(f"{agent:<7} not installed (scripts/setup.sh installs it into .agents/)")
            continue
        body, planted = capture(agent)
        row = measure(agent, body, planted, args.policy, args.rounds)
        ratio = row["placeholders"] / row["planted"] if row["planted"] else float("inf")
        print(f"{agent:<7} {row['request_kb']:>6.1f} {row['planted']:>8} {row['placeholders']:>13} {ratio:>6.2f} "
              f"{row['cold_ms']:>8.1f} {row['warm_ms']:>8.1f}  {', '.join(row['leaked']) or '-'}")
        print(f"        placeholder kinds: {row['kinds']}")


def api_warmup_segments():
    from redactor.segments import Segment

    return [Segment("Please ask Maria Lopez in Denver about the invoice.", kind="prose")]


if __name__ == "__main__":
    main()
