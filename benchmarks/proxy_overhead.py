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
- streaming restore cost in microseconds per SSE event (in process).
Bounded: each cell stops after its request count or its time budget.

    .venv/bin/python benchmarks/proxy_overhead.py [--quick]
"""
from __future__ import annotations

import argparse
import asyncio
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

def serve_upstream(port: int) -> None:
    import uvicorn

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
        reply = {"id": "c", "object": "chat.completion", "created": 0, "model": "bench",
                 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]}
        await _send(send, json.dumps(reply).encode(), b"application/json")

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


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

    policy = parse_policy(BENCH_POLICY.format(mode=mode, ner="true" if mode == "ner" else "false"))
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
                   warm: bool = False) -> dict:
    import httpx

    latencies: list[float] = []
    failures = 0
    bodies = [chat_body(size, "warm" if warm else f"{tag}-{size}-{concurrency}-{i}-{time.time_ns()}")
              for i in range(count)]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await client.post(url + "/v1/chat/completions", content=chat_body(size, "warm-up"),
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
    parser.add_argument("--mode", default="regex", choices=["plumbing", "regex", "ner"])
    parser.add_argument("--quick", action="store_true", help="fewer requests per cell")
    args = parser.parse_args()
    if args.role == "serve-upstream":
        serve_upstream(args.port)
        return
    if args.role == "serve-proxy":
        serve_proxy(args.port, args.upstream, args.mode)
        return
    processes = []
    try:
        upstream, upstream_url = _spawn("serve-upstream")
        processes.append(upstream)
        proxies = {}
        for mode in ("plumbing", "regex", "ner"):
            process, url = _spawn("serve-proxy", "--mode", mode, "--upstream", upstream_url)
            processes.append(process)
            proxies[mode] = url
        asyncio.run(_benchmark(upstream_url, proxies, quick=args.quick))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


async def _benchmark(upstream_url: str, proxies: dict[str, str], quick: bool) -> None:
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
