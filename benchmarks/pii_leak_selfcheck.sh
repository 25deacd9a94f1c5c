#!/usr/bin/env bash
# Independent conformance check: `pii-leak-benchmark selfcheck` (PyPI) against
# `redactor serve --policy POLICY`, with the proxy's upstream pointed at the
# capture server the benchmark starts. Prints the benchmark's verdict (CLEAN,
# LEAK, NOT MEASURED) and exits with its status.
#
#   bash benchmarks/pii_leak_selfcheck.sh [POLICY]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
POLICY=${1:-default}
# Below Linux's ephemeral range (32768-60999): a port there may be held by an outgoing connection or one in
# TIME_WAIT, and the suite's capture server then fails with "Address already in use" (seen once in a full test run).
PROXY_PORT=${PROXY_PORT:-$((20000 + RANDOM % 6000))}
CAPTURE_PORT=${CAPTURE_PORT:-$((26000 + RANDOM % 6000))}
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
LOG=$(mktemp)
"$PYTHON" -m redactor.cli serve --policy "$POLICY" --port "$PROXY_PORT" \
  --upstream-openai "http://127.0.0.1:$CAPTURE_PORT/v1" --log-level warning >"$LOG" 2>&1 &
PROXY_PID=$!
trap 'kill "$PROXY_PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
  if "$PYTHON" -c "import httpx,sys; httpx.get('http://127.0.0.1:$PROXY_PORT/healthz', timeout=1)" 2>/dev/null; then break; fi
  sleep 0.5
done
"$(dirname "$PYTHON")/pii-leak-benchmark" selfcheck --target-base-url "http://127.0.0.1:$PROXY_PORT/v1" \
  --capture-port "$CAPTURE_PORT" --iterations "${ITERATIONS:-3}"
