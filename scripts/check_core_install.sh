#!/usr/bin/env bash
# CI step: the core package alone (`pip install .`, no extras) runs the proxy.
#
# Creates a fresh virtualenv in a temporary directory, installs the package
# without extras (pip's cache and PyPI; set PIP_FIND_LINKS for a wheelhouse),
# checks that the core import paths load none of the extras' heavy packages,
# starts `redactor serve --policy default` in front of a loopback stand-in for
# the OpenAI API, proxies one chat request with the stdlib only, and checks that
# the provider saw placeholders and the client got the values back. Prints the
# environment's size. Exit status 0 only if all of that held.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

WORK="$(mktemp -d)"
SERVE_PID=""
UPSTREAM_PID=""
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null || true
  [ -n "$UPSTREAM_PID" ] && kill "$UPSTREAM_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "core-install: fresh venv in $WORK/venv"
"$PYTHON" -m venv "$WORK/venv"
VENV_PY="$WORK/venv/bin/python"
"$VENV_PY" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
# Build from a copy: pip builds in the source tree and would leave build/ in the checkout.
mkdir "$WORK/src"
tar -C "$REPO" -cf - pyproject.toml README.md redactor leakbench policies | tar -C "$WORK/src" -xf -
started=$(date +%s)
"$VENV_PY" -m pip install --quiet --disable-pip-version-check "$WORK/src"
echo "core-install: pip install . took $(( $(date +%s) - started )) s"

# Run from the temporary directory so the installed package, not the checkout, is imported.
cd "$WORK"
"$VENV_PY" - <<'EOF'
import importlib.util, sys
for extra in ("torch", "llama_cpp", "matplotlib", "opacus", "pytest"):
    if importlib.util.find_spec(extra) is not None:
        sys.exit(f"core-install: {extra} is installed without any extra")
import redactor.cli, redactor.server.cli, redactor.server.app, redactor.mcp_server, redactor.audit_scan.command
print("core-install: core imports ok, no extra installed")
EOF

free_port() { "$VENV_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
UPSTREAM_PORT=$(free_port)
PROXY_PORT=$(free_port)

# The stand-in provider: records each request body and answers with the user's text.
cat > "$WORK/upstream.py" <<'EOF'
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class Provider(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        with open(sys.argv[2], "ab") as record:
            record.write(body + b"\n")
        text = json.loads(body)["messages"][-1]["content"]
        reply = json.dumps({"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": "You said: " + text}}],
                            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Provider).serve_forever()
EOF
"$VENV_PY" "$WORK/upstream.py" "$UPSTREAM_PORT" "$WORK/upstream.log" &
UPSTREAM_PID=$!

REDACTOR_VAULT_KEY_FILE="$WORK/vault.key" REDACTOR_VAULT_URL="sqlite:///$WORK/vault.db" \
  REDACTOR_UPSTREAM_OPENAI="http://127.0.0.1:$UPSTREAM_PORT/v1" REDACTOR_PORT="$PROXY_PORT" \
  "$WORK/venv/bin/redactor" serve --policy default >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!

"$VENV_PY" - "$PROXY_PORT" "$WORK/upstream.log" "$WORK/serve.log" <<'EOF'
import json, sys, time, urllib.request
port, upstream_log, serve_log = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}"
deadline = time.monotonic() + 180
while True:
    try:
        with urllib.request.urlopen(base + "/readyz", timeout=2) as reply:
            if reply.status == 200:
                break
    except OSError:
        pass
    if time.monotonic() > deadline:
        sys.exit("core-install: the proxy never became ready:\n" + open(serve_log).read()[-2000:])
    time.sleep(0.5)
email, key = "ann.lee" + "@example.com", "AKIA" + "Q3EGRZ7XKVB2LMNP"
body = json.dumps({"model": "m", "messages": [{"role": "user", "content": f"Mail {email} the key {key}"}]}).encode()
request = urllib.request.Request(base + "/v1/chat/completions", data=body,
                                 headers={"content-type": "application/json", "authorization": "Bearer sk-test"})
with urllib.request.urlopen(request, timeout=60) as reply:
    answer = json.loads(reply.read())["choices"][0]["message"]["content"]
sent = open(upstream_log, encoding="utf-8").read()
assert email not in sent and key not in sent, "a value reached the provider"
assert "[[EMAIL_1]]" in sent and "[[AWS_ACCESS_KEY_1]]" in sent, sent
assert email in answer and key in answer, "the reply was not restored"
print("core-install: proxied one request (provider saw placeholders, client got the values back)")
# The start-up line comes once every worker is up; the first one may answer before the last is.
while not (startup := [line for line in open(serve_log) if line.startswith("redactor serve ")]):
    if time.monotonic() > deadline:
        sys.exit("core-install: no start-up line:\n" + open(serve_log).read()[-2000:])
    time.sleep(0.5)
print("core-install: " + startup[0].strip())
EOF

echo "core-install: environment size $(du -sh "$WORK/venv" | cut -f1)"
