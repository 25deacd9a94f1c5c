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
# Start-up loads the detection models in every worker: about 15 s on an idle machine, 2.5 minutes at load 13.
# The proxy answers once a worker is up (a worker still loading is given no connections). Never start the
# check against a proxy that is not up: it would report the proxy's absence as the proxy's behaviour.
READY_SECONDS=${READY_SECONDS:-600}
ready=""
for _ in $(seq 1 $((READY_SECONDS * 2))); do
  if "$PYTHON" -c "import httpx,sys; httpx.get('http://127.0.0.1:$PROXY_PORT/healthz', timeout=5).raise_for_status()" 2>/dev/null; then
    ready=1; break
  fi
  if ! kill -0 "$PROXY_PID" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "pii_leak_selfcheck: the proxy did not come up within $READY_SECONDS s (READY_SECONDS); its output:" >&2
  cat "$LOG" >&2
  exit 2
fi
"$(dirname "$PYTHON")/pii-leak-benchmark" selfcheck --target-base-url "http://127.0.0.1:$PROXY_PORT/v1" \
  --capture-port "$CAPTURE_PORT" --iterations "${ITERATIONS:-3}"
