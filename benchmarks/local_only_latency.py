"""Latency of `redactor serve --policy local-only` as a client sees it, with the shipped default model.

Starts the real proxy in a subprocess on loopback (memory vault), asks the
OpenAI SDK two questions N times each ("What is the capital of France?" and
"Write a Python function that reverses a string."), and prints the time to
the full answer and to the first streamed token, with tokens/s. Reported,
never asserted.

    .venv/bin/python benchmarks/local_only_latency.py [--rounds 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import openai

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = {"capital": "What is the capital of France?",
             "reverse": "Write a Python function that reverses a string."}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    env["PYTHONPATH"] = str(ROOT)
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "redactor.cli", "serve", "--policy", "local-only",
                                   "--vault", "memory://", "--port", str(port)], cwd=ROOT, env=env,
                                  stdout=log, stderr=log)
        try:
            url = f"http://127.0.0.1:{port}"
            while True:
                if server.poll() is not None:
                    log.seek(0)
                    raise SystemExit(f"serve exited: {log.read().decode(errors='replace')[-500:]}")
                try:
                    if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            ready_seconds = time.perf_counter() - started
            client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0, timeout=120)
            results: dict[str, dict[str, list[float]]] = {}
            for name, question in QUESTIONS.items():
                rows = results.setdefault(name, {"total_s": [], "first_token_s": [], "tokens_per_s": []})
                for _ in range(args.rounds):
                    asked = time.perf_counter()
                    first = None
                    pieces = []
                    stream = client.chat.completions.create(model="local", stream=True,
                                                            stream_options={"include_usage": True},
                                                            messages=[{"role": "user", "content": question}])
                    tokens = 0
                    for chunk in stream:
                        if chunk.choices and chunk.choices[0].delta.content:
                            first = first or time.perf_counter()
                            pieces.append(chunk.choices[0].delta.content)
                        if chunk.usage:
                            tokens = chunk.usage.completion_tokens
                    total = time.perf_counter() - asked
                    rows["total_s"].append(total)
                    rows["first_token_s"].append((first or time.perf_counter()) - asked)
                    rows["tokens_per_s"].append(tokens / max(1e-9, total - rows["first_token_s"][-1]))
        finally:
            server.terminate()
            server.wait(timeout=30)
    report = {"ready_seconds": round(ready_seconds, 2), "rounds": args.rounds,
              "questions": {name: {key: round(statistics.median(values), 3) for key, values in rows.items()}
                            for name, rows in results.items()}}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"serve --policy local-only ready in {report['ready_seconds']} s; medians of {args.rounds} rounds:")
    for name, row in report["questions"].items():
        print(f"  {name:<8} answer {row['total_s']:.2f} s, first token {row['first_token_s']:.2f} s, "
              f"{row['tokens_per_s']:.1f} tokens/s")


if __name__ == "__main__":
    main()
