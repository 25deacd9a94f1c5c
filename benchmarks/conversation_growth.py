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

    PYTHONPATH=$PWD .venv/bin/python benchmarks/conversation_growth.py [--repeats 60]
"""
from __future__ import annotations

import argparse
import sys
import time
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
    parser.add_argument("--repeats", type=int, default=60, help="timed runs per turn")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
