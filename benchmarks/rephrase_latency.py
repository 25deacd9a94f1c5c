"""Rephrase latency: the local model's tokens/s and the milliseconds stage C adds per request.

Uses the default model (SmolLM2-135M-Instruct Q4_1 from the package index) when it is
installed, else a tiny random-weight GGUF written to a temporary directory
(numbers then only show the stage's own overhead), or `--model PATH`. Runs the
same Pipeline the proxy runs (real detectors, NER off so the rephrase cost
stands out, memory vault), once with stages [route, placeholders] and once
with [route, placeholders, rephrase], on prose requests made unique per round
so the rewrite cache never answers. Latency is reported, never asserted.

    .venv/bin/python benchmarks/rephrase_latency.py [--rounds N] [--model PATH] [--threads N] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redactor.backends import default_model  # noqa: E402
from redactor.backends.llama import default_threads  # noqa: E402
from redactor.backends import open_local_backend  # noqa: E402
from redactor.core import RequestContext  # noqa: E402
from redactor.policy import Policy  # noqa: E402
from redactor.runtime import build_pipeline  # noqa: E402
from redactor.segments import Segment  # noqa: E402
from redactor.stages.rephrase import DEFAULT_PROMPT  # noqa: E402

_REQUESTS = [
    "Hi, I am the only data engineer on the payments team in our Leeds office and my manager asked me on "
    "Monday why `nightly_export` keeps failing after 45 s. Can you help me read the stack trace?",
    "The new head of security, who joined from our biggest customer last month, wants the audit report "
    "for project Falcon by Friday. How should I structure the summary section?",
    "My wife's brother runs the on-call rotation for the Berlin data centre and he told me that the "
    "backup job in /opt/backup/run.sh silently skips tables larger than 2 GB. Is that a known limitation?",
]
_GENERATION_PROMPT = "Explain in two sentences what a database index is and when to use one."


def _model_path(requested: str | None, scratch: Path) -> tuple[str, str]:
    if requested:
        return requested, Path(requested).name
    if default_model.is_installed():
        return str(default_model.locate_default_model()), f"{default_model.MODEL_NAME} (default)"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from tiny_gguf import write_tiny_gguf

    return str(write_tiny_gguf(scratch / "tiny.gguf")), "tiny random-weight GGUF (default model not installed)"


def _policy(model_path: str, threads: int, with_rephrase: bool) -> Policy:
    stages = ["route", "placeholders"] + (["rephrase"] if with_rephrase else [])
    return Policy(name="rephrase-bench", stages=stages, detection={"ner": {"enabled": False}},
                  routing={"backend": {"type": "llama", "model_path": model_path, "context_tokens": 2048,
                                       "max_output_tokens": 256, "threads": threads}})


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the sample requests")
    parser.add_argument("--model", help="GGUF file (default: the packaged SmolLM2, else a tiny test model)")
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        model_path, model_label = _model_path(args.model, Path(scratch))
        started = time.perf_counter()
        with_stage = build_pipeline(_policy(model_path, args.threads, True), vault_url="memory://")
        without_stage = build_pipeline(_policy(model_path, args.threads, False), vault_url="memory://")
        backend = open_local_backend(with_stage.policy.routing.backend)
        load_seconds = time.perf_counter() - started

        # Raw model speed: a plain completion and the rephrase prompt itself.
        backend.complete_text("Warm-up.", max_tokens=4)
        generation = backend.complete_text(_GENERATION_PROMPT, max_tokens=64, temperature=0.0)
        rephrase_prompt = DEFAULT_PROMPT.replace("{text}", _REQUESTS[0])
        rephrase_call = backend.complete_text(rephrase_prompt, max_tokens=128, temperature=0.2,
                                              stop=("\n\n", "\nText:"))

        added, stage_ms, verdicts = [], [], {}
        for round_index in range(args.rounds):
            for request_index, text in enumerate(_REQUESTS):
                unique = f"{text} (ticket {round_index * 100 + request_index})"
                segments = [Segment(unique, kind="prose")]
                base = without_stage.process(segments, RequestContext(conversation=f"b{round_index}-{request_index}"))
                full = with_stage.process(segments, RequestContext(conversation=f"r{round_index}-{request_index}"))
                added.append(full.decision.stage_ms["total"] - base.decision.stage_ms["total"])
                stage_ms.append(full.decision.stage_ms.get("rephrase", 0.0))
                verdict = (full.decision.rephrase or "skipped").split(" (")[0]
                if any("unchanged by the model" in note for note in full.decision.notes):
                    verdict += " (unchanged)"
                verdicts[verdict] = verdicts.get(verdict, 0) + 1

    report = {
        "model": model_label,
        "threads": args.threads,
        "load_seconds": round(load_seconds, 2),
        "generation": {"prompt_tokens": generation.usage.prompt_tokens,
                       "completion_tokens": generation.usage.completion_tokens,
                       "seconds": round(generation.seconds, 3),
                       "tokens_per_second": round(generation.usage.completion_tokens / generation.seconds, 1)},
        "rephrase_call": {"prompt_tokens": rephrase_call.usage.prompt_tokens,
                          "completion_tokens": rephrase_call.usage.completion_tokens,
                          "seconds": round(rephrase_call.seconds, 3),
                          "tokens_per_second_overall": round(
                              (rephrase_call.usage.prompt_tokens + rephrase_call.usage.completion_tokens)
                              / rephrase_call.seconds, 1)},
        "requests": len(added),
        "added_ms": {"p50": round(statistics.median(added), 1), "p95": round(_percentile(added, 0.95), 1),
                     "mean": round(statistics.fmean(added), 1)},
        "rephrase_stage_ms": {"p50": round(statistics.median(stage_ms), 1),
                              "p95": round(_percentile(stage_ms, 0.95), 1)},
        "verdicts": verdicts,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"model: {report['model']}  threads: {args.threads}  load: {report['load_seconds']} s")
    gen = report["generation"]
    print(f"generation: {gen['completion_tokens']} tokens in {gen['seconds']} s = {gen['tokens_per_second']} tokens/s "
          f"(prompt {gen['prompt_tokens']} tokens)")
    call = report["rephrase_call"]
    print(f"one rephrase call: prompt {call['prompt_tokens']} + output {call['completion_tokens']} tokens in "
          f"{call['seconds']} s")
    print(f"added per request ({report['requests']} requests): p50 {report['added_ms']['p50']} ms, "
          f"p95 {report['added_ms']['p95']} ms (stage itself p50 {report['rephrase_stage_ms']['p50']} ms)")
    print("verdicts: " + ", ".join(f"{name}: {count}" for name, count in sorted(verdicts.items())))


if __name__ == "__main__":
    main()
