"""The part of a request's cost that grows with a conversation's history, step by step.

`proxy_overhead.py --only conversation` measures whole requests through a real
server; on a shared machine its turn-100/turn-10 ratio moves by +-0.4 from run
to run, far more than the history-proportional work itself. This script runs
the proxy's own steps in-process on the bodies of `proxy_overhead.conversation_body`
(one ~1 KB prose message with a name per turn, history re-sent), first through
turns 1..100 so the caches and the vault hold what a live conversation has,
then times each step again on turn 10 and turn 100 (warm: the growth, not the
new message's first scan) and prints CPU per step, the difference, and the ratio.
These are the steps of the full path: what a request costs when the proxy's
conversation memo (redactor.server.history_memo) cannot serve its history,
for example the turn after a value learned in it occurs in an old message.
Through the proxy, re-sent messages the memo holds skip extract, pipeline and
write-back; `proxy_overhead.py --only conversation` measures that path.

`--path memo` measures that path in process instead: the proxy's own
request preparation (`parse_json_object` and `ProxyService._prepare`, which
runs the conversation memo, the pipeline and the serialisation) on fresh
conversations grown turn by turn as a client sends them (each turn learns a
new name, so the memo's re-check of old messages is part of the cost), CPU
per step at turns 8-12 and 96-100 (medians over every conversation), for
chat, Responses or Anthropic bodies. No HTTP: the growth, step by step.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/conversation_growth.py [--repeats 60]
    PYTHONPATH=$PWD .venv/bin/python benchmarks/conversation_growth.py --path memo [--api anthropic] [--conversations 4]
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from collections import defaultdict
from typing import Any, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from proxy_overhead import conversation_body  # noqa: E402
from redactor.core import RequestContext  # noqa: E402
from redactor.policy import load_policy  # noqa: E402
from redactor.runtime import build_pipeline  # noqa: E402
from redactor.server.limits import parse_json_object  # noqa: E402
from redactor.server.proxy import _serialise  # noqa: E402
from redactor.wire import openai_chat  # noqa: E402

STEPS = ("parse", "extract", "pipeline", "write_back", "serialise")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=60, help="timed runs per turn (full path)")
    parser.add_argument("--path", choices=["full", "memo"], default="full")
    parser.add_argument("--api", choices=["chat", "responses", "anthropic"], default="chat", help="(memo path)")
    parser.add_argument("--conversations", type=int, default=4, help="conversations grown to 100 turns (memo path)")
    args = parser.parse_args()
    if args.path == "memo":
        memo_path(args.api, args.conversations)
        return
    pipeline = build_pipeline(load_policy("default"), vault_url="memory://")
    pipeline.engine.warm_up()
    context = RequestContext(conversation="growth", principal=None, route_hint=None, api="openai_chat",
                             estimated_tokens=1, request_id="growth")
    for turn in range(1, 101):
        pipeline.process(openai_chat.extract(parse_json_object(conversation_body(turn, "growth")).document).segments,
                         context)
    cost: dict[int, dict[str, float]] = {}
    for turn in (10, 100):
        raw = conversation_body(turn, "growth")
        totals = dict.fromkeys(STEPS, 0.0)
        for _ in range(args.repeats):
            marks = [time.process_time()]
            body = parse_json_object(raw).document
            marks.append(time.process_time())
            extraction = openai_chat.extract(body)
            marks.append(time.process_time())
            result = pipeline.process(extraction.segments, context)
            marks.append(time.process_time())
            outgoing = extraction.write_back(body, result.segments)
            marks.append(time.process_time())
            _serialise(outgoing)
            marks.append(time.process_time())
            for step, before, after in zip(STEPS, marks, marks[1:]):
                totals[step] += (after - before) * 1000 / args.repeats
        cost[turn] = totals
    print(f"CPU ms per request, warm caches, mean of {args.repeats} runs "
          f"(turn 10 = {len(conversation_body(10, 'growth')) / 1024:.1f} KB, "
          f"turn 100 = {len(conversation_body(100, 'growth')) / 1024:.1f} KB)")
    for step in (*STEPS, "total"):
        at10 = sum(cost[10].values()) if step == "total" else cost[10][step]
        at100 = sum(cost[100].values()) if step == "total" else cost[100][step]
        print(f"  {step:<11} turn 10 {at10:6.3f}  turn 100 {at100:6.3f}  growth {at100 - at10:6.3f}  "
              f"x{at100 / at10:5.2f}")


def memo_path(api_name: str, conversations: int) -> None:
    """CPU per step of the proxy's request preparation at turns 8-12 and 96-100 of fresh conversations."""
    from redactor.server import apis
    from redactor.server.auth import AuthResult, ProxyAuth
    from redactor.server.history_memo import HistoryMemo
    from redactor.server import proxy
    from redactor.server.proxy import ProxyService

    api = {"chat": apis.OPENAI_CHAT, "responses": apis.OPENAI_RESPONSES, "anthropic": apis.ANTHROPIC_MESSAGES}[api_name]
    pipeline = build_pipeline(load_policy("default"), vault_url="memory://")
    pipeline.engine.warm_up()
    memo = HistoryMemo()
    service = ProxyService(pipeline, None, ProxyAuth(None), None, None, 1 << 26, history_memo=memo)
    spent: dict[str, float] = defaultdict(float)

    def timed(owner: Any, name: str, step: str) -> None:
        """Replace `owner.name` by a wrapper adding its CPU time to `spent[step]`."""
        work: Callable = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return work(*args, **kwargs)
            finally:
                spent[step] += time.process_time() - started
        setattr(owner, name, wrapper)

    timed(memo, "lookup", "memo lookup")
    timed(pipeline, "process", "pipeline")
    timed(service, "_remember_history", "memo store")
    timed(proxy, "_serialise_with_history", "serialise")
    extract = api.extract
    api = dataclasses.replace(api, extract=lambda *args: _timed_call(spent, "extract", extract, *args))
    windows = {10: range(8, 13), 100: range(96, 101)}
    samples: dict[int, list[dict[str, float]]] = {turn: [] for turn in windows}
    for conversation in range(conversations):
        salt = f"growth-{time.time_ns()}-{conversation}"
        headers = {"authorization": f"Bearer sk-growth-{conversation}"}
        for turn in range(1, 101):
            raw = conversation_body(turn, salt, api_name)
            spent.clear()
            started = time.process_time()
            parsed = parse_json_object(raw, api.history_key)
            spent["parse"] += time.process_time() - started
            service._prepare(api, parsed, headers, {}, "", AuthResult(), "growth")
            spent["total"] = time.process_time() - started
            for window_turn, window in windows.items():
                if turn in window:
                    samples[window_turn].append(dict(spent))
    names = ["parse", "memo lookup", "extract", "pipeline", "memo store", "serialise", "rest", "total"]
    for sample in (*samples[10], *samples[100]):
        sample["rest"] = sample["total"] - sum(sample.get(name, 0.0) for name in names[:-2])

    def median(turn: int, name: str) -> float:
        return statistics.median(sample.get(name, 0.0) for sample in samples[turn]) * 1000

    print(f"{api_name}: proxy request preparation, CPU ms, medians over turns 8-12 and 96-100 of "
          f"{conversations} conversations (turn 10 = {len(conversation_body(10, 'x', api_name)) / 1024:.1f} KB, "
          f"turn 100 = {len(conversation_body(100, 'x', api_name)) / 1024:.1f} KB); memo hits {memo.hits}")
    for name in names:
        at10, at100 = median(10, name), median(100, name)
        print(f"  {name:<12} turn 10 {at10:6.3f}  turn 100 {at100:6.3f}  growth {at100 - at10:6.3f}"
              + (f"  x{at100 / at10:4.2f}" if at10 > 0 else ""))


def _timed_call(spent: dict[str, float], step: str, work: Callable, *args: Any) -> Any:
    started = time.process_time()
    try:
        return work(*args)
    finally:
        spent[step] += time.process_time() - started


if __name__ == "__main__":
    main()
