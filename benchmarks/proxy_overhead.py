"""Proxy overhead: what the redacting proxy adds to a chat request, against a direct call.

One run starts a tiny loopback upstream and two proxies (regex-only policy, and
with NER) as separate uvicorn processes, then measures from this process:
- p50/p99 latency, direct and through each proxy, for a 4 KB and a 64 KB
  agent-style chat request (system prompt, prose, code, tool results with
  secrets) at concurrency 1 and 32; requests/s; every request unique, so the
  detection cache never helps (a cold, worst-case turn), plus one warm line
  (the same history re-sent, as agents do every turn);
- the same through a proxy with no detectors at all ("plumbing": HTTP, JSON,
  worker threads, restoration), to separate the proxy's own cost from detection;
- time-to-first-token added for a streamed reply;
- streaming restore cost in microseconds per SSE event (in process);
- prose-heavy requests (a pasted ticket or long instruction: 4 KB and 32 KB
  of prose, without names and with a dozen), at concurrency 1;
- a long-conversation curve: one conversation grown to 100 turns through the
  NER proxy, the added latency and the proxy's own CPU time per request at
  turns 1, 10, 50 and 100 (CPU time is what to compare on a shared machine),
  as chat completions, as a Responses API conversation the way Codex sends it
  (`store: false`, the whole `input` re-sent) and as Anthropic messages the way
  Claude Code sends them (text blocks, top-level `system`);
- `--prose-load`: 400 distinct 4 KB prose conversations at concurrency 32
  through `python -m redactor.cli serve --policy default` as users run it
  (default workers, or each `--workers N` given; a SQLite vault in a
  temporary directory), with every
  reply checked: no error, no planted value reaching the upstream, no value
  of another conversation restored.
Bounded: each cell stops after its request count or its time budget.

    .venv/bin/python benchmarks/proxy_overhead.py [--quick] [--only prose|conversation|agent] [--prose-load]
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACEHOLDER = re.compile(rb"\[\[[A-Z][A-Z0-9_]*?_\d+\]\]")

_PROSE = ("Hi team, Maria Gonzalez from the Denver office asked me to rotate the staging keys before "
          "Friday. You can reach her at maria.gonzalez@northwind-labs.io if the deploy fails again. ")
_CODE = ("import os\nimport boto3\n\nclient = boto3.client('s3', region_name='us-east-1')\n\n"
         "def get_user(user_id: int) -> dict:\n    return db.fetch_one('SELECT * FROM users WHERE id = %s', user_id)\n\n")
_ENV = ("DATABASE_URL=postgres://app:S3cr3tPassw0rd@db.internal:5432/app\n"
        "AWS_ACCESS_KEY_ID=AKIAQ3EGRZ7XKVB2LMNP\nGITHUB_TOKEN=ghp_R8mK2vT9xQ4wL7nB3cY6zH1jF5gD0sA8pE2u\n"
        "LOG_LEVEL=info\n")
_LOG = ("2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 duration_ms=12 "
        "client=10.2.3.4 trace=4bf92f3577b34da6a3ce929d0e0e4736\n")


# Prose with no name in it: a pasted ticket and instructions, as coding agents send every turn.
_PROSE_SENTENCES = (
    "The nightly export job started failing after the last deploy, and the error only shows up when the "
    "batch is larger than a few thousand rows. ",
    "We think the retry logic backs off too aggressively, so the worker gives up before the database "
    "recovers from the lock contention. ",
    "Please read the scheduler module first, then propose a change that keeps the public interface as it "
    "is and adds a test for the large batch case. ",
    "Keep the change small, explain why each part is needed, and do not touch the configuration files "
    "unless the tests show that you must. ",
    "When you are done, summarise what you changed, what you tested and what still looks risky to you. ",
    "The staging environment is shared with other teams, so avoid anything that would restart it during "
    "working hours. ",
)
# First and last names for prose "with names" (invented; a dozen distinct people per request).
_FIRST = ("Maria", "Tomasz", "Priya", "Oluwaseun", "Ingrid", "Kenji", "Fatima", "Lucas", "Aisha", "Dmitri",
          "Sofia", "Rahul", "Chloe", "Mateo", "Hannah", "Yusuf")
_LAST = ("Gonzalez", "Wierzbicki", "Raghunathan", "Adeyemi", "Halvorsen", "Takahashi", "Haddad", "Moreau",
         "Okafor", "Volkov", "Lindqvist", "Chatterjee", "Dubois", "Alvarez", "Becker", "Yilmaz")


def prose_text(size: int, salt: str, names: int = 0, seed: int = 0) -> str:
    """About `size` bytes of prose; `names` distinct people mentioned in it, evenly spread."""
    import random

    rng = random.Random(f"{salt}-{seed}")
    people = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(names)]
    sentences = []
    length = 0
    index = 0
    while length < size:
        sentence = _PROSE_SENTENCES[index % len(_PROSE_SENTENCES)]
        if people and index % max(1, (size // 160) // max(1, names)) == 0 and index // 2 < 10 * names:
            sentence = f"{people[(index // 2) % len(people)]} said that " + sentence[0].lower() + sentence[1:]
        sentences.append(sentence)
        length += len(sentence)
        index += 1
    return f"(ticket {salt}) " + "".join(sentences)[:size]


def prose_body(size: int, salt: str, names: int = 0) -> bytes:
    messages = [{"role": "system", "content": "You are a coding agent. Follow the repository conventions."},
                {"role": "user", "content": prose_text(size, salt, names)}]
    return json.dumps({"model": "bench", "stream": False, "messages": messages}).encode()


def conversation_body(turns: int, salt: str, api: str = "chat") -> bytes:
    """Turn `turns` of one conversation: every earlier turn re-sent, a ~1 KB user message per turn.

    `api` "chat": a chat completions body (`messages`); "responses": a Responses API body as Codex
    sends it with `store: false` (the whole `input` re-sent, items with typed content parts);
    "anthropic": an Anthropic messages body as Claude Code sends it (top-level `system`, text blocks)."""
    system = "You are a coding agent. Follow the repository conventions."
    turns_text = [(prose_text(1024, f"{salt}-t{turn}", names=1, seed=turn), f"Done with step {turn}; the tests pass.")
                  for turn in range(1, turns + 1)]
    if api == "responses":
        items = [{"type": "message", "role": "developer", "content": [{"type": "input_text", "text": system}]}]
        for turn, (user, reply) in enumerate(turns_text, start=1):
            items.append({"type": "message", "role": "user", "content": [{"type": "input_text", "text": user}]})
            if turn < turns:
                items.append({"type": "message", "role": "assistant",
                              "content": [{"type": "output_text", "text": reply}]})
        return json.dumps({"model": "bench", "stream": False, "store": False, "input": items}).encode()
    if api == "anthropic":
        blocks = []
        for turn, (user, reply) in enumerate(turns_text, start=1):
            blocks.append({"role": "user", "content": [{"type": "text", "text": user}]})
            if turn < turns:
                blocks.append({"role": "assistant", "content": [{"type": "text", "text": reply}]})
        return json.dumps({"model": "bench", "max_tokens": 1024, "stream": False,
                           "system": [{"type": "text", "text": system}], "messages": blocks}).encode()
    messages = [{"role": "system", "content": system}]
    for turn, (user, reply) in enumerate(turns_text, start=1):
        messages.append({"role": "user", "content": user})
        if turn < turns:
            messages.append({"role": "assistant", "content": reply})
    return json.dumps({"model": "bench", "stream": False, "messages": messages}).encode()


# -- request bodies ---------------------------------------------------------------------------

def _fill(unit: str, size: int, salt: str) -> str:
    text = f"[{salt}] "
    while len(text) < size:
        text += unit
    return text[:size]


def chat_body(size: int, salt: str, stream: bool = False) -> bytes:
    """An agent turn of about `size` bytes: ~15% prose, the rest code, env files and logs."""
    prose = max(600, size * 15 // 100)
    tool = max(0, size - prose - 600) // 3
    messages = [
        {"role": "system", "content": _fill("You are a coding agent. Follow the repository conventions. ", 600, "sys")},
        {"role": "user", "content": _fill(_PROSE, prose, salt)},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": "read_file", "arguments": json.dumps({"path": "app/settings.env"})}}]},
        {"role": "tool", "tool_call_id": "c1", "content": _fill(_ENV + _CODE, tool, salt)},
        {"role": "tool", "tool_call_id": "c1", "content": _fill(_CODE, tool, salt)},
        {"role": "tool", "tool_call_id": "c1", "content": _fill(_LOG, tool, salt)},
    ]
    return json.dumps({"model": "bench", "stream": stream, "messages": messages}).encode()


# -- the upstream and the proxies, as separate processes ----------------------------------------

# Planted values of the prose load (invented addresses and names) that must never reach the upstream.
_PLANTED = re.compile(rb"[a-z0-9.]+@example\.org|\b(?:" + "|".join(_FIRST).encode() + rb") (?:"
                      + "|".join(_LAST).encode() + rb")\b")


def serve_upstream(port: int, count_planted: bool = False) -> None:
    """The loopback upstream. With `count_planted` (the prose load, which reads /seen) it counts the planted
    values in every body; that costs ~60 us per KB of body in this process, so the other parts (the long
    conversation sends 115 KB bodies) leave it off and each request costs the upstream about as much
    directly as through the proxy."""
    import uvicorn

    seen = {"requests": 0, "planted": 0}

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == "/healthz":
            await _send(send, b"ok", b"text/plain")
            return
        if scope["path"] == "/seen":
            await _send(send, json.dumps(seen).encode(), b"application/json")
            return
        seen["requests"] += 1
        if count_planted:
            seen["planted"] += len(_PLANTED.findall(body))
        found = list(dict.fromkeys(PLACEHOLDER.findall(body)))[:3]
        text = "Checked " + ", ".join(p.decode() for p in found) + ". All good."
        if b'"stream": true' in body:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/event-stream")]})
            base = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "bench"}
            for index in range(0, len(text), 4):
                event = {**base, "choices": [{"index": 0, "delta": {"content": text[index:index + 4]},
                                              "finish_reason": None}]}
                await send({"type": "http.response.body", "body": f"data: {json.dumps(event)}\n\n".encode(),
                            "more_body": True})
            await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
            return
        if scope["path"].endswith("/messages"):
            reply = {"id": "msg_bench", "type": "message", "role": "assistant", "model": "bench",
                     "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                     "usage": {"input_tokens": 1, "output_tokens": 1}}
        else:
            reply = {"id": "c", "object": "chat.completion", "created": 0, "model": "bench",
                     "choices": [{"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": text}}]}
        await _send(send, json.dumps(reply).encode(), b"application/json")

    # Idle connections kept 60 s, as the providers' front ends do: with uvicorn's 5 s, equal
    # to the proxy's pool expiry, a reused connection could close under a request
    # (a 502 "upstream request failed (ReadError)" in a --prose-load run).
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, timeout_keep_alive=60)


async def _send(send, body: bytes, content_type: bytes) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", content_type)]})
    await send({"type": "http.response.body", "body": body})


BENCH_POLICY = """
name: bench-{mode}
stages: [route, placeholders]
detection:
  ner:
    enabled: {ner}
vault:
  url: "memory://"
"""


def serve_proxy(port: int, upstream: str, mode: str) -> None:
    import uvicorn

    from redactor.policy import parse_policy
    from redactor.runtime import build_pipeline
    from redactor.server import create_app

    from redactor.runtime import resolve_policy

    # "ner" is the shipped default policy (NER on); "regex" the same detectors without NER.
    policy = (resolve_policy("default") if mode == "ner"
              else parse_policy(BENCH_POLICY.format(mode=mode, ner="false")))
    pipeline = build_pipeline(policy, vault_url="memory://")
    if mode == "plumbing":
        # No detectors at all: what the proxy itself costs (HTTP, JSON, threads, restore).
        from redactor.detect.engine import DetectionEngine

        pipeline.engine = DetectionEngine(policy, [])
    pipeline.engine.warm_up()
    app = create_app(pipeline, upstream + "/v1", upstream, warm_up=False)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _spawn(*args: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, __file__, *args, "--port", str(port)], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"error: server {' '.join(args)} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"error: server {' '.join(args)} did not start")


# -- measuring ---------------------------------------------------------------------------------

async def _pipeline_seconds(client, url: str) -> tuple[float, float]:
    """(sum, count) of the proxy's own pipeline time, from its /metrics (0, 0 for the upstream)."""
    reply = await client.get(url + "/metrics")
    total = count = 0.0
    for line in reply.text.splitlines() if reply.status_code == 200 else ():
        if line.startswith('redactor_stage_seconds_sum{stage="total"}'):
            total = float(line.split()[-1])
        elif line.startswith('redactor_stage_seconds_count{stage="total"}'):
            count = float(line.split()[-1])
    return total, count


async def run_cell(url: str, size: int, concurrency: int, count: int, budget: float, tag: str,
                   warm: bool = False, make_body=None) -> dict:
    import httpx

    make_body = make_body or chat_body
    latencies: list[float] = []
    failures = 0
    bodies = [make_body(size, "warm" if warm else f"{tag}-{size}-{concurrency}-{i}-{time.time_ns()}")
              for i in range(count)]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await client.post(url + "/v1/chat/completions", content=make_body(size, "warm-up"),
                          headers={"content-type": "application/json"})
        queue = list(enumerate(bodies))
        pipeline_before = await _pipeline_seconds(client, url)
        deadline = time.perf_counter() + budget

        async def worker() -> None:
            nonlocal failures
            while queue and time.perf_counter() < deadline:
                _, body = queue.pop()
                started = time.perf_counter()
                reply = await client.post(url + "/v1/chat/completions", content=body,
                                          headers={"content-type": "application/json",
                                                   "authorization": "Bearer sk-bench"})
                if reply.status_code != 200:
                    failures += 1
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        pipeline_after = await _pipeline_seconds(client, url)
    latencies.sort()
    runs = pipeline_after[1] - pipeline_before[1]
    pipeline_ms = (pipeline_after[0] - pipeline_before[0]) / runs * 1000 if runs else float("nan")
    return {"p50": _percentile(latencies, 50), "p99": _percentile(latencies, 99), "n": len(latencies),
            "rps": len(latencies) / elapsed, "failures": failures, "pipeline_ms": pipeline_ms}


async def time_to_first_token(url: str, rounds: int) -> float:
    import httpx

    timings = []
    async with httpx.AsyncClient(timeout=60) as client:
        for index in range(rounds + 1):
            body = chat_body(4096, f"ttft-{index}-{time.time_ns()}", stream=True)
            started = time.perf_counter()
            async with client.stream("POST", url + "/v1/chat/completions", content=body,
                                     headers={"content-type": "application/json"}) as reply:
                async for chunk in reply.aiter_bytes():
                    if b'"content"' in chunk:
                        break
            if index:
                timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def stream_restore_cost(events: int = 4000) -> dict:
    """Microseconds per SSE event to restore a stream (chat and Anthropic), in process."""
    from redactor.restore import Restorer
    from redactor.wire.anthropic import AnthropicStream
    from redactor.wire.openai_chat import OpenAIChatStream

    restorer = Restorer({f"[[EMAIL_{i}]]": f"person{i}@example.org" for i in range(1, 40)})
    text = "Reply mentions [[EMAIL_3]] and also [[EMAIL_17]] plus ordinary words here. " * 40
    pieces = [text[i:i + 5] for i in range(0, len(text), 5)][:events]
    base = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    chat = b"".join(f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'content': p}, 'finish_reason': None}]})}\n\n".encode()
                    for p in pieces)
    anthropic = b"".join(("event: content_block_delta\ndata: " + json.dumps(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}) + "\n\n").encode()
        for p in pieces)
    results = {}
    for name, factory, payload in (("openai_chat", OpenAIChatStream, chat), ("anthropic", AnthropicStream, anthropic)):
        best = float("inf")
        for _ in range(3):
            rewriter = factory(restorer)
            started = time.perf_counter()
            for offset in range(0, len(payload), 1400):  # roughly one TCP segment per read
                rewriter.feed(payload[offset:offset + 1400])
            rewriter.close()
            best = min(best, time.perf_counter() - started)
        results[name] = best / len(pieces) * 1e6
    return results


def _percentile(values: list[float], percent: float) -> float:
    if not values:
        return float("nan")
    index = min(len(values) - 1, max(0, round(percent / 100 * (len(values) - 1))))
    return values[index]


# -- the run -----------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("role", nargs="?", default="bench", choices=["bench", "serve-upstream", "serve-proxy"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--upstream", default="")
    parser.add_argument("--count-planted", action="store_true", help="(serve-upstream) count planted values")
    parser.add_argument("--mode", default="regex", choices=["plumbing", "regex", "ner"])
    parser.add_argument("--quick", action="store_true", help="fewer requests per cell")
    parser.add_argument("--only", choices=["agent", "prose", "conversation"], help="run one part only")
    parser.add_argument("--prose-load", action="store_true",
                        help="400 distinct 4 KB prose conversations at concurrency 32 through `serve --policy default`")
    parser.add_argument("--workers", type=int, action="append",
                        help="with --prose-load: serve --workers N (repeatable, to compare; default: serve's default)")
    args = parser.parse_args()
    if args.role == "serve-upstream":
        serve_upstream(args.port, args.count_planted)
        return
    if args.role == "serve-proxy":
        serve_proxy(args.port, args.upstream, args.mode)
        return
    processes = []
    try:
        upstream, upstream_url = _spawn("serve-upstream", *(["--count-planted"] if args.prose_load else []))
        processes.append(upstream)
        if args.prose_load:
            for workers in args.workers or [None]:
                asyncio.run(_prose_load(upstream_url, workers))
            return
        proxies, pids = {}, {}
        for mode in ("plumbing", "regex", "ner"):
            process, url = _spawn("serve-proxy", "--mode", mode, "--upstream", upstream_url)
            processes.append(process)
            proxies[mode] = url
            pids[mode] = process.pid
        asyncio.run(_benchmark(upstream_url, proxies, pids, quick=args.quick, only=args.only))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


async def run_paired(direct_url: str, proxy_url: str, bodies: list[bytes]) -> dict:
    """Each body sent straight to the upstream and then through the proxy, one at a time.

    Direct and proxied requests alternate, so both see the same machine load;
    "added" is the median of the per-request differences.
    """
    import httpx

    direct, proxied, added = [], [], []
    failures = 0
    headers = {"content-type": "application/json", "authorization": "Bearer sk-bench"}
    async with httpx.AsyncClient(timeout=120) as client:
        for url in (direct_url, proxy_url):
            await client.post(url + "/v1/chat/completions", content=prose_body(512, "warm-up"), headers=headers)
        for body in bodies:
            timings = []
            for url in (direct_url, proxy_url):
                started = time.perf_counter()
                reply = await client.post(url + "/v1/chat/completions", content=body, headers=headers)
                timings.append(time.perf_counter() - started)
                failures += reply.status_code != 200
            direct.append(timings[0])
            proxied.append(timings[1])
            added.append(timings[1] - timings[0])
    return {"direct": statistics.median(direct), "proxied": statistics.median(proxied),
            "added": statistics.median(added), "added_p90": _percentile(sorted(added), 90),
            "n": len(bodies), "failures": failures}


async def _prose(upstream_url: str, proxies: dict[str, str], quick: bool) -> None:
    count = 15 if quick else 40
    print(f"\nprose requests, concurrency 1, direct and proxied alternately ({count} unique requests per row):")
    print(f"{'request':>22} {'path':>12} {'direct p50':>10} {'proxy p50':>10} {'+p50 ms':>8} {'+p90 ms':>8} "
          f"{'x':>5}")
    for size, names in ((4096, 0), (4096, 12), (32768, 0), (32768, 12)):
        label = f"{size // 1024}KB prose" + (f", {names} names" if names else "")
        for mode in ("regex", "ner"):
            bodies = [prose_body(size, f"prose-{mode}-{size}-{names}-{i}-{time.time_ns()}", names)
                      for i in range(count if size <= 4096 else max(8, count // 3))]
            cell = await run_paired(upstream_url, proxies[mode], bodies)
            failures = f"  ({cell['failures']} failed)" if cell["failures"] else ""
            print(f"{label:>22} {('proxy ' + mode):>12} {cell['direct'] * 1000:10.2f} {cell['proxied'] * 1000:10.2f} "
                  f"{cell['added'] * 1000:8.2f} {cell['added_p90'] * 1000:8.2f} "
                  f"{cell['proxied'] / cell['direct']:5.1f}{failures}")


def proxy_cpu_seconds(pid: int) -> float:
    """CPU time of every live thread of process `pid` (ns resolution, from /proc/<pid>/task/*/schedstat).

    Per request, this is what the proxy itself spent, whatever else the
    machine was doing: on a shared machine the wall-clock difference to a
    direct call also holds the time the proxy waited for a core.
    """
    total = 0
    for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            total += int(stat.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
    return total / 1e9


async def _conversation_curve(upstream_url: str, proxy_url: str, proxy_pid: int, quick: bool,
                              api: str = "chat") -> None:
    import httpx

    route = {"chat": "/v1/chat/completions", "responses": "/v1/responses", "anthropic": "/v1/messages"}[api]
    turns = 100
    rounds = 1 if quick else 5
    salt = f"conversation-{time.time_ns()}"
    added: dict[int, list[float]] = {turn: [] for turn in range(1, turns + 1)}
    cpu: dict[int, list[float]] = {turn: [] for turn in range(1, turns + 1)}
    async with httpx.AsyncClient(timeout=120) as client:
        for conversation in range(rounds):  # distinct conversations: nothing cached from the last one
            headers = {"content-type": "application/json",
                       "authorization": f"Bearer sk-bench-conversation-{conversation}"}
            if api == "anthropic":
                headers = {"content-type": "application/json", "anthropic-version": "2023-06-01",
                           "x-api-key": f"sk-ant-bench-conversation-{conversation}"}
            for turn in range(1, turns + 1):
                body = conversation_body(turn, f"{salt}-{conversation}", api)
                timings = []
                for url in (upstream_url, proxy_url):
                    cpu_before = proxy_cpu_seconds(proxy_pid)  # (read for both: the same work either way)
                    started = time.perf_counter()
                    reply = await client.post(url + route, content=body, headers=headers)
                    timings.append(time.perf_counter() - started)
                    if reply.status_code != 200:
                        raise SystemExit(f"error: conversation turn {turn} failed with {reply.status_code}")
                cpu[turn].append(proxy_cpu_seconds(proxy_pid) - cpu_before)  # the proxied request only
                added[turn].append(timings[1] - timings[0])
    label = {"chat": "chat", "responses": "Responses API", "anthropic": "Anthropic messages"}[api]
    print(f"\nlong conversation through the default policy, {label} "
          f"({rounds} conversations; one ~1 KB prose message with a name per turn, history re-sent):")

    def turns_around(turn: int) -> range:
        # Five turns for every point (at the ends of the curve: the first or last five), so each
        # median is over as many samples.
        first = min(max(1, turn - 2), turns - 4)
        return range(first, first + 5)

    def around(series: dict[int, list[float]], turn: int) -> float:
        return statistics.median(value for t in turns_around(turn) for value in series[t]) * 1000

    for turn in (1, 10, 50, 100):
        size = len(conversation_body(turn, salt, api)) / 1024
        print(f"  turn {turn:>3} ({size:6.1f} KB body): added {around(added, turn):7.2f} ms, proxy CPU "
              f"{around(cpu, turn):6.2f} ms (medians over turns {turns_around(turn)[0]}-{turns_around(turn)[-1]} "
              "of every conversation)")
    print(f"  turn 100 / turn 10: added latency x{around(added, 100) / around(added, 10):.2f}, "
          f"proxy CPU x{around(cpu, 100) / around(cpu, 10):.2f}")


async def _benchmark(upstream_url: str, proxies: dict[str, str], pids: dict[str, int], quick: bool,
                     only: str | None = None) -> None:
    if only in (None, "prose"):
        await _prose(upstream_url, proxies, quick)
    if only in (None, "conversation"):
        for api in ("chat", "responses", "anthropic"):
            await _conversation_curve(upstream_url, proxies["ner"], pids["ner"], quick, api)
    if only not in (None, "agent"):
        return
    scale = 0.5 if quick else 1.0
    plan = [(4096, 1, 60), (4096, 32, 320), (65536, 1, 30), (65536, 32, 160)]
    started = time.perf_counter()
    print(f"{'request':>8} {'conc':>4} {'path':>14} {'n':>4} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} "
          f"{'+p50 ms':>8} {'+p99 ms':>8} {'p50 x':>6} {'rps x':>6} {'pipe ms':>8}")
    for size, concurrency, count in plan:
        count = max(concurrency, int(count * scale))
        direct = await run_cell(upstream_url, size, concurrency, count, 20, "direct")
        _row(size, concurrency, "direct", direct, None)
        for mode, url in proxies.items():
            cell_count = count if mode != "ner" else max(concurrency, count // 2)
            proxied = await run_cell(url, size, concurrency, cell_count, 25, mode)
            _row(size, concurrency, f"proxy {mode}", proxied, direct)
    warm_direct = await run_cell(upstream_url, 65536, 1, int(30 * scale), 10, "direct", warm=True)
    for mode, url in proxies.items():
        if mode == "plumbing":
            continue
        warm = await run_cell(url, 65536, 1, int(30 * scale), 15, mode, warm=True)
        _row(65536, 1, f"warm {mode}", warm, warm_direct)
    direct_ttft = await time_to_first_token(upstream_url, 20)
    print()
    print(f"time to first token, 4 KB streamed request: direct {direct_ttft * 1000:.2f} ms")
    for mode, url in proxies.items():
        proxied_ttft = await time_to_first_token(url, 20)
        print(f"  proxy {mode:5}: {proxied_ttft * 1000:.2f} ms (+{(proxied_ttft - direct_ttft) * 1000:.2f} ms, "
              f"x{proxied_ttft / direct_ttft:.2f})")
    cost = stream_restore_cost()
    print("streaming restore, per SSE event (in process): " +
          ", ".join(f"{name} {micros:.1f} us" for name, micros in cost.items()))
    print(f"\n(total benchmark time {time.perf_counter() - started:.0f} s; cold = every request unique, "
          "warm = same history re-sent; +p50/+p99 = proxied minus direct;\n pipe ms = mean detection+stages time "
          "inside the proxy, from its /metrics; the rest of the added time is HTTP, JSON and queueing)")


async def _prose_load(upstream_url: str, workers: int | None, conversations: int = 400,
                     concurrency: int = 32) -> None:
    """`serve --policy default` as users run it, under many distinct prose conversations at once."""
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from load_test import new_vault_key, start_proxy

    with tempfile.TemporaryDirectory(prefix="redactor-prose-load-") as directory:
        proxy = start_proxy(upstream_url, "default", vault_url=f"sqlite:///{directory}/vault.db",
                            vault_key=new_vault_key(), workers=workers)
        try:
            errors = await _drive_prose_load(upstream_url, proxy.url, conversations, concurrency,
                                             "default" if workers is None else str(workers), proxy.pid)
            if errors and proxy.stderr_path is not None:
                # What the proxy said about them (its log names no values); the file goes with stop().
                print("  proxy log, last lines:")
                for line in proxy.stderr_path.read_text(errors="replace").splitlines()[-15:]:
                    print("    " + line[:200])
        finally:
            proxy.stop()


async def _drive_prose_load(upstream_url: str, proxy_url: str, conversations: int, concurrency: int,
                            workers: str, proxy_pid: int) -> int:
    """Run the load and print what it measured; returns the number of failed requests."""
    import httpx

    from load_test import cpu_seconds, machine_busy_seconds

    run = time.time_ns()
    work = []
    for index in range(conversations):
        email = f"person{index}.r{run % 100000}@example.org"
        text = prose_text(4096 - 80, f"load-{run}-{index}", names=2) + f" Reply to {email} when done."
        body = json.dumps({"model": "bench", "messages": [
            {"role": "system", "content": "You are a coding agent. Follow the repository conventions."},
            {"role": "user", "content": text}]}).encode()
        work.append((index, email, body))
    emails = {email for _, email, _ in work}
    latencies: list[float] = []
    errors = foreign = 0
    error_kinds: collections.Counter[str] = collections.Counter()  # the proxy's error messages name no values
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        before = (await client.get(upstream_url + "/seen")).json()
        queue = list(work)

        async def worker() -> None:
            nonlocal errors, foreign
            while queue:
                index, email, body = queue.pop()
                started = time.perf_counter()
                try:
                    reply = await client.post(proxy_url + "/v1/chat/completions", content=body, headers={
                        "content-type": "application/json", "authorization": f"Bearer sk-conversation-{index}"})
                except httpx.HTTPError as exc:
                    errors += 1
                    error_kinds[type(exc).__name__] += 1
                    continue
                latencies.append(time.perf_counter() - started)
                if reply.status_code != 200:
                    errors += 1
                    error_kinds[f"HTTP {reply.status_code}: {reply.text[:160]}"] += 1
                    continue
                restored = reply.json()["choices"][0]["message"]["content"]
                foreign += any(other in restored for other in emails if other != email)

        proxy_cpu, machine_cpu = cpu_seconds(proxy_pid), machine_busy_seconds()
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        proxy_cpu, machine_cpu = cpu_seconds(proxy_pid) - proxy_cpu, machine_busy_seconds() - machine_cpu
        after = (await client.get(upstream_url + "/seen")).json()
    latencies.sort()
    leaks = after["planted"] - before["planted"]
    print(f"prose load: {conversations} distinct 4 KB prose conversations (2 names and an e-mail each), "
          f"concurrency {concurrency}, `serve --policy default` ({workers} workers, SQLite vault)")
    print(f"  {len(latencies) / elapsed:.1f} requests/s over {elapsed:.1f} s; latency p50 "
          f"{_percentile(latencies, 50) * 1000:.0f} ms, p99 {_percentile(latencies, 99) * 1000:.0f} ms")
    print(f"  errors {errors}, planted values that reached the upstream {leaks}, foreign restores {foreign}")
    for kind, count in error_kinds.most_common():
        print(f"    {count} x {kind}")
    cores = os.cpu_count() or 1
    print(f"  proxy CPU {proxy_cpu / max(1, len(latencies)) * 1000:.1f} ms per request; the proxy used "
          f"{proxy_cpu / elapsed / cores:.0%} of the machine's {cores} CPUs, everything else on the machine "
          f"{max(0.0, machine_cpu - proxy_cpu) / elapsed / cores:.0%}")
    return errors


def _row(size: int, concurrency: int, label: str, cell: dict, direct: dict | None) -> None:
    extra = ""
    if direct is not None:
        extra = (f"{(cell['p50'] - direct['p50']) * 1000:8.2f} {(cell['p99'] - direct['p99']) * 1000:8.2f} "
                 f"{cell['p50'] / direct['p50']:6.1f} {cell['rps'] / direct['rps']:6.2f} {cell['pipeline_ms']:8.2f}")
    failures = f"  ({cell['failures']} failed)" if cell["failures"] else ""
    print(f"{size // 1024:>6}KB {concurrency:>4} {label:>14} {cell['n']:>4} {cell['p50'] * 1000:8.2f} "
          f"{cell['p99'] * 1000:8.2f} {cell['rps']:8.1f} {extra}{failures}")


if __name__ == "__main__":
    main()
