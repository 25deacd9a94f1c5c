"""Secrets never appear in logs, metrics, error messages, exception traces or the audit log.

`redactor serve` runs as a subprocess with every logger at DEBUG (uvicorn's
access log on), an audit log and a Redis vault. Canary values of five kinds
(AWS key, GitHub token, email, a password in a .env, a private key), plus the
client's API key, the proxy token and the vault key, go through every endpoint,
in requests that succeed and in requests that fail in every way we can make
them fail: refused by policy, by the proxy token, by the body checks, by the
upstream (500, timeout, cut stream), by the vault (Redis down) and by bugs
(a stage, the wire parser and a stream rewriter that raise exceptions quoting
the request). Then everything the process printed, its metrics, the audit file
and every failing reply are searched for every canary, raw and JSON-escaped.
The same goes for the CLI's `detect` and `redact` output.
"""
from __future__ import annotations

import base64
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.fault_support import HANG, REPO_ROOT, ProxyProcess, ScriptedUpstream, model_reply, reply_events, sse_reply, whole
from tests.redis_server import redis_server  # noqa: F401  (fixture)
from tests.upstream_server import MODEL, TEST_POLICY, reply_text

AWS_CANARY = "AKIAQ3EGRX7NXZKV5TJW"
GITHUB_CANARY = "ghp_c4N4rYt0k3nZq8Wm2Lx7Pv5Rb9Tj1Hs6Kd3F"
EMAIL_CANARY = "canary.holder@leakcheck-corp.io"
PASSWORD_CANARY = "Cn4ry!pW0rd#Zx9q"
KEY_LINES = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "QyNTUxOQAAACBjYW5hcnlDQU5BUllrZXlib2R5MTIzNDU2Nzg5MGFiY2RlZgAAAJg=")
PRIVATE_KEY_CANARY = ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(KEY_LINES)
                      + "\n-----END OPENSSH PRIVATE KEY-----")
API_KEY_CANARY = "sk-canary-clientkey-5e1d7c9a3b"
PROXY_TOKEN = "tok-canary-proxy-8f2b6d0e4a"
VAULT_KEY = bytes(range(100, 132))
ENV_FILE = (f"DB_PASSWORD={PASSWORD_CANARY}\nAWS_ACCESS_KEY_ID={AWS_CANARY}\nGITHUB_TOKEN={GITHUB_CANARY}\n"
            f"ONCALL={EMAIL_CANARY}\nDEPLOY_KEY=\"{PRIVATE_KEY_CANARY}\"\n")
PROMPT = f"Check this .env before the deploy:\n{ENV_FILE}"

# Distinctive pieces: a leak of any part of a canary is found, in any of these forms.
CANARY_FRAGMENTS = (AWS_CANARY, "Q3EGRX7NXZKV5TJW", GITHUB_CANARY, "c4N4rYt0k3nZq8Wm2Lx7Pv5Rb9Tj1Hs6Kd3F",
                    EMAIL_CANARY, "canary.holder", PASSWORD_CANARY, *KEY_LINES, API_KEY_CANARY,
                    "clientkey-5e1d7c9a3b", PROXY_TOKEN, "proxy-8f2b6d0e4a", base64.b64encode(VAULT_KEY).decode(),
                    VAULT_KEY.hex())


def _forms(fragment: str) -> set[str]:
    return {fragment, json.dumps(fragment)[1:-1], repr(fragment)[1:-1]}


def assert_no_canary(label: str, text: str) -> None:
    for fragment in CANARY_FRAGMENTS:
        for form in _forms(fragment):
            leaked = form in text  # not asserted on `text` directly: pytest would print the canary
            assert not leaked, f"{label} holds a canary ({fragment[:6]}...)"


# Run inside the proxy process before the CLI starts: every logger at DEBUG, and
# three bugs that raise exceptions quoting the request, as careless code might.
PRELUDE = r'''
import json, logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")

import redactor.wire.embeddings as embeddings_wire
_extract = embeddings_wire.extract
def _buggy_extract(body):
    if "EXPLODE-WIRE" in json.dumps(body):
        raise ValueError("wire bug while reading " + json.dumps(body))
    return _extract(body)
embeddings_wire.extract = _buggy_extract

import redactor.pipeline as pipeline_module
_build_stages = pipeline_module.build_stages
class _BuggyStage:
    name = "buggy"
    def run(self, work):
        for segment in work.original:
            if "EXPLODE-STAGE" in segment.text:
                raise RuntimeError("stage bug while handling " + segment.text)
def _stages(*args, **kwargs):
    return list(_build_stages(*args, **kwargs)) + [_BuggyStage()]
pipeline_module.build_stages = _stages

import redactor.wire.anthropic as anthropic_wire
_feed = anthropic_wire.AnthropicStream.feed
def _buggy_feed(self, chunk):
    if b"EXPLODE-STREAM" in chunk:
        raise RuntimeError("stream bug, mapping was " + repr(self._restorer.mapping))
    return _feed(self, chunk)
anthropic_wire.AnthropicStream.feed = _buggy_feed
'''


def _upstream_reply(request):
    body = request.body
    # The triggers are words of no id's shape: a key such as `UPSTREAM-500` is an id on the wire since round 26
    # (a bare project key in prose) and would reach the upstream as a placeholder.
    if b"UPSTREAM-FAIL" in body:
        # Like providers that quote the offending input in their error.
        return whole(500, json.dumps({"error": {"message": "bad input: " + body.decode("utf-8", "replace")[:2000],
                                                "type": "server_error"}}).encode())
    if b"UPSTREAM-HANG" in body:
        return [HANG]
    text = reply_text(request.placeholders)
    if b"UPSTREAM-CUT" in body:
        return sse_reply(reply_events(request.api, text)[:4], finish=False)
    if b"EXPLODE-STREAM" in body:
        events = reply_events(request.api, text)
        ping = b'event: ping\ndata: {"type": "ping", "note": "EXPLODE-STREAM"}\n\n'
        return sse_reply(events[:2] + [ping] + events[2:])
    if request.path.endswith("/embeddings"):
        return whole(200, b'{"object": "list", "data": [], "model": "m"}')
    if request.path.endswith("/count_tokens"):
        return whole(200, b'{"input_tokens": 3}')
    return model_reply(request, text)


HEADERS = {"authorization": f"Bearer {API_KEY_CANARY}", "x-redactor-token": PROXY_TOKEN}
ANTHROPIC_HEADERS = {"x-api-key": API_KEY_CANARY, "x-redactor-token": PROXY_TOKEN, "anthropic-version": "2023-06-01"}


def _chat(content: str, stream: bool = False, **extra) -> dict:
    return {"model": MODEL, "stream": stream, "messages": [{"role": "user", "content": content}], **extra}


def _messages(content: str, stream: bool = False) -> dict:
    return {"model": MODEL, "max_tokens": 16, "stream": stream, "messages": [{"role": "user", "content": content}]}


class _Client:
    """Sends requests to the proxy and keeps what the client saw of the failing ones."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.failures: list[tuple[str, int, str]] = []
        self.successes = 0

    def send(self, label: str, path: str, *, json_body=None, content: bytes | None = None, headers=None,
             expect: int = 200, failing_stream: bool = False, method: str = "POST") -> str:
        headers = dict(HEADERS if headers is None else headers)
        if content is None and json_body is not None:
            content = json.dumps(json_body).encode()
            headers.setdefault("content-type", "application/json")
        with httpx.stream(method, self.url + path, content=content, headers=headers, timeout=30) as reply:
            text = b"".join(reply.iter_raw()).decode("utf-8", "replace")
            status = reply.status_code
            seen = "\n".join(f"{k}: {v}" for k, v in reply.headers.items()) + "\n" + text
        assert status == expect, f"{label}: {status} {text[:300]}"
        if status >= 400 or failing_stream:
            self.failures.append((label, status, seen))
        else:
            self.successes += 1
        return text


def test_no_canary_in_any_output_of_the_proxy_process(tmp_path, redis_server):
    policy = tmp_path / "policy.yaml"
    policy.write_text(TEST_POLICY + "binary_parts: block\n")
    audit = tmp_path / "audit.jsonl"
    with ScriptedUpstream() as upstream:
        upstream.handler = _upstream_reply
        proxy = ProxyProcess(tmp_path, ["--policy", str(policy), "--vault", redis_server.url,
                                        "--audit-log", str(audit), "--log-level", "debug", "--token", PROXY_TOKEN,
                                        "--upstream-openai", upstream.url + "/v1", "--upstream-anthropic",
                                        upstream.url, "--upstream-timeout", "1", "--max-body-mb", "1"],
                             env={"REDACTOR_VAULT_KEY": base64.b64encode(VAULT_KEY).decode()}, prelude=PRELUDE)
        proxy.start()
        try:
            client = _Client(proxy.url)
            _every_endpoint(client)
            _every_failure(client, redis_server)
            metrics = httpx.get(proxy.url + "/metrics", timeout=10).text
        finally:
            proxy.stop()
        # The canaries reached the proxy and only placeholders reached the upstream.
        forwarded = b"\n".join(request.body for request in upstream.requests).decode("utf-8", "replace")
        assert "[[AWS_ACCESS_KEY_1]]" in forwarded and "[[PASSWORD_1]]" in forwarded
    for fragment in CANARY_FRAGMENTS[:10]:
        assert fragment not in forwarded

    stdout, stderr, audit_log = proxy.stdout(), proxy.stderr(), audit.read_text()
    # Logging really was at its most verbose, and the failure paths really ran.
    assert "DEBUG" in stderr and '"POST /v1/chat/completions HTTP/1.1" 200' in stdout + stderr
    assert stderr.count("internal error ValueError") == 1 and stderr.count("internal error RuntimeError") == 1
    assert "redactor_requests_total" in metrics and 'status="503"' in metrics
    events = [json.loads(line) for line in audit_log.splitlines()]
    assert len(events) == client.successes + len(client.failures)  # one event per request, refusals too
    assert {event["status"] for event in events} >= {200, 400, 401, 403, 404, 413, 415, 500, 503, 504}

    assert_no_canary("the proxy's stdout", stdout)
    assert_no_canary("the proxy's stderr", stderr)
    assert_no_canary("the metrics", metrics)
    assert_no_canary("the audit log", audit_log)
    for label, status, seen in client.failures:
        assert_no_canary(f"the reply to '{label}' ({status})", seen)


def _every_endpoint(client: _Client) -> None:
    """Successful requests through every endpoint, whole and streamed."""
    tool_history = {"model": MODEL, "messages": [
        {"role": "system", "content": f"Escalate to {EMAIL_CANARY}."},
        {"role": "user", "content": "read the env file"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "read", "arguments": json.dumps({"path": ".env", "token": GITHUB_CANARY})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": ENV_FILE}],
        "tools": [{"type": "function", "function": {"name": "read", "description": f"owner {EMAIL_CANARY}",
                                                    "parameters": {"type": "object"}}}],
        "user": EMAIL_CANARY, "metadata": {"password": PASSWORD_CANARY}}
    client.send("chat", "/v1/chat/completions", json_body=_chat(PROMPT))
    client.send("chat stream", "/v1/chat/completions", json_body=_chat(PROMPT, stream=True))
    client.send("chat with tools", "/v1/chat/completions", json_body=tool_history,
                headers={**HEADERS, "x-redactor-conversation": f"conv {EMAIL_CANARY}"})
    client.send("responses", "/v1/responses", json_body={"model": MODEL, "input": PROMPT})
    client.send("responses stream", "/v1/responses", json_body={"model": MODEL, "input": PROMPT, "stream": True})
    client.send("embeddings", "/v1/embeddings", json_body={"model": MODEL, "input": [PROMPT, EMAIL_CANARY]})
    client.send("messages", "/v1/messages", json_body=_messages(PROMPT), headers=ANTHROPIC_HEADERS)
    client.send("messages stream", "/v1/messages", json_body=_messages(PROMPT, stream=True), headers=ANTHROPIC_HEADERS)
    client.send("count tokens", "/v1/messages/count_tokens", json_body=_messages(PROMPT), headers=ANTHROPIC_HEADERS)
    client.send("gzip body", "/v1/chat/completions", content=gzip.compress(json.dumps(_chat(PROMPT)).encode()),
                headers={**HEADERS, "content-encoding": "gzip", "content-type": "application/json"})


def _every_failure(client: _Client, redis) -> None:
    bad_token = {"authorization": f"Bearer {API_KEY_CANARY}", "x-redactor-token": GITHUB_CANARY}
    client.send("wrong proxy token", "/v1/chat/completions", json_body=_chat(PROMPT), headers=bad_token, expect=401)
    client.send("no proxy token", "/v1/messages", json_body=_messages(PROMPT),
                headers={"x-api-key": API_KEY_CANARY}, expect=401)
    image = {"model": MODEL, "messages": [{"role": "user", "content": [
        {"type": "text", "text": PROMPT}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}
    client.send("blocked by policy", "/v1/chat/completions", json_body=image, expect=403)
    client.send("local route without a local model", "/v1/chat/completions", json_body=_chat(PROMPT),
                headers={**HEADERS, "x-redactor-route": "local"}, expect=503)
    raw = json.dumps(_chat(PROMPT)).encode()
    client.send("invalid json", "/v1/chat/completions", content=raw[:-7], expect=400)
    client.send("invalid utf-8", "/v1/chat/completions", content=raw.replace(b"Check", b"Ch\xff\xfeck"), expect=400)
    client.send("deep nesting", "/v1/chat/completions",
                content=b'{"messages": [{"role": "user", "content": ' + json.dumps(PROMPT).encode() + b'}], "x": '
                + b"[" * 5000 + b"]" * 5000 + b"}", expect=400)
    client.send("messages not a list", "/v1/chat/completions", json_body={"model": MODEL, "messages": PROMPT},
                expect=400)
    client.send("role not a string", "/v1/messages", json_body={"model": MODEL, "max_tokens": 1, "messages": [
        {"role": [PROMPT], "content": PROMPT}]}, headers=ANTHROPIC_HEADERS, expect=400)
    client.send("content not text", "/v1/responses", json_body={"model": MODEL, "input": [
        {"type": "message", "role": "user", "content": {"secret": PROMPT}}]}, expect=400)
    client.send("token-array embeddings", "/v1/embeddings", json_body={"model": MODEL, "input": [PROMPT, [1, 2]]},
                expect=400)
    client.send("body too large", "/v1/chat/completions", json_body=_chat(PROMPT * 3000), expect=413)
    client.send("unknown encoding", "/v1/chat/completions", content=raw,
                headers={**HEADERS, "content-encoding": f"br-{AWS_CANARY}"}, expect=415)
    client.send("unsupported endpoint", "/v1/completions", json_body={"prompt": PROMPT}, expect=404)
    client.send("upstream 500", "/v1/chat/completions", json_body=_chat("UPSTREAM-FAIL " + PROMPT), expect=500)
    client.send("upstream 500 anthropic stream", "/v1/messages", json_body=_messages("UPSTREAM-FAIL " + PROMPT, True),
                headers=ANTHROPIC_HEADERS, expect=500)
    client.send("upstream timeout", "/v1/responses", json_body={"model": MODEL, "input": "UPSTREAM-HANG " + PROMPT},
                expect=504)
    client.send("upstream stream cut", "/v1/chat/completions", json_body=_chat("UPSTREAM-CUT " + PROMPT, True),
                failing_stream=True)
    client.send("stage bug", "/v1/chat/completions", json_body=_chat("EXPLODE-STAGE " + PROMPT), expect=500)
    client.send("wire bug", "/v1/embeddings", json_body={"model": MODEL, "input": "EXPLODE-WIRE " + PROMPT},
                expect=500)
    client.send("stream rewriter bug", "/v1/messages", json_body=_messages("EXPLODE-STREAM " + PROMPT, True),
                headers=ANTHROPIC_HEADERS, failing_stream=True)
    redis.stop()
    client.send("vault down", "/v1/chat/completions", json_body=_chat(PROMPT + " again"), expect=503)
    client.send("vault down stream", "/v1/messages", json_body=_messages(PROMPT + " again", True),
                headers=ANTHROPIC_HEADERS, expect=503)


# -- the command line ----------------------------------------------------------------------------------

def _cli(tmp_path: Path, *args: str, stdin: bytes) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    env["PYTHONPATH"] = str(REPO_ROOT)
    return subprocess.run([sys.executable, "-m", "redactor.cli", *args], input=stdin, capture_output=True,
                          cwd=REPO_ROOT, env=env, timeout=120)


@pytest.fixture(scope="module")
def cli_policies(tmp_path_factory):
    directory = tmp_path_factory.mktemp("cli")
    plain = directory / "plain.yaml"
    plain.write_text(TEST_POLICY)
    blocking = directory / "blocking.yaml"
    blocking.write_text(TEST_POLICY + "kind_actions:\n  AWS_ACCESS_KEY: block\n")
    return plain, blocking


@pytest.mark.parametrize("args, stdin, expected_code", [
    (["detect"], PROMPT.encode(), 0),
    (["detect", "--json"], PROMPT.encode(), 0),
    (["redact", "--vault", "memory://"], PROMPT.encode(), 0),
    (["redact", "--vault", "memory://", "--json"], PROMPT.encode(), 0),
    (["redact", "--vault", "memory://", "--jsonl"],
     (json.dumps({"id": 1, "text": PROMPT}) + "\n" + PROMPT[:40] + "\n").encode(), 2),
    (["redact", "--vault", "memory://"], PROMPT.encode().replace(b"Check", b"Ch\xff\xfeck"), 2),
    (["redact", "--vault", "memory://", "--blocking"], PROMPT.encode(), 1),
], ids=["detect", "detect-json", "redact", "redact-json", "redact-jsonl-bad-line", "redact-bad-utf8",
        "redact-blocked"])
def test_no_canary_in_the_cli_output(tmp_path, cli_policies, args, stdin, expected_code):
    plain, blocking = cli_policies
    policy = blocking if "--blocking" in args else plain
    args = [arg for arg in args if arg != "--blocking"]
    done = _cli(tmp_path, *args, "--policy", str(policy), stdin=stdin)
    stdout, stderr = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    assert done.returncode == expected_code, stderr
    assert "Traceback" not in stderr
    assert_no_canary(f"stdout of redactor {' '.join(args)}", stdout)
    assert_no_canary(f"stderr of redactor {' '.join(args)}", stderr)
    if args[0] == "detect":
        assert {"AWS_ACCESS_KEY", "GITHUB_TOKEN", "EMAIL", "PASSWORD", "PRIVATE_KEY"} <= set(
            kind for kind in ("AWS_ACCESS_KEY", "GITHUB_TOKEN", "EMAIL", "PASSWORD", "PRIVATE_KEY") if kind in stdout)
    if expected_code == 0 and args[0] == "redact":
        assert "[[AWS_ACCESS_KEY_1]]" in stdout
    if expected_code == 1:
        assert "AWS_ACCESS_KEY" in stderr
