"""Real agent requests through the default policy: placeholders issued, and detection time cold and warm.

Reads the captured first requests of Claude Code and Codex (tests/fixtures/agents/),
extracts their segments with the proxy's own wire modules and runs the
`default` policy's pipeline on them, in this process:

- placeholders issued per request against the sensitive values planted in it
  (target: at most 1.5x), with the kinds; `--show` also prints each redacted
  text (the fixtures hold only public agent prompts and invented values);
- detection time on first sight (a new engine: empty cache, model loaded) and
  once cached (the same request again), median of `--rounds`; and on first
  sight without NER (the pattern detectors' share), in the same run.

    .venv/bin/python benchmarks/agent_requests.py [--show] [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures" / "agents"
AGENTS = {"claude_code": ("claude_code_first_request.json", "anthropic"),
          "codex": ("codex_first_request.json", "openai_responses")}


def load_segments(agent: str) -> list:
    import importlib

    filename, api = AGENTS[agent]
    body = json.loads((FIXTURES / filename).read_text(encoding="utf-8"))
    return importlib.import_module(f"redactor.wire.{api}").extract(body).segments


def planted_values() -> list[str]:
    return [entry["value"] for entry in json.loads((FIXTURES / "planted.json").read_text())["values"]]


def redacted_values(segments: list, spans: list) -> list[tuple[str, str]]:
    """Distinct (kind, text) pairs the detectors found, in order of appearance."""
    seen: dict[tuple[str, str], None] = {}
    for segment, segment_spans in zip(segments, spans):
        for span in segment_spans:
            seen.setdefault((span.kind, segment.text[span.start:span.end]), None)
    return list(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="print every redacted text (fixture data only)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from redactor.detect.engine import DetectionEngine
    from redactor.runtime import resolve_policy

    policy = resolve_policy("default")
    without_ner = policy.model_copy(update={"detection": policy.detection.model_copy(
        update={"ner": policy.detection.ner.model_copy(update={"enabled": False})})})
    DetectionEngine.from_policy(policy).warm_up()  # the model loads once per process, as in the proxy
    planted = planted_values()
    print(f"{'agent':>12} {'KB':>5} {'segs':>5} {'planted':>7} {'issued':>6} {'ratio':>5} {'missed':>6} "
          f"{'cold ms':>8} {'no-NER':>8} {'warm ms':>8}  kinds")
    for agent in AGENTS:
        segments = load_segments(agent)
        size = sum(len(segment.text) for segment in segments) / 1024
        cold, warm, regex_only = [], [], []
        spans = []
        for _ in range(args.rounds):
            engine = DetectionEngine.from_policy(policy)
            started = time.perf_counter()
            spans = engine.detect(segments)
            cold.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            engine.detect(segments)
            warm.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            DetectionEngine.from_policy(without_ner).detect(segments)
            regex_only.append((time.perf_counter() - started) * 1000)
        found = redacted_values(segments, spans)
        present = [value for value in planted if any(value in segment.text for segment in segments)]
        missed = [value for value in present if not any(value in text for _, text in found)]
        kinds = Counter(kind for kind, _ in found)
        print(f"{agent:>12} {size:5.0f} {len(segments):5d} {len(present):7d} {len(found):6d} "
              f"{len(found) / max(1, len(present)):5.2f} {len(missed):6d} {statistics.median(cold):8.1f} "
              f"{statistics.median(regex_only):8.1f} {statistics.median(warm):8.1f}  {dict(kinds)}")
        if args.show:
            for kind, text in found:
                print(f"{'':>14}{kind:<16} {text!r}")


if __name__ == "__main__":
    main()
