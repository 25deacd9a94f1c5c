"""The real coding agents, headless, through the real proxy, against a scripted provider.

Claude Code (`@anthropic-ai/claude-code`) and Codex (`@openai/codex`) are
installed, pinned, by scripts/setup.sh into `.agents/`. Each test starts
`redactor serve --policy default` as a subprocess in front of a loopback
`ScriptedAgentUpstream` and runs the agent binary in a throw-away project that
holds planted canaries: in the prompt, in `.env`, in CLAUDE.md / AGENTS.md, in
the git history, and in the project's path. What the tests hold the proxy to:

- no canary ever reaches the provider (bodies, headers or paths);
- a placeholder the provider names comes back to the agent as the real value
  (the agent prints it);
- two sessions in one project stay apart: the provider naming a placeholder
  of the other session gets nothing back from it;
- the tool definitions the agent sends are byte-identical on every turn (the
  provider's prompt cache keys on them).

The tests skip, saying why, only when an agent is not installed.
"""
from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.agent_upstream import ScriptedAgentUpstream, ToolCallScript
from tests.fault_support import ProxyProcess
from tests.upstream_server import LoopbackServer

REPO_ROOT = Path(__file__).resolve().parent.parent
AGENT_BIN = REPO_ROOT / ".agents" / "node_modules" / ".bin"
CLAUDE = AGENT_BIN / "claude"
CODEX = AGENT_BIN / "codex"
AGENT_TIMEOUT = 120

needs_claude = pytest.mark.skipif(not CLAUDE.exists(), reason="Claude Code is not installed: scripts/setup.sh "
                                                              "installs it from npm into .agents/ (needs npm)")
needs_codex = pytest.mark.skipif(not CODEX.exists(), reason="Codex is not installed: scripts/setup.sh installs "
                                                            "it from npm into .agents/ (needs npm)")


def _token(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


class Canaries:
    """Fresh sensitive values for one test; the default policy must hide every one."""

    def __init__(self) -> None:
        tag = _token(string.ascii_lowercase, 6)
        self.prompt_email = f"lena.{tag}@kestrel-analytics.com"
        self.owner_email = f"owner.{tag}@kestrel-analytics.com"
        self.path_email = f"ops.{tag}@kestrel-analytics.com"
        self.aws_key = "AKIA" + _token(string.ascii_uppercase + "234567", 16)
        self.github_token = "ghp_" + _token(string.ascii_letters + string.digits, 36)
        self.stripe_key = "sk_live_" + _token(string.ascii_letters + string.digits, 24)
        self.db_password = _token(string.ascii_letters + string.digits, 18)

    def all(self) -> dict[str, str]:
        return {name: value for name, value in vars(self).items()}


def _leaks(wire: str, canaries: Canaries) -> list[str]:
    """Names (never values) of the canaries found in what reached the provider."""
    return sorted(name for name, value in canaries.all().items() if value in wire)


def _make_project(root: Path, canaries: Canaries, instructions_file: str) -> Path:
    project = root / canaries.path_email / "billing-service"
    project.mkdir(parents=True)
    (project / ".env").write_text(
        f"AWS_ACCESS_KEY_ID={canaries.aws_key}\n"
        f"STRIPE_SECRET_KEY={canaries.stripe_key}\n"
        f"DATABASE_URL=postgres://billing:{canaries.db_password}@10.20.30.40:5432/billing\n")
    (project / instructions_file).write_text(
        "# Billing service\n\nRun `make test` before committing.\n"
        f"Code owner: {canaries.owner_email}\n")
    (project / "app.py").write_text("def total(items):\n    return sum(item.price for item in items)\n")
    git = ["git", "-c", "user.name=Build Bot", "-c", f"user.email={canaries.owner_email}",
           "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "app.py", instructions_file], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", f"rotate deploy token {canaries.github_token}"], cwd=project,
                   check=True)
    return project


@pytest.fixture()
def provider():
    app = ScriptedAgentUpstream()
    with LoopbackServer(app) as server:
        app.url = server.url
        yield app


@pytest.fixture()
def proxy(tmp_path, provider):
    home = tmp_path / "proxy-home"
    home.mkdir()
    process = ProxyProcess(tmp_path, ["--policy", "default", "--vault", f"sqlite:///{tmp_path / 'vault.db'}",
                                      "--upstream-anthropic", provider.url,
                                      "--upstream-openai", provider.url + "/v1"],
                           env={"HOME": str(home), "REDACTOR_VAULT_KEY_FILE": str(home / "vault.key")})
    process.start(timeout=90)
    yield process
    process.stop()


def _agent_env(tmp_path: Path, proxy: ProxyProcess) -> dict[str, str]:
    home = tmp_path / "agent-home"
    home.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("ANTHROPIC_", "OPENAI_", "CLAUDE_", "CODEX_"))}
    env.update(HOME=str(home), ANTHROPIC_BASE_URL=proxy.url, ANTHROPIC_API_KEY="sk-ant-test-key",
               CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1", OPENAI_API_KEY="sk-test-key", NO_COLOR="1")
    return env


def _run_claude(project: Path, env: dict[str, str], prompt: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLAUDE), "-p", prompt, "--allowedTools", "Read"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=AGENT_TIMEOUT, stdin=subprocess.DEVNULL)


def _codex_home(tmp_path: Path, proxy: ProxyProcess, name: str) -> Path:
    # Codex 0.171 ignores OPENAI_BASE_URL: a model provider in config.toml is the route that works.
    home = tmp_path / name
    home.mkdir()
    (home / "config.toml").write_text(
        'model = "gpt-5"\nmodel_provider = "redactor"\n\n[model_providers.redactor]\nname = "redactor"\n'
        f'base_url = "{proxy.url}/v1"\nwire_api = "responses"\nenv_key = "OPENAI_API_KEY"\n')
    return home


def _run_codex(project: Path, env: dict[str, str], codex_home: Path, prompt: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CODEX), "exec", "--skip-git-repo-check", prompt], cwd=project,
                          env={**env, "CODEX_HOME": str(codex_home)}, capture_output=True, text=True,
                          timeout=AGENT_TIMEOUT, stdin=subprocess.DEVNULL)


def _assert_second_session_got_nothing_of_the_first(second: subprocess.CompletedProcess, canaries: Canaries,
                                                    provider: ScriptedAgentUpstream) -> None:
    """The provider named every placeholder it ever saw; the second session must restore none of the first's."""
    assert second.returncode == 0, second.stderr[-2000:]
    assert "ECHO:" in second.stdout
    for value in (canaries.aws_key, canaries.stripe_key, canaries.db_password):
        assert value not in second.stdout, "a second session got a value only the first session sent"
    assert _leaks(provider.wire_text(), canaries) == []


def _tools_bytes(request) -> str:
    return json.dumps(request.json.get("tools"), sort_keys=False, ensure_ascii=False)


@needs_claude
def test_claude_code_sends_no_canary_and_gets_real_values_back(tmp_path, provider, proxy):
    canaries = Canaries()
    project = _make_project(tmp_path / "work", canaries, "CLAUDE.md")
    provider.tool_call = ToolCallScript(anthropic_name="Read", anthropic_input={"file_path": str(project / ".env")})
    result = _run_claude(project, _agent_env(tmp_path, proxy),
                         f"Check .env for problems, then mail a summary to {canaries.prompt_email}.")
    assert result.returncode == 0, result.stderr[-2000:]
    turns = provider.model_requests()
    assert len(turns) >= 2, "Claude Code should have read .env through the scripted tool call"
    assert _leaks(provider.wire_text(), canaries) == []
    # The provider's last reply named the placeholders of the .env it was shown:
    # Claude Code must print the real values.
    assert canaries.aws_key in result.stdout
    assert canaries.stripe_key in result.stdout
    assert len({_tools_bytes(turn) for turn in turns}) == 1, "tool definitions changed between turns"
    assert len({json.dumps(turn.json.get("system")) for turn in turns}) == 1, "system prompt changed between turns"


@needs_claude
def test_claude_code_sessions_in_one_project_stay_apart(tmp_path, provider, proxy):
    canaries = Canaries()
    project = _make_project(tmp_path / "work", canaries, "CLAUDE.md")
    env = _agent_env(tmp_path, proxy)
    # Session one reads .env (its values reach the proxy only in a later turn);
    # both sessions start with the very same prompt and project context.
    provider.tool_call = ToolCallScript(anthropic_name="Read", anthropic_input={"file_path": str(project / ".env")})
    first = _run_claude(project, env, "Check the configuration.")
    assert first.returncode == 0, first.stderr[-2000:]
    assert canaries.aws_key in first.stdout
    # Session two: the provider names every placeholder it has ever seen.
    provider.tool_call = None
    provider.echo_source = "ever"
    second = _run_claude(project, env, "Check the configuration.")
    _assert_second_session_got_nothing_of_the_first(second, canaries, provider)


@needs_codex
def test_codex_sends_no_canary_and_gets_real_values_back(tmp_path, provider, proxy):
    canaries = Canaries()
    project = _make_project(tmp_path / "work", canaries, "AGENTS.md")
    provider.tool_call = ToolCallScript(responses_name="exec_command", responses_arguments={"cmd": "cat .env"})
    result = _run_codex(project, _agent_env(tmp_path, proxy), _codex_home(tmp_path, proxy, "codex-home"),
                        f"Check .env for problems, then mail a summary to {canaries.prompt_email}.")
    assert result.returncode == 0, result.stderr[-2000:]
    turns = provider.model_requests()
    assert len(turns) >= 2, "Codex should have run the scripted command"
    assert _leaks(provider.wire_text(), canaries) == []
    assert canaries.aws_key in result.stdout
    assert len({_tools_bytes(turn) for turn in turns}) == 1, "tool definitions changed between turns"


@needs_codex
def test_codex_sessions_in_one_project_stay_apart(tmp_path, provider, proxy):
    canaries = Canaries()
    project = _make_project(tmp_path / "work", canaries, "AGENTS.md")
    env = _agent_env(tmp_path, proxy)
    provider.tool_call = ToolCallScript(responses_name="exec_command", responses_arguments={"cmd": "cat .env"})
    first = _run_codex(project, env, _codex_home(tmp_path, proxy, "codex-one"), "Check the configuration.")
    assert first.returncode == 0, first.stderr[-2000:]
    assert canaries.aws_key in first.stdout
    provider.tool_call = None
    provider.echo_source = "ever"
    second = _run_codex(project, env, _codex_home(tmp_path, proxy, "codex-two"), "Check the configuration.")
    _assert_second_session_got_nothing_of_the_first(second, canaries, provider)


@needs_codex
def test_codex_websocket_attempt_falls_back_to_http_at_once(tmp_path, provider, proxy):
    # `-c openai_base_url=...` makes Codex try a WebSocket on GET /v1/responses
    # first; on a 404 it retries seven times (about 6 s). The proxy answers 426.
    project = tmp_path / "plain"
    project.mkdir()
    env = _agent_env(tmp_path, proxy)
    codex_home = tmp_path / "codex-ws"
    codex_home.mkdir()
    result = subprocess.run([str(CODEX), "exec", "--skip-git-repo-check", "-c",
                             f"openai_base_url={proxy.url}/v1", "say hello"], cwd=project,
                            env={**env, "CODEX_HOME": str(codex_home)}, capture_output=True, text=True,
                            timeout=AGENT_TIMEOUT, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ECHO:" in result.stdout
    metrics = httpx.get(proxy.url + "/metrics", timeout=5).text
    refused = [line for line in metrics.splitlines()
               if line.startswith("redactor_requests_total") and 'status="426"' in line]
    assert refused and all(line.endswith(" 1.0") for line in refused), refused


@pytest.fixture()
def token_proxy(tmp_path, provider):
    home = tmp_path / "token-proxy-home"
    home.mkdir()
    process = ProxyProcess(tmp_path, ["--policy", "default", "--vault", f"sqlite:///{tmp_path / 'vault-t.db'}",
                                      "--upstream-anthropic", provider.url,
                                      "--upstream-openai", provider.url + "/v1"],
                           env={"HOME": str(home), "REDACTOR_VAULT_KEY_FILE": str(home / "vault.key"),
                                "REDACTOR_TOKEN": PROXY_TOKEN}, name="token-proxy")
    process.start(timeout=90)
    yield process
    process.stop()


PROXY_TOKEN = "proxy-token-" + secrets.token_hex(8)


@needs_claude
def test_claude_code_sends_the_proxy_token_with_custom_headers(tmp_path, provider, token_proxy):
    # docs/agents.md: ANTHROPIC_CUSTOM_HEADERS carries the proxy token; the
    # provider never sees it, and still gets the client's own API key.
    project = tmp_path / "plain"
    project.mkdir()
    env = {**_agent_env(tmp_path, token_proxy), "ANTHROPIC_CUSTOM_HEADERS": f"x-redactor-token: {PROXY_TOKEN}"}
    result = _run_claude(project, env, "say hello")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ECHO:" in result.stdout
    assert PROXY_TOKEN not in provider.wire_text()
    assert all(request.headers.get("x-api-key") == "sk-ant-test-key" for request in provider.model_requests())


@needs_codex
def test_codex_sends_the_proxy_token_with_env_http_headers(tmp_path, provider, token_proxy):
    project = tmp_path / "plain"
    project.mkdir()
    codex_home = _codex_home(tmp_path, token_proxy, "codex-token")
    with (codex_home / "config.toml").open("a") as config:
        config.write('env_http_headers = { "x-redactor-token" = "REDACTOR_TOKEN" }\n')
    env = {**_agent_env(tmp_path, token_proxy), "REDACTOR_TOKEN": PROXY_TOKEN}
    result = _run_codex(project, env, codex_home, "say hello")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ECHO:" in result.stdout
    assert PROXY_TOKEN not in provider.wire_text()
    assert all(request.headers.get("authorization") == "Bearer sk-test-key"
               for request in provider.model_requests())
