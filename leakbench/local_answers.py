"""Quality of the local model's answers on a small fixed question set (leakbench/data/local_questions.yaml).

Each question goes to the local backend a policy names (default: the
`local-only` policy's, i.e. the model `serve --policy local-only` answers
with), as a one-message chat. Factual questions pass when the answer
contains the expected facts; coding questions pass when the first fenced
code block defines a function that passes a check run in a fresh Python
process (a subprocess with a timeout: the model's code never runs in this
process). Prints the pass rate, per-question verdicts and latency.

    python -m leakbench.local_answers [--policy local-only] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

QUESTIONS_FILE = Path(__file__).resolve().parent / "data" / "local_questions.yaml"
_CODE_BLOCK = re.compile(r"```[ \t]*(?:python|py)?[ \t]*\n(.*?)```", re.S | re.I)


@dataclass
class AnswerVerdict:
    id: str
    passed: bool
    reason: str
    seconds: float
    completion_tokens: int
    finish_reason: str


def load_questions(path: Path = QUESTIONS_FILE) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def judge(question: dict, answer: str) -> tuple[bool, str]:
    """(passed, why) for one answer."""
    if "facts" in question:
        missing = [fact for fact in question["facts"]
                   if not any(option.casefold() in answer.casefold() for option in str(fact).split("|"))]
        return (not missing, "contains the expected facts" if not missing else f"missing {len(missing)} fact(s)")
    blocks = _CODE_BLOCK.findall(answer)
    if not blocks:
        return False, "no fenced code block"
    code = blocks[0]
    names = re.findall(r"^def (\w+)\(", code, re.M)
    if not names:
        return False, "the code defines no function"
    program = f"{code}\n\nf = {names[0]}\nassert {question['code']['check']}\nprint('ok')\n"
    try:
        result = subprocess.run([sys.executable, "-I", "-c", program], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        return False, "the code did not finish in 10 s"
    if result.returncode == 0 and result.stdout.strip().endswith("ok"):
        return True, "the code runs and passes the check"
    return False, "the code fails the check" if "AssertionError" in result.stderr else "the code does not run"


async def _ask_all(backend, questions: list[dict]) -> list[AnswerVerdict]:
    verdicts = []
    for question in questions:
        started = time.perf_counter()
        result = await backend.chat([{"role": "user", "content": question["ask"]}])
        seconds = time.perf_counter() - started
        passed, reason = judge(question, result.text or "")
        verdicts.append(AnswerVerdict(question["id"], passed, reason, round(seconds, 3),
                                      result.usage.completion_tokens, result.finish_reason or ""))
    return verdicts


def evaluate(policy: str = "local-only") -> dict:
    from redactor.backends import open_local_backend
    from redactor.policy import load_policy

    config = load_policy(policy).routing.backend
    started = time.perf_counter()
    backend = open_local_backend(config)
    if backend is None:
        raise SystemExit(f"policy {policy} has no local backend")
    load_seconds = time.perf_counter() - started
    verdicts = asyncio.run(_ask_all(backend, load_questions()))
    seconds = [verdict.seconds for verdict in verdicts]
    tokens = sum(verdict.completion_tokens for verdict in verdicts)
    return {
        "policy": policy, "model": getattr(backend, "model_name", "?"), "load_seconds": round(load_seconds, 2),
        "questions": len(verdicts), "passed": sum(verdict.passed for verdict in verdicts),
        "pass_rate": round(sum(verdict.passed for verdict in verdicts) / max(1, len(verdicts)), 3),
        "seconds": {"p50": round(statistics.median(seconds), 2), "max": round(max(seconds), 2)},
        "tokens_per_second": round(tokens / max(1e-9, sum(seconds)), 1),
        "hit_output_cap": sum(verdict.finish_reason == "length" for verdict in verdicts),
        "verdicts": [asdict(verdict) for verdict in verdicts],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default="local-only", help="policy whose routing.backend answers")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = evaluate(args.policy)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['model']} ({report['policy']}): {report['passed']}/{report['questions']} passed "
          f"({report['pass_rate']:.0%}); answer time p50 {report['seconds']['p50']} s, max {report['seconds']['max']} s; "
          f"{report['tokens_per_second']} tokens/s; {report['hit_output_cap']} hit the output cap; "
          f"load {report['load_seconds']} s")
    for verdict in report["verdicts"]:
        print(f"  {'PASS' if verdict['passed'] else 'fail'}  {verdict['id']:<20} {verdict['seconds']:>6.2f} s  "
              f"{verdict['reason']}")


if __name__ == "__main__":
    main()
